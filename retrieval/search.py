"""Hybrid search over stored feedback: dense (pgvector, cosine) + lexical (BM25 computed in PostgreSQL, Chinese
segmented by jieba), blended on fixed score scales, with filters applied inside the database.

How one search runs (``Searcher.search``):

1. The query's topic is taken (``retrieval.query.topic``: "What do users say about X?" searches for X).
2. The filter's size is estimated by the planner. Dense: a filter leaving at most ``EXACT_MAX_ROWS`` items is
   searched exactly (its own indexes, then every vector compared); otherwise the HNSW index with iterative scan
   (``hnsw.ef_search`` from settings). Lexical: ``retrieval.bm25`` picks its plan the same way. In a hybrid
   search the two sides run at the same time, each on its own connection (two server processes).
3. Both top lists (``CANDIDATES`` each) are merged; every candidate gets its exact cosine and BM25 score, and
   ``retrieval.fusion.blend`` ranks them (BM25 as a share of the best score the query allows, cosine as it is).

Not handled here: question answering (``assistant``) and result presentation.
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import datetime

from retrieval import bm25
from retrieval.db import Database
from retrieval.embed import Embedder
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.fusion import LEXICAL_WEIGHT, blend, blend_minmax, rrf
from retrieval.query import topic
from retrieval.settings import Settings
from retrieval.spelling import Spelling, correct

CANDIDATES = 50  # per retriever, before fusion
# A filter leaving at most this many items is searched exactly (dense: every vector compared; lexical: every item
# with a query word scored), more items take the index plans; see the plans in bench/results/search_latency.json.
EXACT_MAX_ROWS = 10_000
LEXICAL_EXACT_MAX_ROWS = 5_000
PREPARE_THRESHOLD = 5  # psycopg's default: a statement run this often on one of a Searcher's connections is prepared
_MODEL_CHECK_S = 10.0  # how long a search trusts that the stored vectors come from the configured model
_MAX_IDLE = 4  # connections a Searcher keeps open between searches (the UI runs a few searches at once; a hybrid
# search uses two)


@dataclass
class SearchHit:
    """One feedback item found by a search; ``score`` is the fused score in [0, 1] (higher is better).

    ``dense_score`` is the cosine similarity to the query, ``lexical_score`` the BM25 score (0: no query word).
    """

    id: int
    score: float
    text: str
    source: str
    created_at: datetime | None
    rating: float | None
    metadata: dict
    segment: str | None = None
    app_version: str | None = None
    duplicate_of: int | None = None
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None
    lexical_score: float | None = None

    @property
    def ref(self) -> str:
        """How answers cite this item: ``F123``."""
        return f"F{self.id}"

    def as_dict(self) -> dict:
        d = asdict(self)
        d["created_at"] = self.created_at.isoformat() if self.created_at else None
        return d


_COLUMNS = "f.id, f.text, f.source, f.created_at, f.rating, f.metadata, f.segment, f.app_version, f.duplicate_of"


class Searcher:
    """Runs searches. Reuse one instance: it keeps the embedding model loaded and database connections open."""

    def __init__(self, settings: Settings, db: Database | None = None, embedder: Embedder | None = None,
                 ranking: "Ranking | None" = None):
        self.settings = settings
        self.ranking = ranking or Ranking()
        self._model_checked_until = 0.0
        self.db = db or Database(settings)
        self.embedder = embedder or Embedder(settings)
        self._idle: list[tuple] = []  # (context manager, open connection) pairs kept between searches
        self._idle_lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        weakref.finalize(self, _close_all, self._idle)

    def close(self) -> None:
        """Close the connections kept between searches (also done when the Searcher is garbage-collected)."""
        _close_all(self._idle)

    def _pool(self) -> ThreadPoolExecutor:
        """Threads that run the lexical side of hybrid searches, each on a connection of its own: PostgreSQL runs the
        two sides in two server processes at once (with a source filter at 100k items on 2 cores, hybrid p50 21.34 ->
        15.74 ms with this session's other search changes, bench/results/search_latency_100k_idle.json)."""
        with self._idle_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=_MAX_IDLE, thread_name_prefix="pma-search")
                weakref.finalize(self, self._executor.shutdown, wait=False)
            return self._executor

    def _lexical_own_connection(self, text: str, where: str, params: list, rows_left: float, depth: int):
        with self._connection() as conn:
            return _lexical(conn, text, where, params, rows_left, depth)

    @contextmanager
    def _connection(self):
        """A connection kept open between searches, one search (one transaction) at a time.

        Opening a connection starts a PostgreSQL backend and looks up the vector type: 10-40 ms on a busy 2-core
        machine, while the queries of a search take about 1 ms (bench/ingest_search.py). A connection that failed
        is closed, not reused.
        """
        from psycopg.pq import TransactionStatus

        with self._idle_lock:
            entry = self._idle.pop() if self._idle else None
        if entry is None:
            ctx = self.db.connect()
            entry = (ctx, ctx.__enter__())
            # prepared statements, as psycopg makes them by default: this connection stays with this Searcher (closed,
            # never given back to the Database's idle connections, whose sessions prepare nothing)
            entry[1].prepare_threshold = PREPARE_THRESHOLD
            # Session settings for this Searcher's own connections, set once instead of per search.
            # force_custom_plan: psycopg prepares a statement run 5 times on one connection, and PostgreSQL may then
            # plan it once for any dates or ratings: a date range was estimated at 0.5% of the items and searched by
            # sorting every item in range (dense p50 63.06 ms at 100k items) instead of the HNSW index this module
            # chose (3.97 ms; bench/results/search_latency_100k_idle.json). Planning each search with its own values costs well under a millisecond.
            entry[1].execute("SELECT set_config('hnsw.ef_search', %s, false), "
                             "set_config('hnsw.iterative_scan', 'relaxed_order', false), "
                             "set_config('plan_cache_mode', 'force_custom_plan', false)",
                             (str(int(self.settings.retrieval.ef_search)),))
            entry[1].commit()
        conn = entry[1]
        done = False
        try:
            yield conn
            conn.commit()
            done = True
        finally:
            if not done:
                with suppress(Exception):
                    conn.rollback()
            keep = not conn.closed and not conn.broken and conn.info.transaction_status == TransactionStatus.IDLE
            with self._idle_lock:
                if keep and len(self._idle) < _MAX_IDLE:
                    self._idle.append(entry)
                    entry = None
            if entry is not None:
                conn.close()

    def spelling(self, query: str) -> Spelling:
        """``query`` with its misspelt words read as words the stored feedback holds (``retrieval.spelling``)."""
        with self._connection() as conn:
            return correct(conn, query)

    def search(self, query: str, *, k: int | None = None, filters: Filters | None = None,
               mode: str = "hybrid") -> list[SearchHit]:
        """Top ``k`` items for ``query``. ``mode`` is 'hybrid' (default), 'dense' or 'lexical'.

        Example:
            >>> Searcher(Settings()).search("offline maps", k=5)  # doctest: +SKIP
        """
        query = (query or "").strip()
        if not query:
            raise UserError("The search query is empty.", hint="Type a few words, e.g. pma search \"login fails\".")
        if mode not in {"hybrid", "dense", "lexical"}:
            raise UserError(f"Unknown search mode {mode!r}.", hint="Use hybrid, dense or lexical.")
        k = self.settings.retrieval.k if k is None else k
        if isinstance(k, bool) or not isinstance(k, int) or k < 1:
            raise UserError(f"The number of results must be a whole number of at least 1 (got {k!r}).",
                            hint="Example: pma search \"login fails\" --k 10")
        import psycopg

        filters = filters or Filters()
        try:
            return self._search(query, k, filters, mode)
        except psycopg.OperationalError:  # a kept connection went stale (server restarted): once more, fresh
            from retrieval.db import close_idle

            self.close()
            close_idle(self.db.uri)  # and the Database's kept ones, which the same restart ended
            return self._search(query, k, filters, mode)

    def _search(self, query: str, k: int, filters: Filters, mode: str) -> list[SearchHit]:
        opts = self.ranking
        about = topic(query)
        with self._connection() as conn:
            if time.monotonic() > self._model_checked_until:  # re-read now and then: `pma reindex` may run meanwhile
                if self.db.check_embedding_model(conn, self.embedder.model_id) is None:
                    return []  # nothing ingested yet
                self._model_checked_until = time.monotonic() + _MODEL_CHECK_S
            where, params = filters.sql(conn)
            rows_left = _filtered_rows(conn, where, params)
            depth = max(opts.candidates, k) if mode == "hybrid" else k
            dense: list[tuple[int, float]] = []
            lexical: list[tuple[int, float]] = []
            vector = words = None
            lexical_text = about if opts.lexical_topic else query
            pending = None
            if mode == "hybrid":  # BM25 on a second connection while this one runs the dense side
                pending = self._pool().submit(self._lexical_own_connection, lexical_text, where, params, rows_left,
                                              depth)
            if mode in {"hybrid", "dense"}:
                try:
                    vector = self.embedder.encode([about if opts.dense_topic else query])[0]
                    dense = _dense(conn, vector, where, params, depth, exact=rows_left <= EXACT_MAX_ROWS,
                                   ef_search=depth if depth > self.settings.retrieval.ef_search else None)
                except BaseException:
                    # Let the lexical side finish first, so its connection is back in (or out of) the idle list
                    # before ``search`` closes the idle ones and retries: once, after the embedded server was
                    # killed, a connection to a dying backend came back after that and failed the retry.
                    if pending is not None:
                        with suppress(Exception):
                            pending.result()
                    raise
            if pending is not None:
                words, lexical = pending.result()
            elif mode == "lexical":
                words, lexical = _lexical(conn, lexical_text, where, params, rows_left, depth)
            if mode == "dense":
                fused = {i: s for i, s in dense}
                cos, lex = fused, {}
            elif mode == "lexical":
                fused = {i: s for i, s in lexical}
                cos, lex = {}, fused
            else:
                ids = list(dict.fromkeys([i for i, _ in dense] + [i for i, _ in lexical]))
                cos, lex, rows = _exact_scores(conn, ids, vector, words)
                if opts.fusion == "rrf":
                    fused = rrf([i for i, _ in dense], [i for i, _ in lexical])
                elif opts.fusion == "minmax":
                    fused = blend_minmax(cos, lex, lexical_weight=opts.lexical_weight)
                else:
                    fused = blend(cos, lex, lexical_weight=opts.lexical_weight,
                                  lexical_max=words.best_score if words is not None else 0.0)
            top = sorted(fused, key=lambda i: (-fused[i], i))[:k]
            if not top:
                return []
            if mode != "hybrid":
                rows = {r[0]: r for r in conn.execute(f"SELECT {_COLUMNS} FROM feedback f WHERE f.id = ANY(%s)",
                                                      (top,))}
        dense_rank = {i: n for n, (i, _) in enumerate(dense, start=1)}
        lexical_rank = {i: n for n, (i, _) in enumerate(lexical, start=1)}
        hits = []
        for item_id in top:
            r = rows[item_id]
            hits.append(SearchHit(id=r[0], score=round(fused[item_id], 6), text=r[1], source=r[2], created_at=r[3],
                                  rating=r[4], metadata=r[5] or {}, segment=r[6], app_version=r[7], duplicate_of=r[8],
                                  dense_rank=dense_rank.get(item_id), lexical_rank=lexical_rank.get(item_id),
                                  dense_score=_round(cos.get(item_id)), lexical_score=_round(lex.get(item_id))))
        return hits


def _lexical(conn, text: str, where: str, params: list, rows_left: float, depth: int):
    """The query's BM25 words and top ``depth`` ``(id, bm25)`` among items matching ``where``."""
    words = bm25.query_words(conn, text)
    share = min(1.0, rows_left / max(words.docs, 1))
    return words, bm25.search(conn, words, where, params, limit=depth,
                              plan="filtered" if rows_left <= LEXICAL_EXACT_MAX_ROWS else "impact",
                              depth=bm25.depth_for(depth, share))


@dataclass
class Ranking:
    """How results are ranked; the defaults were chosen on the dev split of ``bench/retrieval_eval.py``."""

    fusion: str = "blend"  # 'blend' (scores on fixed scales), 'minmax' (per-query min-max, the default until
    # session 15) or 'rrf' (the default before that); the last two are kept for comparison
    lexical_weight: float = LEXICAL_WEIGHT
    candidates: int = CANDIDATES
    dense_topic: bool = True  # embed the question's topic rather than the whole question
    lexical_topic: bool = True


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def _filtered_rows(conn, where: str, params: list) -> float:
    """The planner's estimate of how many items ``where`` leaves (no filter: infinity, nothing is read)."""
    if where.strip() == "TRUE":
        return float("inf")
    plan = conn.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM feedback f WHERE {where}", params).fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return float(plan[0]["Plan"]["Plan Rows"])


def _dense(conn, vector, where: str, params: list, limit: int, *, exact: bool,
           ef_search: int | None) -> list[tuple[int, float]]:
    """Top ``limit`` ``(id, cosine)`` by vector similarity among items matching ``where``."""
    if exact:
        # "+ 0" keeps the planner off the HNSW index: the filter's own indexes find the items, all are compared.
        rows = conn.execute(f"SELECT f.id, (f.embedding <=> %s) + 0 AS d FROM feedback f "
                            f"WHERE f.embedding IS NOT NULL AND {where} ORDER BY d, f.id LIMIT %s",
                            [vector, *params, limit])
    else:
        if ef_search is not None:  # more candidates wanted than the connection's ef_search finds
            conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(int(ef_search)),))
        rows = conn.execute(f"SELECT id, d FROM (SELECT f.id, f.embedding <=> %s AS d FROM feedback f WHERE {where} "
                            f"ORDER BY f.embedding <=> %s LIMIT %s) s ORDER BY d, id",
                            [vector, *params, vector, limit])
    return [(r[0], 1.0 - float(r[1])) for r in rows]


def _exact_scores(conn, ids: list[int], vector, words) -> tuple[dict[int, float], dict[int, float], dict[int, tuple]]:
    """Cosine and BM25 of every candidate (so fusion never guesses a score a retriever did not return), with the
    candidates' rows, in one statement."""
    if not ids:
        return {}, {}, {}
    if words is None or words.empty:
        score, score_params = "0", []
    else:
        score, score_params = bm25.score_sql(words)
    rows = conn.execute(f"SELECT {_COLUMNS}, 1 - (f.embedding <=> %s), {score} FROM feedback f WHERE f.id = ANY(%s)",
                        [vector, *score_params, ids])
    cos, lex, out = {}, {}, {}
    for r in rows:
        out[r[0]] = r
        cos[r[0]] = float(r[-2]) if r[-2] is not None else 0.0
        lex[r[0]] = float(r[-1])
    return cos, lex, out


def _close_all(entries: list[tuple]) -> None:
    while entries:
        with suppress(Exception):
            entries.pop()[1].close()


def get_items(db: Database, ids: list[int]) -> dict[int, SearchHit]:
    """Fetch items by id (for citations); missing ids are simply absent from the result."""
    if not ids:
        return {}
    with db.connect() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM feedback f WHERE f.id = ANY(%s)", (list(ids),)).fetchall()
    return {r[0]: SearchHit(id=r[0], score=0.0, text=r[1], source=r[2], created_at=r[3], rating=r[4],
                            metadata=r[5] or {}, segment=r[6], app_version=r[7], duplicate_of=r[8]) for r in rows}
