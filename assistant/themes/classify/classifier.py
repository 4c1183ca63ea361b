"""Which model labels an item's type and sentiment: a trained model where ``pma classify train`` saved one (and the
settings allow it), zero-shot prototypes otherwise; a known star rating nudges zero-shot sentiment and type, request
phrasing its type, and a review site's answer side rules classes out for both (``cues``).

Not handled: reading or writing the database (``store``), training (``training``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.themes.classify.cues import CUES_VERSION, answer_sides, request_bonus, word_sentiment
from assistant.themes.classify.linear import LinearClassifier
from assistant.themes.classify.prototypes import (RATING_NUDGE, SENTIMENT_PROTOTYPES, TYPE_PROTOTYPES,
                                                  TYPE_RATING_NUDGE, ZERO_SHOT_VERSION, PrototypeClassifier)
from retrieval.errors import UserError
from retrieval.settings import Settings


PROBLEM_CLASSES = ("bug", "performance", "usability")


def nudge_by_rating(scores: np.ndarray, classes: list[str], ratings, per_star: float, up: tuple[str, ...],
                    down: tuple[str, ...]) -> np.ndarray:
    """Zero-shot scores moved by a known 1-5 star rating: ``per_star`` for each star above 3 added to the ``up``
    classes and taken from the ``down`` ones (the reverse below 3). Sentiment: positive / negative; type: praise /
    bug, performance, usability (a 5-star "walked me through the setup patiently, 10/10" is not a bug report).

    Example:
        >>> nudge_by_rating(np.zeros((1, 2)), ["praise", "bug"], [5], 0.05, ("praise",), ("bug",)).tolist()
        [[0.1, -0.1]]
    """
    stars = np.array([np.nan if r is None else float(r) for r in ratings], dtype=np.float64)
    nudge = np.where((stars >= 1) & (stars <= 5), (stars - 3) * per_star, 0.0)
    out = scores.copy()
    for name in up:
        out[:, classes.index(name)] += nudge
    for name in down:
        out[:, classes.index(name)] -= nudge
    return out


@dataclass
class Classification:
    feedback_type: str
    type_score: float
    sentiment: str
    sentiment_score: float


def classifier_dir(settings: Settings) -> Path:
    return settings.home / "classifier"


class FeedbackClassifier:
    """Type + sentiment for items, from their embeddings (and texts for a trained model).

    ``identity`` names the models used; stored labels with another identity are recomputed.
    """

    def __init__(self, settings: Settings, embedder=None):
        from retrieval.embed import Embedder

        self.settings = settings
        self.embedder = embedder or Embedder(settings)
        self.trained: dict[str, LinearClassifier] = {}
        self._trained_ids: dict[str, str] = {}
        mode = settings.themes.classifier
        if mode not in {"auto", "zero-shot", "trained"}:
            raise UserError(f"PMA_THEMES_CLASSIFIER={mode!r} is not a classifier mode.", hint="Use auto, zero-shot or trained.")
        folder = classifier_dir(settings)
        if mode != "zero-shot":
            for task in ("type", "sentiment"):
                path = folder / f"{task}.npz"
                if path.exists():
                    self.trained[task] = LinearClassifier.load(path)
                    self._trained_ids[task] = "trained:" + hashlib.sha256(path.read_bytes()).hexdigest()[:12]
            if mode == "trained" and not self.trained:
                raise UserError(f"PMA_THEMES_CLASSIFIER=trained but there is no trained classifier in {folder}.",
                                hint="Run `pma classify train LABELED.csv` first, or use auto.")
        self._zero_shot: dict[str, PrototypeClassifier] = {}

    @property
    def identity(self) -> str:
        parts = [f"{task}={self._trained_ids.get(task, 'zero-shot:' + ZERO_SHOT_VERSION)}" for task in ("type", "sentiment")]
        return ";".join(parts + [f"rules={CUES_VERSION}", f"emb={self.embedder.model_id}"])

    @property
    def method(self) -> str:
        return "trained" if self.trained else "zero-shot"

    def _prototypes(self, task: str) -> PrototypeClassifier:
        if task not in self._zero_shot:
            protos = TYPE_PROTOTYPES if task == "type" else SENTIMENT_PROTOTYPES
            self._zero_shot[task] = PrototypeClassifier(protos, self.embedder)
        return self._zero_shot[task]

    def _task(self, task: str, x: np.ndarray, texts: list[str], ratings, posts=None) -> tuple[list[str], np.ndarray]:
        if task in self.trained:
            model = self.trained[task]
            classes, scores = model.classes, model.scores(x, texts)
        else:
            proto = self._prototypes(task)
            classes, scores = proto.classes, proto.scores(x)
            if ratings is not None:
                if task == "sentiment":
                    scores = nudge_by_rating(scores, classes, ratings, RATING_NUDGE, ("positive",), ("negative",))
                else:
                    scores = nudge_by_rating(scores, classes, ratings, TYPE_RATING_NUDGE, ("praise",), PROBLEM_CLASSES)
            if task == "sentiment":
                scores = word_sentiment(texts, list(classes), scores, ratings)
            if task == "type":
                scores = request_bonus(texts, classes, scores, posts)
        scores = answer_sides(task, texts, list(classes), scores)
        return [classes[i] for i in scores.argmax(1)], scores.max(1)

    def classify(self, x: np.ndarray, texts: list[str], ratings=None, posts=None) -> list[Classification]:
        """Classify items given their unit embeddings ``x`` (n, d), texts, optional star ratings and optional flags
        for feature-board posts (``cues.request_bonus``)."""
        if len(x) == 0:
            return []
        types, type_scores = self._task("type", x, texts, ratings, posts)
        sentiments, sentiment_scores = self._task("sentiment", x, texts, ratings)
        return [Classification(t, round(float(ts), 4), s, round(float(ss), 4))
                for t, ts, s, ss in zip(types, type_scores, sentiments, sentiment_scores)]
