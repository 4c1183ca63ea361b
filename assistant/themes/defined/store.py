"""Defined themes in the database (tables from ``retrieval/migrations/007_defined_themes.sql``).

A defined theme is an ordinary ``themes`` row (so its id, its name and every figure work as for any theme) with
``label_source = 'user'`` and a ``defined_themes`` row holding the criteria, examples and the words the data added.
Every function takes an open connection; the caller holds the taxonomy lock and decides the transaction.

Not handled: checking definitions (``definitions``), assigning items (``assign``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from assistant.themes.defined.definitions import Definition

METHOD = "defined"  # feedback_themes.method of an item a defined theme holds


@dataclass
class DefinedTheme:
    id: int
    name: str
    criteria: str
    examples: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


def load(conn) -> list[DefinedTheme]:
    """The active defined themes, oldest first."""
    rows = conn.execute("SELECT t.id, t.label, d.criteria, d.examples, d.words FROM defined_themes d "
                        "JOIN themes t ON t.id = d.theme_id WHERE t.status = 'active' ORDER BY t.id").fetchall()
    return [DefinedTheme(r[0], r[1], r[2], list(r[3] or []), list(r[4] or [])) for r in rows]


def defined_ids(conn) -> set[int]:
    return {r[0] for r in conn.execute("SELECT theme_id FROM defined_themes")}


def save_definition(conn, d: Definition) -> tuple[int, bool]:
    """Create or update the defined theme named ``d.name`` (case-insensitive); returns ``(theme id, created)``.

    A theme the PM already named this way (a renamed discovered theme) becomes the defined one and keeps its id.
    """
    row = conn.execute("SELECT t.id FROM themes t LEFT JOIN defined_themes d ON d.theme_id = t.id "
                       "WHERE t.status = 'active' AND lower(t.label) = lower(%s) AND "
                       "(d.theme_id IS NOT NULL OR t.label_source = 'user') ORDER BY d.theme_id IS NULL, t.id LIMIT 1",
                       (d.name,)).fetchone()
    created = row is None
    if created:
        theme_id = conn.execute("INSERT INTO themes (label, label_source) VALUES (%s, 'user') RETURNING id",
                                (d.name,)).fetchone()[0]
    else:
        theme_id = row[0]
        conn.execute("UPDATE themes SET label = %s, label_source = 'user', candidate = false, updated_at = now() "
                     "WHERE id = %s", (d.name, theme_id))
    conn.execute("INSERT INTO defined_themes (theme_id, criteria, examples) VALUES (%s, %s, %s) "
                 "ON CONFLICT (theme_id) DO UPDATE SET criteria = EXCLUDED.criteria, examples = EXCLUDED.examples, "
                 "updated_at = now()", (theme_id, d.criteria, d.example_ids))
    return theme_id, created


def remove(conn, theme_id: int) -> int:
    """Drop a definition: the theme is retired and its items become unassigned (the next `pma summarize` groups
    them). Returns how many items it held."""
    conn.execute("DELETE FROM defined_theme_matches WHERE theme_id = %s", (theme_id,))
    n = conn.execute("UPDATE feedback_themes SET theme_id = NULL, method = 'undefined', assigned_at = now() "
                     "WHERE theme_id = %s", (theme_id,)).rowcount
    conn.execute("DELETE FROM defined_themes WHERE theme_id = %s", (theme_id,))
    conn.execute("UPDATE themes SET status = 'retired', updated_at = now() WHERE id = %s", (theme_id,))
    return n


def save_words(conn, theme_id: int, words: list[str]) -> None:
    conn.execute("UPDATE defined_themes SET words = %s WHERE theme_id = %s", (words, theme_id))


def save_matches(conn, looked_at: np.ndarray, ids: np.ndarray, theme_ids: np.ndarray, confidence: np.ndarray,
                 sentences: list[str], examples: np.ndarray, run_id: int | None) -> None:
    """Record the assignments of ``ids`` (a subset of ``looked_at``, the items judged this time).

    Items judged and not assigned lose a defined theme they had: their ``feedback_themes`` row becomes unassigned
    (the clustering that follows, or the next `pma summarize`, places them) and their match row goes.
    """
    from assistant.themes.store import save_assignments

    looked = [int(i) for i in looked_at]
    conn.execute("DELETE FROM defined_theme_matches WHERE feedback_id = ANY(%s)", (looked,))
    conn.execute("UPDATE feedback_themes SET theme_id = NULL, method = 'undefined', assigned_at = now() "
                 "WHERE feedback_id = ANY(%s) AND method = %s AND NOT (feedback_id = ANY(%s))",
                 (looked, METHOD, [int(i) for i in ids]))
    if not len(ids):
        return
    save_assignments(conn, ids, theme_ids, confidence, METHOD, run_id)
    with conn.cursor().copy("COPY defined_theme_matches (feedback_id, theme_id, confidence, sentence, example, run_id) "
                            "FROM STDIN") as copy:
        for row in zip(ids, theme_ids, confidence, sentences, examples):
            copy.write_row((int(row[0]), int(row[1]), float(row[2]), row[3], bool(row[4]), run_id))


def matches(conn, theme_id: int, limit: int = 5) -> list[dict]:
    """The most confident items of a defined theme: id, confidence, supporting sentence, example flag."""
    rows = conn.execute("SELECT feedback_id, confidence, sentence, example FROM defined_theme_matches "
                        "WHERE theme_id = %s ORDER BY example DESC, confidence DESC, feedback_id LIMIT %s",
                        (theme_id, limit)).fetchall()
    return [{"id": f"F{r[0]}", "confidence": round(float(r[1]), 2), "sentence": r[2], "example": r[3]} for r in rows]
