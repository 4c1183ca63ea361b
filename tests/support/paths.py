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
