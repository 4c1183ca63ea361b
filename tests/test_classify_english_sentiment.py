"""An unrated English item whose words take one side only gets that sentiment (``cues.word_sentiment``). An
insurance tester's tickets "... Very disappointed." and "... Waste of time." were typed neutral and positive by the
zero-shot prototypes, and its plan quoted them as counter-evidence. ``bench/sentiment.py`` measures it on SemEval."""

from __future__ import annotations

import pytest

from assistant.themes.classify import FeedbackClassifier
from assistant.themes.classify.cues import english_sides

COMPLAINTS = ["Still under review. As a customer since 2019: My home claim shows 'In progress' since February. No "
              "updates, no messages, nothing in the app. Very disappointed.",
              "Let me talk to a human. Third time writing about this. Chatbot only answers generic questions. Waste of "
              "time."]
PRAISE = ["Never disappointed, the claim was paid in two days."]


@pytest.fixture
def zero_shot(settings):
    themes = settings.themes.model_copy(update={"classifier": "zero-shot"})
    return FeedbackClassifier(settings.model_copy(update={"themes": themes}))


@pytest.mark.parametrize("text, sides", [
    ("Don't waste your time with this app", (1, 0)),  # a negated complaint word that is still a complaint
    ("We won't use this insurer again", (1, 0)),
    ("Not good at all", (1, 0)),
    ("No complaints, the roadside van came fast", (0, 2)),
    ("The app is great but the login code never arrives", (0, 1)),  # "never arrives": no word of either side
    ("I renewed my policy in October", (0, 0)),
    ("Price hike at renewal again. 40% more. Will be leaving unless this is explained. Thanks.", (0, 0)),  # courtesy
])
def test_english_sides(text, sides):
    assert english_sides(text) == sides


def test_an_unrated_complaint_is_negative_and_praise_positive(zero_shot, monkeypatch):
    from assistant.themes.classify import cues

    texts = COMPLAINTS + PRAISE
    x = zero_shot.embedder.encode(texts)
    assert [r.sentiment for r in zero_shot.classify(x, texts)] == ["negative", "negative", "positive"]
    rated = zero_shot.classify(x, texts, ratings=[5.0, 5.0, 1.0])
    monkeypatch.setattr(cues, "english_sides", lambda text: (0, 0))
    assert [r.sentiment for r in zero_shot.classify(x, texts)][:2] != ["negative", "negative"]  # what the cue fixes
    assert zero_shot.classify(x, texts, ratings=[5.0, 5.0, 1.0]) == rated  # a rating is the customer's own word
