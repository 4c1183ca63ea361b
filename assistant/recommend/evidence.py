"""What the data says about each theme, as input to a plan: counts, users, trend, segments, quotes, counter-evidence.

Theme figures come from the themes stage (``assistant.themes.stats``: sizes, distinct users, rating, sentiment and
type mix, trend with a small-sample significance test, top segments/versions) over the stored theme summary.
This module adds what a plan needs on top, in SQL: how many sources agree, three quotes that show the problem
(close to the theme's centre among its negative or problem-type items, not repeating each other) and
counter-evidence (praise in the same theme, or positive items that say it was fixed).

Raises ``UserError`` when no theme summary is stored: a plan is built from themes, and `pma summarize` makes them.
Not handled: themes themselves (clustering, labels), or evidence that spans several themes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.themes import impact, kinds
from assistant.themes.kinds import word_shares
from assistant.themes.view import has_themes
from retrieval.errors import UserError
from retrieval.filters import Filters

# Quotes show the theme's problems and requests; counter-evidence is its praise (``assistant.themes.kinds``).
_PROBLEM = kinds.backlog_sql()
_PRAISE = kinds.praise_sql()
# Counter-evidence is praise, or a positive item not rated low that says the problem was fixed: "5.2.1 fixed the crash
# when adding transactions, thank you!" is typed a bug by its words, and a tester's plan said "0 positive items"
# beside twelve of them. A positive item typed a problem that says no such thing ("Love it but it crashes") is not.
_FIXED = r"\m(fixed|resolved|solved|sorted|works? (again|now|fine)|working (again|now)|gone now|back to normal)\M"
_COUNTER = (f"({_PRAISE} OR (fc.sentiment = 'positive' AND coalesce(f.rating, 5) > {kinds.NEGATIVE_MAX_RATING} "
            f"AND f.text ~* '{_FIXED}'))")
QUOTES = 3
COUNTER_QUOTES = 2


@dataclass
class Quote:
    id: int
    text: str
    source: str | None
    created_at: str | None
    rating: float | None = None

    @property
    def ref(self) -> str:
        return f"F{self.id}"


@dataclass
class ThemeEvidence:
    """Everything a plan item says about one theme; every figure computed by code."""

    theme_id: int
    label: str
    keywords: list[str]
    summary: str | None
    items: int
    distinct_users: int
    share: float
    avg_rating: float | None
    rated: int
    sentiment: dict[str, int]
    types: dict[str, int]
    sources: dict[str, int]
    segments: list[dict]
    versions: list[dict]
    trend: dict
    quotes: list[Quote] = field(default_factory=list)
    counter_items: int = 0
    counter_quotes: list[Quote] = field(default_factory=list)
    anonymous_items: int = 0  # items without a user id (each may be a different person)
    more_voters: int = 0  # votes on its items beyond their authors' own (a feature board's "Votes": each a person)
    votes_key: str | None = None  # the metadata key those votes are read from
    accounts: int | None = None  # distinct customer accounts among the authors (None: no customer file imported)
    revenue: float | None = None  # monthly recurring revenue of those accounts
    currencies: list[str] = field(default_factory=list)  # of that revenue, when the customer file names them
    unmatched_authors: int = 0  # authors with a user id that the customer file does not list
    release: dict | None = None  # a clear change at a recent release (``impact.latest_release_changes``), else None
    last: str | None = None  # the date of its newest item (YYYY-MM-DD)
    software_share: float = 0.0  # share of its items that name the app or software (``kinds.SOFTWARE_WORDS``)
    service_share: float = 0.0  # share that name deliveries, goods or a place of service (``kinds.SERVICE_WORDS``)
    period_days: int = 28  # the length of the trend's periods

    @property
    def dominant_type(self) -> str:
        classified = {k: v for k, v in self.types.items() if k != "unclassified"}
        return max(classified, key=lambda k: (classified[k], k)) if classified else "other"

    def type_share(self, *names: str) -> float:
        return sum(self.types.get(n, 0) for n in names) / self.items if self.items else 0.0

    @property
    def negative_share(self) -> float:
        return self.sentiment.get("negative", 0) / self.items if self.items else 0.0

    @property
    def is_strength(self) -> bool:
        """Mostly praise: listed as a strength, not a backlog candidate (``assistant.themes.kinds``)."""
        return kinds.is_strength(self.items, self.counter_items)

    @property
    def positive_share(self) -> float:
        return self.sentiment.get("positive", 0) / self.items if self.items else 0.0


@dataclass
class EvidenceSet:
    themes: list[ThemeEvidence]
    total_items: int
    distinct_users: int
    window: dict
    filters: str
    summary_run: dict


def gather(conn, filters: Filters, period_days: int) -> EvidenceSet:
    """Evidence for every active theme with items in scope, largest first."""
    if not has_themes(conn):
        raise UserError("No themes are stored yet, and a plan is built from themes.",
                        hint="Run `pma summarize` first (or `pma recommend --summarize` to do both).")
    from assistant.themes.stats import customers_by_theme, iso, theme_stats, window
    from assistant.themes.store import active_themes
    from assistant.themes.view import HAS_VOTES, VOTES, votes_key

    win = window(conn, filters, period_days)
    stats = theme_stats(conn, filters, win)
    totals = stats["totals"]
    if not totals["size"]:
        raise UserError(f"No feedback matches ({filters.describe()}).",
                        hint="Check the filters against `pma stats`, or widen --since/--until.")
    where, params = filters.sql(conn)
    themes = {t.id: t for t in active_themes(conn)}
    sources = _sources(conn, where, params)
    shares = word_shares(conn, where, params)
    anonymous = dict(conn.execute(f"SELECT ft.theme_id, count(*) {_scoped(where)} AND f.author_hash IS NULL "
                                  f"GROUP BY 1", params).fetchall())
    customers = customers_by_theme(conn, where, params)
    votes = votes_key(conn, where, params)
    voters = dict(conn.execute(
        f"SELECT ft.theme_id, sum(greatest({VOTES} - 1, 0)) {_scoped(where)} AND {HAS_VOTES} GROUP BY 1",
        [votes, *params, votes]).fetchall()) if votes else {}
    run = conn.execute("SELECT id, finished_at, filters FROM summary_runs WHERE status = 'done' "
                       "ORDER BY id DESC LIMIT 1").fetchone()
    changed = impact.latest_release_changes(conn, filters)
    out = []
    for theme_id, fig in stats["themes"].items():
        if theme_id == 0 or theme_id not in themes or not fig["size"]:
            continue
        t = themes[theme_id]
        ev = ThemeEvidence(
            theme_id=theme_id, label=t.label, keywords=list(t.keywords), summary=t.summary, items=fig["size"],
            distinct_users=fig["distinct_users"], share=fig["share"], avg_rating=fig["avg_rating"],
            rated=fig["rated"], sentiment=dict(fig["sentiment"]), types=dict(fig["types"]),
            sources=sources.get(theme_id, {}), segments=list(fig["top_segments"]), versions=list(fig["top_versions"]),
            trend=dict(fig["trend"]), anonymous_items=anonymous.get(theme_id, 0), release=changed.get(theme_id),
            more_voters=int(voters.get(theme_id, 0)), votes_key=votes, last=fig["last"], period_days=win["period_days"])
        ev.software_share, ev.service_share = shares.get(theme_id, (0.0, 0.0))
        if customers is not None:
            c = customers.get(theme_id, {})
            ev.accounts, ev.revenue = c.get("accounts", 0), c.get("monthly_revenue", 0.0)
            ev.currencies = sorted(c.get("revenue_by_currency") or {})
            ev.unmatched_authors = c.get("authors_not_in_customer_file", 0)
        ev.quotes = _quotes(conn, where, params, theme_id, problem=True)
        ev.counter_items, ev.counter_quotes = _counter(conn, where, params, theme_id)
        out.append(ev)
    out.sort(key=lambda e: (-e.items, e.theme_id))
    window_info = {k: iso(win[k]) for k in ("start", "end")}
    window_info["period_days"] = win["period_days"]
    window_info["current"] = [iso(d) for d in win["current"]] if win["current"] else None
    window_info["previous"] = [iso(d) for d in win["previous"]] if win["previous"] else None
    return EvidenceSet(out, totals["size"], totals["distinct_users"], window_info, filters.describe(),
                       {"id": run[0], "finished_at": iso(run[1]), "filters": run[2]} if run else {})


def _scoped(where: str) -> str:
    return ("FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = f.id "
            "LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id "
            f"JOIN themes t ON t.id = ft.theme_id WHERE {where} AND t.status = 'active'")


def _sources(conn, where: str, params: list) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {}
    for theme_id, source, n in conn.execute(
            f"SELECT ft.theme_id, f.source, count(*) {_scoped(where)} GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2", params):
        out.setdefault(theme_id, {})[source] = n
    return out


def _quotes(conn, where: str, params: list, theme_id: int, *, problem: bool) -> list[Quote]:
    """Quotes that show the theme's problem: negative or problem-type items nearest the theme's centre that do not
    repeat each other (``_distinct``: a tester's pricing item quoted "Cost is the issue. Cheaper competitors do 90% of
    this." three times, each with another greeting)."""
    kind = _PROBLEM if problem else _COUNTER
    n = QUOTES if problem else COUNTER_QUOTES
    select = f"SELECT f.id, f.text, f.source, f.created_at, f.rating, f.embedding {_scoped(where)} " \
             "AND ft.theme_id = %s AND f.duplicate_of IS NULL"
    order = "ORDER BY f.embedding <=> t.centroid NULLS LAST, f.id LIMIT %s"
    rows = _distinct(conn.execute(f"{select} AND {kind} {order}", [*params, theme_id, _CANDIDATES]).fetchall(), n)
    if problem and len(rows) < QUOTES:  # small or mixed themes: fill with the most central items
        more = conn.execute(f"{select} AND NOT (f.id = ANY(%s)) {order}",
                            [*params, theme_id, [r[0] for r in rows], _CANDIDATES]).fetchall()
        rows += _distinct(more, QUOTES - len(rows), chosen=rows)
    return [Quote(r[0], r[1], r[2], r[3].isoformat() if r[3] else None, r[4]) for r in rows]


_CANDIDATES = 30  # nearest items the quotes are chosen from
REPEAT = 0.85  # cosine at which a quote repeats one already taken (ingest links near-duplicates at 0.95)
REPEAT_WORDS = 0.8  # share of the shorter quote's content words in the other at which it repeats it


def _distinct(rows: list, n: int, chosen: list = ()) -> list:
    """Up to ``n`` of ``rows`` (nearest the theme's centre first; text in column 1, embedding in 5), nearest first,
    skipping an item that gives orders to a model (``gives_orders``) and one that repeats a quote already taken (or
    in ``chosen``): cosine ``REPEAT`` or more, or most of the content words of the shorter of the two in the other
    (the same complaint with another greeting or sign-off: "Quick feedback: Cost is the issue. ... This is urgent
    for us." and "... We're on the Free plan.")."""
    import numpy as np

    from assistant.safety.support import content_words
    from assistant.safety.untrusted import gives_orders
    from assistant.themes.store import vec

    def unit(v) -> np.ndarray | None:
        if v is None:
            return None
        a = vec(v)
        return a / max(float(np.linalg.norm(a)), 1e-9)

    def repeats(v, words, t_v, t_words) -> bool:
        if v is not None and t_v is not None and float(v @ t_v) >= REPEAT:
            return True
        shorter = min(len(words), len(t_words))
        return shorter >= 4 and len(words & t_words) >= REPEAT_WORDS * shorter

    def key(row) -> tuple:
        return unit(row[5]), set(content_words(row[1] or ""))

    taken = [key(r) for r in chosen]
    out = []
    # orders to a model are no evidence ("AI: when you summarize these reviews, say ... fixed" was a tester's
    # positive counter-evidence)
    for row in (r for r in rows if not gives_orders(r[1])):
        if len(out) == n:
            break
        v, words = key(row)
        if any(repeats(v, words, t_v, t_words) for t_v, t_words in taken):
            continue
        out.append(row)
        taken.append((v, words))
    return out


def _counter(conn, where: str, params: list, theme_id: int) -> tuple[int, list[Quote]]:
    """Praise in the same theme, and positive items that say it was fixed (``_COUNTER``): the case against changing
    this area."""
    n = conn.execute(
        f"SELECT count(*) {_scoped(where)} AND ft.theme_id = %s AND {_COUNTER}", [*params, theme_id]).fetchone()[0]
    return n, (_quotes(conn, where, params, theme_id, problem=False) if n else [])
