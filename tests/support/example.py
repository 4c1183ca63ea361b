"""The example export (``examples/feedback.csv``) ingested and summarized once per test session, and copies of it.

Ingesting 300+ items and clustering them takes a minute on two cores; tests that only need "the example, with
themes" share one template database and get an instant copy (``CREATE DATABASE ... TEMPLATE``), so each may change
its copy freely. Themes are labelled with keywords (no model), so the copy is the same whatever the machine.
"""

from __future__ import annotations

import os

import pytest

from tests.support.database import copy_database, fresh_database
from tests.support.paths import EXAMPLE_CSV


@pytest.fixture(scope="session")
def example_template(pg_server, tmp_path_factory, models_cache) -> str:
    """Name of the template database holding the example export with a theme summary."""
    from assistant.themes import summarize
    from retrieval.ingest import ingest_paths

    name = f"example_template_{os.getpid()}"
    home = tmp_path_factory.mktemp("example-template") / "pma"
    settings = fresh_database(pg_server, name, home, models_cache)
    ingest_paths([EXAMPLE_CSV], settings)
    summarize(settings, llm=None)
    return name


def example_copy(pg_server, template: str, name: str, home, models_cache, **overrides):
    """Settings on a fresh copy of the example database (see ``example_template``)."""
    return copy_database(pg_server, template, name, home, models_cache, **overrides)


@pytest.fixture(scope="module")
def example(pg_server, example_template, tmp_path_factory, request, models_cache):
    """A copy of the example database for one test module."""
    home = tmp_path_factory.mktemp("example") / "pma"
    return example_copy(pg_server, example_template, f"m_{request.module.__name__.rsplit('.', 1)[-1]}", home,
                        models_cache)
