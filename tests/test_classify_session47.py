"""Complaints about money typed as bug reports (session 47): a telehealth tester's 82 "charged for a missed
appointment, please refund me" tickets were bugs, so "What are the top bugs?" ranked them second."""

from __future__ import annotations

import pytest

from assistant.themes.classify import FeedbackClassifier
from assistant.themes.classify.cues import about_money

MONEY = ["Refund for my missed consultation still not processed after 10 working days.",
         "Fix this! Charged for a missed appointment even though the doctor cancelled, not me. Want my money back."]
NOT_MONEY = ["The payment screen crashes when I open it.", "I was charged twice this month.",
             "Offline quiz sync fails on the iPad.", "Refunds page shows an error 500."]


@pytest.fixture
def zero_shot(settings):
    return FeedbackClassifier(settings.model_copy(update={"themes": settings.themes.model_copy(update={"classifier": "zero-shot"})}))


@pytest.mark.parametrize("text", MONEY)
def test_about_money(text):
    assert about_money(text)


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_only_about_money(text):
    assert not about_money(text)


def test_a_complaint_about_money_is_no_bug_report_and_a_broken_payment_screen_is(zero_shot, monkeypatch):
    from assistant.themes.classify import cues

    texts = MONEY + ["The payment screen crashes every time I open it."]
    x = zero_shot.embedder.encode(texts)
    got = [r.feedback_type for r in zero_shot.classify(x, texts)]
    assert "bug" not in got[:2] and got[2] == "bug", got
    monkeypatch.setattr(cues, "MONEY_CUE_PENALTY", 0.0)
    assert [r.feedback_type for r in zero_shot.classify(x, texts)][:2] == ["bug", "bug"]  # what the cue fixes
