"""An ingest killed midway leaves a consistent database; re-running completes it without duplicates.

Runs `pma` as real processes against the embedded PostgreSQL in a private $PMA_HOME (the default mode).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.support.paths import REPO, write
from retrieval.db import Database
from retrieval.settings import Settings

WORDS = ["map", "battery", "login", "route", "photo", "watch", "billing", "sync", "gps", "export", "trail", "widget"]
PROBLEMS = ["is broken", "is slow", "needs work", "crashes", "could be better", "is great", "confuses me", "lags"]


def _export(tmp_path, n):
    lines = ["ticket_id,date,text"]
    for i in range(n):
        w, p = WORDS[i % len(WORDS)], PROBLEMS[(i // len(WORDS)) % len(PROBLEMS)]
        lines.append(f"T{i},2026-09-{1 + i % 28:02d},Ticket {i}: the {w} screen {p} since build {i % 97} on day {i % 13}")
    return write(tmp_path / "big.csv", "\n".join(lines) + "\n")


def _pma(home, models, *args):
    env = {**os.environ, "PMA_HOME": str(home), "PMA_MODELS_CACHE": str(models), "HF_HUB_OFFLINE": "1"}
    env.pop("PMA_DATABASE_URL", None)
    return subprocess.Popen([sys.executable, "-m", "ui.cli", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_sigkill_midway_then_rerun_completes_without_duplicates(tmp_path, models_cache):
    n = 900
    path = _export(tmp_path, n)
    home = tmp_path / "pma"
    proc = _pma(home, models_cache, "ingest", str(path), "--json")
    db = Database(Settings(home=home, models_cache=models_cache))
    deadline = time.time() + 240
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            with db.connect() as conn:
                stored = conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
        except Exception:
            stored = 0  # schema not created yet
        if stored > 0:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "ingest finished before it could be killed; make the file bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with db.connect() as conn:
        partial = conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
        counted = conn.execute("SELECT added FROM ingest_runs ORDER BY id LIMIT 1").fetchone()[0]
        # Whole chunks only: each chunk's items and the run's counter are committed together.
        assert 0 < partial < n and partial == counted
    again = _pma(home, models_cache, "ingest", str(path), "--json")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    with db.connect() as conn:
        total, distinct = conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM feedback").fetchone()
        runs = conn.execute("SELECT status, added FROM ingest_runs ORDER BY id").fetchall()
        orphans = conn.execute("SELECT count(*) FROM feedback WHERE embedding IS NULL").fetchone()[0]
    assert total == distinct == n and orphans == 0
    assert runs[0][0] == "interrupted" and runs[1] == ("done", n - partial)
    assert f'"duplicates": {partial}' in out
