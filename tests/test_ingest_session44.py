"""Session 44, from a shift-scheduling tester's exports: the team's "Thanks, logged it with the team." replies in a
Slack community's threads were stored as feedback (10 of them made a theme listed among what customers love)."""

from __future__ import annotations

import json

import pytest

from retrieval.loaders import _ACKNOWLEDGEMENT


@pytest.mark.parametrize("text", ["Thanks, logged it with the team.", "Passed this on to the dev team, thanks!",
                                  "Flagged to engineering.", "Shared with the product team, thanks"])
def test_a_reply_that_hands_it_to_the_team_only_acknowledges(text):
    assert _ACKNOWLEDGEMENT.match(text)


@pytest.mark.parametrize("text", ["Thanks, the team logged my request but nothing happened",
                                  "I shared it with the team and they laughed"])
def test_a_reply_that_says_more_is_feedback(text):
    assert not _ACKNOWLEDGEMENT.match(text)


def test_the_teams_replies_in_a_slack_community_are_left_out(db_settings, tmp_path):
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    def message(text: str, n: int, **more) -> dict:
        return {"type": "message", "user": f"U{n:02d}", "text": text, "ts": f"17900000{n:02d}.000100", **more}

    parent = message("Swap notifications arrive a day late on Android", 1)
    replies = [message("Thanks, logged it with the team.", 2 + i, thread_ts=parent["ts"], parent_user_id="U01")
               for i in range(3)]
    root = tmp_path / "slack_community"
    write(root / "channels.json", json.dumps([{"id": "C1", "name": "help", "created": 1650000000}]))
    write(root / "help" / "2026-10-02.json", json.dumps([parent, *replies]))
    report = ingest_paths([root], db_settings)
    assert report.files[0].left_out == {"Slack thread acknowledgement": 3} and report.total("added") == 1


def test_a_customer_file_among_the_exports_is_named_and_not_stored(db_settings, tmp_path):
    """A CRM's accounts file left in the export folder was read as 60 feedback items whose text was the contact's
    e-mail (every one redacted). It is now one clear error naming the file and `pma customers import`; the other
    files are stored."""
    from retrieval.errors import UserError
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    folder = tmp_path / "exports"
    write(folder / "hubspot_companies.csv", "Record ID,Company name,Primary contact email,Subscription tier,MRR\n"
          + "".join(f"{1000 + i},Cafe {i},owner{i}@cafe{i}.example,Pro,{80 + i}.00\n" for i in range(6)))
    write(folder / "reviews.csv", "Review,Rating,Date\n"
          + "".join(f"Swap alerts arrive late number {i},2,2026-10-{1 + i:02d}\n" for i in range(4)))
    with pytest.raises(UserError) as err:
        ingest_paths([folder], db_settings)
    said = str(err.value) + " " + (err.value.hint or "")
    assert "hubspot_companies.csv" in said and "pma customers import" in said, said
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 4


def test_a_customer_email_joins_before_a_customer_id(db_settings, tmp_path):
    """A Churnkey export names "Customer ID" and "Customer Email": the id was the author, so no cancellation joined
    the customer file's accounts ("Which accounts cancelled?": 0 of 30)."""
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from retrieval.ingest import ingest_paths
    from tests.support.chat import code_only_answer
    from tests.support.paths import write

    write(tmp_path / "churnkey_cancellations.csv", "Customer ID,Customer Email,Feedback,Canceled At\n" + "".join(
        f"cus_{i:04d},owner{i}@cafe{i}.example,Too expensive for our small team {i},2026-10-{1 + i:02d}\n"
        for i in range(5)))
    report = ingest_paths([tmp_path / "churnkey_cancellations.csv"], db_settings)
    assert report.files[0].columns["user"] == "Customer Email", report.files[0].columns
    write(tmp_path / "accounts.csv", "Company,Email,Plan,MRR\n" + "".join(
        f"Cafe {i},owner{i}@cafe{i}.example,Pro,{100 + i}\n" for i in range(5)))
    import_customers(Database(db_settings), tmp_path / "accounts.csv")
    text = code_only_answer(db_settings, "Which accounts cancelled?").text
    assert "5 wrote feedback in scope" in text, text
