"""Search latency and recall of ``retrieval.search.Searcher`` against numpy brute-force top-k (issue 2).

Used by ``bench/ingest_search.py`` on a database it has filled. Latency is measured per query for every mode (numpy,
dense, hybrid) and filter (none, source, date range, rating, all three), modes in rotating order so load from other
processes hits them alike; once with the query vector cached (the database part) and once end to end (query
embedding included). Recall@10 of dense search is taken against the exact numpy top-10 over the vectors read back
from the database; results tied within 1e-5 of the 10th score count as found.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import datetime, timezone

import numpy as np

from retrieval.db import Database
from retrieval.embed import Embedder
from retrieval.filters import Filters
from retrieval.search import Searcher
from retrieval.settings import Settings

K = 10
QUERIES = (
    "app crashes when I open it", "drains my battery", "too many ads", "please add dark mode", "cannot log in",
    "widget does not update", "works offline", "sync with google account", "freezes after the update",
    "notifications do not show", "love this game", "waste of money", "force close on startup",
    "needs more levels", "does not work on my tablet", "uses too much data", "keyboard lag",
    "asks for too many permissions", "great for learning", "weather is wrong", "gps location not accurate",
    "cannot connect to server", "lost my progress", "please fix the bug", "slow to load",
    "would pay for premium", "privacy concerns", "the new update is terrible", "alarm does not ring",
    "easy to use interface",
)


def pct(values: list[float]) -> dict[str, float]:
    return {"p50": round(float(np.percentile(values, 50)), 2), "p95": round(float(np.percentile(values, 95)), 2),
            "mean": round(float(np.mean(values)), 2), "n": len(values)}


def make_queries(items, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    queries = list(QUERIES[:n])
    while len(queries) < n:  # short queries cut from reviews, the way people type what they remember
        words = rng.choice(items).text.split()
        if len(words) >= 4:
            queries.append(" ".join(words[:rng.randint(3, 7)]))
    return queries


def filter_cases(dates: np.ndarray, sources: np.ndarray, ratings: np.ndarray) -> dict:
    """name -> (Filters for the product, mask function for numpy evaluated at query time)."""
    q4, q1, q2 = (datetime(y, m, 1, tzinfo=timezone.utc) for y, m in ((2013, 10), (2014, 1), (2014, 4)))
    t4, t1, t2 = q4.timestamp(), q1.timestamp(), q2.timestamp()
    return {
        "none": (Filters(), None),
        "source": (Filters(sources=["support_email"]), lambda: sources == "support_email"),
        "date_range": (Filters(since=q1, until=q2), lambda: (dates >= t1) & (dates < t2)),
        "rating": (Filters(max_rating=2), lambda: ratings <= 2),
        "combined": (Filters(sources=["play_store"], max_rating=2, since=q4, until=q2),
                     lambda: (sources == "play_store") & (ratings <= 2) & (dates >= t4) & (dates < t2)),
    }


def numpy_topk(matrix: np.ndarray, qv: np.ndarray, mask_fn, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The baseline: exact cosine top-k (vectors are unit length) with the filter as a boolean mask."""
    scores = matrix @ qv
    if mask_fn is not None:
        scores = np.where(mask_fn(), scores, -np.inf)
    top = np.argpartition(-scores, k)[:k]
    top = top[np.argsort(-scores[top])]
    top = top[np.isfinite(scores[top])]
    return top, scores[top]


def measure_search(settings: Settings, db: Database, embedder: Embedder, items, n_queries: int, seed: int) -> dict:
    with db.connect() as conn:
        with conn.cursor(binary=True) as cur:  # binary vectors: 100k rows read in seconds, not minutes
            rows = cur.execute("SELECT id, embedding, source, extract(epoch from created_at)::float8, rating "
                               "FROM feedback ORDER BY id").fetchall()
        pgvector = conn.execute("SELECT extversion FROM pg_extension WHERE extname='vector'").fetchone()[0]
    ids = np.array([r[0] for r in rows])
    matrix = np.stack([r[1].to_numpy().astype(np.float32) for r in rows])
    sources = np.array([r[2] for r in rows])
    dates = np.array([float(r[3]) if r[3] is not None else np.nan for r in rows])
    ratings = np.array([r[4] if r[4] is not None else np.nan for r in rows], dtype=np.float64)
    cases = filter_cases(dates, sources, ratings)
    queries = make_queries(items, n_queries, seed)

    import torch

    embedder.encode(["warm up"])
    embed_ms, qvecs = [], {}
    for q in queries:
        t0 = time.perf_counter()
        qvecs[q] = embedder.encode([q])[0]
        embed_ms.append(1000 * (time.perf_counter() - t0))
    threads, embed_ms_1 = torch.get_num_threads(), []
    torch.set_num_threads(1)  # for comparison: one query on a busy machine may do better on one thread
    for q in queries:
        t0 = time.perf_counter()
        embedder.encode([q])
        embed_ms_1.append(1000 * (time.perf_counter() - t0))
    torch.set_num_threads(threads)

    class CachedQueries:  # the database part only: the query vector is already known
        model_id = embedder.model_id

        def encode(self, texts, **kw):
            return np.stack([qvecs[t] for t in texts])

    cached = Searcher(settings, db=db, embedder=CachedQueries())
    live = Searcher(settings, db=db, embedder=embedder)
    modes = ("numpy", "dense", "hybrid")

    def run(mode, q, flt, mask_fn, searcher, encode):
        if mode == "numpy":
            qv = embedder.encode([q])[0] if encode else qvecs[q]
            top, _ = numpy_topk(matrix, qv, mask_fn, K)
            return ids[top].tolist()
        return [h.id for h in searcher.search(q, k=K, filters=flt, mode=mode)]

    for q in queries[:5]:  # warm caches and connections
        for flt, mask_fn in cases.values():
            for mode in modes:
                run(mode, q, flt, mask_fn, cached, False)

    latency = {m: {f: [] for f in cases} for m in modes}
    e2e = {m: {f: [] for f in ("none", "source")} for m in modes}  # query embedding included
    recall = {f: [] for f in cases}
    strict = {f: [] for f in cases}
    position = {i: n for n, i in enumerate(ids.tolist())}
    for qi, q in enumerate(queries):
        order = modes[qi % 3:] + modes[:qi % 3]
        for fname, (flt, mask_fn) in cases.items():
            got = {}
            for mode in order:
                t0 = time.perf_counter()
                got[mode] = run(mode, q, flt, mask_fn, cached, False)
                latency[mode][fname].append(1000 * (time.perf_counter() - t0))
            exact = got["numpy"]
            if exact:
                qv = qvecs[q]
                kth = float(matrix[position[exact[-1]]] @ qv)
                found = sum(1 for i in got["dense"] if i in set(exact) or float(matrix[position[i]] @ qv) >= kth - 1e-5)
                recall[fname].append(min(found, len(exact)) / len(exact))
                strict[fname].append(len(set(got["dense"]) & set(exact)) / len(exact))
            if fname in e2e["dense"]:
                for mode in order:
                    t0 = time.perf_counter()
                    run(mode, q, flt, mask_fn, live, True)
                    e2e[mode][fname].append(1000 * (time.perf_counter() - t0))

    cached.close()
    live.close()
    with db.connect() as conn:
        plans = {}
        for fname, (flt, _) in cases.items():
            where, params = flt.sql(conn)
            conn.execute(f"SET LOCAL hnsw.ef_search = {max(settings.retrieval.ef_search, 50)}")
            conn.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            plan = conn.execute(f"EXPLAIN SELECT f.id FROM feedback f WHERE {where} "
                                f"ORDER BY f.embedding <=> %s LIMIT 50", [*params, qvecs[queries[0]]]).fetchall()
            plans[fname] = "hnsw" if any("feedback_embedding_hnsw" in r[0] for r in plan) else "exact scan"
    selectivity = {f: (1.0 if m is None else round(float(m().mean()), 4)) for f, (_, m) in cases.items()}
    p95_filtered = max(pct(latency[m][f])["p95"] for m in ("dense", "hybrid") for f in cases if f != "none")
    return {
        "queries": len(queries),
        "k": K,
        "ef_search": settings.retrieval.ef_search,
        "pgvector": pgvector,
        "filter_selectivity": selectivity,
        "dense_plan": plans,
        "query_embed_ms": pct(embed_ms),
        "query_embed_ms_1_thread": pct(embed_ms_1),
        "latency_ms_query_vector_cached": {m: {f: pct(v) for f, v in fs.items()} for m, fs in latency.items()},
        "latency_ms_end_to_end": {m: {f: pct(v) for f, v in fs.items()} for m, fs in e2e.items()},
        "recall_at_10": {f: round(statistics.mean(v), 4) for f, v in recall.items() if v},
        "recall_at_10_strict_ids": {f: round(statistics.mean(v), 4) for f, v in strict.items() if v},
        "worst_filtered_p95_ms_cached": p95_filtered,
        "target_p95_ms": 30,
        "target_recall": 0.98,
    }
