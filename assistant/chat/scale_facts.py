"""Numbers for a survey's own scale question ("How fair is the pay?" answered 1-5, "How would you rate your
delivery?"): the answers' average and spread, computed in SQL, when the question asks about what that column asks.

A survey export keeps such columns as metadata: the item's rating is one column (a star rating, else the NPS
question), and a form's other scale questions were read by nothing. A food-delivery tester's "How fair do couriers
find the pay?" abstained over 150 answers to its courier form's "How fair is the pay?" (1-5).

A column is a scale question when its name is a question (it ends with "?" or starts with how/what/which/would/rate)
and nearly all its answers are whole numbers from 0 or 1 up to at most 10; the NPS question is left to "What is our
NPS?". A matrix question's column ("How would you rate the following? - Price transparency") asks about its row.
So is a review site's sub-rating, a short name that counts nothing (Capterra's "Value for Money", "Ease of Use",
"Customer Service" beside its overall rating: an HR tester's "What is the average Value for Money rating?" found
no item that says 'Value').
The question asks about it when it holds every content word of the column's name without its legend ("(1 = very
unfair, 5 = very fair)"; compared by their first six letters), and either two of them (of a question's name) or a
word of rating ("rate", "score", "average").

The answers of one row of the export (a review's "Pros: ..." and "Cons: ...", stored as two items) are one answer.

Not handled: scales written in words ("Very fair", "Unfair"), several scale questions named by one question (the
first, most answered, wins).
"""

from __future__ import annotations

import re

from assistant.chat.aggregate import Facts
from assistant.chat.rating_facts import one_per_row
from retrieval.filters import Filters

SCALE_SHARE = 0.9  # answers of a column that must be whole numbers on one small scale
SCALE_MIN_ANSWERS = 5
_QUESTION = re.compile(r"\?\s*$|^(?:how|what|which|would|rate|please\s+rate|on\s+a\s+scale)\b", re.IGNORECASE)
# a sub-rating's name: a few words that count nothing ("Votes", "Seats", "Number of cars", "Priority" are numbers too)
_SUB_RATING = re.compile(r"[^\W\d_]+(?:[\s&/-]+[^\W\d_]+){0,3}")
_COUNTS = re.compile(r"(?:^|[\W_])(?:ids?|counts?|votes?|upvotes?|likes?|number|num|no|qty|quantity|seats?|users?|"
                     r"licen[cs]es?|employees?|age|years?|months?|weeks?|days?|hours?|minutes?|version|code|helpful|"
                     r"replies|comments?|priority|level|tier|step|page|position|rank|size|cars?|children|kids|"
                     r"people|persons?|items?|orders?)(?:$|[\W_])", re.IGNORECASE)
_CSAT_ASKED = re.compile(r"\b(?:csat|satisfaction(?:\s+score)?|how\s+satisfied)\b", re.IGNORECASE)
_SATISFACTION = re.compile(r"\bsatisf(?:ied|action|y)\b", re.IGNORECASE)
_RATING_ASKED = re.compile(r"\b(?:rate[sd]?|rating|ratings|score[sd]?|average|avg|mean)\b", re.IGNORECASE)
# words of a scale question's name that say how it asks, not what about
_ASKING = frozenset("""how what which would will do does did is are was were you your yours we our us rate rated rating
please scale from to one ten five overall generally general think find feel much many very the a an of in on at for
with this that it its recent last""".split())


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _ASKING and len(w) > 2}


def scale_keys(conn) -> list[tuple[str, frozenset[str]]]:
    """The metadata keys that are a survey's scale question (see the module docstring), most answered first, each
    with the words of its name that say what it asks about (without its legend "(1 = very unfair, ...)"). Reads every
    stored answer: the chat reads it again only when items were added (``ContextBuilder._scale_question``)."""
    from retrieval.columns import names_nps

    keys = conn.execute(
        "SELECT k, count(*), count(*) FILTER (WHERE v ~ '^\\s*(?:10|[0-9])(?:\\.0+)?\\s*$') FROM (SELECT e.key AS k, "
        "e.value AS v FROM feedback f, jsonb_each_text(f.metadata) e UNION ALL SELECT e.key, e.value FROM scores s, "
        "jsonb_each_text(s.metadata) e) m GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    out = []
    for key, answers, numbers in keys:
        if answers < SCALE_MIN_ANSWERS or numbers < SCALE_SHARE * answers or names_nps(key) or not (
                _QUESTION.search(key.strip()) or _SUB_RATING.fullmatch(key.strip()) and not _COUNTS.search(key)):
            continue
        if named := _words(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", _row_of(key))):
            out.append((key, frozenset(named)))
    return out


def _row_of(key: str) -> str:
    """What a matrix question's column asks about: its row after the question ("How would you rate the following? -
    Price transparency", as Qualtrics and SurveyMonkey name each row's column: a travel tester's "How do customers
    rate price transparency in the survey?" abstained, the question's "following" being no word of it), else the
    whole name."""
    stem, dash, row = key.rpartition(" - ")
    return row if dash and stem.rstrip().endswith("?") and _words(row) else key


def scale_question(question: str, keys: list[tuple[str, frozenset[str]]]) -> str | None:
    """The key of ``keys`` (``scale_keys``) whose scale question ``question`` asks about (see the module docstring),
    or None."""
    asked = _words(question)
    for key, named in keys:
        # (a sub-rating's name is no question: "customer service" alone is what the feedback says about it)
        if named <= asked and (len(named) >= 2 and _QUESTION.search(key.strip()) or _RATING_ASKED.search(question)):
            return key
    # "What is the average CSAT score in the seller survey?" over a 1-5 "How satisfied are you with ...?" (a
    # marketplace tester's averaged the NPS answers read as stars: 2.71 for 3.01), when it names no other scale
    if _CSAT_ASKED.search(question):
        return next((key for key, _ in keys if _SATISFACTION.search(key)), None)
    return None


def scale_facts(conn, filters: Filters, key: str) -> Facts:
    """"'How fair is the pay?' (1-5): average 2.81 from 150 answers; 5: 12, 4: 30, ...": the answers to the scale
    question ``key`` in scope, with the newest lowest- and highest-scored items that have a comment."""
    facts = Facts()
    where, params = filters.sql(conn)
    value = "(f.metadata ->> %s)::numeric"
    answered = "f.metadata ->> %s ~ '^\\s*(?:10|[0-9])(?:\\.0+)?\\s*$'"
    rows = conn.execute(f"SELECT {value}, count(*) FROM {one_per_row(where)} WHERE {answered} "
                        f"GROUP BY 1 ORDER BY 1 DESC", [key, *params, key]).fetchall()
    n = sum(c for _, c in rows)
    scope = filters.describe()
    if not n:
        facts.matched = 0
        facts.lines.append(f"No answer to '{key}' is in scope ({scope}).")
        return facts
    average = sum(float(v) * c for v, c in rows) / n
    low, high = int(min(v for v, _ in rows)), int(max(v for v, _ in rows))
    top = 10 if high > 7 else 7 if high > 5 else 5
    bottom = 0 if low == 0 else 1
    facts.matched = n
    facts.add("scale_average", f"average answer to '{key}' ({bottom}-{top})", round(average, 2), scope)
    facts.add("scale_answers", f"answers to '{key}'", n, scope)
    for v, c in rows:
        facts.add(f"scale:{int(v)}", f"answers of {int(v)} to '{key}'", c, scope)
    where_said = f" ({scope})" if scope != "all feedback" else ""
    facts.lines.append(f"'{key}' ({bottom}-{top}): average {average:.2f} from {n} answers{where_said}; "
                       + ", ".join(f"{int(v)}: {c}" for v, c in rows) + ".")
    months = conn.execute(f"SELECT to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM'), avg({value})::float, count(*) "
                          f"FROM {one_per_row(where)} WHERE {answered} AND f.created_at IS NOT NULL "
                          f"GROUP BY 1 ORDER BY 1", [key, *params, key]).fetchall()
    if len(months) > 1:
        for month, avg, count in months:
            facts.add(f"scale_by_month:{month}", f"average answer to '{key}' in {month}", round(avg, 2), scope)
        facts.lines.append("By month: " + ", ".join(f"{m} {a:.2f} ({c})" for m, a, c in months) + ".")
    for order in ("ASC", "DESC"):  # the newest lowest- and highest-scored items that say something
        row = conn.execute(f"SELECT f.id FROM feedback f WHERE {where} AND {answered} ORDER BY {value} {order}, "
                           f"f.created_at DESC NULLS LAST, f.id DESC LIMIT 1", [*params, key, key]).fetchone()
        if row and row[0] not in facts.example_ids:
            facts.example_ids.append(row[0])
    return facts
