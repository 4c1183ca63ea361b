"""Misspelt words in a search or a question, read as the word the stored feedback holds ("batery drain" ->
"battery drain").

A word is corrected only when nothing stored contains it (after stemming, the way items are indexed): a word some
item holds is searched as typed, however odd. The word must also not be an English word: SCOWL's American English
list (shipped for redaction, ``retrieval.first_names``), the bundled MiniLM's vocabulary, and words made from theirs
by common endings or joined ("summarize", "signup", "onboarding") are the dictionary, so "legroom" asked of app
reviews is not bent into a word they hold. The correction is the closest word (Damerau-Levenshtein between the
words or their stems: one edit for words of up to 6 letters, two for longer; the first letter kept) that

1. is a dictionary word whose stem some stored item holds, or
2. is a stored word held by ``MIN_ITEMS`` items or more that stems to itself ("garmin", "saml": product names the
   dictionary lacks),

the nearer first, then the nearer to the word as typed, then the more items. Two different words alike on all
three: no correction.
Questions in another language (``retrieval.languages``) are left alone: "falla" is Spanish, not "fall". A month or
weekday name is read as such whatever the feedback holds ("in novembr" is "in November": the question's window).

Not handled: words split or joined wrongly ("log in" / "login"), first-letter typos, wrong words that are real
words ("form" for "from"), scripts other than Latin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

MIN_LETTERS = 4  # shorter words are too often abbreviations or names to guess at
MIN_ITEMS = 2  # a stored word held by one item only may itself be a misspelling
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?![^\W\d_])")


@dataclass
class Spelling:
    """``text`` with its misspelt words replaced, and each (as typed, as read) pair."""

    text: str
    fixes: list[tuple[str, str]] = field(default_factory=list)

    def describe(self) -> str:
        """``'batery' read as 'battery': no stored feedback has 'batery'``; '' when nothing changed."""
        if not self.fixes:
            return ""
        typed = [f"'{t}'" for t, _ in self.fixes]
        either = typed[0] if len(typed) == 1 else ", ".join(typed[:-1]) + " or " + typed[-1]
        return ", ".join(f"'{t}' read as '{r}'" for t, r in self.fixes) + f": no stored feedback has {either}"


METRICS = frozenset(("csat", "nps", "ces", "sla", "slas", "kpi", "kpis", "okr", "okrs", "mrr", "arr", "acv", "ltv",
                     "cac", "roi", "dau", "mau", "wau", "sdk", "sdks", "api", "apis"))


def correct(conn, text: str) -> Spelling:
    """Read each misspelt word of ``text`` as the stored word it most likely means (see the module docstring).

    Example:
        >>> correct(conn, "batery drain").text   # items hold "battery", none "batery"
        'battery drain'
    """
    from retrieval.languages import latin_language

    # an acronym written in capitals ("CSAT", "SLA") or a metric's name is meant as written: "What is our CSAT
    # score?" became "cat" (a grocery tester's feedback held "cat food") and every CSAT question failed
    words = {m.group(0).lower() for m in _WORD.finditer(text) if len(m.group(0)) >= MIN_LETTERS
             and not m.group(0).isupper() and m.group(0).lower() not in METRICS}
    unknown = sorted(w for w in words if not known_word(w))
    if not unknown or latin_language(text) != "en":
        return Spelling(text)
    # a month or weekday the question names is read whatever the feedback holds: "in novembr" lost its window
    fixes = {w: fix for w in unknown if (fix := _calendar_word(w))}
    absent = _not_stored(conn, [w for w in unknown if w not in fixes])
    fixes |= {w: fix for w in absent if (fix := _closest(conn, w))}
    if not fixes:
        return Spelling(text)
    out = _WORD.sub(lambda m: _cased(m.group(0), fixes[m.group(0).lower()]) if m.group(0).lower() in fixes
                    else m.group(0), text)
    typed = {m.group(0).lower(): m.group(0) for m in _WORD.finditer(text)}
    return Spelling(out, [(typed[w], fix) for w, fix in sorted(fixes.items(), key=lambda kv: text.lower().find(kv[0]))])


def _not_stored(conn, words: list[str]) -> list[str]:
    """The words whose stems no stored item holds (a stop word has no stem and is never misspelt)."""
    rows = conn.execute(
        "SELECT w FROM unnest(%s::text[]) AS w, LATERAL tsvector_to_array(to_tsvector('english', w)) AS s "
        "WHERE cardinality(s) > 0 AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = ANY(s) AND t.df > 0)",
        (words,))
    return [r[0] for r in rows]


def _closest(conn, word: str) -> str | None:
    """The stored word ``word`` most likely misspells, or None (see the module docstring). Stems are compared too:
    "waitrrs" (stem 'waitrr') is one edit from 'waiter', two from "waits"."""
    limit = _edits(len(word))
    stem = (_stem(conn, word) or (word,))[0]
    forms = {word, stem}

    def distance(*candidates: str) -> int:  # the edits allowed follow the shorter of the two forms compared
        found = [d for f in forms for c in candidates
                 if (d := edit_distance(f, c, edits := _edits(min(len(f), len(c))))) <= edits]
        return min(found, default=limit + 1)

    spelled = [w for w in _dictionary_from(word[0]) if w != word and distance(w) <= limit]
    candidates: dict[str, tuple[int, int]] = {}  # word -> (distance, items holding it)
    if spelled:
        rows = conn.execute(
            "SELECT w, t.term, t.df FROM unnest(%s::text[]) AS w, "
            "LATERAL tsvector_to_array(to_tsvector('english', w)) AS s JOIN search_terms t ON t.term = ANY(s) "
            "WHERE t.df > 0", (spelled,))
        for w, term, df in rows:
            candidates[w] = min(candidates.get(w, (limit + 1, 0)), (distance(w, term), -df))
        candidates = {w: (d, -neg_df) for w, (d, neg_df) in candidates.items()}
    shortest, longest = min(map(len, forms)), max(map(len, forms))
    rows = conn.execute(
        "SELECT term, df FROM search_terms WHERE df >= %s AND left(term, 1) = %s AND length(term) BETWEEN %s AND %s "
        "AND term ~ '^[a-z]+$' AND tsvector_to_array(to_tsvector('english', term)) = ARRAY[term]",
        (MIN_ITEMS, word[0], shortest - limit, longest + limit))
    for term, df in rows:
        if term not in candidates and term not in forms and (d := distance(term)) <= limit:
            candidates[term] = (d, df)
    if not candidates:
        return None
    # nearest first; then the nearer as typed ("waitres": 'waitress' before 'wait', both one edit from a form); then
    # the word more items hold
    ranked = sorted((d, edit_distance(word, w, 3), -df, w) for w, (d, df) in candidates.items())
    if len(ranked) > 1 and ranked[1][:3] == ranked[0][:3] and _stem(conn, ranked[1][3]) != _stem(conn, ranked[0][3]):
        return None  # two different words equally likely
    best = ranked[0][3]
    return best if best in spelled else _surface(conn, best)


def _surface(conn, term: str) -> str:
    """The word stored items most often write for the indexed word ``term`` ("ambienc" -> "ambience")."""
    from retrieval.bm25 import quote

    row = conn.execute(
        "SELECT w FROM (SELECT text FROM feedback WHERE lexical @@ %s::tsquery LIMIT 20) f, "
        "regexp_split_to_table(lower(f.text), '[^a-z]+') AS w "
        "WHERE w <> '' AND tsvector_to_array(to_tsvector('english', w)) = ARRAY[%s] "
        "GROUP BY w ORDER BY count(*) DESC, w LIMIT 1", (quote(term), term)).fetchone()
    return row[0] if row else term


_CALENDAR = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
             "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _calendar_word(word: str) -> str | None:
    """The month or weekday ``word`` misspells (same first letter, within the edits allowed), or None."""
    near = []
    for name in _CALENDAR:
        limit = _edits(min(len(word), len(name)))
        if name[0] == word[0] and name != word and (d := edit_distance(word, name, limit)) <= limit:
            near.append((d, name))
    near.sort()
    return near[0][1] if near and (len(near) == 1 or near[1][0] > near[0][0]) else None


def _edits(letters: int) -> int:
    return 1 if letters <= 6 else 2


def _stem(conn, word: str) -> tuple[str, ...]:
    row = conn.execute("SELECT tsvector_to_array(to_tsvector('english', %s))", (word,)).fetchone()
    return tuple(row[0] or ())


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one edit), or ``limit + 1`` once it exceeds ``limit``.

    Example:
        >>> edit_distance("donwload", "download", 2)
        1
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


def _cased(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word.capitalize() if typed[:1].isupper() else word


# Endings that make words from words (inflections first): "notifications", "summarize" (summary), "customizable"
# (customize, custom), "waiters".
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
             ("ing", "e"), ("er", ""), ("ers", ""), ("er", "e"), ("ers", "e"), ("ly", ""), ("ness", ""), ("ment", ""),
             ("ments", ""),
             ("ize", ""), ("ize", "e"), ("ize", "y"), ("ise", ""), ("ise", "e"), ("ise", "y"), ("able", ""),
             ("able", "e"), ("ability", ""), ("ation", ""), ("ation", "e"), ("ful", ""), ("less", ""), ("ity", ""),
             ("ive", ""), ("ive", "e"), ("ous", ""), ("al", ""), ("ally", ""), ("ic", "y"), ("ical", "y"))
# Short parts of compounds that are words only in one ("onboarding", "unsubscribe", "logout", "signup", "dropdown").
_PARTICLES = frozenset("on in up out off over under down back un re pre non sub co de dis mis multi auto self".split())
_ENDING_PARTICLES = frozenset("up in out off down back over".split())


def known_word(word: str, depth: int = 2) -> bool:
    """An English word: in the dictionary, made from one by a common ending ("notifications", "summarize",
    "customizable"), or two of them joined ("signup", "dropdown", "unsubscribe").

    Example:
        >>> known_word("notifications"), known_word("onboarding"), known_word("batery")
        (True, True, False)
    """
    words = _dictionary()
    if word in words:
        return True
    if depth <= 0:
        return False
    if _inflected(word, depth):
        return True
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if _compound(head, tail) and (head in _PARTICLES or head in words) and \
                (tail in _ENDING_PARTICLES or tail in words or _inflected(tail)):
            return True
    return False


def _inflected(word: str, depth: int = 1) -> bool:
    """``word`` is a known word with one of ``_SUFFIXES`` ("stopped": a doubled last letter too)."""
    for ending, base in _SUFFIXES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            root = word[: len(word) - len(ending)] + base
            if ending[0] in "ei" and root.endswith("e") and not root.endswith("ee"):
                continue  # "dine" + "er" is "diner": "dineer" is no inflection ("agree" + "ing" keeps both)
            if known_word(root, depth - 1) or (root[-1:] == root[-2:-1] and root[:-1] in _dictionary()):
                return True
    return False


def _compound(head: str, tail: str) -> bool:
    """Parts long enough to join: a particle, or 4+ letters (3 beside a part of 5+): "paywall" is not read as a
    compound, nor "waitres" as wait + res."""
    def long_enough(part: str, other: str) -> bool:
        return len(part) >= 4 or (len(part) == 3 and len(other) >= 5)

    head_ok = head in _PARTICLES or long_enough(head, tail) or (len(head) == 3 and tail in _ENDING_PARTICLES)
    tail_ok = tail in _ENDING_PARTICLES or long_enough(tail, head)
    return head_ok and tail_ok and not (head in _PARTICLES and tail in _ENDING_PARTICLES)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Lower-case English words: SCOWL's American English list that redaction uses (``retrieval.first_names``,
    ~64k words with their inflections) and the whole words of the bundled MiniLM's vocabulary (~22k, names and
    newer words such as "login")."""
    from retrieval.embed import bundled_embedder_path
    from retrieval.first_names import english_words

    lines = (bundled_embedder_path() / "vocab.txt").read_text(encoding="utf-8").split("\n")
    return frozenset(w for w in lines if w.isascii() and w.isalpha() and w.islower()) | \
        frozenset(w for w in english_words() if w.isascii() and w.isalpha())


@lru_cache(maxsize=32)
def _dictionary_from(letter: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in _dictionary() if w[0] == letter and len(w) >= MIN_LETTERS - 1))
