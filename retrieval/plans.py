"""A plan written several ways across exports, read as one: a survey's "Plus (monthly)", the help desk's "Voltora
Plus" and the billing export's plan id "voltora-plus-monthly-eur" are the plan Plus.

Two outside testers in a row asked about their plans and got part of the answer: a wearable's survey said "Plus" and
its billing "Pulsewise Plus" ("Plus subscribers" read the survey's 47, not the 48 who cancelled); an EV-charging
network's exports spelt its Go and Plus plans four ways each, and "Is the pre-authorisation hold problem worse for Go
or Plus users?" found one item. Items keep the value as written; the chat's filters and splits by plan read the
plan's name (``plan_names``), so a filter on one spelling takes every spelling of that plan.

A value's plan name is its words without what only says how it is billed or shown (words in brackets, "monthly",
"annual", a currency, "plan", numbers) and without a brand word: no English word, one that values of different plans
share ("Voltora" in "Voltora Go" and "Voltora Plus") or that a value has beside another value's words ("Pulsewise
Plus" beside "Plus"); "Business" in "Business Pro" and "Business Starter" stays. Values whose names are the same are
one plan, named by those words ("Plus").
Not handled: plans renamed over time ("Premium" that became "Plus"), names in other languages, and a plan id with
no word of its name in it ("price_1NxQ2").
"""

from __future__ import annotations

import re
import threading

from retrieval.db import items_stamp
from retrieval.first_names import is_english_word

# Words that say how a plan is billed, priced or labelled, not which plan it is.
_BILLING = frozenset("""monthly month months mo mth annual annually yearly year years yr weekly week quarterly plan plans
tier tiers subscription subscriptions sub subs membership package edition billing billed recurring per the a eur usd
gbp cad aud chf sek nok dkk pln jpy inr brl mxn""".split())

_lock = threading.Lock()
_cache: dict[str, tuple[int | None, dict[str, str]]] = {}  # database -> (max feedback id, value -> plan name)


def _words(value: str) -> list[str]:
    """The words of ``value`` that can name its plan, lower case ("Go (pay as you go)" -> ["go"]); "free" beside
    other words says its price ("starter_free" is the plan Starter: a shift-scheduling tester's survey spelt it so
    beside the help desk's "Starter", and "What do Starter plan users say?" read 5 of 37 items), alone it is the
    plan Free. A percentage is part of a tier's name: a merchant's commission tier "Plus 25%" is no subscription
    "forkful_plus_monthly" (a food-delivery tester's restaurants and subscribers were one plan Plus), and so is a
    range of numbers: a company size band "201-500 employees" is no "11-50 employees" (an analytics tester's five
    Capterra size bands were one plan "Employees")."""
    # ... and "Forkful+" is "forkful_plus_monthly" (a "+" after a name says "plus")
    value = re.sub(r"(?<=[^\W\d_])\+(?!\w)", " plus", value.lower())
    words = [re.sub(r"\s+", "", w) for w in re.findall(r"[^\W\d_]+|\d+(?:[.,]\d+)?\s*%|\d[\d,.]*\s*[-–]\s*\d[\d,.]*|"
                                                      r"\d[\d,.]*\s*\+", re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", value))
             if w not in _BILLING]
    return [w for w in words if w != "free"] or words


def plan_names_of(values: list[str]) -> dict[str, str]:
    """Stored plan value (lower case) -> its plan's name, for the values that share a plan with another value.

        >>> sorted(plan_names_of(["Voltora Go", "Go (pay as you go)", "Voltora Plus", "voltora-plus-monthly-eur",
        ...                       "Plus (monthly)", "Voltora Business"]).items())  # doctest: +NORMALIZE_WHITESPACE
        [('go (pay as you go)', 'Go'), ('plus (monthly)', 'Plus'), ('voltora go', 'Go'),
         ('voltora plus', 'Plus'), ('voltora-plus-monthly-eur', 'Plus')]
        >>> plan_names_of(["Smart", "smart", "Pro"])
        {'smart': 'Smart'}
        >>> plan_names_of(["Plus 25%", "forkful_plus_monthly", "Forkful Plus"])
        {'forkful_plus_monthly': 'Forkful Plus', 'forkful plus': 'Forkful Plus'}
        >>> plan_names_of(["11-50 employees", "201-500 Employees", "1000+ employees", "5000+ employees", "Pro 9.99",
        ...                "Pro"])
        {'pro 9.99': 'Pro', 'pro': 'Pro'}
    """
    words = {v.lower(): _words(v) for v in dict.fromkeys(values) if v}
    # a brand: a word in values whose other words differ ("voltora" in "voltora go" and "voltora plus")
    rest_by_word: dict[str, set[tuple[str, ...]]] = {}
    for ws in words.values():
        for w in set(ws):
            rest_by_word.setdefault(w, set()).add(tuple(x for x in ws if x != w))
    # or one whose other words are another value's ("Pulsewise Plus" beside "Plus")
    alone = {tuple(ws) for ws in words.values()}
    brands = {w for w, rests in rest_by_word.items() if not w[0].isdigit() and not is_english_word(w) and (
        len({r for r in rests if r}) >= 2 or any(r and r in alone for r in rests))}
    names: dict[str, tuple[str, ...]] = {}
    for value, ws in words.items():
        kept = tuple(w for w in ws if w not in brands) or tuple(ws)
        if kept:
            names[value] = kept
    spellings: dict[tuple[str, ...], list[str]] = {}
    for value, name in names.items():
        spellings.setdefault(name, []).append(value)
    # values that differ only by case are one plan too ("Smart" from the help desk, "smart" from a survey: a neobank
    # tester's stats and splits by plan listed both), named as written with capitals
    cased: dict[str, list[str]] = {}
    for v in dict.fromkeys(values):
        if v:
            cased.setdefault(v.lower(), []).append(v)
    out = {}
    for name, group in spellings.items():
        if len(group) > 1:
            # named as one of its spellings writes it, where one does ("Pay-per-visit", not "Pay Visit": a
            # telehealth tester's plans also came as pay_per_visit and "Pay per visit")
            written = sorted((re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", v).strip() for value in group for v in cased[value]
                              if v != v.lower() and tuple(_words(v)) == name), key=lambda v: (len(v), v))
            out.update(dict.fromkeys(group, " ".join(written[0].split()) if written
                                     else " ".join(w.capitalize() for w in name)))
        elif len(cased[group[0]]) > 1:
            out[group[0]] = next((v for v in cased[group[0]] if v != v.lower()), group[0].capitalize())
    return out


def plan_names(conn) -> dict[str, str]:
    """``plan_names_of`` the plan column's values in the store, read again only when items were added or removed."""
    key = str(getattr(conn, "info", None) and conn.info.dsn)
    newest = items_stamp(conn)
    with _lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == newest:
        return hit[1]
    values = [r[0] for r in conn.execute("SELECT DISTINCT segment FROM feedback WHERE segment IS NOT NULL LIMIT 500")]
    names = plan_names_of(values)
    with _lock:
        _cache[key] = (newest, names)
    return names


def same_plan(conn, value: str) -> list[str]:
    """Every stored spelling (lower case) of the plan ``value`` names, by its name or any of its spellings; just
    ``value`` (lower case) when it is written one way."""
    names = plan_names(conn)
    lower = value.strip().lower()
    name = names.get(lower) or next((n for n in names.values() if n.lower() == lower), None)
    if name is None:
        return [lower]
    return sorted({lower, *(v for v, n in names.items() if n == name)})


def plan_expression(conn) -> tuple[str, list]:
    """SQL for an item's plan by its name (``plan_names``), the value as written where it is spelt one way."""
    names = plan_names(conn)
    if not names:
        return "f.segment::text", []
    cases = " ".join("WHEN %s THEN %s" for _ in names)
    return (f"(CASE lower(f.segment) {cases} ELSE f.segment END)",
            [x for value, name in sorted(names.items()) for x in (value, name)])
