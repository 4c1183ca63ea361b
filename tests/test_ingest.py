"""Ingestion with the real embedded/URL PostgreSQL and the bundled MiniLM embedder."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import Workbook

from tests.support.paths import write
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.ingest import ingest_paths
from retrieval.redact import luhn_ok
from retrieval.search import Searcher

CSV = """id,date,review,rating,plan,app_version,user_email,platform
1,2026-09-01,Offline maps never finish downloading on my Pixel,2,Free,4.3.0,ana@example.com,android
2,2026-09-02,Battery drains fast while GPS tracking is on,1,Plus,4.3.1,bo@example.com,ios
3,2026-09-03 14:22,Love the trail photos from the community!,5,Team,4.3.1,cy@example.com,ios
4,09/21/2026,Please add Apple Watch support,4,Plus,4.4.0,dee@example.com,ios
"""


def rows(settings, sql="SELECT id, text, source, rating, segment, app_version, language, metadata, author_hash, "
                         "created_at, redacted, duplicate_of FROM feedback ORDER BY id"):
    with Database(settings).connect() as conn:
        return conn.execute(sql).fetchall()


def test_csv_columns_detected_and_metadata_kept(db_settings, tmp_path):
    report = ingest_paths([write(tmp_path / "reviews.csv", CSV)], db_settings)
    assert report.as_dict()["added"] == 4
    got = rows(db_settings)
    assert [r[1][:13] for r in got] == ["Offline maps ", "Battery drain", "Love the trai", "Please add Ap"]
    assert got[0][3] == 2.0 and got[0][4] == "Free" and got[0][5] == "4.3.0"
    assert got[0][7] == {"platform": "android"}  # user e-mail is hashed, not kept as metadata
    assert got[0][8] and "@" not in got[0][8]
    assert [r[9].strftime("%Y-%m-%d") for r in got] == ["2026-09-01", "2026-09-02", "2026-09-03", "2026-09-21"]
    assert {r[2] for r in got} == {"reviews"}  # no source column: the file name


def test_titles_head_their_text_and_requesters_are_users(db_settings, tmp_path):
    """App Store reviews and help-desk tickets have a headline ("Crashes constantly", "Refund request") that often
    says what the body does not: it goes in front of the text (searched, embedded, shown); the content id stays
    the body's, so an export loaded before titles were read is not stored twice. Nicknames and nested requester
    e-mails are users (hashed), not metadata."""
    appstore = ("Date,Version,Rating,Title,Review,Nickname\n"
                "2026-10-01,4.4.0,1,Crashes constantly,The app closes every time I open a saved route.,hiker22\n"
                "2026-10-02,4.4.0,5,Love it!,Best hiking app I have used.,trailfan\n"
                "2026-10-03,4.3.1,2,Battery,Battery drains in two hours of tracking.,bergsteiger\n")
    tickets = {"tickets": [{"id": 7, "subject": "Refund request", "description": "Charged twice this month.",
                            "requester": {"email": "ana@example.com"}, "priority": "high"}]}
    report = ingest_paths([write(tmp_path / "appstore.csv", appstore), write(tmp_path / "desk.json", json.dumps(tickets))],
                          db_settings)
    assert report.total("added") == 4 and report.files[0].columns["title"] == "Title"
    got = {r[0]: (r[1], r[2]) for r in rows(db_settings, "SELECT text, author_hash, metadata FROM feedback")}
    assert set(got) == {"Crashes constantly. The app closes every time I open a saved route.",
                        "Love it! Best hiking app I have used.", "Battery drains in two hours of tracking.",
                        "Refund request. Charged twice this month."}
    assert all(author and "Nickname" not in meta and "requester.email" not in meta for author, meta in got.values())
    # "Battery" already starts its text: not repeated
    hits = Searcher(db_settings).search("crashes constantly", k=1, mode="lexical")
    assert hits[0].text.startswith("Crashes constantly.")
    # The same reviews exported without the title column (same file name, so the same source): already stored.
    bodies = "Date,Rating,Review\n" + "".join(f"2026-10-0{i},{r},{t}\n" for i, r, t in (
        (1, 1, "The app closes every time I open a saved route."), (2, 5, "Best hiking app I have used.")))
    again = ingest_paths([write(tmp_path / "again" / "appstore.csv", bodies)], db_settings)
    assert again.total("added") == 0 and again.total("duplicates") == 2
    only_titles = ingest_paths([write(tmp_path / "ideas.csv", "Title,Votes\nDark mode for the map,41\n")], db_settings)
    assert only_titles.files[0].columns["text"] == "Title" and only_titles.total("added") == 1


def test_review_site_pros_and_cons_are_items_of_their_own(db_settings, tmp_path):
    """G2, Capterra and TrustRadius export a review as a title and what the reviewer likes and dislikes, each in a
    column of its own: each answer is an item ("Cons: No multi-currency invoices"), with the row's date, rating and
    title (as a column). A tester's G2 export was stored as its titles alone ("Solid invoicing tool"), the complaints
    kept out of every search as metadata; both answers in one item were themed by the praise they shared. A review
    column, when there is one, is an item too; a row with every answer empty is rejected, naming the columns."""
    g2 = ("Review ID,Date,Reviewer Role,Rating,Title,Pros,Cons\n"
          "G2-1,2026-10-01,Founder,4,Solid invoicing tool,\"Great support, fast answers\",No multi-currency invoices\n"
          "G2-2,2026-10-02,Controller,2,Frustrating,,Bank feeds stop syncing every week\n"
          "G2-3,2026-10-03,Founder,3,Meh,,\n"
          "G2-4,2026-10-03,Founder,5,Love it,Invoices in two clicks,None so far\n"
          "G2-5,2026-10-04,Founder,3,Fine,n/a,-\n")
    capterra = ("Date,Review,What do you like best about Ledgerly?,What do you dislike about Ledgerly?\n"
                "2026-10-04,Good value overall,Receipt scanning,The PDF invoices look dated\n")
    report = ingest_paths([write(tmp_path / "g2.csv", g2), write(tmp_path / "capterra.csv", capterra)], db_settings)
    assert report.files[0].columns["text"] == "Pros + Cons (an item each)"
    # an answer that says nothing ("None so far") is no item beside one that says something; alone it is kept
    assert (report.files[0].read, report.files[0].added, report.files[0].rejected) == (5, 6, 1)
    got = {r[0]: (r[1], r[2], r[3]) for r in rows(db_settings, "SELECT text, metadata, rating, external_id FROM feedback")}
    assert set(got) == {
        "Pros: Great support, fast answers", "Cons: No multi-currency invoices",
        "Cons: Bank feeds stop syncing every week", "Good value overall",
        "What do you like best about Ledgerly? Receipt scanning",
        "What do you dislike about Ledgerly? The PDF invoices look dated", "Pros: Invoices in two clicks",
        "Pros: n/a", "Cons: -"}
    assert got["Cons: No multi-currency invoices"][1:] == (4, "G2-1")
    assert got["Pros: Great support, fast answers"][2] == "G2-1"
    assert got["Cons: Bank feeds stop syncing every week"][0]["Title"] == "Frustrating"
    assert all("Pros" not in meta and "Cons" not in meta for meta, _, _ in got.values())
    hits = Searcher(db_settings).search("bank feeds syncing", k=1, mode="lexical")
    assert hits[0].text == "Cons: Bank feeds stop syncing every week"
    reasons = (tmp_path / "pma").rglob("*g2.csv")
    assert any("column 'Pros + Cons': text is empty" in p.read_text() for p in reasons)
    again = ingest_paths([write(tmp_path / "again" / "g2.csv", g2)], db_settings)  # the same export: stored already
    assert (again.total("added"), again.total("duplicates")) == (0, 6)  # items: six answers
    # G2's own export names the whole review "Overall review" and asks what the product solves: a tester's 59
    # overall reviews were neither items nor metadata; its title stays the title
    g2_full = ("Review ID,Review Title,What do you like best about Relay?,What do you dislike about Relay?,"
               "Overall review,What problems is Relay solving and how is that benefiting you?\n"
               "R-1,Great for small teams in one place,Huddles are quick to start,Audio cuts out on long calls,"
               "We are reconsidering our subscription at renewal,Fewer tools for our sales team to juggle\n"
               "R-2,Needs work on the mobile side,Threads keep things tidy,Notifications arrive late,,\n")
    report = ingest_paths([write(tmp_path / "g2_full.csv", g2_full)], db_settings)
    assert report.files[0].added == 6 and report.files[0].columns["title"] == "Review Title"
    got = {r[0] for r in rows(db_settings, "SELECT text FROM feedback WHERE external_id LIKE 'R-%'")}
    # (what the product solves is an answer of what the reviewer likes, kept after its question: session 51)
    assert {"We are reconsidering our subscription at renewal",
            "What problems is Relay solving and how is that benefiting you? Fewer tools for our sales team to juggle"} \
        <= got


def test_text_notes_are_split_into_paragraphs_and_list_lines(db_settings, tmp_path):
    """Interview notes hard-wrapped at ~70 characters: each paragraph is one item (it was cut mid-sentence into
    'lost the route in a' / 'tunnel last week...'), list lines are items without their marker; a file without
    blank lines stays one item per line."""
    notes = ("Interview with a fleet lead, 2026-10-14\n\n"
             "Offline maps are critical for them. Two drivers lost the route in a\n"
             "tunnel last week because the region had not been downloaded.\n\n"
             "Wishes:\n- a fleet dashboard that shows where everyone is\n"
             "* invites that do not land in\n  spam\n")
    lines = "crash on login\nbattery drains while tracking\ndark mode please\n"
    ingest_paths([write(tmp_path / "notes.txt", notes), write(tmp_path / "list.txt", lines)], db_settings)
    got = rows(db_settings, "SELECT source, text FROM feedback ORDER BY id")
    assert [t for s, t in got if s == "notes"] == [
        "Interview with a fleet lead, 2026-10-14",
        "Offline maps are critical for them. Two drivers lost the route in a tunnel last week because the region "
        "had not been downloaded.",
        "Wishes:", "a fleet dashboard that shows where everyone is", "invites that do not land in spam"]
    assert [t for s, t in got if s == "list"] == ["crash on login", "battery drains while tracking", "dark mode please"]


def test_markdown_interview_notes_keep_their_headings_and_date(db_settings, tmp_path):
    """Notes written in markdown (Notion, Obsidian) were refused ('unknown format .md'). Headings are not feedback
    but say where an item sits; markup is reduced to text; the date line dates the items; the team's own
    follow-ups are not customer feedback; a README in an export folder is not read."""
    notes = ("# Interview: P4, hiking guide (Pro plan)\n**Date:** 2026-10-12 · **Interviewer:** Sam\n\n"
             "## Key quotes\n- \"I download maps the night before and *half the time* it fails at 90%.\"\n"
             "- > **Battery** is the big one: a 6-hour hike drains the phone to 15%.\n\n"
             "## Observations\nShe plans routes on the [desktop site](https://example.com/plan) and\n"
             "syncs them to her phone; waypoints vanish after syncing.\n\n"
             "## Follow-ups\n1. Check the waypoint sync bug with engineering\n")
    folder = tmp_path / "interviews"
    write(folder / "p4.md", notes)
    write(folder / "README.md", "# How we run interviews\nAsk open questions.\n")
    report = ingest_paths([folder], db_settings)
    assert (report.total("added"), report.total("rejected")) == (3, 0)
    got = rows(db_settings, "SELECT text, created_at, metadata->>'section' FROM feedback ORDER BY id")
    assert [r[0] for r in got] == [
        '"I download maps the night before and half the time it fails at 90%."',
        "Battery is the big one: a 6-hour hike drains the phone to 15%.",
        "She plans routes on the desktop site and syncs them to her phone; waypoints vanish after syncing."]
    assert {r[1].date().isoformat() for r in got} == {"2026-10-12"}
    assert [r[2] for r in got] == ["Interview: P4, hiking guide (Pro plan) > Key quotes"] * 2 + [
        "Interview: P4, hiking guide (Pro plan) > Observations"]


def test_interview_note_properties_are_columns_of_its_items_not_items(db_settings, tmp_path):
    """An interview template's lines above the first paragraph ("Plan: Growth", "Company: Greenleaf", also in YAML
    front matter) say who was interviewed: every item of the file carries them (the plan as its segment), none is an
    item. A tester's "Plan: Growth" was stored as an interview item and themed with pricing complaints. A "Key:
    value" line after the first paragraph, or with a key no template uses, stays feedback."""
    notes = ("# Interview: Greenleaf\n\nDate: 2026-10-21\nPlan: Growth\nCompany: Greenleaf BV\n\n## Pain points\n\n"
             "Every month the bookkeeper re-maps the CSV export to import into Xero.\n\n"
             "Workaround: they export twice and merge by hand.\n")
    yaml = ("---\ntitle: Interview with Kestrel Foods\ndate: 2026-11-02\nplan: Enterprise\n---\n\n"
            "Reconciliation of bank feeds fails since the bank changed its API.\n")
    report = ingest_paths([write(tmp_path / "greenleaf.md", notes), write(tmp_path / "kestrel.md", yaml)],
                          db_settings)
    assert report.total("added") == 3 and report.files[0].columns["segment"] == "Plan"
    got = rows(db_settings, "SELECT text, segment, metadata, created_at FROM feedback ORDER BY id")
    assert [(r[0], r[1]) for r in got] == [
        ("Every month the bookkeeper re-maps the CSV export to import into Xero.", "Growth"),
        ("Workaround: they export twice and merge by hand.", "Growth"),
        ("Reconciliation of bank feeds fails since the bank changed its API.", "Enterprise")]
    assert got[0][2]["Company"] == "Greenleaf BV" and got[2][3].date().isoformat() == "2026-11-02"
    # a participant described at length is still a property, and the plan under it still the segment (a tester's
    # 16-word "Participant:" line was an item and the file's 7 quotes had no plan)
    long = ("# Interview: caregiver\n\nDate: 2026-10-16\nParticipant: P7, 52, caregiver for her 81-year-old mother, "
            "Android user, Employer plan via her husband's job\nPlan: Employer\n\n## Key quotes\n\n"
            "- \"The video visit froze four times last month.\"\n")
    ingest_paths([write(tmp_path / "caregiver.md", long)], db_settings)
    assert rows(db_settings, "SELECT text, segment FROM feedback WHERE text LIKE '%froze%' OR text LIKE 'Participant%'"
                ) == [('"The video visit froze four times last month."', "Employer")]


def test_a_file_of_several_notes_gives_each_note_its_own_properties_and_drops_the_preamble(db_settings, tmp_path):
    """A thermostat tester's partner-call notes, one heading per call with "Date:" and "Account:" under it: every
    "Account:" line after the first was an item, no paragraph knew its account ("What did Kessler Haustechnik say?"
    found the header line alone), and the file's undated intro line was an item too."""
    notes = ("# Installer partner calls 2026\n\nNotes from partner account calls (Partner success team).\n\n"
             "## BrightWarm Installs Ltd\n\nDate: 2026-07-08\nAccount: BrightWarm Installs Ltd\n\n"
             "Their engineers lose 30 minutes per job on Wi-Fi pairing.\n\n### Follow-ups\n\n- Send pricing\n\n"
             "## Kessler Haustechnik GmbH\n\nDate: 2026-08-19\nAccount: Kessler Haustechnik GmbH\n\n"
             "Jobs from the portal arrive with less than 24 hours notice.\n\n"
             "They see many service calls for flat batteries.\n")
    report = ingest_paths([write(tmp_path / "partner_calls.md", notes)], db_settings)
    assert report.total("added") == 3
    got = rows(db_settings, "SELECT text, metadata->>'Account', created_at::date::text FROM feedback ORDER BY id")
    assert got == [("Their engineers lose 30 minutes per job on Wi-Fi pairing.", "BrightWarm Installs Ltd", "2026-07-08"),
                   ("Jobs from the portal arrive with less than 24 hours notice.", "Kessler Haustechnik GmbH",
                    "2026-08-19"),
                   ("They see many service calls for flat batteries.", "Kessler Haustechnik GmbH", "2026-08-19")]
    from assistant.chat.engine import Chat
    from tests.support.fake_llm import FakeLLM

    answer = Chat(db_settings, llm=FakeLLM("x")).ask("What did Kessler Haustechnik say?")  # without "GmbH"
    assert {c.text for c in answer.citations} >= {got[1][0], got[2][0]} and got[0][0] not in answer.text
    # one note (no second dated note) keeps its opening paragraph: it may be what the customer said
    single = "# Call with Acme\n\nThey want SSO before renewing.\n\nDate: 2026-09-01\n\nExports time out.\n"
    ingest_paths([write(tmp_path / "acme.md", single)], db_settings)
    assert rows(db_settings, "SELECT count(*) FROM feedback WHERE text LIKE 'They want SSO%'") == [(1,)]


def test_transcript_turns_are_items_with_speaker_and_question(db_settings, tmp_path):
    """An interview transcript: each participant turn is an item (two turns, two points), the interviewer's
    question is kept with the answer and is not feedback itself, the speaker is stored only as a keyed hash (so
    distinct people can be counted) and the date in the title dates the turns."""
    transcript = ("Interview with Priya (family hiker, free plan), 2026-10-14\n\n"
                  "Interviewer: What frustrates you?\n"
                  "Priya: The offline maps. I downloaded the region but on the mountain it said Not downloaded.\n"
                  "Priya: Also the app asks me to upgrade every time I open it,\nwhich is annoying.\n\n"
                  "Interviewer: Anything you love?\nPriya: The kid-friendly trail filter is brilliant.\n")
    ingest_paths([write(tmp_path / "p5.txt", transcript)], db_settings)
    got = rows(db_settings, "SELECT text, created_at, author_hash, metadata FROM feedback ORDER BY id")
    assert [r[0] for r in got] == [
        "The offline maps. I downloaded the region but on the mountain it said Not downloaded.",
        "Also the app asks me to upgrade every time I open it, which is annoying.",
        "The kid-friendly trail filter is brilliant."]
    assert [r[3]["question"] for r in got] == ["What frustrates you?"] * 2 + ["Anything you love?"]
    assert {r[1].date().isoformat() for r in got} == {"2026-10-14"} and len({r[2] for r in got}) == 1
    assert got[0][2] and "Priya" not in json.dumps([r[3] for r in got])


def test_transcripts_from_transcription_tools_keep_their_timestamps_out_of_the_text():
    """Zoom/Otter-style lines put a timestamp before the speaker and number unnamed speakers ("Speaker 2")."""
    from retrieval import notes

    transcript = ("Zoom call with a fleet lead\n\n[00:00:05] Interviewer: How do you plan routes today?\n"
                  "[00:00:12] Speaker 2: Mostly on the desktop, then I sync to my phone.\n"
                  "01:03 Me: What goes wrong?\n01:10 Speaker 2: The sync drops waypoints about once a week.\n")
    items = notes.items_from_lines(notes.text_lines(transcript))
    assert [(row, v["text"], v["speaker"], v["question"]) for row, v in items] == [
        (4, "Mostly on the desktop, then I sync to my phone.", "Speaker 2", "How do you plan routes today?"),
        (6, "The sync drops waypoints about once a week.", "Speaker 2", "What goes wrong?")]


def test_labelled_lines_without_an_interviewer_stay_one_item_per_line(db_settings, tmp_path):
    """"Bug: ..." / "Request: ..." lines look like speaker turns but nobody asks: each line stays an item, label and
    all."""
    lines = "Bug: crash on login\nRequest: dark mode\nBug: sync fails on Wi-Fi\nRequest: GPX export\n"
    ingest_paths([write(tmp_path / "triage.txt", lines)], db_settings)
    assert [r[1] for r in rows(db_settings)] == lines.splitlines()


def test_a_name_from_the_rows_own_name_columns_is_redacted_in_its_text(db_settings, tmp_path):
    """"Maps fail for Priya" has nothing that says person, but the row's customer-name column does: the name is
    redacted in the text and kept columns too. A user id that is not a name is left alone."""
    export = ("Customer Name,Customer,Comment,Agent notes\n"
              "Priya Sharma,priya.s,Offline maps fail for Priya before every hike,Called Sharma back\n"
              "Tom Baker,maps,Maps crash on start,none\n")
    ingest_paths([write(tmp_path / "tickets.csv", export)], db_settings)
    got = rows(db_settings, "SELECT text, metadata FROM feedback ORDER BY id")
    assert got[0][0] == "Offline maps fail for <NAME> before every hike"
    assert got[0][1]["Agent notes"] == "Called <NAME> back" and got[0][1]["Customer Name"] == "<NAME>"
    assert got[1][0] == "Maps crash on start"


def test_placeholders_for_a_missing_version_or_plan_are_stored_as_missing(db_settings, tmp_path):
    """Exports write "?", "-", "N/A" or "null" where a version or plan is unknown (the public CLAP reviews have
    "?" versions); stored as such, "?" became the "most affected version" in plans and reports."""
    export = ("text,app_version,plan\nMaps crash on start,4.3.0,Free\nSync is slow,?,-\nLogin loops,N/A,null\n"
              "Export fails,--,Team\nNice app,v2,unknown\n")
    ingest_paths([write(tmp_path / "placeholders.csv", export)], db_settings)
    got = {r[0]: (r[1], r[2]) for r in rows(db_settings, "SELECT text, app_version, segment FROM feedback")}
    assert got == {"Maps crash on start": ("4.3.0", "Free"), "Sync is slow": (None, None),
                   "Login loops": (None, None), "Export fails": (None, "Team"), "Nice app": ("v2", None)}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030", "cp1252"])
def test_encodings(db_settings, tmp_path, encoding):
    text = "text,date\n"
    if encoding == "gb18030":
        text += "离线地图无法下载，每次都卡在百分之九十,2026-09-01\n登录以后总是闪退，请尽快修复这个问题,2026-09-02\n"
        expected = "离线地图"
    else:
        text += "Café menu is confusing – the naïve user can't find export,2026-09-01\nSecond item is fine too,2026-09-02\n"
        expected = "Café menu"
    path = tmp_path / f"in-{encoding}.csv"
    path.write_bytes(text.encode(encoding) if encoding != "utf-8-sig" else b"\xef\xbb\xbf" + text.encode("utf-8"))
    ingest_paths([path], db_settings)
    assert rows(db_settings)[0][1].startswith(expected)


def test_all_formats_and_folder(db_settings, tmp_path):
    folder = tmp_path / "exports"
    write(folder / "a.tsv", "body\tcreated_at\nSync fails after update\t2026-09-01\n")
    write(folder / "b.csv", "comment;stars\nDark mode please;4\n")
    write(folder / "c.json", json.dumps({"items": [{"message": "Login with Google SSO broken", "meta": {"team": "x"}}]}))
    write(folder / "d.jsonl", '{"text": "Export to GPX missing"}\n\n{"text": "Elevation profile is wrong"}\n')
    write(folder / "e.txt", "Route sharing is confusing\n\n地图加载太慢了\n")
    wb = Workbook()
    ws = wb.active
    ws.append(["Feedback", "Date"])
    ws.append(["Crash when opening saved routes", "2026-10-02"])
    wb.save(folder / "f.xlsx")
    report = ingest_paths([folder], db_settings)
    assert report.total("added") == 8 and report.total("rejected") == 0
    got = rows(db_settings)
    texts = {r[1] for r in got}
    assert "Dark mode please" in texts and "地图加载太慢了" in texts and "Crash when opening saved routes" in texts
    assert next(r for r in got if r[1] == "Dark mode please")[3] == 4.0
    assert next(r for r in got if r[1].startswith("Login"))[7] == {"meta.team": "x"}
    assert next(r for r in got if r[1] == "地图加载太慢了")[6] == "zh"


def test_reingest_adds_nothing_and_near_duplicates_are_linked(db_settings, tmp_path):
    path = write(tmp_path / "t.csv", "ticket_id,text\nT1,The app crashes when I open saved routes\n"
                                     "T2,The app crashes when I open saved routes\nT3,Wish it had dark mode\n"
                                     "T3,Wish it had dark mode\n")
    first = ingest_paths([path], db_settings).files[0]
    assert (first.read, first.added, first.duplicates, first.near_duplicates) == (4, 3, 1, 1)
    again = ingest_paths([path], db_settings).files[0]
    assert (again.added, again.duplicates) == (0, 4)
    got = rows(db_settings)
    assert len(got) == 3
    assert got[1][11] == got[0][0]  # T2 links to T1, not dropped


def test_google_play_export_keeps_its_versions_and_package_names(db_settings, tmp_path):
    """Google Play's review export (its own header): "App Version Name" is the version (not the integer "App Version
    Code"), four-part versions there and in other version columns are not read as IP addresses, and a package name
    is not a sign-off ("de.example.LoveTester" is not "Love, Tester"). A real address in the text still goes."""
    header = ("Package Name,App Version Code,App Version Name,Reviewer Language,Device,OS Version,"
              "Review Submit Date and Time,Star Rating,Review Title,Review Text,Developer Reply Text\n")
    export = header + (
        "de.example.LoveTester,4012,4.1.0.2,en,a52q,13.0.0.1,2026-10-03T08:12:44Z,2,,"
        "Offline maps stopped downloading after the 4.1.0.2 update,\n"
        "de.example.LoveTester,4013,4.1.0.3,en,a52q,14.0.0.2,2026-10-09T10:00:00Z,1,Sync,"
        "Sync from my home IP 81.2.69.160 fails every night,We are on it\n")
    report = ingest_paths([write(tmp_path / "reviews_reviews_de.example_202610.csv", export)], db_settings)
    assert report.files[0].columns["version"] == "App Version Name" and report.total("added") == 2
    got = rows(db_settings, "SELECT text, app_version, metadata FROM feedback ORDER BY id")
    assert [r[1] for r in got] == ["4.1.0.2", "4.1.0.3"]
    assert got[0][0] == "Offline maps stopped downloading after the 4.1.0.2 update"
    assert got[1][0] == "Sync from my home IP <IP> fails every night"  # the title starts the text already
    assert got[0][2]["Package Name"] == "de.example.LoveTester" and got[0][2]["OS Version"] == "13.0.0.1"
    assert got[0][2]["App Version Code"] == "4012"
    # the file name (Google Play's own) names no store: its columns say Android (a tester's "And on Android?" left
    # out 262 such reviews)
    assert [r[2]["platform"] for r in got] == ["android", "android"]
    # and the source is the store, as an AppFollow export names it, not the file's name (a language-app tester's
    # "How many Google Play reviews are there?" counted 4 of 238)
    assert {s for (s,) in rows(db_settings, "SELECT DISTINCT source FROM feedback")} == {"Google Play"}


def test_nps_survey_scores_are_read_in_nps_bands_and_kept_as_given(db_settings, tmp_path):
    """A survey export whose rating is the NPS question (0-10) is put on the product's 1-5 scale in NPS bands, so
    "negative" (1-2) means detractors; the score as given stays in the item's metadata; a score above 10 is a
    rejected row with a reason, the other rows are stored. A "Score" column with values above 5 is read the same."""
    survey = ("Response ID,How likely are you to recommend Trailmix to a friend?,What is the main reason for your score?,"
              "Submitted At\n"
              "r1,0,The app deleted all my saved routes after the update,2026-10-01\n"
              "r2,6,Offline maps are fine but the subscription is too expensive,2026-10-02\n"
              "r3,7,Good trails but battery drain while tracking is a problem,2026-10-03\n"
              "r4,9,Great community photos and the route planner is easy to use,2026-10-04\n"
              "r5,10,Best hiking app I have ever used on my phone,2026-10-05\n"
              "r6,11,I would give it eleven out of ten if I could do it,2026-10-06\n")
    report = ingest_paths([write(tmp_path / "nps.csv", survey)], db_settings)
    f = report.files[0]
    assert f.columns["rating"] == "How likely are you to recommend Trailmix to a friend?" and f.rating_scale == 10
    assert f.added == 5 and f.rejected == 1 and "'11' is above the top of the column's scale (10" in f.first_problem
    got = rows(db_settings, "SELECT rating, metadata FROM feedback ORDER BY id")
    assert [r[0] for r in got] == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert [r[1]["How likely are you to recommend Trailmix to a friend?"] for r in got] == ["0", "6", "7", "9", "10"]
    delighted = "Score,Comment,Created At\n3,Sync keeps failing on my tablet,2026-10-07\n8,Nice maps overall,2026-10-08\n"
    report = ingest_paths([write(tmp_path / "delighted.csv", delighted)], db_settings)
    assert report.files[0].rating_scale == 10
    assert rows(db_settings, "SELECT rating FROM feedback WHERE text LIKE 'Sync keeps%' OR text LIKE 'Nice maps%' "
                             "ORDER BY id") == [(1.5,), (3.5,)]
    stars = "Stars,Review\n4,Maps download fine now\n2,Too many ads in the free plan\n"
    assert ingest_paths([write(tmp_path / "stars.csv", stars)], db_settings).files[0].rating_scale == 5
    assert rows(db_settings, "SELECT rating, metadata FROM feedback WHERE text LIKE 'Maps download%'") == [(4.0, {})]


def test_zero_stars_is_a_rejected_row(db_settings, tmp_path):
    """A tester's Google Play export had one review rated 0 stars: it was stored as rating 0 ("by rating: 0 1") and
    counted as the lowest rating. No store gives 0 stars: the row is rejected with its reason, the others are
    stored; half stars stay."""
    reviews = ("Star Rating,Review Text\n5,Video visits are smooth\n0,Video froze so I had to call instead\n"
               "0.5,Booking is a mess\n1,Refill never arrived\n")
    f = ingest_paths([write(tmp_path / "play.csv", reviews)], db_settings).files[0]
    assert f.added == 3 and f.rejected == 1 and "'0' is below the bottom of a 1-5 star scale" in f.first_problem
    assert sorted(r[0] for r in rows(db_settings, "SELECT rating FROM feedback")) == [0.5, 1.0, 5.0]


def test_one_stray_score_above_5_is_a_rejected_row_not_a_scale_of_10(db_settings, tmp_path):
    """A tester's G2 export (stars 1-5 with halves) had one row rated 7: every review was read as a score out of 10
    (a 5-star review stored as 1.83). The stray row is rejected with its reason; the others stay 1-5. A column not
    named for stars is read the same way when such a value is rare; a column of real 0-10 scores is still one."""
    rows_ = [("4.5", "Clean interface and quick to set up for the whole team"), ("5", "Calls just work every day"),
             ("3.5", "Good chat but the audio cuts out on long calls"), ("1", "Notifications never arrive on time")]
    g2 = "Review ID,Star Rating,What do you like best?\n" + "".join(
        f"g{k},{r},{t} ({k})\n" for k, (r, t) in enumerate(rows_ * 6)) + "g99,7,Setup was painless for our admins\n"
    report = ingest_paths([write(tmp_path / "g2.csv", g2)], db_settings)
    f = report.files[0]
    assert f.rating_scale == 5 and f.added == 24 and f.rejected == 1
    assert "'7' is above the top of the column's scale (5" in f.first_problem
    assert sorted({r[0] for r in rows(db_settings, "SELECT rating FROM feedback")}) == [1.0, 3.5, 4.5, 5.0]
    plain = "id,Rating,Comment\n" + "".join(f"p{k},{r},{t} [{k}]\n" for k, (r, t) in enumerate(rows_ * 6)) \
        + "p99,8,Setup was painless for our admins\n"
    assert ingest_paths([write(tmp_path / "plain.csv", plain)], db_settings).files[0].rating_scale == 5
    scores = "id,Rating,Comment\n" + "".join(f"s{k},{k % 11},Score comment number {k}\n" for k in range(30))
    assert ingest_paths([write(tmp_path / "scores.csv", scores)], db_settings).files[0].rating_scale == 10
    # a small file, where one stray value is more than the 5% share: two testers' broken files (1 of 4 and 1 of 6
    # ratings a "9") read every star as a score out of 10; one number above 5 is no scale of its own
    small = "id,Rating,Comment\nb1,4,Works well for me\nb2,5,Great app overall\nb3,9,Typo in the rating here\n" \
        "b4,2,Crashes when I open the map\n"
    f = ingest_paths([write(tmp_path / "small.csv", small)], db_settings).files[0]
    assert f.rating_scale == 5 and f.rejected == 1 and "'9' is above the top of the column's scale (5" in f.first_problem


def test_a_score_above_its_scale_is_told_apart_from_one_that_is_no_number():
    from retrieval.columns import AboveScale, parse_rating

    with pytest.raises(AboveScale):
        parse_rating("11", 10)
    with pytest.raises(ValueError) as unreadable:
        parse_rating("above 4", 5)  # not a number, whatever its words say
    assert not isinstance(unreadable.value, AboveScale)


def test_columns_that_name_a_person_are_redacted_whole(db_settings, tmp_path):
    """Help-desk and survey exports carry names in their own columns ("Requester", "First Name", "What's your
    name?"), where a lone first name has nothing around it that says "person": the column's name says it. Columns
    naming a thing ("Organization", "App Name") are kept; the other columns are redacted by what they hold."""
    export = ("Respondent ID,First Name,Last Name,What's your name?,Requester,Assignee,Organization,App Name,"
              "IP Address,Email Address,What is the primary reason for your score?\n"
              "114,Ana,Lima,Ana,Ana Lima,Kenji,Acme Outdoors,Trailmix,203.0.113.7,ana@example.com,"
              "Offline maps still fail to download in the mountains\n")
    report = ingest_paths([write(tmp_path / "survey.csv", export)], db_settings)
    assert report.total("added") == 1
    assert report.files[0].columns["user"] == "Requester"  # the user: stored as a keyed hash only
    meta = rows(db_settings, "SELECT metadata FROM feedback")[0][0]
    names = ("First Name", "Last Name", "What's your name?", "Assignee")
    assert {k: meta[k] for k in names} == dict.fromkeys(names, "<NAME>") and "Requester" not in meta
    assert "Ana" not in json.dumps(meta) and "Kenji" not in json.dumps(meta)
    assert meta["Organization"] == "Acme Outdoors" and meta["App Name"] == "Trailmix"
    assert rows(db_settings, "SELECT external_id FROM feedback") == [("114",)]  # the respondent's id is the item's
    assert meta["IP Address"] == "<IP>" and meta["Email Address"] == "<EMAIL>"
    assert report.total("redacted") == 1  # one item had something redacted


def test_a_company_column_keeps_a_company_name_that_reads_like_a_person(db_settings, tmp_path):
    """A tester's Zendesk "Organization" "Casa Verde Cantina" was stored as "Casa <NAME>" on its 39 tickets, so
    "What does Casa Verde Cantina complain about?" found nothing. A company column is not read for a person's name;
    other PII in it (an e-mail) is still redacted."""
    export = ("Id,Description,Organization,Company,Created at\n"
              "1,Overtime is wrong every week,Casa Verde Cantina,Maria Lopez Catering,2026-10-01\n"
              "2,Clock-in fails at the register,Casa Verde Cantina,billing: ana@example.com,2026-10-02\n")
    ingest_paths([write(tmp_path / "zendesk.csv", export)], db_settings)
    meta = [m for (m,) in rows(db_settings, "SELECT metadata FROM feedback ORDER BY id")]
    assert [m["Organization"] for m in meta] == ["Casa Verde Cantina"] * 2
    assert meta[0]["Company"] == "Maria Lopez Catering" and meta[1]["Company"] == "billing: <EMAIL>"


def test_redacted_counts_pii_found_not_a_name_column_redacted_on_every_row(db_settings, tmp_path):
    """A tester's Zendesk export said "redacted 408" of 412 tickets: the Requester column (a name on every row) was
    counted, so the figure could not tell a PM how much PII the feedback held. The column is still redacted whole."""
    export = ("Id,Subject,Description,Requester,Requester email,Created at\n"
              "1,Crash,The app crashes on start,Ana Lima,ana@example.com,2026-10-01\n"
              "2,Login,Cannot log in since the update. Call me at +1 415 555 0100,Bo Chen,bo@example.com,2026-10-02\n"
              "3,Export,Export to PDF cuts the last page,Kenji Sato,kenji@example.com,2026-10-03\n")
    report = ingest_paths([write(tmp_path / "zendesk.csv", export)], db_settings)
    assert report.total("added") == 3 and report.total("redacted") == 1  # the phone number only
    stored = rows(db_settings, "SELECT metadata, redacted FROM feedback ORDER BY id")
    assert [m.get("Requester") for m, _ in stored] == ["<NAME>"] * 3 and [r for _, r in stored] == [False, True, False]


def test_nested_json_exports_are_read_by_their_last_field_names(db_settings, tmp_path):
    """App Store Connect's reviews API nests each review under "attributes" (camelCase names): rating, title,
    reviewer and date are found by the last part of the flattened name. A Zendesk ticket's
    "satisfaction_rating.score" ("unoffered", "bad") is a score by name but not a number: it is kept as metadata
    instead of rejecting every row, and the requester's name is redacted whole."""
    asc = {"data": [{"type": "customerReviews", "id": "00000034-aaaa", "attributes": {
        "rating": 1, "title": "Crashes on launch", "body": "Since the last update the app crashes on a saved route.",
        "reviewerNickname": "hiker_ana", "createdDate": "2026-10-01T08:12:44-07:00", "territory": "USA"}}]}
    tickets = {"tickets": [{"id": 35436, "subject": "Refund request", "description": "I was charged twice this month.",
                            "created_at": "2026-10-01T10:22:01Z", "satisfaction_rating": {"score": "unoffered"},
                            "requester": {"name": "Ana Lima", "email": "ana@example.com"}}]}
    report = ingest_paths([write(tmp_path / "asc.json", json.dumps(asc)), write(tmp_path / "zd.json", json.dumps(tickets))],
                          db_settings)
    assert report.total("added") == 2 and report.total("rejected") == 0
    cols = report.files[0].columns
    assert (cols["rating"], cols["title"], cols["user"]) == ("attributes.rating", "attributes.title",
                                                             "attributes.reviewerNickname")
    assert report.files[1].columns["rating"] is None
    got = rows(db_settings, "SELECT text, rating, author_hash, metadata FROM feedback ORDER BY id")
    assert got[0][:2] == ("Crashes on launch. Since the last update the app crashes on a saved route.", 1.0)
    assert got[0][2] and "attributes.reviewerNickname" not in got[0][3]
    assert got[1][3] == {"satisfaction_rating.score": "unoffered", "requester.name": "<NAME>"}


def test_day_first_dates_are_read_day_first_for_the_whole_column(db_settings, tmp_path):
    """A German export (semicolons, decimal commas, 01.10.2026) and a British one (13/10/2026 among 01/10/2026) are
    read day first for every row, not month first wherever the day happens to be 12 or less; a US export stays
    month first. The ingest report says so."""
    german = "Datum;Bewertung;Kommentar\n01.10.2026;4,5;Offline-Karten laden sehr langsam\n13.10.2026;2;App stürzt ab\n"
    british = "date,review\n01/10/2026,Maps take ages to download\n13/10/2026,Sync fails every night\n"
    us = "date,review\n10/01/2026,Battery drains fast while tracking\n10/13/2026,Route planner is great\n"
    report = ingest_paths([write(tmp_path / name, body) for name, body in
                           (("de.csv", german), ("uk.csv", british), ("us.csv", us))], db_settings)
    assert [f.dates_day_first for f in report.files] == [True, True, False] and report.total("added") == 6
    got = rows(db_settings, "SELECT created_at, rating FROM feedback ORDER BY id")
    assert [r[0].strftime("%m-%d") for r in got] == ["10-01", "10-13", "10-01", "10-13", "10-01", "10-13"]
    assert got[0][1] == 4.5


def test_surveymonkey_second_header_row_is_part_of_the_header(db_settings, tmp_path):
    """SurveyMonkey's export puts "Response" / "Open-Ended Response" and the options of a multiple-choice question
    in a second header row: read as header (the options name their columns), not rejected as a row of feedback."""
    export = ("Respondent ID,Start Date,How likely is it that you would recommend Trailmix to a friend or colleague?,"
              "Which features do you use?,,What is the primary reason for your score?\n"
              ",,Response,Offline maps,Route planner,Open-Ended Response\n"
              "114,10/01/2026 10:00:00 AM,3,Offline maps,,The subscription got more expensive and maps still fail\n"
              "115,10/02/2026 09:00:00 AM,9,,Route planner,Great trails and the community photos are lovely\n")
    report = ingest_paths([write(tmp_path / "surveymonkey.csv", export)], db_settings)
    f = report.files[0]
    assert (f.read, f.added, f.rejected, f.rating_scale) == (2, 2, 0, 10)
    assert f.columns["text"] == "What is the primary reason for your score?"
    got = rows(db_settings, "SELECT rating, metadata FROM feedback ORDER BY id")
    assert got[0][0] == 1.5 and got[0][1]["Which features do you use? - Offline maps"] == "Offline maps"
    assert got[1][1]["Which features do you use? - Route planner"] == "Route planner"


def test_qualtrics_three_header_rows_questions_name_the_columns(db_settings, tmp_path):
    """A Qualtrics export has the question text and a row of {"ImportId": ...} under the column codes: both are
    header, not feedback (every row was rejected before: 'Start Date' is not a date). The NPS question is the rating,
    not its Detractor/Passive/Promoter group; the respondent's coordinates are redacted like their name."""
    codes = ["StartDate", "RecordedDate", "ResponseId", "IPAddress", "RecipientEmail", "RecipientFirstName",
             "LocationLatitude",
             "LocationLongitude", "Q1", "Q1_NPS_GROUP", "Q2", "Q4", "Q3"]
    labels = ["Start Date", "Recorded Date", "Response ID", "IP Address", "Recipient Email", "Recipient First Name",
              "Location Latitude",
              "Location Longitude", "How likely are you to recommend Trailmix to a friend?",
              "How likely are you to recommend Trailmix to a friend?", "What is the main reason for your score?",
              "What do you plan to do on your next trip?", "Which plan are you on?"]
    ids = [json.dumps({"ImportId": c}) for c in ("startDate", "recordedDate", "_recordId", "ipAddress",
                                                  "recipientEmail", "recipientFirstName", "locationLatitude",
                                                  "locationLongitude",
                                                  "QID1", "QID1_NPS_GROUP", "QID2_TEXT", "QID4_TEXT", "QID3")]
    answers = [["2026-10-01 09:00:00", "2026-10-01 09:04:10", "R_1a", "203.0.113.9", "priya@example.com", "Priya",
                "39.7392",
                "-104.9903", "3", "Detractor", "Offline maps fail to download before every hike",
                "Hike the Colorado Trail with my brother", "Pro"],
               ["2026-10-02 10:00:00", "2026-10-02 10:02:00", "R_2b", "203.0.113.10", "tom@example.com", "Tom",
                "51.5072", "-0.1276",
                "10", "Promoter", "Best trail maps I have used", "Walk the Thames Path", "Free"]]
    out = io.StringIO()
    csv.writer(out).writerows([codes, labels, ids, *answers])
    report = ingest_paths([write(tmp_path / "qualtrics.csv", out.getvalue())], db_settings)
    f = report.files[0]
    assert (f.read, f.added, f.rejected, f.rating_scale) == (2, 2, 0, 10)
    assert f.columns["text"] == "What is the main reason for your score?"
    assert f.columns["rating"] == "How likely are you to recommend Trailmix to a friend?"
    assert (f.columns["date"], f.columns["external_id"], f.columns["user"]) == ("RecordedDate", "ResponseId",
                                                                                "RecipientEmail")
    assert f.columns["segment"] == "Which plan are you on?"  # a plan question, not "What do you plan to do ...?"
    assert [r[0] for r in rows(db_settings, "SELECT segment FROM feedback ORDER BY id")] == ["Pro", "Free"]
    got = rows(db_settings, "SELECT rating, created_at, metadata FROM feedback ORDER BY id")
    assert [r[0] for r in got] == [1.5, 5.0] and got[0][1].minute == 4
    meta = got[0][2]
    assert meta["How likely are you to recommend Trailmix to a friend? (Q1_NPS_GROUP)"] == "Detractor"
    assert (meta["LocationLatitude"], meta["LocationLongitude"]) == ("<LOCATION>", "<LOCATION>")
    assert (meta["RecipientFirstName"], meta["IPAddress"], meta["StartDate"]) == ("<NAME>", "<IP>",
                                                                                  "2026-10-01 09:00:00")
    assert "39.7392" not in json.dumps(got[1][2]) and "-0.1276" not in json.dumps(got[1][2])


def test_google_forms_and_typeform_exports_read_their_score_questions(db_settings, tmp_path):
    """Survey tools name the score column with the question: "How satisfied are you with ...?" (1-5) and "How would
    you rate ... from 0 to 10?" were kept as metadata, so "negative" and ratings filters saw nothing. Google Forms'
    "Email Address" is the respondent (hashed), and its "MDT" timestamps are placed in their time zone (dateutil
    printed an UnknownTimezoneWarning per file and read them as UTC); Typeform's submit date is the date."""
    forms = ("Timestamp,Email Address,How satisfied are you with Trailmix?,What should we improve first?\n"
             "2026/10/01 9:14:03 AM MDT,ana@example.com,2,Offline maps fail to download before hikes\n"
             "2026/10/01 10:20:11 AM MDT,tom@example.com,4,Add a dark mode for night hikes\n")
    typeform = ("#,How would you rate Trailmix from 0 to 10?,What could we do better?,Start Date (UTC),"
                "Submit Date (UTC),Network ID\n"
                "a1b2,3,Sync loses my waypoints,2026-10-05 10:01:00,2026-10-05 10:03:12,9f8e7d\n"
                "c3d4,9,Nothing. Great route planner,2026-10-06 11:00:00,2026-10-06 11:01:30,1a2b3c\n")
    report = ingest_paths([write(tmp_path / "forms.csv", forms), write(tmp_path / "typeform.csv", typeform)],
                          db_settings)
    f, t = report.files
    assert (f.columns["rating"], f.columns["user"], f.rating_scale) == (
        "How satisfied are you with Trailmix?", "Email Address", 5)
    assert (t.columns["rating"], t.columns["date"], t.rating_scale) == (
        "How would you rate Trailmix from 0 to 10?", "Submit Date (UTC)", 10)
    got = rows(db_settings, "SELECT source, rating, created_at, author_hash IS NOT NULL FROM feedback ORDER BY id")
    assert [(r[0], r[1]) for r in got] == [("forms", 2.0), ("forms", 4.0), ("typeform", 1.5), ("typeform", 4.0)]
    assert got[0][2].isoformat() == "2026-10-01T15:14:03+00:00" and got[0][3] and not got[2][3]
    assert got[2][2].isoformat() == "2026-10-05T10:03:12+00:00"
    workouts = ingest_paths([write(tmp_path / "workouts.csv", "comment,Avg heart rate\nGPS lost my run,151\n")],
                            db_settings)
    assert workouts.files[0].columns.get("rating") is None  # a reading named "rate", not a question asking for one


def test_nps_group_column_alone_is_not_read_as_ratings(db_settings, tmp_path):
    """A column named for NPS that holds Detractor/Passive/Promoter is kept as metadata, not a rating that rejects
    every row."""
    path = write(tmp_path / "nps.csv", "comment,NPS_GROUP\nMaps fail offline,Detractor\nLove the trails,Promoter\n")
    f = ingest_paths([path], db_settings).files[0]
    assert (f.added, f.rejected, f.columns.get("rating")) == (2, 0, None)
    assert rows(db_settings, "SELECT metadata->>'NPS_GROUP' FROM feedback ORDER BY id") == [("Detractor",), ("Promoter",)]


def test_pii_redacted_before_storage_and_keep_pii(db_settings, tmp_path):
    raw = "text,note\n\"Reach me at ana@example.com or +44 20 7946 0958, card 4111 1111 1111 1111\",call 415-555-0132\n"
    ingest_paths([write(tmp_path / "p.csv", raw)], db_settings)
    text, meta, redacted = rows(db_settings, "SELECT text, metadata, redacted FROM feedback")[0]
    assert text == "Reach me at <EMAIL> or <PHONE>, card <CARD>" and meta == {"note": "call <PHONE>"} and redacted
    with Database(db_settings).connect() as conn:
        dump = json.dumps([list(map(str, r)) for r in conn.execute(
            "SELECT text, metadata, lexical, external_id, author_hash, source FROM feedback")])
    assert "ana@example.com" not in dump and "4111" not in dump and "7946" not in dump and "ana" not in dump
    ingest_paths([write(tmp_path / "q.csv", "text\nkeep ana@example.com please\n")], db_settings, keep_pii=True)
    assert rows(db_settings, "SELECT text FROM feedback WHERE text LIKE 'keep%'")[0][0] == "keep ana@example.com please"


def test_bad_rows_rejected_with_reasons_rest_stored(db_settings, tmp_path):
    db_settings.retrieval.max_text_chars = 200
    # (an empty text with a rating is a survey score without a comment, stored apart: test_chat's scores test)
    path = write(tmp_path / "bad.csv", "text,date,rating\nGood one,2026-09-01,5\n,2026-09-02,\n"
                                       f"{'x' * 300},2026-09-03,1\nWhen?,yesterday-ish,2\nRated,2026-09-04,lots\n"
                                       "Ragged,2026-09-05,3,extra\n")
    report = ingest_paths([path], db_settings).files[0]
    assert (report.read, report.added, report.rejected) == (6, 1, 5)
    assert report.first_problem.startswith(f"{path}: row 3: column 'text'")
    rejects = open(report.rejects_path, encoding="utf-8").read()
    assert "'yesterday-ish' is not a date" in rejects and "has 4 fields" in rejects and "300 characters" in rejects


def test_the_rejects_file_holds_no_name_the_store_would_not(db_settings, tmp_path):
    """A tester's Zendesk rejects file kept two requesters' names in clear (an empty ticket and a ragged row) where
    the stored rows show <NAME>: a rejected row's values are redacted as storing them would be."""
    export = ("Id,Subject,Description,Requester,Requester email,Created at\n"
              "1,Audio,People cannot hear me on calls,Jordan Miller,jordan@acme.com,2026-09-03T10:00:00+00:00\n"
              "2,,,Jordan Miller,jordan@acme.com,2026-09-03T10:00:00+00:00\n"
              "3,Audio,my voice sounds robotic, and choppy, on every call,Pat Doe,pat@acme.com,2026-10-02\n")
    report = ingest_paths([write(tmp_path / "zendesk.csv", export)], db_settings).files[0]
    assert (report.added, report.rejected) == (1, 2)
    rejects = open(report.rejects_path, encoding="utf-8").read()
    assert "text is empty" in rejects and "has 8 fields but the header has 6" in rejects
    for secret in ("Jordan", "Miller", "Pat Doe", "jordan@acme.com", "pat@acme.com"):
        assert secret not in rejects, secret
    assert "<NAME>" in rejects and "my voice sounds robotic" in rejects  # (the ragged row: Pat Doe under Created at)


@pytest.mark.parametrize("name, content, message", [
    ("missing.csv", None, "file not found"),
    ("empty.csv", "", "file is empty"),
    ("data.parquet", "x", "unknown format '.parquet'"),
    ("interview.docx", "x", "Save it as Markdown (.md) or plain text (.txt)"),
    ("nums.csv", "a,b\n1,2\n3,4\n", "no text column found"),
    ("broken.json", '[{"text": "a"', "not valid JSON"),
    ("bytes.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02\x00\x00\x01" * 50, "cannot detect the text encoding"),
])
def test_unusable_file_is_a_clear_error_and_keeps_stored_data(db_settings, tmp_path, name, content, message):
    ingest_paths([write(tmp_path / "good.csv", "text\nAlready stored item\n")], db_settings)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(UserError) as err:
        ingest_paths([path], db_settings)
    assert message in str(err.value) and name in str(err.value)
    assert rows(db_settings, "SELECT text FROM feedback") == [("Already stored item",)]


def test_other_embedding_model_requires_reindex(db_settings, tmp_path):
    from retrieval.reindex import reindex
    from retrieval.search import Searcher

    ingest_paths([write(tmp_path / "a.csv", "text\nOffline maps fail\nDark mode please\n")], db_settings)
    with Database(db_settings).connect() as conn:
        conn.execute("UPDATE pma_meta SET value='some/other-model' WHERE key='embedding_model'")
    with pytest.raises(UserError, match="pma reindex"):
        Searcher(db_settings).search("maps")
    assert reindex(db_settings)["reembedded"] == 2
    assert Searcher(db_settings).search("maps", k=1)[0].text == "Offline maps fail"


def test_a_conversation_in_one_cell_keeps_the_customers_turns_only(db_settings, tmp_path):
    """A tester's Intercom CSV kept every "Agent (Maya): ..." line: themes were named after agent sentences, refunds
    were counted where only the agent wrote "refunded", and agents' first names marked every item as redacted."""
    rows = [
        ("C1", "2026-10-22 05:53:52 UTC", "Customer: Too expensive since the October price change\n"
                                          "Agent (Lucía): Thanks for the feedback, I've refunded the difference.\n"
                                          "Customer: thanks"),
        ("C2", "2026-11-08 23:55:33 UTC", "Customer: Box was late and the ice packs had melted\n"
                                          "Agent (Maya): Sorry! Our courier partner had delays. I've added a credit."),
        ("C3", "2026-11-09 10:00:00 UTC", "Update: the app crashes at checkout\nNote: only on Android"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Conversation ID", "Created at", "Conversation"])
    w.writerows(rows)
    path = write(tmp_path / "intercom.csv", buf.getvalue())
    report = ingest_paths([path], db_settings)
    assert report.total("added") == 3 and report.total("redacted") == 0
    with Database(db_settings).connect() as conn:
        texts = {t for (t,) in conn.execute("SELECT text FROM feedback").fetchall()}
    assert texts == {"Too expensive since the October price change\nthanks",
                     "Box was late and the ice packs had melted", rows[2][2]}  # C3: no team's turn, no conversation
    assert not Searcher(db_settings).search("refunded credit courier", k=10, mode="lexical")
    assert ingest_paths([write(tmp_path / "again" / "intercom.csv", buf.getvalue())], db_settings).total("added") == 0


def test_review_content_not_its_title_and_a_surveys_chosen_options_are_fields(db_settings, tmp_path):
    """A meal-kit tester's exports (session 35): Trustpilot's "Review Content" beside "Review Title" was no text
    column, so all 200 reviews were stored as their titles ("Disappointed", "Great!"); a Typeform cancellation survey's
    closed question ("What's the main reason you're cancelling?") made an item of every chosen option beside the
    free-text answer (190 responses, 361 items; 33 "Other" became a theme), and its "#" response id was redacted as a
    secret on every answer; Google Play's "Review Submit Millis Since Epoch" passed Luhn and was shown as <CARD>."""
    trustpilot = ("Review ID,Review Created (UTC),Review Title,Review Content,Review Stars,Reply Content\n"
                  "tp1,2026-11-18 22:17:11,Disappointed,The chilled box arrived warm and the fish smelled off.,1,\n"
                  "tp2,2026-11-19 18:13:52,Great!,Best meal kit we've tried and the recipes are easy to follow.,5,"
                  "Thank you so much for taking the time to leave this lovely review for our whole team!\n")
    report = ingest_paths([write(tmp_path / "trustpilot.csv", trustpilot)], db_settings)
    assert (report.files[0].columns["text"], report.files[0].columns["title"]) == ("Review Content", "Review Title")
    assert rows(db_settings, "SELECT text FROM feedback ORDER BY id")[0][0].endswith(
        "The chilled box arrived warm and the fish smelled off.")
    reasons = ["It's too expensive", "Delivery problems", "Other", "Quality of ingredients", "Moving house"]
    survey = io.StringIO()
    out = csv.writer(survey)
    out.writerow(["#", "What's the main reason you're cancelling?", "Anything else you'd like to tell us?",
                  "Submit Date (UTC)"])
    for i in range(40):
        out.writerow([f"{i:032x}", reasons[i % 5], f"Answer number {i} about the box and the recipes this week.",
                      f"2026-10-{1 + i % 28:02d} 10:00:00"])
    report = ingest_paths([write(tmp_path / "typeform_cancellation.csv", survey.getvalue())], db_settings)
    assert report.files[0].added == 40 and report.files[0].columns["external_id"] == "#"
    stored = rows(db_settings, "SELECT text, metadata, external_id, redacted FROM feedback WHERE source = "
                               "'typeform_cancellation' ORDER BY external_id")
    assert all(t.startswith("Answer number") for t, _, _, _ in stored)
    assert stored[0][1]["What's the main reason you're cancelling?"] == "It's too expensive"
    assert stored[0][2] == f"{0:032x}" and not any(r for _, _, _, r in stored)
    play = ("Review Submit Millis Since Epoch,Star Rating,Review Text\n"
            "1763476631009,2,The promo code was rejected at checkout again\n")
    assert luhn_ok("1763476631009")
    ingest_paths([write(tmp_path / "play.csv", play)], db_settings)
    meta = rows(db_settings, "SELECT metadata FROM feedback WHERE text LIKE 'The promo code%'")[0][0]
    assert meta["Review Submit Millis Since Epoch"] == "1763476631009"
