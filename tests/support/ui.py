"""Helpers for the UI tests: a small feedback sample and a launched app.

Everything is real: embedded PostgreSQL (the session server from ``tests/conftest.py::pg_server``), the bundled embedder and
LLM, a Gradio server on a free 127.0.0.1 port. Only sizes are kept small.
"""

from __future__ import annotations

import asyncio
import csv
import io
from contextlib import contextmanager
from pathlib import Path

from tests.support.paths import EXAMPLE_CSV
from tests.support.ports import free_port


def sample_csv(path: Path, n: int = 80, *, bad_rows: int = 0) -> Path:
    """The first ``n`` rows of the example export (several themes, sources, ratings), plus ``bad_rows`` rows with
    an empty text (rejected by ingestion with a reason)."""
    with EXAMPLE_CSV.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [row for _, row in zip(range(n), reader)]
    text_col = header.index("text")
    for i in range(bad_rows):
        bad = list(rows[0])
        bad[0], bad[text_col] = f"bad{i}", ""
        if "rating" in header:  # a score with no comment is a survey answer (stored apart), not a bad row
            bad[header.index("rating")] = ""
        rows.append(bad)
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@contextmanager
def launched(settings, services=None, *, auth=None):
    """Build and serve the app on a free loopback port; yields ``(app, url)`` and closes it afterwards."""
    from ui.app import build_app, launch

    app = build_app(settings, services)
    port = free_port()
    launch(app, settings, host="127.0.0.1", port=port, auth=auth, prevent_thread_lock=True, quiet=True)
    try:
        yield app, f"http://127.0.0.1:{port}/"
    finally:
        _close(app)


def _close(app) -> None:
    """``app.close()``, with Gradio's stop event set on the server's own event loop first. ``Blocks.close`` sets that
    ``asyncio.Event`` from this thread while the server thread may be adding or removing waiters, which once failed a
    teardown with "deque mutated during iteration" (gradio 6.31, fresh-clone run of session 19); once the event is
    set, ``close()``'s own ``set()`` touches no waiter."""
    event = getattr(getattr(app, "app", None), "stop_event", None)
    loop = getattr(event, "_loop", None)  # bound when a waiter first waited on it; None: no waiter, no race
    if loop is not None and loop.is_running() and not event.is_set():
        async def stop() -> None:
            event.set()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(timeout=10)
    app.close()
