"""BM25 over stored feedback, computed inside PostgreSQL (statistics kept by migration 005_bm25.sql).

Scores are classic BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N - df + 0.5) / (df + 0.5))) over the words of
``feedback.lexical``: English stemmed with stop words removed, Chinese segmented by jieba at ingest and for the query.
Two plans, chosen by how many items the filter leaves (``plan``):

- ``impact``: for each query word, the items with the highest BM25 term weight (postings ordered by impact,
  filter checked as they are read, stopping at ``depth`` passing items); the union is then scored exactly. Cost grows
  with the number of query words and ``depth``, not with the collection.
- ``filtered``: a selective filter leaves few items; all of them that contain a query word (GIN index on the
  tsvector, combined with the filter's own indexes) are scored exactly. Exact by construction.

Not handled here: fusion with dense search (``retrieval.fusion``), phrase or proximity scoring, per-field weights.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from retrieval.lexical import segment

K1 = 1.2
B = 0.75


@dataclass
class QueryWords:
    """The query's indexed words with their BM25 idf, and the collection statistics used."""

    terms: list[str]
    term_ids: list[int]
    idfs: list[float]
    docs: int
    avgdl: float

    @property
    def empty(self) -> bool:
        return not self.terms

    def tsquery(self) -> str:
        """``'w1' | 'w2'``: matches items containing any of the words (words are stemmed already)."""
        return " | ".join("'" + t.replace("'", "''").replace("\\", "\\\\") + "'" for t in self.terms)


def idf(docs: int, df: int) -> float:
    return math.log(1.0 + (docs - df + 0.5) / (df + 0.5))


def query_words(conn, text: str) -> QueryWords:
    """Stem and segment ``text`` the way items were indexed, and look up each word's document frequency."""
    words = [r[0] for r in conn.execute("SELECT lexeme FROM unnest(to_tsvector('english', %s))", (segment(text),))]
    docs, total = conn.execute("SELECT coalesce(sum(docs), 0), coalesce(sum(total_len), 0) FROM search_stats").fetchone()
    docs, total = int(docs), int(total)
    found = {}
    if words and docs > 0:
        found = {r[1]: (r[0], r[2]) for r in conn.execute(
            "SELECT id, term, df FROM search_terms WHERE term = ANY(%s) AND df > 0", (words,))}
    terms = sorted(found)
    return QueryWords(terms=terms, term_ids=[found[t][0] for t in terms], idfs=[idf(docs, found[t][1]) for t in terms],
                      docs=docs, avgdl=max(total / max(docs, 1), 1.0))


def search(conn, words: QueryWords, where: str, params: list, *, limit: int, plan: str,
           depth: int | None = None) -> list[tuple[int, float]]:
    """Top ``limit`` ``(id, bm25)`` among items matching ``where`` (a clause on alias ``f``), best first."""
    if words.empty:
        return []
    score = "bm25_score(f.lexical, f.lexical_len, %s::text[], %s::float8[], %s)"
    score_params = [words.terms, words.idfs, words.avgdl]
    if plan == "filtered":
        sql = (f"SELECT f.id, {score} AS s FROM feedback f WHERE f.lexical @@ %s::tsquery AND {where} "
               f"ORDER BY s DESC, f.id LIMIT %s")
        rows = conn.execute(sql, [*score_params, words.tsquery(), *params, limit])
    else:
        depth = depth or 2 * limit
        if where.strip() == "TRUE":
            per_word = ("SELECT p.feedback_id FROM search_postings p WHERE p.term_id = q.term_id "
                        "ORDER BY p.impact DESC LIMIT %s")
            per_params = [depth]
        else:
            per_word = (f"SELECT p.feedback_id FROM search_postings p JOIN feedback f ON f.id = p.feedback_id "
                        f"WHERE p.term_id = q.term_id AND {where} ORDER BY p.impact DESC LIMIT %s")
            per_params = [*params, depth]
        sql = (f"WITH c AS (SELECT DISTINCT x.feedback_id FROM unnest(%s::int[]) AS q(term_id) "
               f"CROSS JOIN LATERAL ({per_word}) x) "
               f"SELECT f.id, {score} AS s FROM c JOIN feedback f ON f.id = c.feedback_id "
               f"ORDER BY s DESC, f.id LIMIT %s")
        rows = conn.execute(sql, [words.term_ids, *per_params, *score_params, limit])
    return [(r[0], float(r[1])) for r in rows if r[1] > 0]


def scores(conn, words: QueryWords, ids: list[int]) -> dict[int, float]:
    """Exact BM25 of the items ``ids`` (0 for items without any query word)."""
    if words.empty or not ids:
        return {i: 0.0 for i in ids}
    rows = conn.execute("SELECT f.id, bm25_score(f.lexical, f.lexical_len, %s::text[], %s::float8[], %s) "
                        "FROM feedback f WHERE f.id = ANY(%s)", (words.terms, words.idfs, words.avgdl, ids))
    return {r[0]: float(r[1]) for r in rows}
