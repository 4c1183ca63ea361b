"""The adapter folder's life cycle: never overwrite by accident, checkpoint atomically, resume from the last one.

Layout of ``adapters/NAME`` while training: ``finetune_config.json`` (written first) and
``checkpoints/step-000050/`` folders with the LoRA weights, optimizer and scheduler state, RNG state and the run's
bookkeeping (step, history, early-stopping state). A checkpoint is written to a temporary folder and renamed into
place, so a crash (or a full disk) mid-write leaves the previous checkpoint intact. When training finishes the
adapter files are written at the top and ``checkpoints/`` is removed.

What this does not do: keep checkpoints after a successful run, or sync them across machines.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from retrieval.atomic import disk_error
from retrieval.errors import UserError

RESUME_HINT = "Free some space, then continue with the same command plus --resume."

CHECKPOINTS = "checkpoints"
_MARKERS = ("adapter_config.json", "finetune_config.json", CHECKPOINTS)


def check_out_dir(out: Path, *, resume: bool, force: bool) -> Path | None:
    """Apply the overwrite/resume policy to ``out``; return the checkpoint to resume from (or None).

    Raises UserError when ``out`` holds a finished adapter or an unfinished run and neither ``--force`` nor
    ``--resume`` says what to do, and refuses to delete a folder that is not an adapter folder even with ``--force``.
    """
    exists = out.exists() and (not out.is_dir() or any(out.iterdir()))
    ours = out.is_dir() and any((out / m).exists() for m in _MARKERS)
    latest = latest_checkpoint(out) if out.is_dir() else None
    if resume:
        if latest is None:
            if (out / "adapter_config.json").exists():
                raise UserError(f"{out}: this run already finished; there is nothing to resume.",
                                hint="Pass --force (without --resume) to train it again from scratch.")
            raise UserError(f"{out}: no checkpoint to resume from.", hint="Start the run without --resume.")
        return latest
    if not exists:
        return None
    if not force:
        if latest:
            what = "an interrupted run (use --resume to continue it)"
        elif (out / "adapter_config.json").exists():
            what = "an adapter"
        else:
            what = "an unfinished run with no checkpoint yet" if ours else "files"
        raise UserError(f"{out} already holds {what}.",
                        hint="Choose another --out, or pass --force to replace it.")
    if not ours:
        raise UserError(f"{out} exists and is not an adapter folder; refusing to delete it even with --force.",
                        hint="Choose another --out.")
    shutil.rmtree(out)
    return None


def latest_checkpoint(out: Path) -> Path | None:
    folder = Path(out) / CHECKPOINTS
    if not folder.is_dir():
        return None
    done = sorted(p for p in folder.glob("step-*") if (p / "state.json").exists())
    return done[-1] if done else None


def save_checkpoint(out: Path, step: int, *, trainable: dict[str, Any], optimizer: Any, scheduler: Any,
                    state: dict[str, Any], best: dict[str, Any] | None, keep: int) -> Path:
    """Write ``checkpoints/step-N`` atomically and prune older ones down to ``keep``."""
    import torch
    from safetensors.torch import save_file

    folder = Path(out) / CHECKPOINTS
    target = folder / f"step-{step:06d}"
    tmp = folder / f".tmp-step-{step:06d}"
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        save_file({k: v.detach().contiguous().cpu() for k, v in trainable.items()}, str(tmp / "adapter.safetensors"))
        if best is not None:
            save_file({k: v.contiguous() for k, v in best.items()}, str(tmp / "best.safetensors"))
        torch.save({"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                    "torch_rng": torch.get_rng_state(),
                    "cuda_rng": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None},
                   tmp / "trainer.pt")
        (tmp / "state.json").write_text(json.dumps(state, indent=1), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise disk_error(exc, target, hint=RESUME_HINT) from None
    for old in sorted(p for p in folder.glob("step-*"))[:-keep]:
        shutil.rmtree(old, ignore_errors=True)
    return target


def load_checkpoint(path: Path) -> dict[str, Any]:
    """Everything ``save_checkpoint`` wrote, as tensors and plain data."""
    import torch
    from safetensors.torch import load_file

    out: dict[str, Any] = {"trainable": load_file(str(path / "adapter.safetensors")),
                           "state": json.loads((path / "state.json").read_text(encoding="utf-8"))}
    best = path / "best.safetensors"
    out["best"] = load_file(str(best)) if best.exists() else None
    out.update(torch.load(path / "trainer.pt", weights_only=False))
    return out


def restore_rng(ckpt: dict[str, Any]) -> None:
    import torch

    torch.set_rng_state(ckpt["torch_rng"])
    if ckpt.get("cuda_rng") is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(ckpt["cuda_rng"])
