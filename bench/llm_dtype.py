"""The local model's weights in fp32 (the default on a CPU, the baseline) vs bf16 (``PMA_LLM_DTYPE=bfloat16``), same
prompts, same machine, alternating in one run.

Both models are the bundled SmolLM2-135M loaded by the product's own backend (``LocalLLM``), so every answer goes
through the continuous-batching engine. Prompts are retrieval-sized: 10 real app reviews from the CLAP set as
context and a question (about what `pma ask` sends with k=10), a different slice of reviews for each of 10 prompts.
Per round and dtype:

- ``alone``: 3 prompts one after another: time to first token, decode tokens/s, wall;
- ``together``: 10 prompts at once (10 threads): time to first token p50/p95 and aggregate tokens/s.

Rounds alternate fp32 and bf16 (so machine load hits both alike); medians over rounds. Greedy decoding. The JSON
also says whether the CPU reports AVX512-BF16 or AMX (bf16 is slower without them) and how many of the 10 greedy
answers are the same text in both dtypes.

    flock /work/coord/bench.lock .venv/bin/python -m bench.llm_dtype [--rounds 3] [--max-new-tokens 64]
    # writes bench/results/llm_dtype.json

Not measured: GPUs (bf16 is already the default there), answer quality beyond "same text or not", the UI queue
(``bench/ui_load.py``).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bench.common import DATA, at_once, machine, write_result  # noqa: E402

REVIEWS = DATA / "clap_rq1" / "clap_rq1_reviews.csv"
SYSTEM = "You answer product questions using only the feedback items given. Cite items as [F<id>]."
QUESTIONS = ["What are the main bugs users report?", "Which problems block people from using the app?",
             "What should the team fix first?", "What do users complain about after updates?",
             "Which features crash?"]


def prompts(n: int = 10) -> list[list[dict]]:
    """``n`` retrieval-sized prompts: each 10 different bug reports and a question."""
    with open(REVIEWS, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["label"] == "BUG"][: 10 * n]
    out = []
    for i in range(n):
        items = "\n".join(f"[F{r['id']}] ({r['app']}, {r['rating']} stars) {r['text']}" for r in rows[10 * i:10 * i + 10])
        out.append([{"role": "system", "content": SYSTEM},
                    {"role": "user", "content": f"<feedback>\n{items}\n</feedback>\n\n{QUESTIONS[i % len(QUESTIONS)]}"}])
    return out


def answer(llm, messages, max_new_tokens: int) -> dict:
    started = time.perf_counter()
    first, pieces = None, []
    for piece in llm.stream(messages, max_new_tokens=max_new_tokens, temperature=0):
        if first is None:
            first = time.perf_counter() - started
        pieces.append(piece)
    total = time.perf_counter() - started
    text = "".join(pieces)
    return {"ttft_s": first or total, "total_s": total, "tokens": llm.count_tokens(text) if text else 0, "text": text}


def alone(llm, batch: list, max_new_tokens: int) -> dict:
    started = time.perf_counter()
    runs = [answer(llm, m, max_new_tokens) for m in batch]
    wall = time.perf_counter() - started
    tokens = sum(r["tokens"] for r in runs)
    decode = sum(r["total_s"] - r["ttft_s"] for r in runs)
    return {"ttft_p50_s": statistics.median(r["ttft_s"] for r in runs), "tokens": tokens, "wall_s": wall,
            "tokens_per_s": tokens / wall, "decode_tokens_per_s": (tokens - len(runs)) / max(decode, 1e-9)}


def together(llm, batch: list, max_new_tokens: int) -> dict:
    runs, wall = at_once(lambda i: answer(llm, batch[i], max_new_tokens), len(batch))
    ttfts = sorted(r["ttft_s"] for r in runs)
    tokens = sum(r["tokens"] for r in runs)
    return {"ttft_p50_s": statistics.median(ttfts), "ttft_p95_s": ttfts[min(len(ttfts) - 1, round(0.95 * (len(ttfts) - 1)))],
            "tokens": tokens, "wall_s": wall, "tokens_per_s": tokens / wall, "texts": [r["text"] for r in runs]}


def cpu_flags() -> dict:
    try:
        flags = set(Path("/proc/cpuinfo").read_text().split())
    except OSError:
        flags = set()
    return {"avx512_bf16": "avx512_bf16" in flags, "amx_bf16": "amx_bf16" in flags}


def main() -> None:
    import torch

    from assistant.llm.local import LocalLLM
    from retrieval.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--models-cache", default=str(ROOT / ".pma-test-cache" / "models"))
    parser.add_argument("--out", default="llm_dtype")
    args = parser.parse_args()

    batch = prompts()
    before = machine()
    dtypes = ("float32", "bfloat16")
    with tempfile.TemporaryDirectory(prefix="pma-llm-dtype-") as home:
        llms = {dt: LocalLLM(Settings(home=Path(home), models_cache=Path(args.models_cache), llm={"dtype": dt}))
                for dt in dtypes}
        for dt, llm in llms.items():
            llm.warm_up()
            answer(llm, batch[0], 8)  # starts the engine
        rounds = []
        for _ in range(args.rounds):
            rounds.append({dt: {"alone": alone(llms[dt], batch[:3], args.max_new_tokens),
                                "together": together(llms[dt], batch, args.max_new_tokens)} for dt in dtypes})
        for llm in llms.values():
            llm.close()

    def med(dt: str, phase: str, key: str) -> float:
        return round(statistics.median(r[dt][phase][key] for r in rounds), 3)

    medians = {dt: {phase: {key: med(dt, phase, key) for key in rounds[0][dt][phase] if key != "texts"}
                    for phase in ("alone", "together")} for dt in dtypes}
    same = sum(a == b for a, b in zip(rounds[-1]["float32"]["together"]["texts"],
                                      rounds[-1]["bfloat16"]["together"]["texts"]))
    for r in rounds:
        for dt in dtypes:
            r[dt]["together"].pop("texts")

    def ratio(phase: str, key: str, lower_is_better: bool) -> float:
        a, b = medians["float32"][phase][key], medians["bfloat16"][phase][key]
        return round(a / b if lower_is_better else b / a, 3)

    write_result(args.out, {
        "bench": "llm_dtype",
        "what": ("bundled SmolLM2-135M through LocalLLM, fp32 weights (baseline, the CPU default) vs bf16, rounds "
                 "alternating; 'alone' = 3 retrieval-sized prompts one after another, 'together' = 10 at once; "
                 f"medians of {args.rounds} rounds; ratios > 1 mean bf16 is better"),
        "machine": {"before": before, "after": machine(), "cpu": cpu_flags(), "torch": torch.__version__,
                    "threads": torch.get_num_threads()},
        "settings": {"max_new_tokens": args.max_new_tokens, "prompt_tokens": [llms["float32"].count_tokens(m) for m in batch]},
        "medians": medians,
        "bf16_over_fp32": {
            "alone_ttft_speedup": ratio("alone", "ttft_p50_s", True),
            "alone_decode_tokens_per_s": ratio("alone", "decode_tokens_per_s", False),
            "alone_tokens_per_s": ratio("alone", "tokens_per_s", False),
            "together_ttft_p95_speedup": ratio("together", "ttft_p95_s", True),
            "together_tokens_per_s": ratio("together", "tokens_per_s", False),
        },
        "same_greedy_answers_of_10": same,
        "rounds": rounds,
    })
    print({"medians": medians, "same": same})


if __name__ == "__main__":
    main()
