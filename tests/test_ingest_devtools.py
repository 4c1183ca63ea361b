"""A developer platform's exports (an outside tester's, session 39): a Slack export folder (a folder per channel of
one JSON file per day, beside the workspace's channel and member lists) and GitHub's issues API JSON (pull requests
listed among the issues, thumbs-up reactions), and the chat naming them as sources ("in Slack", "GitHub issues")."""

from __future__ import annotations

import json

from assistant.chat import AskOptions, Chat
from retrieval.db import Database
from retrieval.ingest import ingest_paths
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write

SAID = {"sdk-help": ["The Python SDK 4.2.0 async client fails with event loop is closed",
                     "Webhook callbacks in the EU region arrive twelve minutes late",
                     "Docs for the Go SDK are excellent, saved us hours"],
        "feature-requests": ["Please build a Terraform provider for sender IDs and webhooks"]}


def _message(text: str, day: int, n: int, subtype: str | None = None) -> dict:
    message = {"type": "message", "user": f"U0{n}", "text": text, "ts": f"{1790000000 + day * 86400 + n}.000200",
               "user_profile": {"real_name": f"Dev {n}", "display_name": f"dev{n}"}}
    return {**message, "subtype": subtype} if subtype else message


def _slack_export(root):
    write(root / "channels.json", json.dumps([{"id": "C1", "name": "sdk-help", "created": 1650000000,
                                               "purpose": {"value": "Help with our SDKs"}},
                                              {"id": "C2", "name": "feature-requests", "created": 1650000000,
                                               "purpose": {"value": "Ideas and requests"}}]))
    write(root / "users.json", json.dumps([{"id": "U01", "name": "dev1", "profile": {"email": "dev1@example.com"}}]))
    n = 0
    for channel, texts in SAID.items():
        for day, text in enumerate(texts, start=1):
            n += 1
            write(root / channel / f"2026-10-{day:02d}.json", json.dumps([_message(text, day, n)]))
    # a day with only a join message: a channel event, not feedback, and no failure
    write(root / "sdk-help" / "2026-10-20.json",
          json.dumps([_message("<@U09> has joined the channel", 20, 9, subtype="channel_join")]))
    return root


def test_a_slack_export_is_read_by_channel_without_its_workspace_files(db_settings, tmp_path):
    """A tester's Slack export became 40 sources named after dates; its channel list was stored as two items dated
    2022 (the monthly trend then started in 2022 and hid a spike), its member list (everyone's e-mail) failed the
    ingest, and the join messages were stored as feedback."""
    report = ingest_paths([_slack_export(tmp_path / "slack_export")], db_settings)
    assert not report.failed and report.total("added") == sum(map(len, SAID.values()))
    assert report.total("rejected") == 0
    joined = [f for f in report.files if f.left_out]
    assert [f.left_out for f in joined] == [{"Slack channel event": 1}] and joined[0].read == 0
    assert not any(f.file.endswith(("channels.json", "users.json")) for f in report.files)
    with Database(db_settings).connect() as conn:
        by_source = dict(conn.execute("SELECT source, count(*) FROM feedback GROUP BY 1").fetchall())
        first = conn.execute("SELECT min(created_at) FROM feedback").fetchone()[0]
    assert by_source == {"slack #sdk-help": 3, "slack #feature-requests": 1}
    assert first.year == 2026

    ingest_paths([write(tmp_path / "tickets.csv", "Subject,Description,Created\nTerraform,Is a Terraform provider "
                                                  "planned?,2026-10-05\n")], db_settings)
    answer = code_only_answer(db_settings, "How many Slack messages mention the Terraform provider?")
    assert set(answer.filters["sources"]) == set(by_source), answer.filters


def test_a_slack_thread_reply_that_only_acknowledges_is_no_feedback(db_settings, tmp_path):
    """A rental tester's #host-feedback channel: account managers paste what hosts said, and the team answers in the
    thread ("Thanks, added to the ticket.", "Logged in Jira, thanks!", "+1, heard the same from two other hosts"):
    14 such replies were stored among 35 messages of feedback, and "Logged in Jira" joined a theme. A reply that
    says more is feedback like any message."""
    parent = _message("From Lagos Bay Houses (Pro): my payout for booking TS-DZZP9U is 7 days late again", 2, 1)

    def reply(text: str, n: int) -> dict:
        return {**_message(text, 2, n), "thread_ts": parent["ts"], "parent_user_id": "U01"}

    acks = ["Thanks, added to the ticket.", "Logged in Jira, thanks!", "+1, heard the same from two other hosts"]
    more = "+1, Casa Sol also says payouts arrive ten days late"
    root = tmp_path / "slack_export"
    write(root / "channels.json", json.dumps([{"id": "C1", "name": "host-feedback", "created": 1650000000}]))
    write(root / "host-feedback" / "2026-10-02.json",
          json.dumps([parent, *(reply(t, 2 + i) for i, t in enumerate(acks)), reply(more, 9)]))
    report = ingest_paths([root], db_settings)
    assert report.files[0].left_out == {"Slack thread acknowledgement": 3} and report.total("added") == 2
    with Database(db_settings).connect() as conn:
        stored = {r[0] for r in conn.execute("SELECT text FROM feedback").fetchall()}
    assert stored == {parent["text"], more}


def test_github_pull_requests_are_left_out_and_github_issues_are_a_source_kind(db_settings, tmp_path):
    """GitHub's issues API lists pull requests with the issues (a tester's dependency bump was stored as feedback);
    "How many GitHub issues mention async?" searched for the words "GitHub async" over 'sdk-python-issues'."""
    def issue(number: int, title: str, body: str, **more) -> dict:
        return {"id": 90 + number, "number": number, "title": title, "body": body, "created_at": f"2026-10-{number:02d}"
                "T09:00:00Z", "user": {"login": f"dev{number}", "id": 70 + number}, "reactions": {"+1": 0}, **more}

    issues = [issue(1, "AsyncClient broken in 4.2.0", "RuntimeError: event loop is closed with the async client"),
              issue(2, "Async send hangs", "await client.send() never returns since 4.2.0"),
              issue(3, "chore(deps): bump axios from 1.6 to 1.7", "Bumps axios.",
                    pull_request={"url": "https://api.github.com/repos/acme/sdk-python/pulls/3"})]
    report = ingest_paths([write(tmp_path / "sdk-python-issues.json", json.dumps(issues))], db_settings)
    assert report.files[0].left_out == {"pull request": 1} and report.total("added") == 2
    ingest_paths([write(tmp_path / "tickets.csv", "Subject,Description,Created\nAsync client,The async client "
                                                  "hangs on send,2026-10-05\n")], db_settings)
    with Database(db_settings).connect() as conn:
        assert not conn.execute("SELECT count(*) FROM feedback WHERE text ILIKE '%axios%'").fetchone()[0]
    answer = code_only_answer(db_settings, "How many GitHub issues mention async?")
    assert answer.filters["sources"] == ["sdk-python-issues"], answer.filters
    assert answer.matched_ids and len(answer.matched_ids) == 2, answer.text
    # no thumbs-up on them: no votes line ("0 votes" is nothing to report)
    assert "vote" not in answer.text
    # one repository of them by the part of its name the question gives ("the Go SDK")
    go = [issue(10 + i, f"Go client {what}", f"The Go client {what} on retries") for i, what in
          enumerate(["panics", "leaks goroutines", "ignores the timeout"])]
    ingest_paths([write(tmp_path / "sdk-go-issues.json", json.dumps(go))], db_settings)
    filed = code_only_answer(db_settings, "How many GitHub issues were filed against the Go SDK?")
    assert filed.filters["sources"] == ["sdk-go-issues"] and "3 feedback items in scope" in filed.text, filed.text


def test_a_group_no_item_of_the_scope_carries_is_a_word_of_the_subject(db_settings, tmp_path):
    """"How many tickets mention DLT registration for India?": the country was a review site's column and no ticket
    had one, so the answer was "no feedback matches the filters: source tickets, country=India" over tickets that
    say India. "from the APAC region" narrows to the region, not to items about the word "region"."""
    tickets = ["SMS to India blocked: DLT registration missing for our sender", "India OTPs fail with a DLT template "
               "mismatch", "DLT registration for India is confusing", "Webhook retries are slow"]
    write(tmp_path / "tickets.csv", "Subject,Description,Created,Region\n" + "".join(
        f"T{i},{text},2026-08-{i + 1:02d},{'APAC' if i % 2 else 'EMEA'}\n" for i, text in enumerate(tickets)))
    write(tmp_path / "reviews.csv", "Review,Date,Rating,Country\nGreat API,2026-08-03,5,India\n"
                                    "Docs are clear,2026-08-04,5,Germany\nSupport was slow,2026-08-05,2,India\n")
    ingest_paths([tmp_path / "tickets.csv", tmp_path / "reviews.csv"], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    options = AskOptions(max_new_tokens=8, save=False)
    answer = chat.ask("How many tickets mention DLT registration for India?", options=options)
    assert answer.filters["sources"] == ["tickets"] and not answer.filters.get("where"), answer.filters
    with Database(db_settings).connect() as conn:
        said = {i for (i,) in conn.execute("SELECT id FROM feedback WHERE source = 'tickets' AND text ILIKE '%india%'")}
    assert said <= set(answer.matched_ids), answer.text
    # a group some item of the scope carries stays a filter
    reviews = chat.ask("What do reviewers from India say?", options=options)
    assert "India" in str(reviews.filters.get("where")), reviews.filters

    region = chat.ask("How many tickets come from the APAC region?", options=options)
    assert "APAC" in str(region.filters.get("where")) and "'region'" not in region.text, region.text
    assert "2 feedback items" in region.text, region.text
    # "in the ... region" after a problem is where the problem is, not a filter that drops the sources without one
    where = chat.ask("How many complaints about webhook retries in the APAC region?", options=options)
    assert not where.filters.get("where"), where.filters


def test_users_on_a_version_of_a_column_named_for_versions(db_settings, tmp_path):
    """"What do users on version 4.2.0 say?" over tickets whose "SDK Version" holds it (no app version column): the
    answer was an abstention after a search for the word "version". The column is the version since session 53."""
    lines = ["Subject,Description,Created,SDK,SDK Version"]
    lines += [f"Async,The async client hangs after the upgrade ({i}),2026-09-{10 + i},python,4.2.0" for i in range(4)]
    lines += [f"Composer,Composer install fails ({i}),2026-09-{10 + i},php,5.1.0" for i in range(3)]
    ingest_lines(db_settings, tmp_path / "tickets.csv", lines)
    answer = code_only_answer(db_settings, "What do users on version 4.2.0 say?")
    assert answer.filters.get("where") == {"version": "4.2.0"}, answer.filters
    with Database(db_settings).connect() as conn:
        on_it = {i for (i,) in conn.execute("SELECT id FROM feedback WHERE app_version = '4.2.0'")}
    assert on_it and answer.citations and {c.id for c in answer.citations} <= on_it, answer.text
