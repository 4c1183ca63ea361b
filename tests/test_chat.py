"""Grounded chat (`pma ask`): citations checked, routing to SQL, not-enough-evidence, conversations stored, streaming,
fallbacks, and the CLI. Real PostgreSQL and embedder; the bundled SmolLM2 in the tests marked slow. Where a test
needs a model that misbehaves on purpose (garbage, uncited claims, invented numbers) a scripted stand-in plays the
*external* model; everything else is the project's real code.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import date, timedelta

import pytest

from assistant.chat import AskOptions, Chat
from assistant.chat.citations import CitationFilter, check_citations
from assistant.chat.grounding import OutputGuard, check_text
from assistant.safety.output import allowed_numbers
from assistant.chat.router import parse_period, route_question
from tests.support.chat import CHAT_LLM, bundled_llm, feedback_csv, feedback_rows
from tests.support.database import fresh_database
from tests.support.fake_llm import FakeLLM
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.ingest import ingest_paths
from tests.support.paths import write
from ui.cli import run

FAST = AskOptions(max_new_tokens=32)


@pytest.fixture(scope="module")
def chat_settings(pg_server, tmp_path_factory, models_cache):
    home = tmp_path_factory.mktemp("chat")
    settings = fresh_database(pg_server, "m_chat_module", home / "pma", models_cache, llm=CHAT_LLM)
    ingest_paths([feedback_csv(home / "feedback.csv")], settings)
    return settings


def cite_first(messages) -> str:
    """A well-behaved model: cites the first item in its context, plus one id it made up."""
    ids = re.findall(r'<feedback id="F(\d+)"', messages[-1]["content"])
    return f"Users say downloads get stuck [F{ids[0]}] and fail on mobile data [F999999]."


# ---- pure parts ------------------------------------------------------------------------------------------------
def test_citations_are_normalised_kept_or_dropped_and_counted():
    c = check_citations("Maps fail [F12, F999] (F3) 【F4】 [f12; F5] [F7 and F12].", {12, 3, 4, 7})
    assert c.text == "Maps fail [F12] [F3] [F4] [F12] [F7][F12]."
    assert c.kept == [12, 3, 4, 7] and c.dropped == ["F999", "F5"] and c.total == 8


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_streamed_citation_check_equals_the_whole_text_check(size):
    text = "Maps fail [F12] and [F9,F12] too (F99). Done (see notes) [F1"
    f = CitationFilter({12})
    out = "".join(f.feed(text[i:i + size]) for i in range(0, len(text), size)) + f.finish()
    assert out == check_citations(text, {12}).text
    assert f.dropped == ["F9", "F99"] and f.kept == [12]


def test_guard_stops_on_repetition_and_drops_invented_numbers():
    allowed = allowed_numbers(["took my phone from 100% to 15%"], [7])
    text = ("Battery drains fast [F1]. There are 42 angry users. It went from 100% to 15%. "
            "Battery drains fast [F1]. More text that should never be generated.")
    res = check_text(text, allowed_ids={1}, allowed_numbers=allowed)
    assert res.usable and res.text == "Battery drains fast [F1]. It went from 100% to 15%."
    assert "There are 42 angry users." in res.removed_sentences


def test_guard_holds_back_a_planted_payload_and_blocks_it():
    guard = OutputGuard({1}, ["PWNED"], allowed_numbers=set())
    shown = [guard.feed(p) for p in ["The maps ", "are broken. P", "WN", "ED"]]
    assert "".join(shown) == "The maps are broken. " and guard.done
    guard.finish()
    res = guard.result()
    assert res.blocked == "PWNED" and not res.usable and res.revised


@pytest.mark.parametrize("question,kind,topic", [
    ("How many users complain about battery drain?", "count", "battery drain"),
    ("What share of reviews mention dark mode?", "count", "dark mode"),
    ("What are the top issues?", "top", ""),
    ("Top complaints about billing", "top", "billing"),
    ("What changed since 2026-10-01?", "change", ""),
    # what is new, in a tester's words: the topic was "appeared" / "came" (0 items about 'appeared')
    ("What new problems appeared in December?", "change", ""),
    ("Which issues came up last month?", "change", ""),
    ("What problems started in November?", "change", ""),
    ("Have login complaints popped up lately?", "change", "login"),
    ("Is SSO login getting worse?", "change", "SSO login"),
    ("Did crashes increase since version 4.2?", "change", "crashes"),
    ("Why do offline maps fail to download?", "lookup", None),
    ("What do people say about dark mode?", "lookup", None),
    ("有多少用户抱怨电池？", "count", "电池"),
    # "that" frames the claim (a tester's count searched 'that publishing schedule slow')
    ("How many users complain that publishing the schedule is slow?", "count", "publishing schedule slow"),
    # a thermostat tester's: a hyphenated word before the verb, and when a complaint began (the months show it)
    ("Are Wi-Fi pairing problems decreasing?", "change", "Wi Fi pairing"),
    ("When did the complaints about the Plus price start?", "change", "Plus price"),
    # an invoicing tester's: "distinct" counts people, it names no topic; seven words between the verb and its
    # subject's end
    ("Are complaints about invoice emails landing in spam decreasing?", "change", "invoice emails landing spam"),
    ("How many distinct customers reported the bank feed issue?", "count", "bank feed"),
    ("How many reminders feature requests are there and how many votes do they have?", "count", "reminders"),
    ("Which accounts with the highest ARR reported problems?", "customers", ""),
    ("When did the app start crashing?", "change", "app crashing"),
    ("When did battery drain first come up?", "change", "battery drain"),
    ("What should we prioritise for the next sprint?", "top", ""),
    # ... for whom (an invoicing tester's abstained within plan=Growth); a place in the product is still a subject
    ("What should we prioritise for the next sprint for Growth customers?", "top", ""),
    ("What should we fix first for the Pro plan?", "top", ""),
    ("What should we fix in the login flow?", "lookup", None),
    # an invoicing tester's "which release introduced ..." got quotes and no version
    ("Which release introduced the receipt scanner crash?", "impact", "receipt scanner crash"),
])
def test_router(question, kind, topic):
    route = route_question(question)
    assert route.kind == kind
    if topic is not None:
        assert route.topic == topic


@pytest.mark.parametrize("question,expected", [
    # what kind of feedback a count is about
    ("How many users complain about battery drain?", {"kind": "count", "topic": "battery drain", "focus": "issues"}),
    ("How many users like the widget?", {"kind": "count", "topic": "widget", "focus": "praise"}),
    ("How many people would like a dark mode?", {"kind": "count", "topic": "dark mode", "focus": "requests"}),
    ("How many users mention ads?", {"kind": "count", "topic": "ads", "focus": "all"}),
    # ratings named in words
    ("Why do people give 1 star?", {"kind": "top", "topic": "", "focus": "issues", "ratings": (1, 1)}),
    ("What do 1-star reviews say about sync?", {"kind": "lookup", "topic": "sync", "ratings": (1, 1)}),
    ("What do users say in one or two star reviews?", {"kind": "top", "focus": "issues", "ratings": (1, 2)}),
    ("How many 5 star reviews mention ads?", {"kind": "count", "topic": "ads", "ratings": (5, 5)}),
    ("Why the low ratings?", {"kind": "top", "focus": "issues", "ratings": (None, 2)}),
    ("What do positive reviews praise?", {"kind": "top", "focus": "praise", "ratings": (4, None)}),
    # four-part versions (Android, Google Play's "App Version Name") are releases too, not cut to three parts
    ("Did 4.1.0.2 fix the crashes?", {"kind": "impact", "topic": "crashes", "release": "version:4.1.0.2"}),
    ("Did crashes go down after 5.2.1?", {"kind": "impact", "topic": "crashes", "release": "version:5.2.1",
                                          "question_direction": "better"}),  # a tester: searched "crashes go after"
    ("Did the 4.4 release reduce crashes?", {"kind": "impact", "topic": "crashes", "release": "version:4.4"}),
    ("How many complaints since 4.1.0.2?", {"kind": "count", "since_version": "4.1.0.2"}),
    # NPS groups (scores out of 10 are stored in NPS bands)
    ("What do detractors say about pricing?", {"kind": "lookup", "topic": "pricing", "ratings": (None, 2)}),
    ("Why do detractors give low scores?", {"kind": "top", "topic": "", "ratings": (None, 2)}),  # a tester: "low scores"
    ("Why do promoters love us?", {"ratings": (4, None)}),
    ("What do NPS passives say about sync?", {"kind": "lookup", "topic": "sync", "ratings": (3, 3.5)}),
    ("What do users say about the widget?", {"kind": "lookup", "topic": "widget", "focus": "all", "ratings": None}),
    # what users want, or a period, with no subject of its own: the largest themes
    ("What do users want added?", {"kind": "top", "topic": "", "focus": "requests"}),
    ("What do customers want us to improve?", {"kind": "top", "topic": "", "focus": "requests"}),  # a tester: 1 item
    # problems in general, the product by its name: a tester's searched for "Pantry" and quoted one planted item
    ("Does Pantry have any problems?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("Are there any problems?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What problems do people have?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("Does checkout have any problems?", {"kind": "lookup", "topic": "checkout"}),
    ("Are there delivery problems?", {"kind": "lookup", "topic": "delivery"}),
    ("What features do customers ask for?", {"kind": "top", "topic": "", "focus": "requests"}),
    ("What would players like to see?", {"kind": "top", "topic": "", "focus": "requests"}),
    ("What do users want fixed?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What do users like most?", {"kind": "top", "topic": "", "focus": "praise"}),
    ("What do users want in the widget?", {"kind": "lookup", "topic": "widget"}),
    ("What did people say last week?", {"kind": "top", "topic": "", "focus": "all"}),
    # a tester's ranked 'Great app' (5% negative) second: the month's problem items, not all its items
    ("What did people complain about in August?", {"kind": "top", "topic": "", "focus": "issues"}),
    # about the feedback as a whole, in a PM's words: what it says most of that kind, not a search for "frustrates"
    ("What do people complain about?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What frustrates users?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What annoys participants?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What's wrong with the app?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What do respondents enjoy?", {"kind": "top", "topic": "", "focus": "praise"}),
    ("What do the reviews say?", {"kind": "top", "topic": "", "focus": "all"}),
    ("What frustrates users about sync?", {"kind": "lookup"}),
    ("What do users hate about the new pricing?", {"kind": "lookup", "topic": "pricing"}),
    ("Why?", {"kind": "lookup"}),
    ("What do users say about feature requests?", {"kind": "lookup"}),  # a kind of feedback as the subject
    ("How many users like the painting tools?", {"kind": "count", "focus": "praise"}),
    # a tester's "No feedback items about 'unhappy price'" over 110 pricing complaints
    ("How many people are unhappy with the price?", {"kind": "count", "focus": "issues", "topic": "price"}),
    ("How many customers are frustrated by the sync?", {"kind": "count", "focus": "issues", "topic": "sync"}),
    # a B2B tester's: "trouble" and "how much we charge" ('No feedback items about 'charge'' over 110 such items)
    ("How many customers have trouble logging in?", {"kind": "count", "focus": "issues", "topic": "logging"}),
    ("Are people unhappy about how much we charge?", {"kind": "count", "focus": "issues", "topic": "price"}),
    ("Are people unhappy about the price?", {"kind": "lookup", "topic": "price"}),  # "about 'unhappy price'"
    # an e-bike tester's counts were about 'riders battery range' and 'can app connect bike'
    ("How many riders complain about battery range?", {"kind": "count", "topic": "battery range"}),
    ("How many customers can't get the app to connect to their bike?", {"kind": "count", "topic": "app connect bike"}),
    ("How many say the battery doesn't hold a charge?", {"kind": "count", "topic": "battery hold charge"}),
    ("How many staff complaints are there?", {"kind": "count", "topic": "staff"}),  # the staff is the subject
    ("How many complaints about delivery drivers?", {"kind": "count", "topic": "delivery drivers"}),
    ("Which source has the lowest average rating?", {"kind": "count", "breakdown": "source",
                                                     "breakdown_order": "worst"}),  # abstained
    ("Which bike model has the lowest NPS?", {"kind": "nps", "breakdown": "bike model"}),  # the overall NPS
    ("Which bike model has the most complaints about the motor cutting out?",
     {"kind": "count", "breakdown": "bike model", "topic": "motor cutting out"}),
    ("the service", {"kind": "lookup", "topic": "service"}),  # a restaurant's service is a subject
    ("Any feedback since October?", {"kind": "top", "topic": ""}),
    # counts split by a column
    ("Which platform has more crashes, iOS or Android?", {"kind": "count", "topic": "crashes", "breakdown": "platform"}),
    ("How many crashes by platform?", {"kind": "count", "topic": "crashes", "breakdown": "platform"}),
    ("Which plan complains most about sync?", {"kind": "count", "topic": "sync", "focus": "issues", "breakdown": "plan"}),
    # "plan tier" is the plan (a tester's question was a search for the words 'plan tier')
    ("Which plan tier complains most about sync?", {"kind": "count", "topic": "sync", "breakdown": "plan"}),
    ("How many complaints by customer tier?", {"kind": "count", "breakdown": "tier"}),
    ("How many complaints per app version?", {"kind": "count", "topic": "", "focus": "issues",
                                              "breakdown": "app version"}),
    ("Average rating by platform?", {"kind": "count", "topic": "", "breakdown": "platform"}),
    ("What is the mean score per plan?", {"kind": "count", "topic": "", "breakdown": "plan"}),
    # what to work on: the largest themes of problems, of requests for "build"
    ("What should we fix first?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What should the team prioritize this quarter?", {"kind": "top", "topic": "", "focus": "issues"}),
    ("What should we build next?", {"kind": "top", "topic": "", "focus": "requests"}),
    ("What are our top priorities?", {"kind": "top", "topic": "", "focus": "issues"}),
    # a sentiment is no subject (it counted items about "negative"): the sentiment shares and the ratings (session
    # 45: a neobank tester's "What percentage of feedback is negative?" got the complaints, requests among them)
    ("What percentage of reviews are negative?", {"kind": "rating", "topic": "", "focus": "sentiment"}),
    ("How many reviews are positive?", {"kind": "count", "topic": "", "focus": "praise"}),
    ("Which app has the worst reviews?", {"kind": "count", "topic": "", "breakdown": "app",
                                          "breakdown_order": "worst"}),
    ("What's the trend in crash complaints?", {"kind": "change", "topic": "crash"}),  # not "s crash"
    # how many themes a top question asks for; its number is no topic ('3 bugs' was searched for)
    ("What are the top 3 bugs this month?", {"kind": "top", "topic": "", "focus": "bugs", "limit": 3}),
    ("Show me the top five feature requests", {"kind": "top", "topic": "", "focus": "requests", "limit": 5}),
    ("What are the top 100 requests?", {"kind": "top", "topic": "", "focus": "requests", "limit": 20}),
    ("What are the 3 biggest problems with sync?", {"kind": "top", "topic": "sync", "focus": "issues", "limit": 3}),
    ("Which feature requests come up most often?", {"kind": "top", "topic": "", "focus": "requests"}),  # abstained
    ("Who are our unhappiest customers?", {"kind": "top", "topic": "", "focus": "issues"}),  # abstained
    # the mood of the feedback over time is the whole scope's trend, not a search for the word 'sentiment'
    ("Is sentiment improving?", {"kind": "change", "topic": ""}),
    # the items' own nouns frame the question: a tester's count was about 'answers recipes' (0 with both words)
    ("How many survey answers mention recipes?", {"kind": "count", "topic": "recipes"}),
    ("How many conversations mention refunds?", {"kind": "count", "topic": "refunds"}),
    ("How are ratings trending?", {"kind": "change", "topic": ""}),
    ("Is the sync getting better?", {"kind": "change", "topic": "sync"}),
    # a tester's "grown since July" was a search for 'payroll export grown'; "risen" a lookup
    ("Has the payroll export problem grown since July?", {"kind": "change", "topic": "payroll export"}),
    ("Have payroll complaints risen?", {"kind": "change", "topic": "payroll"}),
    # how a release went is its before/after (they were searches for 'leadership release', 'received', 'release go')
    ("What should I tell leadership about this release?", {"kind": "impact", "topic": "", "release": "latest"}),
    ("How was the last update received?", {"kind": "impact", "topic": "", "release": "latest"}),
    ("How did the 4.4 release go?", {"kind": "impact", "topic": "", "release": "version:4.4"}),
    ("What do users on version 4.4.2 say?", {"kind": "lookup"}),  # the version users are on scopes the question
    ("What's the average rating this month vs last month?", {"kind": "change", "topic": ""}),  # it abstained
    # a tester's: answered from 2 items that matched the words, missing the 42 requests of the Strava theme
    ("What features are users asking for?", {"kind": "top", "topic": "", "focus": "requests"}),
    ("Which features do customers request most?", {"kind": "top", "topic": "", "focus": "requests"}),
    ("What improvements are people asking for?", {"kind": "top", "topic": "", "focus": "requests"}),
    # "refund requests" are the topic, not feature requests ("5 of them are requests ... feature requests")
    ("How many refund requests did we get in November?", {"kind": "count", "topic": "refund", "focus": "all"}),
    ("How many support requests mention billing?", {"kind": "count", "focus": "all"}),
    ("How many feature requests mention billing?", {"kind": "count", "focus": "requests"}),
])
def test_how_pm_questions_are_routed(question, expected):
    route = route_question(question)
    assert {key: getattr(route, key) for key in expected} == expected


def test_a_period_split_inside_the_question_is_a_split():
    """A tester's "How many complaints per month about accounts not updating?" got one total: only a split at the end
    of the question was read. "pay per month" stays a price."""
    for question, topic, period in [
            ("How many complaints per month about accounts not updating?", "accounts not updating", "month"),
            ("How many complaints each week about sync?", "sync", "week")]:
        route = route_question(question)
        assert (route.kind, route.topic, route.breakdown) == ("count", topic, period), route
    assert route_question("How many users pay per month for premium?").breakdown is None


def test_which_problems_grow_fastest_asks_about_every_theme():
    """A tester's "Which problems are growing fastest?" searched for the word "fastest" and found nothing."""
    for question in ("Which problems are growing fastest?", "Which issues are rising most rapidly?"):
        assert (route_question(question).kind, route_question(question).topic) == ("change", ""), question
    assert route_question("How many users say the app is fast?").topic == "app fast"


def test_follow_up_narrows_the_previous_subject():
    assert route_question("How many of them are on Android?", "How many users mention billing?").topic == "billing Android"
    # a window or rating alone in a follow-up narrows the earlier subject instead of asking for the largest themes
    assert route_question("And last week?", "What do users say about sync?").kind == "lookup"
    assert route_question("And in 1-star reviews?", "What do users say about sync?").kind == "lookup"


def test_a_follow_up_that_only_narrows_a_count_is_counted(db_settings, tmp_path):
    """A tester's "And on Android?" after "How many people mention heart rate sync problems?" (80) answered "18 items
    match this question": a lookup of the items retrieved, not the 80 counted. Counted here from the file."""
    rows = ([("Heart rate sync fails after the update", "android")] * 5
            + [("Heart rate does not sync to the app", "ios")] * 4
            + [("Video classes buffer forever", "android")] * 3 + [("Love the yoga coaches", "ios")] * 3)
    ingest_paths([write(tmp_path / "t.csv", "text,platform\n" + "".join(f"{t} {i},{p}\n" for i, (t, p) in enumerate(rows)))],
                 db_settings)
    assert route_question("And last month?", "How many people mention heart rate sync?").kind == "count"
    assert route_question("And what do they say?", "How many people mention heart rate sync?").kind == "lookup"
    # "And for Enterprise customers only?" (the plan taken out as a filter first): a tester's trend became a lookup
    assert route_question("And for customers only?", "Is the bank feed sync problem getting worse?").kind == "change"
    chat = Chat(db_settings, llm=FakeLLM(""))
    first = chat.ask("How many people mention heart rate sync?", options=AskOptions(max_new_tokens=8))
    follow = chat.ask("And on Android?", conversation_id=first.conversation_id, options=AskOptions(max_new_tokens=8))
    numbers = {n.key: n.value for n in follow.numbers_used}
    assert follow.route == "count" and follow.filters["where"] == {"platform": "android"}
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:
        android = conn.execute("SELECT count(*) FROM feedback WHERE id = ANY(%s) AND metadata ->> 'platform' = "
                               "'android'", (first.matched_ids,)).fetchone()[0]
    assert numbers["matching_items"] == android == 5


def test_a_platform_named_counts_every_export_that_holds_it_under_its_own_key(db_settings, tmp_path):
    """A tester's "What about on Android?" counted the Intercom conversations (custom_attributes.platform) and none
    of the app reviews (a platform column): 5 of 17. Every key that holds the platform for some export counts."""
    reviews = [(f"The price went up again {i}", p) for i, p in enumerate(["Android"] * 4 + ["iOS"] * 3)]
    conversations = [{"id": str(i), "created_at": 1791900000 + i, "custom_attributes": {"platform": p},
                      "source": {"body": f"Why did my price go up {i}", "author": {"type": "user"}}}
                     for i, p in enumerate(["Android"] * 2 + ["iOS"] * 5)]
    ingest_paths([write(tmp_path / "reviews.csv", "text,platform\n" + "".join(f"{t},{p}\n" for t, p in reviews)),
                  write(tmp_path / "intercom.json", json.dumps({"conversations": conversations}))], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    first = chat.ask("How many users mention the price?", options=AskOptions(max_new_tokens=8))
    android = chat.ask("What about on Android?", conversation_id=first.conversation_id,
                       options=AskOptions(max_new_tokens=8))
    assert android.route == "count" and android.filters["where"] == {"custom_attributes.platform|platform": "Android"}
    assert {n.key: n.value for n in android.numbers_used}["matching_items"] == 6
    ios = chat.ask("Same for iOS?", conversation_id=first.conversation_id, options=AskOptions(max_new_tokens=8))
    assert ios.filters["where"] == {"custom_attributes.platform|platform": "iOS"}, ios.filters  # not both platforms
    assert {n.key: n.value for n in ios.numbers_used}["matching_items"] == 8
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:  # --where takes the same "a|b" keys
        where, params = Filters.from_cli(where=["platform|custom_attributes.platform=android"]).sql(conn)
        assert conn.execute(f"SELECT count(*) FROM feedback f WHERE {where}", params).fetchone()[0] == 6
        with pytest.raises(UserError, match="no key named"):
            Filters.from_cli(where=["|=android"]).sql(conn)


def test_a_change_since_the_first_month_of_data_has_nothing_to_compare_with(db_settings, tmp_path):
    """A tester's "Have complaints ... grown since July?" over data that starts in July said "77 items ... versus 0
    in the previous 152 days", which reads as growth from nothing."""
    rows = [(f"Heart rate sync fails after the update {i}", f"2026-{m:02d}-{d:02d}") for i, (m, d) in enumerate(
        [(9, 3), (9, 20), (10, 4), (10, 18), (11, 2), (11, 9), (11, 23)])]
    ingest_paths([write(tmp_path / "t.csv", "text,date\n" + "".join(f"{t},{d}\n" for t, d in rows))], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("")).ask("Have heart rate sync complaints grown since September?",
                                                    options=AskOptions(max_new_tokens=8))
    assert answer.route == "change", answer.route
    assert "nothing to compare them with: no feedback in scope is dated in the previous" in answer.text, answer.text
    assert "versus 0 in the previous" not in answer.text


def test_a_change_whose_previous_window_starts_before_the_data_counts_the_days_with_data(db_settings, tmp_path):
    """A tester's "Have notification complaints grown since July?" over data from June 1 said "versus 4 in the
    previous 153 days (+2900%)": 30 days of data against 153. The previous window starts with the data and the
    change is per day."""
    rows = [(f"Notifications arrive late on my phone case {i}", f"2026-06-{d:02d}") for i, d in enumerate((3, 17))]
    rows += [(f"Notifications never arrive on the desktop case {i}", f"2026-{m:02d}-{d:02d}")
             for i, (m, d) in enumerate([(7, 2), (8, 5), (9, 9), (10, 1), (10, 20), (11, 3), (11, 20)])]
    rows += [(f"Huddles are great for quick questions {i}", f"2026-{m:02d}-10") for i, m in enumerate(range(6, 12))]
    ingest_paths([write(tmp_path / "t.csv", "text,date\n" + "".join(f"{t},{d}\n" for t, d in rows))], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("")).ask("Have notification complaints grown since July?",
                                                    options=AskOptions(max_new_tokens=8))
    assert answer.route == "change", answer.route
    assert "versus 2 in the previous 28 days (2026-06-03 to 2026-07-01: the feedback in scope starts on " \
           "2026-06-03)" in answer.text, answer.text
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["items_previous"] == 2 and "per day)" in answer.text


def test_follow_ups_of_follow_ups_keep_the_subject_and_the_scope_before_them(db_settings, tmp_path):
    """A tester's "What about in September?" after a count for October, then "And on Android?": the third question
    lost the subject (it leaned on "What about in September?", which has none) and the month. Each follow-up keeps
    the subject of the last question that had one and the previous answer's scope, changing only what it names."""
    rows = [(f"Heart rate sync fails after the update {i}", p, d) for i, (p, d) in enumerate(
        [("android", "2026-09-03")] * 4 + [("ios", "2026-09-05")] * 3 + [("android", "2026-10-04")] * 2
        + [("ios", "2026-10-06")] * 5)]
    rows += [(f"Video classes buffer forever {i}", "android", "2026-09-08") for i in range(3)]
    ingest_paths([write(tmp_path / "t.csv", "text,platform,date\n" + "".join(f"{t},{p},{d}\n" for t, p, d in rows))],
                 db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    first = chat.ask("How many people mention heart rate sync in October?", options=AskOptions(max_new_tokens=8))
    turns = {"first": first}
    for name, question in [("september", "What about in September?"), ("android", "And on Android?"),
                           ("ios", "Same for iOS?"), ("october", "And in October?")]:
        turns[name] = chat.ask(question, conversation_id=first.conversation_id, options=AskOptions(max_new_tokens=8))
    from retrieval.db import Database

    def counted(month: int, platform: str | None) -> int:  # the subject's items in that month (and platform)
        with Database(db_settings).connect() as conn:
            return conn.execute(
                "SELECT count(*) FROM feedback WHERE text LIKE 'Heart rate sync%%' AND extract(month FROM created_at) = %s"
                " AND (%s::text IS NULL OR metadata ->> 'platform' = %s)", (month, platform, platform)).fetchone()[0]

    expected = {"first": (10, None), "september": (9, None), "android": (9, "android"), "ios": (9, "ios"),
                "october": (10, "ios")}
    for name, (month, platform) in expected.items():
        answer = turns[name]
        numbers = {n.key: n.value for n in answer.numbers_used}
        assert answer.route == "count", (name, answer.route)
        assert answer.filters.get("where", {}) == ({"platform": platform} if platform else {}), (name, answer.filters)
        assert answer.filters["since"].startswith(f"2026-{month:02d}-01"), (name, answer.filters)
        assert numbers["matching_items"] == counted(month, platform), (name, numbers["matching_items"])
    # a trend compares windows of its own: it keeps the platform, not the month before it
    trend = chat.ask("And is it getting worse?", conversation_id=first.conversation_id,
                     options=AskOptions(max_new_tokens=8))
    assert trend.route == "change" and trend.filters == {"where": {"platform": "ios"}}, trend.filters


def test_the_interviews_are_the_sources_loaded_from_interview_notes(db_settings, tmp_path):
    """A tester's interview notes were files named after the participant (interviews/p1_hannah.md: the source
    'p1_hannah'), so "What did the interviews say about the price?" named no source and quoted support tickets."""
    notes = tmp_path / "interviews"
    notes.mkdir()
    write(notes / "p1_hannah.md", "# Interview: P1\n\nDate: 2026-10-02\n\n## Pain points\n\n"
          "The new price put her off; she nearly cancelled the subscription.\n\nRollover rules confuse her.\n")
    write(notes / "p2_marcus.md", "# Interview: P2\n\nDate: 2026-10-05\n\n## Pain points\n\n"
          "Renewal went from 59 to 89 dollars and the price increase was never announced.\n")
    tickets = [f"The price went up again and nobody told me {i}" for i in range(6)]
    ingest_paths([write(tmp_path / "tickets.csv", "text\n" + "".join(f"{t}\n" for t in tickets)), notes], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("")).ask("What did the interviews say about the price?",
                                                    options=AskOptions(max_new_tokens=8))
    assert answer.filters.get("sources") == ["p1_hannah", "p2_marcus"], (answer.filters, answer.route, answer.text)
    assert answer.citations and {c.source for c in answer.citations} <= {"p1_hannah", "p2_marcus"}


def test_a_follow_up_that_switches_source_drops_the_values_of_the_earlier_source(db_settings, tmp_path):
    """"What about the interviews?" after a count on Android kept platform=android, which no interview carries: the
    follow-up found nothing. Switching source keeps the subject and the dates, not the earlier source's values."""
    reviews = [(f"Heart rate sync fails after the update {i}", p) for i, p in enumerate(["android"] * 4 + ["ios"] * 2)]
    ingest_paths([write(tmp_path / "app_reviews.csv", "text,platform\n" + "".join(f"{t},{p}\n" for t, p in reviews)),
                  write(tmp_path / "interviews.csv", "text\n" + "".join(f"{t}\n" for t in (
                      "Heart rate sync fails during my long runs", "My heart rate never syncs after a swim",
                      "Heart rate sync drops halfway through every bike ride")))], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    first = chat.ask("How many people mention heart rate sync on Android?", options=AskOptions(max_new_tokens=8))
    assert first.filters == {"where": {"platform": "android"}}, first.filters
    follow = chat.ask("What about the interviews?", conversation_id=first.conversation_id,
                      options=AskOptions(max_new_tokens=8))
    numbers = {n.key: n.value for n in follow.numbers_used}
    assert follow.route == "count" and "where" not in follow.filters, follow.filters
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:
        sources = [r[0] for r in conn.execute("SELECT DISTINCT source FROM feedback ORDER BY 1")]
        interviews = conn.execute("SELECT count(*) FROM feedback WHERE source = %s", (follow.filters["sources"][0],)
                                  ).fetchone()[0]
    assert len(sources) == 2 and follow.filters["sources"] != sources
    assert numbers["matching_items"] == interviews == 3


def test_a_follow_up_naming_the_app_reviews_switches_to_them(db_settings, tmp_path):
    """A tester's "What about in the app reviews?" after counts over tickets and their Enterprise plan answered for
    the tickets again (20 items, no count). Reviews named as where the feedback came from switch the source and drop
    the tickets' plan; counted here in SQL."""
    tickets = [(f"Shift reminder notifications arrive late {i}", plan) for i, plan in
               enumerate(["Enterprise"] * 3 + ["Starter"] * 4)]
    reviews = [f"Notifications never arrive on my phone {i}" for i in range(5)] + ["Love the schedule view"]
    ingest_paths([write(tmp_path / "zendesk_tickets.csv", "text,plan\n" + "".join(f"{t},{p}\n" for t, p in tickets)),
                  write(tmp_path / "app_reviews.csv", "text\n" + "".join(f"{t}\n" for t in reviews))], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    first = chat.ask("How many tickets mention notifications?", options=AskOptions(max_new_tokens=8))
    plan = chat.ask("And on the Enterprise plan?", conversation_id=first.conversation_id,
                    options=AskOptions(max_new_tokens=8))
    assert plan.filters.get("where") == {"plan": "Enterprise"}, plan.filters
    follow = chat.ask("What about in the app reviews?", conversation_id=first.conversation_id,
                      options=AskOptions(max_new_tokens=8))
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:
        expected = conn.execute("SELECT count(*) FROM feedback WHERE source = 'app_reviews' AND text ILIKE "
                                "'%%notifications%%'").fetchone()[0]
    numbers = {n.key: n.value for n in follow.numbers_used}
    assert follow.route == "count" and follow.filters.get("sources") == ["app_reviews"], follow.filters
    assert "where" not in follow.filters and numbers["matching_items"] == expected == 5, follow.text


def test_one_word_answers_are_no_paraphrase_of_a_one_word_topic(db_settings, tmp_path):
    """all-MiniLM-L6-v2 puts "ok", "good", "idk" at cosine 0.32-0.36 to "slow": a tester's count of slow-report
    complaints took in 17 such survey answers. Counting by meaning takes items of two indexed words or more."""
    short = ["ok", "good", "idk", "love it", "keep it up"]
    rows = short + ["The app is so slow to open", "Dashboard takes ages to load", "Invoices look great"]
    ingest_paths([write(tmp_path / "t.csv", "text\n" + "".join(f"{t}\n" for t in rows))], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("")).ask("How many users mention slow?", options=FAST)
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:
        matched = {r[0] for r in conn.execute("SELECT text FROM feedback WHERE id = ANY(%s)", (answer.matched_ids,))}
    assert "The app is so slow to open" in matched and "Dashboard takes ages to load" in matched
    assert not matched & set(short), matched


def test_how_many_reviews_counts_the_review_sources(db_settings, tmp_path):
    """"How many reviews mention multi-currency?" over tickets and G2 reviews counted every source and read as
    reviews (a tester's 87 against 21 reviews): the sources named as reviews, when others are stored too; "the worst
    reviews" stays a rating question."""
    tickets = ["Please add multi-currency invoices", "Multi-currency is missing for our EUR clients", "Login fails"]
    reviews = ["Cons: No multi-currency invoicing", "Pros: Fast support"]
    ingest_paths([write(tmp_path / "tickets.csv", "text\n" + "".join(f"{t}\n" for t in tickets)),
                  write(tmp_path / "g2_reviews.csv", "text\n" + "".join(f"{t}\n" for t in reviews))], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("")).ask("How many reviews mention multi-currency?", options=FAST)
    assert answer.filters["sources"] == ["g2_reviews"]
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["matching_items"] == 1, answer.text


def test_a_language_named_with_its_speakers_is_a_filter(db_settings, tmp_path):
    """"What do German customers complain about?" searched for the word 'German' (a tester got three tickets about
    German receipts, none of the six in German); a language named with the people or feedback it describes, or "in
    Spanish", is the language filter when stored items are in it."""
    rows = ["Die Bankverbindung bricht jeden Tag ab und ich muss mich neu anmelden",
            "Der Export nach DATEV ist sehr langsam und bricht mit einem Fehler ab",
            "The receipt scanner misreads German receipts with a comma decimal",
            "Bank feed sync fails every morning", "Reports are slow for our German entity"]
    ingest_paths([write(tmp_path / "t.csv", "text\n" + "".join(f"{t}\n" for t in rows))], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    answer = chat.ask("What do German customers complain about?", options=FAST)
    assert answer.filters["where"] == {"language": "de"}
    cited = {c.text for c in answer.citations}
    assert cited and all(t in rows[:2] for t in cited)
    assert not chat.ask("What do users say about receipts?", options=FAST).filters.get("where")
    assert not chat.ask("Any feedback in Spanish?", options=FAST).filters.get("where")  # none stored in it


def test_a_topics_change_says_whether_it_is_beyond_chance(db_settings, tmp_path):
    """A tester's "Is the password reset problem getting worse?" read "7 versus 6 (+17%)": a change this small says
    nothing either way. The exact test of the themes report (against all feedback in each period) now says so."""
    from datetime import date as day

    from assistant.themes.stats import trend

    newest = day(2026, 11, 30)
    rows = []
    for k in range(30):  # background: the same volume in both 30-day periods
        rows.append((f"Workout video {k} plays fine", newest - timedelta(days=k)))
        rows.append((f"Workout video {k} loads fine", newest - timedelta(days=30 + k)))
    rows += [(f"Password reset email never arrives {k}", newest - timedelta(days=3 * k)) for k in range(4)]
    rows += [(f"Password reset email never arrives {k}", newest - timedelta(days=31 + 3 * k)) for k in range(3)]
    rows += [(f"Watch heart rate sync broke {k}", newest - timedelta(days=k)) for k in range(20)]
    rows += [(f"Watch heart rate sync broke {k}", newest - timedelta(days=31 + k)) for k in range(1)]
    ingest_paths([write(tmp_path / "t.csv", "date,text\n" + "".join(f"{d.isoformat()},{t}\n" for t, d in rows))],
                 db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    flat = chat.ask("Is the password reset problem getting worse?", options=FAST)
    rising = chat.ask("Is the heart rate sync problem getting worse?", options=FAST)
    totals = (30 + 4 + 20, 30 + 3 + 1)  # all feedback in each 30-day period
    for answer in (flat, rising):
        numbers = {n.key: n.value for n in answer.numbers_used}
        expected = trend(numbers["items_current"], numbers["items_previous"], *totals)
        assert answer.route == "change" and numbers["items_change_p_value"] == expected["p_value"]
    assert "not beyond chance" in flat.text and "no clear change either way" in flat.text
    assert "a clear change against all feedback in scope" in rising.text


def test_periods_are_anchored_at_the_latest_feedback():
    from datetime import datetime, timezone

    latest = datetime(2026, 11, 15, tzinfo=timezone.utc)
    p = parse_period("What changed in the last 30 days?", latest)
    assert (p.end - p.start).days == 30 and p.start.date() == date(2026, 10, 16)
    assert parse_period("since September", latest).start.date() == date(2026, 9, 1)
    # a tester's "... since the September price change?" compared the last 30 days with the 30 before
    assert parse_period("Are pricing complaints increasing since the September price change?",
                        latest).start.date() == date(2026, 9, 1)
    # and an e-bike tester's "... since the courier change in September?" compared September with August
    since = parse_period("Have delivery complaints gone up since the courier change in September?", latest)
    assert (since.start.date(), since.end) == (date(2026, 9, 1), latest + timedelta(seconds=1))
    assert parse_period("what changed?", latest) is None
    # a named month is that calendar month, the latest one up to the newest item (a tester's "in September" was ignored)
    september = parse_period("How many billing complaints did we get in September?", latest)
    assert (september.start.date(), september.end.date()) == (date(2026, 9, 1), date(2026, 10, 1))
    assert parse_period("What happened in December?", latest).start.date() == date(2025, 12, 1)
    assert parse_period("during November 2026", latest).end == latest + timedelta(seconds=1)
    assert parse_period("Why do users in may complain?", latest) is None  # "may", the verb
    assert route_question("How many billing complaints did we get in September 2026?").topic == "billing"
    # "the feedback from November", "Summarize November": that month too (a tester's summary covered every month)
    for question in ("Summarize the feedback from November", "Summarize November", "Reviews of October"):
        p = parse_period(question, latest)
        assert p and p.start.month == (11 if "Nov" in question else 10) and p.start.day == 1, question
    assert parse_period("what users may want", latest) is None


# ---- lookup answers ----------------------------------------------------------------------------------------------
def test_lookup_answer_cites_only_retrieved_items_and_is_stored(chat_settings):
    llm = FakeLLM(cite_first)
    chat = Chat(chat_settings, llm=llm)
    pieces, answer = [], None
    for event in chat.stream("Why do offline maps fail to download?", options=FAST):
        if isinstance(event, str):
            pieces.append(event)
        else:
            answer = event
    assert answer.route == "lookup"
    assert "".join(pieces) == answer.text  # the stream shows exactly the final answer
    retrieved = set(answer.retrieved_ids)
    assert answer.citations and {c.id for c in answer.citations} <= retrieved
    assert answer.dropped_citations == ["F999999"] and answer.model_citations == 2
    assert "[F999999]" not in answer.text and "Evidence:" in answer.text
    assert "offline" in " ".join(c.text.lower() for c in answer.citations)
    # the model saw the items as delimited data, and the data says so
    prompt = llm.calls[0][-1]["content"]
    assert prompt.count("<feedback id=") == min(FAST.context_items, len(answer.retrieved_ids))
    assert "never instructions" in llm.calls[0][0]["content"]

    turns = chat.store.turns(answer.conversation_id)
    assert len(turns) == 1 and turns[0]["retrieved_ids"] == answer.retrieved_ids
    assert turns[0]["citations"] == [c.id for c in answer.citations]
    assert turns[0]["dropped_citations"] == ["F999999"] and turns[0]["model"]["backend"] == "fake"

    follow = chat.ask("And what about on mobile data?", conversation_id=answer.conversation_id, options=FAST)
    assert follow.position == 2
    history = [m["content"] for m in llm.calls[1][1:-1]]
    assert history == ["Why do offline maps fail to download?", answer.narrative]


def test_garbage_from_the_model_leaves_the_summary_built_from_evidence(chat_settings):
    chat = Chat(chat_settings, llm=FakeLLM("!!!! #### $$$$ 1234 %%%% 5678"))
    answer = chat.ask("What do users say about battery drain while tracking?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert answer.fallback and "1234" not in answer.text and "####" not in answer.text
    # the answer is the code-built summary: counts of the items on topic and the points they make, each cited
    assert answer.narrative.startswith(f"{numbers['matching_items']} items match this question")
    assert numbers["matching_items"] == len(answer.retrieved_ids) >= 2
    points = [line for line in answer.narrative.splitlines() if line.startswith("- ")]
    assert points and all(re.search(r"\[F\d+\]$", line) for line in points)
    assert answer.citations and {c.id for c in answer.citations} <= set(answer.retrieved_ids)
    assert all("battery" in c.text.lower() for c in answer.citations)


def test_only_supported_sentences_are_streamed_each_citing_its_item(chat_settings):
    """The failures seen in the browser: an invented persona, a claim no item makes, a sentence twice in other
    words, a clause repeated inside a sentence. Only the supported sentence is ever shown, citing its item."""
    def reply(messages):
        last = re.findall(r'<feedback id="F(\d+)">([^<]*)', messages[-1]["content"])[-1]
        said = last[1].split(".")[0]
        return (f"Aisha Okafor, a freelance writer, loves the app. The hotel breakfast buffet never fails to impress. "
                f"{said}. {said} indeed, again. "
                "They're asking for a refund, and they're asking for a refund.")

    chat = Chat(chat_settings, llm=FakeLLM(reply))
    pieces, answer = [], None
    for event in chat.stream("Why do offline maps fail to download?", options=AskOptions(max_new_tokens=200)):
        pieces.append(event) if isinstance(event, str) else None
        answer = event
    shown = "".join(pieces)
    assert shown == answer.text and not answer.fallback
    prose = answer.narrative.split("\n\n")[-1]
    assert len(re.findall(r"[.!?](?:\s|$)", prose)) == 1 and re.search(r"\[F\d+\]\.$", prose)
    for bad in ("Aisha", "buffet", "indeed", "refund"):
        assert bad not in shown
    assert any("Aisha" in s for s in answer.removed_sentences) and any("buffet" in s for s in answer.removed_sentences)


def test_an_off_topic_question_abstains_although_a_word_looks_alike(chat_settings):
    llm = FakeLLM("The hotel breakfast buffet is a culinary experience that never fails to impress.")
    answer = Chat(chat_settings, llm=llm).ask("How do guests rate the hotel breakfast buffet?", options=FAST)
    assert "not enough evidence" in answer.text and llm.calls == [] and not answer.citations


def test_a_word_most_items_hold_does_not_make_an_item_on_topic(db_settings, tmp_path):
    """"Is the app too expensive?" over app reviews where "app" is in most items: a "great app" review is close in
    meaning to the whole question but not to its topic without "app", so it is not on topic; the price complaint is."""
    from assistant.chat import relevance
    from retrieval.db import Database
    from retrieval.search import Searcher

    praise = ["Great app, I love this app", "Very good app", "Best app ever, use this app daily", "Nice app, easy to use",
              "This app is awesome", "Good app overall", "Really useful app", "App works fine for me"]
    rows = praise + ["Way too expensive for what it does, the subscription price doubled",
                     "Sync fails every morning on the train", "Dark mode please"]
    ingest_paths([write(tmp_path / "reviews.csv", "text\n" + "\n".join(f'"{r}"' for r in rows) + "\n")], db_settings)
    db = Database(db_settings)
    searcher = Searcher(db_settings, db=db)
    hits = searcher.search("Is the app too expensive?", k=11)
    with db.connect() as conn:
        judged = relevance.judge(conn, "Is the app too expensive?", hits, searcher.embedder)
    by_text = {h.text: judged[h.id] for h in hits}
    whole = [t for t in praise if by_text[t].cosine >= relevance.SEMANTIC_COSINE]
    assert whole, "no praise item is close to the whole question: the case tests nothing"
    assert not [t for t in praise if by_text[t].on_topic]
    assert by_text[rows[len(praise)]].on_topic


def test_an_item_close_only_through_a_generic_word_is_not_on_topic(db_settings, tmp_path):
    """"What do users say about the Windows desktop app?" over a mobile app's reviews: "Love this app!" is close to
    the whole topic (cosine >= SEMANTIC_COSINE) only through "app", the word most reviews hold; it is not on topic.
    Which words are generic is counted over the items the question is asked over (the filters): in the tickets,
    where no item says "app", nothing is generic."""
    from assistant.chat import relevance
    from retrieval.db import Database
    from retrieval.search import Searcher

    praise = ["Love this app!", "ok app", "Great app", "Nice app overall", "Best app I have", "Good app, works fine"]
    tickets = ["Offline maps fail to download", "Battery drains during tracking", "Dark mode please",
               "On my PC the program never opens", "Sync fails every morning", "Route sharing is confusing"]
    for name, rows in (("reviews", praise), ("tickets", tickets)):
        ingest_paths([write(tmp_path / f"{name}.csv", "text\n" + "\n".join(f'"{r}"' for r in rows) + "\n")],
                     db_settings, source=name)
    db = Database(db_settings)
    searcher = Searcher(db_settings, db=db)
    question = "What do users say about the Windows desktop app?"
    hits = searcher.search(question, k=12)
    with db.connect() as conn:
        judged = relevance.judge(conn, question, hits, searcher.embedder)
        in_tickets = relevance.judge(conn, question, hits, searcher.embedder, Filters(sources=["tickets"]))
    by_text = {h.text: judged[h.id] for h in hits}
    close = [t for t in praise if by_text[t].cosine >= relevance.SEMANTIC_COSINE]
    assert close, "no praise item is close to the whole topic: the case tests nothing"
    assert all(by_text[t].generic_cosine is not None and not by_text[t].specific for t in close)
    assert not [t for t in praise if by_text[t].on_topic]
    assert all(r.generic_cosine is None for r in in_tickets.values())


def test_topic_words_that_no_item_contains_count_against_an_item(chat_settings):
    """"the airline's legroom and battery": an item about battery holds one word of three, not the topic; words
    that only attribute ("users mention", "reviews") are not the topic at all."""
    from assistant.chat import relevance
    from retrieval.db import Database
    from retrieval.search import Searcher

    db = Database(chat_settings)
    searcher = Searcher(chat_settings, db=db)
    hits = searcher.search("battery drain", k=5)
    with db.connect() as conn:
        words, absent = relevance.topic_words(conn, "the airline's legroom and battery")
        assert words.terms == ["batteri"] and absent == 2
        words, absent = relevance.topic_words(conn, "battery reviews users mention")
        assert words.terms == ["batteri"] and absent == 0
        alone = relevance.judge(conn, "What do users say about battery?", hits, searcher.embedder)
        diluted = relevance.judge(conn, "What do users say about the airline's legroom and battery?", hits,
                                  searcher.embedder)
    battery = [h.id for h in hits if "battery" in h.text.lower()]
    assert battery and all(alone[i].coverage == 1.0 for i in battery)
    assert all(diluted[i].coverage < relevance.MIN_COVERAGE for i in battery)


def test_a_german_question_is_answered_from_german_feedback(pg_server, tmp_path, models_cache):
    """In a small German export, the question's function words ("über", "den") are in no item; they are not
    counted against the items (PostgreSQL's German stop list says what they are), and "Nutzer", "sagen" only
    attribute. An off-topic German question still abstains."""
    settings = fresh_database(pg_server, "t_chat_german", tmp_path / "pma", models_cache, llm=CHAT_LLM)
    export = ("Datum;Bewertung;Kommentar\n01.10.2026;1;Der Akku ist nach zwei Stunden Tracking leer.\n"
              "02.10.2026;2;Akku leert sich sehr schnell bei GPS.\n03.10.2026;5;Tolle Karten, sehr übersichtlich.\n"
              "04.10.2026;1;Offline-Karten laden nicht herunter.\n05.10.2026;2;Die App stürzt beim Öffnen einer Route ab.\n"
              "13.10.2026;2;Seit dem Update hält der Akku nur noch einen halben Tag.\n")
    ingest_paths([write(tmp_path / "de.csv", export)], settings)
    chat = Chat(settings, llm=FakeLLM(""))
    answer = chat.ask("Was sagen Nutzer über den Akku?", options=FAST)
    assert "not enough evidence" not in answer.text and answer.citations
    assert all("Akku" in c.text for c in answer.citations), [c.text for c in answer.citations]
    abstained = chat.ask("Was sagen Nutzer über das Hotelfrühstück?", options=FAST).text
    assert "not enough evidence" in abstained
    assert "The question is in German" in abstained and "reads English only" in abstained  # says why it may be so
    english = chat.ask("What do users say about the hotel breakfast?", options=FAST).text
    # (the question is in English; the scope is German: 5 of its 6 items read as German since session 49)
    assert "not enough evidence" in english and "The question is in German" not in english
    assert "5 of the 6 items in scope are not in English (German 5)" in english, english


def test_points_cite_only_top_ranked_items_whose_words_agree(chat_settings):
    """A point cites items among the best ``CITE_RANK`` results, only those whose words agree with the question
    when any do; a point with no such item is not listed (its items are still counted)."""
    from assistant.chat import summary
    from assistant.chat.relevance import Relevance
    from retrieval.db import Database
    from retrieval.search import Searcher

    db = Database(chat_settings)
    hits = Searcher(chat_settings, db=db).search("offline maps download", k=12)
    assert len(hits) >= 6
    agree = {h.id for h in hits[:2]}
    judged = {h.id: Relevance(0.5, 1.0 if h.id in agree else 0.0) for h in hits}
    texts = {h.id: h.text for h in hits}
    with db.connect() as conn:
        s = summary.summarize(conn, hits, texts, set(), question="offline maps download", relevance=judged)
        everything = summary.summarize(conn, hits, texts, set(), question="offline maps download",
                                       relevance={h.id: Relevance(0.5, 1.0) for h in hits})
    assert s.numbers[0].value == len(hits)  # all counted
    cited = {int(i) for line in s.lines[1:] for i in re.findall(r"\[F(\d+)\]", line)}
    assert s.points and cited and cited <= agree
    assert all(set(p.ids) & agree for p in s.points)
    cited_all = {int(i) for line in everything.lines[1:] for i in re.findall(r"\[F(\d+)\]", line)}
    ranked = [h.id for h in hits]
    assert cited_all and all(ranked.index(i) < summary.CITE_RANK for i in cited_all)
    assert summary._citable(hits, {h.id: Relevance(0.5, 0.0) for h in hits}) == \
        {h.id: k for k, h in enumerate(hits[:summary.CITE_RANK])}  # nothing agrees: paraphrases are the evidence


def test_a_model_that_crashes_mid_answer_still_gives_an_evidence_answer(chat_settings):
    chat = Chat(chat_settings, llm=FakeLLM("", fail=RuntimeError("CUDA error: device-side assert")))
    answer = chat.ask("Why does the app crash on saved routes?", options=FAST)
    assert answer.fallback and "model failed" in answer.fallback_reason and answer.citations


def test_nothing_relevant_means_not_enough_evidence_and_no_model_call(chat_settings):
    llm = FakeLLM("Paris is the capital of France.")
    chat = Chat(chat_settings, llm=llm)
    answer = chat.ask("What is the capital of France?", options=FAST)
    assert "not enough evidence" in answer.text and not answer.citations and llm.calls == []
    nothing = chat.ask("Why do offline maps fail?", filters=Filters(sources=["carrier_pigeon"]), options=FAST)
    assert "not enough evidence" in nothing.text and "carrier_pigeon" in nothing.text and llm.calls == []
    with pytest.raises(UserError, match="unknown field 'colour'"):
        chat.ask("Why do offline maps fail?", filters=Filters(where={"colour": "red"}), options=FAST)


def test_empty_database_is_a_clear_error(db_settings):
    with pytest.raises(UserError, match="No feedback is stored yet") as err:
        Chat(db_settings, llm=FakeLLM("x")).ask("Why do maps fail?")
    assert "pma ingest" in err.value.hint


# ---- aggregate answers: numbers from SQL, narrated ---------------------------------------------------------------
def test_count_question_numbers_come_from_sql_and_invented_ones_are_removed(chat_settings):
    llm = FakeLLM("There are 4000 complaints about it. Users want a dark theme for night hikes.")
    answer = Chat(chat_settings, llm=llm).ask("How many users mention dark mode?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    expected = [r for r in feedback_rows() if "dark mode" in r["text"].lower()]
    assert answer.route == "count" and numbers["matched_by_words"] == len(expected) == 3
    n = numbers["matching_items"]
    assert n == len(answer.matched_ids) == 3 + numbers["matched_by_meaning"]  # no theme summary in this database
    assert numbers["total_items"] == len(feedback_rows())
    assert "4000" not in answer.text and "There are 4000 complaints about it." in answer.removed_sentences
    assert answer.text.startswith(f"Numbers (computed from the database):\n- {n} feedback items about 'dark mode'")
    assert f"Matched by meaning: 3 contain the words 'dark mode'; {n - 3} more are close in meaning" in answer.text
    assert "<numbers>" in llm.calls[0][-1]["content"]
    assert "rests on closeness in meaning alone" not in answer.text  # the words are in items


def test_a_count_by_meaning_alone_says_so(chat_settings):
    """A tester's "How many employees are unable to record their arrival at the store?" counted 13 of 119 clock-in
    complaints, worded like any count: a count no item's words and no theme back says it rests on meaning alone."""
    answer = Chat(chat_settings, llm=FakeLLM("x")).ask("How many hikers find their phone goes flat on the trail?",
                                                       options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert answer.route == "count" and numbers["matched_by_words"] == 0 and numbers["matched_by_meaning"] > 0
    assert "this count rests on closeness in meaning alone" in answer.text


def test_change_question_compares_equal_periods(chat_settings):
    answer = Chat(chat_settings, llm=FakeLLM("Feedback grew after mid October.")).ask(
        "What changed since 2026-10-15?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    days = [date.fromisoformat(r["date"]) for r in feedback_rows()]
    start, latest = date(2026, 10, 15), max(days)
    length = (latest - start).days + 1
    assert numbers["items_current"] == sum(d >= start for d in days)
    assert numbers["items_previous"] == sum(start.toordinal() - length <= d.toordinal() < start.toordinal() for d in days)
    assert answer.route == "change" and "pma summarize" in answer.text  # no theme summary stored in this database


def test_top_question_without_themes_says_how_to_get_them(chat_settings):
    answer = Chat(chat_settings, llm=FakeLLM("The main issues are maps and battery.")).ask(
        "What are the top issues?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["negative_items"] == sum(1 for r in feedback_rows() if r["rating"] is not None and r["rating"] <= 2)
    ratings = [r["rating"] for r in feedback_rows() if r["rating"] is not None]
    assert abs(numbers["average_rating"] - sum(ratings) / len(ratings)) <= 0.005
    assert f"average rating {numbers['average_rating']:g}." in answer.text
    assert "run `pma summarize`" in answer.text and answer.citations


def test_what_people_complain_about_in_unrated_notes_quotes_the_complaints(db_settings, tmp_path):
    """Interview notes have no ratings and no themes yet: "What do people complain about?" was a search for the
    word "complain" (one unrelated hit, or none), and the numbers said "0 of them rated 2 or lower". Now it is a
    question about the feedback as a whole: it says that nothing is rated and quotes what sounds like complaints."""
    complaints = ["Offline maps fail to download before every hike, it is so frustrating.",
                  "The app keeps crashing when I open a saved route, really annoying.",
                  "Sync loses my waypoints every single time, terrible experience."]
    praise = ["I love the kid-friendly trail filter, it is wonderful.",
              "The route planner is excellent, thank you so much.",
              "Community photos of each trail are very helpful and beautiful."]
    neutral = ["I mostly hike on weekends with my two kids.", "She plans routes on her laptop before leaving."]
    notes = "\n\n".join(f"- {t}" for t in complaints + praise + neutral)
    ingest_paths([write(tmp_path / "interviews.md", f"# Interviews, October\n\n{notes}\n")], db_settings)
    texts = {}
    for question, expected in (("What do people complain about?", complaints), ("What do participants love?", praise)):
        answer = Chat(db_settings, llm=FakeLLM("x")).ask(question, options=FAST)
        assert answer.route == "top" and "none has a rating" in answer.text and "run `pma summarize`" in answer.text
        texts[question] = {c.text for c in answer.citations}
        assert texts[question] and texts[question] <= set(expected), (question, texts[question])


def test_count_of_something_absent_answers_zero_without_the_model(chat_settings):
    llm = FakeLLM("x")
    answer = Chat(chat_settings, llm=llm).ask("How many users mention teleportation?", options=FAST)
    assert answer.text == "No feedback items about 'teleportation' (all feedback)." and llm.calls == []


# ---- CLI ---------------------------------------------------------------------------------------------------------
def _env(monkeypatch, settings):
    monkeypatch.setenv("PMA_HOME", str(settings.home))
    monkeypatch.setenv("PMA_DATABASE_URL", settings.retrieval.database_url.get_secret_value())
    monkeypatch.setenv("PMA_MODELS_CACHE", str(settings.models_dir))
    monkeypatch.setenv("PMA_LLM_MAX_NEW_TOKENS", "24")


def test_one_question_keeps_a_cache_for_one_prompt_and_answer(tmp_path):
    from assistant.llm.batching import PAGE_TOKENS
    from retrieval.settings import Settings
    from ui.cli.ask import one_question_settings

    shared = Settings(home=tmp_path / "pma")
    one = one_question_settings(shared).llm
    # The chat trims prompt + answer to context_tokens; the batcher reserves whole pages of the cache.
    assert shared.llm.context_tokens + PAGE_TOKENS <= one.cache_tokens < shared.llm.cache_tokens / 4
    assert one.context_tokens == shared.llm.context_tokens and one.max_new_tokens == shared.llm.max_new_tokens
    mine = Settings(home=tmp_path / "pma", llm={"cache_tokens": 1024})
    assert one_question_settings(mine).llm.cache_tokens == 1024


def test_cli_ask_json_and_conversations(chat_settings, monkeypatch, capsys, tmp_path):
    _env(monkeypatch, chat_settings)
    assert run(["ask", "What is the capital of France?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"answer", "citations", "dropped_citations", "numbers_used"}
    assert "not enough evidence" in data["answer"] and data["citations"] == [] and data["dropped_citations"] == 0
    turn = data["turn_id"]
    assert run(["ask", "And what is the capital of Spain?", "--continue", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["conversation_id"] == data["conversation_id"] and again["turn_id"] != turn
    assert run(["conversations", "rate", str(turn), "--up", "--good"]) == 0
    assert run(["conversations", "show", str(data["conversation_id"]), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [t["position"] for t in shown] == [1, 2]
    assert shown[0]["rating"] == 1 and shown[0]["marked_good"] is True and shown[1]["rating"] is None
    assert run(["conversations", "rate", "999999", "--up"]) == 1
    assert "No answer with turn id 999999" in capsys.readouterr().err
    # the footer counts questions within the conversation and names the id `rate` takes
    assert run(["ask", "And the capital of Italy?", "--continue"]) == 0
    err = capsys.readouterr().err
    assert f"(conversation {data['conversation_id']}, question 3; rate it with `pma conversations rate " in err


def test_cli_shows_customer_text_as_typed_not_escaped(pg_server, tmp_path, models_cache, monkeypatch, capsys):
    """Feedback is HTML-escaped for the model's prompt and the UI's Markdown; the terminal shows what was typed."""
    rows = [{"date": "2026-09-01", "source": "app_store", "rating": 2, "user": f"u{i}", "plan": "Free", "text": t}
            for i, t in enumerate(["Battery drain on AT&T 5G is terrible, 30% per hour <3 the maps though",
                                   "Battery drain while tracking: 100% -> 15% in 4 hours & the phone gets hot",
                                   "The battery drains fast when the screen is off"])]
    settings = fresh_database(pg_server, "m_chat_cli_text", tmp_path / "pma", models_cache, llm=CHAT_LLM)
    ingest_paths([feedback_csv(tmp_path / "f.csv", rows)], settings)
    _env(monkeypatch, settings)
    assert run(["ask", "What do users say about battery drain?"]) == 0
    out = capsys.readouterr().out
    assert "AT&T 5G" in out and "<3 the maps" in out and "100% -> 15%" in out
    assert "&amp;" not in out and "&lt;" not in out and "&gt;" not in out and 'AT&"' not in out
    assert run(["ask", "What do users say about battery drain?", "--json", "--no-save"]) == 0
    answer = json.loads(capsys.readouterr().out)["answer"]
    assert "AT&T 5G" in answer and "<3 the maps" in answer and "100% -> 15%" in answer
    assert "&amp;" not in answer and "&lt;" not in answer and "&gt;" not in answer


def test_marked_good_answers_export_as_finetuning_examples(chat_settings, monkeypatch, capsys, tmp_path):
    from finetune.sources import read_inputs

    chat = Chat(chat_settings, llm=FakeLLM(cite_first))
    answer = chat.ask("What do users say about dark mode?", options=FAST)
    chat.store.rate(answer.turn_id, up=True, good=True)
    _env(monkeypatch, chat_settings)
    out = tmp_path / "good.jsonl"
    assert run(["conversations", "export", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    mine = [r for r in rows if r["turn_id"] == answer.turn_id]
    assert len(mine) == 1 and mine[0]["good"] is True
    assert mine[0]["messages"][-1] == {"role": "assistant", "content": answer.narrative}
    assert mine[0]["messages"][:-1] == answer.messages
    examples = read_inputs([out]).examples  # the fine-tuning reader takes the export as is
    assert any(e.messages[-1]["content"] == answer.narrative for e in examples)


def test_cli_ask_on_an_empty_database_exits_1(db_settings, monkeypatch, capsys):
    _env(monkeypatch, db_settings)
    assert run(["ask", "Why do maps fail?"]) == 1
    assert "No feedback is stored yet" in capsys.readouterr().err


# ---- the real bundled model --------------------------------------------------------------------------------------
@pytest.mark.slow
def test_bundled_model_prose_is_kept_only_where_its_citations_support_it(chat_settings, models_cache, tmp_path):
    """The model path, not the fallback: the bundled SmolLM2 writes text for every question and every one of its
    sentences is judged; every sentence that survives is supported by the items it cites under the shared rule pma eval
    scores with, and every one that was removed fails the judge (unsupported, or a repeat of the summary). How often
    the model adds a kept sentence is a quality figure: bench/answer_trust.py."""
    from assistant.safety.sentences import SentenceJudge
    from assistant.safety.support import judge_text

    chat = Chat(chat_settings, llm=bundled_llm(models_cache, tmp_path))
    questions = ["Why do offline maps fail to download?", "What do users say about battery drain while tracking?",
                 "What do people say about community photos?"]
    kept_by_model = 0  # reported by the bench, not asserted: a 135M model may add nothing the summary lacks
    for q in questions:
        answer = chat.ask(q, options=AskOptions(max_new_tokens=64, save=False))
        assert answer.model["backend"] == "local" and answer.model_tokens and answer.model_output.strip()
        items = {c.id: c.text for c in answer.citations}
        numbers = [n.text() for n in answer.numbers_used]
        verdicts = judge_text(answer.narrative, items, numbers)
        assert [v.sentence for v in verdicts if v.counted and not v.supported] == [], answer.narrative
        prose = "" if answer.fallback else answer.narrative.split("\n\n")[-1]
        kept_by_model += len([v for v in judge_text(prose, items) if v.counted])
        assert answer.removed_sentences or prose  # the model's sentences reached the judge
        judge = SentenceJudge({h: t for h, t in items.items()}, question=q)
        for line in answer.narrative.splitlines():  # the summary's points, as the product's judge remembers them
            judge.remember(re.sub(r"^- |\s*\(\d+ items?.*$", "", line))
        for removed in answer.removed_sentences:
            assert not judge.judge(removed).keep or removed in answer.narrative, removed


@pytest.mark.slow
def test_cli_ask_with_the_bundled_model(chat_settings, monkeypatch, capsys):
    _env(monkeypatch, chat_settings)
    assert run(["ask", "How many users mention dark mode?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["route"] == "count" and data["model"]["backend"] == "local"
    assert {n["key"]: n["value"] for n in data["numbers_used"]}["matched_by_words"] == 3
    assert all(c["id"] in data["retrieved_ids"] for c in data["citations"])


def test_unreachable_model_server_is_a_clear_error_and_nothing_is_stored(chat_settings):
    from tests.support.ports import free_port

    settings = chat_settings.model_copy(update={"llm": chat_settings.llm.model_copy(update={
        "backend": "openai", "base_url": f"http://127.0.0.1:{free_port()}/v1", "retries": 0, "timeout_s": 5})})
    chat = Chat(settings)
    before = len(chat.store.conversations(limit=1000))
    with pytest.raises(UserError, match="PMA_LLM_BASE_URL"):
        chat.ask("Why do offline maps fail to download?", options=FAST)
    assert len(chat.store.conversations(limit=1000)) == before  # no half-stored turn


def test_how_many_complain_counts_the_complaints_among_the_items_about_it(example):
    """"complain about billing" counts the billing items that are complaints (stored classification: negative or a
    problem type; unclassified: rated 1-2), next to all items about billing; "mention" counts only the latter."""
    from retrieval.db import Database

    chat = Chat(example, llm=FakeLLM("x"))
    mention = chat.ask("How many users mention billing?", options=FAST)
    complain = chat.ask("How many users complain about billing?", options=FAST)
    about = {n.key: n.value for n in mention.numbers_used}
    numbers = {n.key: n.value for n in complain.numbers_used}
    assert numbers["matching_items"] == about["matching_items"] and "complaint_items" not in about
    with Database(example).connect() as conn:
        rows = conn.execute("SELECT f.rating, fc.sentiment, fc.feedback_type FROM feedback f LEFT JOIN "
                            "feedback_classification fc ON fc.feedback_id = f.id WHERE f.id = ANY(%s)",
                            (complain.matched_ids,)).fetchall()
    expected = sum(1 for rating, sentiment, kind in rows
                   if sentiment == "negative" or kind in ("bug", "performance", "usability")
                   or (sentiment is None and kind is None and rating is not None and rating <= 2))
    assert numbers["complaint_items"] == expected and 0 < expected < numbers["matching_items"]
    assert f"{expected} of them are complaints" in complain.text


def test_a_model_sentence_may_not_restate_a_computed_number(example):
    """The bundled model wrote "It has the highest number of complaints, with 625 of them rated 1-2" where 625 was
    the items about crashes: every word and number was in the computed lines, attached to the wrong quantity. The
    figures are shown verbatim above the prose, so the model may state a number only as an item writes it."""
    def reply(messages):
        prompt = messages[-1]["content"]
        n = re.search(r"(\d+) feedback items about", prompt).group(1)
        first = re.search(r'<feedback id="F(\d+)">([^<]*)', prompt)
        return f"It has the highest number of complaints, with {n} of them rated 1-2 [F{first.group(1)}]."

    answer = Chat(example, llm=FakeLLM(reply)).ask("How many users complain about billing?", options=FAST)
    matching = next(n.value for n in answer.numbers_used if n.key == "matching_items")
    assert f"with {matching} of them rated" not in answer.text
    assert any(f"with {matching} of them rated" in s for s in answer.removed_sentences)


def test_how_many_complain_without_ratings_or_classification_says_it_cannot_tell(db_settings, tmp_path):
    """Restaurant sentences with no rating and no `pma summarize` yet: "0 complaints" would be false; the answer
    says it cannot tell them apart, with no complaint number, and still counts the items about prices. "Guests"
    frames the question like "users" (the topic is 'prices')."""
    export = ("text\nThe prices are way too high for such small plates.\nPrices are fair for the quality.\n"
              "Overpriced and the portions are tiny.\nGreat sushi and friendly waiters.\n")
    ingest_paths([write(tmp_path / "restaurant.csv", export)], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("How many guests complain about the prices?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert "complaint_items" not in numbers and numbers["matching_items"] >= 2
    assert "items about 'prices'" in answer.text
    assert "Which of them are complaints is not known yet" in answer.text and "0 of them are" not in answer.text
    # With no ratings at all, "negative reviews" cannot be a rating filter: the items are searched as they are.
    negative = Chat(db_settings, llm=FakeLLM("x")).ask("What do negative reviews say about the prices?", options=FAST)
    assert "min_rating" not in negative.filters and "max_rating" not in negative.filters
    assert "no feedback matches the filters" not in negative.text and negative.retrieved_ids


def test_what_one_star_reviews_say_is_answered_from_one_star_reviews(example):
    """"Why do people give 1 star?" answers with the largest themes among the 1-star items only, cites only them,
    records the rating it narrowed to, and keeps a narrower CLI filter (an empty range answers that nothing matches)."""
    from retrieval.db import Database
    from retrieval.filters import Filters

    chat = Chat(example, llm=FakeLLM("x"))
    answer = chat.ask("Why do people give 1 star?", options=FAST)
    assert answer.route == "top" and (answer.filters["min_rating"], answer.filters["max_rating"]) == (1, 1)
    cited = [int(i) for i in re.findall(r"\[F(\d+)\]", answer.text)]
    with Database(example).connect() as conn:
        ratings = dict(conn.execute("SELECT id, rating FROM feedback WHERE id = ANY(%s)", (cited,)).fetchall())
        ones = conn.execute("SELECT count(*) FROM feedback WHERE rating = 1").fetchone()[0]
    assert cited and set(ratings.values()) == {1.0}
    assert {n.key: n.value for n in answer.numbers_used}["total_items"] == ones and "rating = 1" in answer.text
    none = chat.ask("Why do people give 1 star?", filters=Filters(min_rating=4), options=FAST)
    assert "no feedback matches the filters" in none.text and not none.numbers_used


def test_counts_split_by_a_column_or_metadata_key(example):
    """"Which platform has more crashes, iOS or Android?" (answered from 4 items before) counts the items about
    crashes per platform (a metadata key of the export), "per app version" per column; an unknown key is named."""
    from retrieval.db import Database

    chat = Chat(example, llm=FakeLLM("x"))
    answer = chat.ask("Which platform has more crashes, iOS or Android?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    with Database(example).connect() as conn:
        expected = dict(conn.execute("SELECT lower(metadata ->> 'platform'), count(*) FROM feedback "
                                     "WHERE id = ANY(%s) GROUP BY 1", (answer.matched_ids,)).fetchall())
    got = {k.split(":")[2]: v for k, v in numbers.items() if k.startswith("by:platform:")}
    # the example's crash (opening saved routes) is Android's: iOS had counted offline-map and battery items close
    # in meaning to "crashes" until they were held by their own themes (session 30)
    assert got == expected == {"android": numbers["matching_items"]}
    assert "By platform (items): " in answer.text
    versions = chat.ask("How many complaints per app version?", options=FAST)
    by_version = {k: v for k, v in ((n.key, n.value) for n in versions.numbers_used) if k.startswith("by:app version:")}
    complaints = {n.key: n.value for n in versions.numbers_used}["complaint_items"]
    assert sum(by_version.values()) == complaints and "By app version (complaints): " in versions.text
    nowhere = chat.ask("How many crashes by city?", options=FAST)
    assert "There is no 'city' in this feedback to count by" in nowhere.text and "platform" in nowhere.text
    averages = chat.ask("Average rating by platform?", options=FAST)  # it abstained
    numbers = {n.key: n.value for n in averages.numbers_used}
    with Database(example).connect() as conn:
        expected = {p: round(float(a), 2) for p, a in conn.execute(
            "SELECT lower(metadata ->> 'platform'), avg(rating) FROM feedback WHERE rating IS NOT NULL "
            "AND metadata ? 'platform' GROUP BY 1").fetchall()}
    got = {k.split(":")[2]: v for k, v in numbers.items() if k.startswith("average_rating_by:platform:")}
    assert got == expected and len(got) >= 2 and f"average rating {expected['android']:.2f}" in averages.text


def test_a_lookup_says_how_many_items_are_about_its_topic_beside_the_closest_it_read(example):
    """A tester's "Why are deliveries late?" opened with "19 items match this question" where 128 items are about late
    deliveries (lookups understated 3-16 times): the closest results are read and summarised, and the answer says how
    many items in scope are about the topic, the same number a "How many ..." question counts."""
    chat = Chat(example, llm=FakeLLM("x"))
    answer = chat.ask("What do users say about offline maps?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    count = chat.ask("How many items are about offline maps?", options=FAST)
    assert answer.route == "lookup" and count.route == "count"
    assert numbers["items_about_topic"] == {n.key: n.value for n in count.numbers_used}["matching_items"]
    assert numbers["items_about_topic"] > numbers["matching_items"] > 0
    assert (f"In all, {numbers['items_about_topic']} items are about 'offline maps'" in answer.text
            and f"the {numbers['matching_items']} above are the closest" in answer.text)


def test_a_time_window_in_the_question_is_a_filter(example):
    """"What did people say last week?" answers with the largest themes of the last 7 days before the newest item
    (it abstained); "... about offline maps in the last 30 days?" retrieves only items of those 30 days."""
    from retrieval.db import Database

    with Database(example).connect() as conn:
        newest = conn.execute("SELECT max(created_at) FROM feedback").fetchone()[0]
        week = conn.execute("SELECT count(*) FROM feedback WHERE created_at > %s",
                            (newest - timedelta(days=7),)).fetchone()[0]
    chat = Chat(example, llm=FakeLLM("x"))
    answer = chat.ask("What did people say last week?", options=FAST)
    assert answer.route == "top" and "since" in answer.filters and "until" in answer.filters
    assert {n.key: n.value for n in answer.numbers_used}["total_items"] == week and 0 < week
    maps = chat.ask("What do users say about offline maps in the last 30 days?", options=FAST)
    with Database(example).connect() as conn:
        dates = [r[0] for r in conn.execute("SELECT created_at FROM feedback WHERE id = ANY(%s)",
                                            (maps.retrieved_ids,))]
    assert maps.route == "lookup" and dates and min(dates) > newest - timedelta(days=30)
    assert "offline" in maps.text.lower()


def test_a_withdrawn_model_sentence_leaves_the_streamed_evidence_on_its_own_paragraph(example):
    """The model's one short sentence (an item's own words) is shown, then the whole text is judged too short and
    withdrawn: the stream says so and the evidence list still starts on a paragraph of its own (it read
    "…the summary above stands.Evidence:")."""
    def copy_shortest(messages) -> str:  # "Crashes on Android 15 [F176]."
        blocks = re.findall(r'<feedback id="(F\d+)">([^<]+)<', messages[-1]["content"])
        ref, text = min(blocks, key=lambda b: len(b[1]))
        return text.strip().rstrip(".") + f" [{ref}]."

    question = "How many users report crashes?"
    pieces = [p for p in Chat(example, llm=FakeLLM(copy_shortest)).stream(question, options=FAST)
              if isinstance(p, str)]
    streamed = "".join(pieces)
    assert "[Checked answer] The model's text was withdrawn" in streamed
    assert "stands.\n\nEvidence:\n" in streamed and re.search(r"[^\n]Evidence:", streamed) is None


def test_the_words_a_count_names_are_common_among_its_items_not_one_off():
    """"They talk most about" names words many counted items use, more than the rest do: "freezes" (20 of 120
    crash reports, 30 of 620 items) before a typo two crash reports share and nothing else has ("fixxxx"), which
    ranking by the ratio alone put first; a word in under 2% of them is not named at all."""
    from assistant.chat.aggregate import distinctive_words

    crashes = ["It crashes again" + (" and freezes" if i < 20 else "") + (" fixxxx" if i in (3, 17) else "")
               for i in range(120)]
    others = ["Lovely trail photos" + (", the gallery freezes" if i < 10 else "") for i in range(500)]
    named = distinctive_words(crashes, crashes + others, "crashes")
    assert named[0] == "freezes" and "fixxxx" not in named
    assert distinctive_words(crashes[:2], crashes + others, "crashes") == []  # too few to say anything


def test_contractions_are_no_words_a_count_names():
    # "They talk most about: food, i'v, add, partner": the stem of "I've" in a tester's support conversations
    from assistant.chat.aggregate import distinctive_words
    from assistant.safety.support import content_words

    late = [f"I've waited {i} hours, I'm done, the food came late" for i in range(30)]
    others = ["Great recipes, fresh food"] * 200
    named = distinctive_words(late, late + others, "deliveries")
    assert "waited" in named and not {"i'v", "i've", "i'm", "ve", "m"} & set(named), named
    assert content_words("I've been ill, we're done, dont care") == ["ill", "car"]


def test_how_many_counts_by_meaning_and_says_how_it_matched(example):
    """On the example export against the hand-labelled billing items: counting the literal word finds 7 of 37;
    counting by meaning must find far more while staying mostly right, and say how it matched."""
    from retrieval.db import Database
    from tests.support.cases.billing import BILLING

    answer = Chat(example, llm=FakeLLM("x")).ask("How many people complained about billing?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    with Database(example).connect() as conn:
        external = dict(conn.execute("SELECT id, external_id FROM feedback").fetchall())
    counted = {external[i] for i in answer.matched_ids}
    right = len(counted & BILLING)
    assert numbers["matching_items"] == len(counted) and numbers["matched_by_words"] <= 8
    assert right / len(counted) >= 0.7 and right / len(BILLING) >= 0.55, (right, len(counted))
    assert "Matched by meaning:" in answer.text and "contain the words 'billing'" in answer.text
    assert "They talk most about:" in answer.text and "matched_ids" in answer.text


def test_a_count_says_how_many_items_in_other_languages_it_may_miss(example, db_settings, tmp_path):
    """A tester's French and German crash reviews (9 of 71) were left out of "How many crash reports ..." without a
    word: the English embedding model and the question's words do not reach them. The count says how many items in
    scope are in other languages and how many of those it holds; with none, nothing is said."""
    from retrieval.db import Database

    answer = Chat(example, llm=FakeLLM("x")).ask("How many users mention offline maps?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    with Database(example).connect() as conn:
        langs = dict(conn.execute("SELECT language, count(*) FROM feedback WHERE language IS NOT NULL "
                                  "GROUP BY 1").fetchall())
    main = max(langs, key=langs.get)
    assert numbers["other_language_items"] == sum(n for lang, n in langs.items() if lang != main) > 0
    assert re.search(r"Other languages: \d+ items in scope are not in English \(Chinese \d+", answer.text), answer.text
    # a trend too: an e-bike tester's "Is delivery getting worse in Italy?" said "no clear change" over 59 Italian
    # items it could not read
    trend = Chat(example, llm=FakeLLM("x")).ask("Are offline map complaints increasing?", options=FAST)
    assert trend.route == "change" and re.search(r"Other languages: \d+ items in scope .* are in the change", trend.text)

    lines = ["id,text"] + [f"{k},The app crashes at checkout on my phone ({k})" for k in range(8)]
    ingest_paths([write(tmp_path / "english.csv", "\n".join(lines) + "\n")], db_settings)
    english = Chat(db_settings, llm=FakeLLM("x")).ask("How many crash reports are there?", options=FAST)
    assert "Other languages" not in english.text and "other_language_items" not in {
        n.key for n in english.numbers_used}


def test_a_count_says_how_many_of_its_items_have_no_user_id(example):
    """Store reviews carry no user id: "from 7 distinct users" over 31 items read as 7 people (a tester's reading);
    the items without one are said apart, as the plan does."""
    from retrieval.db import Database

    answer = Chat(example, llm=FakeLLM("x")).ask("How many users mention offline maps?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    with Database(example).connect() as conn:
        anonymous = conn.execute("SELECT count(*) FROM feedback WHERE id = ANY(%s) AND author_hash IS NULL",
                                 (answer.matched_ids,)).fetchone()[0]
    assert anonymous > 0 and numbers["items_without_user"] == anonymous
    assert f"distinct users (+ {anonymous} items without a user id)" in answer.text, answer.text


def test_how_many_about_a_topic_the_data_lacks_counts_next_to_nothing(example):
    """A topic of several words counts by the chat's relevance rule, and a theme is counted only when it names the
    topic's rare words: "Windows desktop app" over reviews of a mobile app counted 52 (a theme with "app" in its name,
    and every review at cosine 0.25) before session 23."""
    chat = Chat(example, llm=FakeLLM("x"))
    answer = chat.ask("How many users complain about the desktop app?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["matched_by_words"] == 0 and "matched_by_theme" not in numbers
    assert numbers.get("matching_items", 0) <= 3, answer.text
    # a name no item holds says so and counts nothing (session 37)
    windows = chat.ask("How many users complain about the Windows desktop app?", options=FAST)
    assert "No stored item mentions 'Windows'" in windows.text and not windows.numbers_used


def test_a_theme_is_named_by_two_words_of_a_topic_of_several(example):
    """A tester's "bank sync" complaints counted the theme 'Xero integration / direct sync' whole through its one
    shared word: a topic of several words needs two of them in a theme's label and keywords (and more than half of
    its weight), a topic of one word that word."""
    from assistant.chat.aggregate import _themes_named
    from assistant.themes.kinds import LANGUAGE_LABEL
    from retrieval.db import Database

    with Database(example).connect() as conn:  # a language theme names no topic (session 44)
        theme_id, lexemes = conn.execute(
            "SELECT id, array(SELECT unnest(tsvector_to_array(to_tsvector('english', coalesce(label, '') || ' ' || "
            "array_to_string(coalesce(keywords[1:10], '{}'), ' '))))) FROM themes WHERE status = 'active' "
            "AND label !~ %s ORDER BY id LIMIT 1", (LANGUAGE_LABEL,)).fetchone()
        first, second = lexemes[:2]
        named = lambda weights: theme_id in [t for t, _ in _themes_named(conn, weights)]  # noqa: E731
        assert named({first: 1.0}) and named({first: 0.6, second: 0.4})
        assert not named({first: 0.8, "zzqx": 0.2})  # the rarer word alone (before: named)
        assert not named({first: 0.4, "zzqx": 0.3, "qqzx": 0.3})


def test_a_topic_whose_words_no_item_holds_counts_by_meaning_alone(example):
    """"How do small businesses rate us compared with enterprise?" over G2 reviews whose company size is a segment
    ("Small-Business"): no item held "small" or "businesses", and the count's SQL had an empty sum: an internal
    error. With no topic word stored, an item counts by the meaning rule's cosine alone."""
    from assistant.chat import relevance
    from assistant.chat.aggregate import count_facts
    from retrieval.db import Database
    from retrieval.embed import Embedder

    topic = "smartwatch wearable"  # the hiking reviews say "Apple Watch" (about 5 items at cosine 0.45)
    vector = Embedder(example).encode([topic])[0]
    with Database(example).connect() as conn:
        counted = set(count_facts(conn, Filters(), topic, vector).matched_ids)
        close = {r[0] for r in conn.execute("SELECT id FROM feedback WHERE 1 - (embedding <=> %s) >= %s",
                                            [vector, relevance.SEMANTIC_COSINE])}
    assert counted == close and close


def test_a_theme_only_its_keywords_name_counts_whole_only_when_mostly_about_the_word(db_settings, tmp_path):
    """A telehealth tester's "How many people mention Aetna?" counted a mixed theme, 'Health app cancellation'
    (keywords "cancelled, aetna, ..."; 22 of its 86 items about Aetna), whole: 87 for 25. A theme only its keywords
    name counts whole when the item rule counts half of it; one whose label names the word still counts whole."""
    from assistant.chat.aggregate import count_facts
    from retrieval.db import Database
    from retrieval.embed import Embedder
    from tests.support.themes import store_themes

    aetna = ["My Aetna card is rejected at checkout", "Billed full price even though I have Aetna",
             "It says my Aetna plan is out of network"]
    cancelled = [f"My appointment was cancelled {when} without notice" for when in
                 ("on Monday", "twice", "an hour before", "again", "last week", "this morning", "at night")]
    cover = ["The insurer coverage check fails", "Insurance verification takes days", "My coverage is not shown"]
    ingest_paths([write(tmp_path / "t.csv", "text\n" + "".join(f"{t}\n" for t in aetna + cancelled + cover))],
                 db_settings)
    db = Database(db_settings)
    with db.connect() as conn:
        ids, (_, named) = store_themes(conn, [
            ("Appointment cancellation", ["cancelled", "aetna", "appointment", "notice"], aetna + cancelled),
            ("Aetna insurance", ["coverage", "insurance"], cover)])
    vector = Embedder(db_settings).encode(["Aetna"])[0]
    with db.connect() as conn:
        counted = set(count_facts(conn, Filters(), "Aetna", vector).matched_ids)
    assert {ids[t] for t in aetna} <= counted and not counted & {ids[t] for t in cancelled}
    assert {ids[t] for t in cover} <= counted, named  # the label names Aetna: its theme counts whole


def test_an_item_close_in_meaning_to_one_word_is_not_counted_when_another_theme_holds_it(example):
    """A tester's help-desk store counted 110 pricing, praise and shift-swap items as "payroll" complaints (237 for
    127): cosine 0.25 to one word is a weak signal. For a topic that names a stored theme, an item close in meaning
    (and not naming the topic) counts only when no other theme holds it; the items that name the topic and those of
    its themes count as before, and a topic that names no theme keeps every item close in meaning. Sets computed
    here in SQL."""
    from assistant.chat.aggregate import MIN_MEANING_WORDS, TOPIC_SIMILARITY, count_facts, topic_match
    from retrieval.db import Database
    from retrieval.embed import Embedder

    vector = Embedder(example).encode(["crashes"])[0]
    with Database(example).connect() as conn:
        match = topic_match(conn, "crashes", vector)
        named = [t for t, _ in match.themes]
        counted = set(count_facts(conn, Filters(), "crashes", vector).matched_ids)

        def ids(sql: str, params: list) -> set[int]:
            return {r[0] for r in conn.execute(sql, params)}

        literal = ids(f"SELECT f.id FROM feedback f WHERE {match.literal[0]}", match.literal[1])
        close = ids("SELECT id FROM feedback WHERE 1 - (embedding <=> %s) >= %s AND coalesce(lexical_len, 0) >= %s",
                    [vector, TOPIC_SIMILARITY, MIN_MEANING_WORDS])
        other = ids("SELECT ft.feedback_id FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id "
                    "WHERE t.status = 'active' AND NOT ft.theme_id = ANY(%s)", [named])
        in_named = ids("SELECT feedback_id FROM feedback_themes WHERE theme_id = ANY(%s)", [named])
    assert named and (close & other) - literal, "the example holds such items (else this test shows nothing)"
    assert not ((close & other) - literal - in_named) & counted
    assert literal | in_named | (close - other) == counted
    # a topic that names no theme (a broad word such as "food" over dish themes) keeps every item close in meaning:
    # the first of these words the example's themes do not name, with such items in other themes
    with Database(example).connect() as conn:
        held = ids("SELECT ft.feedback_id FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id "
                   "WHERE t.status = 'active'", [])
        for word in ("account", "update", "app", "subscription", "support", "price"):
            vector = Embedder(example).encode([word])[0]
            close = ids("SELECT id FROM feedback WHERE 1 - (embedding <=> %s) >= %s AND coalesce(lexical_len, 0) >= %s",
                        [vector, TOPIC_SIMILARITY, MIN_MEANING_WORDS])
            match = topic_match(conn, word, vector)
            if not match.themes and match.meaning and close & held:
                break
        else:
            raise AssertionError("no such word in the example: this part shows nothing")
        counted = set(count_facts(conn, Filters(), word, vector).matched_ids)
    assert close <= counted, word


def test_a_theme_the_topic_means_in_other_words_is_counted_whole(db_settings, tmp_path, monkeypatch):
    """A tester's largest problem was said in other words ("my accounts stop updating", "had to re-link Ally"); its
    theme was labelled 'Credit card / bank', no count used it, and "bank sync" counted 47 of 148. A theme whose centre
    is close to a topic of several words, and a good share of whose items the item rule counts, counts whole (the
    two cut-offs were chosen on that tester's store; here the rule at a share these ten items reach and at the
    default, which they do not)."""
    from assistant.chat import relevance
    from assistant.chat.aggregate import (THEME_MEANT_SHARE, _term_weights, _themes_meant, _themes_named, count_facts,
                                          topic_match)
    from assistant.themes import summarize
    from retrieval.db import Database
    from retrieval.embed import Embedder
    from tests.support.themes import BATTERY, DARK

    bank = ["My accounts stopped updating three days ago.", "Transactions are five days behind again.",
            "Had to re-link my Chase account for the third time.", "Last refreshed 8 days ago says the dashboard.",
            "The bank feed froze and every balance is stale.", "My credit union connection keeps dropping.",
            "Pending charges never turn into posted ones.", "Balances are wrong because the accounts stopped updating.",
            "I reconnected my bank and it broke again a day later.", "None of my new purchases show up in the app."]
    ingest_paths([write(tmp_path / "f.csv", "text\n" + "".join(f'"{t}"\n' for t in bank + DARK + BATTERY))],
                 db_settings)
    summarize(db_settings, n_themes=3, llm=None)
    topic = "balances out of date"  # words the bank theme's label and keywords do not hold
    vector = Embedder(db_settings).encode([topic])[0]
    from assistant.chat import aggregate

    nearest = (aggregate.NEAREST_COSINE, aggregate.NEAREST_MARGIN, aggregate.NEAREST_SHARE)
    monkeypatch.setattr(aggregate, "NEAREST_COSINE", 2.0)  # first the rule of themes close by, alone
    with Database(db_settings).connect() as conn:
        ids = dict(conn.execute("SELECT text, id FROM feedback").fetchall())
        bank_ids, other_ids = {ids[t] for t in bank}, {ids[t] for t in DARK + BATTERY}
        bank_theme = conn.execute("SELECT theme_id FROM feedback_themes WHERE feedback_id = ANY(%s) GROUP BY 1 "
                                  "ORDER BY count(*) DESC LIMIT 1", (list(bank_ids),)).fetchone()[0]
        members = {r[0] for r in conn.execute("SELECT feedback_id FROM feedback_themes WHERE theme_id = %s",
                                              (bank_theme,))}
        match = topic_match(conn, topic, vector)
        literal, meaning = match.literal, match.meaning
        by_items = {r[0] for r in conn.execute(f"SELECT f.id FROM feedback f WHERE {literal[0]} OR {meaning[0]}",
                                               [*literal[1], *meaning[1]])}
        reached = len(by_items & members) / len(members)
        assert by_items and bank_ids - by_items and match.themes == [], "the rule alone counts some, not all"
        assert reached < THEME_MEANT_SHARE
        meant = _themes_meant(conn, vector, literal, meaning, set(), share=reached)
        assert [t for t, _ in meant] == [bank_theme]
        counted = set(count_facts(conn, Filters(), topic, vector).matched_ids)
    assert counted == by_items and not counted & other_ids
    assert bank_ids <= by_items | members and not members & other_ids
    # the theme clearly nearest to the topic counts whole with fewer of its items counted by the rule (a video-call
    # tester's "audio quality": 14 of 181 counted, its theme 0.447 from the topic, the next 0.291), when some of its
    # items hold the topic's words ("balances out of date" is in no item: not so)
    monkeypatch.setattr(aggregate, "NEAREST_COSINE", nearest[0])
    with Database(db_settings).connect() as conn:
        assert set(count_facts(conn, Filters(), topic, vector).matched_ids) == by_items
        topic = "every balance is stale"  # one bank item says it
        vector = Embedder(db_settings).encode([topic])[0]
        centres = [c for (c,) in conn.execute("SELECT 1 - (centroid <=> %s) FROM themes WHERE status = 'active' "
                                              "ORDER BY 1 DESC", (vector,))]
        match = topic_match(conn, topic, vector)
        by_items = {r[0] for r in conn.execute(f"SELECT f.id FROM feedback f WHERE {match.literal[0]} OR "
                                               f"{match.meaning[0]}", [*match.literal[1], *match.meaning[1]])}
        reached = len(by_items & members) / len(members)
        assert centres[0] >= nearest[0] and centres[0] - centres[1] >= nearest[1], centres
        assert nearest[2] <= reached < THEME_MEANT_SHARE and [t for t, _ in match.themes] == [bank_theme]
        assert set(count_facts(conn, Filters(), topic, vector).matched_ids) == by_items | members
    # and a theme whose label names the topic, few of whose items the rule counts, is not the topic's (a tester's
    # praise theme labelled 'Shared budget / pennywise' was counted whole as shared-budget requests): here the
    # dark-mode theme renamed so
    from assistant.themes.taxonomy import rename

    with Database(db_settings).connect() as conn:
        dark_theme = conn.execute("SELECT theme_id FROM feedback_themes WHERE feedback_id = %s",
                                  (ids[DARK[0]],)).fetchone()[0]
        rename(conn, dark_theme, "Stale balances")
        conn.commit()
        stale = Embedder(db_settings).encode(["stale balances"])[0]
        assert (dark_theme, "Stale balances") in _themes_named(
            conn, _term_weights(*relevance.topic_words(conn, "stale balances")))
        assert dark_theme not in [t for t, _ in topic_match(conn, "stale balances", stale).themes]
        assert not set(count_facts(conn, Filters(), "stale balances", stale).matched_ids) & other_ids


def test_top_issues_quote_a_problem_and_give_each_theme_its_own_negative_share(example):
    """Each ranked theme of "What are the top issues?" quotes an item that reads as a problem (not one classified as
    praise or positive that counts only by its low rating) and says what share of all its items in scope is
    negative (a share of the problem items alone would be ~100% every time)."""
    from retrieval.db import Database

    answer = Chat(example, llm=FakeLLM("x")).ask("What are the top issues?", options=FAST)
    ranked = re.findall(r"^\d+\. (.+?): \d+ problem items.*?, (\d+)% of its items negative \[F(\d+)\]\.$", answer.text,
                        re.MULTILINE)
    assert len(ranked) >= 3, answer.text
    shares = set()
    with Database(example).connect() as conn:
        for label, pct, fid in ranked:
            share, fits = conn.execute(
                "SELECT avg((fc.sentiment = 'negative')::int)::float, "
                "bool_or(fc.feedback_type IS DISTINCT FROM 'praise' AND fc.sentiment IS DISTINCT FROM 'positive') "
                "FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id AND t.status = 'active' "
                "LEFT JOIN feedback_classification fc ON fc.feedback_id = ft.feedback_id WHERE t.label = %s",
                (label,)).fetchone()
            assert abs(int(pct) - 100 * share) <= 1, (label, pct, share)
            shares.add(int(pct))
            kind = conn.execute("SELECT feedback_type, sentiment FROM feedback_classification WHERE feedback_id = %s",
                                (int(fid),)).fetchone()
            if fits:
                assert kind[0] != "praise" and kind[1] != "positive", (label, fid, kind)
    assert len(shares) > 1 or shares != {100}


@pytest.mark.parametrize("question, kind", [
    ("What is our NPS?", "nps"), ("How is our net promoter score?", "nps"), ("What's the NPS score this month?", "nps"),
    ("What do NPS detractors say?", "top"), ("What do promoters love?", "top"),
    # what the survey's answers say overall, and the score month by month (session 41: "Is our NPS getting worse?"
    # had searched for items with the word 'NPS', 1 vs 1)
    ("What do people say in the NPS survey?", "top"), ("How did NPS change since September?", "nps"),
])
def test_nps_questions_are_routed_to_the_score(question, kind):
    assert route_question(question).kind == kind


def test_nps_is_computed_from_the_scores_as_given(db_settings, tmp_path):
    """"What is our NPS?" over a survey export: % promoters (9-10) - % detractors (0-6) of the 0-10 answers as the
    customers gave them (ingest keeps them beside the 1-5 rating it reads from them), counted here from the file;
    the newest detractor and promoter are quoted."""
    scores = [10, 9, 9, 8, 7, 6, 3, 0, 10, 5, 9, 2]
    question = "How likely are you to recommend Trailmate to a friend?"
    lines = [f'response_id,date,"{question}",comment'] + [
        f"R{k},2026-10-{k + 1:02d},{s},Comment number {k} about the trail maps" for k, s in enumerate(scores)]
    ingest_paths([write(tmp_path / "survey.csv", "\n".join(lines) + "\n")], db_settings)
    llm = FakeLLM("x")
    answer = Chat(db_settings, llm=llm).ask("What is our NPS?", options=FAST)
    promoters, detractors = sum(s >= 9 for s in scores), sum(s <= 6 for s in scores)
    expected = round(100 * (promoters - detractors) / len(scores))
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert answer.route == "nps" and numbers["nps"] == expected and numbers["nps_answers"] == len(scores)
    assert (numbers["nps_promoters"], numbers["nps_detractors"]) == (promoters, detractors)
    assert f"NPS {expected:+d} from {len(scores)} answers to '{question}'" in answer.text
    newest = {kind: max(k for k, s in enumerate(scores) if test(s))
              for kind, test in (("detractor", lambda s: s <= 6), ("promoter", lambda s: s >= 9))}
    quoted = {c.text for c in answer.citations}
    assert {f"Comment number {k} about the trail maps" for k in newest.values()} <= quoted


def test_nps_leaves_out_a_feature_boards_score_of_votes(db_settings, tmp_path):
    """A survey's "Score" (0-10, read as the rating) and a Canny board's "Score" (its votes, kept as metadata) in one
    store: a tester's NPS read -35 for -17, the board's posts with 10 votes or fewer counted as answers."""
    scores = [10, 9, 3, 8, 0, 9]
    survey = "Response ID,Score,Comment,Created At\n" + "".join(
        f"D{k},{s},Comment {k} on scheduling,2026-10-{k + 1:02d}\n" for k, s in enumerate(scores))
    board = "Post ID,Title,Details,Votes,Score,Created At\n" + "".join(
        f"P{k},Request {k},Forecast labor cost by store {k},{v},{v},2026-10-{k + 1:02d}\n"
        for k, v in enumerate([1, 2, 3, 102, 5, 0, 7]))
    ingest_paths([write(tmp_path / "delighted.csv", survey), write(tmp_path / "canny.csv", board)], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("What is our NPS?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    expected = round(100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores))
    assert numbers["nps_answers"] == len(scores) and numbers["nps"] == expected, answer.text


def test_evidence_shows_a_survey_score_out_of_ten_not_its_star_band(db_settings, tmp_path, monkeypatch, capsys):
    """A tester read "rating 1.83" and "1.5★" beside NPS answers as star ratings: a rating read from a 0-10 score
    kept in the metadata is shown as that score; a star rating and a number in another column stay as they are."""
    from retrieval.columns import score_of_ten

    question = "How likely are you to recommend Trailmate to a friend?"
    lines = [f'response_id,date,"{question}",comment'] + [
        f"R{k},2026-10-{k + 1:02d},{s},The trail maps are too expensive for what they offer ({k})"
        for k, s in enumerate([5, 9, 2, 7])]
    ingest_paths([write(tmp_path / "survey.csv", "\n".join(lines) + "\n")], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("What do people say about trail map prices?", options=FAST)
    evidence = answer.text.split("Evidence:")[1]
    assert re.search(r"score [0-9]+/10\)", evidence) and "rating" not in evidence, evidence
    _env(monkeypatch, db_settings)
    assert run(["search", "trail maps too expensive", "-k", "4"]) == 0
    shown = capsys.readouterr().out
    assert re.search(r"\] \S+ 2026-10-\d\d [0-9]+/10  score", shown) and "★" not in shown, shown
    from ui.handlers.feedback import browse
    from ui.handlers.services import Services

    services = Services(db_settings)
    for rows in (browse(services), browse(services, "trail maps too expensive")):  # the Feedback tab's table
        assert sorted(r[3] for r in rows) == sorted(f"{s}/10" for s in [5, 9, 2, 7]), rows
    assert score_of_ten(1.83, {question: "5"}) == 5
    assert score_of_ten(5.0, {"Helpful votes": "10"}) is None and score_of_ten(4.0, {"Stars": "4"}) is None


def test_a_count_over_stars_and_nps_answers_averages_each_on_its_own_scale(db_settings, tmp_path):
    """A tester's "282 items about late deliveries ... average rating 2.46" mixed 102 NPS answers, stored as 1-5
    bands of their 0-10 scores, into 180 app-store stars. A count, its split by source, a trend and a lookup answer
    now give the star ratings' average and the survey answers' average score out of 10 apart, each computed here from
    the files."""
    stars = [1, 2, 1, 3, 2]
    reviews = ["Deliveries arrive late every week", "My delivery was late again", "Late delivery and the food was warm",
               "Delivery late by a day", "Late deliveries ruin dinner plans"]
    write(tmp_path / "reviews.csv", "id,date,rating,review\n" + "".join(
        f"A{k},2026-{10 - k % 2:02d}-{k + 1:02d},{r},{t}\n" for k, (r, t) in enumerate(zip(stars, reviews))))
    scores = [6, 2, 9, 5]
    comments = ["Late deliveries twice this month", "The delivery was late and cold",
                "Great food even when the delivery is late", "Deliveries keep coming late"]
    question = "How likely are you to recommend us?"
    write(tmp_path / "nps.csv", f'response_id,date,"{question}",comment\n' + "".join(
        f"R{k},2026-{10 - k % 2:02d}-{k + 1:02d},{s},{c}\n" for k, (s, c) in enumerate(zip(scores, comments))))
    ingest_paths([tmp_path / "reviews.csv", tmp_path / "nps.csv"], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    counted = chat.ask("How many people mention late deliveries?", options=FAST)
    numbers = {n.key: n.value for n in counted.numbers_used}
    assert numbers["matching_items"] == len(stars) + len(scores), counted.text
    assert numbers["average_rating"] == round(sum(stars) / len(stars), 2)
    assert numbers["average_score_of_10"] == round(sum(scores) / len(scores), 1)
    assert numbers["score_answers"] == len(scores)
    assert (f"average rating {sum(stars) / len(stars):.2f} ({len(stars)} star ratings); average score "
            f"{sum(scores) / len(scores):.1f}/10 ({len(scores)} items with a 0-10 answer to '{question}')") in counted.text
    by_source = chat.ask("How many people mention late deliveries by source?", options=FAST)
    assert (f"reviews {len(stars)} (56%, average rating {sum(stars) / len(stars):.2f})" in by_source.text
            and f"nps {len(scores)} (44%, average score {sum(scores) / len(scores):.1f}/10)" in by_source.text), by_source.text
    trend = chat.ask("Are late deliveries getting worse?", options=FAST)  # the last 30 days against the 30 before
    def mean(values: list[int], month: int) -> float:  # the items of that month (the even rows are October's)
        picked = [v for k, v in enumerate(values) if 10 - k % 2 == month]
        return sum(picked) / len(picked)

    assert (f"Average rating (star ratings) {mean(stars, 10):.2f} versus {mean(stars, 9):.2f}" in trend.text
            and f"Average score {mean(scores, 10):.1f}/10 versus {mean(scores, 9):.1f}/10" in trend.text), trend.text
    looked_up = chat.ask("Why are deliveries late?", options=FAST)
    head = looked_up.text.splitlines()[0]
    used = {n.key: n.value for n in looked_up.numbers_used}
    cited_scores = [s for s, c in zip(scores, comments) if f'"{c}"' in looked_up.text]
    assert used.get("score_answers", 0) >= len(cited_scores) > 0, looked_up.text
    assert f"/10 ({used['score_answers']} survey answers)" in head and "star ratings" in head, head


def test_a_trend_question_reads_the_months_not_only_the_last_30_days(db_settings, tmp_path):
    """A tester's payroll-export complaints grew from 6% to 34% of all feedback over five months, and every answer
    compared the last 30 days with the 30 before: "no clear change either way". A trend question also gives the
    topic's share of all feedback per calendar month, with a test for trend across the months; counts computed here
    from the file."""
    monthly = {"2026-07": (2, 20), "2026-08": (4, 20), "2026-09": (8, 20), "2026-10": (12, 20), "2026-11": (16, 20)}
    rows, k = [], 0
    for month, (payroll, total) in monthly.items():
        for j in range(total):
            text = ("The payroll export drops overtime hours" if j < payroll else f"Shift swap request number {j} "
                    "stays pending")
            rows.append(f"T{k},{month}-{j % 28 + 1:02d},{text}")
            k += 1
    path = write(tmp_path / "tickets.csv", "id,date,text\n" + "\n".join(rows) + "\n")
    ingest_paths([path], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("Are payroll export complaints increasing?", options=FAST)
    parts = ", ".join(f"{m} {p} of {t} ({100 * p / t:.0f}%)" for m, (p, t) in monthly.items())
    # asked with no window, the trend over the months leads (an analytics tester's answer opened with "no clear
    # change in these 30 days alone" over a rise from 0 to 45 a month, said at the end of the next line)
    head = answer.text.splitlines()[1]
    assert head.startswith("- Rising over 5 months (p < 0.001") and f"By month, share of all feedback in scope: " \
        f"{parts}." in head, answer.text
    windowed = Chat(db_settings, llm=FakeLLM("x")).ask("Did payroll export complaints increase in November?",
                                                      options=FAST)
    assert f"{parts}; rising over 5 months (p < 0.001" in windowed.text, windowed.text
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["monthly:2026-09"] == 8 and numbers["monthly_total:2026-09"] == 20
    flat = Chat(db_settings, llm=FakeLLM("x")).ask("Are shift swap complaints increasing?", options=FAST)
    assert "By month, share of all feedback in scope" in flat.text and "Falling over 5 months" in flat.text


def test_a_trend_question_about_a_spike_that_is_over_says_it_peaked(db_settings, tmp_path):
    """A thermostat tester's "Are price complaints decreasing?" got "a clear change" for the last 30 days and, in
    the same answer, "rising over 6 months" for 0, 0, 0, 7, 42, 11 a month. A spike that is over says where it
    peaked and that it fell since; counts computed here from the file."""
    monthly = {"2026-07": (0, 20), "2026-08": (1, 20), "2026-09": (12, 24), "2026-10": (14, 28), "2026-11": (2, 20)}
    rows, k = [], 0
    for month, (sync, total) in monthly.items():
        for j in range(total):
            text = ("The weekly schedule does not sync to the thermostat" if j < sync else
                    f"Shift swap request number {j} stays pending")
            rows.append(f"T{k},{month}-{j % 28 + 1:02d},{text}")
            k += 1
    path = write(tmp_path / "tickets.csv", "id,date,text\n" + "\n".join(rows) + "\n")
    ingest_paths([path], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("Are schedule sync complaints increasing?", options=FAST)
    assert "- Peaked in 2026-09 (12 items, 50% of the month's feedback) and fell since (2, 10% in 2026-11" \
        in answer.text
    assert "rising over" not in answer.text
    assert {n.key for n in answer.numbers_used} >= {"monthly_turn_p_value", "monthly:2026-09"}


def test_a_zero_or_an_abstention_says_how_much_of_the_scope_the_model_cannot_read(db_settings, tmp_path):
    """A thermostat tester's "How many complaints about the dynamic tariff are there?" said "No feedback items" over
    29 complaints, 27 in Dutch, and "What do Dutch customers say about the energy tariff integration?" abstained
    with no word why: both now say how many items in scope are in other languages, which the English-only
    embedding model does not read."""
    dutch = ["De koppeling met het dynamisch tarief werkt niet, de prijzen kloppen nooit.",
             "Waarom laat de app mijn dynamische tarieven niet zien? Heel vervelend.",
             "Het dynamisch energietarief wordt verkeerd berekend in het overzicht van deze maand.",
             "Sinds de update zie ik geen uurprijzen meer van mijn energieleverancier.",
             "De app haalt de tarieven van mijn leverancier niet op, dit is echt slecht.",
             "Ik betaal een dynamisch tarief maar de besparing klopt helemaal niet."]
    english = ["The thermostat battery drains in a week.", "Battery died again after two weeks.",
               "Schedule does not sync to the thermostat.", "Love the savings on my heating bill.",
               "Wi-Fi pairing fails at step three every time.", "The installer never showed up for the appointment.",
               "Energy report numbers are far higher than my meter.", "Great app, easy to set up."]
    rows = [f"N{k},2026-10-{k + 1:02d},NL,\"{t}\"" for k, t in enumerate(dutch)]
    rows += [f"E{k},2026-10-{k + 1:02d},GB,\"{t}\"" for k, t in enumerate(english)]
    ingest_paths([write(tmp_path / "reviews.csv", "id,date,country,text\n" + "\n".join(rows) + "\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    zero = chat.ask("How many complaints about the dynamic pricing plan are there?", options=FAST)
    assert "No feedback items about" in zero.text, zero.text
    assert f"Other languages: {len(dutch)} items in scope are not in English (Dutch {len(dutch)}) and 0 of them" \
        in zero.text, zero.text
    lookup = chat.ask("What do Dutch customers say about the hourly price display?", options=FAST)
    assert "not enough evidence" in lookup.text, lookup.text
    assert f"{len(dutch)} of the {len(dutch)} items in scope are not in English (Dutch {len(dutch)})" in lookup.text
    english_only = chat.ask("What do British customers say about the watch app?", options=FAST)
    assert "not enough evidence" in english_only.text and "not in English" not in english_only.text


def test_csat_is_read_from_a_help_desks_good_or_bad_satisfaction_column(db_settings, tmp_path):
    """A thermostat tester's "What is our CSAT by plan?" was computed from NPS answers in bands, and the tickets'
    own Zendesk "Satisfaction Score" (Good, Bad, Offered, Unoffered) was never read. CSAT is the share of good among
    good and bad answers, as the help desk reports it; counts computed here from the file."""
    import random

    rng = random.Random(7)
    rows, expected = [], {}
    for k in range(60):
        plan = ("Basic", "Plus", "Family")[k % 3]
        score = rng.choice(["Good", "Bad", "Offered", "Unoffered", ""])
        good, bad = expected.get(plan, (0, 0))
        expected[plan] = (good + (score == "Good"), bad + (score == "Bad"))
        rows.append(f"{k},2026-10-{k % 28 + 1:02d},{plan},{score},Ticket about the thermostat schedule number {k}")
    path = write(tmp_path / "zendesk.csv", "Id,Created at,Plan,Satisfaction Score,Description\n" + "\n".join(rows))
    ingest_paths([path], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("What is our CSAT by plan?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    good, bad = sum(g for g, _ in expected.values()), sum(b for _, b in expected.values())
    assert numbers["satisfaction_csat"] == round(100 * good / (good + bad)), answer.text
    for plan, (g, b) in expected.items():
        assert numbers[f"satisfaction_csat_by:plan:{plan}"] == round(100 * g / (g + b)), (plan, answer.text)
    assert f"'Satisfaction Score': CSAT {round(100 * good / (good + bad))}% ({good} good of {good + bad}" in answer.text


def test_scores_without_a_comment_count_in_nps_and_ratings_and_nowhere_else(db_settings, tmp_path):
    """Survey answers that give a score and leave the comment empty were rejected ("text is empty"): a tester's
    CSAT export lost 14 of its 289 scores, and NPS left them out. They are stored apart (no text to search, theme
    or cite), counted by NPS and the average rating, and not stored twice when the export is loaded again."""
    scores = [10, 9, 3, 0, 6, 8, 9, 2, 10, 10]
    comments = ["Maps fail offline", "", "Battery drains fast", "", "", "Love the trails", "", "", "", "Great app"]
    question = "How likely are you to recommend us?"
    lines = [f'response_id,date,"{question}",comment'] + [
        f"R{k},2026-10-{k + 1:02d},{s},{c}" for k, (s, c) in enumerate(zip(scores, comments))]
    path = write(tmp_path / "nps.csv", "\n".join(lines) + "\n")
    report = ingest_paths([path], db_settings)
    silent = sum(1 for c in comments if not c)
    added = report.total("added")
    assert (added, report.total("scores"), report.total("rejected")) == (len(scores) - silent, silent, 0)
    again = ingest_paths([write(tmp_path / "again" / "nps.csv", "\n".join(lines) + "\n")], db_settings)
    assert (again.total("added"), again.total("scores"), again.total("rejected")) == (0, 0, 0)
    from retrieval.db import Database
    from retrieval.stats import feedback_stats

    assert feedback_stats(Database(db_settings))["scores_without_comment"] == silent  # pma stats says so
    chat = Chat(db_settings, llm=FakeLLM("x"))
    numbers = {n.key: n.value for n in chat.ask("What is our NPS?", options=FAST).numbers_used}
    expected = round(100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores))
    assert numbers["nps"] == expected and numbers["nps_answers"] == len(scores)
    rated = {n.key: n.value for n in chat.ask("What is our average rating?", options=FAST).numbers_used}
    assert rated["rated_items"] == len(scores)
    from retrieval.search import Searcher

    hits = Searcher(db_settings).search("maps battery trails great app", k=50, mode="lexical")
    assert len(hits) == len(scores) - silent


def test_a_comment_that_says_nothing_is_a_score_without_a_comment_counted_once(db_settings, tmp_path):
    """A tester's CSAT "What could be better?" answers "n/a", "-" and "idk" (30 of them) were stored as items and
    made a theme of their own. They are scores without a comment now; a store where an earlier version kept such a
    comment as an item does not count its score a second time when the export is loaded again."""
    from retrieval.columns import detect_columns
    from retrieval.db import Database
    from retrieval.loaders import load_file
    from retrieval.rows import RowConverter

    scores = [10, 3, 9, 6, 8]
    comments = ["n/a", "-", "idk", "Maps fail offline", "Nothing really"]
    question = "How likely are you to recommend us?"
    lines = [f'response_id,date,"{question}",What could be better?'] + [
        f"R{k},2026-10-{k + 1:02d},{s},{c}" for k, (s, c) in enumerate(zip(scores, comments))]
    path = write(tmp_path / "nps.csv", "\n".join(lines) + "\n")
    # an earlier version's store: the "n/a" row kept as an item (the stored comment row given that row's identity)
    old = write(tmp_path / "old" / "nps.csv", "\n".join(lines[:1] + ["R0,2026-10-01,10,An old comment about the trail maps"]) + "\n")
    assert ingest_paths([old], db_settings).total("added") == 1
    db = Database(db_settings)
    loaded = load_file(path)
    converter = RowConverter(detect_columns(loaded), loaded.columns, keyed_hash=db.keyed_hash, max_chars=10_000,
                             redact_pii=True, source="nps", default_source="nps")
    was = converter.convert_all(loaded.rows[0])[0]
    with db.connect() as conn:
        conn.execute("UPDATE feedback SET content_hash = %s, base_hash = %s, text = %s", (was.content_hash,
                                                                                         was.base_hash, was.text))
    report = ingest_paths([path], db_settings)
    assert (report.total("added"), report.total("scores"), report.total("rejected")) == (1, 3, 0)
    numbers = {n.key: n.value for n in Chat(db_settings, llm=FakeLLM("x")).ask("What is our NPS?",
                                                                               options=FAST).numbers_used}
    assert numbers["nps_answers"] == len(scores)  # the "n/a" item (10) once, three scores, one comment


def test_a_survey_with_two_open_questions_keeps_both_answers_and_counts_each_score_once(db_settings, tmp_path):
    """A tester's Typeform NPS export had "What is the main reason for your score?" and "What one thing should we
    improve?": the improve answers (the requests) were metadata only, and respondents who answered only that one
    lost their text. Each answer is an item now; the row has no id, and its score counts once."""
    scores = [10, 3, 9, 6, 8, 0]
    reasons = ["Great recipes and fresh ingredients every week", "Items were missing from my last three boxes",
               "Delivery is always on time and friendly", "", "Good value for a family of four", "n/a"]
    improve = ["A vegan filter for the weekly menu please", "Stop substituting items without asking first",
               "Let me pause my subscription while on holiday", "Add a dietary filter for gluten free meals",
               "", "Cheaper family plan would be nice to have"]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Submitted At", "How likely are you to recommend Pantry to a friend?",
                "What is the main reason for your score?", "What one thing should we improve?"])
    w.writerows((f"2026-10-{k + 1:02d} 10:00:00", s, r, i) for k, (s, r, i) in enumerate(zip(scores, reasons, improve)))
    report = ingest_paths([write(tmp_path / "nps.csv", buf.getvalue())], db_settings)
    answered = sum(bool(t) and t != "n/a" for t in reasons + improve)
    assert (report.total("added"), report.total("scores"), report.total("rejected")) == (answered, 0, 0)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    numbers = {n.key: n.value for n in chat.ask("What is our NPS?", options=FAST).numbers_used}
    expected = round(100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores))
    assert numbers["nps_answers"] == len(scores) and numbers["nps"] == expected
    from retrieval.search import Searcher

    hits = Searcher(db_settings).search("dietary vegan filter", k=3, mode="lexical")
    assert {h.text for h in hits} >= {improve[0], improve[3]}


def test_several_columns_mapped_as_text_are_answers_of_their_own(db_settings, tmp_path):
    from ui.cli.feedback import parse_map

    path = write(tmp_path / "survey.csv", "id,date,Reason,Improve\nR1,2026-10-01,Fresh food and tasty,"
                                          "A vegan filter\nR2,2026-10-02,Late again,Faster delivery\n")
    mapping = parse_map(["Reason=text", "Improve=text"])
    report = ingest_paths([path], db_settings, mapping=mapping)
    assert report.total("added") == 4
    with pytest.raises(UserError, match="date is mapped to 'id' already"):
        parse_map(["id=date", "Reason=date"])


def test_nps_of_an_export_with_star_ratings_and_nps_answers(db_settings, tmp_path):
    """A tester's export held app reviews (``stars``) and NPS answers (``nps_score``) in one file: ingest read the
    stars as the rating, kept the scores as metadata only, and "What is our NPS?" said no score was stored (truth:
    115 answers, NPS -29). A row without stars now takes its rating from its score, and the NPS is computed."""
    reviews = [f"A{k},2026-10-{k + 1:02d},{s},,Review number {k} about the trail maps" for k, s in
               enumerate([5, 1, 2, 4, 3, 1])]
    scores = [10, 9, 3, 0, 6, 8, 9, 2, 1]
    answers = [f"N{k},2026-11-{k + 1:02d},,{s},Answer number {k} about the trail maps" for k, s in enumerate(scores)]
    path = write(tmp_path / "mixed.csv", "\n".join(["id,date,stars,nps_score,text", *reviews, *answers]) + "\n")
    report = ingest_paths([path], db_settings)
    assert report.files[0].columns["rating"] == "stars" and report.files[0].columns["nps"] == "nps_score"
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("What is our NPS?", options=FAST)
    expected = round(100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores))
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert answer.route == "nps" and numbers["nps"] == expected and numbers["nps_answers"] == len(scores)
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:
        ratings = dict(conn.execute("SELECT external_id, rating FROM feedback").fetchall())
    assert ratings["A0"] == 5 and ratings["N0"] == 5 and ratings["N3"] == 1  # 10 and 0 in NPS bands


@pytest.mark.parametrize("question, group", [
    ("What is our NPS by plan?", "plan"), ("Which plan has the lowest NPS?", "plan"),
    ("NPS per platform this month?", "platform"), ("What's our NPS?", None), ("What is our NPS this month?", None),
    ("What is our NPS trend?", "month"), ("Monthly NPS?", "month"), ("NPS by week", "week"),
])
def test_nps_split_by_a_group_is_routed_with_the_group(question, group):
    route = route_question(question)
    assert (route.kind, route.breakdown) == ("nps", group)


def test_nps_by_plan_and_by_a_survey_question_is_computed_per_group(db_settings, tmp_path):
    """"NPS by plan" over a survey export, and "NPS by device" where the device is a survey question ("Which device
    do you use most?", found as the metadata key with the word in it); each group's NPS is counted here from the
    file."""
    rows = [(10, "Team", "iPhone"), (9, "Team", "Android"), (3, "Team", "iPhone"), (8, "Free", "Android"),
            (2, "Free", "Android"), (0, "Free", "iPhone"), (6, "Free", "Android"), (9, "Plus", "iPhone")]
    lines = ['response_id,date,"How likely are you to recommend us?",plan,"Which device do you use most?",comment'] + [
        f"R{k},2026-10-{k + 1:02d},{s},{p},{d},Comment number {k} about the trail maps"
        for k, (s, p, d) in enumerate(rows)]
    ingest_paths([write(tmp_path / "survey.csv", "\n".join(lines) + "\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    for question, group, column in (("What is our NPS by plan?", "plan", 1),
                                    ("Which device has the lowest NPS?", "device", 2)):
        answer = chat.ask(question, options=FAST)
        numbers = {n.key: n.value for n in answer.numbers_used}
        for value in {r[column] for r in rows}:
            scores = [r[0] for r in rows if r[column] == value]
            expected = round(100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores))
            assert numbers.get(f"nps_by:{group}:{value}") == expected, (question, value, answer.text)
            assert numbers.get(f"nps_answers_by:{group}:{value}") == len(scores)
    assert "NPS by plan: Free -75 (4 answers), Team +33 (3 answers), Plus +100 (1 answer)." in chat.ask(
        "NPS per plan?", options=FAST).text
    nowhere = chat.ask("What is our NPS by city?", options=FAST)
    assert "There is no 'city' in this feedback to split NPS by" in nowhere.text


def test_nps_trend_and_counts_by_month_are_split_by_period_in_time_order(db_settings, tmp_path):
    """"What is our NPS trend?" was a change question comparing items, not scores: now the NPS of each month, in time
    order; "How many answers by month?" counts per month the same way. Expected figures counted from the rows."""
    rows = [("2026-09-03", 10), ("2026-09-20", 3), ("2026-10-02", 9), ("2026-10-15", 9), ("2026-10-28", 6),
            ("2026-11-04", 2), ("2026-11-05", 0), ("2026-11-09", 10)]
    lines = ['date,"How likely are you to recommend us?",comment'] + [
        f"{d},{score},Comment about the trail maps number {k}" for k, (d, score) in enumerate(rows)]
    ingest_paths([write(tmp_path / "survey.csv", "\n".join(lines) + "\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    trend = chat.ask("What is our NPS trend?", options=FAST)
    numbers = {n.key: n.value for n in trend.numbers_used}
    expected = {}
    for month in ("2026-09", "2026-10", "2026-11"):
        scores = [x for d, x in rows if d.startswith(month)]
        expected[month] = round(100 * (sum(x >= 9 for x in scores) - sum(x <= 6 for x in scores)) / len(scores))
        assert numbers[f"nps_by:month:{month}"] == expected[month]
    assert trend.route == "nps" and (f"NPS by month: 2026-09 {expected['2026-09']:+d} (2 answers), 2026-10 "
                                     f"{expected['2026-10']:+d} (3 answers), 2026-11 {expected['2026-11']:+d}") in trend.text
    counts = chat.ask("How many comments about trail maps by month?", options=FAST)
    by_month = {k.split(":")[2]: v for k, v in ((n.key, n.value) for n in counts.numbers_used) if k.startswith("by:month:")}
    assert by_month == {"2026-09": 2, "2026-10": 3, "2026-11": 3} and "By month (items, in time order): 2026-09 2" in counts.text


def test_star_ratings_have_no_nps_and_the_model_is_not_asked(chat_settings):
    llm = FakeLLM("Our NPS is 42.")
    answer = Chat(chat_settings, llm=llm).ask("What is our NPS?", options=FAST)
    assert answer.route == "nps" and "there is no NPS to compute" in answer.text and "42" not in answer.text
    assert llm.calls == [] and not answer.citations


@pytest.mark.parametrize("question, kind, group", [
    ("What is our average rating?", "rating", None), ("What is our average CSAT score?", "rating", None),
    ("What's our CSAT?", "rating", None), ("How satisfied are our customers?", "rating", None),
    ("CSAT by plan", "rating", "plan"), ("What was our customer satisfaction score in November?", "rating", None),
    ("Average rating by platform?", "count", "platform"), ("Is our rating getting worse?", "change", None),
    ("How satisfied are customers with the export?", "lookup", None), ("What is our NPS?", "nps", None),
])
def test_rating_and_csat_questions_are_routed_to_the_ratings(question, kind, group):
    """A tester's "What is our average CSAT score?" abstained ("no item is close enough to the question") over 274
    rated survey answers; a subject ("with the export") keeps its search, a split by platform its count."""
    route = route_question(question)
    assert (route.kind, route.breakdown) == (kind, group)


def test_average_rating_and_csat_are_computed_per_source_and_per_plan(db_settings, tmp_path):
    """"What is our average rating?" over a CSAT survey (1-5) and app reviews (stars) in one store: the average, CSAT
    (% of ratings 4-5) and the spread, then each source's, all counted here from the rows; "CSAT by plan" splits by
    plan; the model is not asked for the figures; a store without ratings says there is none to compute."""
    survey = [(5, "Team"), (4, "Team"), (2, "Free"), (3, "Free"), (5, "Free"), (1, "Team"), (4, "Free")]
    reviews = [(1, "Free"), (2, "Free"), (5, "Team"), (1, "Free")]
    ingest_paths([
        write(tmp_path / "csat.csv", "submitted,plan,How satisfied are you? (1-5),What could be better?\n" + "".join(
            f"2026-10-{k + 1:02d},{p},{r},Survey answer {k} about invoices\n" for k, (r, p) in enumerate(survey))),
        write(tmp_path / "reviews.csv", "date,plan,rating,review\n" + "".join(
            f"2026-11-{k + 1:02d},{p},{r},Review {k} about the bank feed\n" for k, (r, p) in enumerate(reviews))),
        # a review site's row is two items (pros, cons) and one rating, counted once
        write(tmp_path / "g2.csv", "Review ID,Date,Plan,Rating,Pros,Cons\n"
                                   "G2-1,2026-11-20,Team,2,Clean invoices,Bank feeds break\n"
                                   "G2-2,2026-11-21,Free,4,Fast support,Slow reports\n")],
        db_settings)
    reviews = reviews + [(2, "Team"), (4, "Free")]
    llm = FakeLLM("Our CSAT is 99%.")
    chat = Chat(db_settings, llm=llm)
    answer = chat.ask("What is our average CSAT score?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    every = [r for r, _ in survey + reviews]
    csat = round(100 * sum(r >= 4 for r in every) / len(every))
    assert answer.route == "rating" and numbers["average_rating"] == round(sum(every) / len(every), 2)
    assert numbers["csat"] == csat and numbers["rated_items"] == len(every)
    assert f"CSAT {csat}% ({sum(r >= 4 for r in every)} of {len(every)} ratings are 4 or 5)" in answer.text
    assert all(numbers[f"ratings:{s}"] == every.count(s) for s in range(1, 6))
    for source, rows in (("csat", survey), ("reviews", reviews[:-2]), ("g2", reviews[-2:])):
        ratings = [r for r, _ in rows]
        assert numbers[f"average_rating_by:source:{source}"] == round(sum(ratings) / len(ratings), 2)
        assert numbers[f"csat_by:source:{source}"] == round(100 * sum(r >= 4 for r in ratings) / len(ratings))
    assert "99%" not in answer.text
    by_plan = {n.key: n.value for n in chat.ask("CSAT by plan", options=FAST).numbers_used}
    for plan in ("Team", "Free"):
        ratings = [r for r, p in survey + reviews if p == plan]
        assert by_plan[f"csat_by:plan:{plan}"] == round(100 * sum(r >= 4 for r in ratings) / len(ratings))
    ingest_paths([write(tmp_path / "notes.csv", "date,text\n2026-11-20,An interview note about invoices\n")],
                 db_settings)
    none = chat.ask("What is our average rating?", options=FAST, filters=Filters(sources=["notes"]))
    assert "None of the 1 feedback items in scope has a rating" in none.text


def test_an_item_that_is_one_quote_is_shown_in_one_pair_of_quotes():
    from assistant.chat.grounding import evidence_line

    line = evidence_line("F5", '"I download maps the night before and it fails."', source="interview-p4",
                         date="2026-10-12", rating=None)
    assert line == '- [F5] "I download maps the night before and it fails." (interview-p4, 2026-10-12)'
    inner = evidence_line("F6", '"Sync" is broken, she said "again"', source=None, date=None, rating=2)
    assert inner == '- [F6] ""Sync" is broken, she said "again"" (rating 2)'


def test_a_plan_named_in_the_question_filters_by_the_plan_column(example):
    """"What do Plus users complain about?" over an export with a plan column: the top issues among the Plus plan's
    items (it searched for the word "Plus" before); a plan the data does not have, named in no item, is answered
    with the plans it has (the model is not asked), and a plan filter already set wins."""
    from retrieval.db import Database

    chat = Chat(example, llm=FakeLLM("x"))
    answer = chat.ask("What do Plus users complain about?", options=FAST)
    with Database(example).connect() as conn:
        plus = conn.execute("SELECT count(*) FROM feedback WHERE segment = 'Plus'").fetchone()[0]
        cited = [int(i) for i in re.findall(r"\[F(\d+)\]", answer.text)]
        plans = {r[0] for r in conn.execute("SELECT segment FROM feedback WHERE id = ANY(%s)", (cited,))}
    assert answer.route == "top" and answer.filters["where"] == {"plan": "Plus"} and "(plan=Plus)" in answer.text
    assert {n.key: n.value for n in answer.numbers_used}["total_items"] == plus and cited and plans == {"Plus"}
    llm = FakeLLM("Platinum users complain about sync [F1].")
    platinum = Chat(example, llm=llm).ask("What do Platinum users complain about?", options=FAST)
    assert "where" not in platinum.filters and llm.calls == [] and not platinum.citations
    assert ("No plan or group called 'Platinum' is in this feedback, and no item mentions it (plans: Free, Plus, "
            "Team)") in platinum.text
    kept = chat.ask("What do Plus users complain about?", filters=Filters(where={"plan": "Free"}), options=FAST)
    assert kept.filters["where"] == {"plan": "Free"}


def test_plans_added_by_a_later_ingest_are_known_to_the_same_chat(db_settings, tmp_path):
    chat = Chat(db_settings, llm=FakeLLM("x"))
    ingest_paths([write(tmp_path / "a.csv", "text,plan\nSync fails every morning,Free\nSync is slow,Plus\n")],
                 db_settings)
    assert "where" not in chat.ask("What do Team users say about sync?", options=FAST).filters
    ingest_paths([write(tmp_path / "b.csv", "text,plan\nSync drops our shared routes,Team\n")], db_settings)
    assert chat.ask("What do Team users say about sync?", options=FAST).filters["where"] == {"plan": "Team"}


def test_a_platform_named_in_the_question_filters_by_that_metadata_key(db_settings, tmp_path):
    """"What do iOS users say about sync?": a metadata key with few values (platform) names a group of users, as a
    plan does; a ticket state ("new users" where status is new/solved) does not."""
    rows = ["text,platform,status", "Sync fails every morning,ios,new", "Sync is slow on my iPad,ios,solved",
            "Sync drops routes,android,new", "Sync loses my notes,android,solved"]
    ingest_paths([write(tmp_path / "t.csv", "\n".join(rows) + "\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    ios = chat.ask("What do iOS users say about sync?", options=FAST)
    assert ios.filters["where"] == {"platform": "ios"} and "(platform=ios)" in ios.text
    assert {c.text for c in ios.citations} <= {"Sync fails every morning", "Sync is slow on my iPad"}
    assert "where" not in chat.ask("What do new users say about sync?", options=FAST).filters
    # "on Android", "from iOS", "iOS reviews" name the group too (the words were searched for); "on Android 15" is a
    # version of it, left to the search
    on = chat.ask("What is the most common complaint on Android?", options=FAST)
    assert on.filters["where"] == {"platform": "android"}
    assert {c.text for c in on.citations} <= {"Sync drops routes", "Sync loses my notes"}
    assert chat.ask("What do iOS reviews say about sync?", options=FAST).filters["where"] == {"platform": "ios"}
    assert "where" not in chat.ask("Does sync fail on Android 15?", options=FAST).filters


def test_a_window_after_the_newest_item_says_so(db_settings, tmp_path):
    """"Is sentiment improving since 2099-01-01?" compared "0 items ... versus 0 in the previous -26345 days"."""
    ingest_paths([write(tmp_path / "t.csv", "text,date,rating\nSync fails,2026-10-01,2\nSync is fine,2026-10-20,4\n")],
                 db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("Is sentiment improving since 2099-01-01?", options=FAST)
    assert "No feedback on or after 2099-01-01: the newest item in scope is from 2026-10-20" in answer.text
    assert "-" not in re.sub(r"\d{4}-\d{2}-\d{2}", "", answer.text.split("\n")[0])


def test_an_app_id_named_verbatim_filters_by_its_key_whatever_the_number_of_apps(db_settings, tmp_path):
    """"What do users of com.google.android.keep want added?" searched for the word "keep" over every app; a value
    the question names verbatim is a filter, here with 14 apps (more than a group of users has)."""
    rows = ["text,app"] + [f"Sync fails every morning in app {i},com.example.app{i}" for i in range(12)]
    rows += ["Sync loses my notes,com.example.notes", "Sync is slow with notes,com.example.notes",
             "Sync drops my routes,com.example.maps"]
    ingest_paths([write(tmp_path / "t.csv", "\n".join(rows) + "\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    notes = chat.ask("What do users of com.example.notes say about sync?", options=FAST)
    assert notes.filters["where"] == {"app": "com.example.notes"}
    assert notes.citations and {c.text for c in notes.citations} <= {"Sync loses my notes", "Sync is slow with notes"}
    assert "where" not in chat.ask("What do users say about sync, e.g. failures?", options=FAST).filters


def test_two_groups_compared_are_a_split_by_their_key(db_settings, tmp_path):
    """"Compare iOS and Android ratings" (it abstained) and "iOS vs Android crashes?" split by the key both values
    belong to, with each value's count and average rating, counted here from the file."""
    rows = [("Sync fails every morning", "ios", 2), ("Sync is slow on my iPad", "ios", 4), ("App crashes on start", "ios", 1),
            ("Sync drops routes", "android", 1), ("Crashes when I open a saved route", "android", 2),
            ("Love the new maps", "android", 5), ("Crash after the update", "android", 1)]
    ingest_paths([write(tmp_path / "t.csv", "text,platform,rating\n" + "".join(f"{t},{p},{r}\n" for t, p, r in rows))],
                 db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    answer = chat.ask("Compare iOS and Android ratings", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    for platform in ("ios", "android"):
        ratings = [r for _, p, r in rows if p == platform]
        assert numbers[f"by:platform:{platform}"] == len(ratings)
        assert numbers[f"average_rating_by:platform:{platform}"] == round(sum(ratings) / len(ratings), 2)
    assert answer.route == "count" and "By platform (items): android 4 (57%, average rating 2.25)" in answer.text
    crashes = chat.ask("iOS vs Android crashes?", options=FAST)
    assert crashes.route == "count" and any(k.startswith("by:platform:") for k in (n.key for n in crashes.numbers_used))
    assert "where" not in crashes.filters
    # "... than ...": a tester's "Are iOS users happier than Android users?" was filtered to Android and abstained
    happier = chat.ask("Are iOS users happier than Android users?", options=FAST)
    numbers = {n.key: n.value for n in happier.numbers_used}
    assert happier.route == "count" and "where" not in happier.filters
    assert numbers["average_rating_by:platform:ios"] == round(7 / 3, 2) and numbers["by:platform:android"] == 4


def test_company_sizes_are_named_as_people_say_them(db_settings, tmp_path):
    """A tester's G2 export: "Company Size" is the segment, stored by its name ("Enterprise(> 1000 emp.)" as
    "Enterprise"); "small businesses", "Enterprise reviewers" and "mid market companies" name its values, and "How do
    small businesses rate us compared with enterprise?" (a trend question over the words "small businesses rate
    enterprise", whose SQL failed) compares their average ratings, counted here from the file."""
    rows = [("Enterprise(> 1000 emp.)", "SSO setup was painful", 2), ("Enterprise(> 1000 emp.)", "Audit logs are great", 5),
            ("Small-Business(50 or fewer emp.)", "Too expensive for a team of five", 2),
            ("Small-Business(50 or fewer emp.)", "Easy to set up", 4), ("Small-Business(50 or fewer emp.)", "Price hike", 1),
            ("Mid-Market(51-1000 emp.)", "Calls are clear", 5)]
    g2 = "Review ID,Review Date,Company Size,Star Rating,What do you dislike about Relay?\n" + "".join(
        f"r{i},2026-09-{i + 1:02d},{size},{stars},{text}\n" for i, (size, text, stars) in enumerate(rows))
    ingest_paths([write(tmp_path / "g2.csv", g2)], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    compared = chat.ask("How do small businesses rate us compared with enterprise?", options=FAST)
    numbers = {n.key: n.value for n in compared.numbers_used}
    assert (numbers["average_rating_by:plan:Small-Business"], numbers["average_rating_by:plan:Enterprise"]) == (
        round(7 / 3, 2), 3.5)
    for question, size in (("What do small businesses complain about?", "Small-Business"),
                           ("What do Enterprise reviewers dislike?", "Enterprise"),
                           ("What do mid market companies say?", "Mid-Market")):
        assert chat.ask(question, options=FAST).filters["where"] == {"plan": size}, question


def test_an_app_store_export_without_a_platform_column_compares_ios_and_android(db_settings, tmp_path):
    """A tester's export had Store = App Store / Google Play and no platform column: "Compare iOS and Android ratings"
    abstained, "Which platform has more crashes?" said there is no platform, and --where platform=android failed."""
    rows = [("App Store", "Crashes at checkout every time", 1), ("App Store", "Love the recipes", 5),
            ("Google Play", "Crash when I pay", 1), ("Google Play", "Checkout crash again", 2),
            ("Google Play", "Good value", 4)]
    ingest_paths([write(tmp_path / "reviews.csv", "Store,Review,Rating\n" + "".join(f"{s},{t},{r}\n" for s, t, r in rows))],
                 db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    numbers = {n.key: n.value for n in chat.ask("Compare iOS and Android ratings", options=FAST).numbers_used}
    assert (numbers["average_rating_by:platform:ios"], numbers["average_rating_by:platform:android"]) == (3.0, 2.33)
    from retrieval.filters import Filters
    from retrieval.search import Searcher

    hits = Searcher(db_settings).search("crash", k=10, filters=Filters(where={"platform": "android"}))
    assert hits and all(h.source == "Google Play" for h in hits)


def test_detractors_are_the_nps_answers_not_low_star_reviews(db_settings, tmp_path):
    """A tester's "What do detractors say?" answered from every item rated 1-2, App Store reviews included (crashes
    first; 4th among the survey's detractors), and "Why do detractors give low scores?" searched for "low scores"."""
    reviews = "Store,Review,Rating\n" + "".join(f"App Store,Crashes at checkout {k},1\n" for k in range(6))
    survey = "Submitted At,How likely are you to recommend us?,What is the main reason for your score?\n" + "".join(
        f"2026-10-{k + 1:02d},{s},{t}\n" for k, (s, t) in enumerate(
            [(2, "Items missing from my box again"), (3, "Price went up too much"), (10, "Great recipes"),
             (5, "Items were substituted without asking"), (9, "Fresh and tasty")]))
    ingest_paths([write(tmp_path / "reviews.csv", reviews), write(tmp_path / "nps.csv", survey)], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    for question in ("What do detractors say?", "Why do detractors give low scores?"):
        answer = chat.ask(question, options=FAST)
        assert answer.route == "top" and answer.filters["sources"] == ["nps"], question
        assert answer.filters["max_rating"] == 2.0


def test_which_value_has_the_worst_reviews_ranks_only_values_with_enough_ratings(db_settings, tmp_path):
    """"Which app has the worst reviews?" ranks the apps by average rating, among those with RANKED_MIN_RATED
    ratings or more (two 1-star reviews do not make the worst app); the others follow, largest first."""
    from assistant.chat.aggregate import RANKED_MIN_RATED

    rows = ([("alpha", 2)] * RANKED_MIN_RATED + [("alpha", 3)] * 2 + [("beta", 1)] * 2 + [("gamma", 4)] * RANKED_MIN_RATED)
    ingest_paths([write(tmp_path / "r.csv", "text,app,rating\n" + "".join(
        f"Review {k} of the {a} app,{a},{r}\n" for k, (a, r) in enumerate(rows)))], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("Which app has the worst reviews?", options=FAST)
    averages = {a: round(sum(r for x, r in rows if x == a) / sum(x == a for x, _ in rows), 2) for a in ("alpha", "gamma")}
    assert (f"By app (items, lowest average rating first among those with {RANKED_MIN_RATED}+ ratings): alpha 12 (50%, "
            f"average rating {averages['alpha']:.2f}), gamma 10 (42%, average rating {averages['gamma']:.2f}), beta 2 "
            f"(8%, average rating 1.00).") in answer.text


def test_a_kind_of_source_named_in_the_question_filters_by_source(example):
    """"How many tickets mention refunds?" counts among the support tickets only, "the main pain points from the
    interviews" are the interview notes' largest themes (it searched for the word "interviews" and found none);
    over an export whose every source is of that kind, the words are dropped and nothing is filtered."""
    from retrieval.db import Database

    chat = Chat(example, llm=FakeLLM("x"))
    tickets = chat.ask("How many tickets mention refunds?", options=FAST)
    with Database(example).connect() as conn:
        in_tickets = conn.execute("SELECT count(*) FROM feedback WHERE source = 'support_ticket'").fetchone()[0]
        sources = {r[0] for r in conn.execute("SELECT source FROM feedback WHERE id = ANY(%s)",
                                              (tickets.matched_ids,))}
    numbers = {n.key: n.value for n in tickets.numbers_used}
    assert tickets.filters["sources"] == ["support_ticket"] and numbers["total_items"] == in_tickets
    assert sources == {"support_ticket"} and "in scope: source support_ticket" in tickets.text
    interviews = chat.ask("What are the main pain points from the interviews?", options=FAST)
    assert interviews.route == "top" and interviews.filters["sources"] == ["interview_note"]
    assert "(source interview_note)" in interviews.text


def test_tickets_and_conversations_name_a_help_desks_source():
    """A tester's "How many support conversations mention refunds?" searched for "support conversations refunds"
    over an 'intercom_conversations' source beside app reviews and a survey."""
    from assistant.chat.context import _source_kind_named

    sources = ["intercom_conversations", "App Store", "nps_survey"]
    for question in ("How many support conversations mention refunds?", "How many tickets mention refunds?"):
        filters, text = _source_kind_named(question, Filters(), sources)
        assert filters.sources == ["intercom_conversations"] and "refunds" in text and "conversations" not in text
    assert _source_kind_named("How many tickets mention refunds?", Filters(), ["App Store", "nps_survey"])[0].sources == []


def test_country_columns_of_every_export_are_one_field_to_split_and_filter_by(db_settings, tmp_path):
    """A meal-kit tester's "Which country complains most about late deliveries?" was split by a survey's "Which
    country do you live in?" alone (Trustpilot's "Consumer Country" holds codes: GB, DE), and "Are late deliveries
    increasing in Germany since September?" searched for the word "Germany". Every export's country column is also
    stored as ``country`` by its English name, so the split and "in Germany" cover both exports."""
    reviews = "Review ID,Review Created (UTC),Review Content,Review Stars,Consumer Country\n" + "".join(
        f"r{k},2026-10-{k + 1:02d},The courier was late again and the box arrived warm number {k},1,{c}\n"
        for k, c in enumerate(["DE", "DE", "DE", "GB", "NL"]))
    survey = "Submit Date (UTC),Which country do you live in?,Anything else you'd like to tell us?\n" + "".join(
        f"2026-10-{k + 10:02d},{c},Deliveries always come late since the new courier started {k}\n"
        for k, c in enumerate(["Germany", "Germany", "United Kingdom"]))
    ingest_paths([write(tmp_path / "trustpilot.csv", reviews), write(tmp_path / "survey.csv", survey)], db_settings)
    with Database(db_settings).connect() as conn:
        countries = Counter(r[0] for r in conn.execute("SELECT metadata ->> 'country' FROM feedback"))
    assert countries == {"Germany": 5, "United Kingdom": 2, "Netherlands": 1}
    chat = Chat(db_settings, llm=FakeLLM(""))
    split = chat.ask("How many late deliveries by country?", options=FAST)
    numbers = {n.key: n.value for n in split.numbers_used}
    assert split.route == "count" and numbers["by:country:Germany"] == 5 and numbers["by:country:United Kingdom"] == 2
    germany = chat.ask("What do customers say about late deliveries in Germany?", options=FAST)
    assert germany.filters["where"] == {"country": "Germany"} and germany.citations
    with Database(db_settings).connect() as conn:
        cited = {r[0] for r in conn.execute("SELECT metadata ->> 'country' FROM feedback WHERE id = ANY(%s)",
                                            ([c.id for c in germany.citations],))}
    assert cited == {"Germany"}
    # the country's people (a B2B tester's "What do Brazilian customers complain about?": "No plan or group called
    # 'Brazilian'"); "German" names the country where one is stored, the language otherwise
    german = chat.ask("What do German customers say about late deliveries?", options=FAST)
    assert german.filters["where"] == {"country": "Germany"} and german.citations
    assert chat.ask("What do Dutch customers say?", options=FAST).filters["where"] == {"country": "Netherlands"}


def test_a_closed_questions_options_answer_why_customers_do_what_it_asks(db_settings, tmp_path):
    """A meal-kit tester's "Why do customers cancel?" ranked the themes of the items that say they may leave (price
    fifth, 9 items) over a cancellation survey where 42 respondents chose "It's too expensive", and "What are the
    main reasons people give in the cancellation survey?" abstained. The survey's closed question is a field
    (``retrieval.columns.is_choice``); a question that names its subject is answered with how often each option was
    chosen, counted here from the rows."""
    reasons = ["It's too expensive"] * 9 + ["Delivery problems"] * 6 + ["Quality of ingredients"] * 4 + ["Other"] * 3
    comments = ["The box was fine but money is tight", "Courier lost two boxes", "Chicken smelled off twice",
                "Moving abroad next month", "Recipes repeat a lot", "Prices went up again"]
    survey = io.StringIO()
    out = csv.writer(survey)
    out.writerow(["Submit Date (UTC)", "What's the main reason you're cancelling?", "Anything else you'd like to tell us?"])
    for k, reason in enumerate(reasons):
        out.writerow([f"2026-10-{k + 1:02d} 10:00:00", reason, f"{comments[k % len(comments)]} (answer {k})"])
    ingest_paths([write(tmp_path / "cancellation_survey.csv", survey.getvalue()),
                  write(tmp_path / "reviews.csv", "review\nI will cancel if the app keeps crashing\n"
                                                  "Great recipes, the kids love them\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    for question in ("Why do customers cancel?", "What are the main reasons people give in the cancellation survey?"):
        answer = chat.ask(question, options=FAST)
        numbers = {n.key: n.value for n in answer.numbers_used}
        key = "choice:What's the main reason you're cancelling?"
        assert numbers[f"{key}:It's too expensive"] == 9 and numbers[f"{key}:Delivery problems"] == 6, answer.text
        assert numbers[f"{key}:answers"] == len(reasons) and answer.citations
        assert "1. It's too expensive: 9 (40.9%)" in answer.text
    other = chat.ask("What do customers say about the recipes?", options=FAST)
    assert not any(n.key.startswith("choice:") for n in other.numbers_used)
    # a B2B tester's "How many survey respondents said it is too expensive?" counted 9 by the words of the comments
    # where 32 had chosen the option: an option people say they chose is a filter
    said = chat.ask("How many survey respondents said it is too expensive?", options=FAST)
    assert said.route == "count" and {n.key: n.value for n in said.numbers_used}["total_items"] == 9, said.text
    assert said.filters["where"] == {"What's the main reason you're cancelling?": "It's too expensive"}


def test_which_group_gives_the_lowest_ratings_is_a_split_not_a_filter():
    """A language-app tester's "Which country gives the lowest App Store ratings?" read "lowest ratings" as ratings
    of 2 or less and abstained; the answer was Spain, 2.94 of 5."""
    from assistant.chat.router import ratings_in, route_question

    for question in ("Which country gives the lowest App Store ratings?", "Which plan leaves the worst reviews?"):
        route = route_question(question)
        assert route.kind == "count" and route.breakdown in ("country", "plan") and route.breakdown_order == "worst"
        assert ratings_in(question)[0] is None
    assert ratings_in("Why the low ratings?")[0] == (None, 2.0)


def test_the_products_name_in_a_closed_question_is_no_subject():
    """A language-app tester's "What do users love about Lingora?" was answered with the cancellation survey's
    reasons: its closed question "What's the main reason you're cancelling Lingora Max?" shared the product's name."""
    from assistant.chat.context import _choice_named

    key = "What's the main reason you're cancelling Lingora Max?"
    groups = [(key, v) for v in ("It's too expensive", "I'm not using it enough", "I found a better app", "Other")]
    assert _choice_named("What do users love about Lingora?", groups) is None
    assert _choice_named("Why do customers cancel?", groups) == key


def test_a_count_of_those_who_chose_an_option_counts_those_who_left_no_comment(db_settings, tmp_path):
    """A language-app tester's "How many survey respondents said it's too expensive?" counted the 35 answers with a
    comment, where 65 had chosen the option ("Why do customers cancel?" said 65 from the same rows): answers that
    gave a score and no comment are kept apart from the items, and a count of a scope with no topic adds them."""
    survey = io.StringIO()
    out = csv.writer(survey)
    out.writerow(["Submit Date (UTC)", "What's the main reason you're cancelling?", "Anything else you'd like to tell us?",
                  "How likely are you to recommend us to a friend?"])
    reasons = ["It's too expensive", "I'm not using it enough", "I found a better app"]
    comments = ["The annual price doubled", "", "No time lately", "Cannot afford it this year", "Switched apps"]
    rows = [(reasons[k % 3 if k % 7 else 0], f"{comments[k % 5]} (answer {k})" if comments[k % 5] else "")
            for k in range(30)]
    for k, (reason, comment) in enumerate(rows):
        out.writerow([f"2026-10-{k % 28 + 1:02d} 10:00:00", reason, comment, k % 11])
    ingest_paths([write(tmp_path / "cancellation_survey.csv", survey.getvalue())], db_settings)
    said = Chat(db_settings, llm=FakeLLM("")).ask("How many survey respondents said it's too expensive?", options=FAST)
    numbers = {n.key: n.value for n in said.numbers_used}
    chose = sum(r == "It's too expensive" for r, _ in rows)
    silent = sum(r == "It's too expensive" and not c for r, c in rows)
    assert numbers["total_items"] == chose - silent and numbers["respondents_in_all"] == chose, said.text
    assert f"{chose} answers in scope in all: these {chose - silent} and {silent} that left the comment empty" in said.text


def test_a_subject_named_by_a_name_no_item_mentions_is_not_in_the_feedback(db_settings, tmp_path):
    """A language-app tester's "How many users complain about the Korean course?" counted 23 items about the French
    and Japanese courses (a theme named 'course', and close in meaning), and "What do users say about our Chinese
    course?" quoted them: the app has no such course. A name no stored item holds is not paraphrased."""
    texts = ["The French course is solid, good pace", "The Japanese course is solid, good pace",
             "Loving the Spanish course so far", "The French course audio is too fast",
             "Japanese lessons are great but the kanji drills repeat", "Spanish course is the best part"] * 3
    rows = [f"R{k},2026-10-{k % 28 + 1:02d},\"{t} ({k})\"" for k, t in enumerate(texts)]
    ingest_paths([write(tmp_path / "reviews.csv", "id,date,text\n" + "\n".join(rows) + "\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM("x"))
    for question in ("How many users complain about the Korean course?", "What do users say about our Chinese course?",
                     # a name in mixed case: an invoicing tester's Google Play reviews answered "the iOS app"
                     "What do users say about the iOS app?"):
        answer = chat.ask(question, options=FAST)
        assert "No stored item mentions" in answer.text and not answer.citations, answer.text
        assert not [n for n in answer.numbers_used if n.key == "matching_items" and n.value]
    french = chat.ask("How many users mention the French course?", options=FAST)
    assert {n.key: n.value for n in french.numbers_used}["matching_items"] >= 6, french.text


def test_the_products_own_name_is_no_topic(db_settings, tmp_path):
    """A meal-kit tester's "What do people love about Pantry & Co?" searched the name and quoted three items that
    greet "Hello Pantry team", none of them praise. Trustpilot's export names the business on every row ("Webshop
    Name"): that name is the product, so the question asks what people love overall."""
    rows = ["Hello Pantry team, the box arrived late again", "Love the recipes, the kids eat everything",
            "Fresh ingredients and easy recipes, love it", "Hello Pantry team, my promo code fails",
            "Great value and tasty meals every week"]
    export = "Review Content,Review Stars,Webshop Name\n" + "".join(
        f'"{t}",{5 if "ove" in t or "Great" in t else 1},Pantry & Co\n' for t in rows)
    ingest_paths([write(tmp_path / "trustpilot.csv", export),
                  write(tmp_path / "tickets.csv", "description\nThe courier left the box in the rain\n")], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    loved = chat.ask("What do people love about Pantry & Co?", options=FAST)
    numbers = {n.key: n.value for n in loved.numbers_used}
    assert loved.route == "top" and numbers["total_items"] == len(rows) + 1, loved.text
    recipes = chat.ask("What do people love about the recipes?", options=FAST)
    assert recipes.route == "lookup"


def test_the_products_name_in_the_export_files_is_no_topic(db_settings, tmp_path):
    """An invoicing tester's "What do people love about Ledgerly?" quoted eight complaints that open "Love how
    Ledgerly handles invoices, but ...": no column names the product, but its export files do ("g2_reviews_ledgerly",
    "Ledgerly_NPS_Q3Q4_2026") and items of three sources or more mention it, so the question asks what people love
    overall. A customer named in one file ("gong_call_kessler") stays a subject."""
    praise = ["Invoices go out in two minutes, love it", "Getting paid is so much simpler now",
              "The onboarding was smooth, whole team picked it up", "Clean interface and fast support"]
    complaints = ["Love how Zorblo handles invoices, but the bank feed disconnects daily",
                  "Love how Zorblo looks, but the sync with QuickBooks duplicates invoices"]
    files = {"g2_reviews_zorblo.csv": praise[:2] + complaints[:1], "Zorblo_NPS_2026.csv": praise[2:] + complaints[1:],
             "tickets_export.csv": ["Zorblo keeps logging me out", "Bank feed broken again"],
             "gong_call_kessler.csv": ["Kessler needs approvals before the renewal", "Zorblo pricing is steep"]}
    ingest_paths([write(tmp_path / name, "text,rating\n" + "".join(f'"{t}",{4 if t in praise else 2}\n' for t in texts))
                  for name, texts in files.items()], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    loved = chat.ask("What do people love about Zorblo?", options=FAST)
    numbers = {n.key: n.value for n in loved.numbers_used}
    assert loved.route == "top" and numbers["total_items"] == 10, loved.text  # all of it, not a source named so
    assert not any(t in loved.text for t in complaints), loved.text
    kessler = chat.ask("What do people say about Kessler?", options=FAST)
    assert "Kessler needs approvals" in kessler.text, kessler.text


def test_a_source_named_by_its_own_name_scopes_the_question():
    """A meal-kit tester's "How many Trustpilot reviews mention late deliveries?" counted 111 items of every source
    about 'Trustpilot late deliveries' (16 in Trustpilot): a source named by its name ("Trustpilot", "Google Play",
    "zendesk" for every zendesk_... export) is a filter; a name of English words only names the source when written
    capitalised ("the app store listing" stays a subject)."""
    from assistant.chat.context import _source_named

    sources = ["google_play", "trustpilot", "zendesk_tickets_2025", "zendesk_tickets_2026", "App Store", "interviews"]
    cases = {"How many Trustpilot reviews mention late deliveries?": (["trustpilot"], "late deliveries"),
             "What do Google Play reviews say about crashes?": (["google_play"], "crashes"),
             "What do Zendesk tickets say about refunds?": (["zendesk_tickets_2025", "zendesk_tickets_2026"], "refunds"),
             "What do users say about the app store listing?": ([], "app store listing"),
             "How do I google play music offline?": ([], "google play music")}
    for question, (named, kept) in cases.items():
        filters, text = _source_named(question, Filters(), sources)
        assert sorted(filters.sources) == named and kept in text, (question, filters.sources, text)
    assert _source_named("Any Trustpilot reviews?", Filters(sources=["zendesk_tickets_2025"]), sources)[0].sources == [
        "zendesk_tickets_2025"]  # a source filter set by the caller stays
    # a B2B tester's "What do App Store reviewers say?" abstained over 125 reviews of 'appstore_reviews_taskwell'
    stores = ["appstore_reviews_taskwell", "g2_reviews", "qualtrics_survey"]
    assert _source_named("What do App Store reviewers say?", Filters(), stores)[0].sources == [
        "appstore_reviews_taskwell"]
    assert _source_named("What do users say about the app store listing?", Filters(), stores)[0].sources == []
    # an invoicing tester's "What do G2 reviewers dislike most?" abstained over 42 G2 reviews: a review site's short name
    invoicing = ["g2_reviews_ledgerly", "hubspot_tickets", "Google Play"]
    assert _source_named("What do G2 reviewers dislike most?", Filters(), invoicing)[0].sources == [
        "g2_reviews_ledgerly"]
    # an e-bike tester's "Compare Amazon and Judge.me ratings" abstained: a first word that is an English word names
    # its source when capitalised, a tool's name written with a dot too
    shops = ["amazon_reviews", "judgeme_reviews", "freshdesk_tickets", "delighted_nps", "support_email"]
    for question, named in {"How many Amazon reviews mention assembly?": ["amazon_reviews"],
                            "What do Judge.me reviews say?": ["judgeme_reviews"],
                            "What do Delighted respondents say?": ["delighted_nps"],
                            "Does the amazon river flood?": [], "How many delighted customers?": [],
                            "What do support emails say?": []}.items():
        assert _source_named(question, Filters(), shops)[0].sources == named, question


def test_a_code_value_names_its_group_only_as_written():
    """A B2B tester's "How can customers set up SSO?" was scoped to Country=CAN (the App Store's territory code) and
    found no evidence: a value written as a code ("CAN", "DEU") names its group only in capitals."""
    from assistant.chat.context import _group_named

    groups = [("Country", "CAN"), ("Country", "USA"), ("platform", "ios")]
    filters, text = _group_named(None, "How can customers set up SSO?", Filters(), groups, customers=False)
    assert filters.where == {} and text == "How can customers set up SSO?"
    assert _group_named(None, "What do CAN customers say?", Filters(), groups, customers=False)[0].where == {
        "Country": "CAN"}


def test_what_a_plan_costs_is_a_topic_and_who_is_on_it_a_group():
    """A B2B tester's "How many complaints about the Business plan price increase?" was cut to plan=Business (35 of
    the 110 items about that price: agencies on other plans complain about it too)."""
    from assistant.chat.context import _group_named

    groups = [("plan", "Business"), ("plan", "Team")]
    for question in ("How many complaints about the Business plan price increase?",
                     "What do people say about the Team plan pricing?"):
        filters, text = _group_named(None, question, Filters(), groups, customers=False)
        assert filters.where == {} and text == question
    for question in ("How many Business plan users complain about price?", "What does the Business plan say?",
                     "What do Team customers say about the price increase?"):
        assert _group_named(None, question, Filters(), groups, customers=False)[0].where.get("plan"), question
    # the product's own people: an e-bike tester's "What do Cargo owners complain about?" searched for 'Cargo owners'
    filters, text = _group_named(None, "What do Cargo owners complain about?", Filters(), [("Bike model", "Cargo")],
                                 customers=False)
    assert filters.where == {"Bike model": "Cargo"} and "Cargo" not in text
    # a ticket type that is a kind of feedback names no group (an e-bike tester's "What are the top feature
    # requests?" answered from 7 tickets of Type=Feature Request, over 68 requests)
    types = [("Type", "Feature Request"), ("Type", "Refund"), ("Type", "Question")]
    assert _group_named(None, "What are the top feature requests?", Filters(), types, customers=False)[0].where == {}
    assert _group_named(None, "How many Refund tickets mention delays?", Filters(), types, customers=False)[0].where == {
        "Type": "Refund"}


def test_app_reviews_are_the_app_stores_sources_whatever_their_names():
    """An AppFollow export stores its reviews as the sources "App Store" and "Google Play": a thermostat tester's
    "How many app reviews mention Wi-Fi pairing?" counted every source's items about 'app Wi Fi pairing' (63, where
    the reviews held 27)."""
    from assistant.chat.context import _source_kind_named

    sources = ["App Store", "Google Play", "zendesk_tickets", "trustpilot_reviews", "nps_survey"]
    filters, text = _source_kind_named("How many app reviews mention Wi-Fi pairing?", Filters(), sources)
    assert sorted(filters.sources) == ["App Store", "Google Play"] and "Wi-Fi pairing" in text and "app" not in text
    filters, _ = _source_kind_named("How many reviews mention Wi-Fi pairing?", Filters(), sources)
    assert sorted(filters.sources) == ["App Store", "Google Play", "trustpilot_reviews"]
    assert _source_kind_named("How many app reviews mention crashes?", Filters(), ["trustpilot_reviews", "tickets"]
                              )[0].sources == ["trustpilot_reviews"]  # no app store: the review sources there are


def test_a_source_named_by_a_word_the_feedback_talks_about_needs_a_source_word():
    """A thermostat tester's notes file installer_partner_notes_2026 took "How many installer no-shows did we get
    in Germany?" to that file alone ("no feedback matches the filters"): a one-word name the other sources' items
    talk about names the source only as "from / in the X" or "X notes / reviews / ...". ``said_elsewhere`` is the
    database's answer in the product (``_said_elsewhere``); here the word is said elsewhere or not."""
    from assistant.chat.context import _source_named

    sources = ["installer_partner_notes_2026", "zendesk_tickets", "trustpilot"]
    talked = lambda word, named: word == "installer"  # noqa: E731
    cases = {"How many installer no-shows did we get in Germany?": ([], "installer no-shows"),
             "What do the installer notes say about heat pumps?": (["installer_partner_notes_2026"], "heat pumps"),
             "What did partners say in the installer interviews?": (["installer_partner_notes_2026"], "partners"),
             "Any complaints about heat pumps from the installer partner notes?": (
                 ["installer_partner_notes_2026"], "heat pumps"),
             "How many Trustpilot reviews mention late deliveries?": (["trustpilot"], "late deliveries")}
    for question, (named, kept) in cases.items():
        filters, text = _source_named(question, Filters(), sources, talked)
        assert sorted(filters.sources) == named and kept in text, (question, filters.sources, text)
    # where no other source talks about installers, the word names the notes as before
    assert _source_named("How many installer no-shows?", Filters(), sources)[0].sources == [
        "installer_partner_notes_2026"]


def test_two_countries_compared_by_the_names_people_write_and_tags_are_no_groups(db_settings, tmp_path):
    """A thermostat tester's "How many installer no-shows did we get in Germany compared to the UK?" compared
    nothing: "the UK" named no country (stored as United Kingdom), and Zendesk's Tags value "installer no_show",
    said in the plural, cut the question to the tickets so tagged. Counts computed here from the file."""
    rows, k = [], 0
    for country, (no_show, other) in {"DE": (6, 4), "GB": (3, 5), "NL": (1, 6)}.items():
        for j in range(no_show + other):
            text = ("The installer did not show up for the appointment" if j < no_show else
                    f"The energy report shows the wrong tariff for month {j}")
            tags = "installer no_show" if j < no_show and j % 2 else "energy_report"
            rows.append(f"T{k},2026-10-{j + 1:02d},{country},{tags},{text}")
            k += 1
    path = write(tmp_path / "tickets.csv", "id,date,country,tags,text\n" + "\n".join(rows) + "\n")
    ingest_paths([path], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask(
        "How many installer no-shows did we get in Germany compared to the UK?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert "Tags=" not in answer.text and "tags=" not in answer.text
    assert "By country" in answer.text, answer.text
    by_country = {k.split(":", 2)[2]: v for k, v in numbers.items() if k.startswith("by:country:")}
    assert by_country.get("Germany") == 6 and by_country.get("United Kingdom") == 3, sorted(numbers)


def test_calls_name_the_call_transcripts_only_when_the_feedback_does_not_talk_about_calls(db_settings, tmp_path):
    """A video-call product's tester: "Why are customers unhappy with call quality?" was narrowed to two sales-call
    transcripts and found no evidence over the tickets about audio on calls. Where the other sources talk about
    calls, only "in the (sales) calls" names the transcripts; where they do not, "calls" still does."""
    tickets = [f"Audio cuts out on every {what} call and my voice sounds robotic to {who}"
               for what in ("sales", "team", "customer", "weekly") for who in ("clients", "the team")] + [
        f"Notifications arrive {when} on the {where} app" for when in ("late", "twice", "never", "at night")
        for where in ("desktop", "mobile")]
    transcript = ("Customer: The renewal depends on fixing the echo in meetings.\n"
                  "Customer: We are also looking at other vendors for next year.\n")
    ingest_paths([write(tmp_path / "tickets.csv", "text\n" + "".join(f"{t}\n" for t in tickets)),
                  write(tmp_path / "call_acme_renewal.txt", transcript)], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    quality = chat.ask("Why are customers unhappy with call quality?", options=FAST)
    assert not quality.filters.get("sources") and quality.citations, (quality.filters, quality.text)
    assert all(c.source == "tickets" for c in quality.citations)
    said = chat.ask("What did customers say in the sales calls?", options=FAST)
    assert said.filters.get("sources") == ["call_acme_renewal"], said.filters
    from assistant.chat.context import _source_kind_named

    narrowed, _ = _source_kind_named("Why are customers unhappy on calls?", Filters(), ["call_acme", "App Store"])
    assert narrowed.sources == ["call_acme"]  # no word said elsewhere: the kind names the source as before


def test_a_company_named_in_the_question_scopes_it(db_settings, tmp_path):
    """A tester's "What does Casa Verde Cantina complain about?" searched the name and abstained over its tickets:
    a value of a company column (Zendesk's "Organization", a board's "Company") named whole scopes the question."""
    tickets = "Id,Description,Organization,Created at\n" + "".join(
        f"{k},{t},{org},2026-10-{k + 1:02d}\n" for k, (t, org) in enumerate([
            ("Overtime is wrong every week", "Casa Verde Cantina"), ("Overtime resets on Monday", "Casa Verde Cantina"),
            ("Payroll export to ADP fails", "Casa Verde Cantina"), ("Clock-in fails at the register", "Harbor Coffee"),
            ("Shift swaps need approval", "Harbor Coffee"), ("Battery drains on Android", "Harbor Coffee")]))
    board = "Post ID,Title,Details,Company,Created At\nP1,Forecast,Forecast labor cost,Casa Verde Cantina,2026-10-09\n"
    ingest_paths([write(tmp_path / "zendesk.csv", tickets), write(tmp_path / "canny.csv", board)], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("How many tickets from Casa Verde Cantina mention overtime?",
                                                     options=FAST)
    assert answer.filters["where"] == {"Company|Organization": "Casa Verde Cantina"}, answer.filters
    assert {c.text for c in answer.citations} <= {"Overtime is wrong every week", "Overtime resets on Monday"}
    overall = Chat(db_settings, llm=FakeLLM("x")).ask("What does Casa Verde Cantina say?", options=FAST)
    assert overall.filters["where"] == {"Company|Organization": "Casa Verde Cantina"}, overall.filters
    from assistant.chat.context import _company_named

    apple = [("Company", "Apple")]  # a one-word name inside a longer one, or in lower case, is not it
    assert _company_named("What do users say about the Apple Watch app?", Filters(), apple)[0].where == {}
    assert _company_named("Any complaints about apple pay?", Filters(), apple)[0].where == {}
    assert _company_named("What does Apple complain about?", Filters(), apple)[0].where == {"Company": "Apple"}


def test_mac_and_iphone_users_name_the_platform_values_an_export_holds(db_settings, tmp_path):
    """A tester's "What do Mac users complain about?" found the 7 items with the word "mac", not the export's 87
    tickets with Platform=macOS; "iPhone users" are those on iOS the same way."""
    rows = [(f"Notifications never pop up for new messages {i}", p) for i, p in enumerate(["macOS"] * 4 + ["iOS"] * 3)]
    rows += [(f"Screen sharing shows a black screen {i}", "Windows") for i in range(3)]
    ingest_paths([write(tmp_path / "t.csv", "text,Platform\n" + "".join(f"{t},{p}\n" for t, p in rows))], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    for question, value in (("What do Mac users complain about?", "macOS"), ("How many iPhone users mention "
                                                                             "notifications?", "iOS")):
        answer = chat.ask(question, options=FAST)
        assert answer.filters.get("where") == {"Platform": value}, (question, answer.filters)


def test_a_decimal_point_ends_no_clause_of_a_summary_point():
    from assistant.chat.summary import _CLAUSE

    assert _CLAUSE.findall("Billed twice on Oct 15 (£34.99 each). Please refund") == [
        "Billed twice on Oct 15 (£34.99 each)", " Please refund"]


def test_growing_issues_is_a_change_question():
    assert route_question("Which issues are growing?").kind == "change"
    assert route_question("What complaints are on the rise?").kind == "change"
    # a trend verb that ends the question (a tester's "Are billing complaints decreasing?" abstained as a search)
    for question in ("Are billing complaints decreasing?", "Are billing complaints going down since September?",
                     "Are battery complaints increasing lately?", "Are notification complaints growing?"):
        route = route_question(question)  # (the last: a tester's question answered as a lookup, no numbers)
        assert route.kind == "change" and route.topic in ("billing", "battery", "notification"), (question, route)
    assert route_question("Are people going up the mountain with the app?").kind == "lookup"  # no trend


def test_this_month_is_the_calendar_month_of_the_newest_item():
    from datetime import datetime, timezone

    from assistant.chat.router import names_period, without_period

    latest = datetime(2026, 11, 15, 10, tzinfo=timezone.utc)
    month = parse_period("How many tickets mention refunds this month?", latest)
    week = parse_period("Top issues this week?", latest)
    assert (month.start, week.start) == (datetime(2026, 11, 1, tzinfo=timezone.utc),
                                         datetime(2026, 11, 9, tzinfo=timezone.utc))  # 2026-11-09 is a Monday
    assert month.end > latest and names_period("What changed this year?")
    assert route_question("How many tickets mention refunds this month?").topic == "refunds"
    assert without_period("What do users say about sync this month?") == "What do users say about sync?"


def test_this_month_just_begun_at_the_newest_item_is_the_last_30_days():
    """A tester's export ended with one ticket written late on Nov 30 at -07:00, stored as Dec 1 UTC: "top 3 bugs this
    month" read that one item. A unit whose first tenth holds the newest item reads back one unit length instead."""
    from datetime import datetime, timezone

    latest = datetime(2026, 12, 1, 0, 30, tzinfo=timezone.utc)
    month = parse_period("What are the top 3 bugs this month?", latest)
    assert month.start == datetime(2026, 11, 1, 0, 30, 1, tzinfo=timezone.utc) and month.end > latest
    assert "the last 30 days (2026-11-01 to 2026-12-01)" in month.label
    monday = datetime(2026, 11, 30, 9, tzinfo=timezone.utc)
    assert parse_period("Top issues this week?", monday).start == datetime(2026, 11, 23, 9, 0, 1, tzinfo=timezone.utc)
    fourth = datetime(2026, 12, 4, 9, tzinfo=timezone.utc)  # three whole days in: the calendar month
    assert parse_period("Top issues this month?", fourth).start == datetime(2026, 12, 1, tzinfo=timezone.utc)


def test_a_summary_head_that_names_its_scope_is_supported_by_its_figures():
    """Seen in bench/answer_trust.py at session 13's start: with a filter, the code-written head "30 items match
    this question (split=train) (all 30 closest items checked; there may be more)." scored as an unsupported
    sentence (the scope words were in no figure), which pulled the dev supported-sentence rate from 1.00 to 0.90:
    a figure's text carries its scope."""
    from assistant.chat.aggregate import Number
    from assistant.safety.support import judge_text

    head = "30 items match this question (split=train) (all 30 closest items checked; there may be more)."
    figure = Number("matching_items", "items that match the question", 30, "split=train")
    assert figure.text() == "items that match the question: 30 (split=train)"
    assert judge_text(head, {}, [figure.text()])[0].supported
    assert Number("total_items", "feedback items in scope", 5, "all feedback").text() == "feedback items in scope: 5"


def test_a_version_named_in_the_question_filters_by_version(example):
    """"What do users on version 4.4.2 say?" answered from 3 items of any version, and "Summarize feedback from
    version 4.4" counted items about the word "version": now both are scoped to the version (4.4 = every 4.4.x);
    "What did version 4.4 fix?" stays a release-impact question."""
    from retrieval.db import Database

    chat = Chat(example, llm=FakeLLM("x"))
    with Database(example).connect() as conn:
        expected = {v: conn.execute("SELECT count(*) FROM feedback WHERE app_version = %s OR app_version LIKE %s",
                                    (v, v + ".%")).fetchone()[0] for v in ("4.4.2", "4.4")}
        exact = conn.execute("SELECT count(*) FROM feedback WHERE app_version = '4.4.2'").fetchone()[0]
    assert expected["4.4.2"] == exact and expected["4.4"] > exact
    for question, version in (("What do users on version 4.4.2 say?", "4.4.2"),
                              ("Summarize feedback from version 4.4", "4.4")):
        answer = chat.ask(question, options=FAST)
        assert answer.filters["where"] == {"version": version} and f"(version={version})" in answer.text
        assert {n.key: n.value for n in answer.numbers_used}["total_items"] == expected[version]
    assert chat.ask("What did version 4.4 fix?", options=FAST).route == "impact"


def test_what_to_fix_first_ranks_a_problem_a_release_fixed_by_what_is_left_of_it(db_settings, tmp_path):
    """A B2B tester's "What should we fix first?" put the Slack integration second by its all-time volume, while
    `pma impact` said 2026.11 had cut it by 70%. What to work on first weighs a clearly fading theme as the plan
    weighs its reach (``assistant.recommend.rice.fading``); "What are the top issues?" still counts all of it."""
    from assistant.themes import summarize
    from tests.support.themes import BATTERY, DARK, LOGIN, ingest_rows

    start = date(2026, 8, 3)
    rows = [(BATTERY[i % 8] + f" Report {i}.", start + timedelta(days=i)) for i in range(30)]  # until 2.1.0
    rows += [(BATTERY[0] + " Once more.", start + timedelta(days=60))]
    rows += [(LOGIN[i % 6] + f" Ticket {i}.", start + timedelta(days=3 * i + 1)) for i in range(22)]  # steady
    rows += [(DARK[i % 8] + f" Idea {i}.", start + timedelta(days=3 * i + 2)) for i in range(22)]
    ingest_rows(db_settings, tmp_path, [
        {"text": t, "date": d, "rating": 4 if "Idea" in t else 1, "source": "app_store", "plan": "Free",
         "user": f"u{n}@example.com", "version": "2.1.0" if d >= start + timedelta(days=35) else "2.0.0"}
        for n, (t, d) in enumerate(rows)])
    report = summarize(db_settings, n_themes=3, llm=None)
    battery = next(t for t in report.themes if any("battery" in k for k in t.keywords))
    login = next(t for t in report.themes if any("sso" in k or "login" in k for k in t.keywords))
    chat = Chat(db_settings, llm=FakeLLM(""))
    top = chat.ask("What are the top issues?", options=FAST)
    first = chat.ask("What should we fix first?", options=FAST)
    numbers = {n.key: n.value for n in first.numbers_used}
    assert top.text.index(f"1. {battery.label}:") < top.text.index(f"2. {login.label}:"), top.text
    assert f"1. {login.label}:" in first.text and f"2. {battery.label}:" in first.text, first.text
    assert 0 <= numbers[f"theme:{battery.id}:fading_factor"] < 0.5 and "clearly fading (since 2.1.0" in first.text
    from assistant.chat import aggregate
    from assistant.themes.view import ThemesView

    with Database(db_settings).connect() as conn:  # one theme asked for: the fading one is named apart
        one = aggregate.top_facts(conn, Filters(), "", None, ThemesView.load(Database(db_settings)), "issues", 1,
                                  fading_days=db_settings.themes.period_days)
    assert one.lines[1].startswith(f"1. {login.label}:"), one.lines
    reports = sum("Report" in t or "Once more" in t for t, _ in rows)
    assert f"Not first: '{battery.label}' ({reports} problem items) is clearly fading (since 2.1.0" in "\n".join(
        one.lines)
    assert "check whether 2.1.0 already fixed it." in one.lines[-1], one.lines
    assert not any(k.endswith("fading_factor") for k in {n.key for n in top.numbers_used})


def test_which_release_introduced_a_problem_names_the_release_after_which_it_rose(db_settings, tmp_path):
    """An invoicing tester's "Which release introduced the receipt scanner crash?" got three quotes and no version,
    though "What got worse after 5.3.0?" had the figures: each stored version is compared as `pma impact` does, and
    the one after which the topic rose most clearly (BH-adjusted across the releases) is named."""
    from tests.support.themes import ingest_release_story

    ingest_release_story(db_settings, tmp_path, ["3.0.0", "3.1.0", "3.2.0"], "Scanning a receipt crashes the app")
    answer = Chat(db_settings, llm=FakeLLM("")).ask("Which release introduced the receipt scanner crash?",
                                                    options=FAST)
    assert answer.route == "impact" and "Release 3.1.0 " in answer.text and "rose most clearly" in answer.text, \
        answer.text
    assert re.search(r"3\.2\.0 [\d.]+ -> 0 per week, fewer", answer.text), answer.text  # the crash stopped


def test_a_source_named_by_its_name_wins_over_a_columns_value(db_settings, tmp_path):
    """An e-bike tester's "How many Amazon reviews mention assembly?" was cut to the survey's Purchase channel=Amazon
    and then to every review source: nothing matched both."""
    reviews = "Review ID,Body,Rating\n" + "".join(f"r{i},Assembly took three hours and the manual is bad {i},2\n" for i in range(4))
    survey = "Response ID,Comment,Purchase channel\n" + "".join(
        f"s{i},Assembly was easy enough {i},{c}\n" for i, c in enumerate(["Amazon", "Website", "Amazon", "Retail"]))
    ingest_paths([write(tmp_path / "amazon_reviews.csv", reviews), write(tmp_path / "nps_survey.csv", survey)],
                 db_settings)
    answer = Chat(db_settings, llm=FakeLLM("")).ask("How many Amazon reviews mention assembly?", options=FAST)
    assert answer.filters["sources"] == ["amazon_reviews"] and not answer.filters.get("where"), answer.filters
    assert {n.key: n.value for n in answer.numbers_used}["total_items"] == 4


def test_a_closed_question_counts_the_respondents_who_left_no_comment(db_settings, tmp_path):
    """An e-bike tester's "What almost stopped people from buying?" counted 156 of 198 answers: the 42 respondents who
    gave a score and left the comment empty answered the closed question too. "How many respondents said price almost
    stopped them?" is that option (one word, right after the saying), not the items about price; "price complaints"
    are not the respondents who chose "Price"."""
    reasons = ["Price"] * 5 + ["Delivery time"] * 3 + ["Nothing, I was sure"] * 4
    comments = ["Too pricey but worth it", "", "Shipping took three weeks", "", "Great bike", "", "Price went up"] * 2
    survey = io.StringIO()
    out = csv.writer(survey)
    out.writerow(["Response ID", "Score", "Comment", "Response timestamp", "What almost stopped you from buying?"])
    for k, reason in enumerate(reasons):
        out.writerow([f"r{k}", 3 + k % 7, comments[k], f"2026-10-{k + 1:02d} 10:00:00", reason])
    reviews = "review,date\n" + "".join(f"The price hike is a joke {k},2026-10-{k + 1:02d}\n" for k in range(6))
    ingest_paths([write(tmp_path / "nps_survey.csv", survey.getvalue()), write(tmp_path / "reviews.csv", reviews)],
                 db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    answer = chat.ask("What almost stopped people from buying?", options=FAST)
    numbers = {n.key: n.value for n in answer.numbers_used}
    key = "choice:What almost stopped you from buying?"
    assert numbers[f"{key}:answers"] == 12 and numbers[f"{key}:Price"] == 5, answer.text
    assert "12 in scope answer it, 5 of them with no comment" in answer.text
    said = chat.ask("How many survey respondents said price almost stopped them from buying?", options=FAST)
    assert said.filters["where"] == {"What almost stopped you from buying?": "Price"}, said.filters
    complaints = chat.ask("How many price complaints did we get in October?", options=FAST)
    assert not complaints.filters.get("where") and {n.key: n.value for n in complaints.numbers_used}[
        "total_items"] >= 6, complaints.text


def test_a_column_of_numbers_named_like_the_split_is_no_group(db_settings, tmp_path):
    """An e-bike tester's "Which customers complain most about refunds?" was split by Freshdesk's "Customer
    interactions" (5, 6, 3): a key of numbers is no group to split by."""
    tickets = "Ticket ID,Description,Customer interactions,Bike model\n" + "".join(
        f"t{k},Refund still not paid after weeks {k},{k % 4 + 1},{['City', 'Cargo'][k % 2]}\n" for k in range(8))
    ingest_paths([write(tmp_path / "tickets.csv", tickets)], db_settings)
    chat = Chat(db_settings, llm=FakeLLM(""))
    by_customer = chat.ask("How many refund complaints by customer?", options=FAST)
    assert "There is no 'customer' in this feedback" in by_customer.text, by_customer.text
    by_model = chat.ask("How many tickets mention refunds by bike model?", options=FAST)
    assert {n.key: n.value for n in by_model.numbers_used}.get("by:bike model:City") == 4, by_model.text
