"""Many chats at once on the local model, measured below the UI: time to first token and tokens/s of the batched
local backend (``assistant.llm.LocalLLM``) for N requests at once against the same requests one at a time.

``bench/ui_load.py`` measures the whole chat (gradio, retrieval, the database) on the machine at hand. This bench
measures the model part alone so that it can also run where the rest of the stack cannot be installed, such as a
GPU machine without a network: it needs torch, transformers, pydantic and this repository.

The prompts are the chat's own. ``--write-prompts FILE`` ingests the example export into a temporary store, asks
the ui_load questions through ``assistant.chat.Chat`` with the bundled model and records the messages the model is
given (needs the full set-up). The timing run sends those messages to ``LocalLLM.stream`` (greedy, no stop strings):

- baseline: the questions one at a time, one request in the model at a time;
- ``--sessions 10 20``: that many requests submitted together (the questions repeated in turn), each in its own
  thread, as the UI's queue does.

Per request: ``ttft_s`` from the call to the first text piece (prompt rendering, waiting for cache room, prefill),
split by ``Probe`` into prompt to ids, ids to engine and engine to first token; ``tokens`` the text pieces streamed
(as ``bench/ui_load.py`` counts them), ``total_s``; a hash of the answer. Greedy answers are compared: each request
at once against the same prompt's answer alone (``same_answer_as_alone``), and with ``--engine``, each setting's
answers alone against the first setting's (``same_answers_as_first_setting``, per round). Per phase: TTFT p50 / p95
and aggregate tokens/s = all tokens / the phase's wall time. Targets (issue 14.3): TTFT p95 at once <= 3x one at a
time, tokens/s >= 2.5x. Medians over ``--repeats`` rounds.

``--random-weights`` loads the model's architecture (its config.json and tokenizer from ``--model``) with random
weights, for machines the weights cannot be copied to: speed does not depend on the weights' values, but random
weights rarely stop early, so every answer runs to ``--max-new-tokens`` (real answers stop at their end token).
``--step-tokens`` sets the tokens per forward pass (``assistant.llm.batching.STEP_TOKENS`` on a CPU,
``GPU_STEP_TOKENS`` on a GPU) for a sweep; several values run one after the other in one process, each on a fresh
engine. Without it, the product's value for the device. ``--engine NAME=JSON ...`` compares engine settings on a GPU
(``batching.GPU_ENGINE_OPTIONS``; ``product`` is the product's own, ``{"use_cuda_graph": false}`` the eager engine);
each runs on a fresh engine whose first request (``first_request``: starting it, CUDA graph capture included) is
timed apart from the rounds, except the first setting when it is the product's: on a GPU loading the model
(``load_s``) starts the engine and captures its graphs (``LocalLLM`` does so since session 30), and its
``first_request`` is a person's first question after that. ``--switch-interval`` sets Python's thread switch interval for the run.

    # here, once: record the prompts (about a minute)
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.llm_batching --write-prompts bench/results/llm_batching_prompts.json
    # the timing, here (bundled model, CPU):
    flock /work/coord/bench.lock env HF_HUB_OFFLINE=1 .venv/bin/python -m bench.llm_batching --sessions 10 20 \
        --max-new-tokens 64 --out bench/results/llm_batching_cpu.json
    # on a GPU machine without a network: the bundled model's config.json, generation_config.json and tokenizer
    # files (from its converted folder under .pma-test-cache/models) copied to DIR, and wheels of transformers,
    # pydantic and pydantic-settings (with their needs) installed with --target; llm_batching_h200.json:
    HF_HUB_OFFLINE=1 python3 -m bench.llm_batching --model DIR --random-weights --device cuda --sessions 10 20 \
        --repeats 3 --max-new-tokens 64 --step-tokens 8192 2048 256 --out bench/results/llm_batching_h200.json
    # session 29, CUDA graphs against the eager engine, same run (llm_batching_h200_s29_kv.json; 'graphs_kv4096' is
    # the product's GPU_ENGINE_OPTIONS since then, 'product' was the keys padded to the whole cache):
    HF_HUB_OFFLINE=1 python3 -m bench.llm_batching --model DIR --random-weights --device cuda --sessions 10 20 \
        --repeats 3 --max-new-tokens 64 --engine 'graphs_kv4096={"use_cuda_graph": true, "q_padding_interval_size": 256,
        "kv_padding_interval_size": 4096, "use_async_batching": false}' product 'eager={"use_cuda_graph": false}' \
        --out bench/results/llm_batching_h200_s29_kv.json
    # session 30: the product's graphs against the eager engine in float32 (same greedy answers?), then the split of
    # the first token's wait in bfloat16 with the prefill-first scheduler beside (llm_batching_h200_s30_*.json):
    HF_HUB_OFFLINE=1 python3 -m bench.llm_batching --model DIR --random-weights --device cuda --dtype float32 \
        --sessions 20 --repeats 2 --max-new-tokens 64 --engine 'eager={"use_cuda_graph": false}' product \
        --out bench/results/llm_batching_h200_s30_f32_answers.json
    HF_HUB_OFFLINE=1 python3 -m bench.llm_batching --model DIR --random-weights --device cuda --sessions 10 20 \
        --repeats 3 --max-new-tokens 64 --engine product 'prefill_first={"use_cuda_graph": true,
        "q_padding_interval_size": 256, "kv_padding_interval_size": 4096, "use_async_batching": false,
        "scheduler_type": "prefill_first"}' 'eager={"use_cuda_graph": false}' \
        --out bench/results/llm_batching_h200_s30_split.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bench.ui_load import QUESTIONS, _median, _pct, _ratio  # noqa: E402  (light: its heavy imports are in main)

TOKENIZER_FILES = ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                   "chat_template.jinja", "special_tokens_map.json")


def write_prompts(path: Path, models_cache: Path) -> None:
    """Ask the ui_load questions on the example export and save the messages the chat gave the model."""
    from assistant.chat.engine import Chat
    from assistant.llm import get_llm
    from retrieval.ingest import ingest_paths
    from retrieval.settings import Settings
    from tests.support.paths import EXAMPLE_CSV

    recorded: list[dict] = []

    class Recorder:
        def __init__(self, llm):
            self.llm = llm

        def __getattr__(self, name):
            return getattr(self.llm, name)

        def stream(self, messages, **kwargs):
            recorded.append({"messages": [dict(m) for m in messages], "max_new_tokens": kwargs.get("max_new_tokens")})
            return self.llm.stream(messages, **kwargs)

    with tempfile.TemporaryDirectory(prefix="pma-llm-batching-") as home:
        settings = Settings(home=Path(home), models_cache=models_cache, llm={"max_new_tokens": 8})
        ingest_paths([EXAMPLE_CSV], settings)
        chat = Chat(settings, llm=Recorder(get_llm(settings)))
        prompts = []
        for question in QUESTIONS:
            recorded.clear()
            chat.ask(question)
            if len(recorded) != 1:
                raise SystemExit(f"{question!r}: the chat called the model {len(recorded)} times, expected once")
            prompts.append({"question": question, "messages": recorded[0]["messages"]})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"what": "the messages assistant.chat.Chat gave the model for the ui_load questions "
                                        "on examples/feedback.csv", "prompts": prompts}, indent=1) + "\n",
                    encoding="utf-8")
    print(f"wrote {len(prompts)} prompts to {path}")


def random_model(source: Path, dest: Path, seed: int = 0) -> None:
    """``source``'s architecture with random weights, saved with its tokenizer files in ``dest``."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(source))
    model.save_pretrained(dest)
    for name in TOKENIZER_FILES:
        if (source / name).exists() and not (dest / name).exists():
            shutil.copy(source / name, dest / name)


class Probe:
    """Bench instrumentation, not a stand-in: records, per thread, when a request's token ids reach the batcher
    (after the chat template and the tokenizer) and when the engine accepted it, by wrapping the product's
    ``Batcher.stream`` and ``_Engine.submit``. So a slow first token splits into prompt to ids, ids to engine
    (waiting for cache room, starting an engine) and engine to first token (queue, prefill, the first step)."""

    def __init__(self):
        from assistant.llm import batching

        self.local = threading.local()
        stream, submit, probe = batching.Batcher.stream, batching._Engine.submit, self

        def timed_stream(batcher, *args, **kwargs):
            probe.local.ids = time.perf_counter()
            return stream(batcher, *args, **kwargs)

        def timed_submit(engine, *args, **kwargs):
            out = submit(engine, *args, **kwargs)
            probe.local.submitted = time.perf_counter()
            return out

        batching.Batcher.stream, batching._Engine.submit = timed_stream, timed_submit

    def reset(self) -> None:
        self.local.ids = self.local.submitted = None

    def split(self, started: float, first: float) -> dict:
        ids, submitted = getattr(self.local, "ids", None), getattr(self.local, "submitted", None)
        if ids is None or submitted is None:
            return {}
        return {"prompt_to_ids_s": round(ids - started, 4), "ids_to_engine_s": round(submitted - ids, 4),
                "engine_to_first_s": round(first - submitted, 4)}


PROBE: Probe | None = None


class Timed:
    """One request: its time to the first text piece, its pieces, its total time and a hash of its text."""

    def __init__(self, llm, messages: list[dict], max_new_tokens: int):
        self.llm, self.messages, self.max_new_tokens = llm, messages, max_new_tokens

    def __call__(self, _: int = 0) -> dict:
        if PROBE:
            PROBE.reset()
        started = time.perf_counter()
        first, tokens, error, pieces, split = None, 0, None, [], {}
        try:
            for piece in self.llm.stream(self.messages, max_new_tokens=self.max_new_tokens, temperature=0.0):
                if first is None:
                    first = time.perf_counter()
                    split = PROBE.split(started, first) if PROBE else {}
                    first -= started
                tokens += 1
                pieces.append(piece)
        except Exception as exc:  # counted, not fatal: the bench reports errors
            error = f"{type(exc).__name__}: {exc}"[:300]
        return {"ttft_s": None if first is None else round(first, 4), "tokens": tokens,
                "total_s": round(time.perf_counter() - started, 4), "error": error,
                "answer_sha1": hashlib.sha1("".join(pieces).encode()).hexdigest()[:12], **split}


def phase(runs: list[dict], wall: float) -> dict:
    ttft = sorted(r["ttft_s"] for r in runs if r["ttft_s"] is not None)
    tokens = sum(r["tokens"] for r in runs)
    return {"requests": len(runs), "errors": sum(1 for r in runs if r["error"] or r["ttft_s"] is None),
            "ttft_p50_s": _pct(ttft, 50, 4), "ttft_p95_s": _pct(ttft, 95, 4), "wall_s": round(wall, 3),
            "tokens": tokens,
            "tokens_per_s": round(tokens / wall, 1) if wall else None,
            "first_error": next((r["error"] for r in runs if r["error"]), None),
            **{f"{part}_p95": _pct(sorted(r[part] for r in runs if part in r), 95, 4)
               for part in ("prompt_to_ids_s", "ids_to_engine_s", "engine_to_first_s") if any(part in r for r in runs)}}


def one_setting(llm, prompts: list[list[dict]], sessions: list[int], repeats: int, max_new_tokens: int) -> dict:
    """Rounds of (one at a time, then each ``sessions`` count at once); medians and ratios over rounds."""
    from bench.common import at_once

    first = Timed(llm, prompts[0], max_new_tokens)()  # a closed engine starts on the first request
    for p in prompts:  # each prompt's prefill shape once (an engine with CUDA graphs captures one graph per shape)
        Timed(llm, p, 1)()
    at_once(lambda i: Timed(llm, prompts[i % len(prompts)], max_new_tokens)(), max(sessions))  # batch shapes warm
    rounds = []
    for r in range(repeats):
        tick = time.perf_counter()
        alone = [Timed(llm, p, max_new_tokens)() for p in prompts]
        rd = {"one_at_a_time": phase(alone, time.perf_counter() - tick)}
        for n in sessions:
            gate = threading.Barrier(n)

            def job(i: int, n: int = n, gate: threading.Barrier = gate) -> dict:
                gate.wait()
                return Timed(llm, prompts[i % len(prompts)], max_new_tokens)()

            runs, wall = at_once(job, n)
            rd[f"at_once_{n}"] = phase(runs, wall)
            # greedy answers in a batch against the same prompt's answer alone (same engine, same round)
            rd[f"at_once_{n}"]["same_answer_as_alone"] = sum(
                r["answer_sha1"] == alone[i % len(prompts)]["answer_sha1"] for i, r in enumerate(runs))
        rd["answers_alone"] = [r["answer_sha1"] for r in alone]
        rounds.append(rd)
        print(f"  round {r + 1}: " + "; ".join(
            f"{k}: TTFT p95 {v['ttft_p95_s']} s (engine to first {v.get('engine_to_first_s_p95')} s), "
            f"{v['tokens_per_s']} tokens/s, {v['errors']} errors" for k, v in rd.items() if k != "answers_alone"),
            flush=True)
    keys = ("ttft_p50_s", "ttft_p95_s", "tokens_per_s", "wall_s", "errors", "prompt_to_ids_s_p95",
            "ids_to_engine_s_p95", "engine_to_first_s_p95")
    sides = [side for side in rounds[0] if side != "answers_alone"]
    med = {side: {k: _median([rd[side][k] for rd in rounds if rd[side].get(k) is not None], 4) for k in keys
                  if any(rd[side].get(k) is not None for rd in rounds)} for side in sides}
    base = med["one_at_a_time"]
    ratios = {f"at_once_{n}": {
        "ttft_p95_over_one_at_a_time": _ratio(med[f"at_once_{n}"]["ttft_p95_s"], base["ttft_p95_s"]),
        "tokens_per_s_over_one_at_a_time": _ratio(med[f"at_once_{n}"]["tokens_per_s"], base["tokens_per_s"]),
    } for n in sessions}
    for n in sessions:
        r = ratios[f"at_once_{n}"]
        r["meets_targets"] = (r["ttft_p95_over_one_at_a_time"] is not None and r["ttft_p95_over_one_at_a_time"] <= 3
                              and r["tokens_per_s_over_one_at_a_time"] is not None
                              and r["tokens_per_s_over_one_at_a_time"] >= 2.5)
    return {"medians": med, "ratios": ratios, "rounds": rounds,
            "first_request": first}  # includes starting the engine (and capturing its CUDA graphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-prompts", type=Path, help="record the chat's prompts to this file and stop")
    parser.add_argument("--prompts", type=Path, default=ROOT / "bench" / "results" / "llm_batching_prompts.json")
    parser.add_argument("--model", default="bundled", help="'bundled', a Hub id in the cache or a model folder")
    parser.add_argument("--random-weights", action="store_true", help="the model's architecture, random weights")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--dtype", default="auto", choices=["auto", "float32", "bfloat16"])
    parser.add_argument("--sessions", type=int, nargs="+", default=[10])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--cache-tokens", type=int, default=None, help="PMA_LLM_CACHE_TOKENS; default: the setting's")
    parser.add_argument("--step-tokens", type=int, nargs="+", default=None,
                        help="default: the product's (batching.step_tokens)")
    parser.add_argument("--engine", nargs="+", default=None, metavar="NAME=JSON",
                        help="engine settings to compare on a GPU (batching.GPU_ENGINE_OPTIONS), e.g. "
                             "'graphs={\"use_cuda_graph\": true}'; 'product' is the product's own")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="sys.setswitchinterval for the whole run (default: Python's)")
    parser.add_argument("--models-cache", type=Path, default=ROOT / ".pma-test-cache" / "models")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "llm_batching.json")
    args = parser.parse_args()
    if args.write_prompts:
        write_prompts(args.write_prompts, args.models_cache)
        return

    import torch

    from assistant.llm import batching
    from assistant.llm.local import LocalLLM
    from bench.common import machine
    from retrieval.settings import Settings

    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)

    prompts = [p["messages"] for p in json.loads(args.prompts.read_text(encoding="utf-8"))["prompts"]]
    before = machine()
    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    results = {}
    with tempfile.TemporaryDirectory(prefix="pma-llm-batching-") as home:
        model = args.model
        if args.random_weights:
            model = str(Path(home) / "random-model")
            random_model(Path(args.model), Path(model))
        llm_settings = {"model": model, "device": args.device, "dtype": args.dtype}
        if args.cache_tokens:
            llm_settings["cache_tokens"] = args.cache_tokens
        settings = Settings(home=Path(home), models_cache=args.models_cache, llm=llm_settings)
        llm = LocalLLM(settings)
        tick = time.perf_counter()
        llm.warm_up()
        load_s = round(time.perf_counter() - tick, 2)
        prompt_tokens = [llm.count_tokens(p) for p in prompts]
        global PROBE
        PROBE = Probe()
        engines = [e.partition("=") for e in args.engine or ["product="]]
        product_engine = dict(batching.GPU_ENGINE_OPTIONS)
        for step in args.step_tokens or [batching.step_tokens(torch.device(llm._device).type)]:
            for name, _, options in engines:
                batching.STEP_TOKENS = batching.GPU_STEP_TOKENS = step
                batching.GPU_ENGINE_OPTIONS = product_engine if name == "product" else json.loads(options or "{}")
                if results or args.step_tokens or name != "product":
                    llm.close()  # a fresh engine reads STEP_TOKENS and GPU_ENGINE_OPTIONS
                # else the engine loading started (on a GPU) answers: first_request is a person's first question
                key = f"step_tokens_{step}" + (f"_{name}" if args.engine else "")
                print(f"{key}: {batching.GPU_ENGINE_OPTIONS}", flush=True)
                try:
                    results[key] = one_setting(llm, prompts, args.sessions, args.repeats, args.max_new_tokens)
                except Exception as exc:  # one engine setting failing must not lose the others
                    results[key] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
                    print(f"  failed: {results[key]['error']}", flush=True)
                results[key]["engine_options"] = batching.GPU_ENGINE_OPTIONS
                attention = llm._model.config._attn_implementation  # what the batching engine ran with
                write(args, before, gpu, llm, settings, attention, prompt_tokens, load_s, results)  # kept if cut short
        llm.close()
    compare_answers(results)
    write(args, before, gpu, llm, settings, attention, prompt_tokens, load_s, results)
    print(json.dumps({k: {"medians": v.get("medians"), "ratios": v.get("ratios"), "error": v.get("error"),
                          "same_answers": v.get("same_answers_as_first_setting")}
                      for k, v in results.items()}, indent=1))


def compare_answers(results: dict) -> None:
    """Per setting, how many greedy answers alone equal the first setting's for the same prompt, each round (with
    random weights in float32 a different kernel or padding rarely flips a token; in bfloat16 near-ties flip)."""
    settings = [v for v in results.values() if "rounds" in v]
    if len(settings) < 2:
        return
    reference = [rd["answers_alone"] for rd in settings[0]["rounds"]]
    for v in settings[1:]:
        v["same_answers_as_first_setting"] = [
            f"{sum(a == b for a, b in zip(mine['answers_alone'], ref))}/{len(ref)}"
            for mine, ref in zip(v["rounds"], reference)]


def write(args, before: dict, gpu: str | None, llm, settings, attention: str, prompt_tokens: list[int], load_s: float,
          results: dict) -> None:
    import torch

    from bench.common import machine

    out = {
        "bench": "llm_batching",
        "what": f"LocalLLM.stream on the chat's prompts for the ui_load questions: one at a time (baseline) vs "
                f"{', '.join(map(str, args.sessions))} at once, {args.repeats} rounds, medians over rounds",
        "targets": {"ttft_p95_over_one_at_a_time": "<= 3", "tokens_per_s_over_one_at_a_time": ">= 2.5"},
        "machine": {"before": before, "after": machine(), "gpu": gpu, "torch": torch.__version__,
                    "transformers": __import__("transformers").__version__},
        "settings": {"model": args.model, "random_weights": args.random_weights, "device": llm._device,
                     "dtype": llm._dtype, "max_new_tokens": args.max_new_tokens,
                     "cache_tokens": settings.llm.cache_tokens, "attention": attention, "prompt_tokens": prompt_tokens,
                     "switch_interval_s": sys.getswitchinterval(),
                     "load_s": load_s},
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
