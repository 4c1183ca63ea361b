"""The ``pma`` command: one entry point, one sub-module per product stage.

Each sub-module registers its commands on ``app``; this file only wires them and turns errors into exit codes:
0 ok, 1 user error (one line: file, row, field, what to do), 2 internal error (one line plus the log path).
"""

from __future__ import annotations

import atexit
import importlib
import logging
import os
import signal
import sys
import threading
import traceback
from datetime import datetime

import typer

from retrieval.errors import UserError
from retrieval.settings import Settings

app = typer.Typer(
    name="pma",
    help="PM Assistant: ask questions about customer feedback, summarize it into themes, draft an iteration plan, "
    "and fine-tune the model on your own data. Runs offline on a laptop CPU.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Sub-modules that add commands, one per product stage.
_COMMAND_MODULES = ("feedback", "customers", "releases", "themes", "defined_themes", "impact", "ask", "plan",
                    "conversations", "evaluate", "finetune", "serve")


@app.command("config")
def config_command(json_output: bool = typer.Option(False, "--json", help="Print JSON instead of TOML-like text.")) -> None:
    """Print the effective settings (constructor > PMA_* env > pma.toml > defaults), secrets masked.

    Example: PMA_LLM_BACKEND=openai pma config
    """
    import json

    data = Settings().masked()
    if json_output:
        typer.echo(json.dumps(data, indent=2))
        return
    for key, value in data.items():
        if isinstance(value, dict):
            typer.echo(f"\n[{key}]")
            for sub, v in value.items():
                typer.echo(f"{sub} = {json.dumps(v)}")
        else:
            typer.echo(f"{key} = {json.dumps(value)}")


def _register() -> None:
    for name in _COMMAND_MODULES:
        importlib.import_module(f"ui.cli.{name}")


@app.callback()
def _root() -> None:
    """PM Assistant command line."""


def _is_usage_error(exc: BaseException) -> bool:
    # Typer ships its own copy of click; match its exception family by the `show` API instead of importing it.
    return type(exc).__name__ in {"UsageError", "BadParameter", "NoSuchOption", "MissingParameter", "BadOptionUsage",
                                  "BadArgumentUsage", "FileError", "ClickException"} and hasattr(exc, "show")


def _usage_problem(exc) -> str:
    """One line for a mistyped command line (unknown option, missing argument, a value of the wrong type or out of
    range): click's own message and where the help is, instead of click's usage block."""
    message = " ".join(exc.format_message().split()).rstrip(".")
    ctx = getattr(exc, "ctx", None)
    where = f" See `{ctx.command_path} --help`." if ctx is not None and getattr(ctx, "command_path", None) else ""
    return f"{message}.{where}"


def _log_internal_error(exc: BaseException) -> str:
    try:
        logs = Settings().logs_dir
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / f"error-{datetime.now():%Y%m%d-%H%M%S}.log"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        return str(path)
    except Exception:  # the log itself failed (read-only disk, bad settings): still say something useful
        return "(no log: could not write to $PMA_HOME/logs)"


def _setting_problem(exc) -> str:
    """One line for an invalid setting: which one, what is wrong, where to change it."""
    first = exc.errors()[0]
    loc = [str(part) for part in first.get("loc", ())]
    env = "PMA_" + "_".join(loc).upper()
    return (f"Invalid setting {'.'.join(loc)} = {first.get('input')!r}: {first.get('msg')}. "
            f"Change {env} or pma.toml (`pma config` shows the effective settings).")


def run(argv: list[str] | None = None) -> int:
    """Run ``pma`` with ``argv`` and return the exit code (tests call this; ``main`` exits with it)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _register()
    try:
        app(args=argv, standalone_mode=False, prog_name="pma")
    except UserError as exc:
        typer.echo(f"Error: {exc}", err=True)
        return (1)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0)) or 0
        return (int(code))
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        return (1)
    except Exception as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `pma` or `pma themes` alone: the help is the answer
            typer.echo(exc.ctx.get_help())
            return (0)
        if _is_usage_error(exc):
            typer.echo(f"Error: {_usage_problem(exc)}", err=True)
            return (1)
        if type(exc).__name__ == "ValidationError" and type(exc).__module__.startswith("pydantic"):
            typer.echo(f"Error: {_setting_problem(exc)}", err=True)
            return (1)
        if isinstance(exc, KeyboardInterrupt):
            return (130)
        path = _log_internal_error(exc)
        typer.echo(f"Internal error: {type(exc).__name__}: {exc} (details in {path})", err=True)
        return (2)
    return (0)


def main() -> None:
    """Console entry point (``pma``). SIGTERM (``kill``, a service manager, a container stop) ends it as Ctrl-C would:
    clean-up runs, so the embedded database this process started is stopped when no other ``pma`` uses it (a tester
    stopped `pma ui` with SIGTERM and found PostgreSQL still running); the exit code is 143."""
    signal.signal(signal.SIGTERM, _terminated)
    code = run()
    _exit(128 + signal.SIGTERM if _STOP.is_set() else code)


def _exit(code: int) -> None:
    """End the process the way Python would, up to its native teardown, which is skipped: after a command that ran
    the local model, the C++ destructors of the model's libraries aborted now and then ("terminate called without an
    active exception", exit 134) after the answer was printed (an outside tester: 4 of 90 `pma ask` runs). Everything
    Python's own exit does for this program still happens, in its order: thread pools are told to stop and threads
    that are not daemons are waited for, the atexit handlers run (the embedded database's clean-up, logging's
    flush), and the output is flushed."""
    # Python's own first step (what its finalisation calls): the exit hooks of thread pools, which tell their idle
    # workers to stop, then every thread that is not a daemon joined. Joining them without the hooks first waited
    # forever on a pool's idle worker (`pma ingest` hung after its summary).
    threading._shutdown()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`pma ask ... | head`): nothing more can be written anyway
            pass
    os._exit(code)


_STOP = threading.Event()  # set by SIGTERM
_GRACEFUL: list[bool] = []  # a command that watches _STOP itself (`pma ui`); the others get a KeyboardInterrupt


def graceful_stop() -> threading.Event:
    """For a long-running command: SIGTERM sets the returned event instead of interrupting whatever runs (an
    exception raised inside the UI's start-up was swallowed by a ``__del__`` and left `pma ui` serving)."""
    _GRACEFUL.append(True)
    return _STOP


def _terminated(signum, frame) -> None:
    _STOP.set()
    if not _GRACEFUL:
        raise KeyboardInterrupt
