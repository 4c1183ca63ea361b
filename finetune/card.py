"""The finished adapter folder: peft weights, tokenizer, run record, and for people a model card and a loss curve.

The card states the base model, the data (folder and hash), the full config, the before/after evaluation, the time
taken and the hardware, so a PM can tell which adapter is which months later. Its front matter follows the Hugging
Face model-card format (``base_model``, ``library_name: peft``) so the folder can be shared as is.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

RUN_FILE = "finetune_run.json"


def write_adapter(out: Path, peft_model: Any, tokenizer: Any, run: dict[str, Any], config: dict[str, Any]) -> None:
    """Write everything a finished run leaves in ``out`` and drop its checkpoints.

    The files are written to ``out/.finishing`` first and moved into place with ``adapter_config.json`` last: that
    file marks a folder as a finished adapter (``checkpoint.check_out_dir``, the UI's adapter list), so a run killed
    or out of disk while finishing stays an interrupted run that ``--resume`` completes, never a half-written adapter.
    """
    import os
    import shutil

    from finetune.checkpoint import CHECKPOINTS, RESUME_HINT, disk_error

    out = Path(out)
    staging = out / ".finishing"
    try:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        peft_model.save_pretrained(str(staging))
        tokenizer.save_pretrained(str(staging))  # the chat template travels with the adapter
        (staging / RUN_FILE).write_text(json.dumps(run, indent=1) + "\n", encoding="utf-8")
        write_loss_curve(run["history"], staging / "loss_curve.png")
        write_card(staging, run, config, name=out.name)  # after save_pretrained, which writes a stub README.md
        for path in sorted(staging.iterdir(), key=lambda p: p.name == "adapter_config.json"):
            os.replace(path, out / path.name)
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(out / CHECKPOINTS, ignore_errors=True)
    except OSError as exc:
        raise disk_error(exc, out, hint=RESUME_HINT) from None


def write_loss_curve(history: list[dict[str, Any]], path: Path) -> Path:
    """Train loss per optimizer step and eval loss at each evaluation, as a PNG (matplotlib, Agg backend)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    train = [(h["step"], h["loss"]) for h in history if "loss" in h]
    evals = [(h["step"], h["eval_loss"]) for h in history if "eval_loss" in h]
    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=100)
    if train:
        ax.plot(*zip(*train), label="train loss", linewidth=1)
    if evals:
        ax.plot(*zip(*evals), marker="o", label="eval loss")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("loss (assistant tokens)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def write_card(out: Path, run: dict[str, Any], config: dict[str, Any], *, name: str | None = None) -> Path:
    """Write ``out/README.md`` from the run record (``finetune_run.json``) and the config; ``name`` is the adapter's
    name in the title (default: the folder's)."""
    m = run["metrics"]
    base = run["base"]

    def ppl(loss: float) -> str:
        return f"{math.exp(loss):.2f}" if loss < 50 else "inf"

    lines = [
        "---",
        f"base_model: {base['path']}",
        "library_name: peft",
        "tags: [lora, pm-assistant]",
        "---",
        f"# LoRA adapter `{name or Path(out).name}`",
        "",
        f"Trained by `pma finetune train` on {run['finished']} in {run['seconds']:.0f} s.",
        "",
        "## Base model",
        f"- name: `{base['name']}`",
        f"- loaded from: `{base['path']}`",
        f"- architecture: `{base['fingerprint']['fields'].get('model_type')}`, "
        f"{base['fingerprint']['fields'].get('num_hidden_layers')} layers",
        "",
        "## Data",
        f"- dataset: `{run['data']['dir']}` (hash `{run['data']['hash']}`)",
        f"- examples used: {run['data']['train_examples']} train, {run['data']['eval_examples']} eval "
        f"({run['data']['dropped']} dropped: answer beyond max_length)",
        "",
        "## Results (eval split, loss on assistant tokens)",
        "| | loss | perplexity |",
        "|---|---|---|",
        f"| before (base) | {m['eval_loss_before']:.4f} | {ppl(m['eval_loss_before'])} |",
        f"| after (adapter, step {m['best_step']}) | {m['eval_loss_after']:.4f} | {ppl(m['eval_loss_after'])} |",
        "",
        f"- optimizer steps: {m['steps']}{' (stopped early)' if m['stopped_early'] else ''}",
        f"- trained tokens (non-padding): {m['train_tokens']}, {m['tokens_per_s']:.1f} tokens/s, "
        f"{m['s_per_step']:.2f} s/step",
        f"- peak memory: {m['peak_rss_mb']:.0f} MB RSS"
        + (f", {m['peak_gpu_mb']:.0f} MB GPU" if m.get("peak_gpu_mb") else ""),
        "",
        "![loss curve](loss_curve.png)",
        "",
        "## Hardware",
        *[f"- {k}: {v}" for k, v in run["hardware"].items()],
        "",
        "## Config",
        "```json",
        json.dumps(config, indent=2),
        "```",
        "",
        "## Use",
        f"`PMA_LLM_ADAPTER={out} pma ask \"...\"`, or `pma finetune merge --adapter {out} --out merged/` "
        "for a standalone model.",
        "",
    ]
    path = Path(out) / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
