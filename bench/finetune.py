"""LoRA training speed: our trainer vs the setups a practitioner would pick, same data, steps, loss and eval.

Two tasks, both built from CLAP app reviews (../shared/data) with every variant reading the same prepared folder:

- ``label``: review -> category, answers of 2-4 tokens. Most of each sequence is prompt, so the saving from
  running the output head only on answer tokens is at its largest here.
- ``digest``: three reviews of one app -> one sentence per review (rating, category, the review quoted) and a
  closing sentence with counts. Multi-sentence answers are about half of the tokens, so the head saving is small
  and what remains is padding and batch layout.

Variants (each in its own process, so peak RSS is its own; all LoRA r=16 on the same modules, the same LoRA
init, AdamW lr 1e-3 cosine, fp32, no gradient checkpointing, loss summed over answer tokens / answer tokens of
the step, exactly one epoch of the train split, so every variant learns from every example once):

- ``ours``: ``finetune.train`` (each random batch packed, per-example position ids, in one row or, for long
  examples, the few rows ``finetune.collate.pack_rows`` estimates cheapest; head only on answer tokens).
- ``trainer_grouped``: transformers ``Trainer`` + peft, ``DataCollatorForSeq2Seq`` (pads each batch to its
  longest) and ``group_by_length``. Its order is ``get_length_grouped_indices`` with the mega-batch transformers
  uses on any set of 800+ examples (50 batches), not the 2-batch one it picks for a set this small, so the
  baseline gets the little padding it would get on a real data set.
- ``trl_padding_free``: TRL ``SFTTrainer``, conversational prompt-completion rows with ``completion_only_loss``,
  ``padding_free=True`` (each batch flattened into one row with position ids, TRL's collator) and TRL's fused
  LM head; same examples in the same order as ours, and its tokens and labels are checked to equal ours.
- ``padded`` (extra row, the old baseline, not used for the headline): ``Trainer`` + peft, every example padded
  to ``max_length``, same order as ours.

Protocol: ``--repeats`` rounds; in each round every variant runs once, in a rotated order, so a ratio taken
inside one round compares runs that shared the machine's load. The headline per task is the median over rounds of
ours / the strongest baseline (the one of trainer_grouped and trl_padding_free with the higher median wall-clock
tokens/s), in wall-clock tokens/s and in tokens per CPU second.
All final adapters are scored by the same function (``finetune.evaluate.mean_loss``) on the same eval split.

    flock /work/coord/bench.lock .venv/bin/python -m bench.finetune --repeats 3 --threads 1
    # writes bench/results/finetune.json; --quick: a 2-step smoke run written to ~/.cache/pma-bench

Reported per run: non-padding tokens/s and s per optimizer step (training steps only: not model load or eval;
the Trainer variants' timers start after their batch is collated, ours includes its collation), the same per CPU
second of the process (with 1 thread that is the work done, which varies far less than wall time on a shared
machine), peak RSS, padding share (tokens computed that are padding), final eval loss; per variant the median, min and max; per round the ratios; the load average
before and after every run. On a CUDA machine the same command runs unchanged (bf16 when supported); there TRL's
fused head also skips unlabelled positions, which it does not on CPU.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.common import CACHE, DATA, REPO, machine, write_result

CLAP = DATA / "clap_rq1" / "clap_rq1_reviews.csv"
HEADLINE = ("trainer_grouped", "trl_padding_free")
VARIANTS = ("ours", *HEADLINE, "padded")
LABEL_SYSTEM = ("Classify the app review into one category: BUG, FEATURE, PERFORMANCE, USABILITY, ENERGY, SECURITY "
                "or OTHER. Answer with the category only.")
DIGEST_SYSTEM = ("Summarise the app reviews for the product manager: one sentence per review with its rating, its "
                 "category and what the user wrote, then one sentence with the counts per category.")
KIND = {"BUG": ("bug report", "bug reports"), "FEATURE": ("feature request", "feature requests"),
        "PERFORMANCE": ("performance complaint", "performance complaints"),
        "USABILITY": ("usability problem", "usability problems"),
        "ENERGY": ("battery or energy complaint", "battery or energy complaints"),
        "SECURITY": ("security or privacy concern", "security or privacy concerns"),
        "OTHER": ("piece of general feedback", "pieces of general feedback")}
# name: (train examples, eval examples, max_length); train is a multiple of the batch size (one epoch exactly).
TASKS = {"label": (16, 8, 256), "digest": (8, 4, 512)}
QUICK = {"label": (8, 4, 256), "digest": (4, 4, 512)}


# ---- data -------------------------------------------------------------------------------------------------------
def _reviews() -> list[dict]:
    with CLAP.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    seen, unique = set(), []
    for r in rows:
        if r["text"].strip() and r["text"] not in seen:
            seen.add(r["text"])
            unique.append(r)
    random.Random(0).shuffle(unique)
    return unique


def label_chats(n: int) -> list[dict]:
    return [{"messages": [{"role": "system", "content": LABEL_SYSTEM}, {"role": "user", "content": r["text"]},
                          {"role": "assistant", "content": r["label"]}]} for r in _reviews()[:n]]


def digest_chats(n: int) -> list[dict]:
    """Three reviews of one app (8-45 words each) -> a multi-sentence digest written by code from the labels."""
    by_app: dict[str, list[dict]] = defaultdict(list)
    for r in _reviews():
        if 8 <= len(r["text"].split()) <= 45:
            by_app[r["app"]].append(r)
    chats = []
    for app, rows in sorted(by_app.items(), key=lambda kv: kv[0]):
        for i in range(0, len(rows) - 2, 3):
            group = rows[i:i + 3]
            user = f"Reviews of {app}:\n" + "\n".join(f"[{j}] ({r['rating']} stars) {r['text']}"
                                                      for j, r in enumerate(group, 1))
            lines = [f"Review {j} ({r['rating']} stars) is a {KIND[r['label']][0]}: \"{r['text'].strip()}\""
                     for j, r in enumerate(group, 1)]
            counts = Counter(r["label"] for r in group).most_common()
            lines.append("In total: " + " and ".join(f"{n} {KIND[k][n > 1]}" for k, n in counts) + ".")
            chats.append({"messages": [{"role": "system", "content": DIGEST_SYSTEM}, {"role": "user", "content": user},
                                       {"role": "assistant", "content": "\n".join(lines)}]})
    random.Random(1).shuffle(chats)
    return chats[:n]


def build_data(task: str, folder: Path, n_train: int, n_eval: int, settings) -> dict:
    from finetune.prepare import prepare

    rows = (label_chats if task == "label" else digest_chats)(n_train + n_eval)
    src = folder / f"{task}.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = prepare([src], folder / task, settings=settings, eval_fraction=n_eval / len(rows), seed=0)
    assert (report.train, report.eval) == (n_train, n_eval), (report.train, report.eval)
    return {"train": report.train, "eval": report.eval, "token_stats": report.token_stats}


# ---- one variant, in a child process ------------------------------------------------------------------------------
def run_variant(name: str, data: Path, args) -> dict:
    if name == "ours":
        return _run_ours(data, args)
    from bench.finetune_baselines import run_baseline

    return run_baseline(name, data, args, train_config(args))


def train_config(args) -> dict:
    steps = args.n_train // args.batch_size
    return {"max_steps": steps, "batch_size": args.batch_size, "max_length": args.max_length, "learning_rate": 1e-3,
            "lr_scheduler": "cosine", "warmup_ratio": 0.0, "lora_r": 16, "lora_alpha": 32, "lora_dropout": 0.0,
            "eval_every": 0, "save_every": 10_000, "early_stopping_patience": 0, "max_eval_examples": None,
            "seed": 42}


def _run_ours(data: Path, args) -> dict:
    import finetune.collate as fc
    import finetune.train as ft
    from finetune.config import FinetuneConfig
    from retrieval.settings import Settings

    # CPU seconds of the interval ours times (``_optimizer_step``), which vary far less than wall seconds on a
    # shared machine, and the tokens its training batches compute (padding included). Measured from outside, so
    # the trainer itself stays unaware of the bench.
    seen = {"cpu": 0.0, "padded": 0, "rows": 0, "batches": 0, "inside": False}
    step, collate = ft._Run._optimizer_step, fc.collate

    def timed(self, micro):
        c, seen["inside"] = time.process_time(), True
        try:
            return step(self, micro)
        finally:
            seen["cpu"] += time.process_time() - c
            seen["inside"] = False

    def counted(rows, pad_id):
        batch = collate(rows, pad_id)
        if seen["inside"]:
            seen["padded"] += batch["n_padded"]
            seen["rows"] += len(rows)
            seen["batches"] += 1
        return batch

    ft._Run._optimizer_step, fc.collate = timed, counted
    cfg = FinetuneConfig(**{**train_config(args), "batching": "pack"})
    with tempfile.TemporaryDirectory() as tmp:
        res = ft.train(data, Path(tmp) / "adapter", settings=Settings(home=Path(tmp) / "pma", models_cache=args.models),
                       config=cfg, progress=False)
    m = res.run["metrics"]
    return {"tokens_per_s": m["tokens_per_s"], "s_per_step": m["s_per_step"],
            "cpu_tokens_per_s": m["train_tokens"] / seen["cpu"], "cpu_s_per_step": seen["cpu"] / m["steps"],
            "train_tokens": m["train_tokens"], "padded_tokens": seen["padded"],
            "rows_per_batch": seen["rows"] / max(seen["batches"], 1), "eval_loss_before": m["eval_loss_before"],
            # The last evaluation, not the kept best: the baselines keep their last weights too.
            "eval_loss": res.run["history"][-1]["eval_loss"], "steps": m["steps"]}


def child(args) -> None:
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    result = run_variant(args.child, Path(args.data), args)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if torch.cuda.is_available():
        result["peak_gpu_mb"] = torch.cuda.max_memory_allocated() / 2**20
    result["threads"] = torch.get_num_threads()
    Path(args.result).write_text(json.dumps(result), encoding="utf-8")


# ---- driver -------------------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="rounds; every variant runs once per round")
    parser.add_argument("--tasks", nargs="+", default=list(TASKS), choices=list(TASKS))
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--padded-repeats", type=int, default=1, help="rounds that also run the padded extra row")
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="torch threads per variant (0: torch default)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 2 steps per task, 1 round")
    parser.add_argument("--out", type=Path, default=None, help="default: bench/results/finetune.json")
    parser.add_argument("--models", type=Path, default=REPO / ".pma-test-cache" / "models", help="converted-model cache")
    for hidden in ("--child", "--data", "--result"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    parser.add_argument("--n-train", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--max-length", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.child:
        return child(args)
    if not CLAP.exists():
        sys.exit(f"{CLAP} is missing: this bench needs ../shared/data (see /work/shared/data/README.md).")
    if args.quick:
        args.repeats, args.padded_repeats = 1, min(args.padded_repeats, 1)
    out = args.out or (CACHE / "finetune-quick.json" if args.quick else REPO / "bench" / "results" / "finetune.json")

    from retrieval.settings import Settings

    started = time.time()
    sizes = QUICK if args.quick else TASKS
    result: dict = {"what": __doc__.split("\n\n")[0], "command": " ".join(["python -m bench.finetune", *sys.argv[1:]]),
                    "machine": machine(), "tasks": {}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for task in args.tasks:
            n_train, n_eval, max_length = sizes[task]
            data = build_data(task, tmp, n_train, n_eval, Settings(home=tmp / "pma", models_cache=args.models))
            runs: dict[str, list[dict]] = {v: [] for v in args.variants}
            for rnd in range(args.repeats):
                names = [v for v in args.variants if v != "padded" or rnd < args.padded_repeats]
                names = names[rnd % len(names):] + names[:rnd % len(names)]
                for name in names:
                    res_file = tmp / f"{task}-{name}-{rnd}.json"
                    cmd = [sys.executable, "-m", "bench.finetune", "--child", name, "--data", str(tmp / task),
                           "--result", str(res_file), "--n-train", str(n_train), "--batch-size", str(args.batch_size),
                           "--max-length", str(max_length), "--threads", str(args.threads), "--models", str(args.models)]
                    load_before, t0 = os.getloadavg()[0], time.time()
                    subprocess.run(cmd, check=True, cwd=REPO)
                    run = {**json.loads(res_file.read_text()), "round": rnd, "wall_s": round(time.time() - t0, 1),
                           "load_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
                    runs[name].append(run)
                    print(f"{task} round {rnd} {name}: {json.dumps(run)}", flush=True)
            cfg = {**train_config(argparse.Namespace(n_train=n_train, batch_size=args.batch_size, max_length=max_length,
                                                     models=args.models)), "eval_examples": n_eval}
            result["tasks"][task] = {"data": data, "config": cfg, **summarize(runs)}
    result["machine"]["load_avg_1m_after"] = round(os.getloadavg()[0], 2)
    result["wall_minutes"] = round((time.time() - started) / 60, 1)
    if args.out or args.quick:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    else:
        out = write_result("finetune", result)
    print(json.dumps({t: r["headline"] for t, r in result["tasks"].items()}, indent=2))
    print(f"wrote {out}")


# ---- summary ------------------------------------------------------------------------------------------------------
def summarize(runs: dict[str, list[dict]]) -> dict:
    """Median/min/max per variant, ratios inside each round, and the headline against the strongest baseline."""
    keys = ("tokens_per_s", "s_per_step", "cpu_tokens_per_s", "cpu_s_per_step", "peak_rss_mb", "eval_loss",
            "padding_share")
    for rs in runs.values():
        for r in rs:
            r["padding_share"] = round(1 - r["train_tokens"] / r["padded_tokens"], 4)
    stats = {v: {k: _spread([r[k] for r in rs]) for k in keys} | {"runs": len(rs)} for v, rs in runs.items() if rs}
    out: dict = {"variants": stats, "runs": runs}
    if "ours" not in stats:
        return out
    ours = {r["round"]: r for r in runs["ours"]}
    ratios: dict[str, dict] = {}
    for v, rs in runs.items():
        if v == "ours" or not rs:
            continue
        paired = [(ours[r["round"]], r) for r in rs if r["round"] in ours]
        ratios[v] = {"tokens_per_s": _spread([o["tokens_per_s"] / b["tokens_per_s"] for o, b in paired]),
                     "s_per_step": _spread([o["s_per_step"] / b["s_per_step"] for o, b in paired]),
                     "cpu_tokens_per_s": _spread([o["cpu_tokens_per_s"] / b["cpu_tokens_per_s"] for o, b in paired]),
                     "peak_rss": _spread([o["peak_rss_mb"] / b["peak_rss_mb"] for o, b in paired]),
                     "eval_loss_diff": _spread([o["eval_loss"] - b["eval_loss"] for o, b in paired]),
                     "rounds": len(paired)}
    out["ratios_ours_over"] = ratios
    candidates = [v for v in HEADLINE if v in stats]
    if candidates:
        best = max(candidates, key=lambda v: stats[v]["tokens_per_s"]["median"])
        r = ratios[best]
        out["headline"] = {"strongest_baseline": best, "rounds": r["rounds"],
                           "tokens_per_s_ratio_median": r["tokens_per_s"]["median"],
                           "tokens_per_s_ratio_min": r["tokens_per_s"]["min"],
                           "tokens_per_s_ratio_max": r["tokens_per_s"]["max"],
                           "s_per_step_ratio_median": r["s_per_step"]["median"],
                           "cpu_tokens_per_s_ratio_median": r["cpu_tokens_per_s"]["median"],
                           "cpu_tokens_per_s_ratio_min": r["cpu_tokens_per_s"]["min"],
                           "cpu_tokens_per_s_ratio_max": r["cpu_tokens_per_s"]["max"],
                           "peak_rss_ratio_median": r["peak_rss"]["median"],
                           "eval_loss_ours": stats["ours"]["eval_loss"]["median"],
                           "eval_loss_baseline": stats[best]["eval_loss"]["median"],
                           "ours_faster": r["tokens_per_s"]["median"] > 1.0}
    return out


def _spread(xs: list[float]) -> dict:
    return {"median": _round(statistics.median(xs)), "min": _round(min(xs)), "max": _round(max(xs))}


def _round(x: float) -> float:
    return float(f"{x:.6g}") if abs(x) < 1 else round(x, 3)


if __name__ == "__main__":
    main()
