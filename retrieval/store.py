"""Storing embedded feedback: one committed transaction per chunk.

A chunk is copied into a temporary stage table, inserted unless stored already, linked to earlier near-duplicates,
and added to its run's counters, all in one transaction: a process killed midway leaves whole chunks behind, and
running the same command again stores only what is missing. Stored already means the same content id (``ON
CONFLICT (content_hash) DO NOTHING``), or an item with the same base id (source, text, external id) whose author
and date agree, a missing one agreeing with any (``rows.content_id``): an item stored before authors and dates were
part of the id, or the same reviews from an export without the nickname column.

Several ingest processes (or machines) may write to one database at once. Exact repeats are settled by the unique
content id. The insert and linking of a chunk hold a transaction-level advisory lock, so chunks from all writers
are stored one after another, each checked for stored items and linked against every chunk committed before it,
as if the files had been ingested in some order by one process. Only this step (tenths of a second per chunk) is
serialised; the embedding, which takes most of the time, runs in parallel.

Not handled here: what an item is (``rows``), embedding and the per-file counts (``ingest``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from retrieval.db import Database
from retrieval.lexical import segment
from retrieval.rows import Item

WRITE_LOCK = 7_211_010  # pg_advisory_xact_lock key shared by every writer of the feedback table

# A stored item ``f`` that the row ``s`` (base_hash, content_hash, author_hash, created_at) is: the same base id,
# and author and date that agree or are missing on one side (``rows.content_id``). Uses ``feedback_base_idx``.
STORED_AS = (
    "SELECT 1 FROM feedback f WHERE coalesce(f.base_hash, f.content_hash) = coalesce(s.base_hash, s.content_hash) "
    # a row with the export's own id is that row, whatever user and date were read from it: a neobank tester's
    # Intercom export ingested again with --map user.email=user (the user had been read from user.id) stored all
    # 340 conversations a second time
    "AND (coalesce(s.external_id, '') <> '' OR "
    "(f.author_hash IS NULL OR s.author_hash IS NULL OR f.author_hash = s.author_hash) "
    "AND (f.created_at IS NULL OR s.created_at IS NULL OR f.created_at = s.created_at))"
)

_STAGE = """
CREATE TEMP TABLE IF NOT EXISTS feedback_stage (
    ord int, id bigint, content_hash text, base_hash text, source text, external_id text, text text,
    redacted boolean, created_at timestamptz, rating real, author_hash text, segment text, app_version text,
    language text, metadata jsonb, embedding vector, lexical_src text
) ON COMMIT DELETE ROWS
"""
_STAGE_TYPES = ["int4", "int8", "text", "text", "text", "text", "text", "bool", "timestamptz", "float4", "text",
                "text", "text", "text", "jsonb", "vector", "text"]
_INSERT = (
    "INSERT INTO feedback (id, content_hash, base_hash, source, external_id, text, redacted, created_at, rating, "
    "author_hash, segment, app_version, language, metadata, embedding, embedding_model, lexical, ingest_run) "
    "SELECT id, content_hash, base_hash, source, external_id, text, redacted, created_at, rating, author_hash, "
    "segment, app_version, language, metadata, embedding, %s, to_tsvector('english', lexical_src), %s "
    "FROM feedback_stage s WHERE NOT EXISTS (" + STORED_AS + ") "
    "ORDER BY ord ON CONFLICT (content_hash) DO NOTHING RETURNING id"
)


@dataclass
class Stored:
    """What one chunk added: items stored (the rest were stored already), of them redacted, and linked."""

    added: int
    redacted: int
    near_duplicates: int


class ChunkWriter:
    """Writes chunks of one ingest over one connection (open it in the thread that uses it)."""

    def __init__(self, db: Database, model_id: str, near_duplicate_threshold: float):
        self.db = db
        self.model_id = model_id
        self.max_distance = 1.0 - near_duplicate_threshold
        self._ctx = None
        self._conn = None

    def __enter__(self) -> ChunkWriter:
        self._ctx = self.db.connect()
        self._conn = self._ctx.__enter__()
        self._conn.execute(_STAGE)
        self._conn.commit()
        return self

    def __exit__(self, *exc) -> None:
        ctx, self._ctx, self._conn = self._ctx, None, None
        if ctx is not None:
            ctx.__exit__(*exc)

    def write(self, run_id: int, items: list[Item], ids: list[int], vectors: np.ndarray) -> Stored:
        """Store ``items`` with their reserved ``ids`` and unit ``vectors``; commit with the run's counters."""
        from psycopg.types.json import Jsonb

        conn = self._conn
        with conn.cursor() as cur:
            with cur.copy("COPY feedback_stage FROM STDIN WITH (FORMAT BINARY)") as copy:
                copy.set_types(_STAGE_TYPES)
                for n, (item, item_id, vec) in enumerate(zip(items, ids, vectors)):
                    copy.write_row((n, item_id, item.content_hash, item.base_hash, item.source, item.external_id,
                                    item.text, item.redacted, item.created_at, item.rating, item.author_hash,
                                    item.segment, item.app_version, item.language, Jsonb(item.metadata), vec,
                                    segment(item.text)))
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            added = {r[0] for r in cur.execute(_INSERT, (self.model_id, run_id)).fetchall()}
            linked = link_near_duplicates(cur, sorted(added), self.max_distance) if added else 0
            redacted = sum(1 for item, item_id in zip(items, ids) if item.redacted and item_id in added)
            cur.execute("UPDATE ingest_runs SET added = added + %s, near_duplicates = near_duplicates + %s, "
                        "redacted = redacted + %s WHERE id = %s", (len(added), linked, redacted, run_id))
        conn.commit()
        return Stored(len(added), redacted, linked)


def link_near_duplicates(cur, ids: list[int], max_distance: float) -> int:
    """Point each of ``ids`` (just stored together) at the earliest stored item within ``max_distance`` (cosine).

    "Earliest" is one stored before them, or one of them with a lower id. Returns how many were linked.
    """
    cur.execute("SET LOCAL hnsw.ef_search = 40")
    cur.execute(
        """
        UPDATE feedback f SET duplicate_of = m.canon
        FROM (
            SELECT n.id,
                   (SELECT min(coalesce(o.duplicate_of, o.id))
                      FROM (SELECT o.id, o.duplicate_of, o.embedding <=> n.embedding AS d
                              FROM feedback o ORDER BY o.embedding <=> n.embedding LIMIT 5) o
                     WHERE (o.id < n.id OR o.id <> ALL(%s)) AND o.id <> n.id AND o.d <= %s) AS canon
              FROM feedback n WHERE n.id = ANY(%s)
        ) m
        WHERE f.id = m.id AND m.canon IS NOT NULL
        """,
        (ids, max_distance, ids),
    )
    return cur.rowcount
