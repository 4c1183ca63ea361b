"""Load: 20 chat sessions asking question after question for 2 minutes while `pma ingest` keeps loading new exports
into the same embedded PostgreSQL. Target: 0 errors; time to first token (p50/p95) reported.

The real stack: a temporary $PMA_HOME with the embedded database (the default mode) holding the example export;
the UI (``ui.app.build_app``) served on 127.0.0.1 with the default queue (``PMA_UI_CONCURRENCY_LIMIT``, queue size
64) and the bundled model warmed up; every session is its own ``gradio_client.Client`` on the Chat tab's ``/ask`` endpoint,
asking its next question as soon as the previous answer ends. Meanwhile a separate process runs
``python -m ui.cli ingest`` on a fresh 300-row export, again and again, until the 2 minutes are over.

Counted as errors: an exception in a session, an answer shown as a warning (⚠️), a question with no answer text,
an ingest that does not exit 0, and a database that does not hold exactly what the ingests reported (rows lost,
duplicated, or without a vector). Times as in ``bench/ui_load.py``: ``model_ttft`` from submit to the model's first
token, ``ttft`` to the first streamed frame with answer text (the code-written summary comes first), and the
model's tokens per second over the phase. Baseline in the same run: one session alone, same questions, no ingest.

The local backend batches concurrent answers (``assistant.llm.batching``); the run is repeated with
``max_new_tokens`` 16 to show how much of the wait is generation length rather than the database or the queue.

    .venv/bin/python -m bench.hardening_load [--sessions 20] [--seconds 120] [--tokens 256,16]
    # writes bench/results/hardening_load.json
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

from bench.common import at_once, machine, write_result  # noqa: E402
from bench.ui_load import QUESTIONS, ModelClock, _pct, ask  # noqa: E402

MODELS = ROOT / ".pma-test-cache" / "models"
WORDS = ["map", "battery", "login", "route", "photo", "watch", "billing", "sync", "gps", "export", "trail", "widget"]
PROBLEMS = ["is broken", "is slow", "needs work", "crashes", "could be better", "is great", "confuses me", "lags"]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def export(path: Path, batch: int, rows: int = 300) -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["ticket_id", "date", "text"])
    for i in range(rows):
        w, p = WORDS[i % len(WORDS)], PROBLEMS[(i // len(WORDS)) % len(PROBLEMS)]
        writer.writerow([f"B{batch}-{i}", f"2026-10-{1 + i % 28:02d}",
                         f"Batch {batch} ticket {i}: the {w} screen {p} since build {i % 97} on day {i % 13}"])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


class IngestLoop(threading.Thread):
    """`pma ingest` in a child process on a new export, back to back, until ``deadline``."""

    def __init__(self, home: Path, work: Path, deadline: float, first_batch: int):
        super().__init__(daemon=True)
        self.home, self.work, self.deadline, self.batch = home, work, deadline, first_batch
        self.runs: list[dict] = []

    def run(self) -> None:
        env = {**os.environ, "PMA_HOME": str(self.home), "PMA_MODELS_CACHE": str(MODELS), "HF_HUB_OFFLINE": "1"}
        env.pop("PMA_DATABASE_URL", None)
        while time.time() < self.deadline:
            path = export(self.work / f"batch{self.batch}.csv", self.batch)
            tick = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "ui.cli", "ingest", str(path), "--json"], cwd=ROOT, env=env,
                                  capture_output=True, text=True)
            run = {"batch": self.batch, "exit": done.returncode, "seconds": round(time.perf_counter() - tick, 1)}
            if done.returncode == 0:
                report = json.loads(done.stdout)
                run.update(read=report["read"], added=report["added"], duplicates=report["duplicates"])
            else:
                run["error"] = done.stderr.strip()[-300:]
            self.runs.append(run)
            self.batch += 1


def sessions_for(url: str, n: int, deadline: float, clock: ModelClock) -> tuple[list[dict], float]:
    """``n`` sessions, each asking its next question until ``deadline`` (the last one in flight finishes)."""
    results: list[dict] = []
    lock = threading.Lock()
    start = threading.Barrier(n)

    def session(i: int) -> None:
        start.wait()
        k = i
        while time.time() < deadline:
            r = ask(url, QUESTIONS[k % len(QUESTIONS)], clock)
            r["session"] = i
            r["finished_after_deadline"] = time.time() > deadline
            with lock:
                results.append(r)
            k += n

    _, wall = at_once(session, n)
    return results, wall


def stats(runs: list[dict], wall: float) -> dict:
    ttft = sorted(r["ttft_s"] for r in runs if r["ttft_s"] is not None)
    model_ttft = sorted(r["model_ttft_s"] for r in runs if r.get("model_ttft_s") is not None)
    totals = sorted(r["total_s"] for r in runs)
    tokens = sum(r.get("model_tokens", 0) for r in runs)
    errors = [r for r in runs if r["error"] or r["ttft_s"] is None]
    return {"questions": len(runs), "errors": len(errors), "error_examples": [r["error"] for r in errors[:5]],
            "model_ttft_p50_s": _pct(model_ttft, 50), "model_ttft_p95_s": _pct(model_ttft, 95),
            "model_tokens": tokens, "tokens_per_s": round(tokens / wall, 1) if wall else None,
            "ttft_p50_s": _pct(ttft, 50), "ttft_p95_s": _pct(ttft, 95), "ttft_max_s": ttft[-1] if ttft else None,
            "total_p50_s": _pct(totals, 50), "total_p95_s": _pct(totals, 95), "wall_s": round(wall, 1),
            "answers_per_min": round(60 * (len(runs) - len(errors)) / wall, 1) if wall else None}


def db_check(settings, expected: int) -> dict:
    from retrieval.db import Database

    with Database(settings).connect() as conn:
        total, distinct, no_vector = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash), count(*) FILTER (WHERE embedding IS NULL) FROM feedback"
        ).fetchone()
        running = conn.execute("SELECT count(*) FROM ingest_runs WHERE status = 'running'").fetchone()[0]
    return {"rows": total, "expected": expected, "distinct_hashes": distinct, "without_vector": no_vector,
            "runs_left_running": running, "ok": total == expected == distinct and no_vector == 0 and running == 0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--tokens", default="256,16", help="max_new_tokens per phase, comma-separated")
    parser.add_argument("--baseline-questions", type=int, default=5)
    args = parser.parse_args()

    from assistant.llm import get_llm
    from tests.support.paths import EXAMPLE_CSV
    from tests.support.ports import free_port
    from retrieval.ingest import ingest_paths
    from retrieval.settings import Settings
    from ui.app import build_app, launch
    from ui.handlers import Services

    before = machine()
    work = Path(tempfile.mkdtemp(prefix="pma-bench-load-"))
    home = work / "pma"
    base = Settings(home=home, models_cache=MODELS)
    expected = ingest_paths([EXAMPLE_CSV], base).total("added")
    result: dict = {"what": f"{args.sessions} chat sessions through gradio_client for {args.seconds:g} s while "
                            "`pma ingest` loads 300-row exports back to back, embedded PostgreSQL",
                    "sessions": args.sessions, "seconds": args.seconds, "phases": []}
    batch = 0
    for tokens in [int(t) for t in args.tokens.split(",")]:
        settings = base.model_copy(update={"llm": base.llm.model_copy(update={"max_new_tokens": tokens})})
        clock = ModelClock(get_llm(settings))
        services = Services(settings, llm=clock)
        services.warm_up()
        app = build_app(settings, services)
        port = free_port()
        launch(app, settings, host="127.0.0.1", port=port, auth=None, prevent_thread_lock=True, quiet=True)
        url = f"http://127.0.0.1:{port}/"
        phase: dict = {"max_new_tokens": tokens, "queue_concurrency_limit": settings.ui.concurrency_limit}
        try:
            ask(url, "What do people like about trail discovery?")  # warm-up: lazy imports
            log(f"max_new_tokens {tokens}: baseline, one session, no ingest")
            tick = time.perf_counter()
            alone = [ask(url, QUESTIONS[i % len(QUESTIONS)], clock) for i in range(args.baseline_questions)]
            phase["baseline_one_session"] = stats(alone, time.perf_counter() - tick)
            log(f"max_new_tokens {tokens}: {args.sessions} sessions + ingest for {args.seconds:g} s")
            deadline = time.time() + args.seconds
            ingest = IngestLoop(home, work, deadline, batch)
            ingest.start()
            runs, wall = sessions_for(url, args.sessions, deadline, clock)
            ingest.join()
            batch = ingest.batch
            expected += sum(r.get("added", 0) for r in ingest.runs)
            phase["load"] = stats(runs, wall)
            phase["load"]["per_session_questions"] = [sum(1 for r in runs if r["session"] == i)
                                                      for i in range(args.sessions)]
            phase["ingest"] = {"runs": len(ingest.runs), "errors": sum(r["exit"] != 0 for r in ingest.runs),
                               "rows_added": sum(r.get("added", 0) for r in ingest.runs),
                               "rows_per_s": round(sum(r.get("added", 0) for r in ingest.runs) /
                                                   max(1e-9, sum(r["seconds"] for r in ingest.runs)), 1),
                               "run_details": ingest.runs}
            phase["database"] = db_check(settings, expected)
            phase["errors_total"] = (phase["load"]["errors"] + phase["ingest"]["errors"]
                                     + (0 if phase["database"]["ok"] else 1))
            l, b = phase["load"], phase["baseline_one_session"]
            phase["ratios"] = {f"{k}_load_over_alone": round(l[k] / b[k], 2) if l[k] and b[k] else None
                               for k in ("model_ttft_p95_s", "ttft_p95_s", "tokens_per_s")}
            phase["runs"] = runs
        finally:
            app.close()
        result["phases"].append(phase)
        l, b = phase["load"], phase["baseline_one_session"]
        log(f"  alone: TTFT p50 {b['ttft_p50_s']} s p95 {b['ttft_p95_s']} s; load: {l['questions']} questions, "
            f"{l['errors']} errors, TTFT p50 {l['ttft_p50_s']} s p95 {l['ttft_p95_s']} s; ingest "
            f"{phase['ingest']['runs']} runs, {phase['ingest']['errors']} errors, {phase['ingest']['rows_added']} rows; "
            f"database ok {phase['database']['ok']}")
    result["machine"] = {"before": before, "after": machine()}
    path = write_result("hardening_load", result)
    print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
