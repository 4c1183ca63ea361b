"""Connections kept open between uses (``retrieval.db``): reused in the state of a new session, never after a
failure or once the server has ended them, bounded per process, closed on request before a database is dropped."""

from __future__ import annotations

import time

import psycopg
import pytest

from retrieval import db as dbmod
from retrieval.db import Database, close_idle


def _pid(conn) -> int:
    return conn.execute("SELECT pg_backend_pid()").fetchone()[0]


def _sessions(uri: str, database: str, *, at_most: int | None = None) -> int:
    """Sessions connected to ``database`` (waiting up to 10 s for closed ones to end when ``at_most`` is given: a
    backend leaves pg_stat_activity a moment after its client closed the connection)."""
    deadline = time.time() + 10
    with psycopg.connect(uri, autocommit=True) as admin:
        while True:
            n = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                              (database,)).fetchone()[0]
            if at_most is None or n <= at_most or time.time() > deadline:
                return n
            time.sleep(0.05)


@pytest.fixture
def db(db_settings):
    database = Database(db_settings)
    yield database
    close_idle(database.uri)


def test_a_connection_is_reused_in_the_state_of_a_new_session(db):
    with db.connect() as conn:
        first = _pid(conn)
        conn.execute("SET work_mem = '7MB'")
        conn.execute("CREATE TEMP TABLE left_behind (x int)")
        conn.execute("SELECT pg_advisory_lock(4242)")
    with db.connect() as conn:
        assert _pid(conn) == first  # no new backend
        assert conn.execute("SHOW work_mem").fetchone()[0] != "7MB"
        assert conn.execute("SELECT to_regclass('pg_temp.left_behind')").fetchone()[0] is None
        vector = conn.execute("SELECT '[1,2,3]'::vector").fetchone()[0]  # pgvector's types stay registered
        assert vector.to_list() == [1.0, 2.0, 3.0]
    with psycopg.connect(db.uri, autocommit=True) as other:  # the session's lock went with DISCARD ALL
        assert other.execute("SELECT pg_try_advisory_lock(4242)").fetchone()[0] is True


def test_a_block_that_failed_closes_its_connection_and_keeps_nothing(db):
    with db.connect() as conn:
        conn.execute("CREATE TABLE notes (x int)")
    with pytest.raises(ValueError), db.connect() as conn:
        failed = _pid(conn)
        conn.execute("INSERT INTO notes VALUES (1)")
        raise ValueError("a bug in the caller")
    with db.connect() as conn:
        assert _pid(conn) != failed
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_a_connection_the_server_ended_is_replaced_by_a_new_one(db):
    with db.connect() as conn:
        ended = _pid(conn)
    with psycopg.connect(db.uri, autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (ended,)).fetchone()[0] is True
        deadline = time.time() + 10
        while admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (ended,)).fetchone() and \
                time.time() < deadline:
            time.sleep(0.05)
    with db.connect() as conn:
        assert _pid(conn) != ended and conn.execute("SELECT 1").fetchone()[0] == 1


def test_a_reused_connection_reads_a_table_whose_column_type_changed_since(db):
    """`pma reindex` and the first ingest change the embedding column's type. A statement psycopg had prepared on a
    kept connection would fail: DISCARD ALL removed it ("prepared statement _pg3_0 does not exist"), or its plan no
    longer fits the column ("cached plan must not change result type")."""
    with db.connect() as conn:
        conn.execute("CREATE TABLE vectors (v vector(2))")
        conn.execute("INSERT INTO vectors VALUES ('[1,2]')")
    for _ in range(6):  # more often than psycopg's default prepare threshold (5)
        with db.connect() as conn:
            for _ in range(3):
                conn.execute("SELECT v FROM vectors").fetchall()
    with psycopg.connect(db.uri, autocommit=True) as admin:
        admin.execute("ALTER TABLE vectors ALTER COLUMN v TYPE vector")
    with db.connect() as conn:
        assert conn.execute("SELECT v FROM vectors").fetchone()[0].to_list() == [1.0, 2.0]


def test_idle_connections_are_bounded_and_closed_before_a_database_is_dropped(db, pg_server):
    name = psycopg.conninfo.conninfo_to_dict(db.uri)["dbname"]
    blocks = [db.connect() for _ in range(dbmod.MAX_IDLE + 3)]
    for block in blocks:  # all open at once: as many sessions as blocks
        block.__enter__()
    # (waiting for the migration check's connection, closed a moment ago, to leave pg_stat_activity)
    assert _sessions(pg_server.get_uri(), name, at_most=dbmod.MAX_IDLE + 3) == dbmod.MAX_IDLE + 3
    for block in reversed(blocks):
        block.__exit__(None, None, None)
    assert _sessions(pg_server.get_uri(), name, at_most=dbmod.MAX_IDLE) == dbmod.MAX_IDLE
    close_idle(db.uri)
    assert _sessions(pg_server.get_uri(), name, at_most=0) == 0
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}"')  # refused while a session is connected to it


def test_a_connection_the_server_ended_in_use_closes_the_kept_ones_too(db, pg_server):
    """A killed postmaster ends every session, but a kept one may still answer DISCARD ALL for a moment (its backend
    has not noticed yet) and then fail in the caller's hands: the UI's search after a SIGKILL did once, in a full run.
    So a connection that fails with an OperationalError closes the connections kept to its database."""
    name = psycopg.conninfo.conninfo_to_dict(db.uri)["dbname"]
    blocks = [db.connect() for _ in range(3)]
    for block in blocks:
        block.__enter__()
    for block in blocks:
        block.__exit__(None, None, None)
    assert _sessions(pg_server.get_uri(), name, at_most=3) == 3
    with pytest.raises(psycopg.OperationalError), db.connect() as conn:  # this session ends under the caller
        conn.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    assert [entry for entry in dbmod._IDLE if entry[0] == db.uri] == []
    assert _sessions(pg_server.get_uri(), name, at_most=0) == 0
