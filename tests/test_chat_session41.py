"""Session 41, from outside testers' exports: a review site's company size as a breakdown; what a cancellation export's
respondents paid, by reason."""

from __future__ import annotations

import re

import pytest

from retrieval.ingest import ingest_paths
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.paths import write

SIZES = ["Small-Business(50 or fewer emp.)", "Mid-Market(51-1000 emp.)", "Enterprise(> 1000 emp.)"]


def _g2(db_settings, tmp_path, plan: bool):
    lines = ["Review ID,What do you like best about Taskloom?,What do you dislike about Taskloom?,Star Rating,"
             "Review Date,Company Size" + (",Plan" if plan else "")]
    for i in range(12):
        size = SIZES[i % 3]
        stars = {0: 3, 1: 2, 2: 5}[i % 3]
        lines.append(f"R{i},Clean interface ({i}),Boards get slow ({i}),{stars},2026-10-{1 + i:02d},{size}"
                     + (",Team" if plan else ""))
    ingest_lines(db_settings, tmp_path / "g2_reviews.csv", lines)
    ingest_lines(db_settings, tmp_path / "intercom.csv", ["Body,Created"] + [f"Okta login loops again ({i}),2026-10-{1 + i:02d}"
                                                                              for i in range(5)])


def test_ratings_by_company_size_read_the_review_sites_size(db_settings, tmp_path):
    """A project-tool tester's "Compare G2 ratings by company size" was told "There is no 'company size' in this
    feedback" although G2's Company Size was stored as each review's segment (the file names no plan)."""
    _g2(db_settings, tmp_path, plan=False)
    answer = code_only_answer(db_settings, "Compare G2 ratings by company size")
    assert "no 'company size'" not in answer.text, answer.text
    for size, stars in (("Small-Business", "3.00"), ("Mid-Market", "2.00"), ("Enterprise", "5.00")):
        assert f"{size} 8 " in answer.text and f"average rating {stars}" in answer.text, answer.text


def test_company_size_kept_beside_a_plan_is_the_one_read(db_settings, tmp_path):
    """With a plan column the segment is the plan, and the company size is kept under its own name: that is what
    "by company size" splits by."""
    _g2(db_settings, tmp_path, plan=True)
    answer = code_only_answer(db_settings, "How many reviews by company size?")
    assert "no 'company size'" not in answer.text and "Team 24" not in answer.text, answer.text
    assert "enterprise(> 1000 emp.) 8" in answer.text.lower(), answer.text


def _cancellations(db_settings, tmp_path):
    """A ProfitWell-style cancellation export: a reason picklist, an optional comment and each account's MRR, written
    as billing tools write money ("$1,200.00"). Too expensive is chosen most, Missing features paid most."""
    lines = ["Customer Email,Plan,MRR,Cancellation Date,Cancellation Reason,Additional Comments"]
    rows = [("Too expensive", "$120.00", "Budget cuts this quarter")] * 6 + [("Too expensive", "$120.00", "")] * 2 + \
        [("Missing features", "$1,200.00", "We needed a cross-project timeline view")] * 3 + \
        [("Missing features", "$1,200.00", "")] + [("Switched to a competitor", "$300.00", "Moving to ClickUp")] * 4
    for i, (reason, mrr, comment) in enumerate(rows * 2):  # 20 answers or more make a closed question
        lines.append(f"owner{i}@example.com,Team,\"{mrr}\",2026-10-{1 + i % 28:02d},{reason},{comment}")
    ingest_lines(db_settings, tmp_path / "profitwell_cancellations.csv", lines)
    ingest_lines(db_settings, tmp_path / "intercom.csv", ["Body,Created"] + [f"Okta login loops again ({i}),2026-10-{1 + i:02d}"
                                                                              for i in range(5)])


def test_mrr_lost_by_cancellation_reason_is_summed_from_the_export(db_settings, tmp_path):
    """A project-tool tester's "How much MRR did we lose to cancellations, by reason?" over a ProfitWell export with
    an MRR column was told "revenue lost is in your billing data": the export is that billing data."""
    _cancellations(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "How much MRR did we lose to cancellations, by reason?")
    text = answer.text
    assert "billing data" not in text and "'MRR' 13,920.00 in all" in text, text
    lines = [line for line in text.splitlines() if re.match(r"\d\. ", line)]
    assert lines[0].startswith("1. Missing features: 8 (25.0%; 'MRR' 9,600.00)"), text  # paid most, first
    assert any(line.startswith("2. Switched to a competitor: 8 (25.0%; 'MRR' 2,400.00)") for line in lines), text
    assert any("Too expensive: 16 (50.0%; 'MRR' 1,920.00)" in line for line in lines), text
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers["choice:Cancellation Reason:Missing features:MRR"] == 9600.0, numbers


def test_the_reasons_count_first_when_money_is_not_asked(db_settings, tmp_path):
    _cancellations(db_settings, tmp_path)
    text = code_only_answer(db_settings, "Why do customers cancel?").text
    assert "1. Too expensive: 16 (50.0%; 'MRR' 1,920.00)" in text, text


def test_which_version_of_a_named_app_broke_something_asks_for_the_release():
    """A rental tester's "Which version of the Tidestay Host app broke booking notifications?" was a search for the
    words 'version Tidestay Host app broke booking notifications'."""
    from assistant.chat.router import WHICH_RELEASE, route_question

    for question, topic in (("Which version of the Tidestay Host app broke booking notifications?", "booking notifications"),
                            ("Which release of our iOS app introduced the payment crash?", "payment crash")):
        route = route_question(question)
        assert (route.kind, route.release, route.topic) == ("impact", WHICH_RELEASE, topic), route
    assert route_question("Which version of the app do most complaints come from?").release != WHICH_RELEASE


def test_the_products_name_in_file_names_names_no_source(db_settings, tmp_path):
    """A rental tester's files were "Tidestay Guest NPS 2026" and "tidestay-host-survey-oct-2026": "Which version of
    the Tidestay Host app broke booking notifications?" was narrowed to those two, which hold no version ("No app
    version is stored"), though the app reviews name 3.8.0."""
    reviews = ["id,date,store,product,version,stars,review"]
    for i in range(16):  # the host app: notifications fine on 3.7.0 in September, gone on 3.8.0 in October
        day, version = (f"2026-09-{1 + i:02d}", "3.7.0") if i < 8 else (f"2026-10-{i:02d}", "3.8.0")
        text = ("Calendar view is handy" if i < 8 else
                "No booking notifications since the update so guests arrive unannounced")
        reviews.append(f"{i},{day},google_play,Tidestay Host,{version},{2 if i >= 8 else 4},{text} ({i})")
    reviews += [f"{20 + i},2026-09-{3 + i:02d},apple,Tidestay - Holiday Rentals,5.12.0,3,Cleaning fees shown late ({i})"
                for i in range(8)]  # and the guest app
    ingest_lines(db_settings, tmp_path / "appfigures_reviews.csv", reviews)
    ingest_lines(db_settings, tmp_path / "Tidestay Guest NPS 2026.csv",
                 ["Recorded Date,Score,Why"] + [f"2026-10-{1 + i:02d},{6 + i % 4},Tidestay was fine but fees are high ({i})"
                                                 for i in range(8)])
    ingest_lines(db_settings, tmp_path / "tidestay-host-survey-oct-2026.csv",
                 ["Submitted At,Comment"] + [f"2026-10-{1 + i:02d},Tidestay payouts arrive late ({i})" for i in range(8)])
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv",  # few other items say the name, as in real tickets
                 ["Subject,Description,Created"] + [f"Refund,Still waiting for my refund ({i}),2026-10-{1 + i:02d}"
                                                    for i in range(9)] + ["Fees,Tidestay fees are hidden,2026-10-12"])
    answer = code_only_answer(db_settings, "Which version of the Tidestay Host app broke booking notifications?")
    assert not answer.filters.get("sources"), answer.filters
    assert "Release 3.8.0" in answer.text and "No app version is stored" not in answer.text, (answer.filters, answer.text)


def test_competitors_compared_in_a_clause_or_another_language_are_found(db_settings, tmp_path):
    """A rental tester's "Which competitors come up most?" named "Couldn" (4 items of "Couldn't contact the host")
    and none of Booking.com (36 items) and Airbnb (31): they were compared clause by clause ("Airbnb shows the total
    price upfront; Tidestay hides the fees"), in Spanish ("nos vamos a Booking.com") or by "next time ... on"."""
    from assistant.chat.competitor_facts import competitor_facts
    from retrieval.db import Database
    from retrieval.filters import Filters

    said = (["Airbnb shows the total price upfront; Tidestay hides the fees until checkout"] * 3
            + ["Si el Pro sigue a 39 euros nos vamos a Booking.com"] * 2
            + ["Support never answered so next time I am booking on Booking.com"] * 2
            + ["iCal sync with Airbnb is delayed by hours"] * 2 + ["Calendar sync with Booking.com keeps failing"] * 2
            + ["Couldn't contact the host through the app"] * 3 + ["Tidestay Protect rejected my damage claim"] * 3)
    ingest_lines(db_settings, tmp_path / "reviews.csv",
                 ["date,review"] + [f"2026-10-{1 + i % 28:02d},{text} ({i})" for i, text in enumerate(said)])
    with Database(db_settings).connect() as conn:
        # as the chat passes them: the product's name and the store's values (a plan called 'Pro')
        found = competitor_facts(conn, Filters(), ["Tidestay", "Pro"], products=["Tidestay"])
        before = competitor_facts(conn, Filters(), ["Tidestay", "Pro"])  # without the product: no clause compares
    numbers = {n.key: n.value for n in found.numbers}
    assert numbers == {"competitor:Booking.com:items": 6, "competitor:Airbnb:items": 5}, found.lines
    assert "competitor:Airbnb:items" not in {n.key for n in before.numbers}


@pytest.mark.parametrize("question, kind, topic, ratings, breakdown", [
    ("Is our NPS getting worse?", "nps", "", None, "month"),  # it searched for the word 'NPS' (1 vs 1)
    ("What drives detractors in our NPS survey?", "top", "", (None, 2.0), None),  # "No plan called 'NPS'"
    ("What have we heard about payouts?", "lookup", "payouts", None, None),  # "about 'heard ...'"
    ("Give me three quotes about hidden fees for a slide.", "lookup", "hidden fees", None, None),  # 'hidden fees slide'
    ("How many Google Drive attachment complaints do we have?", "count", "Google Drive attachment", None, None),
    ("How many customers ask for a SOC 2 report?", "count", "SOC 2", None, None),  # not "for a ... report"
    # the accounts by revenue, not a survey's "Where are your properties?" answers
    ("Which problems affect our biggest property-management accounts?", "customers", "", None, None),
])
def test_questions_a_rental_tester_asked_of_the_nps_and_the_interviews(question, kind, topic, ratings, breakdown):
    from assistant.chat.router import route_question

    route = route_question(question)
    assert (route.kind, route.topic, route.ratings, route.breakdown) == (kind, topic, ratings, breakdown), route


def test_the_nps_survey_and_the_host_interviews_name_their_sources(db_settings, tmp_path):
    """"in our NPS survey" was narrowed to the host survey (the file with "survey" in its name), not the guest NPS
    export; "in the host interviews" searched the interviews for the word 'host'."""
    ingest_lines(db_settings, tmp_path / "Guest NPS 2026.csv",
                 ["Recorded Date,How likely are you to recommend us?,Why"]
                 + [f"2026-10-{1 + i:02d},{2 if i % 2 else 9},{'Hidden cleaning fees at checkout' if i % 2 else 'Great stay'}"
                    f" ({i})" for i in range(12)])
    ingest_lines(db_settings, tmp_path / "host-survey-oct-2026.csv",
                 ["Submitted At,Comment"] + [f"2026-10-{1 + i:02d},Payouts arrive late ({i})" for i in range(8)])
    notes = tmp_path / "interviews"
    for name, said in (("2026-10-08_lisboaprime.md", "Payouts are a week late every month."),
                       ("2026-10-29_rivierakeys.md", "Calendar sync with other channels fails daily.")):
        write(notes / name, f"# Interview\n\nDate: {name[:10]}\n\n## Pain points\n\n{said}\n\nThe Pro price rise hurts us.\n")
    ingest_paths([notes], db_settings)
    answer = code_only_answer(db_settings, "What drives detractors in our NPS survey?")
    assert answer.filters["sources"] == ["Guest NPS 2026"] and answer.filters["max_rating"] == 2.0, answer.filters
    answer = code_only_answer(db_settings, "Summarize what we heard in the host interviews.")
    assert sorted(answer.filters["sources"]) == ["2026-10-08_lisboaprime", "2026-10-29_rivierakeys"], answer.filters
    assert "'host'" not in answer.text and answer.citations, answer.text


def test_an_appfigures_export_counts_a_name_with_its_domain(db_settings, tmp_path):
    """A rental tester's "How many reviews mention Booking.com?" counted 'Booking com' (3 items close in meaning, of
    the 13 reviews that name it), left out the App Store reviews (Appfigures names the store "apple") and read the
    export's "weight" column (0-10) as a score ("average score 7.0/10 (answers to 'weight')")."""
    lines = ["id,date,store,product,version,stars,review,weight"]
    for i in range(24):
        store = "apple" if i % 2 else "google_play"
        text = ("Booking.com shows the final price from the start" if i % 3 == 0 else
                "The calendar sync doubles my bookings" if i % 3 == 1 else "Payment screen crashes on checkout")
        lines.append(f"{i},2026-10-{1 + i:02d},{store},Tidestay,5.12.{i % 3},{1 + i % 5},{text} ({i}),{(i * 7) % 11}")
    ingest_lines(db_settings, tmp_path / "appfigures_reviews_2026-05-01_2026-11-30.csv", lines)
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv",
                 ["Subject,Description,Created"] + [f"Sync,Calendar sync with Booking.com keeps failing ({i}),2026-10-{1 + i:02d}"
                                                    for i in range(5)])
    answer = code_only_answer(db_settings, "How many reviews mention Booking.com?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert set(answer.filters["sources"]) == {"apple", "google_play"}, answer.filters
    assert numbers["matching_items"] == 8 and "weight" not in answer.text, answer.text
    everyone = {n.key: n.value for n in code_only_answer(db_settings, "How many people mention Booking.com?").numbers_used}
    assert everyone["matching_items"] == 13, everyone


def test_an_interview_templates_role_and_interviewer_are_properties(db_settings, tmp_path):
    """A rental tester's six interview notes each opened "Participant role: Head of revenue" / "Interviewer: Nina
    Kowalski (PM, Host)" under Company, Plan and Date: the two lines were an item of every file (a theme 'Tourist tax
    / participant role' held six of them, its keywords the interviewer's name)."""
    from retrieval.db import Database

    path = write(tmp_path / "interviews" / "2026-09-24_casasolrentals.md",
                 "# Host interview - Casa Sol Rentals SL\n\nCompany: Casa Sol Rentals SL\nPlan: Portfolio\n"
                 "Date: 2026-09-24\nParticipant role: Head of revenue\nInterviewer: Nina Kowalski (PM, Host)\n\n"
                 "## Pain points\n\n- Payouts are never on time anymore.\n- Blocked dates do not sync.\n")
    report = ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        rows = conn.execute("SELECT text, segment, metadata FROM feedback ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["Payouts are never on time anymore.", "Blocked dates do not sync."], rows
    assert rows[0][1] == "Portfolio" and rows[0][2]["Participant role"] == "Head of revenue", rows[0]
    assert report.files[0].added == 2


def test_the_products_own_name_is_no_persons_name(db_settings, tmp_path):
    """"Smooth booking. Thanks Tidestay!" was stored "Thanks <NAME>!" in 21 of a rental tester's items: the product's
    name, in the export file's name or an app review export's product column, is no person's. A person thanked in
    the same files still is."""
    from retrieval.db import Database

    ingest_lines(db_settings, tmp_path / "Tidestay Guest NPS 2026.csv",
                 ["Recorded Date,Score,Why", "2026-10-01,9,Smooth booking and clear check-in. Thanks Tidestay!",
                  "2026-10-02,10,Lovely flat and quick answers. Thanks Maria!"])
    ingest_lines(db_settings, tmp_path / "appfigures_reviews.csv",
                 ["id,date,store,product,stars,review", "1,2026-10-03,apple,Tidestay - Holiday Rentals,5,Great app. Thanks Tidestay!"])
    with Database(db_settings).connect() as conn:
        texts = sorted(r[0] for r in conn.execute("SELECT text FROM feedback").fetchall())
    assert texts == ["Great app. Thanks Tidestay!", "Lovely flat and quick answers. Thanks <NAME>!",
                     "Smooth booking and clear check-in. Thanks Tidestay!"], texts


def test_a_review_sites_consumer_name_is_redacted_whole(db_settings, tmp_path):
    """Trustpilot's "Review Consumer Name" kept single first names ("Marie" 19 times in a rental tester's export; full
    names were found in it as running text): a column named for a person is replaced whole."""
    from retrieval.db import Database

    ingest_lines(db_settings, tmp_path / "trustpilot_reviews_export.csv",
                 ["Review Created (UTC),Review Stars,Review Content,Review Consumer Name",
                  "2026-10-01,2,Hidden cleaning fees at checkout,Marie", "2026-10-02,1,Refund still missing,Kev",
                  "2026-10-03,5,Lovely stay,Ana Lima"])
    with Database(db_settings).connect() as conn:
        kept = {r[0] for r in conn.execute("SELECT metadata ->> 'Review Consumer Name' FROM feedback").fetchall()}
    assert kept == {"<NAME>"}, kept


def test_a_csv_cut_off_inside_a_quote_rejects_its_last_row(db_settings, tmp_path):
    """An Appfigures export cut off while written ended '...,"Crash","The app crashes when I try to pay and': the
    half row was stored, and cited as evidence of the crash."""
    path = write(tmp_path / "appfigures_reviews.csv",
                 '"id","date","store","stars","title","review","author"\n'
                 '"1","2026-09-01","apple","2","Fees","Cleaning fees shown late","Traveller1"\n'
                 '"2","2026-09-02","apple","1","Crash","The app crashes when I try to pay and\n')
    report = ingest_paths([path], db_settings)
    assert (report.files[0].added, report.files[0].rejected) == (1, 1)
    assert "looks cut off" in report.files[0].first_problem, report.files[0].first_problem


def test_which_countries_are_most_affected_splits_the_topic_by_country(db_settings, tmp_path):
    """"Which countries are most affected by late payouts?" listed a survey's "Which country do you live in?" answers
    and dropped the payouts; Appfigures' "iso" column ("DE") was no country, so its reviews had none."""
    from assistant.chat.router import route_question

    route = route_question("Which countries are most affected by late payouts?")
    assert (route.kind, route.breakdown, route.topic) == ("count", "countries", "late payouts"), route
    lines = ["id,date,store,stars,review,iso"]
    for i in range(18):
        iso, text = (("ES", "My payout arrived two weeks late again") if i < 8 else
                     ("PT", "Payout is late for the third time") if i < 12 else ("GB", "Lovely flat and easy check-in"))
        lines.append(f"{i},2026-10-{1 + i:02d},apple,{1 if i < 12 else 5},{text} ({i}),{iso}")
    ingest_lines(db_settings, tmp_path / "appfigures_reviews.csv", lines)
    text = code_only_answer(db_settings, "Which countries are most affected by late payouts?").text
    assert "spain 8" in text.lower() and "portugal 4" in text.lower() and "no 'countries'" not in text, text


def test_which_app_has_the_worst_reviews_reads_the_exports_product_column(db_settings, tmp_path):
    """Appfigures names each review's app in "product": a rental tester's "Which app has the worst reviews?" was
    told "There is no 'app' in this feedback"."""
    lines = ["id,date,store,product,stars,review"]
    for i in range(24):
        app, stars = ("Tidestay Host", 1 + i % 2) if i % 2 else ("Tidestay - Holiday Rentals", 3 + i % 3)
        lines.append(f"{i},2026-10-{1 + i:02d},apple,{app},{stars},Review number {i} of the app")
    ingest_lines(db_settings, tmp_path / "appfigures_reviews.csv", lines)
    text = code_only_answer(db_settings, "Which app has the worst reviews?").text
    assert "no 'app'" not in text and re.search(r"By app \(.*\): Tidestay Host 12 \(50%, average rating 2\.00\)", text), text


@pytest.mark.parametrize("question", ["What happened in the week of 20 July 2026?", "What happened in the week of July 20?",
                                      "What happened during the week of 2026-07-22?"])
def test_what_happened_in_a_week_ranks_that_weeks_themes(question):
    """A rental tester's "What happened in the week of 20 July 2026?" abstained ("not enough evidence"), over a
    messaging outage that held 24 of the week's 42 items."""
    from datetime import datetime, timezone

    from assistant.chat.router import parse_period, route_question

    route = route_question(question)
    assert (route.kind, route.topic) == ("top", ""), route
    period = parse_period(question, datetime(2026, 11, 30, tzinfo=timezone.utc))
    assert (period.start, period.end) == (datetime(2026, 7, 20, tzinfo=timezone.utc),
                                          datetime(2026, 7, 27, tzinfo=timezone.utc)), period


def test_quotes_for_a_slide_are_quotes_about_the_subject(db_settings, tmp_path):
    """"Give me three quotes about hidden fees for a slide." searched for the slide too and quoted 1 item of the 26
    about hidden fees."""
    from retrieval.db import Database

    fees = ["Hidden fees: the cleaning fee only shows at checkout", "Hidden fees doubled the price of our stay",
            "Hidden fees again: a service fee appeared on the last screen",
            "Hidden fees everywhere and the total price jumps at the end", "Hidden fees until you pay"]
    other = ["The photo slide show freezes on Android", "Slide to unlock the door code does not work",
             "The map slide panel covers the listing"]
    ingest_lines(db_settings, tmp_path / "reviews.csv",
                 ["date,review"] + [f"2026-10-{1 + i:02d},{t}" for i, t in enumerate(fees + other)])
    answer = code_only_answer(db_settings, "Give me three quotes about hidden fees for a slide.")
    with Database(db_settings).connect() as conn:
        cited = [r[0] for r in conn.execute("SELECT text FROM feedback WHERE id = ANY(%s)",
                                            ([c.id for c in answer.citations],)).fetchall()]
    assert len(cited) >= 3 and not any("lide" in t for t in cited), (cited, answer.text)
