"""Where things are: the repository, the public datasets beside it, the converted-model cache, test artifacts."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"
# Converted models are cached across test runs (the GGUF conversion takes ~20 s); CI starts clean anyway.
MODELS_CACHE = REPO / ".pma-test-cache" / "models"
EXAMPLE_CSV = REPO / "examples" / "feedback.csv"
ARTIFACTS = REPO / "tests" / "artifacts"
# Set by .ci/run: a test that needs ../shared/data then fails instead of skipping, so CI never passes by skipping.
REQUIRE_SHARED_DATA = "PMA_TEST_REQUIRE_SHARED_DATA"


def private_temp_root() -> Path:
    """A temporary folder for this test process (``/tmp/pma-tests/PID``), made readable for the embedded
    PostgreSQL's system user; folders of processes that have ended are removed first."""
    import shutil
    import tempfile

    from retrieval.db import process_alive

    base = Path(tempfile.gettempdir()) / "pma-tests"
    base.mkdir(exist_ok=True)
    base.chmod(0o755)
    for old in base.iterdir():
        if old.name.isdigit() and not process_alive(int(old.name)):
            shutil.rmtree(old, ignore_errors=True)
    root = base / str(os.getpid())
    root.mkdir(exist_ok=True)
    root.chmod(0o755)
    return root


def shared_data(*parts: str) -> Path:
    """A file from ../shared/data. When it is absent the test is skipped with the path it needs, or fails when
    ``PMA_TEST_REQUIRE_SHARED_DATA=1`` (CI)."""
    import pytest

    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        message = f"public dataset not available: {path} (the repository expects ../shared/data beside it)"
        if os.environ.get(REQUIRE_SHARED_DATA) == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` in ``encoding`` (folders created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
