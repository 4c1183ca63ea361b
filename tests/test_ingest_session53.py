"""Session 53: exports of a B2B analytics tester (G2, Capterra, Freshdesk, Canny, Delighted, Gong, Slack)."""

from __future__ import annotations

from retrieval.db import Database
from retrieval.ingest import ingest_paths
from retrieval.stats import feedback_stats
from tests.support.paths import write


def test_company_size_bands_are_each_a_segment(db_settings, tmp_path):
    """Capterra's "Company Size" bands ("11-50 employees", "201-500 employees") lost their numbers when plans
    spelt several ways were read as one, so an analytics tester's `pma stats` listed one segment "Employees 240"."""
    ingest_paths([write(tmp_path / "capterra_reviews.csv",
                        "Reviewer,Company Size,Date,Overall Rating,Pros,Cons\n"
                        "Jacob S.,1001-5000 employees,\"Mar 04, 2026\",5,Dashboards are fast.,Docs are messy.\n"
                        "Yuki W.,2-10 employees,\"Jul 20, 2026\",4,Cohort charts are great.,Too expensive now.\n"
                        "Chloe W.,51-200 employees,\"Nov 15, 2026\",2,Support is responsive.,Overpriced for us.\n"
                        "Ana P.,51-200 Employees,\"Nov 16, 2026\",3,Funnels are clear.,SSO setup was slow.\n")],
                 db_settings)
    by_segment = feedback_stats(Database(db_settings))["by_segment"]
    assert by_segment == {"51-200 Employees": 4, "1001-5000 employees": 2, "2-10 employees": 2}, by_segment


def test_an_sdk_version_dates_tickets_by_release_notes_of_several_product_lines(db_settings, tmp_path, monkeypatch,
                                                                                capsys):
    """An analytics tester's Freshdesk tickets carried "SDK Version" 5.2.0, read as no version, so its release notes
    dated none of them ("0 version(s) of the stored feedback are dated by them"); and its web app and Android SDK
    releases were listed alike, as versions alone."""
    from tests.support.cli import run_in_process

    ingest_paths([write(tmp_path / "freshdesk_tickets.csv",
                        "Ticket ID,Subject,Description,Created time,Platform,SDK Version\n"
                        "1,App crash,The Android SDK crashes our app on startup,2026-07-10 10:00:00,Android,5.2.0\n"
                        "2,Funnel wrong,The funnel chart shows 0% for step 3,2026-07-11 10:00:00,Web,\n")], db_settings)
    notes = write(tmp_path / "release_notes.md", "# Release notes\n\n## Web 2026.6.1 - 2026-06-09\n\n- Fixed funnel "
                                                 "conversion\n\n## Android SDK 5.2.0 - 2026-07-07\n\n- New offline "
                                                 "event queue\n")
    code, out = run_in_process(db_settings, monkeypatch, capsys, "releases", "import", str(notes))
    assert code == 0 and "1 version(s) of the stored feedback are dated by them" in out.out, out
    code, out = run_in_process(db_settings, monkeypatch, capsys, "releases", "list")
    lines = [line.split(None, 3) for line in out.out.splitlines() if line[:1].isdigit()]
    assert [(v, n, said) for v, _, n, said in lines] == [
        ("2026.6.1", "0", "items  Web: Fixed funnel conversion"),
        ("5.2.0", "1", "items  Android SDK: New offline event queue")], out.out


def _call(folder, name: str, account: str, said: str):
    return write(folder / name, f"# Gong call notes: {account}\n\nDate: 2026-07-17\nAccount: {account}\n\n## Notes\n\n"
                                f"- {said}\n")


def test_call_notes_of_one_folder_named_alike_are_one_source(db_settings, tmp_path, monkeypatch, capsys):
    """An analytics tester's eight Gong call notes ("gong/gong_kessler_2026-07-06.md", one file per customer call)
    were eight sources, gong_kessler to gong_tidewater; and its Slack export's 120 day files printed 240 lines."""
    from tests.support.cli import run_in_process

    folder = tmp_path / "gong"
    _call(folder, "gong_helix_2026-07-17.md", "Helix Health Ltda", "The warehouse sync is a day late.")
    ingest_paths([folder / "gong_helix_2026-07-17.md"], db_settings)  # one file alone: its own name, as before
    for n, account in enumerate(("Kessler Health Ltd", "Pinecrest Health", "Quantix", "Rheinwerk GmbH", "Takumi")):
        _call(folder, f"gong_{account.split()[0].lower()}_2026-08-0{n + 1}.md", account,
              f"{account} wants scheduled PDF exports of dashboards, call {n}.")
    code, out = run_in_process(db_settings, monkeypatch, capsys, "ingest", str(folder))
    assert code == 0 and out.out.startswith(f"{folder}/ (6 files): read 6, added 5, duplicates 1"), out.out
    with Database(db_settings).connect() as conn:
        by_source = dict(conn.execute("SELECT source, count(*) FROM feedback GROUP BY 1").fetchall())
        sections = {s for (s,) in conn.execute("SELECT metadata->>'section' FROM feedback WHERE source = 'gong'")}
    # the call stored before keeps its source (stored again under 'gong' it would be two items)
    assert by_source == {"gong": 5, "gong_helix": 1}, by_source
    assert "Gong call notes: Kessler Health Ltd > Notes" in sections, sections


def test_a_contacts_name_in_its_column_is_redacted_and_not_counted(db_settings, tmp_path):
    """Freshdesk's "Contact" column: an analytics tester's ingest said "redacted 434" of 560 tickets where the text
    of 19 held PII, each contact's name counted as a redaction in the feedback."""
    report = ingest_paths([write(tmp_path / "freshdesk_tickets.csv",
                                 "Ticket ID,Subject,Description,Created time,Contact,Company\n"
                                 "1,Funnel wrong,The funnel chart shows 0%,2026-07-11 10:00:00,Chloe Lefebvre,"
                                 "Pinecrest\n"
                                 "2,Sync late,Warehouse sync is late. Call me on +44 20 7946 0958,2026-07-12 10:00:00,"
                                 "Rafael Tanaka,Helix Health\n")], db_settings)
    assert report.total("redacted") == 1, report.as_dict()
    with Database(db_settings).connect() as conn:
        contacts = [c for (c,) in conn.execute("SELECT metadata->>'Contact' FROM feedback ORDER BY external_id")]
    assert contacts == ["<NAME>", "<NAME>"], contacts
