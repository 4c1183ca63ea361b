"""Session 40, from a project-tool company's exports (an outside tester's): versions written after their product
line ("web 2026.10.1", "iOS 6.4.1") in Jira's "Affects Version/s" column."""

from __future__ import annotations

import re

import pytest

from assistant.chat import AskOptions, Chat
from assistant.chat.competitor_facts import ASKED as COMPETITORS_ASKED
from assistant.chat.router import route_question
from assistant.themes.impact import find_release, release_markers
from retrieval.db import Database
from retrieval.filters import Filters
from retrieval.ingest import ingest_paths
from retrieval.stats import feedback_stats
from tests.support.chat import code_only_answer, enterprise_rows, follow_up_answer, ingest_lines
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write


def _jira(tmp_path):
    lines = ["Summary,Issue key,Description,Created,Affects Version/s"]
    n = 0

    def add(count: int, month: int, text: str, version: str, first_day: int = 1):
        nonlocal n
        for i in range(count):
            n += 1
            lines.append(f"Ticket {n},TL-{n},{text} (case {n}),{month:02d}/{first_day + i % 25:02d}/2026 09:30 AM,"
                         f"{version}")

    add(8, 8, "Boards load slowly with many cards", "web 2026.8.1")
    add(6, 8, "Offline edits are lost on the phone", "iOS 6.3.0")
    add(8, 9, "Boards load slowly with many cards", "web 2026.9.1")
    add(6, 9, "Offline edits are lost on the phone", "iOS 6.4.1", first_day=5)
    add(8, 10, "Boards load slowly with many cards", "web 2026.10.1")
    add(14, 10, "The CSV export to Excel turns our dates into numbers", "web 2026.10.1")
    add(4, 11, "The CSV export to Excel turns our dates into numbers", "web 2026.10.1", first_day=2)
    add(12, 11, "Boards load slowly with many cards", "web 2026.11.2", first_day=8)
    add(6, 11, "Offline edits are lost on the phone", "iOS 6.4.1")
    return write(tmp_path / "jira_service_desk.csv", "\n".join(lines) + "\n")


def test_versions_written_after_their_product_line_are_releases(db_settings, tmp_path):
    """A project-tool tester's Jira "Affects Version/s" ("web 2026.10.1", "iOS 6.4.1") was no version column, and
    Intercom's "App version" with the same values was one no release question could read: "Which release broke the
    CSV export dates?" said no version is stored, "Did web 2026.11.2 fix it?" that no feedback comes from it. The
    number after a product line's name is the version, compared within its line."""
    report = ingest_paths([_jira(tmp_path)], db_settings)
    assert report.files[0].columns["version"] == "Affects Version/s"
    with Database(db_settings).connect() as conn:
        labels = [m["label"] for m in release_markers(conn, parts=3)]
        assert labels == ["web 2026.9.1", "iOS 6.4.1", "web 2026.10.1", "web 2026.11.2"], labels
        release = find_release(conn, Filters(), version="2026.11.2")
        assert release.label == "web 2026.11.2" and release.versions_after == ["web 2026.11.2"]
        assert release.versions_before == ["web 2026.8.1", "web 2026.9.1", "web 2026.10.1"]
    chat = Chat(db_settings, llm=FakeLLM(""))
    options = AskOptions(max_new_tokens=8, save=False)
    which = chat.ask("Which release broke the CSV export dates?", options=options)
    assert "Release web 2026.10.1" in which.text and "rose most clearly" in which.text, which.text
    fixed = chat.ask("Did web 2026.11.2 fix the CSV export dates?", options=options)
    assert "fewer after web 2026.11.2: Items about 'CSV export dates'" in fixed.text, fixed.text
    # a version named with its line (or with two dots) narrows a count, as "version 4.4.2" does
    against = chat.ask("How many tickets were filed against web 2026.10.1?", options=options)
    assert "26 feedback items in scope (version=web 2026.10.1)" in against.text, against.text
    on_line = chat.ask("How many tickets were filed against 2026.10.1?", options=options)
    assert "26 feedback items in scope (version=web 2026.10.1)" in on_line.text, on_line.text
    # a release named by its day ("the release on November 10") is that day, in the feedback's year
    for question in ("Did the release on November 8 fix the CSV export dates?",
                     "Did the Nov 8th update fix the CSV export dates?"):
        by_day = chat.ask(question, options=options)
        assert "Release 2026-11-08" in by_day.text and "Items about 'CSV export dates'" in by_day.text, by_day.text


REASONS = ["Too expensive"] * 10 + ["Switched to a competitor"] * 7 + ["Missing features"] * 5 + ["Other"] * 2
COMMENTS = {"Too expensive": "Budget cuts this quarter", "Switched to a competitor": "Moving the team to another tool",
            "Missing features": "We needed a Gantt chart", "Other": "Closing the company"}


def test_a_cancellation_reason_column_is_the_closed_question_why_they_cancel(db_settings, tmp_path):
    """A billing tool's cancellation export names its picklist "Cancellation Reason", not as a question: a
    project-tool tester's "Why do customers cancel?" got the 11 items that say they may leave, not the reasons."""
    lines = ["Customer Email,Plan,Cancellation Date,Cancellation Reason,Additional Comments"]
    lines += [f"c{i}@example.com,Team,2026-10-{1 + i % 28:02d},{r},{COMMENTS[r]} ({i})" for i, r in enumerate(REASONS)]
    # a reason chosen and the comment left empty is an answer too (6 of a tester's 45 were rejected: "text is empty")
    lines += [f"q{i}@example.com,Team,2026-11-{1 + i:02d},{r}," for i, r in enumerate(["Too expensive"] * 4
                                                                                      + ["Missing features"] * 2)]
    lines += ["e1@example.com,Team,2026-11-20,,"]  # nothing chosen, nothing said: rejected as before
    report = ingest_lines(db_settings, tmp_path / "profitwell_cancellations.csv", lines)
    f = report.files[0]
    assert (f.added, f.choices, f.scores, f.rejected) == (24, 6, 0, 1)
    assert feedback_stats(Database(db_settings))["choices_without_comment"] == 6
    text = code_only_answer(db_settings, "Why do customers cancel?").text
    assert "Answers to 'Cancellation Reason' (30 in scope answer it, 6 of them with no comment" in text, text
    assert "1. Too expensive: 14 (46.7%)" in text and "2. Missing features: 7 (23.3%)" in text, text
    # a reason given in a count is that option, over every respondent (all of them are leaving, whatever the
    # comment says), not the words 'because missing' among the items that say they may leave
    for question, n, silent in (("How many cancellations were because of missing features?", 5, 2),
                                ("How many customers cancelled because it's too expensive?", 10, 4)):
        counted = code_only_answer(db_settings, question).text
        assert f"{n + silent} answers in scope in all: these {n} and {silent}" in counted, counted


def test_jira_service_desk_requests_are_tickets(db_settings, tmp_path):
    """A project-tool tester's "How many tickets mention the Okta SSO login loop?" counted the Intercom
    conversations and left out the Jira Service Management requests."""
    ingest_lines(db_settings, tmp_path / "jira_service_desk.csv", [
        "Summary,Description,Created", "Okta loop,Okta SSO login loop again,2026-10-01",
        "Okta,The Okta SSO login loop blocks us,2026-10-02", "Export,CSV export breaks dates,2026-10-03"])
    ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", [
        "Body,Created", "Okta SSO login loop on every sign in,2026-10-04", "Love the boards,2026-10-05"])
    ingest_lines(db_settings, tmp_path / "g2_reviews.csv", [
        "Review,Date", "The Okta SSO login loop cost us a week,2026-10-06", "Clean interface,2026-10-07"])
    answer = code_only_answer(db_settings, "How many tickets mention the Okta SSO login loop?")
    assert "3 feedback items about 'Okta SSO login loop'" in answer.text, answer.text
    assert "scope: source intercom_conversations/jira_service_desk)" in answer.text, answer.text


def test_which_competitors_lists_the_names_said_beside_switching_or_comparing_words(db_settings, tmp_path):
    """Two testers' "Which competitors come up most?" were answered "No feedback items about 'competitors'" over
    items naming ClickUp, Asana and Monday.com (Twilio and MessageBird for the other). The names items mention
    beside switching or comparing words are listed; an integration (Slack), the product's plan ('Business') and a
    weekday are not."""
    texts = ["Moving to ClickUp, it's cheaper and has Gantt charts.", "Switching to ClickUp.",
             "We are seriously looking at ClickUp because it already has this.",
             "Our sister company uses Asana and never has this issue.", "Asana handles this much better.",
             "Asana is cheaper for small teams.",
             "We moved to Monday.com for the dashboards.", "We might go back to Monday.com.",
             "The Slack integration stopped posting task updates.", "Slack integration disconnects every few days.",
             "Please add a Slack integration for comments.", "The Business plan is cheaper than it looks.",
             "Recurring tasks every Monday would be better than copying them.", "Boards load slowly."]
    ingest_lines(db_settings, tmp_path / "intercom.csv",
                 ["Body,Created,Plan"] + [f'"{t}",2026-10-{1 + i:02d},Business' for i, t in enumerate(texts)])
    answer = code_only_answer(db_settings, "Which competitors come up most in feedback?")
    listed = re.findall(r"^\d\. (\S+): (\d+) item", answer.text, re.MULTILINE)
    assert listed == [("ClickUp", "3"), ("Asana", "3"), ("Monday.com", "2")], answer.text
    assert answer.citations and "Slack" not in answer.text.split("Evidence")[0]


def test_no_competitor_named_is_said(db_settings, tmp_path):
    """An integration named again and again ("QuickBooks sync") is no competitor: the answer says none is named."""
    ingest_lines(db_settings, tmp_path / "intercom.csv", [
        "Body,Created", "The QuickBooks sync duplicates invoices,2026-10-01", "QuickBooks sync failed again,2026-10-02",
        "Boards load slowly,2026-10-03"])
    answer = code_only_answer(db_settings, "Which competitors come up most?")
    assert answer.text.startswith("No competitor is named in this feedback"), answer.text


@pytest.mark.parametrize("question, asked", [
    ("Which competitors come up most in feedback?", True), ("Who are we losing customers to?", True),
    ("What are people switching to?", True), ("What alternatives do users mention?", True),
    ("Which competitor do customers mention most?", True),
    ("How much MRR did we lose to cancellations, by reason?", False), ("How many users moved to the new plan?", False),
    # a churn phrase counts or quotes those threats (the intents tests)
    ("How many customers threaten to cancel or switch to a competitor?", False),
    ("Who is thinking about switching to a competitor?", False)])
def test_competitor_questions(question, asked):
    assert bool(COMPETITORS_ASKED.search(question)) is asked


@pytest.mark.parametrize("question, kind, topic", [
    ("What are customers telling us?", "top", ""),
    ("What are customers telling us on sales calls?", "top", "sales calls"),
    ("What has Norquist Health Partners told us?", "lookup", "Norquist Health Partners")])
def test_what_customers_tell_us_is_what_they_say(question, kind, topic):
    """A project-tool tester's "What are customers telling us on sales calls?" searched for 'telling' ("not enough
    evidence"), and "What has Norquist Health Partners told us?" for 'told' within that company's items."""
    route = route_question(question)
    assert (route.kind, route.topic) == (kind, topic), route


def test_the_product_a_review_sites_questions_name_is_no_subject(db_settings, tmp_path):
    """G2's answers stand after its questions ("What do you like best about Taskloom?"): a project-tool tester's
    "What do people love about Taskloom?" searched for the word and quoted 1 item of the 96 that hold it. The
    product those questions name is the feedback as a whole, as a product named by the export files is."""
    likes = ["The interface is clean and simple", "Support answers within minutes", "Boards are easy to set up",
             "Great onboarding material", "Clean design, easy for new hires"]
    dislikes = ["Boards get slow with many cards", "Per-seat pricing adds up", "No Gantt chart",
                "Offline edits get lost", "Notifications arrive twice"]
    ingest_lines(db_settings, tmp_path / "g2_reviews.csv",
                 ["Review ID,What do you like best about Taskloom?,What do you dislike about Taskloom?,Star Rating,"
                  "Review Date"] + [f"R{i},{like},{dislike},4,2026-10-{1 + i:02d}"
                                    for i, (like, dislike) in enumerate(zip(likes, dislikes))])
    answer = code_only_answer(db_settings, "What do people love about Taskloom?")
    assert "'Taskloom'" not in answer.text and len(answer.citations) >= 3, answer.text


def test_a_follow_up_that_names_only_a_plan_narrows_the_count(db_settings, tmp_path):
    """A project-tool tester's "What about Enterprise?" after "How many complaints about slow boards?" and "And in
    November?" lost the plan: the word was searched for, and the next follow-up narrowed that search."""
    ingest_lines(db_settings, tmp_path / "intercom.csv", enterprise_rows(
        "Body,Created,Plan", "Boards load slowly with many cards", "Love the clean interface", "Team"))
    follow = follow_up_answer(db_settings, "How many complaints about slow boards?", "What about Enterprise?")
    numbers = {n.key: n.value for n in follow.numbers_used}
    assert follow.filters["where"] == {"plan": "Enterprise"} and numbers["matching_items"] == 4, follow.text


def test_a_scope_no_stored_theme_ranks_in_is_not_told_to_run_summarize(db_settings, tmp_path):
    """A project-tool tester's "And for Enterprise customers?" after the top requests was told "Theme statistics are
    not available yet: run `pma summarize`" over a stored summary: no theme ranked among that plan's few items."""
    from retrieval.db import Database as Db
    from tests.support.themes import store_themes

    lines = ["Body,Created,Plan"] + [f"Boards load slowly with many cards ({i}),2026-11-{1 + i:02d},Team"
                                     for i in range(6)] + ["Please add dark mode,2026-11-20,Enterprise"]
    ingest_lines(db_settings, tmp_path / "intercom.csv", lines)
    with Db(db_settings).connect() as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM feedback WHERE segment = 'Team'")]
        store_themes(conn, [("Slow boards", ["boards", "slow"], texts)])
    text = code_only_answer(db_settings, "What do Enterprise users complain about?").text
    assert "Theme statistics are not available" not in text and "No stored theme ranks in this scope" in text, text


@pytest.mark.parametrize("question, release, topic, direction", [
    ("Did the 2026.9.2 release cause the duplicate notification emails?", "version:2026.9.2",
     "duplicate notification emails", "worse"),
    ("Did 4.4 introduce the login bug?", "version:4.4", "login", "worse"),
    ("Did 4.4 fix the login bug?", "version:4.4", "login", "better")])
def test_did_a_release_cause_it_is_a_release_question(question, release, topic, direction):
    """A project-tool tester's "Did the 2026.9.2 release cause the duplicate notification emails?" was a search for
    the items; it compares before and after the release, as "Did it break ...?" does."""
    route = route_question(question)
    assert (route.kind, route.release, route.topic, route.question_direction) == ("impact", release, topic,
                                                                                  direction), route
