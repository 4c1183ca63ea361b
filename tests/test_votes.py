"""A feature board's votes (Canny, Productboard: a "Votes" column): "Which requests have the most votes?" ranks themes
by them, and a plan's reach counts the people who voted. A tester's board said 1,459 votes for dietary filters; the
chat answered "No feedback items about 'votes'" and the plan left dietary filters out of its top 8."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pytest

from assistant.chat import AskOptions, Chat
from assistant.chat.router import route_question
from tests.support.chat import code_only_answer
from tests.support.database import fresh_database
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write
from retrieval.ingest import ingest_paths

DIETARY = ["Vegan filter for the weekly menu", "Dietary filters: vegetarian, vegan, gluten free",
           "Filter recipes by allergy (nuts, dairy)", "Show only vegetarian recipes", "Gluten free filter please",
           "Let me hide recipes with pork", "Keto and low carb filter", "Dairy free recipe filter"]
PAUSE = ["Pause my subscription while on holiday", "Skip deliveries for a few weeks", "Pause instead of cancel",
         "Holiday pause for the subscription", "Let me pause deliveries for a month", "Put my plan on hold",
         "Pause button for summer", "Suspend my subscription temporarily"]


@pytest.fixture(scope="module")
def board(pg_server, tmp_path_factory, models_cache):
    from assistant.themes import summarize

    home = tmp_path_factory.mktemp("votes")
    settings = fresh_database(pg_server, "m_votes_module", home / "pma", models_cache)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Title", "Details", "Votes", "Created"])
    w.writerows((t, "", 150, f"2026-10-{k + 1:02d}") for k, t in enumerate(DIETARY))  # no details: the title
    w.writerows((t, "We travel a lot in summer", 20, f"2026-10-{k + 11:02d}") for k, t in enumerate(PAUSE))
    ingest_paths([write(home / "board.csv", buf.getvalue())], settings)
    summarize(settings, llm=None)
    return settings


def _theme_votes(settings) -> dict[int, list[int]]:
    """Each theme's items' votes, read from the database."""
    from retrieval.db import Database

    with Database(settings).connect() as conn:
        rows = conn.execute("SELECT ft.theme_id, (f.metadata ->> 'Votes')::int FROM feedback f "
                            "JOIN feedback_themes ft ON ft.feedback_id = f.id").fetchall()
    out: dict[int, list[int]] = {}
    for theme, votes in rows:
        out.setdefault(theme, []).append(votes)
    return out


def test_which_requests_have_the_most_votes_ranks_themes_by_votes(board):
    route = route_question("Which requests have the most votes?")
    assert route.kind == "top" and route.by_votes and route.focus == "requests"
    answer = Chat(board, llm=FakeLLM("x")).ask("Which requests have the most votes?", options=AskOptions(max_new_tokens=32))
    shown = {int(n.key.split(":")[1]): n.value for n in answer.numbers_used
             if n.key.startswith("theme:") and n.key.endswith(":votes")}
    expected = {t: sum(v) for t, v in _theme_votes(board).items() if t}
    assert shown and all(shown[t] == expected[t] for t in shown)
    themes = answer.text[answer.text.index("Themes with the most votes"):]  # after the single most voted items
    ranked = [line for line in themes.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert f"{max(expected.values()):,} votes" in ranked[0], answer.text  # the dietary posts: 150 votes each
    listed = [int(v.replace(",", "")) for v in re.findall(r"([\d,]+) votes", " ".join(ranked))]
    assert listed == sorted(shown.values(), reverse=True)[:len(ranked)]  # most votes first
    assert "votes from 'Votes'" in answer.text


def test_a_plans_reach_counts_the_people_who_voted(board):
    from assistant.recommend.evidence import gather
    from assistant.recommend.rice import score
    from retrieval.db import Database
    from retrieval.filters import Filters

    with Database(board).connect() as conn:
        evidence = gather(conn, Filters(), 90)
    votes = _theme_votes(board)
    for ev in evidence.themes:
        assert ev.more_voters == sum(v - 1 for v in votes[ev.theme_id]) and ev.votes_key == "Votes"
    top = max(evidence.themes, key=lambda e: e.more_voters)
    rice = score(replace(top, trend={}), 1.0)
    assert rice.reach == top.distinct_users + top.anonymous_items + top.more_voters > 500
    assert "more people who voted for its items ('Votes'" in rice.reach_basis
    # the problem statement names the items' authors as people and the voters apart (a tester's plan said "from 719
    # distinct users" where 44 wrote and 675 voted)
    from assistant.recommend.draft import problem_statement
    from assistant.recommend.rice import reach_of

    text = problem_statement(top, evidence.total_items, reach_of(top, "users")[0], 90)
    assert f"(and {top.more_voters} more people voted for them) are about" in text
    assert str(top.distinct_users + top.anonymous_items + top.more_voters) not in text


def test_a_count_of_requests_gives_the_votes_they_carry(board):
    """A tester's "How many reminder requests are there and how many votes do they have?" got 49 items and no
    vote, while the ranking by votes said 402: a count over items that carry a vote count gives their sum."""
    from retrieval.db import Database

    question = "How many requests are about pausing the subscription and how many votes do they have?"
    answer = Chat(board, llm=FakeLLM("")).ask(question, options=AskOptions(max_new_tokens=16))
    numbers = {n.key: n.value for n in answer.numbers_used}
    with Database(board).connect() as conn:
        votes = dict(conn.execute("SELECT f.id, (f.metadata ->> 'Votes')::int FROM feedback f").fetchall())
    counted = answer.matched_ids
    assert counted and numbers["votes"] == sum(votes[i] for i in counted) and numbers["items_with_votes"] == len(counted)
    assert f"{numbers['votes']:,} votes ('Votes') on the {len(counted)} of them" in answer.text, answer.text


def test_github_thumbs_up_reactions_are_votes(db_settings, tmp_path):
    """GitHub's issues API gives each issue's thumbs-up as reactions."+1": a developer-platform tester's SDK
    repositories held 348 for a WhatsApp template API, and "Which requests have the most votes?" said no item carries
    a vote count."""
    import json

    from retrieval.db import Database

    def issue(number: int, title: str, up: int) -> dict:
        return {"id": 1000 + number, "number": number, "title": title, "body": f"{title}. We need this for our app.",
                "user": {"login": f"dev{number}", "id": 500 + number}, "created_at": f"2026-10-{number:02d}T10:00:00Z",
                "labels": [{"name": "enhancement"}], "reactions": {"total_count": up + 2, "+1": up, "-1": 1, "heart": 1}}

    issues = [issue(1, "API to submit WhatsApp message templates", 348), issue(2, "WhatsApp template API", 12),
              issue(3, "Create WhatsApp templates from code", 0), issue(4, "Retry webhooks on 5xx", 7)]
    path = write(tmp_path / "sdk-issues.json", json.dumps(issues))
    ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        from assistant.themes.view import votes_key

        assert votes_key(conn, "TRUE", []) == "reactions.+1"
    answer = code_only_answer(db_settings, "How many issues ask for WhatsApp templates and how many votes "
                                                    "do they have?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    with Database(db_settings).connect() as conn:
        up = dict(conn.execute("SELECT id, (metadata ->> 'reactions.+1')::int FROM feedback").fetchall())
    assert answer.matched_ids and numbers["votes"] == sum(up[i] for i in answer.matched_ids) >= 348, answer.text


def test_the_top_voted_idea_is_named_before_the_themes(db_settings, tmp_path):
    """A feature board's top idea is one post: an HR tester's "What is the top-voted idea?" got three themes' sums,
    its Xero integration idea (612 votes, planned) third within one theme's 745."""
    from assistant.themes import summarize
    from retrieval.db import Database

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Title", "Votes", "Status", "Created"])
    w.writerows((t, 40 + k, "under review", f"2026-10-{k + 1:02d}") for k, t in enumerate(DIETARY))
    w.writerows((t, 9 + k, "open", f"2026-10-{k + 11:02d}") for k, t in enumerate(PAUSE))
    w.writerow(["Xero integration that posts payroll journals automatically", 612, "planned", "2026-10-20"])
    ingest_paths([write(tmp_path / "board.csv", buf.getvalue())], db_settings)
    summarize(db_settings, llm=None)
    answer = code_only_answer(db_settings, "What is the top voted idea?")
    with Database(db_settings).connect() as conn:
        top = conn.execute("SELECT id, (metadata ->> 'Votes')::int, metadata ->> 'Status' FROM feedback "
                           "ORDER BY 2 DESC, id LIMIT 3").fetchall()
    lines = answer.text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1."))
    assert "Single items with the most votes" in lines[first - 1], answer.text
    for rank, (fid, votes, status) in enumerate(top, start=1):
        assert lines[first + rank - 1].endswith(f": {votes:,} votes, status '{status}' [F{fid}]."), answer.text
    assert {n.key: n.value for n in answer.numbers_used}[f"item:{top[0][0]}:votes"] == 612
    assert answer.text.index("Single items") < answer.text.index("Themes with the most votes")
