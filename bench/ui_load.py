"""Several people chatting at once: time to first token and tokens/s through the UI's queue, 10 sessions at once.

The real stack: the example export ingested into the embedded PostgreSQL of a temporary $PMA_HOME, the UI built by
``ui.app.build_app`` and served on 127.0.0.1 with the settings' queue concurrency limit, the bundled model warmed up
first. Every session is its own ``gradio_client.Client`` (its own browser session) and asks one question on the
``/ask`` endpoint the Chat tab uses. Baseline in the same run: the same questions asked one at a time by one session
(the same server, so one request in the model at a time).

Measured per question:

- ``model_ttft_s``: from the client's submit to the model's first token (the server runs in this process, so one
  clock): retrieval, the code-written summary, the queue and waiting for the model. The target's "TTFT".
- ``ttft_s``: from submit to the first streamed frame with answer text, at the client. The chat shows the
  code-written evidence summary before the model starts, so this is mostly retrieval and the queue.
- ``model_tokens``: tokens the model generated (counted by a wrapper around the backend, ``ModelClock``).

Aggregate tokens/s of a phase = model tokens of all its questions / the phase's wall time. Targets (issue 14.3):
concurrent TTFT p95 <= 3x the one-at-a-time p95, aggregate tokens/s >= 2.5x.

    flock /work/coord/bench.lock .venv/bin/python -m bench.ui_load [--sessions 10] [--max-new-tokens 256] [--dtype bfloat16]
    # writes bench/results/ui_load.json (--out another path for a second run)

Not measured: browser rendering, GPUs, several server processes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

QUESTIONS = [
    "Why do offline maps fail to download?",
    "What do users say about battery drain while tracking?",
    "Why were people charged twice?",
    "What happens when Android users open saved routes?",
    "What problems do Team customers have with SSO login?",
    "Do people ask for an Apple Watch app?",
    "Is the elevation data accurate?",
    "What do users say about dark mode?",
    "Is route sharing confusing?",
    "Are maps slow on older phones?",
]


def ask(url: str, question: str, clock: ModelClock | None = None) -> dict:
    """One session, one question: client-side time to first answer text and to the end; with ``clock``, time to
    the model's first token and the tokens it generated."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    started = time.perf_counter()
    first = None
    try:
        job = client.submit(question=question, api_name="/ask")
        for frame in job:
            history = frame[0]
            if first is None and len(history) >= 2 and _text(history[-1]):
                first = time.perf_counter() - started
        final = _text(job.outputs()[-1][0][-1])
        error = final[2:200] if final.startswith("⚠️") else None
    except Exception as exc:  # counted, not fatal: the bench reports errors
        final, error = "", f"{type(exc).__name__}: {exc}"[:200]
    total = time.perf_counter() - started
    run = {"question": question, "ttft_s": None if first is None else round(first, 3), "total_s": round(total, 3),
           "answer_chars": len(final), "cited": final.count("[F"), "error": error}
    if clock is not None:
        model = clock.take(question, started)
        run["model_ttft_s"] = round(model["first"] - started, 3) if model.get("first") else None
        run["model_tokens"] = model.get("tokens", 0)
        run["model_decode_s"] = round(model["end"] - model["first"], 3) if model.get("first") else None
    return run


class ModelClock:
    """The chat's model, wrapped to record when each answer's first token came and how many tokens it had."""

    def __init__(self, llm):
        self.llm = llm
        self.records: list[dict] = []
        self._lock = threading.Lock()

    def __getattr__(self, name):
        return getattr(self.llm, name)

    def stream(self, messages, **kwargs):
        record = {"prompt": messages[-1]["content"], "called": time.perf_counter(), "first": None, "tokens": 0}
        with self._lock:
            self.records.append(record)
        pieces = self.llm.stream(messages, **kwargs)
        try:
            for piece in pieces:
                if record["first"] is None:
                    record["first"] = time.perf_counter()
                record["tokens"] += 1
                yield piece
        finally:
            record["end"] = time.perf_counter()
            pieces.close()

    def take(self, question: str, submitted: float) -> dict:
        """The record of the model call for ``question`` submitted at ``submitted`` (removed from the list)."""
        with self._lock:
            for i, r in enumerate(self.records):
                if question in r["prompt"] and r["called"] >= submitted:
                    return self.records.pop(i)
        return {}


def _text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def summary(runs: list[dict], wall: float) -> dict:
    ttft = sorted(r["ttft_s"] for r in runs if r["ttft_s"] is not None)
    model_ttft = sorted(r["model_ttft_s"] for r in runs if r.get("model_ttft_s") is not None)
    totals = sorted(r["total_s"] for r in runs)
    tokens = sum(r.get("model_tokens", 0) for r in runs)
    return {"sessions": len(runs),
            "errors": sum(1 for r in runs if r["error"] or r["ttft_s"] is None or r.get("model_ttft_s") is None),
            "model_ttft_p50_s": _pct(model_ttft, 50), "model_ttft_p95_s": _pct(model_ttft, 95),
            "ttft_p50_s": _pct(ttft, 50), "ttft_p95_s": _pct(ttft, 95), "ttft_max_s": ttft[-1] if ttft else None,
            "total_p50_s": _pct(totals, 50), "total_p95_s": _pct(totals, 95), "wall_s": round(wall, 2),
            "model_tokens": tokens, "tokens_per_s": round(tokens / wall, 1) if wall else None,
            "runs": runs}


def _pct(values: list[float], p: float, digits: int = 3) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1], digits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3, help="rounds of (one at a time, all at once); medians")
    parser.add_argument("--max-new-tokens", type=int, default=None, help="default: settings.llm.max_new_tokens")
    parser.add_argument("--dtype", default=None, choices=["auto", "float32", "bfloat16"],
                        help="the local model's weights (PMA_LLM_DTYPE); default: settings.llm.dtype")
    parser.add_argument("--models-cache", default=str(ROOT / ".pma-test-cache" / "models"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "ui_load.json"))
    args = parser.parse_args()

    from assistant.llm import get_llm
    from bench.common import at_once, machine
    from tests.support.paths import EXAMPLE_CSV
    from tests.support.ports import free_port
    from retrieval.ingest import ingest_paths
    from retrieval.settings import Settings
    from ui.app import build_app, launch
    from ui.handlers import Services

    before = machine()
    questions = [QUESTIONS[i % len(QUESTIONS)] for i in range(args.sessions)]
    rounds: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="pma-ui-load-") as home:
        llm = {"max_new_tokens": args.max_new_tokens} if args.max_new_tokens else {}
        if args.dtype:
            llm["dtype"] = args.dtype
        settings = Settings(home=Path(home), models_cache=Path(args.models_cache), llm=llm)
        tick = time.perf_counter()
        ingest_paths([EXAMPLE_CSV], settings)
        clock = ModelClock(get_llm(settings))
        services = Services(settings, llm=clock)
        services.warm_up()
        setup_s = time.perf_counter() - tick
        app = build_app(settings, services)
        port = free_port()
        launch(app, settings, host="127.0.0.1", port=port, auth=None, prevent_thread_lock=True, quiet=True)
        url = f"http://127.0.0.1:{port}/"
        try:
            ask(url, "What do people like about trail discovery?")  # warm-up: first request pays for lazy imports
            for r in range(args.repeats):
                tick = time.perf_counter()
                sequential = [ask(url, q, clock) for q in questions]
                sequential_wall = time.perf_counter() - tick

                start = threading.Barrier(len(questions))

                def worker(i: int) -> dict:
                    start.wait()
                    return ask(url, questions[i], clock)

                results, concurrent_wall = at_once(worker, len(questions))
                rounds.append({"sequential": summary(sequential, sequential_wall),
                               "concurrent": summary(results, concurrent_wall)})  # type: ignore[arg-type]
                _print_round(r, rounds[-1])
        finally:
            app.close()

    keys = ("model_ttft_p50_s", "model_ttft_p95_s", "ttft_p50_s", "ttft_p95_s", "total_p50_s", "wall_s",
            "tokens_per_s", "errors")
    med = {side: {k: _median([rd[side][k] for rd in rounds]) for k in keys} for side in ("sequential", "concurrent")}
    ratios = {
        "model_ttft_p95_concurrent_over_sequential": _ratio(med["concurrent"]["model_ttft_p95_s"],
                                                            med["sequential"]["model_ttft_p95_s"]),
        "ttft_p95_concurrent_over_sequential": _ratio(med["concurrent"]["ttft_p95_s"], med["sequential"]["ttft_p95_s"]),
        "tokens_per_s_concurrent_over_sequential": _ratio(med["concurrent"]["tokens_per_s"],
                                                          med["sequential"]["tokens_per_s"]),
        "wall_sequential_over_concurrent": _ratio(med["sequential"]["wall_s"], med["concurrent"]["wall_s"]),
    }
    out = {
        "bench": "ui_load",
        "what": f"{args.sessions} chat sessions at once through gradio_client on /ask vs the same questions one at a "
                f"time by one session (baseline), {args.repeats} rounds of both, medians over rounds",
        "targets": {"model_ttft_p95_concurrent_over_sequential": "<= 3", "tokens_per_s_concurrent_over_sequential": ">= 2.5"},
        "machine": {"before": before, "after": machine()},
        "settings": {"llm_backend": settings.llm.backend, "llm_model": settings.llm.model, "llm_dtype": settings.llm.dtype,
                     "max_new_tokens": settings.llm.max_new_tokens, "cache_tokens": settings.llm.cache_tokens,
                     "queue_concurrency_limit": settings.ui.concurrency_limit},
        "setup_s": round(setup_s, 1),
        "medians": med,
        "ratios": ratios,
        "rounds": rounds,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("settings", "medians", "ratios")}, indent=2))


def _print_round(r: int, rd: dict) -> None:
    for name in ("sequential", "concurrent"):
        s = rd[name]
        print(f"round {r + 1} {name}: {s['sessions']} sessions, {s['errors']} errors, model TTFT p50 "
              f"{s['model_ttft_p50_s']} s p95 {s['model_ttft_p95_s']} s, first text p95 {s['ttft_p95_s']} s, "
              f"{s['model_tokens']} tokens, {s['tokens_per_s']} tokens/s, wall {s['wall_s']} s", flush=True)


def _median(values: list, digits: int = 3) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), digits) if values else None


def _ratio(a, b):
    return round(a / b, 2) if a is not None and b else None


if __name__ == "__main__":
    main()
