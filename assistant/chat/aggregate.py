"""Numbers for aggregate questions, computed in SQL over every matching row (never by the model).

Each ``Number`` keeps a label and the filter it was computed under, so the answer can show where it came from
(``numbers_used`` in ``--json``). Topic matching for "how many … mention X" is explicit and reproducible: an item
matches when the full-text search finds all words of X, or when its embedding is at least ``TOPIC_SIMILARITY``
cosine-similar to X (catches paraphrases such as "forgot to stop tracking" for "battery drain"); one-word topics
use the keyword match only.

Theme-level numbers (top themes, their trends) come from ``assistant.themes.view`` when a theme summary has
been stored; without one the answers say so and name `pma summarize`.
Not handled: arbitrary SQL from natural language; only the three question shapes in ``router``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from assistant.themes.kinds import NEGATIVE_MAX_RATING
from retrieval.filters import Filters
from retrieval.lexical import query_terms

TOPIC_SIMILARITY = 0.5  # cosine to the topic phrase (all-MiniLM-L6-v2); calibrated on examples/feedback.csv


@dataclass
class Number:
    """One figure computed by code, as shown to the model and returned in ``numbers_used``."""

    key: str
    label: str
    value: float | int | str
    scope: str = ""  # the filters and topic it was computed under

    def as_dict(self) -> dict:
        return asdict(self)

    def text(self) -> str:
        value = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
        return f"{self.label}: {value}"


@dataclass
class Facts:
    """What the database says about one aggregate question."""

    numbers: list[Number] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # sentences built by code from the numbers (shown verbatim)
    example_ids: list[int] = field(default_factory=list)  # items to quote as evidence, best first
    matched: int | None = None  # items the question is about (0 -> nothing to narrate)
    note: str | None = None  # e.g. "run `pma summarize` for theme numbers"

    def add(self, key: str, label: str, value, scope: str = "") -> Number:
        number = Number(key, label, value, scope)
        self.numbers.append(number)
        return number


def topic_condition(topic: str, vector, alias: str = "f") -> tuple[str, list]:
    """SQL condition (and params) for "item is about ``topic``"."""
    terms = query_terms(topic)
    parts, params = [], []
    if terms:
        parts.append(f"{alias}.lexical @@ plainto_tsquery('english', %s)")
        params.append(" ".join(terms))
    # One-word topics embed poorly (all-MiniLM puts "Android" at 0.55 from "ok app"): keywords only for those.
    if vector is not None and (len(terms) >= 2 or not terms):
        parts.append(f"(1 - ({alias}.embedding <=> %s)) >= %s")
        params += [vector, TOPIC_SIMILARITY]
    return ("(" + " OR ".join(parts) + ")") if parts else "TRUE", params


def count_facts(conn, filters: Filters, topic: str, vector) -> Facts:
    """Totals for "how many…" questions: matching items, distinct users, share, rating, sources."""
    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe()
    total, users_all = conn.execute(f"SELECT count(*), count(DISTINCT f.author_hash) FROM feedback f WHERE {where}",
                                    params).fetchone()
    facts.add("total_items", "feedback items in scope", total, scope)
    if topic:
        cond, cparams = topic_condition(topic, vector)
        where_t, params_t = f"{where} AND {cond}", [*params, *cparams]
        scope_t = f"{scope}; about '{topic}'"
    else:
        where_t, params_t, scope_t = where, params, scope
    n, users, avg, negative, first, last = conn.execute(
        f"SELECT count(*), count(DISTINCT f.author_hash), round(avg(f.rating)::numeric, 2), "
        f"count(*) FILTER (WHERE f.rating <= {NEGATIVE_MAX_RATING}), min(f.created_at), max(f.created_at) "
        f"FROM feedback f WHERE {where_t}", params_t).fetchone()
    facts.matched = n
    if topic:
        facts.add("matching_items", f"items about '{topic}'", n, scope_t)
        if total:
            facts.add("matching_share_pct", f"share of items in scope about '{topic}' (%)", round(100 * n / total, 1), scope_t)
    facts.add("distinct_users", "distinct users (where the export has a user column)", users, scope_t)
    if avg is not None:
        facts.add("average_rating", "average rating (1-5)", float(avg), scope_t)
        facts.add("negative_items", f"items rated {NEGATIVE_MAX_RATING} or lower", negative, scope_t)
    by_source = conn.execute(f"SELECT f.source, count(*) FROM feedback f WHERE {where_t} GROUP BY 1 ORDER BY 2 DESC, 1 "
                             f"LIMIT 4", params_t).fetchall()
    for source, c in by_source:
        facts.add(f"source:{source}", f"items from {source}", c, scope_t)
    what = f"about '{topic}'" if topic else "in scope"
    if n:
        line = f"{n} feedback item{'s' if n != 1 else ''} {what}"
        if topic and total:
            line += f" ({100 * n / total:.1f}% of {total})"
        if users:
            line += f", from {users} distinct user{'s' if users != 1 else ''}"
        if avg is not None:
            line += f"; average rating {float(avg):.2f}"
        line += f"; dated {first:%Y-%m-%d} to {last:%Y-%m-%d}" if first and last else ""
        facts.lines.append(line + ".")
        if by_source:
            facts.lines.append("By source: " + ", ".join(f"{s} {c}" for s, c in by_source) + ".")
        facts.example_ids = _examples(conn, where_t, params_t, vector)
    else:
        facts.lines.append(f"No feedback items {what} ({scope}).")
    return facts


def top_facts(conn, filters: Filters, topic: str, vector, themes, focus: str = "all") -> Facts:
    """Largest themes (from the stored theme summary), or overall numbers with a note when there is none."""
    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe() + (f"; about '{topic}'" if topic else "")
    if topic:
        cond, cparams = topic_condition(topic, vector)
        where, params = f"{where} AND {cond}", [*params, *cparams]
    total, negative = conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE f.rating <= {NEGATIVE_MAX_RATING}) FROM feedback f WHERE {where}",
        params).fetchone()
    facts.add("total_items", "feedback items in scope", total, scope)
    facts.matched = total
    if not total:
        facts.lines.append(f"No feedback items in scope ({scope}).")
        return facts
    ranked = themes.top(conn, where, params, focus=focus, limit=5) if themes is not None else None
    if ranked:
        what = {"issues": "problem items", "requests": "requests", "praise": "positive items"}.get(focus, "items")
        facts.lines.append(f"Largest themes by {what} ({scope}):")
        for rank, t in enumerate(ranked, start=1):
            facts.add(f"theme:{t.theme_id}:items", f"{what} in theme '{t.label}'", t.items, scope)
            facts.add(f"theme:{t.theme_id}:share_pct", f"share of scope in theme '{t.label}' (%)",
                      round(100 * t.items / total, 1), scope)
            bits = [f"{t.items} {what} ({100 * t.items / total:.1f}% of all items in scope)"]
            if t.users:
                bits.append(f"{t.users} distinct users")
                facts.add(f"theme:{t.theme_id}:users", f"distinct users in theme '{t.label}'", t.users, scope)
            if t.negative_share is not None:
                bits.append(f"{100 * t.negative_share:.0f}% negative")
            line = f"{rank}. {t.label}: " + ", ".join(bits)  # a ranked line: shown without a bullet
            if t.example_id:
                line += f" [F{t.example_id}]"
                facts.example_ids.append(t.example_id)
            facts.lines.append(line + ".")
        return facts
    facts.note = "Theme statistics are not available yet: run `pma summarize` to group all feedback into themes."
    facts.add("negative_items", f"items rated {NEGATIVE_MAX_RATING} or lower", negative, scope)
    facts.lines.append(f"{total} feedback items in scope, {negative} of them rated {NEGATIVE_MAX_RATING} or lower.")
    by_source = conn.execute(f"SELECT f.source, count(*) FROM feedback f WHERE {where} GROUP BY 1 ORDER BY 2 DESC, 1 "
                             f"LIMIT 4", params).fetchall()
    for source, c in by_source:
        facts.add(f"source:{source}", f"items from {source}", c, scope)
    facts.lines.append("By source: " + ", ".join(f"{s} {c}" for s, c in by_source) + ".")
    negative_where = f"{where} AND f.rating <= {NEGATIVE_MAX_RATING}"
    facts.example_ids = _examples(conn, negative_where, params, vector) or _examples(conn, where, params, vector)
    return facts


def change_facts(conn, filters: Filters, topic: str, vector, period, themes) -> Facts:
    """Counts in ``period`` against the previous period of the same length."""
    facts = Facts()
    base_where, base_params = filters.sql(conn)
    if topic:
        cond, cparams = topic_condition(topic, vector)
        base_where, base_params = f"{base_where} AND {cond}", [*base_params, *cparams]
    previous = period.previous()
    scope = filters.describe() + (f"; about '{topic}'" if topic else "")

    def window(p) -> tuple[int, int, float | None, int]:
        row = conn.execute(
            f"SELECT count(*), count(DISTINCT f.author_hash), avg(f.rating), "
            f"count(*) FILTER (WHERE f.rating <= {NEGATIVE_MAX_RATING}) FROM feedback f "
            f"WHERE {base_where} AND f.created_at >= %s AND f.created_at < %s", [*base_params, p.start, p.end]).fetchone()
        return row[0], row[1], (round(float(row[2]), 2) if row[2] is not None else None), row[3]

    now_n, now_users, now_avg, now_neg = window(period)
    before_n, _, before_avg, before_neg = window(previous)
    days = (period.end - period.start).days
    label_now = f"{period.start:%Y-%m-%d} to {period.end:%Y-%m-%d}"
    label_before = f"{previous.start:%Y-%m-%d} to {previous.end:%Y-%m-%d}"
    facts.add("items_current", f"items {label_now}", now_n, scope)
    facts.add("items_previous", f"items {label_before} (previous {days} days)", before_n, scope)
    facts.matched = now_n + before_n
    change = _pct_change(now_n, before_n)
    if change is not None:
        facts.add("items_change_pct", "change in items (%)", change, scope)
    if now_avg is not None and before_avg is not None:
        facts.add("average_rating_current", f"average rating {label_now}", now_avg, scope)
        facts.add("average_rating_previous", f"average rating {label_before}", before_avg, scope)
    facts.add("negative_current", f"items rated {NEGATIVE_MAX_RATING} or lower {label_now}", now_neg, scope)
    facts.add("negative_previous", f"items rated {NEGATIVE_MAX_RATING} or lower {label_before}", before_neg, scope)
    what = f"about '{topic}'" if topic else "in scope"
    line = f"{now_n} items {what} in {label_now} versus {before_n} in the previous {days} days"
    line += f" ({change:+.0f}%)." if change is not None else "."
    facts.lines.append(line)
    if now_avg is not None and before_avg is not None:
        facts.lines.append(f"Average rating {now_avg:.2f} versus {before_avg:.2f}; "
                           f"{now_neg} versus {before_neg} items rated {NEGATIVE_MAX_RATING} or lower.")
    movers = themes.changes(conn, base_where, base_params, period, previous, limit=3) if themes is not None else None
    if movers:
        for t in movers:
            facts.add(f"theme:{t.theme_id}:current", f"items in theme '{t.label}' {label_now}", t.current, scope)
            facts.add(f"theme:{t.theme_id}:previous", f"items in theme '{t.label}' {label_before}", t.previous, scope)
            ref = f" [F{t.example_id}]" if t.example_id else ""
            facts.lines.append(f"Theme '{t.label}': {t.current} versus {t.previous}{ref}.")
            if t.example_id:
                facts.example_ids.append(t.example_id)
    else:
        sources = conn.execute(
            f"SELECT f.source, count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s), "
            f"count(*) FILTER (WHERE f.created_at >= %s AND f.created_at < %s) FROM feedback f WHERE {base_where} "
            f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 4",
            [period.start, period.end, previous.start, previous.end, *base_params]).fetchall()
        for source, a, b in sources:
            facts.add(f"source:{source}:current", f"items from {source} {label_now}", a, scope)
            facts.add(f"source:{source}:previous", f"items from {source} {label_before}", b, scope)
        if sources:
            facts.lines.append("By source (now vs before): " + ", ".join(f"{s} {a} vs {b}" for s, a, b in sources) + ".")
        if themes is None:
            facts.note = "Per-theme changes need a theme summary: run `pma summarize`."
    recent_where = f"{base_where} AND f.created_at >= %s AND f.created_at < %s"
    facts.example_ids += [i for i in _examples(conn, recent_where, [*base_params, period.start, period.end], vector)
                          if i not in facts.example_ids]
    return facts


def data_range(conn, filters: Filters) -> tuple[datetime | None, datetime | None]:
    where, params = filters.sql(conn)
    return conn.execute(f"SELECT min(f.created_at), max(f.created_at) FROM feedback f WHERE {where}", params).fetchone()


def _examples(conn, where: str, params: list, vector, limit: int = 3) -> list[int]:
    """Items to quote: the closest to the topic when there is one, else the most recent; duplicates skipped."""
    order = "f.embedding <=> %s, f.id" if vector is not None else "f.created_at DESC NULLS LAST, f.id"
    extra = [vector] if vector is not None else []
    rows = conn.execute(f"SELECT f.id FROM feedback f WHERE {where} AND f.duplicate_of IS NULL ORDER BY {order} "
                        f"LIMIT %s", [*params, *extra, limit]).fetchall()
    return [r[0] for r in rows]


def _pct_change(now: int, before: int) -> float | None:
    return round(100 * (now - before) / before, 1) if before else None
