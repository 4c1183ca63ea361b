"""The first minute: on a fresh install (`make run`, i.e. `pma ui --example`), load the example export in the
background so every tab shows the product before the PM uploads anything.

Steps, each reported with progress (``snapshot()``, also written to ``$PMA_HOME/example-status.json``): ingest
``examples/feedback.csv`` -> summarize it into themes (keyword labels: seconds, no model) -> draft an iteration
plan (text from the evidence: no model). The UI is served before the first step starts; the tabs fill in as the
steps finish. A database that already holds feedback is left alone (status ``skipped``): the example never mixes
with a PM's own data.

Not handled: fine-tuning (one click in the Fine-tune tab starts it: ``example_finetune_request``), the model
writing labels (the PM's "Run summary" does that).
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from retrieval.errors import UserError
from ui.handlers.services import Services

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_CSV = REPO / "examples" / "feedback.csv"
EXAMPLE_CHAT = REPO / "examples" / "finetune_chat.jsonl"
STATUS_FILE = "example-status.json"
LATEST_PLAN = "ui-latest-plan.json"
STEPS = ("ingest", "themes", "plan")
LABELS = {"ingest": "loading the example feedback", "themes": "grouping it into themes", "plan": "drafting a plan"}


class ExampleLoader:
    """Runs the example's steps once in a daemon thread; ``snapshot()`` is safe to read meanwhile."""

    def __init__(self, services: Services, csv_path: Path = EXAMPLE_CSV):
        self.services = services
        self.csv_path = csv_path
        self._lock = threading.Lock()
        self._state: dict[str, Any] = {"status": "starting", "step": None, "fraction": 0.0, "message": "",
                                       "done": [], "seconds": {}, "error": None, "items": None, "themes": None,
                                       "plan_items": None}
        self.thread: threading.Thread | None = None

    def start(self) -> "ExampleLoader":
        """Start in the background (once)."""
        with self._lock:
            if self.thread is not None:
                return self
            self._state["started"] = time.time()
            self.thread = threading.Thread(target=self._run, name="example-loader", daemon=True)
        self.thread.start()
        return self

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return json.loads(json.dumps(self._state))

    @property
    def active(self) -> bool:
        return self.snapshot()["status"] in ("starting", "running")

    # ---- the steps -----------------------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            if not self.csv_path.is_file():
                raise UserError(f"The example export is missing ({self.csv_path}).")
            with self.services.db.connect() as conn:
                stored = conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
            if stored:
                self._set(status="skipped", message=f"{stored} items of your own feedback are stored: the example "
                                                    "is not loaded.")
                return
            self._set(status="running")
            self._step("ingest", self._ingest)
            self._step("themes", self._themes)
            self._step("plan", self._plan)
            self._set(status="done", step=None, fraction=1.0, message="")
        except Exception as exc:  # the page shows it; the rest of the UI keeps working
            self._set(status="failed", error=str(exc) if isinstance(exc, UserError) else
                      f"{type(exc).__name__}: {exc}")

    def _step(self, name: str, work) -> None:
        self._set(step=name, fraction=0.0, message=LABELS[name])
        start = time.perf_counter()
        work()
        with self._lock:
            self._state["done"].append(name)
            self._state["seconds"][name] = round(time.perf_counter() - start, 1)
        self._write()

    def _ingest(self) -> None:
        from ui.handlers import feedback as feedback_h

        def progress(fraction: float, message: str) -> None:
            self._set(fraction=round(fraction, 3), message=message)

        report = feedback_h.ingest_uploads(self.services, [self.csv_path], on_progress=progress)
        self._set(items=report.totals["added"] + report.totals["duplicates"])

    def _themes(self) -> None:
        from assistant.themes import summarize
        from ui.handlers import themes as themes_h

        report = summarize(self.services.settings, None, db=self.services.db, embedder=self.services.embedder,
                           llm=None)
        themes_h._save_latest(self.services, report)  # what the Themes tab shows when it opens
        self._set(themes=len(report.themes))

    def _plan(self) -> None:
        from ui.handlers import plan as plan_h

        plan = plan_h.draft(self.services, None, top=5, llm=None)
        save_latest_plan(self.services, plan)
        self._set(plan_items=len(plan["items"]))

    # ---- state ---------------------------------------------------------------------------------------------
    def _set(self, **fields) -> None:
        with self._lock:
            self._state.update(fields)
        self._write()

    def _write(self) -> None:
        from retrieval.atomic import write_atomic

        try:
            write_atomic(self.services.settings.home / STATUS_FILE, json.dumps(self.snapshot()))
        except Exception:  # a status file is a convenience (the bench reads it); never fail the load for it
            pass


def status_markdown(snap: dict[str, Any] | None) -> str:
    """One line for the banner at the top of the page ("" when there is nothing to say)."""
    if not snap or snap["status"] == "skipped":
        return ""
    if snap["status"] == "failed":
        return f"⚠️ Loading the example failed: {snap['error']}. Upload your own feedback in the Feedback tab."
    if snap["status"] == "done":
        return (f"**The example is loaded**: {snap['items']} items of feedback about *Trailmix*, a made-up hiking "
                f"app, grouped into {snap['themes']} themes with a {snap['plan_items']}-item plan. Look around "
                "(Chat, Themes, Plan), then upload your own exports in **Feedback**.")
    marks = []
    for step in STEPS:
        if step in snap["done"]:
            marks.append(f"✓ {LABELS[step]}")
        elif step == snap["step"]:
            pct = f" {100 * snap['fraction']:.0f}%" if snap["fraction"] else ""
            marks.append(f"⏳ **{LABELS[step]}**{pct}")
        else:
            marks.append(LABELS[step])
    return "Loading the example so you can try everything before uploading your own: " + " · ".join(marks)


def save_latest_plan(services: Services, plan: dict) -> None:
    """Keep the plan the Plan tab shows after a restart (``$PMA_HOME/reports/ui-latest-plan.json``)."""
    from retrieval.atomic import write_atomic

    write_atomic(services.settings.reports_dir / LATEST_PLAN, json.dumps(plan, ensure_ascii=False, default=str))


def latest_plan(services: Services) -> dict | None:
    try:
        return json.loads((services.settings.reports_dir / LATEST_PLAN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def example_finetune_request():
    """The one-click "Try fine-tuning on the example": a tiny LoRA run on ``examples/finetune_chat.jsonl``."""
    from ui.handlers.finetune_jobs import JobRequest

    return JobRequest(name=f"trailmix-example-{time.strftime('%H%M%S')}", files=[str(EXAMPLE_CHAT)], max_steps=10,
                      max_length=256)


def adapters_markdown(services: Services) -> str:
    """The adapters this machine has (usable in Chat), or how to make a first one in one click."""
    found = services.jobs.adapters()
    if not found:
        return ("No adapter yet. **Try fine-tuning on the example** trains a small one (10 steps on "
                "`examples/finetune_chat.jsonl`, a few minutes on a laptop CPU) so you can see the whole loop.")
    return "Adapters ready (pick one in Chat's **Model adapter**): " + ", ".join(f"`{Path(a).name}`" for a in found)
