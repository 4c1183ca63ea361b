"""Whether any of many regular expressions matches a text, answered without running most of them.

The instruction patterns (``untrusted._INSTRUCTIONS``) are 542 expressions in one alternation of 106 KB. Python's
``re`` tries every alternative at every position of a text, 2.9 ms per review on a 2-core machine, which a chat
turn paid for each item it read. Almost every expression needs a word to be present ("ignore", "무시", "AI"), so:

1. each expression's *necessary strings* are read from its parse tree: strings one of which any match contains
   (a run of literal characters, the union over a branch's alternatives, a repeat's body when it repeats at least
   once; look-arounds and character classes add nothing, so the set only ever errs towards running an expression);
2. one search over the text, case-folded exactly as ``re.IGNORECASE`` folds (``_sre.unicode_tolower`` and ``re``'s
   own extra case pairs such as "ſ"/"s" and "K"/"k"), finds which of those strings occur;
3. only the expressions whose strings occur (and those without any) are searched, each compiled on its own.

``any_match`` is exact: it is True if and only if the combined alternation would find a match. On 6,841 real reviews
it took 0.21 ms per text. Where ``re``'s internals are not there (Python 3.10), every expression is searched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:  # the parser and case tables of Python 3.11+'s re
    import _sre
    from re import _casefix, _constants, _parser
except ImportError:  # pragma: no cover - Python 3.10
    _parser = None

_SHORTEST = 2  # a necessary string of one character would let nearly every text through


def _necessary(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` contains; None when none are known."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _worth(found) > _worth(best)):
            best = found

    def end_run() -> None:
        if run:
            consider(frozenset({"".join(run)}))
            run.clear()

    c = _constants
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        end_run()
        if op is c.SUBPATTERN:
            consider(_necessary(av[-1]))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            consider(_necessary(av))
        elif op is c.BRANCH:
            alternatives = [_necessary(a) for a in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            consider(_necessary(av[2]))
    end_run()
    return best


def _worth(strings: frozenset[str]) -> tuple[int, int]:
    """Longer necessary strings let fewer texts through; fewer of them are cheaper."""
    return min(map(len, strings)), -len(strings)


class _Fold(dict):
    """``str.translate`` table: each character to one representative of the characters ``re.IGNORECASE`` takes
    for it (filled as characters are met)."""

    def __missing__(self, code: int) -> int:
        lower = _sre.unicode_tolower(code)
        self[code] = folded = min((lower, *_casefix._EXTRA_CASES.get(lower, ())))
        return folded


def _trie_pattern(strings: Sequence[str]) -> str:
    """One expression matching any of ``strings``, the longest one where several start at a position."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class AnyMatchGate:
    """``any_match(text)``: does any of ``patterns`` (compiled with ``flags``, which must include IGNORECASE)
    match somewhere in ``text``? Built on first use."""

    def __init__(self, patterns: Sequence[str], flags: int = re.IGNORECASE):
        if not flags & re.IGNORECASE:
            raise ValueError("the gate folds case as re.IGNORECASE does; compile the patterns with it")
        self.patterns, self.flags = list(patterns), flags
        self._compiled: list[re.Pattern | None] | None = None

    def _build(self) -> None:
        self._always: list[int] = list(range(len(self.patterns)))
        self._holders: dict[str, list[int]] = {}
        if _parser is not None:
            self._fold = _Fold()
            self._always = []
            for i, pattern in enumerate(self.patterns):
                strings = _necessary(_parser.parse(pattern, self.flags))
                if strings is None or min(map(len, strings)) < _SHORTEST:
                    self._always.append(i)
                    continue
                for s in strings:
                    self._holders.setdefault(s.translate(self._fold), []).append(i)
            # a string found at a position stands for every necessary string that begins it
            self._starts = {s: [s[:k] for k in range(1, len(s) + 1) if s[:k] in self._holders] for s in self._holders}
            self._strings = re.compile(_trie_pattern(sorted(self._holders)))
        self._compiled = [None] * len(self.patterns)  # each compiled when a text first needs it

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that may match ``text`` (all that can, perhaps more), in order."""
        if self._compiled is None:
            self._build()
        if not self._holders:
            return self._always
        folded = text.translate(self._fold)
        found: set[str] = set()
        pos = 0
        while (m := self._strings.search(folded, pos)) is not None:
            found.add(m.group(0))
            pos = m.start() + 1  # strings may overlap: look again from the next character
        picked = set(self._always)
        for s in found:
            for start in self._starts[s]:
                picked.update(self._holders[start])
        return sorted(picked)

    def any_match(self, text: str) -> bool:
        """True exactly when ``"|".join(patterns)`` (with ``flags``) would match somewhere in ``text``."""
        return any(self._pattern(i).search(text) for i in self.candidates(text))

    def _pattern(self, i: int) -> re.Pattern:
        if self._compiled[i] is None:
            self._compiled[i] = re.compile(self.patterns[i], self.flags)
        return self._compiled[i]
