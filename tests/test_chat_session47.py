"""Session 47: questions of an edtech tester and the words a question asks with."""

from __future__ import annotations

import re

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


def test_an_answer_naming_no_competitor_is_not_ranked_among_the_competitors(db_settings, tmp_path):
    """A telehealth tester's cancellation survey answered "None / not sure" 49 times; it was the second competitor."""
    rivals = ["Seesaw"] * 9 + ["None / not sure"] * 7 + ["Kahoot!"] * 5 + ["Don't know"] * 3 + ["Google Classroom"] * 2
    ingest_lines(db_settings, tmp_path / "cancellations.csv", ["Customer,Cancelled At,Reason,Switching to,Comment"] + [
        f"cus_{k},2026-09-{1 + k % 28:02d},too_expensive,{rival},The price rise was too much for me ({k})"
        for k, rival in enumerate(rivals)])
    answer = code_only_answer(db_settings, "Which competitors are customers switching to?")
    ranked = re.findall(r"^\d+\. ([^:]+): (\d+)", answer.text, re.MULTILINE)
    assert ranked[:3] == [("Seesaw", "9"), ("Kahoot!", "5"), ("Google Classroom", "2")], answer.text[:800]
    assert "None / not sure" not in dict(ranked) and "'None / not sure' 7" in answer.text, answer.text[:800]
