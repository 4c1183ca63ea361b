"""Hybrid search over stored feedback: dense (pgvector HNSW, cosine) + lexical (PostgreSQL full text, Chinese
segmented by jieba), fused by reciprocal rank fusion, with filters applied inside the database.

Not handled here: question answering (``assistant``) and result presentation.
"""

from __future__ import annotations

import threading
import weakref
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import datetime

from retrieval.db import Database
from retrieval.embed import Embedder
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.lexical import query_terms
from retrieval.settings import Settings

RRF_K = 60
CANDIDATES = 50  # per retriever, before fusion
_MAX_IDLE = 4  # connections a Searcher keeps open between searches (the UI runs a few searches at once)


@dataclass
class SearchHit:
    """One feedback item found by a search; ``score`` is the fused RRF score (higher is better)."""

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

    def __init__(self, settings: Settings, db: Database | None = None, embedder: Embedder | None = None):
        self.settings = settings
        self.db = db or Database(settings)
        self.embedder = embedder or Embedder(settings)
        self._idle: list[tuple] = []  # (context manager, open connection) pairs kept between searches
        self._idle_lock = threading.Lock()
        weakref.finalize(self, _close_all, self._idle)

    def close(self) -> None:
        """Close the connections kept between searches (also done when the Searcher is garbage-collected)."""
        _close_all(self._idle)

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
        import psycopg

        k = k or self.settings.retrieval.k
        filters = filters or Filters()
        try:
            return self._search(query, k, filters, mode)
        except psycopg.OperationalError:  # a kept connection went stale (server restarted): once more, fresh
            self.close()
            return self._search(query, k, filters, mode)

    def _search(self, query: str, k: int, filters: Filters, mode: str) -> list[SearchHit]:
        with self._connection() as conn:
            stored = self.db.get_meta(conn, "embedding_model")
            if stored is None:
                return []  # nothing ingested yet
            if stored != self.embedder.model_id:
                self.db.ensure_embedding_space(conn, self.embedder.model_id, 0)  # raises the `pma reindex` error
            where, params = filters.sql(conn)
            conn.execute(f"SET LOCAL hnsw.ef_search = {int(max(self.settings.retrieval.ef_search, CANDIDATES))}")
            conn.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            dense: list[int] = []
            lexical: list[int] = []
            if mode in {"hybrid", "dense"}:
                vector = self.embedder.encode([query])[0]
                dense = [r[0] for r in conn.execute(
                    f"SELECT id FROM (SELECT f.id, f.embedding <=> %s AS d FROM feedback f WHERE {where} "
                    f"ORDER BY f.embedding <=> %s LIMIT %s) s ORDER BY d",
                    [vector, *params, vector, CANDIDATES if mode == "hybrid" else k])]
            if mode in {"hybrid", "lexical"}:
                terms = query_terms(query)
                if terms:
                    lexical = [r[0] for r in conn.execute(
                        f"SELECT f.id FROM feedback f, websearch_to_tsquery('english', %s) q "
                        f"WHERE f.lexical @@ q AND {where} ORDER BY ts_rank_cd(f.lexical, q) DESC, f.id LIMIT %s",
                        [" or ".join(terms), *params, CANDIDATES if mode == "hybrid" else k])]
            scores: dict[int, float] = {}
            for ranks in (dense, lexical):
                for rank, item_id in enumerate(ranks, start=1):
                    scores[item_id] = scores.get(item_id, 0.0) + 1.0 / (RRF_K + rank)
            top = sorted(scores, key=lambda i: (-scores[i], i))[:k]
            if not top:
                return []
            rows = {r[0]: r for r in conn.execute(f"SELECT {_COLUMNS} FROM feedback f WHERE f.id = ANY(%s)", (top,))}
        dense_rank = {i: n for n, i in enumerate(dense, start=1)}
        lexical_rank = {i: n for n, i in enumerate(lexical, start=1)}
        hits = []
        for item_id in top:
            r = rows[item_id]
            hits.append(SearchHit(id=r[0], score=round(scores[item_id], 6), text=r[1], source=r[2], created_at=r[3],
                                  rating=r[4], metadata=r[5] or {}, segment=r[6], app_version=r[7], duplicate_of=r[8],
                                  dense_rank=dense_rank.get(item_id), lexical_rank=lexical_rank.get(item_id)))
        return hits


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
