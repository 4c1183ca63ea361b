"""BM25 over stored feedback, computed inside PostgreSQL (statistics kept by migration 005_bm25.sql).

Scores are classic BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N - df + 0.5) / (df + 0.5))) over the words of
``feedback.lexical``: English stemmed with stop words removed, Chinese segmented by jieba at ingest and for the query.
Two plans, chosen by how many items the filter leaves (``plan``):

- ``impact``: for each query word, the ``depth`` items with the highest BM25 term weight (postings ordered by
  impact, read from the index alone); their weights are summed per item, the best items that pass the filter are
  then scored exactly. Cost grows with the number of query words and ``depth``, not with the collection; a filter
  that keeps few of the best items leaves fewer than ``limit`` (that is what the ``filtered`` plan is for).
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
DEPTH = 2000  # postings read per query word on the impact plan (index-only, ~1 ms per 2,000)
MAX_DEPTH = 20_000  # a filter keeping a small share of items reads deeper (DEPTH / share), up to this
RESCORE = 3  # items scored exactly on the impact plan, per result wanted


@dataclass
class QueryWords:
    """The query's indexed words with their BM25 idf, and the collection statistics used."""

    terms: list[str]
    term_ids: list[int]
    idfs: list[float]
    dfs: list[int]  # items holding each word
    docs: int
    avgdl: float

    @property
    def empty(self) -> bool:
        return not self.terms

    @property
    def best_score(self) -> float:
        """The most BM25 any item can score on these words (each word at saturation): ``sum(idf) * (k1 + 1)``;
        fusion puts BM25 on a 0-1 scale with it (``retrieval.fusion.blend``)."""
        return sum(self.idfs) * (K1 + 1)

    def all_of_rarest(self, n: int = 3) -> str:
        """``'w1' & 'w2' & 'w3'``: items containing all of the ``n`` words with the highest idf."""
        rarest = sorted(zip(self.idfs, self.terms), reverse=True)[:n]
        return " & ".join(quote(t) for _, t in rarest)

    def tsquery(self) -> str:
        """``'w1' | 'w2'``: matches items containing any of the words (words are stemmed already)."""
        return " | ".join(quote(t) for t in self.terms)


def quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def score_sql(words: QueryWords, alias: str = "f") -> tuple[str, list]:
    """SQL for the exact BM25 of row ``alias`` and its parameters.

    ``setweight`` + ``ts_filter`` keep only the query's words of the stored tsvector (stored words all carry the
    default weight D), so only those few are unnested: ~6x faster than unnesting every word in a SQL function.
    """
    sql = (f"(SELECT coalesce(sum(q.idf * d.tf * {K1 + 1} / (d.tf + {K1} * ({1 - B} + {B} * "
           f"coalesce({alias}.lexical_len, 0) / %s::float8))), 0) "
           f"FROM (SELECT u.lexeme, coalesce(array_length(u.positions, 1), 1)::float8 AS tf "
           f"FROM unnest(ts_filter(setweight({alias}.lexical, 'A', %s::text[]), '{{a}}')) u) d "
           f"JOIN unnest(%s::text[], %s::float8[]) AS q(term, idf) ON q.term = d.lexeme)")
    return sql, [words.avgdl, words.terms, words.terms, words.idfs]


def depth_for(limit: int, share: float) -> int:
    """Postings to read per word on the impact plan when the filter keeps ``share`` of the items: enough for
    about twice the items to rescore to pass the filter, at least ``DEPTH``, at most ``MAX_DEPTH``."""
    return int(min(max(DEPTH, 2 * RESCORE * limit / max(share, 1e-9)), MAX_DEPTH))


def idf(docs: int, df: int) -> float:
    return math.log(1.0 + (docs - df + 0.5) / (df + 0.5))


def query_words(conn, text: str) -> QueryWords:
    """Stem and segment ``text`` the way items were indexed, and look up each word's document frequency."""
    row = conn.execute(
        "SELECT (SELECT coalesce(sum(docs), 0) FROM search_stats), (SELECT coalesce(sum(total_len), 0) FROM search_stats), "
        "coalesce((SELECT array_agg(t.id ORDER BY t.term) FROM search_terms t "
        "          WHERE t.term = ANY(tsvector_to_array(to_tsvector('english', %s))) AND t.df > 0), '{}'), "
        "coalesce((SELECT array_agg(t.term ORDER BY t.term) FROM search_terms t "
        "          WHERE t.term = ANY(tsvector_to_array(to_tsvector('english', %s))) AND t.df > 0), '{}'), "
        "coalesce((SELECT array_agg(t.df ORDER BY t.term) FROM search_terms t "
        "          WHERE t.term = ANY(tsvector_to_array(to_tsvector('english', %s))) AND t.df > 0), '{}')",
        (segmented := segment(text), segmented, segmented)).fetchone()
    docs, total = int(row[0]), int(row[1])
    ids, terms, dfs = list(row[2]), list(row[3]), list(row[4])
    if docs <= 0:
        ids, terms, dfs = [], [], []
    return QueryWords(terms=terms, term_ids=ids, idfs=[idf(docs, df) for df in dfs], dfs=dfs, docs=docs,
                      avgdl=max(total / max(docs, 1), 1.0))


def search(conn, words: QueryWords, where: str, params: list, *, limit: int, plan: str,
           depth: int = DEPTH) -> list[tuple[int, float]]:
    """Top ``limit`` ``(id, bm25)`` among items matching ``where`` (a clause on alias ``f``), best first.

    ``impact`` plan: term-at-a-time over the ``depth`` highest-impact postings of each word, summing idf x impact per
    item (an item outside a word's top ``depth`` misses that word's share, at most idf x the cut-off impact); the
    best ``RESCORE x limit`` items passing the filter are then scored exactly.
    """
    if words.empty:
        return []
    score, score_params = score_sql(words)
    if plan == "filtered":
        sql = (f"SELECT f.id, {score} AS s FROM feedback f WHERE f.lexical @@ %s::tsquery AND {where} "
               f"ORDER BY s DESC, f.id LIMIT %s")
        rows = conn.execute(sql, [*score_params, words.tsquery(), *params, limit])
    else:
        # Sorting the accumulators before the join (ties by id from the postings) lets the filter be checked
        # item by item in that order, stopping once RESCORE x limit items passed. Items with all of the query's
        # rarest words (GIN index) join the candidates: a long item with every word can sit below each word's
        # cut-off and still be the best match.
        sql = (f"WITH acc AS (SELECT x.feedback_id, sum(q.idf * x.impact) AS a "
               f"  FROM unnest(%s::int[], %s::float8[]) AS q(term_id, idf) "
               f"  CROSS JOIN LATERAL (SELECT p.feedback_id, p.impact FROM search_postings p "
               f"                      WHERE p.term_id = q.term_id ORDER BY p.impact DESC LIMIT %s) x "
               f"  GROUP BY x.feedback_id), "
               f"ranked AS MATERIALIZED (SELECT feedback_id, a FROM acc ORDER BY a DESC, feedback_id), "
               f"best AS (SELECT f.id FROM ranked r JOIN LATERAL "
               f"  (SELECT f.id FROM feedback f WHERE f.id = r.feedback_id AND {where}) f ON true LIMIT %s), "
               f"every AS (SELECT f.id FROM feedback f WHERE f.lexical @@ %s::tsquery AND {where} LIMIT %s), "
               f"cand AS (SELECT id FROM best UNION SELECT id FROM every) "
               f"SELECT f.id, {score} AS s FROM cand c JOIN feedback f ON f.id = c.id ORDER BY s DESC, f.id LIMIT %s")
        rows = conn.execute(sql, [words.term_ids, words.idfs, depth, *params, RESCORE * limit,
                                  words.all_of_rarest(), *params, RESCORE * limit, *score_params, limit])
    return [(r[0], float(r[1])) for r in rows if r[1] > 0]


def scores(conn, words: QueryWords, ids: list[int]) -> dict[int, float]:
    """Exact BM25 of the items ``ids`` (0 for items without any query word)."""
    if words.empty or not ids:
        return {i: 0.0 for i in ids}
    score, score_params = score_sql(words)
    rows = conn.execute(f"SELECT f.id, {score} FROM feedback f WHERE f.id = ANY(%s)", [*score_params, ids])
    return {r[0]: float(r[1]) for r in rows}
