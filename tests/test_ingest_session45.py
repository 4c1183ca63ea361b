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
