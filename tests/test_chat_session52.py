"""Session 52: questions the chat read by their words where the feedback's own columns answer them."""

from __future__ import annotations

import pytest

from tests.support.chat import code_only_answer, ingest_lines

COMPANIES = {"Lindqvist Logistik": 4, "Brightwave Brokers": 3, "Nordic Brokers": 2, "Nordic Cover": 5}


@pytest.fixture
def tickets(db_settings, tmp_path):
    rows = ["Ticket ID,Organization,Subject,Description,Created at"]
    k = 0
    for company, n in COMPANIES.items():
        for _ in range(n):
            k += 1
            rows.append(f"{k},{company},Commission,The commission report totals are wrong again ({k}),"
                        f"2026-10-{k:02d}")
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", rows)
    return db_settings


@pytest.mark.parametrize("question, company", [
    ("What does Lindqvist complain about?", "Lindqvist Logistik"),
    ("What did Lindqvist's team ask for?", "Lindqvist Logistik"),
    ("How many tickets did Brightwave send?", "Brightwave Brokers"),
])
def test_a_company_named_by_the_first_word_of_its_name_scopes_the_question(tickets, question, company):
    """A broker's call notes said "Company: Lindqvist Logistik"; "What does Lindqvist complain about?" answered that
    no stored item mentions 'Lindqvist'."""
    answer = code_only_answer(tickets, question)
    assert list(answer.filters.get("where", {}).values()) == [company], (question, answer.filters)
    assert f"{COMPANIES[company]} feedback items in scope" in answer.text, answer.text


def test_a_first_word_two_companies_share_names_neither(tickets):
    answer = code_only_answer(tickets, "What does Nordic complain about?")
    assert not answer.filters.get("where"), answer.filters


@pytest.mark.parametrize("question, topic", [
    ("How many tickets did customers send?", ""),  # was 'send'
    ("How many reviews have users left about login?", "login"),  # was 'left login'
    ("How many tickets did customers open about the renewal price?", "renewal price"),
    ("How many users did we lose?", "lose"),  # losing them is what is asked
])
def test_sending_feedback_said_after_it_is_no_subject(question, topic):
    from assistant.chat.router import route_question

    route = route_question(question)
    assert route.kind == "count" and route.topic == topic, (route.kind, route.topic)
