"""Numbers for "What is our average rating?" and "What is our CSAT?": the ratings in scope, computed in SQL.

The answer gives the average of the stored 1-5 ratings, how many items carry one, how they spread over 1 to 5 stars,
and CSAT as customer-satisfaction surveys report it: the share of ratings of 4 or 5 ("satisfied" and "very
satisfied" on a 5-point scale). When several sources carry ratings (app-store stars, a CSAT survey, G2 reviews),
each source's average and CSAT follow, because one average over different questions hides what each says; a
question "by plan" ("CSAT by month") splits by that column instead.

Survey answers that gave a score and left the comment empty are counted too (the ``scores`` table: no text to
search or cite). A review site's row that ingest stored as several items (its "Pros" and "Cons" answers, same
source and external id) carries one rating, counted once here (``one_per_row``).

Ratings read from a 0-10 answer are in NPS bands (``retrieval.columns.parse_rating``): the answer says how many, and
"What is our NPS?" computes the score itself from the answers as given (``nps_facts``).
Not handled: CSAT on other scales than the stored 1-5 (a 1-7 or 1-10 satisfaction question is stored on 1-5).
"""

from __future__ import annotations

import re

from assistant.chat.aggregate import Facts, group_column, shown_order, value_names
from retrieval.filters import Filters
from retrieval.rows import ROW_KEY
from retrieval.stats import answer_rows

ONE_ROW = f"coalesce(f.external_id, f.metadata ->> '{ROW_KEY}', f.id::text)"
SATISFIED_MIN = 4  # CSAT counts ratings of 4 and 5 on a 1-5 scale


def rating_facts(conn, filters: Filters, breakdown: str | None = None, sentiment: bool = False) -> Facts:
    """Average rating, spread and CSAT of the rated items in scope; by source or by ``breakdown`` when given;
    ``sentiment``: first, how many items in scope are positive, negative and neutral (``sentiment_line``)."""
    facts = Facts()
    where, params = filters.sql(conn)
    scope = filters.describe()
    if sentiment and (line := sentiment_line(conn, where, params, scope, facts)):
        facts.lines.append(line)
    from assistant.chat.nps_facts import SCORE_VALUE, score_column

    satisfaction_where, satisfaction_params = where, params  # (the help desk's own column reads every item)
    # 0-10 NPS answers (stored in bands) are no star or CSAT rating: left out of the average and CSAT where other
    # ratings are in scope (a telehealth tester's "CSAT 43%" blended 420 NPS answers into its app-store stars and
    # its post-consultation survey; the survey alone said 54%)
    key = score_column(conn, where, params)
    is_nps = f"coalesce(f.metadata ->> %s ~ '{SCORE_VALUE}', false)"
    from_nps, others = conn.execute(
        f"SELECT count(*) FILTER (WHERE {is_nps}), count(*) FILTER (WHERE NOT {is_nps}) FROM {one_per_row(where)} "
        f"WHERE f.rating IS NOT NULL", [key, key, *params]).fetchone() if key else (0, 0)
    left_out = from_nps and others  # else only NPS answers are rated: their bands are the ratings there are
    if left_out:
        where, params = f"({where}) AND f.rating IS NOT NULL AND NOT {is_nps}", [*params, key]
    n, rated, average, satisfied, *stars = conn.execute(
        f"SELECT count(*), count(f.rating), avg(f.rating)::float, count(*) FILTER (WHERE f.rating >= {SATISFIED_MIN}), "
        + ", ".join(f"count(*) FILTER (WHERE round(f.rating) = {s})" for s in range(1, 6))
        + f" FROM {one_per_row(where)}", params).fetchone()
    facts.matched = max(rated, facts.matched or 0)
    satisfaction = _satisfaction(conn, satisfaction_where, satisfaction_params, breakdown, scope, facts)
    if not rated:
        if satisfaction or facts.lines:
            facts.lines.extend(satisfaction)
            return facts
        facts.lines.append(f"None of the {n} feedback items in scope has a rating, so there is no average rating or "
                           "CSAT to compute: load an export with a rating or satisfaction-score column.")
        return facts
    csat = round(100 * satisfied / rated)
    facts.add("average_rating", "average rating (1-5) of the rated items", round(average, 2), scope)
    facts.add("rated_items", "items with a rating", rated, scope)
    facts.add("csat", "CSAT: % of ratings that are 4 or 5", csat, scope)
    facts.add("satisfied_items", "ratings of 4 or 5", satisfied, scope)
    where_said = f" ({scope})" if scope != "all feedback" else ""
    line = (f"Average rating {average:.2f} of 5{where_said} from {rated} ratings"
            + (f" ({n - rated} items have no rating)" if n > rated else "")
            + f"; CSAT {csat}% ({satisfied} of {rated} ratings are 4 or 5).")
    facts.lines.append(line)
    for s, count in zip(range(5, 0, -1), reversed(stars)):
        facts.add(f"ratings:{s}", f"ratings of {s}", count, scope)
    facts.lines.append("Ratings: " + ", ".join(f"{s}: {count}" for s, count in zip(range(5, 0, -1), reversed(stars)))
                       + ".")
    if left_out:
        facts.add("nps_answers_left_out", f"0-10 answers to '{key}' left out of the average and CSAT", from_nps, scope)
        facts.lines.append(f"{from_nps} answers to '{key}' (0-10, an NPS question) are not star or CSAT ratings and "
                           "are left out of the average and CSAT; ask 'What is our NPS?' for them.")
    elif from_nps:
        facts.add("ratings_from_nps", f"ratings read from 0-10 answers to '{key}'", from_nps, scope)
        facts.lines.append(f"{from_nps} of the ratings were read from 0-10 answers to '{key}' (in NPS bands); "
                           "ask 'What is our NPS?' for the score itself.")
    name = breakdown or "source"
    group = group_column(conn, name, "split ratings")
    if isinstance(group, str):
        if breakdown:
            facts.lines.append(group)
    else:
        line = _by_group(conn, where, params, group, name, scope, facts)
        if breakdown or line.count("(") > 1:  # by source only when several sources carry ratings
            facts.lines.append(line)
    facts.lines.extend(satisfaction)
    for order in ("f.rating ASC", "f.rating DESC"):  # the newest lowest and highest rated items, quoted
        row = conn.execute(f"SELECT f.id FROM feedback f WHERE {where} AND f.rating IS NOT NULL ORDER BY {order}, "
                           "f.created_at DESC NULLS LAST, f.id DESC LIMIT 1", params).fetchone()
        if row and row[0] not in facts.example_ids:
            facts.example_ids.append(row[0])
    return facts


def sentiment_line(conn, where: str, params: list, scope: str, facts: Facts) -> str:
    """"Sentiment of the 590 items in scope: 266 negative (45%), 142 positive (24%), 182 neutral (31%)", as `pma
    summarize` classified them ('' when none is classified): what "What is the overall sentiment?" and "Is all the
    feedback positive?" ask (a shift-scheduling tester's first abstained, the second listed the praise themes)."""
    rows = dict(conn.execute(f"SELECT fc.sentiment, count(*) FROM feedback f JOIN feedback_classification fc "
                             f"ON fc.feedback_id = f.id WHERE {where} GROUP BY 1", params).fetchall())
    total = sum(rows.values())
    if not total:
        return ""
    parts = []
    for name in ("negative", "positive", "neutral", "mixed"):
        if name in rows:
            facts.add(f"sentiment:{name}", f"items classified {name}", rows[name], scope)
            parts.append(f"{rows[name]} {name} ({100 * rows[name] / total:.0f}%)")
    facts.matched = total
    most = max(rows, key=rows.get)
    said = f"most are {most}" if rows[most] > total / 2 else f"{most} is the largest share, not a majority"
    return f"Sentiment of the {total} classified items in scope ({scope}): " + ", ".join(parts) + f"; {said}."


# A help desk's satisfaction rating as a word (Zendesk's "Satisfaction Score": Good, Bad, or Offered / Unoffered when
# the customer gave none): CSAT is the share of good among good and bad, as the help desk reports it; with a neutral
# answer (Freshdesk's "Neutral"), the share of good among all three, as Freshdesk reports it. A thermostat
# tester's "What is our CSAT by plan?" was read from NPS answers in bands, the tickets' own column unread.
_SATISFACTION_KEY = re.compile(r"satisf|csat", re.IGNORECASE)
GOOD = ("good", "satisfied", "very satisfied", "positive", "thumbs up", "happy", "great",
        # Freshdesk's survey ("Extremely happy" / "Neutral" / "Not happy": a streaming tester's CSAT was read from app
        # store stars instead, 37% for the help desk's 32%)
        "extremely happy", "very happy", "awesome", "excellent", "very good")
BAD = ("bad", "unsatisfied", "dissatisfied", "very dissatisfied", "negative", "thumbs down", "unhappy", "poor",
       "not happy", "extremely unhappy", "very unhappy", "not good", "very bad", "terrible")
NEUTRAL = ("neutral", "okay", "ok", "average", "neither satisfied nor dissatisfied")  # counted as answered, not good
SATISFACTION_SAMPLE = 5000


def satisfaction_key(conn, where: str, params: list) -> str | None:
    """The metadata key named for satisfaction whose answers in scope are mostly good or bad words, else None."""
    keys = [k for (k,) in conn.execute(
        f"SELECT DISTINCT jsonb_object_keys(metadata) FROM (SELECT metadata FROM feedback ORDER BY id DESC "
        f"LIMIT {SATISFACTION_SAMPLE}) f") if _SATISFACTION_KEY.search(k)]
    for key in sorted(keys):
        worded, answered = conn.execute(
            f"SELECT count(*) FILTER (WHERE lower(f.metadata ->> %s) = ANY(%s)), count(*) FILTER (WHERE "
            f"coalesce(f.metadata ->> %s, '') !~* '^\\s*(?:|offered|unoffered|not offered|n/?a|none|-)\\s*$') "
            f"FROM feedback f WHERE {where}", [key, [*GOOD, *BAD, *NEUTRAL], key, *params]).fetchone()
        if worded and worded >= 0.8 * answered:
            return key
    return None


def _satisfaction(conn, where: str, params: list, breakdown: str | None, scope: str, facts: Facts) -> list[str]:
    """"Satisfaction Score: CSAT 55% (40 good of 73 good or bad answers; 120 items without one)", and by
    ``breakdown`` when given; [] without such a column."""
    key = satisfaction_key(conn, where, params)
    if key is None:
        return []
    good, bad, neutral, total = conn.execute(
        f"SELECT count(*) FILTER (WHERE lower(f.metadata ->> %s) = ANY(%s)), count(*) FILTER (WHERE "
        f"lower(f.metadata ->> %s) = ANY(%s)), count(*) FILTER (WHERE lower(f.metadata ->> %s) = ANY(%s)), count(*) "
        f"FROM feedback f WHERE {where}",
        [key, list(GOOD), key, list(BAD), key, list(NEUTRAL), *params]).fetchone()
    if not good + bad:
        return []
    answered = good + bad + neutral  # a neutral answer is an answer that was not good
    csat = round(100 * good / answered)
    facts.matched = facts.matched or answered
    facts.add("satisfaction_csat", f"CSAT from '{key}': % good of good{', neutral' if neutral else ''} and bad", csat,
              scope)
    facts.add("satisfaction_good", f"'{key}' good", good, scope)
    facts.add("satisfaction_bad", f"'{key}' bad", bad, scope)
    if neutral:
        facts.add("satisfaction_neutral", f"'{key}' neutral", neutral, scope)
    said = f"{good} good of {good + bad} good or bad answers" if not neutral else \
        f"{good} good of {answered} answers: {bad} bad, {neutral} neutral"
    lines = [f"'{key}': CSAT {csat}% ({said}; {total - answered} items without one), as the help desk reports it."]
    group = group_column(conn, breakdown, "split satisfaction") if breakdown else None
    if group and not isinstance(group, str):
        expr, expr_params = group
        rows = conn.execute(
            f"SELECT {expr} AS v, count(*) FILTER (WHERE lower(f.metadata ->> %s) = ANY(%s)), count(*) FILTER (WHERE "
            f"lower(f.metadata ->> %s) = ANY(%s)) FROM feedback f WHERE {where} GROUP BY 1 ORDER BY 1 NULLS LAST",
            [*expr_params, key, list(GOOD), key, [*BAD, *NEUTRAL], *params]).fetchall()  # b: not good
        parts, show = [], value_names(conn, group)
        for value, g, b in sorted(rows, key=lambda r: -(r[1] + r[2])):
            if not g + b:
                continue
            shown = show(value)
            facts.add(f"satisfaction_csat_by:{breakdown}:{shown}", f"CSAT from '{key}' with {breakdown} {shown}",
                      round(100 * g / (g + b)), scope)
            parts.append(f"{shown} {round(100 * g / (g + b))}% ({g} of {g + b})")
        if parts:
            lines.append(f"'{key}' by {breakdown}: " + "; ".join(parts) + ".")
    return lines


def one_per_row(where: str) -> str:
    """The items of ``where`` as a FROM clause (alias ``f``), one per row of the export: the answers ingest stores
    from one row of a review site's or a survey's export ("Pros: ...", "Cons: ...", the answers to two open
    questions: same source and external id, or the same ``rows.ROW_KEY``) share its rating or score, counted once."""
    return (f"(SELECT DISTINCT ON (f.source, {ONE_ROW}) f.* FROM {answer_rows(where)} f WHERE {where} "
            f"ORDER BY f.source, {ONE_ROW}, f.id) f")


def _by_group(conn, where: str, params: list, group: tuple[str, list], name: str, scope: str, facts: Facts) -> str:
    """"By source: csat_survey 3.61, CSAT 58% (274 rated); g2_reviews ...": each value's average and CSAT, largest
    groups first (time groups in time order)."""
    expr, expr_params = group
    rows = conn.execute(
        f"SELECT {expr} AS v, count(f.rating), avg(f.rating)::float, "
        f"count(*) FILTER (WHERE f.rating >= {SATISFIED_MIN}) FROM {one_per_row(where)} WHERE f.rating IS NOT NULL "
        f"GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST", [*expr_params, *params]).fetchall()
    rows, shown_values = shown_order(rows, name)  # "by month": the newest periods in time order
    parts, show = [], value_names(conn, group)
    for value, rated, average, satisfied in rows[:shown_values]:
        shown = show(value)
        csat = round(100 * satisfied / rated)
        facts.add(f"average_rating_by:{name}:{shown}", f"average rating of the items with {name} {shown}",
                  round(average, 2), scope)
        facts.add(f"csat_by:{name}:{shown}", f"CSAT (% of ratings 4 or 5) of the items with {name} {shown}", csat,
                  scope)
        facts.add(f"rated_items_by:{name}:{shown}", f"rated items with {name} {shown}", rated, scope)
        parts.append(f"{shown} {average:.2f}, CSAT {csat}% ({rated} rated)")
    if len(rows) > shown_values:
        parts.append(f"{len(rows) - shown_values} other values ({sum(r[1] for r in rows[shown_values:])} rated)")
    return f"By {name}: " + "; ".join(parts) + "."
