"""`pma remove`: feedback loaded by mistake comes out (items, survey answers, search statistics, caches) and the
file can be loaded again; a wrong name removes nothing and says what is stored."""

from __future__ import annotations

import pytest

from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.ingest import ingest_paths
from retrieval.plans import plan_names
from retrieval.remove import remove_feedback
from retrieval.search import Searcher
from tests.support.paths import write

TICKETS = ("Ticket ID,Created,Plan,Description\n"  # the first repeats the survey's R1
           + "".join(f"T-{k},2026-10-{1 + k % 28:02d},enterprise,The invoice export to Xero "
                     + ("keeps failing\n" if k == 0 else f"fails again ({k})\n") for k in range(8)))
# a survey: 4 comments (one repeats a ticket in other words) and 3 scores without a comment
SURVEY = ("Response ID,Date,How likely are you to recommend us? (0-10),Plan,Comment\n"
          "R1,2026-10-02,3,Enterprise,The invoice export to Xero keeps failing\n"
          "R2,2026-10-03,9,Enterprise,Lovely dashboards and quick support\n"
          "R3,2026-10-04,10,Enterprise,\n"
          "R4,2026-10-05,8,Enterprise,Search finds old projects instantly\n"
          "R5,2026-10-06,2,Enterprise,\n"
          "R6,2026-10-07,6,Enterprise,Calendar view loads slowly on Mondays\n"
          "R7,2026-10-08,7,Enterprise,\n")


def _counts(db) -> tuple[int, int, int]:
    with db.connect() as conn:
        return conn.execute("SELECT (SELECT count(*) FROM feedback), (SELECT count(*) FROM scores), "
                            "(SELECT sum(docs) FROM search_stats)").fetchone()


@pytest.fixture
def loaded(db_settings, tmp_path):
    survey = write(tmp_path / "survey.csv", SURVEY)
    tickets = write(tmp_path / "exports" / "tickets.csv", TICKETS)
    ingest_paths([survey], db_settings)
    ingest_paths([tickets], db_settings)
    return db_settings, survey, tickets


def test_a_file_is_counted_then_removed_and_can_be_loaded_again(loaded):
    """A travel tester wiped its whole data directory twice to load one export again with `--map`."""
    settings, survey, tickets = loaded
    db = Database(settings)
    assert _counts(db) == (12, 3, 12)
    with db.connect() as conn:
        plans = plan_names(conn)  # "Enterprise" and "enterprise" are one plan; cached until the items change
        linked, to_survey = conn.execute(
            "SELECT count(f.duplicate_of), count(*) FILTER (WHERE d.source = 'survey') "
            "FROM feedback f LEFT JOIN feedback d ON d.id = f.duplicate_of").fetchone()
    assert plans == {"enterprise": "Enterprise"} and to_survey >= 1  # tickets repeat the survey's R1

    preview = remove_feedback(db, files=[str(survey)])
    assert (preview.items, preview.answers, preview.removed) == (4, 3, False)
    assert [r["file"] for r in preview.runs] == [str(survey)]
    assert _counts(db) == (12, 3, 12)  # counting removes nothing

    done = remove_feedback(db, files=["survey.csv"], apply=True)  # by its file name
    assert (done.items, done.answers, done.removed) == (4, 3, True)
    assert _counts(db) == (8, 0, 8)
    with db.connect() as conn:
        assert plan_names(conn) == {}  # read again, though the newest item is the same (the file was the first)
        # a ticket that repeated a removed item is an item of its own
        assert conn.execute("SELECT count(duplicate_of) FROM feedback").fetchone()[0] == linked - to_survey
        assert conn.execute("SELECT status FROM ingest_runs ORDER BY id").fetchall() == [("removed",), ("done",)]
    hits = Searcher(settings).search("lovely dashboards quick support", k=5, mode="lexical")
    assert all("dashboards" not in h.text for h in hits)

    again = ingest_paths([survey], settings)
    assert (again.total("added"), again.total("scores")) == (4, 3), again.files
    assert _counts(db) == (12, 3, 12)


def test_a_source_or_a_run_is_removed(loaded):
    settings, survey, tickets = loaded
    db = Database(settings)
    with db.connect() as conn:
        runs = dict(conn.execute("SELECT file, id FROM ingest_runs"))
        source = conn.execute("SELECT DISTINCT source FROM feedback WHERE ingest_run = %s",
                              (runs[str(tickets)],)).fetchone()[0]
    assert remove_feedback(db, sources=[source], apply=True).items == 8
    with db.connect() as conn:  # its run holds nothing now
        assert conn.execute("SELECT status FROM ingest_runs WHERE id = %s", (runs[str(tickets)],)).fetchone()[0] \
            == "removed"
    assert remove_feedback(db, runs=[runs[str(survey)]], apply=True).answers == 3
    assert _counts(db) == (0, 0, 0)


@pytest.mark.parametrize("kwargs, message", [
    ({}, r"Name what to remove.*Ingested files \(run, path, items\): run \d+ .*survey.csv \(7\), run \d+ .*tickets.csv "
         r"\(8\)"),
    ({"files": ["nothere.csv"]}, r"nothere.csv: no ingested file has this path or name.*tickets.csv \(8\)"),
    ({"runs": [999]}, r"No ingest run 999 holds feedback"),
    ({"sources": ["Zendesk"]}, r"No stored feedback has source 'Zendesk'.*Stored sources: "),
])
def test_a_wrong_name_removes_nothing_and_lists_what_is_stored(loaded, kwargs, message):
    settings, _, _ = loaded
    db = Database(settings)
    with pytest.raises(UserError, match=message):
        remove_feedback(db, apply=True, **kwargs)
    assert _counts(db) == (12, 3, 12)


def test_two_ingested_files_of_one_name_are_told_apart_by_path(loaded, tmp_path):
    settings, _, tickets = loaded
    other = write(tmp_path / "march" / "tickets.csv", TICKETS.replace("Xero", "QuickBooks"))
    ingest_paths([other], settings)
    db = Database(settings)
    with pytest.raises(UserError, match="several ingested files have this name"):
        remove_feedback(db, files=["tickets.csv"])
    assert remove_feedback(db, files=[str(other)], apply=True).items == 8
    assert _counts(db) == (12, 3, 12)


def test_the_command_asks_first_then_removes(loaded, monkeypatch, capsys):
    from ui.cli import run

    settings, survey, tickets = loaded
    monkeypatch.setenv("PMA_HOME", str(settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", settings.retrieval.database_url.get_secret_value())
    assert run(["remove", str(survey)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Would remove 4 feedback items and 3 survey answers without a comment: ") \
        and "Nothing is removed until you add --yes." in out
    assert run(["remove", "--source", "Intercom"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No stored feedback has source 'Intercom'" in err[0]
    assert run(["remove", str(survey), "--yes"]) == 0
    assert capsys.readouterr().out.startswith("Removed 4 feedback items and 3 survey answers without a comment: ")
    assert _counts(Database(settings)) == (8, 0, 8)
    assert run(["remove"]) == 0  # alone: the files that hold feedback
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].startswith("run ") and listed[0].endswith(" 8 items  " + str(tickets))


def test_the_feedback_tab_removes_an_uploaded_file_after_the_box_is_ticked(db_settings, tmp_path):
    from ui.handlers import Services
    from ui.handlers import feedback as feedback_h

    services = Services(db_settings)
    feedback_h.ingest_uploads(services, [write(tmp_path / "tickets.csv", TICKETS)])
    feedback_h.ingest_uploads(services, [write(tmp_path / "Survey export.csv", SURVEY)])
    choices = feedback_h.stored_files(services)
    assert [label.split(" · ")[:2] for label, _ in choices] == [["Survey_export.csv", "7 items"],
                                                                ["tickets.csv", "8 items"]]  # newest first
    run = choices[0][1]
    assert feedback_h.remove_file(services, run, confirmed=False) == (
        "Removing `Survey_export.csv` takes 4 feedback items and 3 survey answers without a comment. Tick the box to "
        "remove them.")
    assert _counts(services.db) == (12, 3, 12)
    assert feedback_h.remove_file(services, run, confirmed=True).startswith(
        "**Removed `Survey_export.csv`:** 4 feedback items and 3 survey answers without a comment.")
    assert [label.split(" · ")[0] for label, _ in feedback_h.stored_files(services)] == ["tickets.csv"]
    assert feedback_h.overview(services).startswith("8 feedback items (")
    for nothing in (None, "", "tickets.csv"):  # a name typed in the list's box is no choice
        with pytest.raises(UserError, match="Choose an ingested file"):
            feedback_h.remove_file(services, nothing, confirmed=True)
