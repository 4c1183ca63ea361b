"""Reading a rating as a customer or an export wrote it ("4", "4,5", "4/5", "8/10", "4 stars", "★★★★☆", "4 Sterne",
"5つ星") onto the product's 1-5 scale.

A value that states its own scale is read on that scale: "8/10" and "4 von 5" out of their second number, stars (a
star word in the languages the column-name lists cover, or ★ symbols) out of 5. Only a bare number follows the
column's scale (``retrieval.columns.rating_scale``, inferred from the column's bare numbers: 5 stars, 10 for NPS,
100 for a percentage), so one "8/10" in a column of "4 stars" does not make every rating a score out of 10.
Scores out of 10 are read in NPS bands.

A satisfaction scale in words ("Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", "Dissatisfied",
"Very dissatisfied": SurveyMonkey's, Qualtrics' and Typeform's 5-point CSAT question) is read as 5 to 1 stars: a
telehealth tester's post-consultation survey answered so had no rating, and "What is our CSAT?" read app-store stars
and NPS bands instead of its 330 answers. So is Intercom's conversation rating ("Amazing", "Great", "OK", "Bad",
"Terrible") and Help Scout's ("Great", "Okay", "Not Good").

Not handled here: which column holds ratings (``columns``), other ratings in words ("good", "Promoter") or with number
words ("four stars", "四星").
"""

from __future__ import annotations

import re


class BelowScale(ValueError):
    """A star rating below the bottom of its scale ("0" among 1-5 stars)."""


class AboveScale(ValueError):
    """A score above the top of its scale ("11" of 0-10), as opposed to one that is not a number at all."""


# Scores out of 10 are read in NPS bands, so "negative" (1-2) means detractors, 3-3.5 passives, 4-5 promoters.
# A score out of 10 -> the 1-5 rating: (score, rating) points joined by straight lines (chat's NPS reads them back).
NPS_BANDS = ((0, 1.0), (6, 2.0), (7, 3.0), (8, 3.5), (9, 4.0), (10, 5.0))

# A star as a word (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Chinese and
# Japanese, Korean) or a symbol; a rating in stars is out of 5.
_STAR = (r"(?:stars?|stern(?:e|en)?|[ée]toiles?|estrellas?|estrelas?|stell[ae]|ster(?:ren)?|"
         r"gwiazd(?:ka|ki|ek|y)?|зв[её]зд(?:а|ы)?|星|별|[★⭐✭✮])")
_COUNTER = r"(?:つ|颗|顆|個|个|개)?"  # "5つ星", "4颗星", "별 4개"
_NUMBER = r"(-?\d+(?:[.,]\d+)?)"
_OF = r"(?:/|out\s+of|of|von|sur|de|su|van|z|из)"  # "4/5", "4 out of 5", "4 von 5", "4 sur 5", "4 z 5"
_NUMBER_FIRST = re.compile(rf"{_NUMBER}\s*(?:{_OF}\s*(\d+(?:[.,]\d+)?))?\s*{_COUNTER}\s*({_STAR})?", re.IGNORECASE)
_STAR_FIRST = re.compile(rf"({_STAR})\s*:?\s*{_NUMBER}\s*{_COUNTER}", re.IGNORECASE)  # "星4つ", "별 4개", "★4"
_FILLED, _EMPTY = set("★⭐✭✮"), set("☆✩✰")
STARS_TOP = 5


_SATISFACTION_WORDS = {
    5: ("very satisfied", "extremely satisfied", "completely satisfied"),
    4: ("satisfied", "somewhat satisfied", "mostly satisfied", "fairly satisfied", "quite satisfied"),
    3: ("neither satisfied nor dissatisfied", "neither satisfied or dissatisfied", "neither", "neutral"),
    2: ("dissatisfied", "somewhat dissatisfied", "unsatisfied", "not satisfied", "somewhat unsatisfied"),
    1: ("very dissatisfied", "extremely dissatisfied", "very unsatisfied", "completely dissatisfied",
        "not at all satisfied"),
}
# Intercom's conversation rating, given by emoji and exported in words (an edtech tester's "Conversation rating" was not
# read, so "What is our CSAT?" answered from app-store stars)
# ... and Help Scout's "Great", "Okay", "Not Good" (an HR tester's 41 "Not Good" conversations, the unhappiest, were
# rejected as "not a rating number" while the other two were read)
_CONVERSATION_WORDS = {5: ("amazing",), 4: ("great",), 3: ("ok", "okay"), 2: ("bad",), 1: ("terrible", "not good")}
_SATISFACTION = {words: float(stars) for scale in (_SATISFACTION_WORDS, _CONVERSATION_WORDS)
                 for stars, all_words in scale.items() for words in all_words}


WORDED = re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                  for w in sorted(_SATISFACTION, key=len, reverse=True)) + r")(?![\w-])",
                    re.IGNORECASE)
"""A rating in words anywhere in a text ("rated Terrible", "answered Very satisfied"), for ``worded_rating``."""


def worded_rating(words: str) -> float | None:
    """The 1-5 rating a worded answer gives ("Terrible" -> 1, "Very satisfied" -> 5), else None."""
    return _SATISFACTION.get(" ".join(words.lower().split()))


def read_rating(value: str) -> tuple[float, float | None]:
    """The number a rating gives and the top of the scale it states itself (``None`` for a bare number).
    Raises ValueError when the value is not a rating.

    Example:
        >>> read_rating("4"), read_rating("8/10"), read_rating("4 Sterne"), read_rating("★★★★☆"), read_rating("星4つ")
        ((4.0, None), (8.0, 10.0), (4.0, 5.0), (4.0, 5.0), (4.0, 5.0))
        >>> read_rating("Very satisfied"), read_rating("Neither satisfied nor dissatisfied"), read_rating("Terrible")
        ((5.0, 5.0), (3.0, 5.0), (1.0, 5.0))
    """
    v = str(value).replace("\ufe0f", "").strip()  # "⭐️": the emoji's presentation selector
    if (worded := _SATISFACTION.get(" ".join(v.lower().replace(",", " ").split()))) is not None:
        return worded, float(STARS_TOP)
    symbols = v.replace(" ", "")
    if symbols and set(symbols) <= _FILLED | _EMPTY:
        return float(sum(ch in _FILLED for ch in symbols)), float(max(STARS_TOP, len(symbols)))
    if m := _NUMBER_FIRST.fullmatch(v):
        number, top, star = m.group(1), m.group(2), m.group(3)
    elif m := _STAR_FIRST.fullmatch(v):
        number, top, star = m.group(2), None, m.group(1)
    else:
        raise ValueError(v)
    stated = float(top.replace(",", ".")) if top else float(STARS_TOP) if star else None
    return float(number.replace(",", ".")), stated


def parse_rating(value: str | None, scale: int | None = None) -> float | None:
    """A rating like '4', '4.5', '4/5', '4 stars', '2 Sterne' or '★★★★'; ``None`` when absent. Raises ValueError
    when unreadable.

    With ``scale`` (the column's, from ``retrieval.columns.rating_scale``) the result is on the 1-5 scale the
    product uses; a value that states its own scale ("8/10", "4 stars") is read on that scale, a bare number on
    ``scale``: 1-5 as given; scores out of 10 in NPS bands (0-6 -> 1-2, 7 -> 3, 8 -> 3.5, 9 -> 4, 10 -> 5, in
    between linear); other scales linearly (0 -> 1, top -> 5). A score above its scale raises ``AboveScale``.
    Without ``scale``, the number as written.

    Example:
        >>> parse_rating("4/5", 5), parse_rating("8/10", 5), parse_rating("6", 10), parse_rating("75", 100)
        (4.0, 3.5, 2.0, 4.0)
        >>> parse_rating("4 stars", 10), parse_rating("★★★★☆", 10)
        (4.0, 4.0)
    """
    if value is None or not str(value).strip():
        return None
    number, stated = read_rating(value)
    if scale is None:
        return number
    top = stated if stated is not None else float(scale)
    if number > top or top <= 0:
        raise AboveScale(f"{str(value).strip()} is above the top of its scale ({top:g})")
    if top == 5:
        if number < 0.5:  # no store gives 0 stars (half stars start at 0.5): a tester's "0" was stored as a rating
            raise BelowScale(f"{str(value).strip()} is below the bottom of its scale (1-5 stars)")
        return number
    if top == 10:
        for (x0, y0), (x1, y1) in zip(NPS_BANDS, NPS_BANDS[1:]):
            if number <= x1:
                return round(y0 + (y1 - y0) * (max(number, x0) - x0) / (x1 - x0), 2)
    return round(1 + 4 * max(number, 0.0) / top, 2)
