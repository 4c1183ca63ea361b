"""Citations in answers: find them, keep only those that point at retrieved items, count the rest.

Answers cite feedback as ``[F123]``. Models also write ``[F12, F40]``, ``(F12)``, ``【F12】`` or ``[f12]``; all are
normalised to ``[F12][F40]``. An id that was not in the model's context is removed from the text and counted as
dropped, whatever the model meant by it: an answer may only point at evidence the user can open.

``CitationFilter`` does the same on a token stream, holding back only the few characters that might be the start
of a citation, so streamed text never shows an invalid id even briefly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_GROUP = re.compile(r"[\[【(]\s*[Ff]\s*(\d{1,12})((?:\s*(?:[,;/&]|\band\b)\s*(?:and\s+)?[Ff]?\s*\d{1,12})*)\s*[\]】)]")
_MEMBER = re.compile(r"\d{1,12}")
# A text tail that could still grow into a citation: an opening bracket and nothing that rules it out yet.
_PARTIAL = re.compile(r"[\[【(]\s*(?:[Ff][\sFf\d,;/&and]*)?")
_MAX_PARTIAL = 60


@dataclass
class CitationCheck:
    """Result of checking one text."""

    text: str
    kept: list[int] = field(default_factory=list)  # valid ids in order of first appearance
    dropped: list[str] = field(default_factory=list)  # refs removed ("F999"), one entry per occurrence
    total: int = 0  # citations found before the check (one per id occurrence)


def check_citations(text: str, allowed: Iterable[int]) -> CitationCheck:
    """Normalise citations in ``text``, keep those in ``allowed``, remove and count the others.

    Example:
        >>> c = check_citations("Maps fail [F12, F999].", {12})
        >>> c.text, c.kept, c.dropped
        ('Maps fail [F12].', [12], ['F999'])
    """
    allowed = set(allowed)
    result = CitationCheck(text="")

    def _replace(match: re.Match) -> str:
        ids = [int(n) for n in _MEMBER.findall(match.group(0))]
        out = []
        for item_id in ids:
            result.total += 1
            if item_id in allowed:
                if item_id not in result.kept:
                    result.kept.append(item_id)
                out.append(f"[F{item_id}]")
            else:
                result.dropped.append(f"F{item_id}")
        return "".join(out)

    result.text = _tidy(_GROUP.sub(_replace, text))
    return result


def cited_ids(text: str) -> list[int]:
    """Ids cited in ``text``, in order of first appearance (no validity check)."""
    seen: dict[int, None] = {}
    for match in _GROUP.finditer(text):
        for n in _MEMBER.findall(match.group(0)):
            seen.setdefault(int(n), None)
    return list(seen)


def _tidy(text: str) -> str:
    # Removing a citation can leave "maps fail ." or "( )"; clean the seams without touching other spacing.
    text = re.sub(r"[ \t]+([.,;:!?])", r"\1", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    return re.sub(r"[ \t]{2,}", " ", text)


class CitationFilter:
    """Checks citations in streamed text. ``feed`` returns what can be shown now; ``finish`` the rest.

    The concatenation of all returned pieces equals ``check_citations(full_text, allowed).text`` up to whitespace
    tidying at piece seams.
    """

    def __init__(self, allowed: Iterable[int]):
        self.allowed = set(allowed)
        self.kept: list[int] = []
        self.dropped: list[str] = []
        self.total = 0
        self._buffer = ""

    def feed(self, piece: str) -> str:
        self._buffer += piece
        hold = self._partial_tail(self._buffer)
        ready, self._buffer = self._buffer[: len(self._buffer) - hold], self._buffer[len(self._buffer) - hold:]
        out = self._check(ready)
        trail = len(out) - len(out.rstrip(" \t"))
        if trail:  # spaces are shown with what follows them (it may be punctuation that absorbs them)
            out, self._buffer = out[: len(out) - trail], out[len(out) - trail:] + self._buffer
        return out

    def finish(self) -> str:
        ready, self._buffer = self._buffer, ""
        return self._check(ready)

    def _check(self, text: str) -> str:
        if not text:
            return ""
        res = check_citations(text, self.allowed)
        self.total += res.total
        self.dropped += res.dropped
        self.kept += [i for i in res.kept if i not in self.kept]
        return res.text

    @staticmethod
    def _partial_tail(text: str) -> int:
        """Characters to hold: a possible citation start, and the spaces before it (a removed citation may need
        them tidied away: "fails (F99)." becomes "fails.")."""
        start = max(text.rfind("["), text.rfind("("), text.rfind("【"))
        if start < 0 or len(text) - start > _MAX_PARTIAL or not _PARTIAL.fullmatch(text[start:]):
            start = len(text)
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        return len(text) - start
