"""`pma finetune merge`: fold a LoRA adapter into its base and write a standalone safetensors model folder.

The merged folder (weights, config, tokenizer with its chat template, generation config) loads with plain
``AutoModelForCausalLM.from_pretrained`` and with vLLM, without peft. Merging is checked, not trusted: the logits
of base+adapter on a few real prompts are compared with the merged model in memory and again after reloading the
written folder; a difference above the tolerance aborts and nothing is left at ``--out``. The merge happens in
fp32 (merging into a 4-bit QLoRA base would round the update away); the folder is saved in the base's own dtype.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from retrieval.errors import UserError
from retrieval.settings import Settings

CHECK_FILE = "merge_check.json"


class MergeMismatch(RuntimeError):
    """The merged model does not reproduce base+adapter (an internal error, not a user one)."""


def merge(adapter: Path | str, out: Path | str, *, settings: Settings, base: str | None = None, force: bool = False,
          tolerance: float = 1e-3) -> dict[str, Any]:
    """Merge ``adapter`` into its base, verify, and write ``out``; return the check results.

    Example:
        >>> merge("adapters/trailmix", "models/trailmix-merged", settings=Settings())  # doctest: +SKIP
    """
    import torch
    from transformers import AutoModelForCausalLM

    from finetune.evaluate import load_adapter

    out = Path(out)
    _check_out(out, force)
    model, tokenizer, run = load_adapter(adapter, settings=settings, base=base, precision="fp32")
    probe = _probe(tokenizer, run)
    with torch.no_grad():
        expected = model(**probe).logits
        merged = model.merge_and_unload()
        in_memory = (merged(**probe).logits - expected).abs().max().item()
    if in_memory > tolerance:
        raise MergeMismatch(f"merged logits differ from base+adapter by {in_memory:.2e} (> {tolerance:.0e})")

    save_dtype = _base_dtype(merged)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        merged.to(save_dtype).save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        reloaded = AutoModelForCausalLM.from_pretrained(tmp, dtype=torch.float32)
        with torch.no_grad():
            after_reload = (reloaded(**probe).logits - expected).abs().max().item()
        # A half-precision save rounds every weight; allow for that, relative to the logit scale.
        allowed = tolerance if save_dtype == torch.float32 else 2e-2 * expected.abs().max().item()
        if after_reload > allowed:
            raise MergeMismatch(f"reloaded merged model differs from base+adapter by {after_reload:.2e} (> {allowed:.1e})")
        check = {"adapter": str(adapter), "base": run["base"]["name"], "base_path": run["base"]["path"],
                 "dtype": str(save_dtype).removeprefix("torch."), "probe_tokens": int(probe["attention_mask"].sum()),
                 "max_abs_logit_diff_in_memory": in_memory, "max_abs_logit_diff_reloaded": after_reload,
                 "tolerance": allowed}
        (tmp / CHECK_FILE).write_text(json.dumps(check, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except OSError as exc:
        from retrieval.atomic import disk_error

        raise disk_error(exc, out) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {**check, "out": str(out)}


def _check_out(out: Path, force: bool) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        if not force:
            raise UserError(f"{out} already exists.", hint="Choose another --out or pass --force to replace it.")
        if not (out / "config.json").exists():
            raise UserError(f"{out} exists and is not a model folder; refusing to delete it even with --force.")


def _probe(tokenizer: Any, run: dict[str, Any]) -> dict[str, Any]:
    """A small padded batch of real prompts: eval examples when the dataset is still there, else fixed ones."""
    from assistant.llm.chat_template import render_prompt

    texts: list[str] = []
    data_dir = Path(run["data"]["dir"])
    if (data_dir / "dataset_dict.json").exists():
        from datasets import load_from_disk

        rows = load_from_disk(str(data_dir))["eval"]
        for row in rows.select(range(min(3, len(rows)))):
            texts.append(render_prompt(tokenizer, row["messages"], add_generation_prompt=False) if row["messages"]
                         else row["text"])
    if not texts:
        texts = [render_prompt(tokenizer, [{"role": "user", "content": q}], add_generation_prompt=True)
                 for q in ("What do users complain about most?", "Summarize the feedback on onboarding.")]
    enc = tokenizer(texts, add_special_tokens=False, padding=True, truncation=True, max_length=256, return_tensors="pt")
    return {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}


def _base_dtype(model: Any) -> Any:
    """The dtype the base was published in (read from its config.json; the loaded model is fp32 for merging)."""
    import torch

    config = Path(str(getattr(model, "name_or_path", ""))) / "config.json"
    name = None
    if config.is_file():
        data = json.loads(config.read_text(encoding="utf-8"))
        name = data.get("dtype") or data.get("torch_dtype")
    dtype = getattr(torch, name, None) if isinstance(name, str) else None
    return dtype if dtype in (torch.float16, torch.bfloat16) else torch.float32
