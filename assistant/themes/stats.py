"""Every number in a themes report, computed in SQL over the stored assignments and classifications.

Per theme: size, share, distinct users, average rating, sentiment and type mix, weekly counts, top sources /
segments / app versions, and the change between the last ``period_days`` and the equal period before it. The
change is tested against the volume of all feedback in each period (an exact conditional binomial test, valid
for small counts: under "no change" a theme's items split between the two periods in proportion to the total
volume), so a theme that grows only because all feedback grew is not flagged. Beside it, each theme's share of all
feedback per calendar month (the newest ``TREND_MONTHS``, three at least) with a Cochran-Armitage test for trend:
two windows of 28 days miss a slow climb (a tester's price complaints went 7, 13, 22, 34, 47 a month and the report
said "flat"). A theme is *emerging* when it grew significantly and its share at least 1.5x (or it is new with at
least 3 items), or when its monthly share rises beyond chance and the newest month's is at least 1.5x the earlier
months'.

The report tests every theme at once, so a theme's change or climb is *significant* when its p-value survives the
Benjamini-Hochberg correction across the themes tested (false discovery rate 5%; ``q_value`` and
``monthly_q_value`` beside each p-value): a B2B tester's report flagged a praise theme "emerging" on 7 items against
1 (p = 0.03) while praise fell every month, one of 20 themes tested. A single test (the chat's trend of one topic)
reads its p-value as it is.

Not handled: seasonality.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from retrieval.plans import plan_expression

SIGNIFICANCE = 0.05
EMERGING_RATIO = 1.5
TOP_N = 3
TREND_MONTHS = 12  # the newest calendar months with feedback a monthly trend is read over


def _base(where: str) -> str:
    return (
        "WITH items AS (SELECT f.id, f.created_at, f.rating, f.author_hash, f.source, f.segment, f.app_version, "
        "CASE WHEN t.status = 'active' THEN ft.theme_id END AS theme_id, fc.feedback_type, fc.sentiment "
        "FROM feedback f LEFT JOIN feedback_themes ft ON ft.feedback_id = f.id LEFT JOIN themes t ON t.id = ft.theme_id "
        f"LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id WHERE {where} AND f.embedding IS NOT NULL) "
    )


def window(conn, filters, period_days: int) -> dict:
    """The report's date range and the two trend periods: ``current`` = last N days, ``previous`` = N days before.

    N is ``period_days``, shortened to half the range when the range is shorter than two periods.
    """
    where, params = filters.sql(conn)
    first, last = conn.execute(_base(where) + "SELECT min(created_at), max(created_at) FROM items", params).fetchone()
    if first is None:
        return {"start": None, "end": None, "period_days": None, "current": None, "previous": None}
    start = filters.since or _midnight(first)
    end = filters.until or _midnight(last) + timedelta(days=1)
    days = max(1, (end - start).days)
    period = max(1, min(period_days, days // 2)) if days >= 2 else 1
    cur_start = end - timedelta(days=period)
    prev_start = cur_start - timedelta(days=period)
    return {"start": start, "end": end, "period_days": period, "current": (cur_start, end),
            "previous": (prev_start, cur_start)}


def _midnight(dt: datetime) -> datetime:
    dt = dt.astimezone(timezone.utc)
    return datetime(dt.year, dt.month, dt.day, tzinfo=timezone.utc)


def theme_stats(conn, filters, win: dict) -> dict:
    """Totals and per-theme figures (``themes`` maps theme id -> dict; key 0 holds the unassigned items)."""
    where, params = filters.sql(conn)
    base = _base(where)
    cur = win["current"] or (None, None)
    prev = win["previous"] or (None, None)
    period_sql = ("count(*) FILTER (WHERE created_at >= %s AND created_at < %s), "
                  "count(*) FILTER (WHERE created_at >= %s AND created_at < %s)")
    period_params = [cur[0], cur[1], prev[0], prev[1]]
    agg = ("count(*), count(DISTINCT author_hash), avg(rating)::float, count(rating), "
           "count(*) FILTER (WHERE created_at IS NULL), " + period_sql + ", max(created_at)")

    def unpack(row) -> dict:
        n, users, avg_rating, rated, undated, c_cur, c_prev, last = row
        return {"size": n, "distinct_users": users, "avg_rating": None if avg_rating is None else round(avg_rating, 2),
                "rated": rated, "undated": undated, "current": c_cur, "previous": c_prev,
                "last": last.date().isoformat() if last else None}

    totals = unpack(conn.execute(base + f"SELECT {agg} FROM items", params + period_params).fetchone())
    themes: dict[int, dict] = {}
    for row in conn.execute(base + f"SELECT coalesce(theme_id, 0), {agg} FROM items GROUP BY 1", params + period_params):
        themes[row[0]] = unpack(row[1:])

    def mix(column: str) -> tuple[dict, dict[int, dict]]:
        overall: dict[str, int] = {}
        per: dict[int, dict[str, int]] = {}
        for tid, value, n in conn.execute(base + f"SELECT coalesce(theme_id, 0), coalesce({column}, 'unclassified'), "
                                          "count(*) FROM items GROUP BY 1, 2 ORDER BY 3 DESC, 2", params):
            per.setdefault(tid, {})[value] = n
            overall[value] = overall.get(value, 0) + n
        return dict(sorted(overall.items(), key=lambda kv: -kv[1])), per

    totals["sentiment"], sentiment = mix("sentiment")
    totals["types"], types = mix("feedback_type")
    weekly: dict[int, dict[str, int]] = {}
    for tid, week, n in conn.execute(base + "SELECT coalesce(theme_id, 0), "
                                     "date_trunc('week', created_at AT TIME ZONE 'UTC')::date, count(*) FROM items "
                                     "WHERE created_at IS NOT NULL GROUP BY 1, 2", params):
        weekly.setdefault(tid, {})[week.isoformat()] = n
    tops: dict[str, dict[int, list]] = {}
    for dim in ("source", "segment", "app_version"):
        tops[dim] = {}
        # a plan by its name: "Premium monthly", not premium_monthly and "Premium (monthly)" apart
        expr, expr_params = plan_expression(conn, "segment") if dim == "segment" else (dim, [])
        for tid, value, n in conn.execute(
                base + f"SELECT tid, v, n FROM (SELECT tid, v, count(*) AS n, row_number() OVER (PARTITION BY tid "
                f"ORDER BY count(*) DESC, v) AS rn FROM (SELECT coalesce(theme_id, 0) AS tid, {expr} AS v FROM items "
                f"WHERE {dim} IS NOT NULL) a GROUP BY 1, 2) s WHERE rn <= {TOP_N} ORDER BY tid, n DESC, v",
                params + expr_params):
            tops[dim].setdefault(tid, []).append({"name": value, "count": n})

    monthly: dict[int, dict] = {}
    for tid, month, n in conn.execute(base + "SELECT coalesce(theme_id, 0), "
                                      "date_trunc('month', created_at AT TIME ZONE 'UTC')::date, count(*) FROM items "
                                      "WHERE created_at IS NOT NULL GROUP BY 1, 2", params):
        monthly.setdefault(tid, {})[month] = n
    months = sorted({m for per in monthly.values() for m in per})[-TREND_MONTHS:]
    month_totals = [sum(per.get(m, 0) for per in monthly.values()) for m in months]
    weeks = _weeks(win)
    series = {tid: [(f"{m:%Y-%m}", monthly.get(tid, {}).get(m, 0), n) for m, n in zip(months, month_totals)]
              for tid in themes}
    raw = {tid: trend(t["current"], t["previous"], totals["current"], totals["previous"], months=series[tid])
           for tid, t in themes.items() if tid != 0}  # the unassigned items are no theme tested
    q_two = adjusted({tid: r["p_value"] for tid, r in raw.items()})
    q_monthly = adjusted({tid: r["monthly_p_value"] for tid, r in raw.items()})
    for tid, t in themes.items():
        t["share"] = round(t["size"] / totals["size"], 4) if totals["size"] else 0.0
        t["sentiment"] = sentiment.get(tid, {})
        t["types"] = types.get(tid, {})
        t["weekly"] = [{"week": w, "count": weekly.get(tid, {}).get(w, 0)} for w in weeks]
        t["top_sources"] = tops["source"].get(tid, [])
        t["top_segments"] = tops["segment"].get(tid, [])
        t["top_versions"] = tops["app_version"].get(tid, [])
        t["trend"] = trend(t["current"], t["previous"], totals["current"], totals["previous"], months=series[tid],
                           q_values=(q_two.get(tid), q_monthly.get(tid)) if tid else None)
    totals["weekly"] = [{"week": w, "count": sum(weekly.get(tid, {}).get(w, 0) for tid in weekly)} for w in weeks]
    return {"totals": totals, "themes": themes, "weeks": weeks}


def _weeks(win: dict) -> list[str]:
    if not win.get("start"):
        return []
    monday = win["start"].date() - timedelta(days=win["start"].weekday())
    last = (win["end"] - timedelta(microseconds=1)).date()
    out = []
    while monday <= last:
        out.append(monday.isoformat())
        monday += timedelta(days=7)
    return out


def adjusted(p_values: dict) -> dict:
    """Benjamini-Hochberg adjusted p-values (q-values) of the tests in ``p_values`` read together (keys kept; a None
    p-value is no test and stays None).

    Example:
        >>> adjusted({"a": 0.01, "b": 0.04, "c": 0.03, "d": None})
        {'a': 0.03, 'b': 0.04, 'c': 0.04, 'd': None}
    """
    tested = sorted((p, k) for k, p in p_values.items() if p is not None)
    out = {k: None for k in p_values}
    smallest = 1.0
    for rank in range(len(tested), 0, -1):  # from the largest p down: q_i = min over j >= i of p_j * m / j
        p, k = tested[rank - 1]
        smallest = min(smallest, p * len(tested) / rank)
        out[k] = round(smallest, 4)
    return out


def trend(current: int, previous: int, total_current: int, total_previous: int,
          months: list[tuple[str, int, int]] = (), q_values: tuple[float | None, float | None] | None = None) -> dict:
    """Change of one theme between two periods, with an exact test against the overall volume; with ``months``
    (``(YYYY-MM, theme items, all items)`` oldest first) also its monthly share's trend (``monthly_trend``). With
    ``q_values`` (the two tests' p-values adjusted across the themes read together, ``adjusted``), those decide
    what is significant.

    Example:
        >>> trend(12, 2, 100, 100)["direction"], trend(12, 2, 100, 100)["significant"]
        ('up', True)
        >>> t = trend(44, 31, 170, 170, months=[("2026-07", 7, 163), ("2026-08", 13, 161), ("2026-09", 22, 213),
        ...                                     ("2026-10", 34, 178), ("2026-11", 47, 169)])
        >>> t["direction"], t["monthly_direction"], t["emerging"]
        ('flat', 'up', True)
    """
    out = {"current": current, "previous": previous, "change": current - previous,
           "change_pct": None if previous == 0 else round(100 * (current - previous) / previous, 1),
           "share_current": round(current / total_current, 4) if total_current else None,
           "share_previous": round(previous / total_previous, 4) if total_previous else None,
           "p_value": None, "significant": False, "direction": "flat", "emerging": False, "note": None,
           "months": [{"month": m, "count": x, "total": n} for m, x, n in months], "monthly_p_value": None,
           "monthly_direction": None, "monthly_turn": None}
    q_two, q_monthly = q_values or (None, None)
    if q_values:
        out["q_value"], out["monthly_q_value"] = q_two, q_monthly
    rising = False
    if len(months) >= 3 and (test := monthly_trend([x for _, x, _ in months], [n for _, _, n in months])):
        out["monthly_p_value"] = round(test["p_value"], 4)
        beyond = (test["p_value"] if q_monthly is None else q_monthly) < SIGNIFICANCE
        out["monthly_direction"] = ("up" if test["z"] > 0 else "down") if beyond else "flat"
        test = {**test, "direction": out["monthly_direction"]}
        turn = _turn([x for _, x, _ in months], [n for _, _, n in months], out["monthly_direction"])
        out["monthly_turn"] = turn and {"kind": turn["kind"], "month": months[turn["index"]][0],
                                        "p_value": round(turn["p_value"], 4)}
        (_, last_x, last_n), earlier = months[-1], months[:-1]
        earlier_share = sum(x for _, x, _ in earlier) / max(sum(n for _, _, n in earlier), 1)
        rising = (test["direction"] == "up" and turn is None and last_x >= 3
                  and last_x / last_n >= EMERGING_RATIO * earlier_share)
    out["emerging"] = rising
    if total_current == 0 or total_previous == 0:
        out["note"] = "no feedback in one of the periods"
        return out
    if current + previous == 0:
        return out
    from scipy.stats import binomtest

    expected = total_current / (total_current + total_previous)
    p = binomtest(current, current + previous, expected).pvalue
    out["p_value"] = round(float(p), 4)
    out["significant"] = bool((p if q_two is None else q_two) < SIGNIFICANCE)
    rate_now, rate_before = current / total_current, previous / total_previous
    if out["significant"]:
        out["direction"] = "up" if rate_now > rate_before else "down"
    if current + previous < 10:
        out["note"] = "few items: only large changes can be significant"
    grew = rate_before == 0 and current >= 3 or rate_before > 0 and rate_now / rate_before >= EMERGING_RATIO
    out["emerging"] = bool(out["direction"] == "up" and grew) or rising
    return out


def p_text(p: float) -> str:
    """A p-value as answers and reports write it: "p < 0.001" below that, else three decimals ("p = 0.068")."""
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def monthly_trend(x: list[int], n: list[int]) -> dict | None:
    """Cochran-Armitage test for a trend in ``x[i]`` of ``n[i]`` over consecutive months: ``{"z", "p_value",
    "direction"}`` (direction 'up' or 'down' when p < ``SIGNIFICANCE``, else 'flat'); None when nothing can be tested
    (no item, or every item, of the months).

    Example:
        >>> monthly_trend([7, 13, 22, 34, 47], [163, 161, 213, 178, 169])["direction"]
        'up'
        >>> monthly_trend([10, 9, 11, 10], [100, 100, 100, 100])["direction"]
        'flat'
    """
    import math

    big_n, big_x = sum(n), sum(x)
    if not big_n:
        return None
    p_bar = big_x / big_n
    spread = sum(ni * i * i for i, ni in enumerate(n)) - sum(ni * i for i, ni in enumerate(n)) ** 2 / big_n
    if not 0 < p_bar < 1 or spread <= 0:
        return None
    z = sum(i * (xi - ni * p_bar) for i, (xi, ni) in enumerate(zip(x, n))) / math.sqrt(p_bar * (1 - p_bar) * spread)
    p_value = math.erfc(abs(z) / math.sqrt(2))
    direction = ("up" if z > 0 else "down") if p_value < SIGNIFICANCE else "flat"
    return {"z": z, "p_value": p_value, "direction": direction, "turn": _turn(x, n, direction)}


def _turn(x: list[int], n: list[int], direction: str) -> dict | None:
    """A rise that has already turned (or a fall that has): the month whose share is highest (lowest for a fall),
    when it is not the newest and the newest month's share is below (above) it beyond chance (two-proportion z
    test, p < ``SIGNIFICANCE``). The test for trend reads a spike late in the months as a rise: a thermostat
    tester's sync complaints went 2, 2, 4, 44, 47, 10 by month after a release that broke sync and one that fixed
    it, and the report said "rising over 6 months". With no trend either way (``direction`` "flat"), a month in
    the middle whose share is above both the share of the months before it (together) and the newest month's beyond
    chance is a spike that is over.
    ``{"kind": "peak" | "dip", "index", "p_value"}`` or None.

    Example:
        >>> _turn([2, 2, 4, 44, 47, 10], [100, 100, 100, 130, 160, 110], "up")["index"]  # by share: 34% in month 3
        3
        >>> _turn([7, 13, 22, 34, 47], [163, 161, 213, 178, 169], "up") is None
        True
        >>> _turn([2, 0, 17, 26, 4, 2], [100, 90, 110, 120, 100, 95], "flat")["index"]
        3
        >>> _turn([0, 2, 3, 15, 6, 3, 1], [2, 71, 73, 100, 103, 102, 87], "flat")["index"]  # a first month of 2 items
        3
        >>> _turn([1, 0, 20, 0, 0, 0, 0], [40, 80, 90, 100, 100, 110, 100], "down")["kind"]  # an outage, not a fall
        'peak'
        >>> _turn([10, 9, 9, 6, 4, 4, 3], [90, 90, 95, 100, 100, 90, 85], "down") is None  # a fall
        True
    """
    if len(x) < 3:
        return None
    shares = [xi / ni if ni else 0.0 for xi, ni in zip(x, n)]
    if direction in ("flat", "down"):  # a spike in the middle, level before and after, has no trend either way: a
        # language-app tester's streak bug (2, 0, 17, 26, 4, 2 a month) read "no clear trend" to "When did it start?";
        # early in the months the test reads it as a fall: a rental tester's two-day messaging outage (1, 0, 20, 0, 0,
        # 0, 0) read "falling over 7 months"
        i = shares.index(max(shares[1:-1]))
        # above the months before it together, not only the first: a developer-platform tester's first month held 2
        # items (a Slack export's channel list), and an August spike of 15 against 2, 3 before it read "no clear trend"
        if x[i] >= SPIKE_MIN_ITEMS and (p := _apart(x, n, i, -1)) is not None and \
                _apart([x[i], sum(x[:i])], [n[i], sum(n[:i])], 0, 1) is not None:
            return {"kind": "peak", "index": i, "p_value": p}
        if direction == "flat":
            return None
    if direction not in ("up", "down"):
        return None
    pick = max if direction == "up" else min
    i = shares.index(pick(shares[:-1]))
    if (shares[-1] >= shares[i]) if direction == "up" else (shares[-1] <= shares[i]):
        return None
    p_value = _apart(x, n, i, -1)
    if p_value is None:
        return None
    return {"kind": "peak" if direction == "up" else "dip", "index": i, "p_value": p_value}


SPIKE_MIN_ITEMS = 5  # a spike between level months needs this many items in its month
COUNT_MOVED = 2 / 3  # a count this far below where it was has moved, not only its share


def count_note(direction: str | None, counts: list[int], months: list[str], totals: list[int] | None = None) -> str:
    """What the counts say beside a monthly share's trend when they disagree with it, else "": a rise whose newest
    month's count is below two thirds of its highest ("the count peaked at 30 in 2026-09, 13 in 2026-11"), a fall
    whose newest count is still two thirds of the months before on average ("the count is about level: 7, 6, 7, 7,
    6, 5; its share fell as all feedback grew"). A wearable tester's price complaints (0, 0, 7, 29, 20, 13 a month)
    read "rising over 6 months", and its flat strap complaints "falling" and "clearly fading".

        >>> count_note("up", [0, 0, 7, 29, 20, 13], ["06", "07", "08", "09", "10", "11"])
        'the count peaked at 29 in 09 (13 in 11)'
        >>> count_note("down", [7, 6, 7, 7, 6, 5], ["06", "07", "08", "09", "10", "11"])
        'the count is about level (7, 6, 7, 7, 6, 5): its share fell as all feedback grew'
        >>> count_note("down", [20, 16, 13, 10, 6, 2], ["06", "07", "08", "09", "10", "11"])
        ''

    With ``totals`` (all items per month), nothing for a newest month far smaller than the others (a month just
    begun: its counts are not comparable): a project-tool tester's board complaints, 11 in November and 3 in the
    first days of December (3 of 14 items), are rising.
    """
    if len(counts) < 3:
        return ""
    if totals and len(totals) == len(counts) and totals[-1] < COUNT_MOVED * sorted(totals[:-1])[(len(totals) - 1) // 2]:
        return ""
    if direction == "up":
        top = max(counts[:-1])
        if top and counts[-1] < COUNT_MOVED * top:
            return f"the count peaked at {top} in {months[counts.index(top)]} ({counts[-1]} in {months[-1]})"
    if direction == "down":
        earlier = sum(counts[:-1]) / (len(counts) - 1)
        if earlier and counts[-1] >= COUNT_MOVED * earlier:
            return f"the count is about level ({', '.join(map(str, counts))}): its share fell as all feedback grew"
    if direction == "flat" and climbs(counts):
        return (f"the count rose month after month ({', '.join(map(str, counts))}) as all feedback grew; its share "
                "did not clearly rise")
    return ""


CLIMB_MONTHS = 4  # months a count must rise over (never falling) to be said to climb beside a flat share


def climbs(counts: list[int]) -> bool:
    """Did ``counts`` rise month after month: never lower than the month before over ``CLIMB_MONTHS`` months or more,
    the newest at least twice the first and 5 more? A shift-scheduling tester's swap-notification complaints (4, 4, 9,
    11, 13, 18 a month while all feedback grew) were "flat" in the themes report and plan, beside no word of it.

        >>> climbs([4, 4, 9, 11, 13, 18]), climbs([4, 9, 6, 11, 13, 18]), climbs([5, 5, 6, 6, 7, 7])
        (True, False, False)
    """
    return (len(counts) >= CLIMB_MONTHS and all(b >= a for a, b in zip(counts, counts[1:]))
            and counts[-1] >= 2 * counts[0] and counts[-1] - counts[0] >= 5)


def trend_count_note(trend: dict) -> str:
    """``count_note`` of a theme's ``trend`` (``trend()``'s dict: its monthly direction and months)."""
    months = trend.get("months") or []
    return count_note(trend.get("monthly_direction"), [m["count"] for m in months], [m["month"] for m in months],
                      [m["total"] for m in months])


ONSET_MIN_ITEMS = 3  # items a month needs to be where something started


def onset(x: list[int], n: list[int]) -> dict | None:
    """"When did X start?": the first month whose share of all feedback (``x`` of ``n`` a month, oldest first) is
    clearly above that of all the months before it together (two-proportion z test, p < ``SIGNIFICANCE``, with
    ``ONSET_MIN_ITEMS`` items or more), as ``{"index", "p_value", "before", "before_total"}``; None when no month is.
    An EV-charging tester's "When did the 80% charging problem start?" got the months (1, 1, 17, 22, 8, 3) and no
    month named."""
    for i in range(1, len(x)):
        before, before_total = sum(x[:i]), sum(n[:i])
        if x[i] < ONSET_MIN_ITEMS or not n[i] or x[i] / n[i] <= before / before_total:
            continue
        if (p_value := _apart([before, x[i]], [before_total, n[i]], 0, 1)) is not None:
            return {"index": i, "p_value": p_value, "before": before, "before_total": before_total}
    return None


def _apart(x: list[int], n: list[int], i: int, j: int) -> float | None:
    """The two-proportion z test's p-value of months ``i`` and ``j`` when below ``SIGNIFICANCE``, else None."""
    import math

    both = (x[i] + x[j]) / (n[i] + n[j]) if n[i] + n[j] else 0.0
    spread = math.sqrt(both * (1 - both) * (1 / n[i] + 1 / n[j])) if 0 < both < 1 and n[i] and n[j] else 0.0
    if not spread:
        return None
    p_value = math.erfc(abs(x[i] / n[i] - x[j] / n[j]) / spread / math.sqrt(2))
    return p_value if p_value < SIGNIFICANCE else None


def turn_text(turn: dict, months: list[str], counts: list[int], totals: list[int], *, short: bool = False) -> str:
    """"peaked in 2026-09 (44 items, 21% of the month's feedback) and fell since (10, 5% in 2026-11; p < 0.001)",
    or the same for a dip that rose. The peak is the month's share, which the counts alone may not show."""
    i = turn["index"]
    how = "peaked in" if turn["kind"] == "peak" else "fell to a low in"
    since = "fell since" if turn["kind"] == "peak" else "rose since"
    if short:
        return (f"{how} {months[i]} ({100 * counts[i] / totals[i]:.0f}%), {since} "
                f"({100 * counts[-1] / totals[-1]:.0f}% in {months[-1]})")
    return (f"{how} {months[i]} ({counts[i]} items, {100 * counts[i] / totals[i]:.0f}% of the month's feedback) and "
            f"{since} ({counts[-1]}, {100 * counts[-1] / totals[-1]:.0f}% in {months[-1]}; {p_text(turn['p_value'])})")


def iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def customers_by_theme(conn, where: str, params: list, *, customer_where: str = "TRUE",
                       customer_params: list | None = None) -> dict[int, dict] | None:
    """Per active theme: the customer accounts behind its feedback (``pma customers import``), or ``None`` when no
    customer file is imported.

    ``where``/``params`` scope the feedback (aliases ``f`` and ``fc``, the item's classification);
    ``customer_where`` narrows the customers (alias ``c``, e.g. one segment). Each theme maps to ``accounts``
    (distinct accounts among the authors; a person without an account name is an account of one),
    ``monthly_revenue`` (their MRR: an account counts once however many of its people wrote), ``revenue_by_currency``
    (the same per currency, when the customer file names one: amounts in different currencies are never added, and
    ``monthly_revenue`` then only ranks), ``items`` (feedback from those accounts) and
    ``authors_not_in_customer_file`` (authors with a user id the file does not list).
    """
    from retrieval.customers import CUSTOMER_OF, JOINS_CUSTOMER, NOT_GIVEN, has_customers

    if not has_customers(conn):
        return None
    joined = ("FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = f.id JOIN themes t ON t.id = ft.theme_id "
              "AND t.status = 'active' LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id "
              f"LEFT JOIN customers c ON {JOINS_CUSTOMER} WHERE {where} AND {CUSTOMER_OF} IS NOT NULL")
    out: dict[int, dict] = {}
    rows = conn.execute(
        f"SELECT theme_id, currency, count(*), coalesce(sum(mrr), 0)::float, sum(items)::int FROM (SELECT "
        f"ft.theme_id, coalesce(c.account, c.author_hash) AS account, max(c.currency) AS currency, max(c.mrr) AS mrr, "
        f"count(*) AS items {joined} AND c.author_hash IS NOT NULL AND ({customer_where}) GROUP BY 1, 2) a "
        f"GROUP BY 1, 2 ORDER BY 1, 2", [*params, *(customer_params or [])]).fetchall()
    named = any(currency for _, currency, *_ in rows)  # else one currency, not named: no breakdown
    def blank() -> dict:
        return {"accounts": 0, "monthly_revenue": 0.0, "items": 0, "authors_not_in_customer_file": 0,
                "revenue_by_currency": {}}

    for tid, currency, accounts, revenue, items in rows:
        theme = out.setdefault(tid, blank())
        theme["accounts"] += accounts
        theme["monthly_revenue"] = round(theme["monthly_revenue"] + revenue, 2)
        theme["items"] += items
        if named:
            theme["revenue_by_currency"][currency or NOT_GIVEN] = round(revenue, 2)
    for tid, n in conn.execute(f"SELECT ft.theme_id, count(DISTINCT f.author_hash) {joined} AND c.author_hash IS NULL "
                               f"GROUP BY 1", params):
        out.setdefault(tid, blank())["authors_not_in_customer_file"] = n
    return out
