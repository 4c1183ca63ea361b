"""Themes that are a language, not a topic: with an English-only embedding model (the bundled all-MiniLM-L6-v2),
feedback written in another script lands together whatever it is about. Such a theme is named for what it is
("Feedback in Chinese: 地图 / 离线 / 路线") and the report says how to group it by topic (a multilingual model).

A theme is a *language theme* when at least ``LANGUAGE_SHARE`` of its items are written mostly in one script other
than the script most of the collection is written in. Scripts are told apart by Unicode ranges (a Han or kana
character weighs as much as a short Latin word), so no language model is needed.

Not handled: two languages that share a script (French and English feedback both read as Latin here).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

LANGUAGE_SHARE = 0.8  # share of a theme's items in one other script that makes it a language theme
_CJK_WEIGHT = 3  # a Han/kana/Hangul character carries about as much as three Latin letters
SCRIPTS: list[tuple[str, re.Pattern, int]] = [
    ("Latin", re.compile(r"[A-Za-z\u00c0-\u024f]"), 1),
    ("Japanese", re.compile(r"[\u3040-\u30ff]"), _CJK_WEIGHT),
    ("Chinese", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"), _CJK_WEIGHT),
    ("Korean", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), _CJK_WEIGHT),
    ("Cyrillic", re.compile(r"[\u0400-\u04ff]"), 1),
    ("Greek", re.compile(r"[\u0370-\u03ff]"), 1),
    ("Arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]"), 1),
    ("Hebrew", re.compile(r"[\u0590-\u05ff]"), 1),
    ("Devanagari", re.compile(r"[\u0900-\u097f]"), 1),
    ("Thai", re.compile(r"[\u0e00-\u0e7f]"), 1),
]


def script_of(text: str) -> str | None:
    """The script most of ``text`` is written in (None: no letters).

    Example:
        >>> script_of("离线地图同步失败, error 412"), script_of("Offline maps fail"), script_of("オフライン地図")
        ('Chinese', 'Latin', 'Japanese')
    """
    weights = {name: weight * len(pattern.findall(text or "")) for name, pattern, weight in SCRIPTS}
    if weights["Japanese"]:  # kana with Han characters is Japanese
        weights["Japanese"] += weights.pop("Chinese")
    name, best = max(weights.items(), key=lambda kv: kv[1])
    return name if best else None


def main_script(texts: Iterable[str]) -> str | None:
    """The script most items of the collection are written in."""
    counts = Counter(s for s in map(script_of, texts) if s)
    return counts.most_common(1)[0][0] if counts else None


def language_of_theme(texts: list[str], collection_script: str | None, share: float = LANGUAGE_SHARE) -> str | None:
    """The language (script) name when the theme is a language theme (see the module docstring), else None."""
    counts = Counter(s for s in map(script_of, texts) if s)
    if not texts or not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if name != collection_script and n / len(texts) >= share else None


def language_label(language: str, keyword_label: str) -> str:
    """``Feedback in Chinese: 地图 / 离线 / 路线`` (``Feedback in Cyrillic script: ...`` for a script, not a language)."""
    what = language if language in {"Chinese", "Japanese", "Korean", "Greek", "Hebrew", "Thai"} \
        else f"{language} script"
    return f"Feedback in {what}: {keyword_label}"
