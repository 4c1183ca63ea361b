"""Where an idea or a ticket stands: "How many ideas are planned?" over a feature board's Status column counts the
ideas the board marks Planned. An HR tester's count read the items that say the word 'planned' (2 of the 31 its
UserVoice board marked so)."""

from __future__ import annotations

import pytest

from tests.support.chat import code_only_answer, ingest_lines

BOARD = {"Planned": ["Dark mode for the app", "Apple Pay for premiums", "Multi-car discount"],
         "In progress": ["Photo upload from the gallery", "Live tow truck tracking"],
         "Shipped": ["Green card download"],
         "Under consideration": ["Pet insurance add-on", "Pause car cover in winter"]}


@pytest.fixture
def board(db_settings, tmp_path):
    rows = ["Title,Details,Status,Created"]
    day = 0
    for status, ideas in BOARD.items():
        for k, idea in enumerate(ideas):
            for n in range(k + 2):  # 2, 3, 4 posts per idea: the counts differ by status
                day += 1
                rows.append(f"{idea},Broker asked for this again (call {n}),{status},"
                            f"2026-{day // 28 + 1:02d}-{day % 28 + 1:02d}")
    ingest_lines(db_settings, tmp_path / "uservoice_ideas.csv", rows)
    tickets = ["Ticket ID,Subject,Description,Status,Created at"]
    tickets += [f"{k},Login,The SMS login code never arrives when the app is closed ({k}),"
                f"{'open' if k % 3 else 'solved'},2026-10-{k + 1:02d}" for k in range(12)]
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", tickets)
    return db_settings


def _posts(status: str) -> int:
    return sum(k + 2 for k in range(len(BOARD[status])))


@pytest.mark.parametrize("question, status", [
    ("How many ideas are planned?", "Planned"),
    ("How many requests are under consideration?", "Under consideration"),
    ("How many feature requests have been shipped?", "Shipped"),
    ("How many of the ideas are currently in progress?", "In progress"),
    ("How many planned ideas are there?", "Planned"),
])
def test_a_status_said_of_the_ideas_counts_the_ideas_the_board_marks_so(board, question, status):
    answer = code_only_answer(board, question)
    assert answer.filters["where"] == {"Status": status}, (question, answer.filters)
    assert f"{_posts(status)} feedback items in scope" in answer.text, answer.text


def test_is_an_idea_planned_says_where_it_stands(board):
    """"Is dark mode planned?" counted the planned items about dark mode, and said none where the board marked it "in
    progress" (a fitness tester's): the items about it by status say either."""
    answer = code_only_answer(board, "Is dark mode planned?")
    assert "Status" not in answer.filters.get("where", {}), answer.filters
    assert "2 feedback items about 'dark mode'" in answer.text, answer.text
    assert "By status (items): Planned 2 (100%)" in answer.text, answer.text
    for asked in ("Is live tow truck tracking planned?", "What is the status of the live tow truck tracking idea?",
                  "Where does live tow truck tracking stand?"):
        moving = code_only_answer(board, asked)
        assert "By status (items): In progress 3 (100%)" in moving.text, (asked, moving.text)


def test_a_ticket_status_counts_tickets(board):
    answer = code_only_answer(board, "How many tickets are still open?")
    assert answer.filters["where"] == {"Status": "open"}, answer.filters
    assert "8 feedback items in scope" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "What do users say about the login code when the app is closed?",  # the app's state, not a ticket's
    "Which ideas are not planned?",  # no board value says so
    "How many users mention planned maintenance?",
])
def test_a_status_word_said_of_something_else_is_no_scope(board, question):
    answer = code_only_answer(board, question)
    assert "Status" not in answer.filters.get("where", {}), (question, answer.filters)
