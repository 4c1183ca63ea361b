"""Time to first token and decode speed of the two LLM backends, same prompts, same model, side by side.

``local`` runs the bundled SmolLM2-135M in this process; ``openai`` sends the same messages to a real
``transformers serve`` process on 127.0.0.1 serving the same converted folder (the baseline the issue names).
Two prompts: a one-line question, and a retrieval-sized one (10 real app reviews from the CLAP set as context, about
what `pma ask` sends with k=10). Greedy decoding, 1 warm-up + N timed runs each, medians reported.

    .venv/bin/python -m bench.llm_backends [--runs 3] [--max-new-tokens 64]   # writes bench/results/llm_backends.json

Not measured: the retrieval step, concurrency (one request at a time), GPU.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.support.servers import transformers_serve  # noqa: E402

from assistant.llm import get_llm  # noqa: E402
from assistant.llm.weights import ensure_bundled_llm  # noqa: E402
from retrieval.settings import Settings  # noqa: E402

REVIEWS = ROOT.parent / "shared" / "data" / "clap_rq1" / "clap_rq1_reviews.csv"
SYSTEM = "You answer product questions using only the feedback items given. Cite items as [F<id>]."


def prompts() -> dict[str, list[dict]]:
    short = [{"role": "user", "content": "Name three common complaints about mobile banking apps."}]
    if REVIEWS.exists():
        with open(REVIEWS, newline="", encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if r["label"] == "BUG"][:10]
        items = "\n".join(f"[F{r['id']}] ({r['app']}, {r['rating']} stars) {r['text']}" for r in rows)
    else:  # keeps the script runnable without the shared data; the JSON says which was used
        items = "\n".join(f"[F{i}] The app crashes when I open the camera after the last update, version 3.{i}." for i in range(10))
    rag = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"<feedback>\n{items}\n</feedback>\n\nWhat are the main bugs users report?"},
    ]
    return {"short": short, "rag_k10": rag}


def measure(llm, messages, max_new_tokens: int) -> dict:
    started = time.perf_counter()
    first = None
    pieces = []
    for piece in llm.stream(messages, max_new_tokens=max_new_tokens, temperature=0):
        if first is None:
            first = time.perf_counter() - started
        pieces.append(piece)
    total = time.perf_counter() - started
    tokens = llm.count_tokens("".join(pieces))
    decode_s = max(total - (first or total), 1e-9)
    return {"ttft_s": first, "total_s": total, "new_tokens": tokens, "decode_tokens_per_s": (tokens - 1) / decode_s}


def run(llm, messages, runs: int, max_new_tokens: int) -> dict:
    measure(llm, messages, max_new_tokens)  # warm-up: first-call allocations, server model paths
    samples = [measure(llm, messages, max_new_tokens) for _ in range(runs)]
    out = {k: statistics.median(s[k] for s in samples) for k in ("ttft_s", "total_s", "decode_tokens_per_s")}
    out["new_tokens"] = samples[-1]["new_tokens"]
    out["prompt_tokens"] = llm.count_tokens(messages)
    out["runs"] = runs
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="pma-bench-llm-"))
    models = ROOT / ".pma-test-cache" / "models"
    folder = ensure_bundled_llm(models)
    cases = prompts()
    results: dict = {}
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    local = get_llm(Settings(home=home, models_cache=models, llm={"backend": "local"}))
    t = time.perf_counter()
    local.warm_up()
    load_s = time.perf_counter() - t
    results["local"] = {"load_s": load_s, **{name: run(local, msgs, args.runs, args.max_new_tokens) for name, msgs in cases.items()}}
    results["local"]["describe"] = local.describe()

    with transformers_serve(folder, home / "serve.log") as url:
        remote = get_llm(Settings(home=home, models_cache=models, llm={"backend": "openai", "base_url": url, "model": str(folder)}))
        remote.warm_up()
        results["openai"] = {name: run(remote, msgs, args.runs, args.max_new_tokens) for name, msgs in cases.items()}
        results["openai"]["describe"] = remote.describe()

    ratios = {
        name: {
            "ttft_openai_over_local": results["openai"][name]["ttft_s"] / results["local"][name]["ttft_s"],
            "decode_speed_openai_over_local": results["openai"][name]["decode_tokens_per_s"] / results["local"][name]["decode_tokens_per_s"],
        }
        for name in cases
    }
    report = {
        "what": "TTFT and decode tokens/s, local transformers vs OpenAI-compatible client against transformers serve",
        "model": "SmolLM2-135M-Instruct (bundled, fp32)",
        "max_new_tokens": args.max_new_tokens,
        "context_source": str(REVIEWS.name) if REVIEWS.exists() else "synthetic",
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "loadavg_1m_before": load_before,
                    "loadavg_1m_after": os.getloadavg()[0] if hasattr(os, "getloadavg") else None},
        "results": results,
        "ratios": ratios,
        "ttft_target_s": 1.5,
    }
    out = ROOT / "bench" / "results" / "llm_backends.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, default=str) + "\n")
    for backend in ("local", "openai"):
        for name in cases:
            r = results[backend][name]
            print(f"{backend:7s} {name:8s} prompt {r['prompt_tokens']:4d} tok  TTFT {r['ttft_s']:.3f} s  decode {r['decode_tokens_per_s']:.1f} tok/s")
    print(json.dumps(ratios, indent=2))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
