"""Session 51: a release the notes date while no item carries its version (a web app's "2026.10" beside the phone
apps' 3.x) is judged at its release date, and the releases near it are named. An HR tester's `pma impact --version
2026.10` was refused ("no feedback in scope comes from version 2026.10 or later") with the notes imported."""

from __future__ import annotations

import pytest

from assistant.themes.impact import find_release, line_scope, release_impact
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.releases import import_releases
from tests.support.chat import ingest_lines
from tests.support.paths import write

NOTES = """# Release notes
## Mobile app 3.5.0 (October 7, 2026)
- Clock-in works offline again.
## Web app 2026.10 (October 13, 2026)
- SAML certificate rotation without downtime.
"""


@pytest.fixture
def loaded(db_settings, tmp_path):
    rows = ["Date,Review,App Version"]
    for day in range(1, 31):
        rows.append(f"2026-09-{day:02d},SSO login fails after the SAML certificate rotation,")
        rows.append(f"2026-10-{day:02d},The SAML login loops back to the start page,")
        rows.append(f"2026-10-{day:02d},Clock-in works on my phone,3.{4 if day < 7 else 5}.0")
    ingest_lines(db_settings, tmp_path / "feedback.csv", rows)
    from assistant.themes import summarize

    summarize(db_settings, llm=None)
    return db_settings


def test_a_release_no_item_carries_is_judged_at_its_release_date(loaded, tmp_path):
    db = Database(loaded)
    with db.connect() as conn:
        with pytest.raises(UserError, match="no feedback in scope comes from version 2026.10"):
            find_release(conn, Filters(), version="2026.10")  # without notes nothing dates it
    import_releases(db, write(tmp_path / "release_notes.md", NOTES))
    with db.connect() as conn:
        release = find_release(conn, Filters(), version="2026.10")
        assert (f"{release.at:%Y-%m-%d}", release.released, release.versions_after) == ("2026-10-13", True, [])
        assert "SAML certificate rotation" in release.notes
        scoped, note = line_scope(conn, Filters(), release)
        assert scoped == Filters() and "judged by its release date" in note and "6 days before" in note, note
        result = release_impact(conn, scoped, release)
    assert result["before"]["items"] > 0 and result["after"]["items"] > 0
