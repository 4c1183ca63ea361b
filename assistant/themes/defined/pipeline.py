"""The defined themes' step in `pma summarize`: they take their items first, and the discovered themes are built
from the rest only ("not covered by your themes").

    first = DefinedFirst(conn, items, embedder, settings, run_id=run_id, update=update)
    rest = first.rest(items)                      # what the clustering (or --update's nearest theme) sees
    ... cluster rest, against first.others(existing) ...
    theme_of, sims = first.merge(theme_of_rest, sims_rest)

With ``update`` only the new items are judged; items already in a defined theme stay there. Not handled: the
assignment itself (``assign``), the clustering (``assistant.themes.cluster``).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from assistant.themes.defined.assign import claim


class DefinedFirst:
    """One run's split of the items between the PM's defined themes and the rest."""

    def __init__(self, conn, items, embedder, settings, *, run_id: int | None, update: bool):
        todo = np.flatnonzero(~items.has_row | (items.theme == 0)) if update else None
        self.claimed = claim(conn, items, embedder, min_confidence=settings.themes.defined_min_confidence,
                             run_id=run_id, todo=todo)
        self.ids = {t.id for t in self.claimed.themes}
        self.rest_index = np.flatnonzero(~self.claimed.mask)

    def others(self, themes: list) -> list:
        """The stored themes the clustering may match or fill: every theme but the defined ones."""
        return [t for t in themes if t.id not in self.ids]

    def rest(self, items):
        """``items`` without those a defined theme holds (same type, every per-item field cut alike)."""
        if not self.ids:
            return items
        n = len(items)
        cut = {}
        for f in dataclasses.fields(items):
            value = getattr(items, f.name)
            if isinstance(value, np.ndarray) and value.shape[:1] == (n,):
                cut[f.name] = value[self.rest_index]
            elif isinstance(value, list) and len(value) == n:
                cut[f.name] = [value[i] for i in self.rest_index]
        return dataclasses.replace(items, **cut)

    def merge(self, theme_of_rest: np.ndarray, sims_rest: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Theme id and similarity per item of the whole run: the defined theme's (with its confidence) or the
        rest's."""
        theme_of = self.claimed.theme_of.copy()
        sims = self.claimed.confidence.astype(np.float32).copy()
        theme_of[self.rest_index] = theme_of_rest
        sims[self.rest_index] = sims_rest
        return theme_of, sims

    def info(self) -> dict:
        """What the report's method section says about the defined themes."""
        sizes = self.claimed.sizes()
        return {"defined_themes": [{"id": t.id, "name": t.name, "items": sizes.get(t.id, 0),
                                    "words": self.claimed.words.get(t.id, [])} for t in self.claimed.themes],
                "defined_items": int(self.claimed.mask.sum())}
