"""Themes that are a language, not a topic: with an English-only embedding model (the bundled all-MiniLM-L6-v2),
feedback written in another language lands together whatever it is about. Such a theme is named for what it is
("Feedback in Chinese: 地图 / 离线 / 路线", "Feedback in Spanish, German and French: ...") and the report says how to
group it by topic (a multilingual model).

A theme is a *language theme* when at least ``LANGUAGE_SHARE`` of its items are written in languages other than
the one most of the collection is written in: one language, or several (a tester's 21 Spanish, German and French
reviews about CSV exports, logins and support became one theme the model named "Excel"). Scripts are told apart by
Unicode ranges (a Han or kana character weighs as much as a short Latin word); Latin-script languages by their
function words (``retrieval.languages``), so no language model is needed.

A language theme of problems or requests whose items mostly share one of its keywords (``one_topic``: at least
``TOPIC_WORD_SHARE`` of them) is a topic that happens to be written in one language: a tester's 31 Portuguese items,
27 of them about Pix payments failing ("Código pix / pagamento"), were Brazil's newest problem, yet "grouped by
language" kept them out of every ranking and the plan. Such a theme (``summarize``: at least half of its items
negative, rated 1-2 or requests) is named by its keywords and the language ("Código pix / pagamento (in Portuguese)")
and ranked as any other; anything else stays a language theme (a praise word is no topic: "excelente" was in 76% of a
theme of mostly praise, 21% negative). The shares were chosen on that tester's data (Pix 0.87-0.90 and a Spanish streak
theme 0.80 against 0.14-0.31 for the mixed language themes of the example export and another tester's).

Not handled: Latin-script languages ``retrieval.languages`` does not list (they read as English); a topic spread over
several language themes (each is judged alone).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from assistant.themes.kinds import LANGUAGE_THEME
from retrieval.languages import NAMES, latin_language

LANGUAGE_SHARE = 0.8  # share of a theme's items in one other script that makes it a language theme
TOPIC_WORD_SHARE = 0.75  # share of a language theme's items holding one of its keywords that makes it one topic
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


def language_of(text: str) -> str | None:
    """The language of ``text`` for Latin script (``retrieval.languages``), else its script (None: no letters).

    Example:
        >>> language_of("La exportación a CSV siempre da error"), language_of("离线地图"), language_of("Привет")
        ('Spanish', 'Chinese', 'Cyrillic')
    """
    script = script_of(text)
    return NAMES.get(latin_language(text), "English") if script == "Latin" else script


def main_language(texts: Iterable[str]) -> str | None:
    """The language (or script) most items of the collection are written in."""
    counts = Counter(s for s in map(language_of, texts) if s)
    return counts.most_common(1)[0][0] if counts else None


def language_of_theme(texts: list[str], collection_language: str | None, share: float = LANGUAGE_SHARE) -> str | None:
    """The language(s) when the theme is a language theme (see the module docstring): "Chinese", "Spanish",
    "Spanish, German and French" (most items first, at most three named), else None."""
    counts = Counter(s for s in map(language_of, texts) if s)
    if not texts or not counts:
        return None
    other = Counter({name: n for name, n in counts.items() if name != collection_language})
    if sum(other.values()) / len(texts) < share:
        return None
    return _joined([name for name, _ in other.most_common(3)])


def one_topic(texts: list[str], keywords: list[str], share: float = TOPIC_WORD_SHARE) -> tuple[str, int] | None:
    """(word, items): the word of the theme's keywords that at least ``share`` of its items hold (the most held),
    else None.

    Example:
        >>> one_topic(["O pix não funciona", "Erro no pix", "Pagamento pix falhou", "Lento demais"], ["pix", "erro"])
        ('pix', 3)
    """
    from assistant.themes.keywords import tokenize

    words = list(dict.fromkeys(w for k in keywords for w in tokenize(k)))
    if not texts or not words:
        return None
    held = [set(tokenize(t)) for t in texts]
    counts = {w: sum(w in h for h in held) for w in words}
    word = max(words, key=counts.__getitem__)  # the first keyword among equals
    return (word, counts[word]) if counts[word] >= share * len(texts) else None


def topic_label(language: str, keyword_label: str) -> str:
    """``Código pix / pagamento (in Portuguese)``: a topic written in one language (``one_topic``)."""
    parts = re.split(r", | and ", language)
    return f"{keyword_label} (in {_joined([f'{p} script' if p in _SCRIPTS_NOT_LANGUAGES else p for p in parts])})"


_SCRIPTS_NOT_LANGUAGES = {"Latin", "Cyrillic", "Arabic", "Devanagari"}


def language_label(language: str, keyword_label: str) -> str:
    """``Feedback in Chinese: 地图 / 离线 / 路线`` (``Feedback in Cyrillic script: ...`` for a script, not a language).

    Example:
        >>> language_label("Spanish, German and Cyrillic", "csv / error")
        'Feedback in Spanish, German and Cyrillic script: csv / error'
    """
    parts = re.split(r", | and ", language)
    named = _joined([f"{p} script" if p in _SCRIPTS_NOT_LANGUAGES else p for p in parts])
    return LANGUAGE_THEME.format(language=named, keywords=keyword_label)


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
