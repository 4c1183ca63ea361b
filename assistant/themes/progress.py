"""Seconds per stage of a ``pma summarize`` run, with an overall progress bar and per-theme bars (stderr).

Not handled: what the stages do (``summarize``).
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager


class Stages:
    """Seconds per stage, an overall progress bar over the stages and per-item bars inside long ones (stderr)."""

    MAIN = ("load", "classify", "cluster", "keywords", "llm", "stats")

    def __init__(self, progress: bool):
        self.progress = progress
        self.seconds: dict[str, float] = {}
        self._overall = None
        if progress:
            from tqdm import tqdm

            self._overall = tqdm(total=len(self.MAIN), desc="summarize", file=sys.stderr, unit="stage",
                                 bar_format="{desc} {bar:20} {n_fmt}/{total_fmt} stages [{elapsed}]")

    @contextmanager
    def stage(self, name: str):
        if self._overall is not None:
            self._overall.set_description(f"summarize ({name})")
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - start, 3)
            if self._overall is not None and name in self.MAIN:
                self._overall.update(1)

    def close(self) -> None:
        if self._overall is not None:
            self._overall.set_description("summarize")
            self._overall.close()

    def bar(self, iterable, name: str, total: int | None = None):
        from tqdm import tqdm

        return tqdm(iterable, desc=f"  {name}", total=total, disable=not self.progress, file=sys.stderr,
                    leave=False, unit="theme")
