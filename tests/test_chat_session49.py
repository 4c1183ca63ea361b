"""Session 49: a role's feedback where no column says who wrote it."""

from __future__ import annotations

import pytest

from tests.support.chat import code_only_answer, ingest_lines

pytestmark = pytest.mark.slow


def _couriers_and_customers(settings, tmp_path):
    """Tickets with a requester type, a courier form and reviews of a customer app and a courier app; every item
    complains about pay or a price (the couriers' pay, the customers' subscription price)."""
    ingest_lines(settings, tmp_path / "zendesk_tickets.csv", ["Created at,Requester type [list],Subject,Description"] + [
        f"2026-10-{1 + k:02d},{who},{text} ({k})" for k, (who, text) in enumerate([
            ("courier", "The pay per delivery was cut again"), ("customer", "The subscription price went up again"),
            ("customer", "My refund takes weeks")] * 4)])
    ingest_lines(settings, tmp_path / "Courier feedback form (Responses).csv", ["Timestamp,What makes your shifts harder?"]
                 + [f"2026-10-{1 + k:02d},The pay per delivery dropped and fuel went up ({k})" for k in range(6)])
    ingest_lines(settings, tmp_path / "app_reviews.csv", ["App Name,Date,Rating,Review"] + [
        f"{app},2026-10-{1 + k:02d},1,{text} ({k})" for k, (app, text) in enumerate([
            ("Forkful Courier", "The pay per delivery is a joke now"),
            ("Forkful", "The subscription price is a joke now")] * 5)])


def test_a_roles_feedback_includes_the_sources_and_apps_named_for_it(db_settings, tmp_path):
    """A food-delivery tester's "How many couriers complain about the pay cut?" read only the tickets with a
    requester type: the courier form and the courier app's reviews carry no role column, and 23 of 113 were
    counted."""
    _couriers_and_customers(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "What do couriers complain about?")
    assert "15 feedback items in scope" in answer.text, answer.text[:900]
    count = code_only_answer(db_settings, "How many couriers complain about pay?")
    assert "of 15 in scope" in count.text, count.text[:900]
    assert "Courier feedback form (Responses) 6" in count.text and "app_reviews 5" in count.text, count.text[:900]
    assert "subscription" not in " ".join(c.text for c in count.citations), count.citations


def test_a_role_named_by_a_source_leaves_out_items_whose_role_column_says_otherwise(db_settings, tmp_path):
    """An item whose requester type is another role is never the role's, whatever its source is called: a customer's
    ticket in a 'courier_escalations' export stays a customer's."""
    ingest_lines(db_settings, tmp_path / "courier_escalations.csv", ["Created at,Requester type,Description"] + [
        f"2026-10-{1 + k:02d},{who},{text} ({k})" for k, (who, text) in enumerate([
            ("courier", "The pay per delivery was cut again"), ("customer", "The courier was rude at my door"),
            ("", "The pay per order is too low now")] * 4)])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},2,The app is slow at checkout ({k})" for k in range(8)])
    answer = code_only_answer(db_settings, "How many couriers complain about pay?")
    assert "of 8 in scope" in answer.text, answer.text[:900]


def test_why_customers_cancel_counts_the_reasons_a_stripe_export_gives_as_codes(db_settings, tmp_path):
    """A Stripe export gives why each subscription was cancelled as a code in "cancellation_details.feedback"; most
    cancellations leave no comment, so the comments alone miss most reasons."""
    from tests.test_ingest_session49 import REASONS, _stripe

    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},2,The app is slow at checkout ({k})" for k in range(8)])
    from retrieval.ingest import ingest_paths

    ingest_paths([_stripe(tmp_path / "stripe_subscriptions_canceled.csv")], db_settings)
    answer = code_only_answer(db_settings, "Why do customers cancel?")
    assert "cancellation_details.feedback" in answer.text, answer.text[:1200]
    assert all(f"{reason}: 6" in answer.text for reason in REASONS), answer.text[:1200]


def test_a_problem_themes_quote_is_no_item_rated_high(db_settings, tmp_path):
    """A travel tester's top issue 'View freezes / load slowly' was quoted with a 9/10 survey answer the classifier
    had read as a usability report ("Thanks to your agent on the phone, our problem was solved the same day."),
    the item nearest the theme's centre among its problems."""
    from assistant.themes.classify.classifier import Classification
    from assistant.themes.classify.store import store_classifications
    from retrieval.db import Database
    from tests.support.themes import store_themes

    solved = [f"The map view froze but our problem was solved by your agent the same day ({k})" for k in range(3)]
    frozen = [f"The map view freezes and loads slowly every time ({k})" for k in range(2)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},{5 if text in solved else 2},{text}" for k, text in enumerate(solved + frozen)])
    with Database(db_settings).connect() as conn:
        ids, _ = store_themes(conn, [("View freezes / load slowly", ["freezes", "slowly", "view"], solved + frozen)])
        store_classifications(conn, [ids[t] for t in solved + frozen],
                              [Classification("usability", 0.6, "neutral", 0.5)] * 5, "test", "test")
        conn.commit()
    answer = code_only_answer(db_settings, "What are the top issues?")
    quoted = " ".join(c.text for c in answer.citations)
    assert "freezes and loads slowly" in quoted and "solved" not in quoted, answer.text[:1200]


def test_cancelled_before_the_thing_cancelled_is_no_customer_leaving(db_settings, tmp_path):
    """"How many refund complaints about cancelled flights did we get in June?" was cut to the items that say their
    writer may leave ("about cancelled" read as "about to cancel") and found none."""
    ingest_lines(db_settings, tmp_path / "cases.csv", ["Date,Description"] + [
        f"2026-06-{1 + k:02d},{text} ({k})" for k, text in enumerate([
            "The airline cancelled my flight and I still have no refund", "Cancelled flight and the refund never came",
            "Great hotel and easy booking"] * 6)])
    answer = code_only_answer(db_settings, "How many refund complaints about cancelled flights did we get in June?")
    assert "may leave" not in answer.text and "feedback items about" in answer.text, answer.text[:900]
    assert answer.filters.get("says") is None, answer.filters


def test_a_nested_competitor_column_is_read_and_a_place_is_no_competitor(db_settings, tmp_path):
    """A travel tester's "Which competitors are cancelling subscribers moving to?" named its partners' hotels
    ("Overbooking at Harborview Suites: we were moved to a worse hotel"), beside a Stripe export whose
    "metadata.switched_to" said Booking.com, Expedia, Airbnb."""
    from retrieval.ingest import ingest_paths
    from tests.test_ingest_session49 import _stripe

    ingest_paths([_stripe(tmp_path / "stripe_subscriptions_canceled.csv")], db_settings)
    ingest_lines(db_settings, tmp_path / "cases.csv", ["Date,Description"] + [
        f"2026-08-{1 + k:02d},{text} ({k})" for k, text in enumerate([
            "Overbooking at Harborview Suites: we were moved to a worse hotel", "Switched to Expedia: it is cheaper",
            "Arrived at Hotel Rheinblick and they had no room: we were moved to a worse place"] * 4)])
    answer = code_only_answer(db_settings, "Which competitors are cancelling subscribers moving to?")
    assert "from the export's column 'metadata.switched_to'" in answer.text and "Booking.com: 30" in answer.text, \
        answer.text[:1500]
    named = code_only_answer(db_settings, "Which competitors come up most?")
    assert "Expedia: 4 items" in named.text, named.text[:1500]
    assert "Harborview" not in named.text and "Suites" not in named.text and "Rheinblick" not in named.text, \
        named.text[:1500]


def test_train_tickets_are_a_subject_and_positive_or_negative_asks_for_the_split(db_settings, tmp_path):
    """A travel tester's "Is the feedback on train tickets positive or negative?" was narrowed to its support cases
    ("tickets") and the search looked for the words 'positive negative': no evidence, over 45 items about trains."""
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,Description"] + [
        f"2026-10-{1 + k:02d},My refund for the cancelled flight has not arrived ({k})" for k in range(8)])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},{(5, 2)[k % 2]},{text} ({k})" for k, text in enumerate([
            "Booking train tickets in the app is really easy", "The train tickets have no seat reservation"] * 4)])
    answer = code_only_answer(db_settings, "Is the feedback on train tickets positive or negative?")
    assert not answer.filters.get("sources") and "items match this question" in answer.text, answer.text[:900]
    assert {c.source for c in answer.citations} == {"app_reviews"}, answer.citations
    tickets = code_only_answer(db_settings, "How many tickets mention refunds?")
    assert tickets.filters.get("sources") == ["zendesk_tickets"], tickets.filters


def test_did_cancellations_rise_after_a_date_counts_the_cancellation_exports_rows(db_settings, tmp_path):
    """A travel tester's "Did cancellations rise after the price increase on 2026-08-15?" counted the items saying
    they may leave (5 and 11) and found no theme that moved, beside a Stripe export of 39 cancellations before the
    rise and 171 after it, most without a comment."""
    from datetime import date, timedelta

    days = [date(2026, 7, 20) + timedelta(days=5 * k) for k in range(5)] + \
        [date(2026, 8, 15) + timedelta(days=k % 27) for k in range(25)]
    lines = ["id,customer,plan.nickname,created,canceled_at,cancellation_details.feedback,cancellation_details.comment"]
    for k, day in enumerate(days):
        comment = f"Too expensive after the increase ({k})" if k % 4 == 0 else ""
        lines.append(f"sub_{k},cus_{k},Roamly Plus Monthly,2025-01-0{1 + k % 9},{day},"
                     f"{('too_expensive', 'unused')[k % 2]},{comment}")
    ingest_lines(db_settings, tmp_path / "stripe_subscriptions_canceled.csv", lines)
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-{7 + k % 3:02d}-{1 + k:02d},2,The flight was cancelled and no refund came ({k})" for k in range(20)])
    answer = code_only_answer(db_settings, "Did cancellations rise after the price increase on 2026-08-15?")
    assert ("Cancellations (every row of stripe_subscriptions_canceled, comment or not): 5 in the 28 days before "
            "2026-08-15 and 25 in the 28 days after") in answer.text, answer.text[:1200]
    assert answer.text.split("\n\n")[0].rstrip().endswith("more."), answer.text[:1200]


def test_a_plans_subscriptions_cancelled_are_the_plans_cancellations(db_settings, tmp_path):
    """A travel tester's "How many Plus subscriptions were cancelled in September?" counted 12 items about 'Plus'
    among the cancellations (its truth: 56 rows, comment or not)."""
    from retrieval.ingest import ingest_paths
    from tests.test_ingest_session49 import _stripe

    ingest_paths([_stripe(tmp_path / "stripe_subscriptions_canceled.csv")], db_settings)
    ingest_lines(db_settings, tmp_path / "survey.csv", ["Date,loyalty_tier,Comment"] + [
        f"2026-08-{1 + k:02d},{('Plus', 'Standard')[k % 2]},The Plus discounts are small this year ({k})"
        for k in range(20)])
    answer = code_only_answer(db_settings, "How many Plus subscriptions were cancelled?")
    assert answer.filters.get("where") == {"plan": "Plus"} and "30 answers in scope in all" in answer.text, \
        (answer.filters, answer.text[:900])


def test_what_cancellations_cost_reads_stripes_plan_amount_in_cents(db_settings, tmp_path):
    """Stripe's API export gives what each subscription paid as "plan.amount" in the currency's cents, with
    "plan.currency" and "plan.interval": a travel tester's "How much revenue did we lose to cancellations, by
    reason?" was answered with no amount."""
    lines = ["id,customer,plan.nickname,plan.amount,plan.currency,plan.interval,canceled_at,"
             "cancellation_details.feedback,cancellation_details.comment"]
    for k in range(24):
        amount, currency, interval = ((399, "gbp", "month"), (4900, "eur", "year"))[k % 2]
        lines.append(f"sub_{k},cus_{k},Roamly Plus,{amount},{currency},{interval},2026-09-{1 + k:02d},"
                     f"{('too_expensive', 'unused', 'switched_service')[k % 3]},{'Too dear now' if k % 5 == 0 else ''}")
    ingest_lines(db_settings, tmp_path / "stripe_subscriptions_canceled.csv", lines)
    answer = code_only_answer(db_settings, "How much MRR did we lose to cancellations by reason?")
    # too_expensive: k % 3 == 0, 8 rows: 4 monthly at GBP 3.99 and 4 yearly at EUR 49.00
    assert "too_expensive: 8 (33.3%; 'plan.amount' EUR 196.00, GBP 15.96)" in answer.text, answer.text[:1500]
    assert "summed as billed: month 12, year 12; not converted to a monthly amount" in answer.text, answer.text[:1500]


def test_the_items_with_no_value_are_not_ranked_among_the_values(db_settings, tmp_path):
    """A travel tester's "Which country gives the lowest ratings?" named "not given" first: its partner app's
    reviews carry no country, and their low ratings ranked as a country's."""
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Country,Rating,Review"] + [
        f"2026-10-{1 + k % 28:02d},{country},{stars},The booking went {word} this time ({k})"
        for k, (country, stars, word) in enumerate([("US", 3, "fine"), ("DE", 4, "well"), ("", 1, "badly")] * 12)])
    answer = code_only_answer(db_settings, "Which country gives the lowest ratings?")
    assert "lowest average rating first among those with 10+ ratings): United States 12" in answer.text, \
        answer.text[:900]


def test_a_country_compared_by_another_name_is_not_listed_again_as_none(db_settings, tmp_path):
    """A travel tester's "Are hidden fee complaints specific to the US?" listed "United States 141" and then "US 0":
    the question's name for the country was compared with the stored one as written."""
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Country,Rating,Review"] + [
        f"2026-10-{1 + k % 28:02d},{country},1,Hidden resort fee added at checkout ({k})"
        for k, country in enumerate(["United States", "United States", "United States", "United Kingdom"] * 5)])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Country,Rating,Review"] + [
        f"2026-11-{1 + k:02d},US,2,The resort fee was hidden until the last step ({k})" for k in range(4)])
    answer = code_only_answer(db_settings, "Are hidden fee complaints specific to the US?")
    assert "United States 19" in answer.text and "US 0" not in answer.text, answer.text[:900]


def test_say_about_an_option_of_a_closed_question_is_a_subject(db_settings, tmp_path):
    """A travel tester's "What do users say about the Roamly Plus price increase?" was cut to the 7 cases whose
    "Case Reason" is Roamly Plus: "say" was read as choosing that option."""
    ingest_lines(db_settings, tmp_path / "cases.csv", ["Date/Time Opened,Case Reason,Description"] + [
        f"10/{1 + k % 28}/2026 2:22 PM,{reason},{text} ({k})" for k, (reason, text) in enumerate([
            ("Roamly Plus", "The Plus price increase is too much"), ("Refund", "Still waiting for my refund"),
            ("Booking", "Could not change my booking"), ("Roamly Plus", "How do I cancel Plus?")] * 6)])
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},2,The Roamly Plus price increase is not worth it ({k})" for k in range(6)])
    answer = code_only_answer(db_settings, "What do users say about the Roamly Plus price increase?")
    assert not answer.filters.get("where") and "reviews" in {c.source for c in answer.citations}, \
        (answer.filters, answer.text[:900])


def test_after_a_day_named_by_its_month_is_a_window(db_settings, tmp_path):
    """A travel tester's "How many complaints about the Plus price did we get after August 15?" counted items about
    'Plus price after 15' over every month."""
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Rating,Review"] + [
        f"2026-{7 + k % 3:02d}-{10 + k:02d},1,The Plus price went up again ({k})" for k in range(15)])
    answer = code_only_answer(db_settings, "How many complaints about the Plus price did we get after August 15?")
    assert "about 'Plus price'" in answer.text and "since 2026-08-15" in answer.text, answer.text[:600]
    assert answer.text.count("2026-07-") == 0, answer.text[:600]


def test_the_word_before_a_kind_of_source_names_which_of_them(db_settings, tmp_path):
    """A travel tester's "What did we learn from the partner calls?" ranked 5 items about 'partner' within its call
    notes and interview notes, and "the user interviews" read the partner calls too."""
    from tests.support.paths import write

    for name, said in (("partner_calls_2026", "The commission is too high for a small hotel"),
                       ("user_interviews_2026", "Booking flights and hotel together was seamless")):
        write(tmp_path / "notes" / f"{name}.md", f"# {name}\n\n" + "".join(
            f"## Call {k}, {1 + k} June 2026\n\n- {said} ({k}).\n- The extranet calendar sync broke ({k}).\n\n"
            for k in range(4)))
    from retrieval.ingest import ingest_paths

    ingest_paths([tmp_path / "notes"], db_settings)
    calls = code_only_answer(db_settings, "What did we learn from the partner calls?")
    assert calls.filters.get("sources") == ["partner_calls_2026"] and "about 'partner'" not in calls.text, \
        (calls.filters, calls.text[:600])
    users = code_only_answer(db_settings, "What did we learn from the user interviews?")
    assert users.filters.get("sources") == ["user_interviews_2026"], users.filters


def test_a_split_by_month_names_the_months_with_the_most(db_settings, tmp_path):
    """A travel tester's "Which months were worst?" after a count of overbooking complaints listed eight months in
    time order and named none."""
    counts = {"2026-06": 2, "2026-07": 6, "2026-08": 9, "2026-09": 3, "2026-10": 1}
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Rating,Review"] + [
        f"{month}-{1 + k:02d},1,The hotel was overbooked on arrival ({month} {k})"
        for month, n in counts.items() for k in range(n)])
    answer = code_only_answer(db_settings, "How many complaints about overbooking by month?")
    assert "Most: 2026-08 (9), 2026-07 (6), 2026-09 (3)." in answer.text, answer.text[:900]


def test_when_was_the_outage_gives_its_busiest_days(db_settings, tmp_path):
    """A travel tester's "When was the flight search outage?" was a lookup that quoted items and gave no date."""
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Rating,Review"] + [
        f"2026-05-{day:02d},1,Flight search is down: something went wrong on every search ({k})"
        for k, day in enumerate([18] * 6 + [19] * 3 + [3, 12, 25])] + [
        f"2026-{4 + k % 5:02d}-{1 + k:02d},4,Booking the hotel was easy ({k})" for k in range(20)])
    answer = code_only_answer(db_settings, "When was the flight search outage?")
    assert answer.route == "change" and "Busiest days: 2026-05-18 (6 items), 2026-05-19 (3 items)" in answer.text, \
        answer.text[:900]


def test_any_complaints_at_all_asks_for_the_complaints(db_settings, tmp_path):
    """A travel tester's "Do customers have any complaints at all?" searched for the word 'at' and quoted four praise
    items (two of them injections saying there are no complaints)."""
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},{stars},{text} ({k})" for k, (stars, text) in enumerate([
            (1, "The hidden resort fee at checkout is a scam"), (5, "Customer service was fantastic")] * 8)])
    answer = code_only_answer(db_settings, "Do customers have any complaints at all?")
    assert answer.route == "top" and "8 of them rated 2 or lower" in answer.text, answer.text[:900]


def test_a_matrix_questions_row_is_a_scale_question(db_settings, tmp_path):
    """Qualtrics names each row of a matrix question "How would you rate the following? - Price transparency": a
    travel tester's "How do customers rate price transparency in the survey?" abstained over 431 answers."""
    scores = [2, 3, 1, 4, 2, 5, 3, 2]
    ingest_lines(db_settings, tmp_path / "post_trip_survey.csv", [
        "RecordedDate,How likely are you to recommend Roamly to a friend?,How would you rate the following? - Price "
        "transparency,How would you rate the following? - Customer support,Is there anything else you would like to "
        "tell us?"] + [f"2026-10-{1 + k:02d},{2 * s - 1},{s},{6 - s},The trip was fine but the fees surprised me ({k})"
        for k, s in enumerate(scores)])
    answer = code_only_answer(db_settings, "How do customers rate price transparency in the survey?")
    assert (f"'How would you rate the following? - Price transparency' (1-5): average {sum(scores) / 8:.2f} from 8 "
            "answers") in answer.text, answer.text[:900]
    support = code_only_answer(db_settings, "How satisfied are survey respondents with customer support?")
    assert "'How would you rate the following? - Customer support'" in support.text, support.text[:900]


def test_a_question_that_takes_several_options_counts_each_option_ticked(db_settings, tmp_path):
    """Qualtrics writes a "select all that apply" answer as "Prices and fees,Customer support": a travel tester's
    "What could we improve according to the survey?" counted the 'Other - Text' answers instead, and "How many survey
    respondents chose Prices and fees?" counted comments about prices (94 for 129)."""
    ticked = ["Prices and fees", "Customer support", "Prices and fees,Customer support", "Search results",
              "Prices and fees,Search results", "Customer support"]
    ingest_lines(db_settings, tmp_path / "post_trip_survey.csv", [
        "RecordedDate,How likely are you to recommend Roamly?,What could we improve? (select all that apply) - "
        "Selected Choice,What could we improve? (select all that apply) - Other - Text,Anything else?"] + [
        f'2026-10-{1 + k % 28:02d},{k % 11},"{ticked[k % 6]}",{"price alerts" if k % 5 == 0 else ""},'
        f'{"The trip was fine overall (" + str(k) + ")" if k % 3 else ""}' for k in range(30)])
    answer = code_only_answer(db_settings, "What could we improve according to the survey?")
    assert "Answers to 'What could we improve? (select all that apply) - Selected Choice' (30 in scope" in answer.text \
        and "Prices and fees: 15 (50.0%)" in answer.text and "Customer support: 15 (50.0%)" in answer.text, \
        answer.text[:1200]
    chose = code_only_answer(db_settings, "How many survey respondents chose Prices and fees?")
    assert "15 answers in scope in all" in chose.text or "15 feedback items in scope" in chose.text, chose.text[:900]
