"""Databases for tests: one embedded PostgreSQL per session (``tests/conftest.py::pg_server``), a fresh database in
it per test or module, reached by URL like an external server (the team mode)."""

from __future__ import annotations

import re
from pathlib import Path


def fresh_database(pg_server, name: str, home: Path, models_cache: Path, **overrides):
    """Settings on a new, empty database ``name`` in the session server (any fixture scope)."""
    import psycopg

    from retrieval.db import close_idle
    from retrieval.settings import Settings

    name = re.sub(r"\W", "_", name.lower())[:50]
    close_idle(pg_server.get_uri(name))  # this process's idle connections to an earlier database of that name
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    retrieval = {"database_url": pg_server.get_uri(name), **overrides.pop("retrieval", {})}
    return Settings(home=home, models_cache=models_cache, retrieval=retrieval, **overrides)


def copy_database(pg_server, template: str, name: str, home: Path, models_cache: Path, **overrides):
    """Settings on a copy of database ``template`` (``CREATE DATABASE ... TEMPLATE`` is instant; PostgreSQL refuses it
    while a session is connected to the template, so this process's idle connections to it are closed first)."""
    import psycopg

    from retrieval.db import close_idle
    from retrieval.settings import Settings

    name = re.sub(r"\W", "_", name.lower())[:50]
    close_idle(pg_server.get_uri(template))
    close_idle(pg_server.get_uri(name))
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return Settings(home=home, models_cache=models_cache, retrieval={"database_url": pg_server.get_uri(name)},
                    **overrides)
