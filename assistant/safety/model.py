"""A second opinion on prompt injection: a linear model over hashed character n-grams, for the orders no pattern in
``assistant.safety.orders`` / ``addressed`` names (new wordings, other languages, carriers the rules never saw).

Features: the text as a model reads it (``addressed.reveal``: no invisible characters, look-alike letters and
leetspeak undone), lower-cased, split into words; every 2- to 5-character slice of each word padded with one space
on each side, hashed with CRC-32 into 2^18 buckets; counts ``log1p``-scaled, weighted by idf and L2-normalised. A logistic regression
over them (weights in ``injection_model.npz``, trained by ``bench/injection_model.py`` on the dev sets only: the held-out
sets no longer used as a test, the training-only sets and the 69 earlier cases as attacks; their look-alikes, genuine
AI-feature texts and 7,168 real public reviews as genuine).
The threshold (in the weights file) was chosen there by a rule fixed before any test set was scored: the regularisation
and probability at which 5-fold cross-validation on the dev data flags the most attacks while flagging none of the
real reviews and at most 1% of the look-alikes.

``sanitize`` flags an item when this model's probability reaches the threshold, even where no pattern matched; such an
item is kept whole (no span to remove), listed last among the evidence and named in the answer's notes, as any
flagged item is. Runs in pure Python and numpy (no scikit-learn at run time): about 0.3 ms per review.

Not handled: explaining which words made the score; texts longer than ``MAX_CHARS`` are scored on their start and end.
"""

from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.safety.addressed import reveal

BUCKETS = 1 << 18
NGRAMS = (2, 3, 4, 5)
MAX_CHARS = 4000
WEIGHTS = Path(__file__).with_name("injection_model.npz")
_WORD = re.compile(r"\S+")


def features(text: str, *, revealed: str | None = None) -> dict[int, float]:
    """Hashed n-gram bucket -> weight (log1p count, L2-normalised) of one text; the same in training and use.
    ``revealed``: ``addressed.reveal(text)`` when the caller has it already (``sanitize`` does)."""
    text = reveal(text or "") if revealed is None else revealed
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS // 2] + " " + text[-MAX_CHARS // 2:]
    counts: dict[int, int] = {}
    for word in _WORD.findall(text.lower()):
        padded = f" {word} "
        for n in NGRAMS:
            for i in range(len(padded) - n + 1):
                idx = zlib.crc32(padded[i:i + n].encode("utf-8")) & (BUCKETS - 1)
                counts[idx] = counts.get(idx, 0) + 1
    if not counts:
        return {}
    scaled = {i: math.log1p(c) for i, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in scaled.values()))
    return {i: v / norm for i, v in scaled.items()}


@lru_cache(maxsize=1)
def _weights() -> tuple[np.ndarray, np.ndarray, float, float] | None:
    if not WEIGHTS.exists():
        return None
    data = np.load(WEIGHTS)
    coef = np.zeros(BUCKETS, dtype=np.float32)
    coef[data["index"]] = data["coef"].astype(np.float32)
    idf = np.full(BUCKETS, float(data["idf_unseen"]), dtype=np.float32)  # a bucket no training text had
    idf[data["index"]] = data["idf"].astype(np.float32)
    return coef, idf, float(data["intercept"]), float(data["threshold"])


def probability(text: str, *, revealed: str | None = None) -> float | None:
    """The model's probability that ``text`` carries an instruction to the AI (None: no weights shipped)."""
    weights = _weights()
    if weights is None:
        return None
    coef, idf, intercept, _ = weights
    feats = {i: v * float(idf[i]) for i, v in features(text, revealed=revealed).items()}
    norm = math.sqrt(sum(v * v for v in feats.values())) or 1.0
    z = intercept + sum(float(coef[i]) * v for i, v in feats.items()) / norm
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def flags(text: str, *, revealed: str | None = None) -> bool:
    """Does the model's probability reach its threshold?

    Example:
        >>> flags("The export to CSV drops the last row.")
        False
    """
    weights = _weights()
    if weights is None:
        return False
    p = probability(text, revealed=revealed)
    return p is not None and p >= weights[3]
