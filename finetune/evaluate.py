"""Evaluation: loss/perplexity on the eval split, base vs adapter, how close each one's answers are to the
reference answers (ROUGE-L F1, computed here), and side-by-side sample answers.

``mean_loss`` is the one evaluation used everywhere (before/after training, `pma finetune eval`, the bench): the
mean next-token loss over the assistant's tokens of the eval split, so numbers are comparable across commands.
``load_adapter`` opens an adapter folder on its base and refuses an adapter trained for another base (checked by
fingerprint before peft sees it, because same-shaped weights of a different model would load silently).

Loss says how likely the reference answers are; it does not say whether the adapter *writes* closer to them. For
that both models answer the first ``answers`` held-back prompts greedily, and each answer is scored against the
reference with ROUGE-L F1 over lower-cased words (the longest common subsequence: word order counts, exact
wording does not have to be contiguous). On a dataset of a PM's plan decisions this is "does the adapter draft
closer to the PM's final text than the base?".

Not handled: judging answers by meaning (a paraphrase of the reference scores low), statistical tests on the
per-example differences (the counts of examples each model wins are reported instead).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from finetune.card import RUN_FILE
from finetune.config import FinetuneConfig
from retrieval.errors import UserError
from retrieval.settings import Settings


def encode_split(tokenizer: Any, rows: Any, max_length: int, limit: int | None = None) -> tuple[list[dict[str, list[int]]], int]:
    """Encoded examples of a dataset split (first ``limit`` rows) and how many were dropped as unlearnable."""
    from finetune.encode import encode_example

    encoded, dropped = [], 0
    n = len(rows) if limit is None else min(limit, len(rows))
    for i in range(n):
        enc = encode_example(tokenizer, rows[i], max_length)
        if enc is None:
            dropped += 1
        else:
            encoded.append(enc)
    return encoded, dropped


def mean_loss(loss_model: Any, encoded: list[dict[str, list[int]]], *, batch_size: int, pad_id: int, device: Any,
              accelerator: Any = None) -> float:
    """Mean loss per labelled token over ``encoded`` (sharded across processes when ``accelerator`` is given)."""
    import torch

    from finetune.collate import collate, eval_batches
    from finetune.loss import move_batch

    batches = eval_batches([len(e["input_ids"]) for e in encoded], batch_size)
    if accelerator is not None and accelerator.num_processes > 1:
        batches = batches[accelerator.process_index::accelerator.num_processes]
    was_training = loss_model.training
    loss_model.eval()
    total = torch.zeros(2, dtype=torch.float64, device=device)
    with torch.no_grad():
        for rows in batches:
            batch = collate([[encoded[i] for i in row] for row in rows], pad_id)
            s, n = loss_model(**move_batch(batch, device))
            total += torch.stack([s.detach().double(), n.double()])
    if accelerator is not None and accelerator.num_processes > 1:
        total = accelerator.reduce(total, reduction="sum")
    loss_model.train(was_training)
    return float(total[0] / total[1].clamp(min=1))


def perplexity(loss: float) -> float:
    return math.exp(loss) if loss < 50 else float("inf")


def read_run(adapter: Path) -> dict[str, Any]:
    path = Path(adapter) / RUN_FILE
    if not (Path(adapter) / "adapter_config.json").exists():
        raise UserError(f"{adapter}: not an adapter folder (no adapter_config.json).",
                        hint="Pass a folder written by `pma finetune train`.")
    if not path.exists():
        raise UserError(f"{adapter}: no {RUN_FILE}; it was not written by `pma finetune train`.")
    return json.loads(path.read_text(encoding="utf-8"))


def load_adapter(adapter: Path | str, *, settings: Settings, base: str | None = None, precision: str = "auto") -> tuple[Any, Any, dict[str, Any]]:
    """(peft model, tokenizer, run record) for an adapter folder; UserError if it was trained for another base."""
    from peft import PeftModel

    from finetune.base_model import fingerprint, load_model, load_tokenizer, resolve_base, same_base

    adapter = Path(adapter)
    run = read_run(adapter)
    name = base or run["base"]["name"]
    path = resolve_base(name, settings)
    tokenizer = load_tokenizer(path)
    model = load_model(path, precision=precision)
    if not same_base(run["base"]["fingerprint"], fingerprint(model)):
        raise UserError(f"{adapter} was trained for base '{run['base']['name']}', not for '{name}' ({path}).",
                        hint=f"Pass --base {run['base']['name']} (or the same model's folder), or use an adapter trained on this base.")
    try:
        model = PeftModel.from_pretrained(model, str(adapter))
    except (RuntimeError, ValueError, KeyError) as exc:
        raise UserError(f"{adapter} does not fit base '{name}': {str(exc).splitlines()[0][:200]}") from None
    model.eval()
    return model, tokenizer, run


DEFAULT_ANSWERS = 20  # held-back prompts both models answer for ROUGE-L (about a minute for the bundled model)
_WORD = re.compile(r"\w+")


def rouge_l(reference: str, candidate: str) -> float:
    """ROUGE-L F1 between two texts over lower-cased words (0 when either is empty).

    Example:
        >>> round(rouge_l("the map fails to load offline", "offline the map does not load"), 3)
        0.5
    """
    ref, cand = _WORD.findall(reference.lower()), _WORD.findall(candidate.lower())
    if not ref or not cand:
        return 0.0
    previous = [0] * (len(cand) + 1)
    for word in ref:  # longest common subsequence, one row at a time
        row = [0]
        for j, other in enumerate(cand, start=1):
            row.append(previous[j - 1] + 1 if word == other else max(previous[j], row[j - 1]))
        previous = row
    lcs = previous[-1]
    if not lcs:
        return 0.0
    precision, recall = lcs / len(cand), lcs / len(ref)
    return 2 * precision * recall / (precision + recall)


def compare(adapter: Path | str, *, settings: Settings, data_dir: Path | str | None = None, base: str | None = None,
            samples: int | None = None, max_new_tokens: int | None = None, max_examples: int | None = None,
            answers: int | None = None) -> dict[str, Any]:
    """Base vs adapter on the eval split: loss, perplexity, ROUGE-L F1 of ``answers`` greedy answers against the
    references (default ``DEFAULT_ANSWERS``; 0 skips it) and ``samples`` of them side by side."""
    from finetune.base_model import device
    from finetune.loss import TokenLoss
    from finetune.prepare import load_prepared

    config = FinetuneConfig.load(Path(adapter))
    model, tokenizer, run = load_adapter(adapter, settings=settings, base=base)
    data_dir = data_dir or run["data"]["dir"]
    data, manifest = load_prepared(data_dir)
    dev = device()
    model.to(dev)
    encoded, _ = encode_split(tokenizer, data["eval"], config.max_length, max_examples)
    if not encoded:
        raise UserError(f"{data_dir}: no eval example fits max_length={config.max_length}.")
    loss_model = TokenLoss(model)
    kw = {"batch_size": config.eval_batch_size, "pad_id": tokenizer.pad_token_id, "device": dev}
    with model.disable_adapter():
        base_loss = mean_loss(loss_model, encoded, **kw)
    adapter_loss = mean_loss(loss_model, encoded, **kw)
    report: dict[str, Any] = {
        "adapter": str(adapter), "base": run["base"]["name"], "data": str(data_dir), "data_hash": manifest["data_hash"],
        "eval_examples": len(encoded),
        "base_loss": round(base_loss, 4), "base_perplexity": round(perplexity(base_loss), 3),
        "adapter_loss": round(adapter_loss, 4), "adapter_perplexity": round(perplexity(adapter_loss), 3),
        "samples": [],
    }
    n = config.sample_generations if samples is None else samples
    scored = DEFAULT_ANSWERS if answers is None else answers
    chats = [r for r in data["eval"] if r["messages"]][:max(n, scored)]
    rows = []
    for row in chats:
        prompt, reference = row["messages"][:-1], row["messages"][-1]["content"]
        with model.disable_adapter():
            base_text = generate(model, tokenizer, prompt, max_new_tokens or config.max_new_tokens)
        adapter_text = generate(model, tokenizer, prompt, max_new_tokens or config.max_new_tokens)
        rows.append({"prompt": prompt[-1]["content"], "reference": reference, "base": base_text,
                     "adapter": adapter_text,
                     "rouge_l": {"base": round(rouge_l(reference, base_text), 4),
                                 "adapter": round(rouge_l(reference, adapter_text), 4)}})
    report["samples"] = rows[:n]
    report["similarity"] = _similarity(rows[:scored]) if scored and rows else None
    return report


def _similarity(rows: list[dict[str, Any]]) -> dict[str, Any]:
    base = [r["rouge_l"]["base"] for r in rows]
    adapter = [r["rouge_l"]["adapter"] for r in rows]
    return {"measure": "ROUGE-L F1 against the reference answer (lower-cased words)", "examples": len(rows),
            "base": round(sum(base) / len(base), 4), "adapter": round(sum(adapter) / len(adapter), 4),
            "adapter_closer": sum(a > b for a, b in zip(adapter, base)),
            "base_closer": sum(b > a for a, b in zip(adapter, base)),
            "same": sum(a == b for a, b in zip(adapter, base))}


def generate(model: Any, tokenizer: Any, messages: list[dict[str, str]], max_new_tokens: int) -> str:
    """Greedy answer to ``messages``, prompted exactly as the assistant does at inference."""
    import torch

    from assistant.llm.chat_template import render_prompt

    text = render_prompt(tokenizer, messages, add_generation_prompt=True)
    enc = tokenizer(text, add_special_tokens=False, return_tensors="pt").to(model.device)
    with torch.no_grad():
        out = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False,
                             pad_token_id=tokenizer.pad_token_id)
    return tokenizer.decode(out[0, enc["input_ids"].shape[1]:], skip_special_tokens=True).strip()
