"""Which rows are one feedback item: author and date in the identity, older databases, copies of a download, and a
folder whose files are not all usable. Real embedded PostgreSQL and the bundled embedder."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from tests.support.paths import write
from retrieval.columns import normalise_text
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.ingest import FilesFailed, default_source, ingest_paths
from retrieval.rows import content_id

SAME_WORDS = """date,nickname,rating,review
2026-10-04,marta_p,5,Works great
2026-10-05,jonas77,5,Works great
2026-10-05,lee.s,5,Works great
2026-10-05,lee.s,5,Works great
2026-10-06,okafor_n,1,Login loops forever
2026-10-07,vik,1,Login loops forever
"""


def texts(settings) -> list[tuple[str, str | None]]:
    with Database(settings).connect() as conn:
        return conn.execute("SELECT text, author_hash FROM feedback ORDER BY id").fetchall()


def test_customers_writing_the_same_words_are_separate_items(db_settings, tmp_path):
    path = write(tmp_path / "reviews.csv", SAME_WORDS)
    first = ingest_paths([path], db_settings).files[0]
    assert (first.read, first.added, first.duplicates) == (6, 5, 1)  # lee.s's row twice is one item
    stored = texts(db_settings)
    assert [t for t, _ in stored].count("Works great") == 3 and len({a for _, a in stored}) == 5
    again = ingest_paths([path], db_settings).files[0]
    assert (again.added, again.duplicates) == (0, 6)
    # A later export: the same complaint from someone else on another day is new, the repeated row is not.
    later = write(tmp_path / "later.csv", "date,nickname,rating,review\n2026-10-07,vik,1,Login loops forever\n"
                                          "2026-10-12,hanna_b,1,Login loops forever\n")
    report = ingest_paths([later], db_settings, source="reviews").files[0]
    assert (report.added, report.duplicates) == (1, 1)
    assert len(texts(db_settings)) == 6


def test_the_same_words_on_another_day_are_another_item_and_rows_without_author_or_date_stay_one(db_settings,
                                                                                                  tmp_path):
    dated = write(tmp_path / "dated.csv", "date,comment\n2026-10-01,Sync is slow\n2026-10-09,Sync is slow\n"
                                          "2026-10-09,Sync is slow\n")
    assert (ingest_paths([dated], db_settings).files[0].added) == 2
    plain = write(tmp_path / "plain.csv", "comment\nDark mode please\nDark mode please\n")
    report = ingest_paths([plain], db_settings).files[0]
    assert (report.added, report.duplicates) == (1, 1)


def test_an_item_stored_before_author_and_date_were_its_identity_is_recognised(db_settings, tmp_path):
    ingest_paths([write(tmp_path / "seed.csv", "text\nA seed item about billing\n")], db_settings)  # schema, salt
    db = Database(db_settings)
    day = datetime(2026, 10, 4, tzinfo=timezone.utc)
    author = db.keyed_hash("marta_p")
    old_id = db.keyed_hash(f"reviews\x1f{normalise_text('Works great')}\x1f")  # the id as it was computed before
    assert content_id(db.keyed_hash, "reviews", "Works great", None, author, day)[1] == old_id
    with db.connect() as conn:
        conn.execute("INSERT INTO feedback (content_hash, source, text, created_at, rating, author_hash, embedding) "
                     "SELECT %s, 'reviews', 'Works great', %s, 5, %s, embedding FROM feedback LIMIT 1",
                     (old_id, day, author))
    report = ingest_paths([write(tmp_path / "reviews.csv", SAME_WORDS)], db_settings).files[0]
    # marta_p's row is the stored one; the other customers' rows, which the old id merged into it, are added.
    assert (report.added, report.duplicates) == (4, 2)
    stored = [a for t, a in texts(db_settings) if t == "Works great"]
    assert stored.count(author) == 1 and len(stored) == 3
    assert ingest_paths([tmp_path / "reviews.csv"], db_settings).files[0].added == 0


def test_the_same_reviews_from_an_export_without_nicknames_are_already_stored(db_settings, tmp_path):
    """An export with fewer columns (no nickname, or no date) has no author to tell its rows apart: a row is the
    stored item with its text whose author and date agree or are missing on one side, also when both files are in
    one run and the first is still being stored while the second is checked (the store checks under its lock)."""
    folder = tmp_path / "exports"
    write(folder / "a_full.csv", SAME_WORDS)
    write(folder / "b_bare.csv", "date,review\n2026-10-05,Works great\n2026-10-06,Login loops forever\n"
                                 "2026-10-08,Login loops forever\n")
    report = ingest_paths([folder], db_settings, source="appstore")
    assert [(f.added, f.duplicates) for f in report.files] == [(5, 1), (1, 2)]  # 10-08 is nobody's yet
    undated = write(tmp_path / "undated.csv", "nickname,review\nvik,Login loops forever\nzoe,Works great\n")
    again = ingest_paths([undated], db_settings, source="appstore").files[0]
    assert (again.added, again.duplicates) == (1, 1)
    assert len(texts(db_settings)) == 7


@pytest.mark.parametrize("name", ["appstore (1).csv", "appstore - Copy.csv", "appstore copy 2.csv"])
def test_a_second_download_of_an_export_is_the_same_source(db_settings, tmp_path, name):
    content = "date,review\n2026-10-01,Offline maps never finish\n2026-10-02,Love the trail photos\n"
    ingest_paths([write(tmp_path / "appstore.csv", content)], db_settings)
    copy = ingest_paths([write(tmp_path / "downloads" / name, content)], db_settings).files[0]
    assert (copy.added, copy.duplicates) == (0, 2)
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT DISTINCT source FROM feedback").fetchall() == [("appstore",)]


def _tickets(first: int, last: int) -> str:
    return "Ticket ID,Subject,Description,Created time\n" + "".join(
        f"{1000 + i},Payout late,My payout for booking {i} is late again,2026-10-{1 + i % 28:02d}\n"
        for i in range(first, last))


def test_monthly_downloads_of_an_export_are_one_source(db_settings, tmp_path):
    """A help desk exported at the end of each month, windows overlapping: the tickets both downloads hold are stored
    once (a tester's "zendesk_tickets_2026-10-31" and "..._2026-11-30" were two sources, 55 tickets for 40)."""
    october = ingest_paths([write(tmp_path / "zendesk_tickets_2026-10-31.csv", _tickets(0, 30))], db_settings)
    november = ingest_paths([write(tmp_path / "zendesk_tickets_2026-11-30.csv", _tickets(16, 40))], db_settings)
    assert (october.files[0].added, november.files[0].added, november.files[0].duplicates) == (30, 10, 14)
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT source, count(*) FROM feedback GROUP BY 1").fetchall() == [("zendesk_tickets", 40)]


def test_a_file_stored_under_its_stamped_name_is_not_added_again(db_settings, tmp_path):
    """A store an earlier version filled keeps the name it gave the file (its day stamp included), so loading the
    same file again adds nothing."""
    path = write(tmp_path / "zendesk_tickets_2026-10-31.csv", _tickets(0, 12))
    ingest_paths([path], db_settings, source="zendesk_tickets_2026-10-31")  # as versions before session 41 named it
    again = ingest_paths([path], db_settings).files[0]
    assert (again.added, again.duplicates) == (0, 12)
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT DISTINCT source FROM feedback").fetchall() == [("zendesk_tickets_2026-10-31",)]


def test_default_source_keeps_names_that_only_look_like_copies(tmp_path):
    from pathlib import Path

    assert default_source(Path("reviews_copy.csv")) == "reviews_copy"
    assert default_source(Path("(1).csv")) == "(1)"
    assert default_source(Path("survey (2) (1).xlsx")) == "survey"


def test_a_folder_with_an_unusable_file_stores_the_others_and_names_it(db_settings, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "exports"
    write(folder / "a_status.json", '{"status": "ok", "total": 3}')
    write(folder / "b_reviews.jsonl", '{"content": "Search is slow on old phones", "score": 2}\n'
                                      '{"content": "Love the new widget", "score": 5}\n')
    write(folder / "c_broken.json", '[{"text": "unterminated"')
    with pytest.raises(FilesFailed) as err:
        ingest_paths([folder], db_settings)
    report = err.value.report
    assert [f.file for f in report.files] == [str(folder / "b_reviews.jsonl")] and report.total("added") == 2
    assert [f["file"] for f in report.failed] == [str(folder / "a_status.json"), str(folder / "c_broken.json")]
    lines = str(err.value).splitlines()
    assert lines[0] == "2 file(s) could not be used (the other 1 were stored: added 2, duplicates 0, rejected 0):"
    assert "a_status.json" in lines[1] and "c_broken.json" in lines[2] and "not valid JSON" in lines[2]
    assert report.as_dict()["failed"] == report.failed
    assert sorted(t for t, _ in texts(db_settings)) == ["Love the new widget", "Search is slow on old phones"]

    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(db_settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    capsys.readouterr()
    assert run(["ingest", str(folder)]) == 1  # scripts notice; the good file adds nothing the second time
    out = capsys.readouterr()
    assert "the other 1 were stored: added 0, duplicates 2" in out.err
    assert "b_reviews.jsonl: read 2, added 0, duplicates 2" in out.out  # the stored file's own line is printed
    assert run(["ingest", str(folder), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)  # scripts still get the report
    assert data["duplicates"] == 2 and len(data["failed"]) == 2


def test_a_single_unusable_file_is_still_its_own_one_line_error(db_settings, tmp_path):
    with pytest.raises(UserError) as err:
        ingest_paths([write(tmp_path / "status.json", '{"status": "ok"}')], db_settings)
    assert not isinstance(err.value, FilesFailed) and "status.json" in str(err.value)
    assert "\n" not in str(err.value)
