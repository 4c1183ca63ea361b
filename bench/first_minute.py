"""The first minute: how long after `make run` on a fresh clone (after install) the UI answers, and when each tab
shows the example (items ingested, themes, plan), beside the `make run` of before (ingest, then the UI) in the
same run.

What is timed is what `make run` runs once the virtual environment exists: `pma ui --example` (the install step is
not timed; make's own overhead is milliseconds). "Fresh clone" is reproduced by an empty data directory (no
database, no ONNX export of the embedder, no converted LLM: all made on first use, as on a new machine) and an
empty bytecode cache (``PYTHONPYCACHEPREFIX``: every module, the installed libraries included, is compiled again,
so this is an upper bound). Each repeat starts from scratch; the median of the repeats is reported, with the load
average of the machine (shared) at the start of each.

    HF_HUB_OFFLINE=1 flock /work/coord/bench.lock .venv/bin/python -m bench.first_minute --repeats 3
    # writes bench/results/first_minute.json

Target: the UI reachable within 120 s of the command (issue 13).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

from bench.common import REPO, machine, write_result

TARGET_S = 120
TIMEOUT_S = 600


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _reachable(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status == 200
    except Exception:
        return False


def one_run(mode: str = "example") -> dict:
    """``example``: `pma ui --example` (today's `make run`). ``ingest_then_ui`` (the baseline, `make run` before):
    `pma ingest examples/feedback.csv`, then `pma ui`; its themes and plan tabs stay empty (nothing made them)."""
    home = Path(tempfile.mkdtemp(prefix="pma-first-minute-"))
    port = _free_port()
    env = {**os.environ, "PMA_HOME": str(home / "pma"), "PYTHONPYCACHEPREFIX": str(home / "pycache"),
           "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    for key in ("PMA_DATABASE_URL", "PMA_MODELS_CACHE"):
        env.pop(key, None)
    load = round(os.getloadavg()[0], 2)
    pma = str(Path(sys.executable).parent / "pma")
    out: dict = {"mode": mode, "load_avg_1m_at_start": load}
    start = time.perf_counter()
    if mode == "ingest_then_ui":
        subprocess.run([pma, "ingest", str(REPO / "examples" / "feedback.csv")], cwd=REPO, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out["ingest_ready_s"] = round(time.perf_counter() - start, 1)
    args = ["ui", "--example"] if mode == "example" else ["ui"]
    proc = subprocess.Popen([pma, *args, "--port", str(port)], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    status_file = home / "pma" / "example-status.json"
    try:
        while time.perf_counter() - start < TIMEOUT_S and proc.poll() is None:
            now = time.perf_counter() - start
            if "ui_reachable_s" not in out and _reachable(f"http://127.0.0.1:{port}/"):
                out["ui_reachable_s"] = round(now, 1)
            try:
                status = json.loads(status_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                status = {"done": [], "status": "starting"}
            for step in status.get("done", []):
                out.setdefault(f"{step}_ready_s", round(now, 1))
            if mode != "example" and "ui_reachable_s" in out:
                break
            if status.get("status") in ("done", "failed", "skipped") and "ui_reachable_s" in out:
                out["example_status"] = status.get("status")
                out["step_seconds"] = status.get("seconds")
                out["example"] = {k: status.get(k) for k in ("items", "themes", "plan_items", "error")}
                break
            time.sleep(0.25)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(home, ignore_errors=True)
    if proc.returncode not in (None, 0, -15) and "ui_reachable_s" not in out:
        out["error"] = proc.stderr.read().decode("utf-8", "replace")[-2000:] if proc.stderr else "exited"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-baseline", action="store_true", help="Skip the ingest-then-ui runs.")
    args = parser.parse_args()
    runs, baseline = [], []
    for i in range(args.repeats):  # interleaved, so both see the same load
        runs.append(one_run("example"))
        print(f"run {i + 1}: {runs[-1]}", flush=True)
        if not args.no_baseline:
            baseline.append(one_run("ingest_then_ui"))
            print(f"baseline {i + 1}: {baseline[-1]}", flush=True)
    keys = ["ui_reachable_s", "ingest_ready_s", "themes_ready_s", "plan_ready_s"]

    def median(found: list[dict]) -> dict:
        return {k: float(np.median([r[k] for r in found])) for k in keys if found and all(k in r for r in found)}

    result = {"bench": "first_minute", "command": "pma ui --example (what `make run` runs after install)",
              "baseline_command": "pma ingest examples/feedback.csv && pma ui (what `make run` ran before; its "
                                  "Themes and Plan tabs stay empty)",
              "fresh": "empty PMA_HOME (no database, no ONNX export, no converted LLM) and empty bytecode cache",
              "target_ui_reachable_s": TARGET_S, "median": median(runs), "baseline_median": median(baseline),
              "target_met": median(runs).get("ui_reachable_s", TIMEOUT_S) <= TARGET_S, "runs": runs,
              "baseline_runs": baseline, "machine": machine()}
    path = write_result("first_minute", result)
    print(json.dumps({"median": result["median"], "baseline_median": result["baseline_median"]}), f"\nwrote {path}")


if __name__ == "__main__":
    main()
