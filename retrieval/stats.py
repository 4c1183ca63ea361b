"""Counts over stored feedback, computed in SQL: by source, month, rating, language; duplicates; ingest runs."""

from __future__ import annotations

import re

from retrieval.db import Database
from retrieval.filters import Filters
from retrieval.plans import plan_expression


def distinct_users_text(n: int) -> str:
    """"12 distinct users", or "no user ids" when no item has one (the export had no user column): never "0 users"."""
    return f"{n} distinct users" if n else "no user ids"


# Survey answers with a score and no comment (the ``scores`` table, ingest's ``RowConverter.score_only``) in the
# columns the filters read on feedback rows (ids negated, no near-duplicates): what NPS and rating answers add.
SCORE_ROWS = ("SELECT -id AS id, source, external_id, created_at, rating, author_hash, segment, app_version, "
              "language, metadata, NULL::bigint AS duplicate_of, NULL::text AS account_hash FROM scores")
# Every answer: feedback items and those score-only answers, in the same columns (alias ``f`` applied by the caller).
ANSWER_ROWS = ("(SELECT id, source, external_id, created_at, rating, author_hash, segment, app_version, language, "
               f"metadata, duplicate_of, account_hash FROM feedback UNION ALL {SCORE_ROWS})")
_READS_TEXT = re.compile(r"\bf\.(?:text|lexical|embedding|title)")


def reads_text(where: str) -> bool:
    """Does the condition ``where`` (alias ``f``) read an item's text or search columns, which score-only answers
    do not have (then only feedback items can be in scope)?"""
    return _READS_TEXT.search(where) is not None


def answer_rows(where: str) -> str:
    """The rows ``where`` can be read on: every answer (``ANSWER_ROWS``), or only feedback items when it reads their
    text ("saying they may leave": a follow-up after "Why do customers cancel?" failed on the score-only answers)."""
    return "feedback" if reads_text(where) else ANSWER_ROWS


def feedback_stats(db: Database, filters: Filters | None = None) -> dict:
    """Numbers a PM checks after loading data. Every figure comes from one SQL aggregate."""
    filters = filters or Filters()
    with db.connect() as conn:
        where, params = filters.sql(conn)
        plan_sql, plan_params = plan_expression(conn)

        def grouped(expr: str, order: str = "2 DESC, 1", expr_params: tuple = ()) -> dict:
            rows = conn.execute(f"SELECT {expr} AS key, count(*) FROM feedback f WHERE {where} GROUP BY 1 ORDER BY {order}",
                                [*expr_params, *params]).fetchall()
            return {("(none)" if k is None else str(k)): n for k, n in rows}

        total, dups, redacted, first, last, users = conn.execute(
            f"SELECT count(*), count(f.duplicate_of), count(*) FILTER (WHERE f.redacted), min(f.created_at), "
            f"max(f.created_at), count(DISTINCT f.author_hash) FROM feedback f WHERE {where}", params).fetchone()
        scores, choices = conn.execute(f"SELECT count(f.rating), count(*) - count(f.rating) FROM ({SCORE_ROWS}) f "
                                       f"WHERE {where}", params).fetchone()
        stats = {
            "filters": filters.describe(),
            "total": total,
            "scores_without_comment": scores,  # survey answers with a score and no text (``scores``)
            "choices_without_comment": choices,  # ... with a closed question's option and neither score nor text
            "near_duplicates": dups,
            "redacted": redacted,
            "distinct_users": users,
            "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None,
            "by_source": grouped("f.source"),
            "by_month": grouped("to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM')", "1"),
            "by_rating": grouped("f.rating::int", "1"),
            "by_language": grouped("f.language"),
            # by plan name: "Smart" and "smart" from two exports are one plan (a neobank tester's stats listed
            # Free 137 and free 136, Smart 184 and smart 102 as four plans)
            "by_segment": grouped(plan_sql, expr_params=tuple(plan_params)),
            "metadata_keys": [r[0] for r in conn.execute(
                f"SELECT DISTINCT jsonb_object_keys(f.metadata) FROM feedback f WHERE {where} ORDER BY 1", params)],
            "embedding_model": db.get_meta(conn, "embedding_model"),
            "last_runs": [
                {"id": r[0], "file": r[1], "status": r[2], "read": r[3], "added": r[4], "duplicates": r[5],
                 "rejected": r[6], "started_at": r[7].isoformat()}
                for r in conn.execute("SELECT id, file, status, read, added, duplicates, rejected, started_at "
                                      "FROM ingest_runs ORDER BY id DESC LIMIT 5")
            ],
        }
    return stats
