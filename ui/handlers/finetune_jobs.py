"""Fine-tune tab: one background LoRA job at a time, with a live loss history and log, and the adapters it made.

A job runs ``finetune.prepare`` then ``finetune.train`` (the same functions as `pma finetune prepare|train`) in a
daemon thread of the UI process; the page polls ``FinetuneJob.snapshot()``. Cancelling sets a flag that the
training step callback turns into the trainer's own interrupt, so the run stops cleanly after the current step.
Finished adapters land in ``settings.finetune.output_dir/<name>`` and appear in the Chat tab's adapter list.

Only one job runs at a time: training takes every CPU core it can get, and a second job would only slow both.
Not handled: jobs surviving a server restart (use `pma finetune train --resume` for long runs).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.handlers.uploads import TRAINING_TYPES, sanitize_filename, save_upload

ACTIVE = ("queued", "preparing", "training")


@dataclass
class JobRequest:
    """What the form asks for. Unset LoRA fields keep ``FinetuneConfig``'s defaults."""

    name: str
    files: list[str] = field(default_factory=list)
    use_marked_good: bool = False  # add the chat answers a PM marked good
    base: str | None = None
    lora_r: int | None = None
    lora_alpha: float | None = None
    learning_rate: float | None = None
    max_steps: int | None = None
    epochs: float | None = None
    max_length: int | None = None
    batch_size: int | None = None

    def overrides(self) -> dict[str, Any]:
        keys = ("lora_r", "lora_alpha", "learning_rate", "max_steps", "epochs", "max_length", "batch_size")
        # Only empty fields mean "keep the default": a 0 typed in the form is checked (and refused) like any value.
        return {k: getattr(self, k) for k in keys if getattr(self, k) not in (None, "")}


@dataclass
class FinetuneJob:
    id: int
    name: str
    adapter_dir: Path
    status: str = "queued"  # queued | preparing | training | done | failed | cancelled
    history: list[dict[str, Any]] = field(default_factory=list)  # {"step", "loss"?, "eval_loss"?}
    log: list[str] = field(default_factory=list)
    total_steps: int | None = None
    error: str | None = None
    result: dict[str, Any] | None = None
    started: float = field(default_factory=time.time)
    cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    def say(self, message: str) -> None:
        self.log.append(f"{datetime.now():%H:%M:%S} {message}")

    def snapshot(self) -> dict[str, Any]:
        """A copy safe to read while the job runs."""
        return {"id": self.id, "name": self.name, "status": self.status, "adapter": str(self.adapter_dir),
                "history": [dict(h) for h in self.history], "log": "\n".join(self.log), "error": self.error,
                "result": self.result, "seconds": round(time.time() - self.started, 1)}


class FinetuneJobs:
    """Starts and tracks fine-tuning jobs for one UI server."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.Lock()
        self._jobs: dict[int, FinetuneJob] = {}

    @property
    def adapters_root(self) -> Path:
        return Path(self.settings.finetune.output_dir)

    def start(self, request: JobRequest, *, conversations: Sequence[dict[str, Any]] = ()) -> FinetuneJob:
        """Validate the request, then run it in the background. ``conversations``: rows from
        ``ConversationStore.training_rows()`` (used when ``request.use_marked_good``)."""
        from finetune.config import FinetuneConfig

        if not (request.name or "").strip():
            raise UserError("Give the adapter a name.", hint="Letters, digits, '-' and '_', e.g. trailmix-v1.")
        name = sanitize_filename(request.name.strip())
        config = FinetuneConfig.validated(request.overrides(), source="the fine-tune form")
        adapter_dir = self.adapters_root / name
        if adapter_dir.exists():
            raise UserError(f"An adapter named {name!r} already exists in {self.adapters_root}.",
                            hint="Choose another name.")
        if not request.files and not (request.use_marked_good and conversations):
            raise UserError("No training data.", hint="Upload a chat JSONL / Alpaca JSON / question,answer CSV / "
                                                      "text file, or tick 'answers marked good' after marking some.")
        saved = [save_upload(f, self.settings, allowed=TRAINING_TYPES) for f in request.files]
        with self._lock:
            if any(j.active for j in self._jobs.values()):
                raise UserError("A fine-tuning job is already running.", hint="Wait for it to finish or cancel it.")
            job = FinetuneJob(id=len(self._jobs) + 1, name=name, adapter_dir=adapter_dir)
            self._jobs[job.id] = job
        rows = list(conversations) if request.use_marked_good else []
        job.thread = threading.Thread(target=self._run, args=(job, saved, rows, config, request.base),
                                      name=f"finetune-{job.id}", daemon=True)
        job.thread.start()
        return job

    def get(self, job_id: int | None) -> FinetuneJob | None:
        return self._jobs.get(job_id) if job_id is not None else None

    def latest(self) -> FinetuneJob | None:
        return self._jobs[max(self._jobs)] if self._jobs else None

    def cancel(self, job_id: int | None) -> str:
        job = self.get(job_id)
        if job is None or not job.active:
            return "No running job to cancel."
        job.cancel.set()
        job.say("cancel requested: stopping after the current step")
        return "Stopping after the current step."

    def adapters(self) -> list[str]:
        """Adapter folders available to Chat: trained ones under ``output_dir`` and the configured one."""
        found = []
        if self.adapters_root.is_dir():
            found = [str(p) for p in sorted(self.adapters_root.iterdir()) if (p / "adapter_config.json").is_file()]
        configured = self.settings.llm.adapter
        if configured and configured not in found:
            found.insert(0, configured)
        return found

    # ---- the job thread --------------------------------------------------------------------------------------
    def _run(self, job: FinetuneJob, files: list[Path], rows: list[dict[str, Any]], config, base: str | None) -> None:
        from finetune.prepare import prepare
        from finetune.sources import from_conversations
        from finetune.train import TrainingInterrupted, train

        data_dir = self.settings.home / "finetune" / "datasets" / f"{job.name}-{job.id}"
        try:
            job.status = "preparing"
            job.say(f"preparing {len(files)} file(s)" + (f" and {len(rows)} marked-good answer(s)" if rows else ""))
            extra = from_conversations(rows) if rows else None
            report = prepare(files, data_dir, settings=self.settings, base=base, extra=extra, force=True)
            job.say(f"{report.examples} examples -> train {report.train}, eval {report.eval}; "
                    f"{report.duplicates_removed} duplicates removed")
            if job.cancel.is_set():
                raise KeyboardInterrupt
            job.status = "training"
            job.say(f"training LoRA r={config.lora_r} on {base or self.settings.finetune.base_model}")

            def on_step(step: int, record: dict[str, Any]) -> None:
                job.history.append({k: record[k] for k in ("step", "loss", "eval_loss") if k in record})
                line = f"step {step}: loss {record['loss']:.4f}"
                if "eval_loss" in record:
                    line += f", eval loss {record['eval_loss']:.4f}"
                job.say(line)
                if job.cancel.is_set():
                    raise KeyboardInterrupt  # the trainer turns this into TrainingInterrupted

            result = train(data_dir, job.adapter_dir, settings=self.settings, config=config, base=base,
                           progress=False, on_step=on_step)
            m = result.run["metrics"]
            job.result = {"adapter": result.out, "steps": result.steps, "eval_loss_before": m["eval_loss_before"],
                          "eval_loss_after": m["eval_loss_after"], "seconds": round(result.seconds, 1)}
            # The first point (step 0) is the eval loss before training, recorded by the trainer.
            job.history[:0] = [h for h in result.run["history"] if h.get("step") == 0]
            job.say(f"done: eval loss {m['eval_loss_before']:.4f} -> {m['eval_loss_after']:.4f}; "
                    f"adapter in {result.out}")
            job.status = "done"
        except (TrainingInterrupted, KeyboardInterrupt):
            job.status, job.error = "cancelled", "cancelled by the user"
            job.say("cancelled")
        except UserError as exc:
            job.status, job.error = "failed", str(exc)
            job.say(f"failed: {exc}")
        except Exception as exc:  # the thread must always end in a final state the page can show
            job.status, job.error = "failed", f"internal error: {type(exc).__name__}: {exc}"
            job.say(job.error)


def status_line(snap: dict[str, Any]) -> str:
    """One Markdown line about a job snapshot."""
    line = f"Job {snap['id']} **{snap['name']}**: {snap['status']} ({snap['seconds']:.0f} s)"
    if snap["result"]:
        r = snap["result"]
        line += (f" — eval loss {r['eval_loss_before']:.3f} → {r['eval_loss_after']:.3f} after {r['steps']} steps; "
                 f"adapter `{r['adapter']}` is now selectable in Chat.")
    if snap["error"] and snap["status"] != "cancelled":
        line += f" — ⚠️ {snap['error']}"
    return line


def loss_points(snap: dict[str, Any]) -> list[list[Any]]:
    """``[step, loss, "train"|"eval"]`` rows for the loss chart."""
    points = []
    for h in snap["history"]:
        if "loss" in h:
            points.append([h["step"], h["loss"], "train"])
        if "eval_loss" in h:
            points.append([h["step"], h["eval_loss"], "eval"])
    return points
