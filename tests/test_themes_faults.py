"""Faults while themes are summarized: SIGKILL during `pma summarize`, and a disk that fills up while the report is
written.

Targets: nothing already stored is lost or half-written, the previous report stays whole, and a full disk is a
one-line error. `pma` runs as a real process so SIGKILL hits it where it would in production.
"""

from __future__ import annotations

import json
import resource
import signal
import time

import pytest

from tests.support.cli import Pma, cli_env, one_line_error, use_env
from tests.support.database import fresh_database
from tests.support.ui import sample_csv

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def feedback_db(pg_server, tmp_path_factory, models_cache):
    """150 items of the example export (several themes) in their own database."""
    from retrieval.ingest import ingest_paths

    home = tmp_path_factory.mktemp("faults") / "pma"
    settings = fresh_database(pg_server, "t_themes_faults", home, models_cache)
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
    assert after["runs"][1] == "interrupted"  # the killed run is marked as such by the next run, not left running
    assert out.read_bytes() != before["themes.html"]
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["run_id"] == 3


# ---- disk full on report write --------------------------------------------------------------------------------
@pytest.fixture
def file_size_limit():
    """Writes past ``limit`` bytes fail with EFBIG, as on a full disk, for any user (``RLIMIT_FSIZE``; SIGXFSZ is
    ignored so the write fails instead of killing the process). Restored after the test."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def limit(n_bytes: int) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (n_bytes, hard))

    try:
        yield limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@pytest.fixture
def full_disk_run(feedback_db, file_size_limit, tmp_path, monkeypatch, capsys):
    """`pma summarize --out` when the disk has room for less than one report."""
    from ui.cli import run

    use_env(monkeypatch, cli_env(feedback_db))
    folder = tmp_path / "reports"
    out = folder / "themes.html"
    assert run(["summarize", "--no-llm", "--out", str(out)]) == 0
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    file_size_limit(min(len(data) for data in before.values()) // 2)  # less than either file of a new report
    try:
        code = run(["summarize", "--no-llm", "--out", str(out)])
    finally:
        file_size_limit(resource.RLIM_INFINITY)
    return code, capsys.readouterr().err, before, folder


def test_full_disk_leaves_the_previous_report_intact(full_disk_run):
    code, err, before, folder = full_disk_run
    assert code != 0 and "disk is full" in err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no partial file, no temp file


def test_full_disk_is_a_one_line_user_error(full_disk_run):
    code, err, _, _ = full_disk_run
    assert code == 1 and one_line_error(err), err
