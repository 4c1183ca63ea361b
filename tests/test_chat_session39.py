"""Session 39, from a developer platform's questions (an outside tester's): who the feedback is from in other words
("What do developers love?"), a planning horizon ("next quarter"), a spike ("When did X spike?"), a release named with
its product ("Which Python SDK release broke X?", over an "SDK Version" column) and two months compared ("between
September and October")."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from assistant.chat import AskOptions, Chat
from assistant.chat.router import parse_period, route_question
from retrieval.db import Database
from retrieval.ingest import ingest_paths
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write


@pytest.mark.parametrize("question, kind, topic, focus", [
    ("What do developers love?", "top", "", "praise"),
    ("What do our engineers complain about?", "top", "", "issues"),
    ("What did drivers say about the new app?", "top", "", "all"),  # as "What did users say about ...?"
    ("What should we build next quarter?", "top", "", "requests"),
    ("What should we fix this sprint?", "top", "", "issues"),
    ("When did the India DLT blocking problem spike?", "change", "India DLT blocking", "all"),
    ("How did webhook complaints change between September and October?", "change", "webhook", "all"),
    # what the question asks of the answer's form is no subject (a grocery tester's)
    ("Are refund complaints increasing? Show the monthly numbers.", "change", "refund", "all"),
    ("How many feedback items do we have in total, and from which sources?", "count", "", "all"),
    ("Give me three customer quotes about webhook delays.", "lookup", "webhook delays", "all"),
])
def test_routes(question, kind, topic, focus):
    route = route_question(question)
    assert (route.kind, route.topic, route.focus) == (kind, topic, focus), route


def test_which_release_with_a_product_before_the_word():
    route = route_question("Which Python SDK release broke the async client?")
    assert route.kind == "impact" and route.release == "which" and "async" in route.topic


def test_two_months_named_are_compared_with_each_other():
    latest = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)
    for question in ("What changed between September and October?", "What changed from September to October?",
                     "October vs September?", "What changed between October and September?"):
        period = parse_period(question, latest)
        assert (period.start, period.end) == (datetime(2026, 10, 1, tzinfo=timezone.utc),
                                              datetime(2026, 11, 1, tzinfo=timezone.utc)), question
        before = period.previous()
        assert (before.start, before.end) == (datetime(2026, 9, 1, tzinfo=timezone.utc),
                                              datetime(2026, 10, 1, tzinfo=timezone.utc)), question


def _tickets(tmp_path):
    lines = ["Subject,Description,Created,SDK,SDK Version"]
    day = 0

    def add(n: int, month: int, text: str, sdk: str, version: str):
        nonlocal day
        for i in range(n):
            day += 1
            lines.append(f"T{day},{text} ({day}),2026-{month:02d}-{1 + i % 27:02d},{sdk},{version}")

    add(6, 6, "Docs for the Go SDK are great", "go", "2.7.0")
    add(8, 7, "Python client works well for bulk sends", "python", "4.1.0")
    add(8, 8, "Webhook retries are slow in the EU", "python", "4.1.0")
    add(10, 9, "The async client fails with event loop is closed", "python", "4.2.0")
    add(4, 9, "Webhook retries are slow in the EU", "go", "2.7.0")
    add(12, 10, "Webhook retries are slow in the EU", "php", "5.1.0")
    add(3, 10, "Upgraded, the async client works again", "python", "4.2.1")
    return write(tmp_path / "tickets.csv", "\n".join(lines) + "\n")


def test_which_release_and_two_months_over_an_sdk_version_column(db_settings, tmp_path):
    ingest_paths([_tickets(tmp_path)], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    options = AskOptions(max_new_tokens=8, save=False)
    which = chat.ask("Which Python SDK release broke the async client?", options=options)
    # (the "SDK Version" column is the version since session 53: "Release 4.2.0", no longer "Release SDK Version")
    assert "Release 4.2.0" in which.text and "rose most clearly" in which.text, which.text

    change = chat.ask("How did webhook complaints change between September and October?", options=options)
    with Database(db_settings).connect() as conn:
        months = dict(conn.execute("SELECT to_char(created_at, 'MM'), count(*) FROM feedback WHERE text ILIKE "
                                   "'%webhook%' GROUP BY 1").fetchall())
    assert f"{months['10']} items about 'webhook' in October 2026" in change.text, change.text
    assert f"versus {months['09']} in September 2026" in change.text, change.text


def test_switching_providers_is_leaving_and_no_subject():
    from assistant.chat.context import _leaving_named
    from retrieval.filters import Filters

    filters, rest = _leaving_named("How much ARR is at risk from customers who say they might switch providers?",
                                   Filters())
    assert filters.says == "leaving" and "providers" not in rest, rest
    route = route_question("What are the three biggest risks to our revenue right now?")
    assert route.kind == "customers" and route.topic == "", route


def test_which_themes_are_rising_reads_the_monthly_trends(db_settings, tmp_path):
    """A developer-platform tester's "Which themes are rising?" got the last 30 days against the 30 before: the theme
    rising every month for half a year showed 22 versus 10 among themes that had moved once. The themes report's
    monthly trends say which rise month after month, which fall, and which peaked and fell since."""
    from assistant.chat.aggregate import Facts, _monthly_movers
    from retrieval.filters import Filters
    from tests.support.themes import store_themes

    shapes = {"Webhooks late": [1, 2, 4, 8, 12, 16], "Billing questions": [5, 5, 5, 5, 5, 5],
              "SMS blocked in India": [1, 1, 20, 1, 1, 1], "Slow dashboard": [16, 12, 8, 4, 2, 1]}
    lines = ["Text,Date"]
    texts: dict[str, list[str]] = {}
    for label, counts in shapes.items():
        for month, n in enumerate(counts, start=6):
            for i in range(n):
                text = f"{label} again in case {month}-{i}"
                texts.setdefault(label, []).append(text)
                lines.append(f"{text},2026-{month:02d}-{1 + i % 27:02d}")
    ingest_lines(db_settings, tmp_path / "feedback.csv", lines)
    with Database(db_settings).connect() as conn:
        store_themes(conn, [(label, label.lower().split(), texts[label]) for label in shapes])
        said = " ".join(_monthly_movers(conn, Filters(), "all feedback", Facts()))
    assert "Rising month after month (all months in scope): 'Webhooks late' (1, 2, 4, 8, 12, 16 a month" in said, said
    assert "Falling month after month (all months in scope): 'Slow dashboard'" in said, said
    assert "'SMS blocked in India' (peaked in 2026-08: 1, 1, 20, 1, 1, 1 a month" in said, said
    assert "Billing questions" not in said
    answer = code_only_answer(db_settings, "Which themes are rising?")
    assert "Rising month after month (all months in scope): 'Webhooks late'" in answer.text, answer.text


def test_a_name_is_counted_as_written(db_settings, tmp_path):
    """"How many items mention Twilio?" counted 85 for 4 at a developer platform: every item about sending SMS is
    close in meaning to a rival's name. A one-word name is matched as written (and by the themes that name it)."""
    said = ["We are evaluating Twilio as a replacement", "Twilio delivered these in seconds",
            "Moving our OTP traffic to Twilio next month"]
    other = [f"SMS {what} to {where} are not delivered" for what in ("OTP codes", "login codes", "alerts", "receipts")
             for where in ("India", "Mexico", "Brazil")]
    other += ["Our SMS messages arrive late", "Text message delivery is slow", "OTP SMS never arrives",
              "SMS sending API returns errors", "Bulk SMS campaign failed halfway"]
    lines = ["Text,Date"] + [f"{t},2026-10-{1 + i % 27:02d}" for i, t in enumerate(said + other)]
    ingest_lines(db_settings, tmp_path / "feedback.csv", lines)
    answer = code_only_answer(db_settings, "How many items mention Twilio?")
    with Database(db_settings).connect() as conn:
        twilio = {i for (i,) in conn.execute("SELECT id FROM feedback WHERE text ILIKE '%twilio%'")}
    assert set(answer.matched_ids) == twilio, answer.text


def test_a_plan_named_after_the_product_is_a_plan(db_settings, tmp_path):
    """A grocery tester's "What do Basketly+ users complain about?" answered over all feedback: the product's name
    ("Basketly", the reviews' "App Name") was taken out of the question, leaving "+ users"."""
    lines = ["Review,Date,Rating,App Name,Plan"]
    lines += [f"Refund for Basketly+ never arrived ({i}),2026-10-{1 + i:02d},1,Basketly,Basketly+" for i in range(4)]
    lines += [f"Rider was late again ({i}),2026-10-{1 + i:02d},2,Basketly,Free" for i in range(4)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    answer = code_only_answer(db_settings, "What do Basketly+ users complain about?")
    assert answer.filters.get("where") == {"plan": "Basketly+"}, answer.filters


def test_a_fix_the_topic_shows_leads_when_its_theme_is_only_adjusted_out(db_settings, tmp_path):
    """A grocery tester's "Did 5.3.1 fix the checkout crash?" led with "No clear change ... p = 0.010 (q = 0.097)":
    the crash's theme test, adjusted across the 20 themes of the table, was not clear, while the one test of the
    items about the crash, the question asked, was ("fewer" on the next line). That one leads then."""
    from datetime import date, timedelta

    from tests.support.themes import store_themes

    start = date(2026, 9, 1)
    release = start + timedelta(days=20)
    rows, members = [], {}
    crash = [f"Checkout crash when I tap pay in case {i}" for i in range(6)]
    rows += [(t, start + timedelta(days=2 * i), "5.3.0") for i, t in enumerate(crash)]
    members["Checkout crash"] = crash
    for k in range(19):
        texts = [f"Topic{k} remark number {i}" for i in range(8)]
        members[f"Topic{k} remarks"] = texts
        rows += [(t, (start if i < 4 else release) + timedelta(days=i % 4 * 3), "5.3.0" if i < 4 else "5.3.1")
                 for i, t in enumerate(texts)]
    lines = ["Text,Date,App Version"] + [f"{t},{d.isoformat()},{v}" for t, d, v in rows]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    with Database(db_settings).connect() as conn:
        store_themes(conn, [(label, label.lower().split(), texts) for label, texts in members.items()])
    answer = code_only_answer(db_settings, "Did 5.3.1 fix the checkout crash?")
    lines = [line for line in answer.text.splitlines() if line.startswith("- ")]
    theme = next(line for line in lines if line.startswith("- Theme Checkout crash") or "theme Checkout crash" in line)
    assert "no clear change" in theme and "(q = " in theme, answer.text  # adjusted out across the 20 themes
    assert lines[1].startswith("- Yes, by this measure: fewer after 5.3.1: Items about 'checkout crash'"), answer.text
