"""Chat routes for release impact and customer accounts, end to end on the example data: "did 4.4 fix …?" and "what
got worse after the October release?" are answered with `pma impact`'s numbers, "which issues hurt enterprise
customers most?" from SQL over the imported customer file; every figure is written by code (the bundled model only
narrates) and is checked here against the impact module or recomputed from the two CSV files.
"""

from __future__ import annotations

import csv
import re

import pytest

from assistant.chat.router import route_question
from tests.support.paths import EXAMPLE_CSV

ACCOUNTS_CSV = EXAMPLE_CSV.with_name("accounts.csv")


@pytest.mark.parametrize("question, kind, topic, release", [
    ("Did 4.4 fix the login bug?", "impact", "login", "version:4.4"),
    ("What got worse after the October release?", "impact", "", "month:october"),
    ("Did login complaints drop after 4.4.0?", "impact", "login", "version:4.4.0"),
    ("Is it better after the update on 2026-10-28?", "impact", "", "date:2026-10-28"),
    ("Which issues hurt enterprise customers most?", "customers", "enterprise", None),
    ("How much revenue is at risk from billing issues?", "customers", "billing", None),
    ("Which accounts are affected by the login bug?", "customers", "login", None),
    ("Which customers are hurt most by crashes?", "customers", "crashes", None),
    ("What are the top issues for Team plan customers?", "customers", "Team", None),
    ("What do Free plan users complain about?", "lookup", None, None),  # plan is a feedback column too
    # not an impact question: no release named, or "since version" (a change question), or a count
    ("Did crashes increase since version 4.2?", "change", "crashes", None),
    ("Does the software update fix the sync errors?", "lookup", None, None),
    ("What broke after the last update?", "impact", "", "latest"),  # the newest version in the feedback
    ("What changed after the last update?", "impact", "", "latest"),
    # a language-app tester's "Did 7.3.0 change anything?" abstained
    ("Did 7.3.0 change anything?", "impact", "", "version:7.3.0"),
    ("Did the 4.4 release make a difference?", "impact", "", "version:4.4"),
    ("What changed after version 4.2?", "impact", "", "version:4.2"),
    # how the newest release went: its before/after (session 14; it was a search for the words "new version")
    ("What do users say about the new version?", "impact", "", "latest"),
    ("What problems do Team customers have with SSO login?", "lookup", None, None),
    ("How many users complained about login after 4.4?", "count", None, None),
])
def test_router_sends_release_and_customer_questions_to_their_routes(question, kind, topic, release):
    route = route_question(question)
    assert route.kind == kind
    if topic is not None:
        assert route.topic == topic
    assert route.release == release


@pytest.fixture(scope="module")
def chat(example, models_cache, tmp_path_factory):
    from assistant.chat import Chat
    from tests.support.chat import bundled_llm
    from tests.support.fake_llm import FakeLLM

    # The real bundled model, its calls counted (a question the data cannot answer must not reach it).
    return Chat(example, llm=FakeLLM(delegate=bundled_llm(models_cache, tmp_path_factory.mktemp("llm"))))


def _ask(chat, question: str):
    from assistant.chat import AskOptions

    return chat.ask(question, options=AskOptions(max_new_tokens=24, save=False))


def _impact(settings, version: str) -> dict:
    from assistant.themes.impact import find_release, release_impact
    from retrieval.db import Database
    from retrieval.filters import Filters

    with Database(settings).connect() as conn:
        return release_impact(conn, Filters(), find_release(conn, Filters(), version=version))


def _numbers(answer) -> dict:
    return {n.key: n.value for n in answer.numbers_used}


@pytest.mark.slow
def test_did_the_release_fix_it_is_answered_with_the_impact_numbers(example, chat):
    from retrieval.db import Database

    impact = _impact(example, "4.4")
    with Database(example).connect() as conn:
        crash = conn.execute(  # the theme holding most saved-route crash reports (as tests/test_impact.py finds it)
            "SELECT ft.theme_id FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = f.id JOIN themes t "
            "ON t.id = ft.theme_id AND t.status = 'active' WHERE f.text ILIKE '%saved route%' AND "
            "(f.text ILIKE '%crash%' OR f.text ILIKE '%closes%' OR f.text ILIKE '%vanishes%') "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    row = next(r for r in impact["themes"] if r["key"] == str(crash))
    assert row["direction"] == "fewer"  # the example's fixed crash (tests/test_impact.py recomputes it)
    answer = _ask(chat, "Did 4.4 fix the crash when opening saved routes?")
    assert answer.route == "impact" and answer.text.startswith("Numbers (computed from the database):")
    assert f"- Yes, by this measure: fewer after 4.4: theme {row['verdict']}" in answer.text
    numbers = _numbers(answer)
    assert numbers[f"theme:{crash}:per_week_before"] == row["per_week_before"]
    assert numbers[f"theme:{crash}:per_week_after"] == row["per_week_after"]
    assert (numbers["items_before"], numbers["items_after"]) == (impact["before"]["items"], impact["after"]["items"])
    cited = {int(i) for i in re.findall(r"\[F(\d+)\]", answer.text)}
    assert cited and cited <= {c.id for c in answer.citations}

    login = _ask(chat, "Did 4.4 fix the login bug?")
    first = next(line for line in login.text.splitlines() if "after 4.4: theme" in line)
    label = first.split("after 4.4: theme ")[1].split(":")[0]
    theme = next(r for r in impact["themes"] if r["label"] == label)
    with Database(example).connect() as conn:  # the login theme, by its label or its keywords ("Azure AD / SSO")
        keywords = conn.execute("SELECT keywords FROM themes WHERE label = %s AND status = 'active'", (label,)
                                ).fetchone()[0]
    assert "login" in label.lower() + " " + " ".join(keywords).lower() and first.startswith(
        {"more": "- No: more", "fewer": "- Yes, by this measure: fewer"}.get(theme["direction"], "- No clear change"))


@pytest.mark.slow
def test_what_got_worse_after_a_month_release_names_the_release_it_used(example, chat):
    from assistant.themes.impact import version_key
    from retrieval.db import Database

    with Database(example).connect() as conn:
        first_seen = conn.execute("SELECT app_version, min(created_at) FROM feedback WHERE app_version IS NOT NULL "
                                  "GROUP BY 1").fetchall()
    minors: dict[tuple, tuple] = {}
    for version, at in first_seen:  # the first version of each x.y, and when its feedback starts
        key = version_key(version)
        if key[:2] not in minors or key < minors[key[:2]][0]:
            minors[key[:2]] = (key, version, at)
    october = sorted((at, v) for _, v, at in minors.values() if at.month == 10)
    assert len(october) >= 1
    release = october[0][1]
    answer = _ask(chat, "What got worse after the October release?")
    assert answer.route == "impact" and f"Release {release} (first feedback" in answer.text
    worse = [r for r in _impact(example, release)["themes"] if r["direction"] == "more"]
    numbers_part = answer.text.split("\n\n")[0]  # the code-written block
    listed = [line for line in numbers_part.splitlines() if line.startswith("- Theme ")]
    assert len(listed) == min(3, len(worse))
    for row, line in zip(worse, listed):  # significant rises first, in the impact module's order
        assert line.startswith(f"- Theme {row['verdict']}")
    if len(october) > 1:
        assert f"{october[1][1]} also started in October" in answer.text

    calls = len(chat.llm.calls)
    unknown = _ask(chat, "Did 9.9 fix the login bug?")
    assert unknown.route == "impact" and "no feedback in scope comes from version 9.9" in unknown.text
    assert len(chat.llm.calls) == calls  # nothing to narrate: the model is not asked


@pytest.mark.slow
def test_which_issues_hurt_a_segment_most_comes_from_the_customer_file(example, chat):
    from retrieval.customers import import_customers
    from retrieval.db import Database

    before = _ask(chat, "Which issues hurt enterprise customers most?")
    assert before.route == "customers" and "pma customers import" in before.text

    db = Database(example)
    import_customers(db, ACCOUNTS_CSV)
    with ACCOUNTS_CSV.open(encoding="utf-8") as fh:
        accounts = {db.keyed_hash(r["user_email"].strip().lower()): r for r in csv.DictReader(fh)}
    with db.connect() as conn:
        rows = conn.execute(
            "SELECT ft.theme_id, t.label, f.author_hash, fc.sentiment, fc.feedback_type, f.rating FROM feedback f "
            "JOIN feedback_themes ft ON ft.feedback_id = f.id JOIN themes t ON t.id = ft.theme_id AND "
            "t.status = 'active' LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id").fetchall()
    for question, column, value in (("Which issues hurt enterprise customers most?", "segment", "Enterprise"),
                                    ("Which issues hurt Team plan customers most?", "plan", "Team")):
        expected: dict[int, dict[str, float]] = {}
        items: dict[int, int] = {}
        for theme_id, _, author, sentiment, kind, rating in rows:
            account = accounts.get(author)
            problem = (sentiment == "negative" or kind in ("bug", "performance", "usability")
                       or (sentiment is None and kind is None and rating is not None and rating <= 2))
            if account and account[column] == value and problem:
                expected.setdefault(theme_id, {})[account["account"] or author] = float(account["mrr"])
                items[theme_id] = items.get(theme_id, 0) + 1
        ranked = sorted(expected, key=lambda t: (-round(sum(expected[t].values()), 2), -len(expected[t]), -items[t],
                                                 t))[:5]
        answer = _ask(chat, question)
        numbers = _numbers(answer)
        assert answer.route == "customers" and f"in the {column} '{value}'" in answer.text
        shown = [int(k.split(":")[1]) for k in numbers if k.endswith(":mrr")]
        assert shown == ranked, (question, shown, ranked)
        for theme_id in ranked:
            assert numbers[f"theme:{theme_id}:accounts"] == len(expected[theme_id])
            assert numbers[f"theme:{theme_id}:mrr"] == pytest.approx(sum(expected[theme_id].values()), abs=0.01)
            assert numbers[f"theme:{theme_id}:items"] == items[theme_id]

    # a follow-up that names customers of a plan narrows the question before it, not the customers route's ranking
    # (a tester's "And for Enterprise customers?" after "What are the top 3 requests?" lost both)
    from assistant.chat import AskOptions

    first = chat.ask("What are the top 3 requests?", options=AskOptions(max_new_tokens=1))
    follow = chat.ask("And for Team plan customers?", conversation_id=first.conversation_id,
                      options=AskOptions(max_new_tokens=1))
    assert first.route == follow.route == "top" and follow.filters["where"] == {"plan": "Team"}
    assert _ask(chat, "Which issues hurt Team plan customers most?").route == "customers"
    # and one that names other customers after a customers question is that question about them (a thermostat
    # tester's "And for Basic customers?" after "What do Family plan customers complain about?" abstained)
    # a topic beside the customers is matched by its meaning too, as a count matches it (a thermostat tester's
    # "What do Family plan customers say about sharing access?" found 5 accounts by the words alone, of 13)
    from assistant.chat.aggregate import topic_condition
    from retrieval.embed import Embedder

    topic = "maps not available without signal"
    with db.connect() as conn:
        cond, params = topic_condition(conn, topic, Embedder(example).encode([topic])[0])
        expected = conn.execute(f"SELECT count(DISTINCT coalesce(c.account, c.author_hash)) FROM feedback f JOIN "
                                f"customers c ON c.author_hash = f.author_hash WHERE {cond} AND c.plan = 'Plus'",
                                params).fetchone()[0]
        words_only = conn.execute(
            "SELECT count(DISTINCT coalesce(c.account, c.author_hash)) FROM feedback f JOIN customers c ON "
            f"c.author_hash = f.author_hash WHERE {topic_condition(conn, topic, None)[0]} AND c.plan = 'Plus'",
            topic_condition(conn, topic, None)[1]).fetchone()[0]
    about = _ask(chat, f"What do Plus plan customers say about {topic}?")
    assert about.route == "customers" and _numbers(about)["accounts_with_feedback"] == expected > words_only, \
        (expected, words_only, about.text)
    # who actually left and the revenue lost are not in feedback: the answers say what their numbers are instead
    churned = chat.ask("How many customers churned because of the price?", options=AskOptions(max_new_tokens=1))
    assert "Feedback shows who says they may leave, not who left" in churned.text, churned.text
    lost = chat.ask("How much revenue did we lose from Team plan customers?", options=AskOptions(max_new_tokens=1))
    assert lost.route == "customers" and "Feedback cannot show revenue lost" in lost.text, lost.text
    risk = _ask(chat, "Which issues hurt Team plan customers most?")
    assert "cannot show" not in risk.text and "not who left" not in risk.text
    # and when nothing is counted (a language-app tester's "What is our churn rate?" and "How many users actually
    # churned in October?": "No feedback items about 'actually'")
    rate = chat.ask("What is our churn rate?", options=AskOptions(max_new_tokens=1))
    assert "Feedback cannot show a churn or retention rate" in rate.text, rate.text
    actually = chat.ask("How many users actually churned?", options=AskOptions(max_new_tokens=1))
    assert "'actually'" not in actually.text and "not who left" in actually.text, actually.text
    hurt = chat.ask("Which issues hurt Team plan customers most?", options=AskOptions(max_new_tokens=1))
    other = chat.ask("And for the Plus plan?", conversation_id=hurt.conversation_id,
                     options=AskOptions(max_new_tokens=1))
    alone = _ask(chat, "Which issues hurt Plus plan customers most?")
    assert other.route == "customers" and "in the plan 'Plus'" in other.text, other.text
    assert _numbers(other) == _numbers(alone)


def test_what_changed_after_the_last_update_compares_around_the_newest_version(example, db_settings, tmp_path):
    """"What changed after the last update?" is the before/after comparison around the newest release in the
    feedback (here the first version of the newest x.y: its patch 4.4.2 has days of feedback after it, not the 14
    needed) (it searched for the word "after" before); without any version it says how to ask instead."""
    from assistant.chat import AskOptions, Chat
    from assistant.themes.impact import version_key
    from retrieval.db import Database
    from retrieval.ingest import ingest_paths
    from tests.support.fake_llm import FakeLLM
    from tests.support.paths import write

    with Database(example).connect() as conn:
        versions = [v for (v,) in conn.execute("SELECT DISTINCT app_version FROM feedback WHERE app_version IS NOT NULL")]
    minor = max(version_key(v)[:2] for v in versions)  # the newest x.y release, from its first version
    newest = min((v for v in versions if version_key(v)[:2] == minor), key=version_key)
    options = AskOptions(max_new_tokens=8, save=False)
    answer = Chat(example, llm=FakeLLM("x")).ask("What changed after the last update?", options=options)
    assert answer.route == "impact" and f"Release {newest} (first feedback" in answer.text
    assert f"The last update is taken to be {newest}" in answer.text
    numbers = _numbers(answer)
    impact = _impact(example, newest)
    assert (numbers["items_before"], numbers["items_after"]) == (impact["before"]["items"], impact["after"]["items"])

    ingest_paths([write(tmp_path / "notes.csv", "date,text\n2026-10-01,Sync fails on the train\n"
                                                 "2026-10-20,Export to PDF is slow\n")], db_settings)
    llm = FakeLLM("x")
    none = Chat(db_settings, llm=llm).ask("What changed after the last update?", options=options)
    assert none.route == "impact" and "No app version is stored with this feedback" in none.text
    assert not llm.calls


def test_the_last_update_is_the_newest_version_with_two_weeks_of_feedback_after_it(db_settings, tmp_path):
    """A thermostat tester's "What changed after the last update?" read 4.8.0, the first version of 4.8, and said
    sync complaints rose, where 4.8.2, five weeks before the export ended, had fixed them. The last update is the
    newest version, a patch too, with 14 days of feedback after it; one out for days is named, not taken."""
    from datetime import date, timedelta

    from assistant.chat import AskOptions, Chat
    from retrieval.ingest import ingest_paths
    from tests.support.fake_llm import FakeLLM
    from tests.support.paths import write

    start, rows = date(2026, 8, 1), []
    for day in range(100):
        version = "2.0.0" if day < 30 else "2.1.0" if day < 60 else "2.1.2" if day < 95 else "2.1.3"
        text = "The schedule does not sync to the thermostat" if 30 <= day < 60 else f"Great savings in week {day // 7}"
        rows.append(f"R{day},{start + timedelta(days=day)},{version},{text}")
    ingest_paths([write(tmp_path / "reviews.csv", "id,date,version,text\n" + "\n".join(rows) + "\n")], db_settings)
    answer = Chat(db_settings, llm=FakeLLM("x")).ask("What changed after the last update?",
                                                     options=AskOptions(max_new_tokens=8, save=False))
    assert answer.route == "impact" and "Release 2.1.2 (first feedback 2026-09-30)" in answer.text, answer.text
    assert "The last update is taken to be 2.1.2, the newest version with 14 days of feedback after it or more " \
           "(2.1.3 came later, with less)." in answer.text



def test_which_accounts_reported_problems_lists_the_accounts_by_revenue(example):
    """An invoicing tester's "Which accounts with the highest ARR reported problems?" got themes by revenue and no
    account: the accounts are the answer, largest revenue first, each with its problem items (recomputed here from
    the two CSV files) and quoted by an item of the theme it is most about. "Which customers wrote about X?" lists
    the accounts behind the topic (with a customer file; it was a search for the words "customers X")."""
    from assistant.chat import AskOptions, Chat
    from assistant.chat.customer_facts import asks_which_accounts
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from tests.support.fake_llm import FakeLLM

    assert not asks_which_accounts("Which issues hurt enterprise customers most?")
    db = Database(example)
    import_customers(db, ACCOUNTS_CSV)
    with ACCOUNTS_CSV.open(encoding="utf-8") as fh:
        accounts = {db.keyed_hash(r["user_email"].strip().lower()): r for r in csv.DictReader(fh)}
    with db.connect() as conn:
        rows = conn.execute("SELECT f.id, f.author_hash, fc.sentiment, fc.feedback_type, f.rating FROM feedback f "
                            "LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id").fetchall()
        themes = dict(conn.execute("SELECT ft.feedback_id, t.label FROM feedback_themes ft JOIN themes t ON "
                                   "t.id = ft.theme_id AND t.status = 'active'").fetchall())
    items: dict[str, set[int]] = {}
    for item, author, sentiment, kind, rating in rows:
        account = accounts.get(author)
        problem = (sentiment == "negative" or kind in ("bug", "performance", "usability")
                   or (sentiment is None and kind is None and rating is not None and rating <= 2))
        if account and account["account"] and problem:
            items.setdefault(account["account"], set()).add(item)
    mrr = {r["account"]: float(r["mrr"]) for r in accounts.values() if r["account"]}
    expected = sorted(items, key=lambda a: (-mrr[a], -len(items[a]), a))[:5]
    assert len(expected) >= 3

    chat = Chat(example, llm=FakeLLM(""))
    answer = chat.ask("Which customers are most affected?", options=AskOptions(max_new_tokens=8, save=False))
    numbers = _numbers(answer)
    assert numbers["accounts_listed_of"] == len(items)
    # what the accounts that wrote are worth together, each account once ("How much ARR is at risk ...?")
    wrote = {(r["account"] or h): float(r["mrr"]) for h, r in accounts.items()
             if h in {author for _, author, *_ in rows}}
    assert numbers["accounts_with_feedback_mrr"] == pytest.approx(sum(wrote.values()), abs=0.01)
    listed = re.findall(r"^\d\. (.+?) \((?:[^;()]+; )?MRR ([\d,.]+), ARR [\d,.]+\): (\d+) problem items?(.*)\[F(\d+)\]\.$",
                        answer.text, re.MULTILINE)
    assert [name for name, *_ in listed] == expected, answer.text
    for name, revenue, count, about, quoted in listed:
        assert float(revenue.replace(",", "")) == mrr[name] and int(count) == len(items[name])
        assert numbers[f"account:{name}:items"] == len(items[name]) and int(quoted) in items[name]
        if top := re.search(r"most about '(.+?)'", about):
            assert themes.get(int(quoted)) == top.group(1)

    # a topic: the accounts whose people wrote about it (the customers route, not a search for "customers crash")
    asked = chat.ask("Which customers wrote about crashes?", options=AskOptions(max_new_tokens=8, save=False))
    assert asked.route == "customers" and "Customer accounts that wrote about 'crashes'" in asked.text, asked.text
    # what they did, when the question says it: complained about it (a count split by 'customers' before)
    complained = chat.ask("Which customers complain most about crashes?", options=AskOptions(max_new_tokens=8,
                                                                                            save=False))
    assert complained.route == "customers", complained.text
    assert "Customer accounts that reported a problem about 'crashes'" in complained.text, complained.text
    # the words that ask for accounts may be gone once the scope is read: "Which accounts are threatening to leave
    # us?" is the items saying they may leave (a developer-platform tester got their themes and no account)
    leaving = chat.ask("Which accounts are threatening to leave us?", options=AskOptions(max_new_tokens=8, save=False))
    assert leaving.route == "customers" and leaving.filters.get("says") == "leaving", (leaving.route, leaving.filters)
