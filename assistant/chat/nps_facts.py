"""Numbers for "What is our NPS?": the Net Promoter Score of the survey answers in scope, computed from the scores
as the customers gave them (0-10), never from the 1-5 ratings the product keeps.

Ingest reads a 0-10 score column into NPS bands on the 1-5 scale (``retrieval.columns.parse_rating``) and keeps the
score as given in the item's metadata under the column's name (``retrieval.rows``). The score column is the
metadata key whose whole numbers 0-10 fall, item by item, on the stored ratings through those bands (the key that
does so for most of the newest ``_SAMPLE`` rated items in scope); NPS = % promoters (9-10) - % detractors (0-6) of the items in scope with such a score,
rounded to a whole number as NPS is reported. Star ratings have no NPS: the answer says so and gives their average.

Survey answers that gave a score and left the comment empty count too (``retrieval.stats.ANSWER_ROWS``: the
``scores`` table). NPS over time is a split by period ("NPS by month", "NPS trend"); "How did NPS change since September?" compares
items, not scores (a change question). Without such a key, a key named as the NPS question ("nps_score", "How likely
are you to recommend ...") whose values are whole numbers 0-10 is the score column.
"""

from __future__ import annotations

from assistant.chat.aggregate import Facts, group_column, shown_order, value_names
from assistant.chat.rating_facts import one_per_row
from retrieval.columns import NPS_BANDS, names_nps
from retrieval.filters import Filters
from retrieval.stats import answer_rows

SCORE_VALUE = r"^\s*(?:10|[0-9])\s*$"  # a 0-10 answer as stored in metadata (SQL regex)
SCORE_AGREEMENT = 0.95  # share of a key's 0-10 values that are their items' ratings in NPS bands
_SAMPLE = 5000  # rated items the score column is found on


def _band_sql(value: str) -> str:
    """SQL for the 1-5 rating ingest gives the whole-number score ``value`` (the bands of ``parse_rating``)."""
    parts = [f"WHEN {value} <= {x1} THEN {y0} + {(y1 - y0) / (x1 - x0)} * ({value} - {x0})"
             for (x0, y0), (x1, y1) in zip(NPS_BANDS, NPS_BANDS[1:])]
    return f"(CASE {' '.join(parts)} END)"


def score_column(conn, where: str, params: list, items: str | None = None) -> str | None:
    """The metadata key holding the 0-10 scores the ratings in scope were read from, or None. ``items``: the rows
    ``where`` reads (by default ``retrieval.stats.answer_rows``: every answer, or only feedback items for a condition
    on their search columns)."""
    found = score_source(conn, where, params, items)
    return found[0] if found else None


def score_source(conn, where: str, params: list, items: str | None = None) -> tuple[str, bool] | None:
    """``(key, read_as_rating)`` for ``score_column``'s key: ``read_as_rating`` when the ratings were read from it
    (so an item without a rating holds another column of that name, such as a feature board's "Score" of votes, in
    the same store), False for a key found by its NPS name only."""
    items = items or answer_rows(where)
    value = "trim(e.value)::int"
    agrees = f"count(*) FILTER (WHERE abs(f.rating - {_band_sql(value)}) < 0.01)"
    # judged on the newest rated items in scope (one export's column is the same in all its rows), and only a key
    # whose every 0-10 value is its item's rating in NPS bands: an Appfigures export's "weight" (0-10) matched the
    # stars of some reviews by chance, and a rental tester's reviews read "average score 4.1/10 (answers to weight)"
    row = conn.execute(
        f"SELECT e.key FROM (SELECT f.rating, f.metadata FROM {items} f WHERE {where} AND f.rating IS NOT NULL "
        f"ORDER BY f.id DESC LIMIT {_SAMPLE}) f, jsonb_each_text(f.metadata) e WHERE e.value ~ '{SCORE_VALUE}' "
        f"GROUP BY 1 HAVING {agrees} >= {SCORE_AGREEMENT} * count(*) ORDER BY {agrees} DESC, 1 LIMIT 1",
        params).fetchone()
    if row:
        return row[0], True
    # else a key named as the NPS question whose values are 0-10 (kept as metadata only: items stored before ingest
    # read such a column beside a star rating)
    named = conn.execute(
        f"SELECT e.key, count(*) FROM (SELECT f.metadata FROM {items} f WHERE {where} ORDER BY f.id DESC "
        f"LIMIT {_SAMPLE}) f, jsonb_each_text(f.metadata) e WHERE e.value ~ '{SCORE_VALUE}' "
        "GROUP BY 1 ORDER BY 2 DESC, 1",
        params).fetchall()
    key = next((key for key, _ in named if names_nps(key)), None)
    return (key, False) if key else None


def nps_facts(conn, filters: Filters, breakdown: str | None = None, split=None, periods=None) -> Facts:
    """NPS, promoters, passives and detractors of the items in scope (see the module docstring); with a
    ``breakdown`` ("plan", "platform"), also the NPS of each of its values; with a ``split`` (an
    ``assistant.themes.impact.Release``: a date or a version's first feedback), the NPS of the answers before it and
    from it on ("How did NPS change after the price increase on 2026-09-01?": a neobank tester got the overall NPS
    alone); with ``periods`` (two ``assistant.chat.router.Period``), the NPS of each ("How did NPS change between June
    and November?": an edtech tester got the overall NPS alone)."""
    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe()
    found = score_source(conn, where, params)
    key = found[0] if found else None
    if key is None:
        rated, average = conn.execute(f"SELECT count(f.rating), avg(f.rating)::float FROM {one_per_row(where)}",
                                      params).fetchone()
        facts.matched = 0
        line = ("No score out of 10 is stored with these items, so there is no NPS to compute: NPS needs the 0-10 "
                "answers to 'How likely are you to recommend us?'.")
        if rated:
            line += f" Their {rated} ratings (1-5) average {average:.2f}."
        facts.lines.append(line)
        return facts
    score = "trim(f.metadata ->> %s)::int"
    # a score read as the item's rating: a Canny export's "Score" (votes, 0-132) in the same store as a survey's
    # "Score" made a tester's NPS -35 for -17, its posts with 10 votes or fewer read as answers
    scored = f"{where} AND f.metadata ->> %s ~ '{SCORE_VALUE}'" + (" AND f.rating IS NOT NULL" if found[1] else "")
    n, promoters, passives, detractors = _bands(conn, scored, [*params, key], score, key)
    nps = round(100 * (promoters - detractors) / n)
    facts.matched = n
    facts.add("nps", f"Net Promoter Score (% promoters - % detractors) of the answers to '{key}'", nps, scope)
    facts.add("nps_answers", f"items with a 0-10 answer to '{key}'", n, scope)
    parts = []
    for name, count, band in (("promoters", promoters, "9-10"), ("passives", passives, "7-8"),
                              ("detractors", detractors, "0-6")):
        facts.add(f"nps_{name}", f"{name} ({band}) among them", count, scope)
        parts.append(f"{count} {name} ({band}, {100 * count / n:.0f}%)")
    where_said = f" ({scope})" if scope != "all feedback" else ""
    facts.lines.append(f"NPS {nps:+d}{where_said} from {n} answers to '{key}' (0-10): " + ", ".join(parts) + ".")
    if split is not None:
        facts.lines.append(_before_after(conn, scored, [*params, key], score, key, split, scope, facts))
    if periods:
        facts.lines.append(_in_periods(conn, scored, [*params, key], score, key, periods, scope, facts))
    if breakdown:
        facts.lines.append(_by_group(conn, scored, [*params, key], score, key, breakdown, scope, facts))
    for band in (f"{score} <= 6", f"{score} >= 9"):  # the newest detractor and promoter, quoted
        row = conn.execute(f"SELECT f.id FROM feedback f WHERE {scored} AND {band} ORDER BY f.created_at DESC "
                           f"NULLS LAST, f.id DESC LIMIT 1", [*params, key, key]).fetchone()
        if row:
            facts.example_ids.append(row[0])
    return facts


def _bands(conn, where: str, params: list, score: str, key: str) -> tuple[int, int, int, int]:
    """(answers, promoters, passives, detractors) of the answers ``where`` keeps, one per export row; ``score`` reads
    the 0-10 answer of metadata key ``key``."""
    return conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE {score} >= 9), count(*) FILTER (WHERE {score} BETWEEN 7 AND 8), "
        f"count(*) FILTER (WHERE {score} <= 6) FROM {one_per_row(where)}", [key, key, key, *params]).fetchone()


def _before_after(conn, scored: str, params: list, score: str, key: str, split, scope: str, facts: Facts) -> str:
    """"NPS before and after 2026-09-01: before 2026-09-01: +3 (160 answers); from 2026-09-01: -18 (140 answers); -21
    points": the answers dated before ``split.at`` and from it on (a version's feedback by its date too: NPS answers
    carry no app version)."""
    day = f"{split.at:%Y-%m-%d}"
    name = f"{split.label} ({day})" if split.label != day else day
    return f"NPS before and after {name}: " + _sides(conn, scored, params, score, key, scope, facts, [
        ("before", f"before {name}", f"before {day}", "f.created_at < %s", [split.at]),
        ("after", f"after {name}", f"from {day}", "f.created_at >= %s", [split.at])])


def _in_periods(conn, scored: str, params: list, score: str, key: str, periods, scope: str, facts: Facts) -> str:
    """"NPS in June 2026: +12 (60 answers); in November 2026: -72 (43 answers); -84 points": the answers dated in
    each of two periods, the older first."""
    names = [period.label.split(" (")[0] for period in periods]
    return "NPS " + _sides(conn, scored, params, score, key, scope, facts, [
        (f"period_{rank}", name, name, "f.created_at >= %s AND f.created_at < %s", [period.start, period.end])
        for rank, (name, period) in enumerate(zip(names, periods), start=1)])


def _sides(conn, scored: str, params: list, score: str, key: str, scope: str, facts: Facts, sides: list) -> str:
    """"before 2026-09-01: +3 (160 answers); from 2026-09-01: -18 (140 answers); -21 points": the NPS of the answers
    each of two sides keeps; ``sides``: (its facts' key, what the facts call it, what the line calls it, its SQL
    condition, the condition's parameters)."""
    parts, values = [], []
    for fact, said, shown, cond, cond_params in sides:
        n, promoters, _, detractors = _bands(conn, f"{scored} AND {cond}", [*params, *cond_params], score, key)
        if not n:
            parts.append(f"{shown}: no answers")
            values.append(None)
            continue
        nps = round(100 * (promoters - detractors) / n)
        facts.add(f"nps_{fact}", f"NPS of the answers {said}", nps, scope)
        facts.add(f"nps_answers_{fact}", f"answers with a score {said}", n, scope)
        parts.append(f"{shown}: {nps:+d} ({n} answers)")
        values.append(nps)
    return "; ".join(parts) + (f"; {values[1] - values[0]:+d} points" if None not in values else "") + "."


def _by_group(conn, scored: str, params: list, score: str, key: str, name: str, scope: str, facts: Facts) -> str:
    """"NPS by plan: Team +40 (25 answers), Plus -8 (12), Free -52 (31)": the NPS of each value of the column or
    metadata key ``name`` (``aggregate.group_column``), largest groups first."""
    group = group_column(conn, name, "split NPS")
    if isinstance(group, str):
        return group
    expr, expr_params = group
    rows = conn.execute(
        f"SELECT {expr} AS v, count(*), count(*) FILTER (WHERE {score} >= 9) - count(*) FILTER (WHERE {score} <= 6) "
        f"FROM {one_per_row(scored)} GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST",
        [*expr_params, key, key, *params]).fetchall()
    rows, shown_values = shown_order(rows, name)  # "by month": the newest periods in time order
    parts = []
    show = value_names(conn, group)
    for value, n, net in rows[:shown_values]:
        shown = show(value)
        nps = round(100 * net / n)
        facts.add(f"nps_by:{name}:{shown}", f"NPS of the answers with {name} {shown}", nps, scope)
        facts.add(f"nps_answers_by:{name}:{shown}", f"answers with {name} {shown}", n, scope)
        parts.append(f"{shown} {nps:+d} ({n} answer{'s' if n != 1 else ''})")
    if len(rows) > shown_values:
        parts.append(f"{len(rows) - shown_values} other values ({sum(r[1] for r in rows[shown_values:])} answers)")
    return f"NPS by {name}: " + ", ".join(parts) + "."
