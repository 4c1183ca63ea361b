"""Session 45, from a neobank tester's questions: "How many items are about Apple Pay or Google Pay?" counted the
Google Play reviews about 'Apple Pay Pay' (the one-word name "Google" of the source Google Play was read in "Google
Pay", and the two subjects were one topic of four words)."""

from __future__ import annotations

import pytest

from assistant.chat.context import _source_named
from assistant.chat.router import route_question, topic_alternatives
from retrieval.filters import Filters
from tests.support.chat import code_only_answer, ingest_lines

SOURCES = ["trustpilot_reviews_kontor", "intercom_conversations", "Google Play", "App Store", "typeform_nps_in_app"]


@pytest.mark.parametrize("question, sources", [
    ("How many items are about Apple Pay or Google Pay?", []),
    ("Do people ask for Google Sheets exports?", []),
    ("What do Google reviewers say?", ["Google Play"]),
    ("What do people say on Google about fees?", ["Google Play"]),
    ("How many Trustpilot Reviews mention fees?", ["trustpilot_reviews_kontor"]),
    ("What is the Typeform NPS?", ["typeform_nps_in_app"]),
])
def test_a_one_word_source_name_inside_another_name_names_no_source(question, sources):
    assert _source_named(question, Filters(), SOURCES)[0].sources == sources


@pytest.mark.parametrize("question, sides", [
    ("How many items are about Apple Pay or Google Pay?", ["Apple Pay", "Google Pay"]),
    ("How many feedback items mention verification or video-ident delays?", ["verification", "video ident delays"]),
    ("How many complaints about crashes or freezes?", ["crashes", "freezes"]),
    ("How many users mention offline maps?", []),
    ("How many items mention crashes, freezes or hangs?", ["crashes", "freezes", "hangs"]),
])
def test_a_topic_named_as_one_thing_or_another(question, sides):
    assert topic_alternatives(question, route_question(question).topic) == sides


def test_the_subjects_on_either_side_must_be_the_topic():
    # the platforms are filters, not subjects: the topic the router keeps is "login" alone
    assert topic_alternatives("Do iOS or Android users complain about login?", "login") == []


def test_a_count_of_one_thing_or_another_counts_the_items_about_either(db_settings, tmp_path):
    apple = [f"Still no Apple Pay in {2019 + i} and that is a dealbreaker" for i in range(6)]
    google = [f"Please add Google Pay for our field staff in team {i}" for i in range(5)]
    other = [f"The FX fee on my USD invoice number {i} was far too high" for i in range(8)] + [
        f"Video identification has been pending for {10 + i} days" for i in range(8)]
    ingest_lines(db_settings, tmp_path / "reviews.csv",
                 ["Review,Rating,Date"] + [f"{t},2,2026-10-{1 + i % 28:02d}" for i, t in enumerate(apple + google + other)])
    answer = code_only_answer(db_settings, "How many items are about Apple Pay or Google Pay?")
    assert answer.route == "count", answer.text
    assert "11 feedback items about 'Apple Pay or Google Pay'" in answer.text, answer.text
    assert "contain the words 'Apple Pay' or 'Google Pay'" in answer.text, answer.text


REASONS = ["Zu teuer / Too expensive", "Gebühren für Fremdwährungen / FX fees",
           "Verifizierung dauert zu lange / Verification took too long"]
RIVALS = ["Revolut", "N26", "Qonto"]
COMMENTS = ["The price rise was the last straw for my small studio", "Zu hohe Wechselkursgebühren für meine Kunden",
            "Never managed to get verified after two weeks of waiting", "Found a cheaper bank for my freelance work",
            "Ich gebe auf weil die Verifizierung nicht klappt", "Support was fine but the fees were not worth it"]


@pytest.fixture()
def neobank(db_settings, tmp_path):
    """A cancellation survey asked in German and English (its file name German: account closure survey), and app
    reviews that greet before a word with a capital ("Hi team, Paid a ...")."""
    survey = ["Zeitstempel,Warum schließt du dein Konto? / Why are you closing your account?,"
              "Zu welcher Bank wechselst du? / Which bank are you moving to?,Möchtest du uns noch etwas sagen?"]
    survey += [f"{1 + i % 28:02d}.10.2026 10:00:00,{REASONS[i % 3 if i < 21 else 0]},{RIVALS[i % 3 if i < 18 else 0]},"
               f"{COMMENTS[i % len(COMMENTS)]} in week {i}" for i in range(30)]
    ingest_lines(db_settings, tmp_path / "kontoschliessung_umfrage.csv", survey)
    reviews = ["Review,Rating,Date"]
    reviews += [f'"Hi team, Paid a {i}% FX fee on a USD payment, way more than Revolut would charge",1,2026-10-{1 + i:02d}'
                for i in range(1, 6)]
    reviews += [f"Love the business account and the sub-accounts for VAT number {i},5,2026-10-{1 + i:02d}"
                for i in range(1, 9)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", reviews)
    return db_settings


def test_reasons_chosen_in_two_languages_answer_why_people_leave(neobank):
    answer = code_only_answer(neobank, "Why do people cancel their account?")
    assert "Answers to 'Warum schließt du dein Konto? / Why are you closing your account?'" in answer.text, answer.text
    assert "1. Zu teuer / Too expensive: 16 (53.3%)" in answer.text, answer.text


def test_a_question_about_what_people_love_gets_no_reasons_to_leave(neobank):
    answer = code_only_answer(neobank, "Why do people love the business account?")
    assert "Why are you closing" not in answer.text and "sub-accounts" in answer.text, answer.text


def test_the_bank_they_move_to_is_read_from_the_surveys_question(neobank):
    answer = code_only_answer(neobank, "Which competitors are customers leaving for?")
    assert "from the export's column 'Zu welcher Bank wechselst du? / Which bank are you moving to?'" in answer.text, \
        answer.text
    assert "1. Revolut: 18 (60.0%)" in answer.text, answer.text
    # and in the text: Revolut, a value of that column, is a rival; "Paid" after a greeting is a word
    names = answer.text.split("Competitors named in the feedback")[1].split("Evidence:")[0]
    assert "Revolut: 5 items" in names and "Paid" not in names, answer.text


def test_churned_users_are_the_cancellation_surveys_respondents(neobank):
    answer = code_only_answer(neobank, "What did churned users say?")
    assert "By source: kontoschliessung_umfrage 30." in answer.text, answer.text
    assert "These are the cancellations the export records" in answer.text, answer.text


@pytest.mark.parametrize("question, kind, topic", [
    ("How did complaints about verification develop from March to November?", "change", "verification"),
    ("When did the card payment outage happen and how many people were affected?", "count", "card payment outage"),
])
def test_words_that_ask_how_or_when_are_no_subject(question, kind, topic):
    route = route_question(question)
    assert (route.kind, route.topic) == (kind, topic), route


def test_why_people_are_unhappy_reads_the_items_about_the_subject(db_settings, tmp_path):
    """"Why are customers unhappy with verification?": the whole question was the search's topic, one search
    result passed the relevance rule, and the answer quoted it alone over 154 items about verification. The search's
    topic is now what they are unhappy with, and when few results pass over many items about the subject (here a
    theme that names it, whose items say "video ident"), the answer reads those items."""
    import re

    from retrieval.db import Database
    from retrieval.query import topic
    from tests.support.themes import store_themes

    assert topic("Why are customers unhappy with verification?") == "unhappy with verification"
    waits = [f"Still waiting for the video ident after {10 + i} days so I cannot send invoice {i}" for i in range(12)]
    calls = [f"The video ident call dropped {2 + i} times and the queue is hours long" for i in range(10)]
    named = ["Really unhappy with verification at this bank", "Unhappy with the verification steps"]
    other = [f"Card payments at shop {i} were declined all weekend long" for i in range(12)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Review,Rating,Date"] + [
        f"{t},1,2026-10-{1 + i % 28:02d}" for i, t in enumerate(waits + calls + named + other)])
    with Database(db_settings).connect() as conn:
        store_themes(conn, [("Identity verification / video ident", ["verification", "ident"], waits + calls + named),
                            ("Card payments declined", ["card", "declined"], other)])
    answer = code_only_answer(db_settings, "Why are customers unhappy with verification?")
    assert answer.route == "lookup", answer.text
    found = re.match(r"(\d+) items? match", answer.text)
    assert found and int(found.group(1)) >= 10, answer.text
    assert "declined" not in answer.text, answer.text


def test_a_feature_boards_category_is_a_subject_not_a_group(db_settings, tmp_path):
    posts = ["Post ID,Title,Details,Category,Created At"]
    cats = ["Invoicing", "Cards", "Integrations", "Fees"]
    posts += [f"P{i},Idea {i},{text} {i},{cats[i % 4]},2026-10-{1 + i:02d}T10:00:00Z" for i, text in enumerate(
        ["Recurring invoices for retainer clients please", "Virtual cards for each employee",
         "DATEV export for my accountant", "Lower FX fees on USD payouts"] * 6)]
    ingest_lines(db_settings, tmp_path / "canny_posts.csv", posts)
    reviews = ["Review,Rating,Date"] + [f"As a freelancer I need invoicing with partial payments and credit notes {i},3,2026-09-{1 + i:02d}"
                                       for i in range(8)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", reviews)
    answer = code_only_answer(db_settings, "What do freelancers want from invoicing?")
    assert "Category=Invoicing" not in answer.text and "credit notes" in answer.text, answer.text


def test_cancellation_reasons_over_the_cancellation_survey_are_the_reasons_chosen(neobank):
    for question in ("What are the main cancellation reasons?", "Warum kündigen Kunden ihr Konto?"):
        answer = code_only_answer(neobank, question)
        assert "1. Zu teuer / Too expensive: 16 (53.3%)" in answer.text, (question, answer.text)


@pytest.mark.parametrize("question, topic", [
    ("Quote a customer who complains that their IBAN is not accepted.", "IBAN not accepted"),
    ("Give me two examples of complaints about the card outage.", "card outage"),
])
def test_asking_for_quotes_names_no_subject(question, topic):
    assert route_question(question).topic == topic


@pytest.mark.parametrize("question", ["Warum kündigen Kunden ihr Konto?", "Was sagen Kunden über Apple Pay?",
                                      "Wie viele Kunden beschweren sich über die Preiserhöhung?"])
def test_short_german_questions_are_german(question):
    from retrieval.columns import detect_language

    assert detect_language(question) == "de"


def test_problems_specific_to_a_country_and_plans_written_in_two_cases(db_settings, tmp_path):
    tickets = ["Date,Message,Country,Plan,Rating"]
    tickets += [f"2026-10-{1 + i:02d},My employer rejects the German IBAN number {i},Ireland,Free,1" for i in range(6)]
    tickets += [f"2026-10-{1 + i:02d},Card payments declined at the shop {i},Germany,Pro,1" for i in range(6)]
    tickets += [f"2026-10-{10 + i:02d},The FX fee on my invoice {i} is too high,Germany,free,2" for i in range(6)]
    ingest_lines(db_settings, tmp_path / "tickets.csv", tickets)
    answer = code_only_answer(db_settings, "Which problems are specific to Ireland?")
    assert "Ireland" in answer.filters.get("where", {}).values() and "declined" not in answer.text, answer
    compared = code_only_answer(db_settings, "What do Free users complain about compared to Pro users?")
    assert compared.route == "count" and "By plan" in compared.text, compared.text
    assert "Free 12" in compared.text and "Pro 6" in compared.text, compared.text


def test_nps_before_and_after_a_day_the_question_names(db_settings, tmp_path):
    rows = ["Submit Date,How likely are you to recommend us to a friend?,What is the main reason for your score?"]
    rows += [f"2026-08-{1 + i:02d},{(10, 9, 9, 10, 7, 3)[i % 6]},Reason number {i} for my score" for i in range(24)]
    rows += [f"2026-09-{1 + i:02d},{(2, 5, 9, 6, 8, 0)[i % 6]},Reason number {i} after the price rise" for i in range(24)]
    ingest_lines(db_settings, tmp_path / "nps_survey.csv", rows)
    answer = code_only_answer(db_settings, "How did NPS change after the price increase on 2026-09-01?")
    assert answer.route == "nps", answer.text
    # before: 16 promoters, 4 detractors of 24 = +50; after: 4 promoters, 16 detractors = -50
    assert "before 2026-09-01: +50 (24 answers); from 2026-09-01: -50 (24 answers); -100 points" in answer.text, \
        answer.text


@pytest.mark.parametrize("question, previous, kind, topic, breakdown", [
    ("How many items came from each source?", None, "count", "", "source"),
    ("Which countries are most affected?", "What do customers say about verification?", "count", "verification",
     "countries"),
    ("Which sources did they come from?", "How many one-star reviews do we have about the card outage?", "count",
     "card outage", "sources"),
    ("How are we doing?", None, "rating", "", None),
    ("What is the sentiment of customers?", None, "rating", "", None),
    ("What should I tell the CEO about customer feedback this year?", None, "top", "", None),
    ("What should I tell the team about the offline maps bug?", None, "lookup", "offline maps bug", None),
    ("What percentage of feedback is negative?", None, "rating", "", None),
])
def test_splits_follow_ups_and_overviews(question, previous, kind, topic, breakdown):
    route = route_question(question, previous)
    assert (route.kind, route.topic, route.breakdown) == (kind, topic, breakdown), route


def test_a_year_named_is_a_window():
    from datetime import datetime, timezone

    from assistant.chat.router import parse_period

    period = parse_period("What was the NPS in 2025?", datetime(2026, 11, 27, tzinfo=timezone.utc))
    assert (period.start.year, period.end.year, period.end.month) == (2025, 2026, 1)
    assert route_question("How many complaints about fees in 2026?").topic == "fees"


def test_a_source_set_by_filter_is_no_subject():
    filters = Filters(sources=["trustpilot_reviews_kontor"])
    assert _source_named("Summarize the Trustpilot reviews from May.", filters, SOURCES) == (
        filters, "Summarize reviews from May.")


def test_a_country_filter_reads_the_exports_code_and_other_languages(db_settings, tmp_path):
    from retrieval.countries import known_country
    from retrieval.db import Database

    assert known_country("Irland") == "Ireland"
    reviews = ["Date,Review,Country,Rating", "2026-10-01,My employer rejects the German IBAN,ie,1",
               "2026-10-02,Card declined at the bakery,de,2"]
    ingest_lines(db_settings, tmp_path / "reviews.csv", reviews)
    with Database(db_settings).connect() as conn:
        sql, params = Filters.from_cli(where=["country=ie"]).sql(conn)
        got = conn.execute(f"SELECT f.text FROM feedback f WHERE {sql}", params).fetchall()
    assert got == [("My employer rejects the German IBAN",)]


def test_an_option_is_named_in_either_of_its_languages(neobank):
    answer = code_only_answer(neobank, "How many cancellation survey answers chose Too expensive?")
    assert "16 feedback items in scope" in answer.text and "Zu teuer / Too expensive" in answer.text, answer.text


def test_what_a_kind_of_source_says_is_its_top_list():
    from assistant.chat.context import _source_kind_named

    filters, question = _source_kind_named("What do the customer call notes say?", Filters(),
                                           ["cs_call_notes_Q1_2026", "cs_call_notes_Q2_2026", "trustpilot_reviews"])
    assert filters.sources == ["cs_call_notes_Q1_2026", "cs_call_notes_Q2_2026"] and "notes" not in question


def test_a_question_about_a_source_alone_is_its_top_list(db_settings, tmp_path):
    notes = "# Calls\n\n## 02.04.2026 - Kelly Design\n\n- Needs DATEV export for the accountant\n- Wants Apple Pay\n"
    from tests.support.paths import write
    from retrieval.ingest import ingest_paths

    ingest_paths([write(tmp_path / "cs_call_notes_Q2_2026.md", notes)], db_settings)
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Review,Rating,Date"] + [
        f"The FX fee on invoice {i} is too high,1,2026-10-{1 + i:02d}" for i in range(6)])
    answer = code_only_answer(db_settings, "What do the customer call notes say?")
    assert answer.route == "top" and "DATEV" in answer.text and "FX fee" not in answer.text, answer.text
    # a source named by its own name, nothing else asked: that source's top list (it was a search for nothing)
    named = code_only_answer(db_settings, "What does cs_call_notes_Q2_2026 say?")
    assert named.route == "top" and "DATEV" in named.text and "FX fee" not in named.text, named.text


def test_which_release_caused_the_most_complaints_names_the_theme_that_rose(db_settings, tmp_path):
    from retrieval.db import Database
    from tests.support.themes import store_themes

    crashes = [f"The receipt upload crashes on photo number {i}" for i in range(14)]
    fees = [f"The FX fee on invoice {i} is too high for me" for i in range(40)]
    lines = ["Date,Review,Rating,App Version"]
    lines += [f"2026-09-{1 + i % 28:02d},{t},1,3.2.0" for i, t in enumerate(fees[:20] + crashes[:1])]
    lines += [f"2026-10-{1 + i % 28:02d},{t},1,3.3.0" for i, t in enumerate(fees[20:] + crashes[1:])]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    with Database(db_settings).connect() as conn:
        store_themes(conn, [("Receipt upload crashes", ["receipt", "upload"], crashes),
                            ("FX fees", ["fee", "fx"], fees)])
    answer = code_only_answer(db_settings, "Which release caused the most complaints?")
    assert answer.route == "impact", answer.text
    assert "Release 3.3.0 (first feedback 2026-10-01) is followed by the clearest rise of a problem theme: " \
           "Receipt upload crashes" in answer.text, answer.text


@pytest.mark.parametrize("question, kind, topic", [
    ("Wie viele Kunden beschweren sich über die Preiserhöhung?", "count", "Preiserhöhung"),
    ("Wie viele Beschwerden gibt es über Video-Ident?", "count", "Video Ident"),
    ("Hoeveel klanten klagen over de prijs?", "count", "prijs"),
    ("Why does the app die at night?", "lookup", "app die at night"),  # English words of the German frame stay
])
def test_how_many_asked_in_another_language_is_a_count(question, kind, topic):
    route = route_question(question)
    assert (route.kind, route.topic) == (kind, topic), route


def test_customers_who_left_are_the_cancellation_surveys(neobank):
    answer = code_only_answer(neobank, "How many customers left because of the price rise?")
    assert answer.route == "count" and "source kontoschliessung_umfrage" in answer.text, answer.text
    assert "'price rise'" in answer.text and "because" not in answer.text.split("Evidence:")[0], answer.text
