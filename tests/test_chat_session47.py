"""Session 47: questions of an edtech tester and the words a question asks with."""

from __future__ import annotations

import pytest

from assistant.chat.router import route_question
from tests.support.chat import code_only_answer, ingest_lines

PROBLEMS = ["The quiz sync fails offline on my iPad", "Google login keeps failing every morning",
            "The gradebook export to PowerSchool fails", "Too many notifications from the parent app"]


@pytest.mark.parametrize("question", ["Which problems hit users the most?", "Which issues cost us the most?",
                                      "What complaints bother customers the most?"])
def test_the_verb_of_which_issues_hurt_most_is_no_subject(question):
    """"Which problems hit users the most?" ranked the problems about 'hit' (the verb was taken for a subject)."""
    route = route_question(question)
    assert route.kind == "top" and route.topic == "", route


def test_which_problems_hit_users_most_ranks_every_problem(db_settings, tmp_path):
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["date,rating,review"] + [
        f"2026-10-{1 + k % 28:02d},{1 + k % 2},{PROBLEMS[k % 4] if k % 5 else 'Costs too much for a school'} ({k})"
        for k in range(40)])
    hit = code_only_answer(db_settings, "Which problems hit users the most?")
    hurt = code_only_answer(db_settings, "Which problems hurt users the most?")
    assert hit.route == "top" and "about 'hit'" not in hit.text, hit.text[:300]
    assert hit.text == hurt.text
