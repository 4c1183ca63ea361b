"""Session 47: questions of an edtech tester and the words a question asks with."""

from __future__ import annotations

import re

import pytest

from assistant.chat.router import route_question
from tests.support.chat import code_only_answer, ingest_lines

PROBLEMS = ["The quiz sync fails offline on my iPad", "Google login keeps failing every morning",
            "The gradebook export to PowerSchool fails", "Too many notifications from the parent app"]


@pytest.mark.parametrize("question", ["Which problems hit users the most?", "Which issues cost us the most?",
                                      "What complaints bother customers the most?"])
def test_the_verb_of_which_issues_hurt_most_is_no_subject(question):
    """"Which problems hit users the most?" ranked the problems about 'hit' (the verb was taken for a subject)."""
    route = route_question(question)
    assert route.kind == "top" and route.topic == "", route


def test_which_problems_hit_users_most_ranks_every_problem(db_settings, tmp_path):
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["date,rating,review"] + [
        f"2026-10-{1 + k % 28:02d},{1 + k % 2},{PROBLEMS[k % 4] if k % 5 else 'Costs too much for a school'} ({k})"
        for k in range(40)])
    hit = code_only_answer(db_settings, "Which problems hit users the most?")
    hurt = code_only_answer(db_settings, "Which problems hurt users the most?")
    assert hit.route == "top" and "about 'hit'" not in hit.text, hit.text[:300]
    assert hit.text == hurt.text


def test_an_answer_naming_no_competitor_is_not_ranked_among_the_competitors(db_settings, tmp_path):
    """A telehealth tester's cancellation survey answered "None / not sure" 49 times; it was the second competitor."""
    rivals = ["Seesaw"] * 9 + ["None / not sure"] * 7 + ["Kahoot!"] * 5 + ["Don't know"] * 3 + ["Google Classroom"] * 2
    ingest_lines(db_settings, tmp_path / "cancellations.csv", ["Customer,Cancelled At,Reason,Switching to,Comment"] + [
        f"cus_{k},2026-09-{1 + k % 28:02d},too_expensive,{rival},The price rise was too much for me ({k})"
        for k, rival in enumerate(rivals)])
    answer = code_only_answer(db_settings, "Which competitors are customers switching to?")
    ranked = re.findall(r"^\d+\. ([^:]+): (\d+)", answer.text, re.MULTILINE)
    assert ranked[:3] == [("Seesaw", "9"), ("Kahoot!", "5"), ("Google Classroom", "2")], answer.text[:800]
    assert "None / not sure" not in dict(ranked) and "'None / not sure' 7" in answer.text, answer.text[:800]


def test_an_answer_scoped_to_a_plan_says_how_many_items_carry_a_plan(db_settings, tmp_path):
    """A telehealth tester's "What do Family plan users complain about?" counted its tickets only (they carry the
    plan) and did not say that its 962 reviews and interview notes carry none."""
    ingest_lines(db_settings, tmp_path / "tickets.csv", ["Created at,Plan,Description"] + [
        f"2026-10-{1 + k % 28:02d},{('School', 'Teacher Pro')[k % 2]},{PROBLEMS[k % 4]} (ticket {k})" for k in range(30)])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k % 28:02d},1,{PROBLEMS[k % 4]} (review {k})" for k in range(12)])
    answer = code_only_answer(db_settings, "What do School plan users complain about?")
    assert answer.filters["where"] == {"plan": "School"}, answer.filters
    assert ("Only items that carry a plan can be counted for plan=School: 30 of the 42 items otherwise in scope "
            "carry one; the 12 without one are not counted (app_reviews 12)") in answer.text, answer.text[:1500]


def test_no_coverage_line_when_every_item_carries_the_field(db_settings, tmp_path):
    ingest_lines(db_settings, tmp_path / "tickets.csv", ["Created at,Plan,Description"] + [
        f"2026-10-{1 + k % 28:02d},{('School', 'Teacher Pro')[k % 2]},{PROBLEMS[k % 4]} (ticket {k})" for k in range(30)])
    answer = code_only_answer(db_settings, "What do School plan users complain about?")
    assert answer.filters["where"] == {"plan": "School"} and "Only items that carry" not in answer.text, answer.text


def test_the_share_of_people_satisfied_with_a_surveyed_subject_is_that_surveys_csat(db_settings, tmp_path):
    """"What share of patients were satisfied with their consultation?" counted items about 'patients consultation'
    (a telehealth tester's); the people asked about are no subject, the post-consultation survey is."""
    ingest_lines(db_settings, tmp_path / "post_lesson_survey.csv", ["Submitted At,How satisfied were you?,Comment"] + [
        f"2026-10-{1 + k % 28:02d},{(5, 4, 2, 5, 1)[k % 5]},The lesson on fractions number {k}" for k in range(25)])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k % 28:02d},1,{PROBLEMS[k % 4]} (review {k})" for k in range(20)])
    answer = code_only_answer(db_settings, "What share of students were satisfied with their lesson?")
    assert answer.route == "rating" and answer.filters["sources"] == ["post_lesson_survey"], (answer.route,
                                                                                            answer.filters)
    assert "CSAT 60% (15 of 25 ratings are 4 or 5)" in answer.text, answer.text[:600]


def test_which_competitors_after_why_do_customers_cancel_names_them(db_settings, tmp_path):
    """An edtech tester's "Which competitors do they move to?" after "Why do customers cancel?" was an internal error:
    the follow-up kept the scope "saying they may leave", a condition on the text, and read it on the score-only
    answers too."""
    from assistant.chat import AskOptions, Chat
    from tests.support.fake_llm import FakeLLM

    rivals = ["Seesaw"] * 11 + ["Kahoot!"] * 8 + ["Quizizz"] * 5  # 24 rows: a closed question needs 20
    ingest_lines(db_settings, tmp_path / "stripe_cancellations.csv",
                 ["Customer,Cancelled At,Cancellation Reason,Switching to,Comment"] + [
                     f"cus_{k},2026-09-{1 + k % 28:02d},{('too_expensive', 'unused', 'missing_features')[k % 3]},"
                     f"{rival}," + (f"Cancelling my subscription: the price rise is too much ({k})" if k % 3 else "")
                     for k, rival in enumerate(rivals)])
    chat = Chat(db_settings, llm=FakeLLM(""))
    first = chat.ask("Why do customers cancel?", options=AskOptions(max_new_tokens=8))
    follow = chat.ask("Which competitors do they move to?", conversation_id=first.conversation_id,
                      options=AskOptions(max_new_tokens=8))
    assert re.findall(r"^\d+\. ([^:]+): (\d+)", follow.text, re.MULTILINE)[:3] == [
        ("Seesaw", "11"), ("Kahoot!", "8"), ("Quizizz", "5")], follow.text[:800]


def test_mrr_in_cents_is_summed_per_reason_in_each_currency(db_settings, tmp_path):
    """An edtech tester's Stripe export gives "MRR (cents)" and a "Currency" of usd or cad: "How much MRR did we
    lose to cancellations, by reason?" said revenue lost is in the billing data, and CAD was summed with USD."""
    reasons = ["too_expensive", "unused", "too_expensive", "switched_service"]
    rows = [(reasons[k % 4], ("usd", "cad")[k % 3 == 0], (800, 1200)[k % 2]) for k in range(24)]
    ingest_lines(db_settings, tmp_path / "stripe_cancellations.csv",
                 ["id,Canceled At (UTC),Cancellation Reason,Cancellation Comment,MRR (cents),Currency"] + [
                     f"sub_{k},2026-09-{1 + k:02d},{reason},{'Too expensive for me now' if k % 2 else ''},{cents},"
                     f"{currency}" for k, (reason, currency, cents) in enumerate(rows)])
    answer = code_only_answer(db_settings, "How much MRR did we lose to cancellations, by reason?")
    expected = {}
    for reason, currency, cents in rows:
        expected.setdefault(reason, {}).setdefault(currency.upper(), 0)
        expected[reason][currency.upper()] += cents / 100
    line = next(x for x in answer.text.splitlines() if x.startswith("1. too_expensive"))
    want = ", ".join(f"{c} {a:,.2f}" for c, a in sorted(expected["too_expensive"].items()))
    assert f"'MRR (cents)' {want})" in line, (want, answer.text[:900])
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert "choice:Cancellation Reason:MRR (cents)" not in numbers  # never one sum of two currencies


@pytest.mark.parametrize("question", ["How many conversations did we get on 2026-10-09?",
                                      "How many conversations did we get on October 9?",
                                      "How many conversations did we get on the 9th of October?"])
def test_a_count_on_a_day_counts_that_day(db_settings, tmp_path, question):
    """An edtech tester's "How many conversations did we get on 2026-09-09?" (the day of a login outage) counted all
    560 conversations."""
    ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", ["Created at,First message"] + [
        f"2026-10-{1 + k % 20:02d} {8 + k % 9:02d}:15:00,{PROBLEMS[k % 4]} (conversation {k})" for k in range(60)])
    answer = code_only_answer(db_settings, question)
    assert answer.filters["since"].startswith("2026-10-09") and answer.filters["until"].startswith("2026-10-10"), \
        answer.filters
    assert re.search(r"\b3 feedback items\b", answer.text), answer.text[:400]  # k = 8, 28, 48


def intercom_roles(tmp_path, db_settings):
    rows = ["Created at,User type,Location,First message"]
    for k in range(48):
        role = ("parent", "teacher", "admin", "teacher")[k % 4]
        place = ("TX, United States", "QC, Canada", "ON, Canada")[k % 3]
        text = ("Too many notifications from the parent app" if role == "parent" else
                "PowerSchool export fails for our district" if role == "admin" else PROBLEMS[k % 3])
        rows.append(f"2026-10-{1 + k % 28:02d} 09:00:00,{role},\"{place}\",{text} ({k})")
    ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", rows)


def test_a_role_in_the_plural_is_that_users_items(db_settings, tmp_path):
    """An edtech tester's "What do admins say?" and "How many parents complain about too many notifications?" were
    about everyone: Intercom's "User type" of admin and parent was not read from the plural."""
    intercom_roles(tmp_path, db_settings)
    admins = code_only_answer(db_settings, "What do admins say?")
    assert admins.filters["where"] == {"User type": "admin"}, admins.filters
    parents = code_only_answer(db_settings, "How many parents complain about too many notifications?")
    assert parents.filters["where"] == {"User type": "parent"} and "12 feedback items" in parents.text, parents.text


def test_a_role_and_a_place_both_scope_the_question(db_settings, tmp_path):
    """"What do parents in Texas complain about?" kept the first group it read."""
    intercom_roles(tmp_path, db_settings)
    answer = code_only_answer(db_settings, "What do parents in Texas complain about?")
    assert answer.filters["where"] == {"User type": "parent", "state": "TX"}, answer.filters


@pytest.mark.parametrize("question, word", [("How many Intercom conversations were rated Terrible?", "Terrible"),
                                            ("How many conversations were rated Amazing?", "Amazing")])
def test_conversations_rated_in_words_are_counted_by_their_rating(db_settings, tmp_path, question, word):
    """An edtech tester's "How many Intercom conversations were rated Terrible?" searched the word (18 were)."""
    ratings = ["Amazing", "Great", "", "Terrible", "Bad", "OK", "Terrible"]
    ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", ["Created at,First message,Conversation rating"]
                 + [f"2026-10-{1 + k % 28:02d} 10:00:00,{PROBLEMS[k % 4]} ({k}),{ratings[k % 7]}" for k in range(35)])
    answer = code_only_answer(db_settings, question)
    expected = sum(ratings[k % 7] == word for k in range(35))
    assert answer.route == "count" and f"{expected} feedback items in scope" in answer.text, answer.text[:300]


@pytest.mark.parametrize("question", ["How did NPS change between June and November?",
                                      "What was our NPS in June vs November?"])
def test_nps_between_two_months_gives_each_months_nps(db_settings, tmp_path, question):
    """An edtech tester's "How did NPS change between June and November?" got the overall NPS alone (truth: +11.7 in
    June, -71.8 in November)."""
    rows = ["Submitted At,How likely are you to recommend us to a colleague?,What should we improve?"]
    rows += [f"2026-06-{1 + i:02d},{(10, 9, 9, 10, 7, 3)[i % 6]},Reason number {i} in June" for i in range(24)]
    rows += [f"2026-08-{1 + i:02d},{(8, 7)[i % 2]},Reason number {i} in August" for i in range(10)]
    rows += [f"2026-11-{1 + i:02d},{(2, 5, 9, 6, 8, 0)[i % 6]},Reason number {i} in November" for i in range(24)]
    ingest_lines(db_settings, tmp_path / "typeform_nps.csv", rows)
    answer = code_only_answer(db_settings, question)
    # June: 16 promoters, 4 detractors of 24 = +50; November: 4 promoters, 16 detractors = -50
    assert answer.route == "nps" and "NPS in June 2026: +50 (24 answers); in November 2026: -50 (24 answers); " \
                                      "-100 points" in answer.text, answer.text[:600]


def test_nps_in_canada_compared_to_the_us_splits_by_country(db_settings, tmp_path):
    """An edtech tester's "What is the NPS in Canada compared to the US?" said no score out of 10 was stored (its
    survey's province_state was not read as a country, and "the US" named none)."""
    rows = ["Submitted At,province_state,How likely are you to recommend us to a colleague?,What should we improve?"]
    rows += [f"2026-10-{1 + i:02d},{('QC', 'ON')[i % 2]},{(10, 3, 2, 9)[i % 4]},Reason number {i}" for i in range(20)]
    rows += [f"2026-10-{1 + i:02d},{('TX', 'CA')[i % 2]},{(10, 9, 8, 2)[i % 4]},Reason number {20 + i}" for i in range(20)]
    ingest_lines(db_settings, tmp_path / "typeform_nps.csv", rows)
    answer = code_only_answer(db_settings, "What is the NPS in Canada compared to the US?")
    # Canada: 10 promoters, 10 detractors = 0; United States: 10 promoters, 5 detractors of 20 = +25
    line = next((x for x in answer.text.splitlines() if x.startswith("- NPS by country: ")), "")
    assert answer.route == "nps" and sorted(line.lower()[len("- NPS by country: "):].rstrip(".").split(", ")) == [
        "canada +0 (20 answers)", "united states +25 (20 answers)"], answer.text[:600]


def test_how_many_after_a_version_follows_up_the_count_before(db_settings, tmp_path):
    """An edtech tester's "How many after 4.6.0?" after "How many complaints about offline quiz sync?" counted the
    items about 'after' (none)."""
    from assistant.chat import AskOptions, Chat
    from tests.support.fake_llm import FakeLLM

    rows = ["Date,Version,Rating,Review"]
    for k in range(40):
        version = "4.5.0" if k < 24 else "4.6.0"
        text = "Offline quiz sync fails on my iPad" if k % 2 == 0 and (k < 24 or k % 8 == 0) else "Love the lessons"
        rows.append(f"2026-{8 + k // 20:02d}-{1 + k % 20:02d},{version},{2 if 'fails' in text else 5},{text} ({k})")
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", rows)
    chat = Chat(db_settings, llm=FakeLLM(""))
    first = chat.ask("How many complaints about offline quiz sync?", options=AskOptions(max_new_tokens=8))
    follow = chat.ask("How many after 4.6.0?", conversation_id=first.conversation_id,
                      options=AskOptions(max_new_tokens=8))
    assert follow.route == "count" and follow.filters["since"].startswith("2026-09-05"), follow.filters
    assert "2 feedback items about 'offline quiz sync'" in follow.text, follow.text[:400]  # k = 24, 32


def test_is_a_problem_specific_to_a_country_splits_by_country(db_settings, tmp_path):
    """An edtech tester's "Is the PowerSchool export problem specific to Canada?" was narrowed to Canada, which
    cannot say whether the United States has it too (truth: every one of its 67 items is Canadian)."""
    rows = ["Created at,Location,First message,Conversation rating"]
    for k in range(36):
        place = ("QC, Canada", "ON, Canada", "TX, United States")[k % 3]
        broken = place.endswith("Canada") and k % 2
        text = "Gradebook export to PowerSchool fails with Invalid term code" if broken else "The lessons are great"
        rows.append(f"2026-10-{1 + k % 28:02d} 09:00:00,\"{place}\",{text} ({k}),{'Terrible' if broken else 'Amazing'}")
    ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", rows)
    answer = code_only_answer(db_settings, "Is the PowerSchool export problem specific to Canada?")
    assert answer.route == "count" and not answer.filters.get("where"), (answer.route, answer.filters)
    assert re.search(r"By country \(complaints\): canada 12 \(100%.*united states 0", answer.text, re.I | re.S), \
        answer.text[:700]


@pytest.mark.parametrize("question", ["When did the Google login outage happen?",
                                      "When was the spike in Google login failures?"])
def test_when_did_it_happen_names_its_busiest_days(db_settings, tmp_path, question):
    """An edtech tester's "When did the Google Classroom login outage happen?" was a lookup that gave no date (truth:
    2026-09-08 to 09-10)."""
    rows = ["Created at,First message"]
    rows += [f"2026-{month:02d}-{day:02d} 09:00:00,The lessons are clear and fun ({month}-{day})"
             for month in (7, 8, 9, 10) for day in range(2, 28, 3)]
    rows += [f"2026-09-{8 + k % 3:02d} 08:{k:02d}:00,Google login fails for every student this morning ({k})"
             for k in range(15)]
    rows += [f"2026-{7 + k % 4:02d}-15 10:00:00,Google login failed once last week ({k})" for k in range(4)]
    ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", rows)
    answer = code_only_answer(db_settings, question)
    assert answer.route == "change", answer.route
    assert "Busiest days: 2026-09-08 (5 items), 2026-09-09 (5 items), 2026-09-10 (5 items)." in answer.text, \
        answer.text[:700]


def test_a_plan_named_by_one_of_its_spellings_is_said_by_its_name(db_settings, tmp_path):
    """An edtech tester's answers said "plan=teacher_pro" where its exports spelt the plan "Teacher Pro", "Teacher Pro
    (monthly)" and "teacher_pro"."""
    plans = ["Teacher Pro", "Teacher Pro (monthly)", "teacher_pro", "School"]
    ingest_lines(db_settings, tmp_path / "tickets.csv", ["Created at,Plan,Description"] + [
        f"2026-10-{1 + k % 28:02d},{plans[k % 4]},{PROBLEMS[k % 3]} (ticket {k})" for k in range(32)])
    answer = code_only_answer(db_settings, "What do teacher_pro users complain about?")
    assert answer.filters["where"] == {"plan": "Teacher Pro"}, answer.filters
    assert "24 feedback items in scope" in answer.text, answer.text[:300]  # every spelling


def test_how_many_plan_users_switched_to_a_competitor_counts_that_answer(db_settings, tmp_path):
    """An edtech tester's "How many Teacher Pro teachers switched to Google Classroom?" counted 294 items about the
    words (truth: the 34 cancellations whose "Switching to" says so), then read "teachers" as a user role."""
    rivals = ["Google Classroom"] * 12 + ["Seesaw"] * 7 + ["Kahoot!"] * 5
    ingest_lines(db_settings, tmp_path / "stripe_cancellations.csv",
                 ["id,Canceled At (UTC),Plan,Cancellation Reason,Switching to,Cancellation Comment"] + [
                     f"sub_{k},2026-09-{1 + k:02d},{('Teacher Pro', 'Teacher Pro (monthly)')[k % 2]},"
                     f"{('switched_service', 'too_expensive', 'unused')[k % 3]},{rival},"
                     + (f"Our school uses another tool now ({k})" if k % 4 else "") for k, rival in enumerate(rivals)])
    ingest_lines(db_settings, tmp_path / "intercom_conversations.csv", ["Created at,User type,First message"] + [
        f"2026-10-{1 + k:02d} 09:00:00,teacher,Google Classroom sign-in fails again ({k})" for k in range(20)])
    answer = code_only_answer(db_settings, "How many Teacher Pro teachers switched to Google Classroom?")
    assert answer.filters["where"] == {"plan": "Teacher Pro", "Switching to": "Google Classroom"}, answer.filters
    assert "12 answers in scope in all" in answer.text, answer.text[:500]


def test_an_option_written_as_a_code_is_named_in_words(db_settings, tmp_path):
    """An edtech tester's "How many said too expensive?" counted 86 items with the words, not the 57 cancellations
    whose Stripe reason code is too_expensive."""
    reasons = ["too_expensive", "unused", "missing_features", "too_expensive"]
    ingest_lines(db_settings, tmp_path / "stripe_cancellations.csv",
                 ["id,Canceled At (UTC),Cancellation Reason,Cancellation Comment"] + [
                     f"sub_{k},2026-09-{1 + k:02d},{reasons[k % 4]},"
                     + (f"I do not need it any more ({k})" if k % 3 else "") for k in range(24)])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},2,Way too expensive for a teacher ({k})" for k in range(10)])
    answer = code_only_answer(db_settings, "How many said too expensive?")
    assert answer.filters["where"] == {"Cancellation Reason": "too_expensive"}, answer.filters
    assert "12 answers in scope in all" in answer.text, answer.text[:400]


def test_a_provinces_schools_are_its_customers(db_settings, tmp_path):
    """An edtech tester's "What do Quebec schools complain about?" was a search for the words 'Quebec schools'."""
    intercom_roles(tmp_path, db_settings)
    answer = code_only_answer(db_settings, "What do Quebec schools complain about?")
    assert answer.filters["where"] == {"state": "QC"}, answer.filters
