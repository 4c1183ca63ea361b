"""Reading items and writing themes, assignments and runs (tables from ``retrieval/migrations/002_themes.sql``).

Every function takes an open connection; the caller decides the transaction. Not handled here: clustering,
statistics (``stats``) or wording (``writer``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np

ACTIVE = "active"
_TAXONOMY_LOCK = 7_211_003  # pg_advisory_xact_lock key: one writer of themes/assignments at a time


def lock_taxonomy(conn) -> None:
    """Serialise changes to themes and assignments (two `pma summarize` runs, or a run and `pma themes merge`)
    until the current transaction ends."""
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_TAXONOMY_LOCK,))


def vec(value) -> np.ndarray:
    """A pgvector value as a float32 array (pgvector hands back ``Vector`` or ndarray depending on the column)."""
    to_numpy = getattr(value, "to_numpy", None)
    return np.asarray(to_numpy() if to_numpy else value, dtype=np.float32)


@dataclass
class Items:
    """The feedback a run looks at: ids, unit embeddings, texts and current assignments (aligned arrays)."""

    ids: np.ndarray
    x: np.ndarray
    texts: list[str]
    duplicate: np.ndarray  # near-duplicate of an earlier item (not quoted)
    theme: np.ndarray  # current active theme id, 0 when none
    has_row: np.ndarray  # already looked at by an earlier run (assigned or unassigned)
    missing_embeddings: int = 0

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class ThemeRow:
    id: int
    label: str
    label_source: str
    summary: str | None
    summary_source: str | None
    summary_size: int | None
    keywords: list[str]
    centroid: np.ndarray | None
    candidate: bool
    created_run: int | None = None
    extra: dict = field(default_factory=dict)


def load_items(conn, filters, *, batch: int = 5000) -> Items:
    """Items matching ``filters`` that have an embedding, in id order.

    Rows stream through a server-side cursor ``batch`` at a time and the vectors go straight into float32 blocks,
    so 100k items cost their arrays (about 150 MB of vectors), not 100k rows of Python objects at once.
    """
    where, params = filters.sql(conn)
    missing = conn.execute(f"SELECT count(*) FROM feedback f WHERE {where} AND f.embedding IS NULL", params).fetchone()[0]
    ids: list[int] = []
    texts: list[str] = []
    flags: list[tuple[bool, int, bool]] = []
    blocks: list[np.ndarray] = []
    with conn.cursor(name="pma_theme_items", binary=True) as cur:  # binary: 5x faster vectors
        cur.itersize = batch
        cur.execute(
            f"SELECT f.id, f.text, f.duplicate_of IS NOT NULL, f.embedding, "
            f"CASE WHEN t.status = 'active' THEN ft.theme_id END, ft.feedback_id IS NOT NULL "
            f"FROM feedback f LEFT JOIN feedback_themes ft ON ft.feedback_id = f.id "
            f"LEFT JOIN themes t ON t.id = ft.theme_id "
            f"WHERE {where} AND f.embedding IS NOT NULL ORDER BY f.id", params)
        while rows := cur.fetchmany(batch):
            ids.extend(r[0] for r in rows)
            texts.extend(r[1] for r in rows)
            flags.extend((r[2], r[4] or 0, r[5]) for r in rows)
            blocks.append(np.vstack([vec(r[3]) for r in rows]))
    if not ids:
        return Items(np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32), [], np.zeros(0, dtype=bool),
                     np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool), missing)
    return Items(
        ids=np.array(ids, dtype=np.int64),
        x=np.vstack(blocks),
        texts=texts,
        duplicate=np.array([f[0] for f in flags], dtype=bool),
        theme=np.array([f[1] for f in flags], dtype=np.int64),
        has_row=np.array([f[2] for f in flags], dtype=bool),
        missing_embeddings=missing,
    )


_THEME_COLS = "id, label, label_source, summary, summary_source, summary_size, keywords, centroid, candidate, created_run"


def _theme(row) -> ThemeRow:
    centroid = None if row[7] is None else vec(row[7])
    return ThemeRow(row[0], row[1], row[2], row[3], row[4], row[5], list(row[6] or []), centroid, row[8], row[9])


def active_themes(conn) -> list[ThemeRow]:
    return [_theme(r) for r in conn.execute(f"SELECT {_THEME_COLS} FROM themes WHERE status = 'active' ORDER BY id")]


def get_theme(conn, theme_id: int) -> ThemeRow | None:
    row = conn.execute(f"SELECT {_THEME_COLS} FROM themes WHERE id = %s AND status = 'active'", (theme_id,)).fetchone()
    return _theme(row) if row else None


def start_run(conn, mode: str, filters: str, params: dict) -> int:
    """Open a run owned by this process; runs of killed processes are marked 'interrupted' first."""
    from retrieval.db import mark_dead_runs, run_owner

    mark_dead_runs(conn, "summary_runs")
    return conn.execute("INSERT INTO summary_runs (mode, filters, params, pid, host) VALUES (%s, %s, %s, %s, %s) "
                        "RETURNING id", (mode, filters, json.dumps(params), *run_owner())).fetchone()[0]


def finish_run(conn, run_id: int, status: str, **fields) -> None:
    """Close a run: ``status`` done|failed plus any of items, themes, unassigned, timings, report_path, error."""
    sets, values = ["status = %s", "finished_at = now()"], [status]
    for key, value in fields.items():
        sets.append(f"{key} = %s")
        values.append(json.dumps(value) if isinstance(value, dict) else value)
    conn.execute(f"UPDATE summary_runs SET {', '.join(sets)} WHERE id = %s", values + [run_id])


def create_theme(conn, *, label: str, keywords: list[str], centroid: np.ndarray, run_id: int | None,
                 candidate: bool = False, parent_id: int | None = None) -> int:
    return conn.execute(
        "INSERT INTO themes (label, keywords, centroid, created_run, candidate, parent_id) "
        "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
        (label, keywords, np.asarray(centroid, dtype=np.float32), run_id, candidate, parent_id)).fetchone()[0]


_UPDATABLE = {"label", "label_source", "summary", "summary_source", "summary_size", "keywords", "centroid", "status",
              "candidate", "merged_into"}


def update_theme(conn, theme_id: int, **fields) -> None:
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise ValueError(f"not theme fields: {sorted(unknown)}")
    if "centroid" in fields and fields["centroid"] is not None:
        fields["centroid"] = np.asarray(fields["centroid"], dtype=np.float32)
    sets = ", ".join(f"{k} = %s" for k in fields)
    conn.execute(f"UPDATE themes SET {sets}, updated_at = now() WHERE id = %s", list(fields.values()) + [theme_id])


def save_assignments(conn, ids, theme_ids, similarities, method: str, run_id: int | None) -> None:
    """Upsert item -> theme rows; a theme id of 0 or None stores "unassigned"."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _ft (LIKE feedback_themes INCLUDING DEFAULTS)")
    with conn.cursor().copy("COPY _ft (feedback_id, theme_id, similarity, method, run_id) FROM STDIN") as copy:
        for fid, tid, sim in zip(ids, theme_ids, similarities):
            copy.write_row((int(fid), int(tid) if tid else None, float(sim), method, run_id))
    conn.execute(
        "INSERT INTO feedback_themes (feedback_id, theme_id, similarity, method, run_id) "
        "SELECT feedback_id, theme_id, similarity, method, run_id FROM _ft ON CONFLICT (feedback_id) DO UPDATE SET "
        "theme_id = EXCLUDED.theme_id, similarity = EXCLUDED.similarity, method = EXCLUDED.method, "
        "run_id = EXCLUDED.run_id, assigned_at = now()")
    conn.execute("DROP TABLE _ft")


def retire_empty(conn) -> list[int]:
    """Mark active themes that no longer hold any item as retired (not the PM's defined ones); returns their ids."""
    return [r[0] for r in conn.execute(
        "UPDATE themes t SET status = 'retired', updated_at = now() WHERE status = 'active' AND NOT EXISTS "
        "(SELECT 1 FROM feedback_themes ft WHERE ft.theme_id = t.id) "
        "AND NOT EXISTS (SELECT 1 FROM defined_themes d WHERE d.theme_id = t.id) RETURNING id")]  # the PM's stay


def member_rows(conn, theme_id: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Ids, embeddings and texts of every item in a theme (all of them, whatever the filters)."""
    rows = conn.execute("SELECT f.id, f.embedding, f.text FROM feedback_themes ft JOIN feedback f ON f.id = ft.feedback_id "
                        "WHERE ft.theme_id = %s AND f.embedding IS NOT NULL ORDER BY f.id", (theme_id,)).fetchall()
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32), []
    return (np.array([r[0] for r in rows], dtype=np.int64), np.vstack([vec(r[1]) for r in rows]),
            [r[2] for r in rows])


def theme_texts(conn) -> dict[int, list[str]]:
    """Texts of every active theme's items (for keywords computed across the whole taxonomy)."""
    out: dict[int, list[str]] = {}
    for tid, text in conn.execute("SELECT ft.theme_id, f.text FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id "
                                  "JOIN feedback f ON f.id = ft.feedback_id WHERE t.status = 'active' ORDER BY f.id"):
        out.setdefault(tid, []).append(text)
    return out
