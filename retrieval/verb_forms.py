"""Irregular verbs that a question and the feedback inflect differently: "Continue Watching losing progress" asked
of items that say "lost my progress". PostgreSQL's English stemmer keeps "lose" and "lost" apart (it joins
"crashing" and "crashed"), so a topic's word of such a verb is read in the form the stored feedback uses most
(``usual_forms``).

Not handled: words with another meaning in one of their forms ("left", "found", "felt"), nouns, other languages.
"""

from __future__ import annotations

import re

_FAMILIES = (
    ("lose", "loses", "losing", "lost"), ("break", "breaks", "breaking", "broke", "broken"),
    ("pay", "pays", "paying", "paid"), ("buy", "buys", "buying", "bought"),
    ("freeze", "freezes", "freezing", "froze", "frozen"), ("steal", "steals", "stealing", "stole", "stolen"),
    ("forget", "forgets", "forgetting", "forgot", "forgotten"), ("send", "sends", "sending", "sent"),
    ("keep", "keeps", "keeping", "kept"), ("take", "takes", "taking", "took", "taken"),
    ("hide", "hides", "hiding", "hid", "hidden"), ("sell", "sells", "selling", "sold"),
    ("spend", "spends", "spending", "spent"), ("bring", "brings", "bringing", "brought"),
    ("catch", "catches", "catching", "caught"), ("fall", "falls", "falling", "fell", "fallen"),
    ("write", "writes", "writing", "wrote", "written"), ("drive", "drives", "driving", "drove", "driven"),
    ("choose", "chooses", "choosing", "chose", "chosen"), ("give", "gives", "giving", "gave", "given"),
    ("begin", "begins", "beginning", "began", "begun"), ("stick", "sticks", "sticking", "stuck"),
    ("throw", "throws", "throwing", "threw", "thrown"), ("tear", "tears", "tearing", "tore", "torn"),
    ("shake", "shakes", "shaking", "shook", "shaken"), ("wake", "wakes", "waking", "woke", "woken"),
)
_FAMILY = {form: family for family in _FAMILIES for form in family}
_WORD = re.compile(r"[A-Za-z]+")


def usual_forms(conn, text: str) -> str:
    """``text`` with each word of an irregular verb in the form the stored feedback holds most often (by the search
    index's document frequencies), when that form's stem is another; unchanged otherwise.

    Example:
        >>> usual_forms(conn, "Continue Watching losing progress")  # doctest: +SKIP
        'Continue Watching lost progress'
    """
    found = {w.lower() for w in _WORD.findall(text) if w.lower() in _FAMILY}
    if not found:
        return text
    forms = sorted({f for w in found for f in _FAMILY[w]})
    df = dict(conn.execute(
        "SELECT w.form, coalesce(max(t.df), 0) FROM unnest(%s::text[]) AS w(form) LEFT JOIN search_terms t "
        "ON t.term = ANY(tsvector_to_array(to_tsvector('english', w.form))) GROUP BY 1", (forms,)).fetchall())

    def usual(m: re.Match) -> str:
        word = m.group(0)
        family = _FAMILY.get(word.lower())
        if not family:
            return word
        best = max(family, key=lambda f: (df.get(f, 0), f == word.lower()))
        return best if df.get(best, 0) > df.get(word.lower(), 0) else word

    return _WORD.sub(usual, text)
