"""Session 52: questions the chat read by their words where the feedback's own columns answer them."""

from __future__ import annotations

import pytest

from tests.support.chat import code_only_answer, ingest_lines

COMPANIES = {"Lindqvist Logistik": 4, "Brightwave Brokers": 3, "Nordic Brokers": 2, "Nordic Cover": 5}


@pytest.fixture
def tickets(db_settings, tmp_path):
    rows = ["Ticket ID,Organization,Subject,Description,Created at"]
    k = 0
    for company, n in COMPANIES.items():
        for _ in range(n):
            k += 1
            rows.append(f"{k},{company},Commission,The commission report totals are wrong again ({k}),"
                        f"2026-10-{k:02d}")
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", rows)
    return db_settings


@pytest.mark.parametrize("question, company", [
    ("What does Lindqvist complain about?", "Lindqvist Logistik"),
    ("What did Lindqvist's team ask for?", "Lindqvist Logistik"),
    ("How many tickets did Brightwave send?", "Brightwave Brokers"),
])
def test_a_company_named_by_the_first_word_of_its_name_scopes_the_question(tickets, question, company):
    """A broker's call notes said "Company: Lindqvist Logistik"; "What does Lindqvist complain about?" answered that
    no stored item mentions 'Lindqvist'."""
    answer = code_only_answer(tickets, question)
    assert list(answer.filters.get("where", {}).values()) == [company], (question, answer.filters)
    assert f"{COMPANIES[company]} feedback items in scope" in answer.text, answer.text


def test_a_first_word_two_companies_share_names_neither(tickets):
    answer = code_only_answer(tickets, "What does Nordic complain about?")
    assert not answer.filters.get("where"), answer.filters


@pytest.mark.parametrize("question, topic", [
    ("How many tickets did customers send?", ""),  # was 'send'
    ("How many reviews have users left about login?", "login"),  # was 'left login'
    ("How many tickets did customers open about the renewal price?", "renewal price"),
    ("How many users did we lose?", "lose"),  # losing them is what is asked
])
def test_sending_feedback_said_after_it_is_no_subject(question, topic):
    from assistant.chat.router import route_question

    route = route_question(question)
    assert route.kind == "count" and route.topic == topic, (route.kind, route.topic)


@pytest.mark.parametrize("question, kind, topic, focus, breakdown, ratings", [
    ("What do 5-star reviewers like?", "top", "", "praise", None, (5.0, 5.0)),  # was a lookup for 'ers'
    ("What are customers asking us to build?", "top", "", "requests", None, None),  # was about 'build'
    ("What do brokers want us to build most?", "top", "", "requests", None, None),  # was a lookup for 'brokers'
    ("How many brokers complained that the commission report is wrong?", "count", "commission", "issues", None, None),
    ("Which claim type has the lowest satisfaction?", "count", "", "all", "claim type", None),  # was 'lowest ...'
    ("How much feedback do we have in total, and from which channels?", "count", "", "all", "channels", None),
    ("Why are people so angry?", "top", "", "issues", None, None),  # was a lookup for 'angry'
    ("What do respondents say we could do better?", "top", "", "all", None, None),  # was a lookup for 'could'
    ("What do we know about the login problem?", "lookup", "login", "all", None, None),  # was 'know login'
    ("How many broker requests are there?", "count", "", "requests", None, None),  # was about 'broker'
    ("How many complaints about the broker portal?", "count", "broker portal", "issues", None, None),
])
def test_questions_an_insurance_tester_asked_are_routed_by_what_they_ask(question, kind, topic, focus, breakdown,
                                                                          ratings):
    from assistant.chat.router import route_question

    route = route_question(question)
    assert (route.kind, route.topic, route.focus, route.breakdown, route.ratings) == (
        kind, topic, focus, breakdown, ratings), route


def test_from_which_channels_splits_by_source(by_country):
    answer = code_only_answer(by_country, "How much feedback do we have in total, and from which channels?")
    assert "By channels (items): zendesk_tickets 17 (100%)" in answer.text, answer.text


def test_which_brokers_asks_for_accounts():
    from assistant.chat.customer_facts import asks_which_accounts

    assert asks_which_accounts("Which brokers asked for a quotes API?")
    assert asks_which_accounts("Which partners complain about the commission report?")
    assert not asks_which_accounts("Which broker features are planned?")


def test_a_closed_question_that_sorts_answers_by_kind_gives_no_reasons():
    """An insurance tester's "Why are customers unhappy with the claim process?" was answered with the counts of its
    post-claim survey's "What type of claim was it?" (breakdown 55, water damage 44, ...)."""
    from assistant.chat.context import _choice_named

    groups = [("What type of claim was it?", v) for v in ("Motor - breakdown", "Home - water damage", "Motor - theft")]
    groups += [("Why did you cancel your policy?", v) for v in ("Too expensive", "Moved abroad", "Claim refused")]
    assert _choice_named("Why are customers unhappy with the claim process?", groups) is None
    assert _choice_named("Which claim type is most common?", groups) == "What type of claim was it?"
    assert _choice_named("Why do people cancel their policy?", groups) == "Why did you cancel your policy?"


@pytest.fixture
def by_country(db_settings, tmp_path):
    rows = ["Ticket ID,Country,Description,Created at"]
    k = 0
    for country, renewal, roadside in (("France", 6, 1), ("Spain", 2, 5), ("Italy", 1, 2)):
        for n in range(renewal + roadside):
            k += 1
            text = ("My renewal price went up by 30 percent without any reason" if n < renewal else
                    "Roadside assistance took three hours to reach me on the motorway")
            rows.append(f"{k},{country},{text} ({k}),2026-10-{k:02d}")
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", rows)
    return db_settings


@pytest.mark.parametrize("question, first, second", [
    ("Do French customers complain more about renewal prices than Spanish customers?", "France 6", "Spain 2"),
    ("Is roadside assistance a bigger problem in Spain than in Italy?", "Spain 5", "Italy 2"),
])
def test_two_countries_compared_by_their_people_or_with_than(by_country, question, first, second):
    """An insurance tester's first question was refused ("No plan or group called 'Spanish'"), its second counted
    Spain alone."""
    answer = code_only_answer(by_country, question)
    assert first in answer.text and second in answer.text, answer.text


def test_a_platforms_users_named_with_its_app_or_portal(db_settings, tmp_path):
    """An insurance tester's "What do web portal users complain about?" searched for 'web portal' and abstained."""
    rows = ["Ticket ID,App platform,Description,Created at"]
    rows += [f"{k},{'Web' if k % 2 else 'iOS'},The renewal price went up again for no reason ({k}),2026-10-{k:02d}"
             for k in range(1, 11)]
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", rows)
    answer = code_only_answer(db_settings, "What do web portal users complain about?")
    assert {k.lower(): v.lower() for k, v in answer.filters.get("where", {}).items()} == {"platform": "web"}, \
        answer.filters


@pytest.fixture
def refunds(db_settings, tmp_path):
    ingest_lines(db_settings, tmp_path / "intercom.csv", ["Conversation ID,Body,Created at", *(
        f"{k},My refund after cancelling has not arrived ({k}),2026-10-{k:02d}" for k in range(1, 5))])
    ingest_lines(db_settings, tmp_path / "google_play.csv", [
        "Reviewer Language,Star Rating,Review Text,Review Submit Date",
        *(f"{'it' if k % 2 else 'en'},1,The refund never came ({k}),2026-10-{k:02d}" for k in range(1, 7))])
    return db_settings


def test_a_source_named_by_an_english_word(refunds):
    """An insurance tester's "How many refund complaints came through Intercom?" said no stored item mentions
    'Intercom' (its source was named intercom)."""
    answer = code_only_answer(refunds, "How many refund complaints came through Intercom?")
    assert answer.filters.get("sources") == ["intercom"] and "4 feedback items about 'refund'" in answer.text, \
        (answer.filters, answer.text)


def test_a_language_code_that_is_an_english_word_is_no_group(refunds):
    """The same tester's follow-up "Which platform is worst for it?" was cut to the Google Play reviews whose
    Reviewer Language is 'it'."""
    answer = code_only_answer(refunds, "Which platform is worst for it?")
    assert not answer.filters.get("where"), answer.filters


@pytest.mark.parametrize("question, kind, says", [
    ("How long do customers wait for their cancellation refund?", "lookup", None),  # was: who may leave
    ("How many cancellations in October?", "count", "leaving"),
])
def test_a_thing_of_cancelling_is_no_one_leaving(question, kind, says):
    from assistant.chat.context import _leaving_named
    from assistant.chat.router import route_question
    from retrieval.filters import Filters

    assert route_question(question).kind == kind and _leaving_named(question, Filters())[0].says == says


def test_the_highest_paying_brokers_are_the_customer_files():
    from assistant.chat.router import route_question

    route = route_question("Which issues hurt our highest-paying brokers most?")
    assert (route.kind, route.topic) == ("customers", ""), route


def test_duplicates_across_two_sources(db_settings, tmp_path):
    """An insurance tester's "Are there duplicate complaints across Trustpilot and Zendesk?" abstained; 20 of its
    Trustpilot reviews were sent again as Zendesk tickets, and ingest had linked them."""
    texts = ["My claim has shown under review for six weeks and nobody answers the phone",
             "The green card download button does nothing on my phone",
             "Roadside assistance left me waiting on the motorway for three hours"]
    ingest_lines(db_settings, tmp_path / "trustpilot_reviews.csv", ["Review Date,Review Content", *(
        f"2026-10-0{k + 1},{t}" for k, t in enumerate(texts))])
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,Description", *(
        f"2026-10-1{k + 1},{t}." for k, t in enumerate(texts[:2])), "2026-10-15,How do I add a second driver?"])
    answer = code_only_answer(db_settings, "Are there duplicate complaints across Trustpilot and Zendesk?")
    assert "2 item(s) of zendesk_tickets repeat an earlier item of trustpilot_reviews" in answer.text, answer.text


def test_two_app_versions_compared_count_every_release_of_each(db_settings, tmp_path):
    """An insurance tester's "Compare photo upload complaints between app 5.2 and 5.3." listed 11 items and compared
    nothing (its reviews said 5.2.0, 5.2.1, 5.2.2 and 5.3.0)."""
    versions = ["5.2.0", "5.2.1", "5.2.1", "5.2.2", "5.3.0", "5.1.0"]
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Version,Review", *(
        f"2026-0{k + 4}-0{k + 1},1,{v},Photo upload crashes the app when I add the damage pictures ({k})"
        for k, v in enumerate(versions))])
    answer = code_only_answer(db_settings, "Compare photo upload complaints between app 5.2 and 5.3.")
    assert "By version" in answer.text and "5.2 4 (" in answer.text and "5.3 1 (" in answer.text, answer.text


def test_a_follow_up_that_names_only_a_scope_keeps_the_release_question():
    """An insurance tester's "And on iOS?" after "Did 5.3 fix the photo upload problem?" listed the iOS complaints
    (the platform is taken out as a filter first, leaving "And on?")."""
    from assistant.chat.router import route_question

    route = route_question("And on?", "Did 5.3 fix the photo upload problem?")
    assert (route.kind, route.release, route.topic) == ("impact", "version:5.3", "photo upload"), route


def test_a_survey_named_by_the_words_after_its_tool(db_settings, tmp_path):
    """An insurance tester's "What is the average CSAT in the post-claim survey?" (source typeform_post_claim_survey)
    searched for 'average CSAT post' and abstained; its survey's average was 2.39."""
    scores = [1, 2, 2, 4, 5, 1]
    ingest_lines(db_settings, tmp_path / "typeform_post_claim_survey.csv", [
        "#,How satisfied are you with how we handled your claim?,What could we do better?,Submit Date (UTC)",
        *(f"r{k},{s},Update the claim status more often ({k}),2026-10-0{k + 1} 10:00:00"
          for k, s in enumerate(scores))])
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,Rating,Description", *(
        f"2026-10-1{k},5,Great support on the phone ({k})" for k in range(3))])
    answer = code_only_answer(db_settings, "What is the average CSAT in the post-claim survey?")
    assert f"Average rating {sum(scores) / len(scores):.2f} of 5 (source typeform_post_claim_survey)" in answer.text, \
        answer.text


def test_partners_asked_about_are_the_sources_named_for_them(db_settings, tmp_path):
    """An insurance tester's "What do brokers complain about?" was answered with its consumers' claim-status theme
    once brokers were read as who writes; its broker_calls notes hold what brokers said."""
    ingest_lines(db_settings, tmp_path / "broker_calls.csv", ["Date,Note", *(
        f"2026-10-0{k + 1},The commission report totals are wrong again ({k})" for k in range(4))])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review", *(
        f"2026-10-1{k},1,My claim status has not updated for weeks ({k})" for k in range(6))])
    answer = code_only_answer(db_settings, "What do brokers complain about?")
    assert answer.filters.get("sources") == ["broker_calls"], answer.filters
    answer = code_only_answer(db_settings, "What do dealers complain about?")  # no source is named for them
    assert not answer.filters.get("sources"), answer.filters


def test_a_split_named_by_the_words_of_a_closed_question(db_settings, tmp_path):
    """An insurance tester's "Which claim type has the lowest satisfaction?" was told there is no 'claim type'; its
    survey asked "What type of claim was it?" (Motor - breakdown lowest, 1.67)."""
    answers = [("Motor - breakdown", 1), ("Motor - breakdown", 2), ("Home - storm", 4), ("Home - storm", 5),
               ("Motor - theft", 3)] * 2
    ingest_lines(db_settings, tmp_path / "typeform_post_claim_survey.csv", [
        "#,How satisfied are you with how we handled your claim?,What could we do better?,What type of claim was it?,"
        "Submit Date (UTC)", *(f"r{k},{s},Keep me posted about the claim ({k}),{t},2026-10-{k + 1:02d} 10:00:00"
                               for k, (t, s) in enumerate(answers))])
    answer = code_only_answer(db_settings, "Which claim type has the lowest satisfaction?")
    assert "By claim type" in answer.text and "Motor - breakdown 4 (40%, average rating 1.50)" in answer.text, \
        answer.text


def test_partners_asked_for_as_accounts_keep_every_source():
    from assistant.chat.context import _partners_named
    from retrieval.filters import Filters

    sources = ["broker_calls", "zendesk_tickets", "app_reviews"]
    assert _partners_named("What do brokers complain about?", Filters(), sources)[0].sources == ["broker_calls"]
    for question in ("Which brokers asked for a quotes API?", "Which issues hurt our highest-paying brokers most?",
                     "How many brokers complained that the commission report is wrong?"):
        assert not _partners_named(question, Filters(), sources)[0].sources, question


def test_a_problem_worse_on_one_platform_is_split_by_platform(db_settings, tmp_path):
    """An insurance tester's "Is the green card problem worse on iOS?" listed 10 iOS items and compared nothing (its
    documents problem was 68 on iOS against 54 on Android)."""
    rows = ["Date,Rating,Platform,Review"]
    rows += [f"2026-10-{k + 1:02d},1,{'iOS' if k < 5 else 'Android'},The green card download gives a blank PDF ({k})"
             for k in range(7)]
    rows += [f"2026-11-{k + 1:02d},2,Android,The login code never arrives ({k})" for k in range(4)]
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", rows)
    answer = code_only_answer(db_settings, "Is the green card problem worse on iOS?")
    assert "By platform" in answer.text and "ios 5 (" in answer.text.lower() and "android 2 (" in answer.text.lower(), \
        answer.text


@pytest.mark.parametrize("question, since", [
    ("Are the photo upload complaints still coming in after July?", "2026-08-01"),
    ("How many complaints after December?", "2026-01-01"),  # the latest December before the newest item
    ("How many login complaints after the July release?", None),  # a release's date, not a month's end
    ("How many complaints about the Plus price after August 15?", "2026-08-15"),  # a day of it
])
def test_after_a_month_is_from_the_next_month_on(question, since):
    """An insurance tester's "Are the photo upload complaints still coming in after July?" searched for 'photo upload
    still after' over all its feedback (11 such items came after July, 155 from May to July)."""
    from datetime import datetime, timezone

    from assistant.chat.router import parse_period, route_question

    period = parse_period(question, datetime(2026, 11, 30, tzinfo=timezone.utc))
    assert (period.start.strftime("%Y-%m-%d") if period else None) == since, period
    if since == "2026-08-01":
        route = route_question(question)
        assert (route.kind, route.topic) == ("count", "photo upload"), route
