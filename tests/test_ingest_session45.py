"""Session 45, from a neobank tester's customer-success call notes: one markdown file per quarter, one heading per
call ("## 15.03.2026 - Richter Umzüge UG"), the account's properties on one line split by "|", and "Notes:" /
"Next steps:" label lines. 94 items were stored without a date, the property line, the labels, the file's intro and
the team's own follow-ups ("Pieter Bos to follow up by e-mail within a week.") were items, and no note knew its plan."""

from __future__ import annotations

from retrieval.ingest import ingest_paths
from tests.support.paths import write
from tests.test_ingest import rows

CALLS = """# Customer calls Q2 2026 - CS & Sales notes

Shared notes from customer success and sales calls. Owner: Lisa Wagner.

## 02.04.2026 - Kelly Design
Account: Kelly Design (ACC-1057) | Plan: Pro | Country: IE | MRR: 19 EUR
Attendees: Aoife Kelly (aoife@kellydesign.ie), Pieter Bos (CS)

Notes:
- Invoices in GBP/USD are a blocker for their UK clients.
- FX markup on USD payouts is painful.

### Quotes
- "Your chat support is the fastest I have seen."

Next steps:
- Pieter Bos to follow up by e-mail within a week.
- Log the request in Canny.

## 6 May 2026 - Moser Software OG
Account: Moser Software OG | Plan: Smart | Country: AT

**Notes:**
- Would love a tax pot for VAT.

## Open questions
- Does anyone else ask for a VAT reserve?
"""


def test_call_notes_with_a_dated_heading_per_call(db_settings, tmp_path):
    report = ingest_paths([write(tmp_path / "cs_call_notes_Q2_2026.md", CALLS)], db_settings)
    got = rows(db_settings, "SELECT text, created_at::date::text, segment, metadata->>'Account', metadata ? 'Attendees'"
                            " FROM feedback ORDER BY id")
    assert got == [
        ("Invoices in GBP/USD are a blocker for their UK clients.", "2026-04-02", "Pro", "Kelly Design (ACC-1057)", False),
        ("FX markup on USD payouts is painful.", "2026-04-02", "Pro", "Kelly Design (ACC-1057)", False),
        ('"Your chat support is the fastest I have seen."', "2026-04-02", "Pro", "Kelly Design (ACC-1057)", False),
        ("Would love a tax pot for VAT.", "2026-05-06", "Smart", "Moser Software OG", False),
        # a heading without a date ends the dated call above it: its lines carry no date of another call
        ("Does anyone else ask for a VAT reserve?", None, None, None, False)]
    assert report.total("rejected") == 0
    countries = rows(db_settings, "SELECT DISTINCT metadata->>'country' FROM feedback WHERE segment IS NOT NULL")
    assert sorted(c for (c,) in countries) == ["Austria", "Ireland"]


def test_a_label_line_alone_is_no_item_but_a_sentence_with_a_colon_is():
    from retrieval.notes import items_from_lines, markdown_lines

    text = "# Interview\n\nPain points:\n\n- Exports time out: every Monday.\n\nWe asked:\n\nIs the price fair?\n"
    assert [v["text"] for _, v in items_from_lines(markdown_lines(text))] == [
        "Exports time out: every Monday.", "Is the price fair?"]


def test_intercom_tags_are_stored_as_their_names_and_filter(db_settings, tmp_path):
    """Intercom wraps a conversation's tags in a list object ({"type": "tag.list", "tags": [{"type": "tag", "id":
    "100", "name": "KYC"}]}): they were stored as that JSON under "tags.tags", and --where tags=KYC found nothing."""
    import json

    from retrieval.db import Database
    from retrieval.filters import Filters

    def conversation(n: int, body: str, *tags: str) -> dict:
        return {"type": "conversation", "id": str(n), "created_at": 1772453851 + n * 86400,
                "source": {"type": "conversation", "body": f"<p>{body}</p>", "author": {"type": "user", "id": f"u{n}"}},
                "tags": {"type": "tag.list", "tags": [{"type": "tag", "id": str(90 + i), "name": t}
                                                      for i, t in enumerate(tags)]}}

    export = {"type": "conversation.list", "conversations": [
        conversation(1, "Video identification has been pending for 12 days.", "KYC", "German"),
        conversation(2, "The FX fee on USD payouts is far too high.", "Fees")]}
    ingest_paths([write(tmp_path / "intercom_conversations.json", json.dumps(export))], db_settings)
    assert rows(db_settings, "SELECT metadata->>'tags' FROM feedback ORDER BY id") == [('["KYC", "German"]',),
                                                                                       ('["Fees"]',)]
    with Database(db_settings).connect() as conn:
        sql, params = Filters.from_cli(where=["tags=KYC"]).sql(conn)
        got = conn.execute(f"SELECT f.text FROM feedback f WHERE {sql}", params).fetchall()
    assert got == [("Video identification has been pending for 12 days.",)]


def test_a_plan_written_in_two_cases_is_one_plan_in_stats(db_settings, tmp_path):
    """A neobank tester's help desk wrote "Smart" and its survey "smart": `pma stats` listed Smart 184 and smart
    102 (and Free / free, Pro / pro) as separate plans."""
    from retrieval.db import Database
    from retrieval.stats import feedback_stats

    tickets = "date,text,plan\n2026-10-01,Card declined at the pharmacy,Smart\n2026-10-02,Top-up is slow,Pro\n"
    survey = "date,text,plan\n2026-10-03,Great support team,smart\n2026-10-04,Too expensive for what it is,smart\n"
    ingest_paths([write(tmp_path / "tickets.csv", tickets), write(tmp_path / "survey.csv", survey)], db_settings)
    assert feedback_stats(Database(db_settings))["by_segment"] == {"Smart": 3, "Pro": 1}


def _conversations(n: int) -> str:
    import json

    return json.dumps({"type": "conversation.list", "conversations": [
        {"type": "conversation", "id": str(200 + i), "created_at": 1772453851 + i * 3600,
         "source": {"type": "conversation", "body": f"<p>Card declined at the bakery number {i}</p>"},
         "user": {"type": "user", "id": f"u{i}", "email": f"owner{i}@bakery{i}.de"}} for i in range(n)]})


def test_an_intercom_user_is_read_by_e_mail_and_a_second_mapping_rereads_it(db_settings, tmp_path):
    """A neobank tester's conversations were keyed by user.id, so none joined the customer file (keyed by e-mail);
    ingesting the export again with --map user.email=user stored all 340 conversations a second time."""
    path = write(tmp_path / "intercom_conversations.json", _conversations(5))
    first = ingest_paths([path], db_settings)
    assert first.files[0].columns["user"] == "user.email"
    before = rows(db_settings, "SELECT external_id, author_hash FROM feedback ORDER BY id")
    again = ingest_paths([path], db_settings, mapping={"user": "user.id"})
    assert (again.total("added"), again.total("duplicates"), again.files[0].users_reread) == (0, 5, 5)
    after = rows(db_settings, "SELECT external_id, author_hash FROM feedback ORDER BY id")
    assert [e for e, _ in after] == [e for e, _ in before] and all(a != b for (_, a), (_, b) in zip(after, before))
    unchanged = ingest_paths([path], db_settings, mapping={"user": "user.id"})
    assert (unchanged.total("added"), unchanged.files[0].users_reread) == (0, 0)


def test_a_german_e_mail_column_is_the_user(db_settings, tmp_path):
    survey = ("Zeitstempel,E-Mail-Adresse,Möchtest du uns noch etwas sagen?\n"
              "11.03.2026 10:41:17,lukas@example.de,Zu hohe Wechselkursgebühren für meine Kunden in den USA\n"
              "12.03.2026 12:00:39,anna@example.de,Die Verifizierung hat drei Wochen gedauert und nichts ging\n")
    report = ingest_paths([write(tmp_path / "kontoschliessung_umfrage.csv", survey)], db_settings)
    assert report.files[0].columns["user"] == "E-Mail-Adresse"


def test_the_companys_reply_to_a_review_is_not_kept(db_settings, tmp_path):
    """A neobank tester's Trustpilot export kept "Reply Content" ("Thanks a lot for the kind words, Declan! The
    Kontor team") with each review: the team's words, and the customer's first name with them."""
    export = ("Review ID,Review Created (UTC),Review Content,Review Stars,Reply Content,Company Reply Date (UTC)\n"
              "tp1,2026-11-05 10:00:00,My employer rejects the German IBAN for payroll,2,"
              "\"Thanks a lot for the kind words, Declan! The Kontor team\",2026-11-05 18:45:00\n")
    ingest_paths([write(tmp_path / "trustpilot_reviews.csv", export)], db_settings)
    (metadata,), = rows(db_settings, "SELECT metadata FROM feedback")
    assert "Reply Content" not in metadata and "Declan" not in str(metadata)
    assert metadata["Company Reply Date (UTC)"].startswith("2026-11-05")
