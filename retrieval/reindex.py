"""Re-embed stored feedback with the configured embedding model (`pma reindex`).

Resumable: vectors are written in committed chunks, and a second run only embeds items still lacking one.
"""

from __future__ import annotations

import sys

from retrieval.db import Database
from retrieval.embed import Embedder, embedding_text
from retrieval.settings import Settings

CHUNK = 256


def reindex(settings: Settings, *, progress: bool = False, db: Database | None = None,
            embedder: Embedder | None = None) -> dict:
    """Make every stored item's vector come from the configured model; return counts."""
    db = db or Database(settings)
    embedder = embedder or Embedder(settings)
    with db.connect() as conn:
        stored = db.get_meta(conn, "embedding_model")
        if stored is not None and stored != embedder.model_id:
            db.reset_embedding_space(conn)
            stored = None
        db.ensure_embedding_space(conn, embedder.model_id, embedder.dim)
        todo = [r[0] for r in conn.execute("SELECT id FROM feedback WHERE embedding IS NULL ORDER BY id")]
    bar = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), desc="Re-embedding", unit="item", file=sys.stderr)
    with db.connect() as conn:
        for start in range(0, len(todo), CHUNK):
            ids = todo[start:start + CHUNK]
            rows = conn.execute("SELECT id, text FROM feedback WHERE id = ANY(%s) ORDER BY id", (ids,)).fetchall()
            vectors = embedder.encode([embedding_text(r[1]) for r in rows])
            with conn.cursor() as cur:
                cur.executemany("UPDATE feedback SET embedding = %s, embedding_model = %s WHERE id = %s",
                                [(v, embedder.model_id, r[0]) for r, v in zip(rows, vectors)])
            conn.commit()
            if bar is not None:
                bar.update(len(ids))
    if bar is not None:
        bar.close()
    return {"model": embedder.model_id, "reembedded": len(todo)}
