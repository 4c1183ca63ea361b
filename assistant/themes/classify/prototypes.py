"""Zero-shot classification: each class is described by a few prototype sentences embedded with the same model as
the feedback; an item's score for a class is the mean of its cosine to the class's mean prototype and to its two
closest prototypes, and the best class wins. Runs on stored embeddings, so 10k items is a matrix product.

Not handled: non-English prototypes, several types per item.
"""

from __future__ import annotations

import numpy as np

FEEDBACK_TYPES = ("bug", "feature_request", "performance", "usability", "praise", "question", "other")
ZERO_SHOT_VERSION = "prototypes-v5"  # v3: a star rating nudges type too; v4: price complaints are "other"; v5:
# request phrasing and review answer sides (``cues``)

TYPE_PROTOTYPES: dict[str, list[str]] = {
    "bug": ["The app crashes when I open it.", "It doesn't work anymore after the update.",
            "I get an error message and it freezes.", "Login fails and nothing loads.",
            "The button does nothing, it is broken.", "Data got lost, sync is not working.",
            "Force closes every time I try.", "Please fix this bug.", "It keeps showing a blank screen.",
            "Notifications stopped working.", "Downloading fails with an error every time.",
            "It stopped working after the last update."],
    "feature_request": ["Please add a dark mode.", "It would be great if you could add support for widgets.",
                        "I wish it had an option to export my data.", "Can you add more languages?",
                        "Would love a feature to share with friends.", "Need an option to turn this off.",
                        "Add the ability to sort by date.", "Please bring back the old layout option.",
                        "I'd like to see integration with my calendar."],
    "performance": ["The app is very slow and laggy.", "It takes forever to load.", "Drains my battery quickly.",
                    "Uses too much memory and storage.", "The phone gets hot when using it."],
    "usability": ["The interface is confusing and hard to use.", "I can't find where the settings are.",
                  "Too many steps to do something simple.", "The text is too small to read.",
                  "The menu is not intuitive."],
    "praise": ["Great app, I love it!", "Excellent, works perfectly.", "Best app ever, thank you.",
               "Very useful and easy, five stars.", "Awesome, highly recommend."],
    "question": ["How do I change my password?", "Is there a way to do this?", "Why does it ask for this permission?",
                 "Where can I find my history?", "Does it work offline?"],
    "other": ["ok", "Good", "I don't know.", "My review.", "Meh.",
              # what a product's price is worth: no performance problem (a tester's 32 of 62 price complaints were
              # typed performance, so their plan item asked for the price "to be easier and faster")
              "The price went up and it is not worth it anymore.",
              "The subscription is too expensive for what it offers.",
              "Cheaper competitors do the same for half the price."],
}
SENTIMENT_PROTOTYPES: dict[str, list[str]] = {
    "negative": ["This is terrible, I am very disappointed.", "It does not work and I am frustrated.",
                 "Awful experience, worst ever.", "Too expensive and poor quality.", "I hate it, it keeps failing.",
                 "Really annoying and slow.", "It keeps failing, still not fixed.", "Not acceptable for what I pay."],
    "neutral": ["I used it yesterday.", "It has a settings page.", "How do I export my data?",
                "Please add an option for this.", "The app opens a map.", "I went there on Tuesday."],
    "positive": ["I love it, works great!", "Excellent, thank you so much.", "Very helpful and easy to use.",
                 "Best experience, highly recommend.", "Amazing quality, really happy.", "Nice and friendly, wonderful."],
}
RATING_NUDGE = 0.05  # per star away from 3, added to positive and taken from negative (cosine units)
TYPE_RATING_NUDGE = 0.01  # per star away from 3, added to praise and taken from bug/performance/usability (dev-chosen,
# bench/classify.py)

_PROTOTYPE_VECTORS: dict[tuple, np.ndarray] = {}  # (model id, sentences) -> vectors, shared in the process


class PrototypeClassifier:
    """Zero-shot: nearest class by similarity to embedded prototype sentences."""

    def __init__(self, prototypes: dict[str, list[str]], embedder):
        self.classes = list(prototypes)
        self._vectors = []
        for c in self.classes:
            key = (embedder.model_id, tuple(prototypes[c]))
            if key not in _PROTOTYPE_VECTORS:
                _PROTOTYPE_VECTORS[key] = embedder.encode(prototypes[c])
            self._vectors.append(_PROTOTYPE_VECTORS[key])

    def scores(self, x: np.ndarray) -> np.ndarray:
        cols = []
        for vectors in self._vectors:
            centre = vectors.mean(0)
            centre /= np.linalg.norm(centre)
            top2 = np.sort(x @ vectors.T, axis=1)[:, -2:].mean(1)
            cols.append(0.5 * (x @ centre) + 0.5 * top2)
        return np.stack(cols, 1)
