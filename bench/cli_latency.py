"""Benchmark: wall time of `pma` commands a PM types, today's code against ours, at 100k stored items (issue 14.1).

Usage (timed: run under the bench lock, from the repository root):
    flock /work/coord/bench.lock .venv/bin/python -m bench.cli_latency --items 100000 --repeats 7

Each command runs as a fresh process (``python -m ui.cli ...``), exactly as typed in a shell, against one embedded
PostgreSQL data directory holding ``--items`` feedback items, which the command starts and stops itself as a user's
would. The baseline is the same commands run from a checkout of ``--baseline-ref`` (the code before the ONNX query
runtime: every `pma search` imports sentence-transformers and torch), with the same Python environment and data.
Commands and variants alternate run by run, so load from other processes hits both alike; each command's first
run is reported separately (cold) and the median of the other ``--repeats`` runs is the figure. Peak memory is the
child's maximum resident set size.

Data: the public CLAP app reviews (3,000) grown into ``--items`` items with ``bench/clap_variants.py``. Building the
database once (kept in ``$PMA_BENCH_CACHE/cli_latency``) stores them through ``ingest_paths`` with derived vectors
for the variations (the word-count weighted mean of the real embeddings of their parts) and real vectors for the
published reviews: the queries' cost does not depend on how the stored vectors were made.

Not measured here: `pma ask` and the UI (they load the language model).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.common import CACHE, DATA, REPO, machine, write_result

BASELINE_REF = "978e1de"  # main just before the ONNX query runtime was merged
QUERIES = ("offline maps keep failing", "app crashes after the update", "too many ads", "battery drains fast",
           "cannot log in with my account", "please add dark mode", "sync with my watch")
COMMANDS = {
    "search": ["search", "{query}", "--k", "10"],
    "stats": ["stats"],
    "themes list": ["themes", "list"],
    "conversations list": ["conversations", "list"],
    "config": ["config"],
    "--help": ["--help"],
}


def build_database(home: Path, n: int) -> dict:
    """``n`` items in the embedded database under ``home`` (built once, then reused)."""
    from bench.clap_variants import derived_vector, make_items, parts_to_embed, read_reviews, write_export
    from retrieval.columns import clean_text
    from retrieval.embed import Embedder
    from retrieval.ingest import ingest_paths
    from retrieval.settings import Settings

    marker = home / "built.json"
    if marker.exists():
        return json.loads(marker.read_text())
    shutil.rmtree(home, ignore_errors=True)
    settings = Settings(home=home)
    items = make_items(n, read_reviews(DATA / "clap_rq1" / "clap_rq1_reviews.csv"))
    embedder = Embedder(settings)
    parts = parts_to_embed(items)
    part_vectors = dict(zip(parts, embedder.encode(parts, show_progress=True)))
    table = {clean_text(it.text): derived_vector(it, part_vectors) for it in items}

    class Lookup:  # the embedder ingest sees: looked-up vectors, real ones for texts redaction changed
        model_id, dim = embedder.model_id, embedder.dim

        def encode(self, texts, **kw):
            missing = [t for t in texts if t not in table]
            if missing:
                table.update(zip(missing, embedder.encode(missing)))
            return np.stack([table[t] for t in texts])

    started = time.perf_counter()
    path = write_export(home / "export.csv", items)
    report = ingest_paths([path], settings, embedder=Lookup(), progress=True)
    path.unlink()
    info = {"items": report.total("added"), "real_vectors": sum(1 for it in items if it.variation == 0),
            "derived_vectors": sum(1 for it in items if it.variation > 0), "build_seconds": round(time.perf_counter() - started, 1)}
    marker.write_text(json.dumps(info))
    return info


def baseline_checkout(ref: str) -> Path:
    """The repository at ``ref`` (extracted once into the bench cache)."""
    sha = subprocess.run(["git", "rev-parse", ref], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    folder = CACHE / "cli_latency" / f"baseline-{sha[:12]}"
    if not (folder / "ui" / "cli" / "__init__.py").exists():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", sha], cwd=REPO, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def run_once(cwd: Path, args: list[str], env: dict) -> tuple[float, float, int]:
    """(wall seconds, peak MB, exit code) of ``python -m ui.cli ARGS`` started in ``cwd``."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "ui.cli", *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                                stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            raise SystemExit(f"`pma {' '.join(args)}` in {cwd} exited {code}: {err.read().decode(errors='replace')[-1000:]}")
    return wall, usage.ru_maxrss / 1024, code


def code_in(cwd: Path, env: dict) -> str:
    """Which checkout ``python -m ui.cli`` imports from ``cwd`` (the editable install must not win)."""
    out = subprocess.run([sys.executable, "-c", "import retrieval; print(retrieval.__file__)"], cwd=cwd, env=env,
                         capture_output=True, text=True, check=True).stdout.strip()
    if not out.startswith(str(cwd)):
        raise SystemExit(f"running from {cwd} imports {out}; cannot time that checkout")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=7, help="timed runs per command and variant (after one cold run)")
    parser.add_argument("--baseline-ref", default=BASELINE_REF)
    parser.add_argument("--out", default="cli_latency")
    parser.add_argument("--build-only", action="store_true", help="build the database and stop (nothing timed)")
    args = parser.parse_args(argv)

    home = CACHE / "cli_latency" / f"home-{args.items}"
    built = build_database(home, args.items)
    if args.build_only:
        print(json.dumps(built))
        return 0
    variants = {"baseline": baseline_checkout(args.baseline_ref), "ours": REPO}
    env = {**os.environ, "PMA_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    env.pop("PMA_DATABASE_URL", None)
    env.pop("PMA_RETRIEVAL_EMBEDDING_RUNTIME", None)
    imported = {name: code_in(cwd, env) for name, cwd in variants.items()}
    runs: dict[str, dict[str, list]] = {c: {v: [] for v in variants} for c in COMMANDS}
    load = [os.getloadavg()[0]]
    for rep in range(args.repeats + 1):
        for command, template in COMMANDS.items():
            query = QUERIES[rep % len(QUERIES)]
            order = list(variants) if rep % 2 == 0 else list(reversed(variants))
            for name in order:
                wall, mb, _ = run_once(variants[name], [a.replace("{query}", query) for a in template], env)
                runs[command][name].append((wall, mb))
                print(f"[{rep}] {name:8s} pma {command:20s} {wall:6.2f} s {mb:6.0f} MB  load {os.getloadavg()[0]:.1f}",
                      file=sys.stderr, flush=True)
        load.append(os.getloadavg()[0])

    results = {}
    for command, by_variant in runs.items():
        row = {}
        for name, samples in by_variant.items():
            timed = [w for w, _ in samples[1:]]
            row[name] = {"median_s": round(statistics.median(timed), 3), "min_s": round(min(timed), 3),
                         "max_s": round(max(timed), 3), "cold_s": round(samples[0][0], 3),
                         "peak_mb_median": round(statistics.median(m for _, m in samples[1:]), 1), "runs": len(timed)}
        row["speedup"] = round(row["baseline"]["median_s"] / row["ours"]["median_s"], 2)
        results[command] = row
    target = 1.5
    out = {
        "benchmark": "cli_latency",
        "command": f"python -m bench.cli_latency --items {args.items} --repeats {args.repeats}",
        "machine": machine(),
        "load_avg_1m_during": {"min": round(min(load), 2), "median": round(statistics.median(load), 2),
                               "max": round(max(load), 2)},
        "database": {"embedded_postgresql": True, **built},
        "baseline": {"ref": args.baseline_ref, "what": "the same commands from the code before the ONNX query "
                     "runtime (sentence-transformers + torch load for every search)", "imports": imported["baseline"]},
        "ours": {"imports": imported["ours"], "embedding_runtime": "auto (ONNX export, made when the database was built)"},
        "queries": list(QUERIES),
        "results": results,
        "target": {"search_median_s_at_most": target, "met": results["search"]["ours"]["median_s"] <= target},
        "note": "Wall time of a fresh process per command on the shared 2-core machine; the load average says how busy "
                "it was. The embedded PostgreSQL is started and stopped by every command, as for a user.",
    }
    path = write_result(args.out, out)
    print(json.dumps({c: {"baseline": r["baseline"]["median_s"], "ours": r["ours"]["median_s"], "speedup": r["speedup"]}
                      for c, r in results.items()}, indent=1))
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
