"""What an item's words say about its type and sentiment where its embedding is vague: request phrasing, and the
side of a review site's answer.

- **Request phrasing** ("please add", "would be great if", "I miss the old ... feature", "any plans to", "...
  please"; a review's dislike answer naming what is missing, "Cons: No multi-currency"): the zero-shot type score
  of ``feature_request`` gets ``REQUEST_CUE_BONUS``. Prototype similarity alone
  found 31% of CLAP's feature requests (test folds, ``bench/classify.py``): a short "multi currency please" or a
  "Love it, but I miss the feature to ..." is closer to praise or "other" than to any prototype sentence.
- **Answer side** (``retrieval.columns.answer_side``): an item written from a review's "Cons" / "What do you
  dislike" answer is never positive and never praise; one from "Pros" / "What do you like" is never negative and
  never a bug, performance or usability report. A tester's G2 cons ("Cons: No multi-currency, which is a deal
  breaker") were typed "other" and positive, so chat and plans counted them as praise.

English phrasing only; a trained classifier (``pma classify train``) gets the answer side, not the request bonus.
"""

from __future__ import annotations

import re

import numpy as np

from retrieval.columns import ANSWER_HEAD, answer_side

CUES_VERSION = "cues-v1"
"""Part of the classifier's identity: labels stored by other rules are recomputed."""
REQUEST_CUE_BONUS = 0.2
"""Added to the zero-shot ``feature_request`` score of an item with request phrasing (cosine units; chosen on the
dev fold of ``bench/classify.py`` from 0.05-0.3)."""

_REQUEST = re.compile(r"""(?ix)
  \bplease\s+(?:add|make|include|bring|give|let|allow|consider|implement|support|put|create|enable|introduce|offer|
  provide)\b
| \b(?:i|we)\s+(?:really\s+)?(?:wish|hope)\b | \bwish\s+(?:it|there|you|they|this|the\s+app)\b | \bif\s+only\b
| \bwould\s+(?:really\s+)?(?:love|like|appreciate|prefer)\b | \b(?:i|we)'?d\s+(?:love|like)\b
| \bwould\s+be\s+(?:really\s+|so\s+|very\s+)?(?:nice|great|awesome|cool|good|better|helpful|useful|perfect|
  amazing|fantastic)\b
| \bwould\s+(?:have\s+been|make\s+(?:it|this|the\s+\w+))\s+(?:great|perfect|five|5|better|even\s+better)\b
| \b(?:5|five)\s+stars?\s+if\b
| \b(?:should|could|need\s+to|needs\s+to)\s+(?:add|include|allow|support|implement|bring\s+back)\b
| \b(?:you|they|developers?|devs?)\s+(?:should|could|need\s+to)\s+(?:have|make|let|put|give|create|consider)\s+
  (?:an?|the|more|some|it|us|users?)\b
| \b(?:should|could)\s+(?:have|offer)\s+(?:an?\s+|the\s+|more\s+)?
  (?:option|feature|ability|setting|way|support|mode|widget|button|choice)s?\b
| \b(?:add|adding|have|having|need|needs|want|give\s+us)\s+(?:an?\s+|the\s+|more\s+|some\s+)?
  (?:option|feature|ability|setting|way|support|mode|widget|choice)s?\s+(?:to|for|of)\b
| \bneeds?\s+(?:an?\s+|more\s+|some\s+)?(?:\w+\s+){0,2}(?:feature|option|setting|support)s?\b
| \b(?:i|we)\s+(?:really\s+|still\s+)?miss\s+(?:the\s+|an?\s+)?(?:old\s+)?(?:\w+\s+){0,2}
  (?:feature|option|ability|setting|function)s?\b | \bmiss\s+being\s+able\b
| \black(?:s|ing)?\s+(?:of\s+)?(?:an?\s+|some\s+|the\s+|basic\s+|other\s+|any\s+)?(?:\w+\s+){0,2}
  (?:feature|option|ability|support|function|functionality|setting)s?\b
| \bbring\s+(?:it\s+|them\s+|that\s+)?back\b
| \bfeature\s+requests?\b | \bsuggestions?\s*: | \bon\s+(?:the|your)\s+roadmap\b | \bany\s+plans?\s+(?:to|for|on)\b
| \bcan\s+(?:you|u|we)\s+(?:please\s+)?(?:add|make|include|get|have|bring|put)\b
| \bcould\s+(?:you|u)\s+(?:please\s+)?(?:add|make|include|bring|put)\b
| \bwould\s+pay\s+(?:more\s+|extra\s+)?for\b | \bplease[.!]*\s*$
""")

# A dislike answer naming what is not there: "Cons: No multi-currency", "Cons: Missing an API"
_MISSING_ANSWER = re.compile(rf"^{ANSWER_HEAD} +(?:no|missing|lacks?|lacking|lack\s+of|without|needs?|wish)\b", re.I)

_NOT_ON_SIDE = {("type", "disliked"): ("praise",), ("type", "liked"): ("bug", "performance", "usability"),
                ("sentiment", "disliked"): ("positive",), ("sentiment", "liked"): ("negative",)}


def asks_for_something(text: str) -> bool:
    """The text is phrased as a request, or is a review's dislike answer naming what is missing.

        >>> [asks_for_something(t) for t in ("multi currency please", "Love it, but I miss the old export feature",
        ...                                  "It crashes, please fix", "Any plans to support Xero?",
        ...                                  "Cons: No multi-currency", "Pros: No ads", "No ads at all")]
        [True, True, False, True, True, False, False]
    """
    return bool(_REQUEST.search(text)) or (bool(_MISSING_ANSWER.match(text)) and answer_side(text) == "disliked")


def request_bonus(texts: list[str], classes: list[str], scores: np.ndarray) -> np.ndarray:
    """Zero-shot type ``scores`` (items x ``classes``) with ``REQUEST_CUE_BONUS`` added to ``feature_request`` for
    every item phrased as a request."""
    out = scores.copy()
    asks = np.array([asks_for_something(t) for t in texts], dtype=bool)
    out[asks, classes.index("feature_request")] += REQUEST_CUE_BONUS
    return out


def answer_sides(task: str, texts: list[str], classes: list[str], scores: np.ndarray) -> np.ndarray:
    """``scores`` (items x ``classes``, any scale) with the classes an answer's side rules out (module docstring)
    set below every other class, so the best remaining class wins."""
    out = np.array(scores, dtype=np.float64, copy=True)
    for i, text in enumerate(texts):
        side = answer_side(text)
        for name in _NOT_ON_SIDE.get((task, side), ()) if side else ():
            if name in classes:
                out[i, classes.index(name)] = -np.inf
    return out
