"""Release dates from the release notes (`pma releases import`): a telehealth tester's 35 rows carrying 5.4.x months
before 5.4.0 shipped dated the release in March, and "Which release broke the video call?" missed it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from retrieval.errors import UserError
from retrieval.releases import read_releases
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.cli import one_line_error, run_in_process
from tests.support.paths import write

NOTES_MD = """# Brightpath app release notes

| Version | Date | Notes |
|---|---|---|
| 4.0.0 | 2026-03-02 | New lesson player |
| 4.1.0 | 2026-05-04 | Parent reports |
| 4.2.0 | 2026-07-06 | New offline quiz engine |
| 4.3.0 | 2026-09-07 | Offline quiz sync fixed |
"""


def reviews() -> list[str]:
    """App reviews by version: quiz sync complaints come with 4.2.0 (2026-07-06) and go with 4.3.0 (2026-09-07); six
    4.2.0 rows are dated in March, before it shipped (a beta, a mis-tagged ticket)."""
    rows = ["Date,Version,Rating,Review"]
    spans = [("4.0.0", 3, 4), ("4.1.0", 5, 6), ("4.2.0", 7, 8), ("4.3.0", 9, 10)]
    k = 0
    for version, first, last in spans:
        for month in range(first, last + 1):
            for day in range(6, 28, 2):
                broken = version == "4.2.0"
                text = ("Offline quiz sync fails and students lose their answers" if broken and k % 3 != 2 else
                        "Lessons load fine and the reports are clear")
                rows.append(f"2026-{month:02d}-{day:02d},{version},{2 if broken else 4},{text} ({k})")
                k += 1
    for day in range(10, 22, 2):
        rows.append(f"2026-03-{day:02d},4.2.0,4,Lessons load fine on the beta build ({k})")
        k += 1
    return rows


def test_release_notes_are_read_from_a_markdown_table_and_from_changelog_headings(tmp_path):
    table = read_releases(write(tmp_path / "release_notes.md", NOTES_MD))
    assert [(r.version, f"{r.released_at:%Y-%m-%d}", r.notes) for r in table][:2] == [
        ("4.0.0", "2026-03-02", "New lesson player"), ("4.1.0", "2026-05-04", "Parent reports")]
    changelog = read_releases(write(tmp_path / "CHANGELOG.md", "# Changelog\n\n## [4.2.0] - 2026-07-06\n### Added\n"
                                    "- New offline quiz engine\n\n## [4.1.1] - 2026-06-01\n- Fixed a crash on login\n"
                                    "\n## Version 4.1.0 (May 4, 2026)\nParent reports\n"))
    assert [(r.version, f"{r.released_at:%Y-%m-%d}") for r in changelog] == [
        ("4.2.0", "2026-07-06"), ("4.1.1", "2026-06-01"), ("4.1.0", "2026-05-04")]
    assert changelog[0].notes == "New offline quiz engine" and changelog[1].notes == "Fixed a crash on login"
    csv = read_releases(write(tmp_path / "releases.csv", "Release,Released on,Highlights\nv4.3,09/07/2026,Sync fixed\n"))
    assert [(r.version, f"{r.released_at:%Y-%m-%d}", r.notes) for r in csv] == [("v4.3", "2026-09-07", "Sync fixed")]
    # an edtech tester's file: "version,release_date,highlights"
    snake = read_releases(write(tmp_path / "release_notes.csv", "version,release_date,highlights\n"
                                "4.7.0,2026-10-06,New PDF report engine\n"))
    assert [(r.version, f"{r.released_at:%Y-%m-%d}") for r in snake] == [("4.7.0", "2026-10-06")]


@pytest.mark.parametrize("name, text, said", [
    ("releases.csv", "Version,Date\n4.0.0,2026-03-02\n4.1.0,soon\n", "releases.csv, row 3, Date: 'soon' is not a date"),
    ("releases.csv", "Version,Date\n4.0.0,2026-03-02\n4.0,2026-03-09\n", "row 3: version 4.0 is dated 2026-03-09, "
                                                                         "but row 2 dates it 2026-03-02"),
    ("releases.csv", "Name,When\nSpring,2026-03-02\n", "releases.csv: no version column"),
    ("notes.md", "# Release notes\n\nWe ship every two weeks.\n", "notes.md: no release found")])
def test_bad_release_notes_are_a_one_line_error_naming_file_and_row(tmp_path, name, text, said):
    with pytest.raises(UserError) as err:
        read_releases(write(tmp_path / name, text))
    assert said in str(err.value), str(err.value)


def test_a_release_is_dated_by_its_notes_not_by_early_feedback(db_settings, tmp_path, monkeypatch, capsys):
    from assistant.themes.impact import find_release
    from retrieval.db import Database
    from retrieval.filters import Filters

    ingest_lines(db_settings, tmp_path / "app_reviews.csv", reviews())
    db = Database(db_settings)
    with db.connect() as conn:
        before = find_release(conn, Filters(), version="4.2.0")
        earlier = find_release(conn, Filters(), version="4.1.0")
    assert f"{before.at:%Y-%m-%d}" == "2026-03-10" and not before.released  # the beta rows
    # the version asked is dated by its own feedback, not by a later version's early rows
    assert f"{earlier.at:%Y-%m-%d}" == "2026-05-06", earlier

    code, out = run_in_process(db_settings, monkeypatch, capsys, "releases", "import",
                               str(write(tmp_path / "release_notes.md", NOTES_MD)))
    assert code == 0 and "4 release(s) imported" in out.out and "4 version(s) of the stored feedback" in out.out, out
    with db.connect() as conn:
        after = find_release(conn, Filters(), version="4.2.0")
    assert after.at == datetime(2026, 7, 6, tzinfo=timezone.utc) and after.released, after
    assert after.notes == "New offline quiz engine"
    code, out = run_in_process(db_settings, monkeypatch, capsys, "releases", "list")
    assert code == 0 and out.out.splitlines()[2].split()[:3] == ["4.2.0", "2026-07-06", "28"], out.out

    answer = code_only_answer(db_settings, "What did the 4.2 release change?")
    assert "Release 4.2 (released 2026-07-06, as the release notes say)" in answer.text, answer.text[:600]
    assert "Release notes for 4.2: New offline quiz engine" in answer.text, answer.text[:600]


def test_a_version_the_notes_leave_out_is_dated_after_the_release_below_it(db_settings, tmp_path, monkeypatch, capsys):
    from assistant.themes.impact import find_release
    from retrieval.db import Database
    from retrieval.filters import Filters

    ingest_lines(db_settings, tmp_path / "app_reviews.csv", reviews())
    notes = write(tmp_path / "releases.csv", "Version,Date\n4.0.0,2026-03-02\n4.1.0,2026-05-04\n4.3.0,2026-09-07\n")
    assert run_in_process(db_settings, monkeypatch, capsys, "releases", "import", str(notes))[0] == 0
    with Database(db_settings).connect() as conn:
        unlisted = find_release(conn, Filters(), version="4.2.0")
    # 4.2.0 is not in the notes: its first feedback on or after 4.1.0's release, not the March beta rows
    assert f"{unlisted.at:%Y-%m-%d}" == "2026-07-06" and not unlisted.released, unlisted


def test_importing_bad_release_notes_keeps_the_stored_ones(db_settings, tmp_path, monkeypatch, capsys):
    good = write(tmp_path / "release_notes.md", NOTES_MD)
    assert run_in_process(db_settings, monkeypatch, capsys, "releases", "import", str(good))[0] == 0
    bad = write(tmp_path / "more.csv", "Version,Date\n4.4.0,2026-11-02\n4.5.0,next week\n")
    code, out = run_in_process(db_settings, monkeypatch, capsys, "releases", "import", str(bad))
    assert code == 1 and one_line_error(out.err) and "more.csv, row 3, Date" in out.err, out.err
    code, out = run_in_process(db_settings, monkeypatch, capsys, "releases", "list", "--json")
    assert code == 0 and [r["version"] for r in json.loads(out.out)] == ["4.0.0", "4.1.0", "4.2.0", "4.3.0"]


def test_release_notes_given_to_ingest_are_sent_to_releases_import(db_settings, tmp_path, monkeypatch, capsys):
    """A telehealth tester's release_notes.md, given to `pma ingest`, became one feedback item."""
    notes = write(tmp_path / "exports" / "release_notes.md", NOTES_MD)
    write(tmp_path / "exports" / "reviews.csv", "\n".join(reviews()[:30]) + "\n")
    code, out = run_in_process(db_settings, monkeypatch, capsys, "ingest", str(notes))
    assert code == 1 and one_line_error(out.err) and "pma releases import" in out.err, out.err
    code, out = run_in_process(db_settings, monkeypatch, capsys, "ingest", str(tmp_path / "exports"))
    assert code == 1 and "release_notes.md: this looks like release notes" in out.out + out.err, (out.out, out.err)
    code, out = run_in_process(db_settings, monkeypatch, capsys, "stats", "--json")
    assert json.loads(out.out)["total"] == 29, out.out
