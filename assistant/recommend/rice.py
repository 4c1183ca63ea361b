"""RICE fields computed by code from theme evidence, each with the rule that produced it.

RICE (Intercom): score = reach x impact x confidence / effort.

- **Reach** (``reach``): by default people who gave feedback in this theme over the plan's period (the filtered
  range): distinct user ids, plus one per item that has no user id (an upper bound where the export lacks ids; the
  basis says which), plus the votes on its items beyond one each (a feature board's "Votes": a post with 300 votes
  is 300 people asking); a theme that is clearly fading (the latest release made it rarer, or its last period has
  clearly fewer items than the one before) keeps that share of it (``fading_factor``). After ``pma customers
  import``: ``accounts`` (distinct customer accounts among those people) or ``revenue`` (their monthly recurring
  revenue: what is at risk).
- **Impact** on Intercom's scale (3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal) from a pain score in
  [0, 1]: 0.4 x severity of the theme's feedback types (bug 1.0, performance 0.8, usability 0.6, feature request
  0.5, question/other 0.3, praise 0) + 0.4 x share of negative items + 0.2 x rating pain ((5 - average) / 4).
- **Confidence** (0.3 to 1.0) from sample size (30+ items: 1.0, 10+: 0.8, 5+: 0.6, fewer: 0.4), agreement across
  sources (3+: 1.0, 2: 0.9, 1: 0.7) and agreement of sentiment (share of the dominant sentiment, floor 0.6).
- **Effort** is not in the data: a PM-editable default in person-weeks (``--effort``, ``--effort-for ID=WEEKS``).

Not handled: dependencies between items, currency conversion.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from assistant.recommend.evidence import ThemeEvidence
from assistant.themes.impact import fading, quiet as gone_quiet
from retrieval.errors import UserError

SEVERITY = {"bug": 1.0, "performance": 0.8, "usability": 0.6, "feature_request": 0.5, "question": 0.3,
            "other": 0.3, "praise": 0.0}
IMPACT_SCALE = ((0.75, 3.0), (0.55, 2.0), (0.35, 1.0), (0.2, 0.5), (0.0, 0.25))
DEFAULT_EFFORT_WEEKS = 2.0
REACH_MODES = ("users", "accounts", "revenue")
PRIORITY_BANDS = ((0.66, "High"), (0.33, "Medium"), (0.0, "Low"))  # share of the best score in the plan


@dataclass
class Rice:
    reach: int
    reach_basis: str
    impact: float
    impact_basis: str
    confidence: float
    confidence_basis: str
    effort: float
    effort_source: str  # default | pm
    score: float

    def as_dict(self) -> dict:
        return asdict(self)


def severity(ev: ThemeEvidence) -> float:
    """Average severity of the theme's classified items (0.3 when none is classified)."""
    classified = {k: v for k, v in ev.types.items() if k in SEVERITY}
    n = sum(classified.values())
    return sum(SEVERITY[k] * v for k, v in classified.items()) / n if n else 0.3


def pain(ev: ThemeEvidence) -> float:
    rating_pain = (5 - ev.avg_rating) / 4 if ev.avg_rating is not None else 0.5
    return round(0.4 * severity(ev) + 0.4 * ev.negative_share + 0.2 * max(0.0, min(1.0, rating_pain)), 3)


def impact(ev: ThemeEvidence) -> tuple[float, str]:
    p = pain(ev)
    value = next(v for threshold, v in IMPACT_SCALE if p >= threshold)
    basis = (f"pain {p:.2f} = 0.4 x severity {severity(ev):.2f} + 0.4 x negative share {ev.negative_share:.2f} + "
             f"0.2 x rating pain" + (f" (average rating {ev.avg_rating:.2f})" if ev.avg_rating is not None else
                                    " (no ratings: 0.5)"))
    return value, basis


def confidence(ev: ThemeEvidence) -> tuple[float, str]:
    n = ev.items
    size = 1.0 if n >= 30 else 0.8 if n >= 10 else 0.6 if n >= 5 else 0.4
    k = len(ev.sources)
    sources = 1.0 if k >= 3 else 0.9 if k == 2 else 0.7
    dominant = max(ev.sentiment.values()) / n if ev.sentiment and n else 0.6
    agreement = max(0.6, dominant)
    value = round(max(0.3, min(1.0, size * sources * agreement)), 2)
    basis = (f"{n} items -> {size:g}; {k} source(s) -> {sources:g}; dominant sentiment share {dominant:.2f} -> "
             f"{agreement:.2f}")
    return value, basis


def score(ev: ThemeEvidence, effort_weeks: float, *, effort_source: str = "default", reach: str = "users") -> Rice:
    """RICE for one theme. ``effort_weeks`` must be positive; ``reach`` is one of ``REACH_MODES``."""
    if effort_weeks <= 0:
        raise ValueError("effort must be positive")
    value, reach_basis = reach_of(ev, reach)
    if (fading := fading_factor(ev)) is not None:
        factor, why = fading
        value = round(value * factor, 2) if reach == "revenue" else max(1, round(value * factor))
        reach_basis += f", x {factor:g} because it is fading ({why})"
    imp, imp_basis = impact(ev)
    conf, conf_basis = confidence(ev)
    return Rice(value, reach_basis, imp, imp_basis, conf, conf_basis, effort_weeks, effort_source,
                round(value * imp * conf / effort_weeks, 2))


def quiet(ev: ThemeEvidence) -> bool:
    """No item of the theme in the last period nor in the one before, while the scope has items in the last one."""
    return gone_quiet(ev.items, ev.trend)


def fading_factor(ev: ThemeEvidence) -> tuple[float, str] | None:
    """How much of the period's reach is still there when the theme is clearly fading (``assistant.themes.impact.fading``): reach is
    the people who will be affected, so a problem that a release already fixed, or that fell from 15 items a month to
    7, is not planned on the people it reached before (a tester's receipt-scanning theme, 48 -> 6 a month, was the
    plan's #2 on its all-time reach)."""
    return fading(ev.items, ev.trend, ev.release, ev.last, ev.period_days)


def reach_of(ev: ThemeEvidence, mode: str = "users") -> tuple[int | float, str]:
    """``(reach, basis)`` for ``mode`` (see the module docstring)."""
    if mode not in REACH_MODES:
        raise ValueError(mode)
    if mode != "users":
        if ev.accounts is None:
            raise ValueError("no customer file imported")
        unmatched = f"; {ev.unmatched_authors} author(s) not in the customer file" if ev.unmatched_authors else ""
        if mode == "accounts":
            return ev.accounts, f"distinct customer accounts in the period{unmatched}"
        if len(ev.currencies) > 1:  # amounts in two currencies cannot be added without exchange rates
            raise UserError(f"Reach by revenue needs the accounts' revenue in one currency; theme '{ev.label}' has "
                            f"{', '.join(ev.currencies)}.", hint="Rank by accounts instead: --reach accounts.")
        return round(ev.revenue or 0.0, 2), f"monthly recurring revenue of {ev.accounts} account(s){unmatched}"
    reach = ev.distinct_users + ev.anonymous_items
    if not ev.anonymous_items:
        basis = "distinct users in the period"
    elif not ev.distinct_users:
        basis = "feedback items in the period (no user ids in the export)"
    else:
        basis = f"{ev.distinct_users} distinct users + {ev.anonymous_items} items without a user id in the period"
    if ev.more_voters:  # a board post with 300 votes is 300 people asking, not one
        reach += ev.more_voters
        basis += (f" + {ev.more_voters} more people who voted for its items ('{ev.votes_key}', authors' own votes "
                  "not counted)")
    return reach, basis


def priority(value: float, best: float) -> str:
    """High / Medium / Low: the item's score as a share of the plan's best score."""
    share = value / best if best else 0.0
    return next(band for threshold, band in PRIORITY_BANDS if share >= threshold)


def with_effort(rice: dict, weeks: float) -> dict:
    """A plan item's RICE fields (``Rice.as_dict()``) with the PM's effort estimate and the score recomputed."""
    if weeks <= 0:
        raise ValueError("effort must be positive")
    return {**rice, "effort": weeks, "effort_source": "pm",
            "score": round(rice["reach"] * rice["impact"] * rice["confidence"] / weeks, 2)}


def rank(items: list[dict]) -> None:
    """Order plan items by score (ties: more evidence first, then theme id) and set ``rank`` and ``priority``."""
    items.sort(key=lambda it: (-it["rice"]["score"], -it["evidence"]["items"], it["theme_id"]))
    best = items[0]["rice"]["score"] if items else 0.0
    for position, item in enumerate(items, start=1):
        item["rank"] = position
        item["priority"] = priority(item["rice"]["score"], best)
