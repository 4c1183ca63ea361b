"""Remove feedback loaded by mistake (`pma remove`): every item and survey answer of the named files, ingest runs or
sources, in one transaction, so a file can be loaded again with other column choices (a travel tester wiped its
whole data directory twice to re-ingest one export with ``--map``).

Search statistics follow by trigger (``migrations/005_bm25.sql``); theme memberships and types go with their items
(ON DELETE CASCADE); a near-duplicate of a removed item becomes an item of its own (ON DELETE SET NULL). An ingest
run that loses its items stays listed with status 'removed'.

Not handled here: the stored themes report keeps its counts and quotes until `pma summarize` runs again, a
conversation keeps its answers (a citation of a removed item no longer opens), and a row of a later file that was
skipped as an exact duplicate of a removed item is not brought back (ingest that file again).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from retrieval.db import REMOVALS, Database, mark_dead_runs
from retrieval.errors import UserError

LISTED = 20  # ingested files named in an error that asks which one


@dataclass
class Removal:
    """What a removal takes (``removed`` False: what it would take)."""

    runs: list[dict] = field(default_factory=list)  # id, file, source, started_at
    sources: list[str] = field(default_factory=list)
    items: int = 0
    answers: int = 0  # survey answers stored without a comment (scores and closed questions' choices)
    removed: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def remove_feedback(db: Database, *, files: list[str] = (), runs: list[int] = (), sources: list[str] = (),
                    apply: bool = False) -> Removal:
    """The feedback of ``files`` (as given to `pma ingest`, or by file name), ingest ``runs`` and ``sources``;
    deleted when ``apply``, else only counted.

    Raises:
        UserError: nothing was named, a file, run or source matches nothing stored (the error lists what is), or a
            run is still loading.

    Example:
        >>> remove_feedback(Database(Settings()), files=["exports/zendesk.csv"], apply=True)  # doctest: +SKIP
    """
    if not (files or runs or sources):
        with db.connect() as conn:
            raise UserError("Name what to remove: a file as it was ingested, --run ID or --source NAME.",
                            hint=_ingested(conn))
    with db.connect() as conn:
        mark_dead_runs(conn, "ingest_runs")
        stored = conn.execute("SELECT id, file, source, status, started_at FROM ingest_runs "
                              "WHERE status <> 'removed' ORDER BY id").fetchall()
        chosen = {r[0]: r for f in files for r in _runs_of_file(conn, f, stored)}
        for run in runs:
            row = next((r for r in stored if r[0] == run), None)
            if row is None:
                raise UserError(f"No ingest run {run} holds feedback.", hint=_ingested(conn))
            chosen[run] = row
        loading = [r for r in chosen.values() if r[3] == "running"]
        if loading:
            raise UserError(f"Ingest run {loading[0][0]} ({loading[0][1]}) is still loading.",
                            hint="Wait for `pma ingest` to finish (or stop it), then remove its file.")
        _check_sources(conn, sources)
        ids = sorted(chosen)
        where = "ingest_run = ANY(%(runs)s) OR source = ANY(%(sources)s)"
        scores_where = "ingest_run_id = ANY(%(runs)s) OR source = ANY(%(sources)s)"
        params = {"runs": ids, "sources": list(sources)}
        out = Removal(runs=[{"id": r[0], "file": r[1], "source": r[2], "started_at": r[4].isoformat(timespec="seconds")}
                            for r in (chosen[i] for i in ids)], sources=list(sources))
        out.items = conn.execute(f"SELECT count(*) FROM feedback WHERE {where}", params).fetchone()[0]
        out.answers = conn.execute(f"SELECT count(*) FROM scores WHERE {scores_where}", params).fetchone()[0]
        if not apply:
            return out
        touched = [r[0] for r in conn.execute(f"SELECT ingest_run FROM feedback WHERE {where} UNION "
                                               f"SELECT ingest_run_id FROM scores WHERE {scores_where}", params)]
        conn.execute(f"DELETE FROM feedback WHERE {where}", params)
        conn.execute(f"DELETE FROM scores WHERE {scores_where}", params)
        # the runs named, and those of a source that hold nothing now
        conn.execute("UPDATE ingest_runs r SET status = 'removed' WHERE r.id = ANY(%(runs)s) "
                     "OR r.id = ANY(%(touched)s) AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.ingest_run = r.id) "
                     "AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.ingest_run_id = r.id)",
                     {**params, "touched": touched})
        conn.execute(f"INSERT INTO pma_meta(key, value) VALUES ('{REMOVALS}', '1') ON CONFLICT (key) "
                     "DO UPDATE SET value = (pma_meta.value::bigint + 1)::text")
        conn.commit()
        out.removed = True
    return out


def _runs_of_file(conn, file: str, stored: list[tuple]) -> list[tuple]:
    """The runs that read ``file``: by the path as ingested (as written, or the same file from here), else by its
    file name when one ingested path has it."""
    given = Path(file).expanduser()
    same = [r for r in stored if r[1] == file or _same_file(Path(r[1]), given)]
    if same:
        return same
    named = [r for r in stored if Path(r[1]).name == given.name]
    if len({r[1] for r in named}) > 1:
        paths = ", ".join(sorted({r[1] for r in named}))
        raise UserError(f"{file}: several ingested files have this name ({paths}).",
                        hint="Name the one to remove by its path as ingested, or by --run ID (`pma remove` lists "
                             "them).")
    if not named:
        raise UserError(f"{file}: no ingested file has this path or name.", hint=_ingested(conn))
    return named


def _same_file(stored: Path, given: Path) -> bool:
    try:
        return stored.resolve() == given.resolve()
    except OSError:
        return False


def _check_sources(conn, sources: list[str]) -> None:
    for source in sources:
        if not conn.execute("SELECT EXISTS (SELECT 1 FROM feedback WHERE source = %(s)s) "
                            "OR EXISTS (SELECT 1 FROM scores WHERE source = %(s)s)", {"s": source}).fetchone()[0]:
            names = [r[0] for r in conn.execute("SELECT DISTINCT source FROM feedback ORDER BY 1 LIMIT %s", (LISTED,))]
            raise UserError(f"No stored feedback has source {source!r} (sources are matched exactly).",
                            hint=f"Stored sources: {', '.join(names) or 'none'}.")


def ingested_files(conn) -> list[dict]:
    """The ingest runs that still hold feedback, oldest first: id, file, started_at and items (with the survey
    answers stored without a comment)."""
    held: dict[int, int] = {}
    for run, n in conn.execute("SELECT ingest_run, count(*) FROM feedback GROUP BY 1 UNION ALL "
                               "SELECT ingest_run_id, count(*) FROM scores GROUP BY 1"):
        held[run] = held.get(run, 0) + n
    return [{"id": i, "file": file, "started_at": at.isoformat(timespec="seconds"), "items": held[i]}
            for i, file, at in conn.execute("SELECT id, file, started_at FROM ingest_runs "
                                            "WHERE status <> 'removed' ORDER BY id") if held.get(i)]


def _ingested(conn) -> str:
    """The ingested files, newest last: 'Ingested files (run, path, items): run 3 exports/a.csv (412), ...'."""
    rows = ingested_files(conn)
    if not rows:
        return "Nothing is stored yet."
    shown = [f"run {r['id']} {r['file']} ({r['items']})" for r in rows[-LISTED:]]
    more = f"{len(rows) - LISTED} earlier, " if len(rows) > LISTED else ""
    return f"Ingested files (run, path, items): {more}{', '.join(shown)}."
