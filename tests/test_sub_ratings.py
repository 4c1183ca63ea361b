"""A review site's sub-ratings (Capterra's "Value for Money", "Ease of Use", "Customer Service" beside its overall
rating) are scale questions: "What is the average Value for Money rating?" averages the column, one answer per
review. An HR tester's question found no item that says 'Value' and answered nothing."""

from __future__ import annotations

import pytest

from tests.support.chat import code_only_answer, ingest_lines

# (value for money, ease of use, customer service, votes) per review; each review is stored as two items (Pros, Cons)
REVIEWS = [(1, 5, 2, 9), (2, 4, 2, 0), (2, 3, 5, 3), (3, 5, 4, 1), (1, 4, 1, 7), (2, 2, 3, 2), (3, 5, 2, 4)]


@pytest.fixture
def capterra(db_settings, tmp_path):
    rows = ["Review Date,Overall Rating,Value for Money,Ease of Use,Customer Service,Votes,Pros,Cons"]
    rows += [f"2026-10-{k + 1:02d},4,{money},{ease},{service},{votes},Claims are paid fast ({k}),"
             f"The renewal price went up again ({k})" for k, (money, ease, service, votes) in enumerate(REVIEWS)]
    ingest_lines(db_settings, tmp_path / "capterra_reviews.csv", rows)
    return db_settings


@pytest.mark.parametrize("question, column, index", [
    ("What is the average Value for Money rating?", "Value for Money", 0),
    ("How do reviewers rate ease of use?", "Ease of Use", 1),
    ("Average customer service score on Capterra?", "Customer Service", 2),
])
def test_a_sub_rating_asked_for_is_averaged_once_per_review(capterra, question, column, index):
    answer = code_only_answer(capterra, question)
    average = sum(r[index] for r in REVIEWS) / len(REVIEWS)
    assert f"'{column}' (1-5): average {average:.2f} from {len(REVIEWS)} answers" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "What is the average votes rating?",  # a count, not a rating
    "What do reviewers say about customer service?",  # no word of rating: what the feedback says
])
def test_a_count_or_a_subject_alone_is_no_sub_rating(capterra, question):
    answer = code_only_answer(capterra, question)
    assert "' (1-5): average" not in answer.text and "' (1-10): average" not in answer.text, answer.text
