"""`pma` as a user runs it: in a child process (so SIGKILL lands where it would in production) or in-process with
the environment a shell would give it, and the one-line error contract every command keeps."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

from tests.support.paths import REPO


def cli_env(settings) -> dict[str, str]:
    """The environment that points `pma` at ``settings``' data directory, model cache and database."""
    env = {**os.environ, "PMA_HOME": str(settings.home), "HF_HUB_OFFLINE": "1"}
    if settings.models_cache is not None:
        env["PMA_MODELS_CACHE"] = str(settings.models_cache)
    env.pop("PMA_DATABASE_URL", None)
    if settings.retrieval.database_url is not None:
        env["PMA_DATABASE_URL"] = settings.retrieval.database_url.get_secret_value()
    return env


def use_env(monkeypatch, env: dict[str, str]) -> None:
    """Make an in-process ``ui.cli.run`` see ``env``'s PMA_* settings."""
    for key in ("PMA_HOME", "PMA_MODELS_CACHE", "PMA_DATABASE_URL"):
        if key in env:
            monkeypatch.setenv(key, env[key])
        else:
            monkeypatch.delenv(key, raising=False)


def run_in_process(settings, monkeypatch, capsys, *args: str) -> tuple[int, object]:
    """``pma ARGS`` run in this process against ``settings``' data: ``(exit code, captured out/err)``."""
    from ui.cli import run

    use_env(monkeypatch, cli_env(settings))
    code = run(list(args))
    return code, capsys.readouterr()


class Pma:
    """`pma ARGS` in a child process; ``out`` and ``err`` accumulate its output (progress bars included) as it
    arrives."""

    def __init__(self, env: dict[str, str], *args: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "ui.cli", *args], cwd=REPO, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.out = ""
        self.err = ""
        self._readers = [threading.Thread(target=self._read, args=(self.proc.stdout, "out"), daemon=True),
                         threading.Thread(target=self._read, args=(self.proc.stderr, "err"), daemon=True)]
        for reader in self._readers:
            reader.start()

    def _read(self, stream, name: str) -> None:
        while chunk := stream.read1(4096):
            setattr(self, name, getattr(self, name) + chunk.decode("utf-8", "replace"))

    def wait_for(self, predicate, timeout: float) -> bool:
        """Poll ``predicate`` until it holds, the process ends or ``timeout`` seconds pass."""
        deadline = time.time() + timeout
        while time.time() < deadline and self.proc.poll() is None:
            if predicate():
                return True
            time.sleep(0.1)
        return predicate()

    def wait(self, timeout: float) -> int:
        code = self.proc.wait(timeout=timeout)
        for reader in self._readers:
            reader.join(timeout=5)
        return code

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.wait(timeout=30)


def one_line_error(err: str) -> bool:
    """The CLI's user-error contract: exactly one line, starting with ``Error:``.

    Progress bars are not lines: tqdm redraws them with carriage returns on stderr, so a stderr line holding a
    carriage return is a bar (finished or not) and is left out.
    """
    lines = [line for line in err.split("\n") if line.strip() and "\r" not in line]
    return len(lines) == 1 and lines[0].startswith("Error: ")
