"""Several people chatting at once: time to first token through the UI's queue, 10 sessions at the same time.

The real stack: the example export ingested into the embedded PostgreSQL of a temporary $PMA_HOME, the UI built by
``ui.app.build_app`` and served on 127.0.0.1 with the settings' queue concurrency limit, the bundled model warmed up
first. Every session is its own ``gradio_client.Client`` (its own browser session) and asks one question on the
``/ask`` endpoint the Chat tab uses; time to first token is measured at the client, from submit to the first
streamed frame with answer text. Baseline in the same run: the same questions asked one at a time by one session.

    .venv/bin/python -m bench.ui_load [--sessions 10] [--max-new-tokens 256]   # writes bench/results/ui_load.json

Not measured: browser rendering, GPUs, several server processes. The local backend generates one answer at a time
(one model, one lock), so under load the first token waits for the answers ahead of it in the queue.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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


def ask(url: str, question: str) -> dict:
    """One session, one question: client-side time to first answer text and to the end."""
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
    return {"question": question, "ttft_s": None if first is None else round(first, 3), "total_s": round(total, 3),
            "answer_chars": len(final), "cited": final.count("[F"), "error": error}


def _text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def summary(runs: list[dict], wall: float) -> dict:
    ttft = sorted(r["ttft_s"] for r in runs if r["ttft_s"] is not None)
    totals = sorted(r["total_s"] for r in runs)
    return {"sessions": len(runs), "errors": sum(1 for r in runs if r["error"] or r["ttft_s"] is None),
            "ttft_p50_s": _pct(ttft, 50), "ttft_p95_s": _pct(ttft, 95), "ttft_max_s": ttft[-1] if ttft else None,
            "total_p50_s": _pct(totals, 50), "total_p95_s": _pct(totals, 95), "wall_s": round(wall, 2),
            "runs": runs}


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1], 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--max-new-tokens", type=int, default=None, help="default: settings.llm.max_new_tokens")
    parser.add_argument("--models-cache", default=str(ROOT / ".pma-test-cache" / "models"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "ui_load.json"))
    args = parser.parse_args()

    from tests.support.paths import EXAMPLE_CSV
    from tests.support.ports import free_port
    from retrieval.ingest import ingest_paths
    from retrieval.settings import Settings
    from ui.app import build_app, launch
    from ui.handlers import Services

    questions = [QUESTIONS[i % len(QUESTIONS)] for i in range(args.sessions)]
    with tempfile.TemporaryDirectory(prefix="pma-ui-load-") as home:
        llm = {"max_new_tokens": args.max_new_tokens} if args.max_new_tokens else {}
        settings = Settings(home=Path(home), models_cache=Path(args.models_cache), llm=llm)
        tick = time.perf_counter()
        ingest_paths([EXAMPLE_CSV], settings)
        services = Services(settings)
        services.warm_up()
        setup_s = time.perf_counter() - tick
        app = build_app(settings, services)
        port = free_port()
        launch(app, settings, host="127.0.0.1", port=port, auth=None, prevent_thread_lock=True, quiet=True)
        url = f"http://127.0.0.1:{port}/"
        try:
            ask(url, "What do people like about trail discovery?")  # warm-up: first request pays for lazy imports
            tick = time.perf_counter()
            sequential = [ask(url, q) for q in questions]
            sequential_wall = time.perf_counter() - tick

            results: list[dict | None] = [None] * len(questions)
            start = threading.Barrier(len(questions))

            def worker(i: int) -> None:
                start.wait()
                results[i] = ask(url, questions[i])

            threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(questions))]
            tick = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            concurrent_wall = time.perf_counter() - tick
        finally:
            app.close()

    seq, conc = summary(sequential, sequential_wall), summary(results, concurrent_wall)  # type: ignore[arg-type]
    out = {
        "bench": "ui_load",
        "what": f"{args.sessions} chat sessions at once through gradio_client on /ask vs the same questions one at a "
                "time (baseline); client-side time to first answer text",
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "settings": {"llm_backend": settings.llm.backend, "llm_model": settings.llm.model,
                     "max_new_tokens": settings.llm.max_new_tokens,
                     "queue_concurrency_limit": settings.ui.concurrency_limit},
        "setup_s": round(setup_s, 1),
        "sequential": seq,
        "concurrent": conc,
        "ratios": {"ttft_p50_concurrent_over_sequential": _ratio(conc["ttft_p50_s"], seq["ttft_p50_s"]),
                   "ttft_p95_concurrent_over_sequential": _ratio(conc["ttft_p95_s"], seq["ttft_p95_s"]),
                   "wall_sequential_over_concurrent": _ratio(seq["wall_s"], conc["wall_s"])},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("settings", "ratios")}, indent=2))
    for name in ("sequential", "concurrent"):
        s = out[name]
        print(f"{name}: {s['sessions']} sessions, {s['errors']} errors, TTFT p50 {s['ttft_p50_s']} s, "
              f"p95 {s['ttft_p95_s']} s, total p50 {s['total_p50_s']} s, wall {s['wall_s']} s")


def _ratio(a, b):
    return round(a / b, 2) if a is not None and b else None


if __name__ == "__main__":
    main()
