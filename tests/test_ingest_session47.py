"""Ingest findings of an edtech tester (session 47): Intercom's conversation rating in words, and where people are
from written as "QC, Canada" (Intercom's Location), as a province code (a Typeform hidden field) or as a call's
"Region: QC"."""

from __future__ import annotations

import pytest

from retrieval.db import Database
from retrieval.ratings import parse_rating
from tests.support.chat import code_only_answer, ingest_lines

INTERCOM = {"Amazing": 5, "Great": 4, "OK": 3, "Bad": 2, "Terrible": 1}


@pytest.mark.parametrize("words, stars", INTERCOM.items())
def test_intercoms_conversation_rating_reads_as_stars(words, stars):
    assert parse_rating(words, 5) == stars


def intercom_rows(n: int = 30) -> list[str]:
    locations = ["QC, Canada", "TX, United States", "ON, Canada", "Austin, TX, United States", "Paris, France"]
    ratings = ["Amazing", "Great", "", "Terrible", "Bad", "OK"]
    return ["Conversation ID,Created at,User type,Location,First message,Conversation rating"] + [
        f"{900 + k},2026-10-{1 + k % 28:02d} 10:00:00 UTC,teacher,\"{locations[k % 5]}\","
        f"The gradebook export fails for my class number {k},{ratings[k % 6]}" for k in range(n)]


def test_intercom_conversations_are_rated_and_located(db_settings, tmp_path):
    report = ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", intercom_rows())
    assert report.files[0].columns["rating"] == "Conversation rating", report.files[0].columns
    with Database(db_settings).connect() as conn:
        rows = conn.execute("SELECT metadata ->> 'Location', metadata ->> 'country', metadata ->> 'state', rating "
                            "FROM feedback ORDER BY external_id").fetchall()
    assert {(loc, country, state) for loc, country, state, _ in rows} == {
        ("QC, Canada", "Canada", "QC"), ("TX, United States", "United States", "TX"), ("ON, Canada", "Canada", "ON"),
        ("Austin, TX, United States", "United States", "TX"), ("Paris, France", "France", None)}
    assert sorted({r for *_, r in rows if r is not None}) == [1, 2, 3, 4, 5]
    answer = code_only_answer(db_settings, "What is our CSAT?")
    assert "CSAT 40% (10 of 25 ratings are 4 or 5)" in answer.text, answer.text[:500]
    canada = code_only_answer(db_settings, "How many conversations came from Canada?")
    assert canada.filters["where"] == {"country": "Canada"} and "12 feedback items" in canada.text, canada.text[:400]


def test_a_province_says_its_country(db_settings, tmp_path):
    """A Typeform hidden field "province_state" of "QC" or "TX", and a call's "Region: QC": the state and its country."""
    ingest_lines(db_settings, tmp_path / "typeform_responses.csv", ["Submitted At,province_state,What should we improve?"]
                 + [f"2026-10-{1 + k:02d},{('QC', 'TX', 'CA', 'Texas')[k % 4]},Reports need more detail {k}"
                    for k in range(12)])
    ingest_lines(db_settings, tmp_path / "call_notes.csv", ["Date,Region,Note"]
                 + [f"2026-10-{1 + k:02d},{('QC', 'CA', 'EMEA')[k % 3]},Asked about the Canvas integration {k}"
                    for k in range(9)])
    with Database(db_settings).connect() as conn:
        rows = conn.execute("SELECT source, metadata ->> 'state', metadata ->> 'country' FROM feedback").fetchall()
    assert {r for r in rows if r[0] == "typeform_responses"} == {
        ("typeform_responses", "QC", "Canada"), ("typeform_responses", "TX", "United States"),
        ("typeform_responses", "CA", "United States")}  # a state column's "CA" is California
    # a region's "QC" is a province; "CA" (California or Canada) and "EMEA" are neither
    assert {r for r in rows if r[0] == "call_notes"} == {("call_notes", "QC", "Canada"), ("call_notes", None, None)}


def test_a_customer_files_dates_are_stored_as_days(db_settings, tmp_path):
    """Salesforce writes "Renewal Date" as 04/03/2027 (month first): "Which accounts renew soonest?" read no renewal
    date and listed the accounts by revenue."""
    from retrieval.customers import import_customers
    from tests.support.paths import write

    path = write(tmp_path / "salesforce_accounts.csv", "Account Name,Annual Revenue,Renewal Date,Primary Contact Email,"
                 "Health Score\nAustin Ridge ISD,30600.00,04/03/2027,a@austin.example.org,59\n"
                 "Peel Lakes DSB,9800.00,12/25/2026,b@peel.example.org,71\n")
    import_customers(Database(db_settings), path)
    with Database(db_settings).connect() as conn:
        rows = dict(conn.execute("SELECT account, metadata ->> 'Renewal Date' FROM customers").fetchall())
        scores = {r for (r,) in conn.execute("SELECT metadata ->> 'Health Score' FROM customers")}
    assert rows == {"Austin Ridge ISD": "2027-04-03", "Peel Lakes DSB": "2026-12-25"}, rows
    assert scores == {"59", "71"}  # not a date column
