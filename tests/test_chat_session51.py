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


def test_a_mailbox_named_with_its_column_and_a_tag_asked_for_scope_the_question(db_settings, tmp_path):
    """An HR tester's "How many tickets were about payroll in the Payroll Support mailbox?" counted 1 item over
    every mailbox (159 are in it), and "What do tickets tagged sso say?" read two German items of every tag (84 are
    tagged so): Mailbox and Tags were stored, the chat read neither."""
    from tests.support.chat import code_only_answer, ingest_lines

    rows = ["Conversation ID,Mailbox,Tags,Created At,Preview"]
    for k in range(12):
        mailbox, tags = ("Payroll Support", "payroll, rti") if k % 3 else ("Billing", "invoice")
        rows.append(f"{k},{mailbox},\"{tags}{', sso' if k % 4 == 0 else ''}\",2026-10-{k + 1:02d},"
                    f"Payroll run {k} failed and SSO login loops too")
    ingest_lines(db_settings, tmp_path / "helpscout_conversations.csv", rows)
    answer = code_only_answer(db_settings, "How many tickets were about payroll in the Payroll Support mailbox?")
    assert answer.filters["where"] == {"Mailbox": "Payroll Support"}, answer.filters
    assert "8 feedback items about 'payroll'" in answer.text, answer.text
    answer = code_only_answer(db_settings, "How many tickets are tagged sso?")
    assert answer.filters["where"] == {"Tags": "sso"} and "3 feedback items in scope" in answer.text, answer.text


@pytest.mark.parametrize("question, topic", [
    ("How much ARR is behind the integration requests?", "integration"),  # was 'behind integration': 1 account
    ("What MRR sits behind the Xero requests?", "Xero"),
])
def test_revenue_behind_requests_is_about_the_requests(question, topic):
    route = route_question(question)
    assert route.kind == "customers" and route.topic == topic, (route.kind, route.topic)
