"""The accessors of the helper-written held-out sets, written once: each ``pii_heldoutN.py`` (5-12) and
``injection_heldoutN.py`` (4-8) holds its data tuples, rows of (kind or style, language, [value,] text), and binds
these to them, so every set answers the same calls (``bench/pii.py``, ``bench/injection_flags.py``, the tests)."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def pii_accessors(cases: Sequence[tuple], look_alikes: Sequence[tuple]) -> tuple[Callable, Callable, Callable]:
    """``pii_cases``, ``pii_look_alikes`` and ``pii_look_alike_languages`` of one PII set."""

    def pii_cases() -> list[tuple[str, str, str, str]]:
        """(kind, language, value, text): each text holds one piece of personal data, `value`, verbatim."""
        return [tuple(row) for row in cases]

    def pii_look_alikes() -> list[tuple[str, str]]:
        """(kind, text): feedback with no personal data that a naive redactor might still change."""
        return [(kind, text) for kind, _language, text in look_alikes]

    def pii_look_alike_languages() -> list[tuple[str, str, str]]:
        """(kind, language, text) for the look-alikes, for counting by language."""
        return [tuple(row) for row in look_alikes]

    return pii_cases, pii_look_alikes, pii_look_alike_languages


def injection_accessors(cases: Sequence[tuple], look_alikes: Sequence[tuple]) -> tuple[Callable, Callable, Callable]:
    """``injection_cases``, ``injection_look_alikes`` and ``look_alike_languages`` of one injection set."""

    def injection_cases() -> list[tuple[str, str, str]]:
        """(style, language, text): each text tries to instruct the AI that reads it."""
        return [tuple(row) for row in cases]

    def injection_look_alikes() -> list[tuple[str, str]]:
        """(kind, text): genuine feedback with no attack that a naive rule could flag."""
        return [(kind, text) for kind, _language, text in look_alikes]

    def look_alike_languages() -> list[str]:
        """ISO 639-1 codes of the look-alikes, in the same order."""
        return [language for _kind, language, _text in look_alikes]

    return injection_cases, injection_look_alikes, look_alike_languages
