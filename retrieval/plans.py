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
one plan, named by those words ("Plus"), unless their billing differs: where one plan's values say two periods
("Premium (monthly)" and "Premium (annual)", "premium_monthly" and "premium_annual"), each period is a plan of its own
("Premium monthly", "Premium annual": a fitness tester's were one plan "Premium", so its questions about annual
subscribers read the monthly ones too) and the plan's name alone ("Premium") is all of them (``plan_families``).
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

# ... and which of those say a billing period, by the period they say
_PERIODS = {**dict.fromkeys(("monthly", "month", "months", "mo", "mth"), "monthly"),
            **dict.fromkeys(("annual", "annually", "yearly", "year", "years", "yr"), "annual"),
            **dict.fromkeys(("weekly", "week"), "weekly"), "quarterly": "quarterly"}

_lock = threading.Lock()
# database -> (max feedback id, value -> plan name, plan name -> the plans of its billing periods)
_cache: dict[str, tuple[int | None, dict[str, str], dict[str, list[str]]]] = {}


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


def _period(value: str) -> str | None:
    """The billing period ``value`` says ("Premium (annual)" -> "annual", "pro_monthly" -> "monthly"), or None."""
    return next((_PERIODS[w] for w in re.findall(r"[^\W\d_]+", value.lower()) if w in _PERIODS), None)


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
        >>> plan_names_of(["Premium (monthly)", "premium_monthly", "Premium (annual)", "premium_annual", "Free"])
        ... # doctest: +NORMALIZE_WHITESPACE
        {'premium (monthly)': 'Premium monthly', 'premium_monthly': 'Premium monthly',
         'premium (annual)': 'Premium annual', 'premium_annual': 'Premium annual'}
    """
    return _plans_of(values)[0]


def plan_families_of(values: list[str]) -> dict[str, list[str]]:
    """The name of a plan sold by two or more billing periods -> its period plans, by name (``plan_names_of``) or
    as written where written one way.

        >>> plan_families_of(["Premium (monthly)", "premium_monthly", "Premium (annual)", "Plus (monthly)", "Plus"])
        {'Premium': ['Premium (annual)', 'Premium monthly']}
    """
    return _plans_of(values)[1]


def _plans_of(values: list[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
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
    # a plan sold by two billing periods is a plan per period, its values that say none a plan of their own
    families: dict[tuple[str, ...], list[str]] = {}
    for value, name in names.items():
        families.setdefault(name, []).append(value)
    families = {name: group for name, group in families.items() if len({_period(v) for v in group} - {None}) >= 2}
    for name, group in families.items():
        for value in group:
            if _period(value):
                names[value] = (*name, _period(value))
    spellings: dict[tuple[str, ...], list[str]] = {}
    for value, name in names.items():
        spellings.setdefault(name, []).append(value)
    # values that differ only by case are one plan too ("Smart" from the help desk, "smart" from a survey: a neobank
    # tester's stats and splits by plan listed both), named as written with capitals
    cased: dict[str, list[str]] = {}
    for v in dict.fromkeys(values):
        if v:
            cased.setdefault(v.lower(), []).append(v)

    def named(name: tuple[str, ...], group: list[str]) -> str:
        # as one of its spellings writes it, where one does ("Pay-per-visit", not "Pay Visit": a telehealth tester's
        # plans also came as pay_per_visit and "Pay per visit"), a period plan with its period after it
        base = name[:-1] if name[:-1] in families and name[-1] in _PERIODS.values() else name
        written = sorted((re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", v).strip() for value in group for v in cased[value]
                          if v != v.lower() and tuple(_words(v)) == base), key=lambda v: (len(v), v))
        return " ".join([*(written[0].split() if written else (w.capitalize() for w in base)), *name[len(base):]])

    out = {}
    for name, group in spellings.items():
        if len(group) > 1:
            out.update(dict.fromkeys(group, named(name, group)))
        elif len(cased[group[0]]) > 1:
            out[group[0]] = next((v for v in cased[group[0]] if v != v.lower()), group[0].capitalize())
    as_written = {v: out.get(v) or next((c for c in cased[v] if c != c.lower()), cased[v][0]) for v in names}
    return out, {named(name, group): sorted({as_written[v] for v in group if _period(v)})
                 for name, group in families.items()}


def plan_names(conn) -> dict[str, str]:
    """``plan_names_of`` the plan column's values in the store, read again only when items were added or removed."""
    return _stored_plans(conn)[0]


def plan_families(conn) -> dict[str, list[str]]:
    """``plan_families_of`` the plan column's values in the store."""
    return _stored_plans(conn)[1]


def _stored_plans(conn) -> tuple[dict[str, str], dict[str, list[str]]]:
    key = str(getattr(conn, "info", None) and conn.info.dsn)
    newest = items_stamp(conn)
    with _lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == newest:
        return hit[1:]
    values = [r[0] for r in conn.execute("SELECT DISTINCT segment FROM feedback WHERE segment IS NOT NULL LIMIT 500")]
    plans = _plans_of(values)
    with _lock:
        _cache[key] = (newest, *plans)
    return plans


def same_plan(conn, value: str) -> list[str]:
    """Every stored spelling (lower case) of the plan ``value`` names, by its name or any of its spellings, and of
    each of its billing periods' plans when it names a plan sold by several ("Premium"); just ``value`` (lower case)
    when it is written one way."""
    names, families = _stored_plans(conn)
    lower = value.strip().lower()
    periods = next((ps for name, ps in families.items() if name.lower() == lower), None)
    if periods is not None:
        return sorted({lower, *(s for p in periods for s in same_plan(conn, p))})
    name = names.get(lower) or next((n for n in names.values() if n.lower() == lower), None)
    if name is None:
        return [lower]
    return sorted({lower, *(v for v, n in names.items() if n == name)})


def plan_expression(conn, column: str = "f.segment") -> tuple[str, list]:
    """SQL for an item's plan (``column``) by its name (``plan_names``), the value as written where it is spelt one
    way."""
    names = plan_names(conn)
    if not names:
        return f"{column}::text", []
    cases = " ".join("WHEN %s THEN %s" for _ in names)
    return (f"(CASE lower({column}) {cases} ELSE {column} END)",
            [x for value, name in sorted(names.items()) for x in (value, name)])
