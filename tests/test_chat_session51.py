"""Session 51: questions of an HR/payroll tester's that the chat read by their words."""

from __future__ import annotations

import pytest

from assistant.chat.router import route_question


@pytest.mark.parametrize("question, topic", [
    ("How many distinct customers gave feedback?", ""),  # was 'gave': the items that say "gave"
    ("How many customers left feedback in October?", ""),
    ("How many people left a review about the price?", "price"),
    ("How many users left reviews about dark mode?", "dark mode"),
])
def test_giving_feedback_is_no_subject(question, topic):
    route = route_question(question)
    assert route.kind == "count" and route.topic == topic, (route.kind, route.topic)


@pytest.mark.parametrize("question, kept", [
    ("Are customers threatening to churn?", True),  # who may leave: no export of cancellations
    ("Which accounts are at risk of churn?", True),
    ("Which plan has the most churn?", False),  # a cancel export's sessions
])
def test_churn_as_what_people_may_do_names_no_cancellation_source(question, kept):
    """An HR tester's "Are customers threatening to churn?" was cut to a call note named 'churn-risk' and found
    nothing close enough; the 18 items saying they may leave were elsewhere."""
    from assistant.chat.context import _source_kind_named
    from retrieval.filters import Filters

    sources = ["2026-10-29_brightwell-nurseries_churn-risk", "helpscout_conversations", "g2_reviews"]
    filters, _ = _source_kind_named(question, Filters(), sources)
    assert (filters == Filters()) is kept, filters


def test_a_review_sites_alternatives_considered_names_competitors_and_went_wrong_is_no_switch(db_settings, tmp_path):
    """An HR tester's "Which competitors are mentioned?" named 'Photo' ("Quick one - Photo upload of receipts fails,
    spins then 'something went wrong'"), beside Capterra's "Alternatives Considered" column of Personio, BrightHR,
    Gusto and Breathe."""
    from assistant.chat.competitor_facts import competitor_facts, names_competitors
    from retrieval.db import Database
    from retrieval.filters import Filters
    from tests.support.chat import ingest_lines

    assert names_competitors("Alternatives Considered") and names_competitors("Other products considered")
    assert not names_competitors("Considered")
    ingest_lines(db_settings, tmp_path / "tickets.csv", [
        "Subject,Preview,Created At",
        *(f"Receipts {k},Quick one - Photo upload of receipts fails {k} times then 'something went wrong',2026-10-0{k}"
          for k in range(1, 5)),
        "Pricing,We are switching to Personio at renewal,2026-10-06",
        "Pricing,Personio is cheaper than this for our size,2026-10-07"])
    with Database(db_settings).connect() as conn:
        facts = competitor_facts(conn, Filters())
    text = "\n".join(facts.lines)
    assert "Personio: 2 items" in text and "Photo" not in text, text
