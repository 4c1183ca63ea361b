"""Several `pma ingest` processes against one PostgreSQL server (the team mode): exact counts, no duplicates, and
the same near-duplicate links as one process ingesting the same files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import threading
import time

import pytest

from retrieval.db import Database
from retrieval.embed import Embedder
from retrieval.ingest import ingest_paths
from retrieval.store import WRITE_LOCK
from tests.support.cli import cli_env
from tests.support.database import fresh_database
from tests.support.paths import EXAMPLE_CSV, REPO


def overlapping_exports(folder, n_files: int = 4):
    """The example export split into ``n_files`` files; about a third of the rows are in two or three files."""
    with open(EXAMPLE_CSV, newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh))
    paths = []
    for k in range(n_files):
        picked = [r for i, r in enumerate(rows)
                  if i % n_files == k or (i % 3 == 0 and i % n_files == (k + 1) % n_files) or i % 7 == 0]
        path = folder / f"export{k}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([header, *picked])
        paths.append(path)
    return paths, len(rows)


def groups(settings) -> set[frozenset[str]]:
    """Near-duplicate groups as sets of (source, external id, text): ids and keyed content ids differ between
    databases."""
    with Database(settings).connect() as conn:
        rows = conn.execute("SELECT (f.source, f.external_id, f.text)::text, CASE WHEN c.id IS NULL "
                            "THEN (f.source, f.external_id, f.text)::text ELSE (c.source, c.external_id, c.text)::text "
                            "END FROM feedback f LEFT JOIN feedback c ON c.id = f.duplicate_of").fetchall()
    by_canon: dict[str, set[str]] = {}
    for item, canon in rows:
        by_canon.setdefault(canon, set()).add(item)
    return {frozenset(g) for g in by_canon.values() if len(g) > 1}


@pytest.mark.slow
def test_four_processes_on_overlapping_files(pg_server, tmp_path, models_cache):
    Embedder(fresh_database(pg_server, "t_parallel_warm", tmp_path / "warm", models_cache)).warm_up()  # the export
    paths, n_distinct = overlapping_exports(tmp_path)
    serial = fresh_database(pg_server, "t_parallel_serial", tmp_path / "serial", models_cache)
    ingest_paths(paths, serial)
    parallel = fresh_database(pg_server, "t_parallel_four", tmp_path / "parallel", models_cache)

    procs = []
    for k, path in enumerate(paths):
        env = cli_env(parallel.model_copy(update={"home": tmp_path / f"worker{k}"}))
        procs.append(subprocess.Popen([sys.executable, "-m", "ui.cli", "ingest", str(path), "--json"], cwd=REPO,
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
        reports.append(json.loads(out))

    with Database(parallel).connect() as conn:
        total, distinct, unembedded = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash), count(*) FILTER (WHERE embedding IS NULL) "
            "FROM feedback").fetchone()
        runs = conn.execute("SELECT status, read, added, duplicates FROM ingest_runs ORDER BY id").fetchall()
        chains = conn.execute("SELECT count(*) FROM feedback f JOIN feedback c ON c.id = f.duplicate_of "
                              "WHERE c.duplicate_of IS NOT NULL").fetchone()[0]
    assert total == distinct == n_distinct and unembedded == 0
    assert sum(r["added"] for r in reports) == n_distinct
    for r in reports:
        assert r["read"] == r["added"] + r["duplicates"] + r["rejected"] and r["rejected"] == 0
    assert sorted(r[0] for r in runs) == ["done"] * 4
    assert sorted((r[1], r[2], r[3]) for r in runs) == sorted((r["read"], r["added"], r["duplicates"]) for r in reports)
    assert chains == 0
    assert groups(parallel) == groups(serial) and len(groups(serial)) >= 5


def test_a_chunk_is_linked_against_a_chunk_another_writer_commits_first(db_settings, tmp_path):
    """While another writer holds the write lock, an ingest embeds but does not store; once that writer commits
    an item, the ingest's near-duplicate of it is linked to it."""
    db = Database(db_settings)
    first = "The offline map of the Alps never finishes downloading on my phone"
    later = tmp_path / "later.csv"
    later.write_text("text,source\nThe offline map of the Alps never finishes downloading on my phone!,app\n")
    seed = tmp_path / "seed.csv"
    seed.write_text("text,source\nA seed item about billing,seed\n")
    ingest_paths([seed], db_settings)  # schema, embedding column, salt
    vector = Embedder(db_settings).encode([first])[0]
    other = db.connect()
    conn = other.__enter__()
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(report=ingest_paths([later], db_settings)))
    worker.start()
    time.sleep(3.0)
    with db.connect() as check:
        assert check.execute("SELECT count(*) FROM feedback").fetchone()[0] == 1  # blocked behind the lock
    first_id = conn.execute("INSERT INTO feedback (content_hash, source, text, embedding) VALUES "
                            "('other-writer', 'app', %s, %s) RETURNING id", (first, vector)).fetchone()[0]
    other.__exit__(None, None, None)  # commit, releasing the lock
    worker.join(timeout=120)
    assert result["report"].files[0].near_duplicates == 1
    with db.connect() as check:
        assert check.execute("SELECT duplicate_of FROM feedback WHERE source = 'app' AND id <> %s",
                             (first_id,)).fetchone()[0] == first_id

