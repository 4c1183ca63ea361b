"""Ingest findings of a telehealth tester (session 46): a SurveyMonkey CSAT question answered in words."""

from __future__ import annotations

import random

import pytest

from assistant.chat.context import AskOptions
from assistant.chat.engine import Chat
from retrieval.ingest import ingest_paths
from retrieval.ratings import parse_rating
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write

FAST = AskOptions(save=False)
SCALE = {"Very satisfied": 5, "Satisfied": 4, "Neither satisfied nor dissatisfied": 3, "Dissatisfied": 2,
         "Very dissatisfied": 1}


@pytest.mark.parametrize("words,stars", [*SCALE.items(), ("very  SATISFIED", 5), ("Somewhat dissatisfied", 2),
                                         ("Neutral", 3), ("Extremely satisfied", 5)])
def test_a_satisfaction_scale_in_words_reads_as_stars(words, stars):
    assert parse_rating(words, 5) == stars


@pytest.mark.parametrize("words", ["Good", "Promoter", "satisfied customers are great", "Yes"])  # "Bad": Intercom's 2
def test_other_words_are_no_rating(words):
    with pytest.raises(ValueError):
        parse_rating(words, 5)


def test_a_worded_csat_question_is_the_rating_and_csat_counts_every_answer(db_settings, tmp_path):
    """SurveyMonkey's wide export (two header rows) of a post-consultation survey: "Overall, how satisfied were you?"
    answered in words was no rating, so "What is our CSAT?" had nothing to compute from it. Answers without a
    comment count too (the top-two-box CSAT of every answer, counted here from the rows)."""
    rng = random.Random(3)
    rows, answers = [], []
    for k in range(40):
        words = rng.choice(list(SCALE))
        comment = "" if k % 4 == 0 else f"The GP consultation number {k} was about my prescription"
        answers.append(SCALE[words])
        rows.append(f"{1000 + k},11/{k % 28 + 1:02d}/2026 04:48:18 PM,{words},GP video,{comment}")
    path = write(tmp_path / "Post-consultation survey - Data All.csv",
                 "Respondent ID,Start Date,\"Overall, how satisfied were you with your consultation today?\","
                 "Which service did you use?,Is there anything else you would like to tell us?\n"
                 ",,Response,Response,Open-Ended Response\n" + "\n".join(rows) + "\n")
    report = ingest_paths([path], db_settings)
    assert report.files[0].rejected == 0, report.files[0]
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("What is our CSAT?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["rated_items"] == len(answers), answer.text
    assert numbers["csat"] == round(100 * sum(a >= 4 for a in answers) / len(answers)), answer.text
    assert numbers["average_rating"] == round(sum(answers) / len(answers), 2)


def zendesk_line(k: int) -> str:
    import json

    body = f"Charged for appointment {k} the doctor never showed up for.\n\nThanks,\nDeclan Smith"
    return json.dumps({"id": 48300 + k, "created_at": f"2026-08-{k + 1:02d}T21:35:45Z", "subject": "Refund not received",
                       "description": body, "status": "closed", "tags": ["refund", "plan_family"],
                       "requester": {"name": "Declan Smith", "email": f"declan{k}@example.com"},
                       "comments": [{"id": 1, "author_id": 36000000000, "public": True, "plain_body": body},
                                    {"id": 2, "author_id": 361111, "plain_body": "Sorry Declan, passed to the team."}]})


def test_a_zendesk_export_of_one_ticket_per_line_in_a_json_file_loads(db_settings, tmp_path):
    """Zendesk writes one ticket per line; a .json file of them was refused ("line 2: not valid JSON (Extra data)")
    until a telehealth tester renamed it .jsonl. Its comments (the description again, signed with the requester's
    name behind an escaped newline, and the agents' replies) are no metadata: the name survived there."""
    from retrieval.db import Database

    path = write(tmp_path / "zendesk_tickets.json", "\n".join(zendesk_line(k) for k in range(4)) + "\n")
    report = ingest_paths([path], db_settings)
    assert report.files[0].added == 4, report.files[0]
    with Database(db_settings).connect() as conn:
        rows = conn.execute("SELECT text, metadata::text FROM feedback").fetchall()
    assert len(rows) == 4
    for text, metadata in rows:
        assert "Declan" not in text and "Declan" not in metadata, (text, metadata)
        assert "comments" not in metadata and "plan_family" in metadata


def test_broken_json_is_still_refused_with_its_line(db_settings, tmp_path):
    from retrieval.errors import UserError

    path = write(tmp_path / "export.json", '{"id": 1, "text": "a"}\n{"id": 2, "text": \n')
    with pytest.raises(UserError, match="line 2: not valid JSON"):
        ingest_paths([path], db_settings)


def test_a_plan_kept_as_a_tag_on_every_ticket_is_the_plan(db_settings, tmp_path):
    """Zendesk exports its custom fields by number, so a telehealth tester's tickets named their plan only in a tag
    ("plan_family"): three quarters of its feedback had no plan. A tag on a few tickets ("plan_upgrade") is what they
    are about, not a plan."""
    import json

    from retrieval.db import Database

    plans = ["family", "plus", "payg", "corporate"]
    tickets = [json.dumps({"id": 900 + k, "created_at": f"2026-09-{k % 28 + 1:02d}T10:00:00Z",
                           "description": f"The courier delivery number {k} was late again",
                           "tags": ["delivery", f"plan_{plans[k % 4]}", "reg_ni"]}) for k in range(20)]
    asked = [json.dumps({"id": 990 + k, "created_at": f"2026-09-{k + 1:02d}T10:00:00Z",
                         "description": f"How do I change plan, question {k}?",
                         "tags": ["billing"] + (["plan_upgrade"] if k < 3 else [])}) for k in range(12)]
    report = ingest_paths([write(tmp_path / "zendesk_tickets.json", "\n".join(tickets) + "\n"),
                           write(tmp_path / "zendesk_billing.jsonl", "\n".join(asked) + "\n")], db_settings)
    assert "plan_" in report.files[0].columns["segment"] and not report.files[1].columns.get("segment")
    with Database(db_settings).connect() as conn:
        segments = dict(conn.execute("SELECT source, array_agg(DISTINCT coalesce(segment, '-')) FROM feedback "
                                     "GROUP BY 1").fetchall())
    assert sorted(segments["zendesk_tickets"]) == sorted(plans) and segments["zendesk_billing"] == ["-"], segments
