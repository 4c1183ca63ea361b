"""The reader and writer threads of an ingest (``retrieval.ingest``): files parsed one ahead, chunks stored in order.

``Reader`` parses the next file while the current one is embedded; ``Writer`` stores embedded chunks in one thread
with its own connection while the next chunk is embedded, and says when it is idle so the embedding thread can hand
it a smaller chunk rather than let it wait.

Not handled here: what is parsed or stored (``retrieval.ingest``, ``retrieval.store``).
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from retrieval.db import Database
from retrieval.store import ChunkWriter

_AHEAD = 2  # embedded chunks waiting for the writer at most (the embedding thread waits beyond that)


class Reader:
    """Parses files one ahead in a thread; iterating yields them in order (or raises what parsing raised)."""

    def __init__(self, parse, files: list[Path]):
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, args=(parse, files), name="pma-ingest-reader", daemon=True)
        self._thread.start()

    def _work(self, parse, files: list[Path]) -> None:
        for path in files:
            try:
                result = (parse(path), None)
            except BaseException as exc:  # handed to the consuming thread, which raises it in order
                result = (None, exc)
            if not self._put(result) or result[1] is not None:
                return
        self._put((None, None))

    def _put(self, result) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(result, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self):
        while True:
            parsed, error = self._queue.get()
            if error is not None:
                raise error
            if parsed is None:
                return
            yield parsed

    def stop(self) -> None:
        self._stop.set()


class Writer:
    """Runs store steps in order in one thread with its own connection. The first failure ends the thread and is
    raised in the submitting thread at its next ``submit`` or at ``finish``."""

    def __init__(self, db: Database, model_id: str, near_duplicate_threshold: float):
        self._store = ChunkWriter(db, model_id, near_duplicate_threshold)
        self._queue: queue.Queue = queue.Queue(maxsize=_AHEAD)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._busy = 0  # steps submitted and not done
        self._busy_lock = threading.Lock()

    def submit(self, step, *args) -> None:
        """Queue ``step(store, *args)``; waits while ``_AHEAD`` steps are queued."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="pma-ingest-writer", daemon=True)
            self._thread.start()
        with self._busy_lock:
            self._busy += 1
        while True:
            try:
                self._raise()
                self._queue.put((step, args), timeout=0.2)
                return
            except queue.Full:
                continue
            except BaseException:
                with self._busy_lock:
                    self._busy -= 1
                raise

    def idle(self) -> bool:
        """No step is queued or running."""
        with self._busy_lock:
            return self._busy == 0

    def finish(self) -> None:
        """Wait until every queued step is done; raise the writer's failure, if any."""
        thread, self._thread = self._thread, None
        if thread is not None:
            while thread.is_alive():
                try:
                    self._queue.put(None, timeout=0.2)
                    break
                except queue.Full:
                    continue
            thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _work(self) -> None:
        try:
            with self._store as store:
                while (task := self._queue.get()) is not None:
                    step, args = task
                    try:
                        step(store, *args)
                    finally:
                        with self._busy_lock:
                            self._busy -= 1
        except BaseException as exc:
            self._error = exc
