"""Session 48: questions of a food-delivery tester."""

from __future__ import annotations

import pytest

from tests.support.chat import code_only_answer, ingest_lines

pytestmark = pytest.mark.slow

RESTAURANTS = ["Casa Lola", "Pho Real", "The Curry Leaf"]


def test_a_split_of_complaints_where_none_is_told_apart_counts_every_item(db_settings, tmp_path):
    """"Which restaurants complain about the tablet?" over partner feedback with no rating and no classification
    got "By restaurants: no complaints to count"."""
    ingest_lines(db_settings, tmp_path / "partner_feedback.csv", ["Date,Restaurant name,Feedback"] + [
        f"2026-10-{1 + k:02d},{RESTAURANTS[k % 3] if k % 4 else 'Casa Lola'},The merchant tablet crashes at lunch ({k})"
        for k in range(12)] + [f"2026-10-{13 + k:02d},Pho Real,Commission is too high ({k})" for k in range(3)])
    answer = code_only_answer(db_settings, "Which restaurants complain about the tablet?")
    assert ("By restaurants (items; which are complaints is not known): Casa Lola 6 (50%), Pho Real 3 (25%), "
            "The Curry Leaf 3 (25%).") in answer.text, answer.text[:1200]
    rated = code_only_answer(db_settings, "Which restaurants complain about commission?")
    assert "Pho Real 3 (100%)" in rated.text, rated.text[:1200]


def test_a_split_shows_each_value_as_the_export_writes_it_most_often(db_settings, tmp_path):
    """An edtech tester's "NPS by country" read "ca +12, us -4": a metadata key's values are split in lower case
    (so "bike" and "Bike" are one), and were shown so."""
    vehicles = ["Bike", "Bike", "bike", "E-Scooter", "Car"]
    ingest_lines(db_settings, tmp_path / "courier_form.csv", [
        "Timestamp,Vehicle type,Country,How likely are you to recommend Forkful?,What makes your shifts harder?"] + [
        f"2026-10-{1 + k:02d},{vehicles[k % 5]},{('UK', 'ES', 'uk')[k % 3]},{(9, 3, 10, 7)[k % 4]},"
        f"Waiting at restaurants for orders takes too long ({k})" for k in range(20)])
    split = code_only_answer(db_settings, "How many items mention waiting by vehicle type?")
    assert "By vehicle type (items): Bike 12 (60%, average score 7.3/10), Car 4 (20%, " in split.text, split.text[:1200]
    nps = code_only_answer(db_settings, "What is the NPS by country?")
    # (a country split reads the country every export's column is stored under, by its English name: session 49)
    assert "NPS by country: United Kingdom " in nps.text and " Spain " in nps.text and "uk" not in nps.text, \
        nps.text[:1200]


def test_a_split_reads_every_exports_column_for_the_field(db_settings, tmp_path):
    """"Is the live tracking problem only happening in Valencia?" read the survey's "city" alone ("not given 6,
    valencia 1"), though Zendesk's "City [list]" and the courier form's "Which city do you deliver in?" had it."""
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,City [list],Subject,Description"] + [
        f"2026-10-{1 + k:02d},{city},Tracking,The live tracking map is frozen on my order ({k})"
        for k, city in enumerate(["Valencia"] * 5 + ["London"])] + [
        f"2026-10-{10 + k:02d},London,Refund,My refund takes weeks ({k})" for k in range(4)])
    ingest_lines(db_settings, tmp_path / "post_order_survey.csv", ["Collected,city,comment"] + [
        f"2026-10-{1 + k:02d},{city},The live tracking map was frozen again ({k})"
        for k, city in enumerate(["valencia", "Valencia"])])
    ingest_lines(db_settings, tmp_path / "courier_form.csv", ["Timestamp,Which city do you deliver in?,Feedback"] + [
        f"2026-10-{1 + k:02d},Valencia,The live tracking map freezes for my customers ({k})" for k in range(2)])
    answer = code_only_answer(db_settings, "Is the live tracking problem only happening in Valencia?")
    assert "By city (items; which are complaints is not known): Valencia 9 (90%), London 1 (10%)" in answer.text, \
        answer.text[:1500]
    scoped = code_only_answer(db_settings, "How many customers in Valencia mention tracking?")
    assert len(scoped.filters["where"]) == 1 and "- 9 feedback items about 'tracking' (100.0% of 9 in scope" \
        in scoped.text, (scoped.filters, scoped.text[:800])


REASONS = ["price_increase"] * 12 + ["too_expensive"] * 7 + ["delivery_problems"] * 6 + ["other"] * 5
RIVALS = ["Uber Eats", "Just Eat", "Glovo", "Cooking myself", "Deliveroo"]


def _cancellations(settings, tmp_path):
    """A billing tool's cancellation export: a reason code, an optional comment, where they order instead and the
    monthly price in minor units (pence, cents) with its currency."""
    return ingest_lines(settings, tmp_path / "forkful_plus_cancellations.csv", [
        "subscriber_id,cancelled_on,plan,country,reason_code,comment,ordering_instead_with,monthly_price_minor,currency"
    ] + [f"sub_{k},2026-09-{1 + k % 28:02d},forkful_plus_monthly,{('GB', 'ES')[k % 2]},{reason},"
         f"{f'The new price is too much for me ({k})' if k % 3 == 0 else ''},{RIVALS[k % 5]},{(799, 899)[k % 2]},"
         f"{('GBP', 'EUR')[k % 2]}" for k, reason in enumerate(REASONS)])


def test_a_cancellation_exports_reason_code_is_its_closed_question(db_settings, tmp_path):
    """A food-delivery tester's 68 cancellations that chose a "reason_code" and left no comment were rejected as empty
    text, and "Why do customers cancel Forkful+?" quoted 5 tickets: the column shares no word with the question."""
    report = _cancellations(db_settings, tmp_path).files[0]
    assert (report.added, report.choices, report.rejected) == (10, 20, 0), report
    for question in ("Why do customers cancel?", "Why do customers cancel Forkful+?"):
        answer = code_only_answer(db_settings, question)
        assert "Answers to 'reason_code' (30 in scope answer it, 20 of them with no comment" in answer.text, \
            (question, answer.text[:800])
        assert "1. price_increase: 12 (40.0%; 'monthly_price_minor' EUR 53.94, GBP 47.94)" in answer.text, answer.text


def test_what_cancellations_cost_is_summed_from_minor_units_per_currency(db_settings, tmp_path):
    """"How much MRR did we lose to cancellations, by reason?" was told no customer file is imported, over an export
    with "monthly_price_minor" and "currency" columns."""
    _cancellations(db_settings, tmp_path)
    gbp = sum(799 for k in range(30) if k % 2 == 0) / 100
    for question in ("How much MRR did we lose to cancellations, by reason?",
                     "How much MRR did we lose to cancellations?"):
        answer = code_only_answer(db_settings, question)
        assert f"'monthly_price_minor' EUR 134.85, GBP {gbp:.2f} in all" in answer.text, (question, answer.text[:800])


def test_where_cancelled_customers_order_instead_is_the_competitor_column(db_settings, tmp_path):
    _cancellations(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "Which competitors are cancelling subscribers moving to?")
    assert "Competitors customers left for, from the export's column 'ordering_instead_with'" in answer.text, \
        answer.text[:800]
    glovo = code_only_answer(db_settings, "How many cancelled customers went to Glovo?")
    assert glovo.filters["where"] == {"ordering_instead_with": "Glovo"} and "6 answers in scope in all" in glovo.text, \
        glovo.text[:800]


def test_a_help_desks_requester_type_is_a_role_named_in_the_plural(db_settings, tmp_path):
    """"What do couriers complain about?" got 9 customers praising friendly couriers: Zendesk's "Requester type
    [list]" (customer, courier, restaurant) was not read as who wrote."""
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,Requester type [list],Subject,Description"]
                 + [f"2026-10-{1 + k % 28:02d},{who},{text} ({k})" for k, (who, text) in enumerate([
                     ("courier", "I wait 30 minutes at restaurants for orders"), ("courier", "The pay was cut again"),
                     ("customer", "My refund takes weeks"), ("restaurant", "The merchant tablet crashes at lunch"),
                     ("customer", "Our courier was so friendly")] * 5)])
    couriers = code_only_answer(db_settings, "What do couriers complain about?")
    assert couriers.filters["where"] == {"Requester type [list]": "courier"}, couriers.filters
    assert "10 feedback items in scope" in couriers.text, couriers.text[:600]
    restaurants = code_only_answer(db_settings, "How many restaurants complain about the tablet?")
    assert restaurants.filters["where"] == {"Requester type [list]": "restaurant"}, restaurants.filters


def test_nps_by_subscription_splits_by_the_plan_the_export_calls_subscription(db_settings, tmp_path):
    """A survey's hidden field "subscription" is read as the plan; "What is our NPS by subscription?" said there is
    no 'subscription' to split by."""
    ingest_lines(db_settings, tmp_path / "post_order_survey.csv", [
        "Start Date,subscription,How likely are you to recommend Forkful to a friend or colleague?,Comment"] + [
        f"2026-10-{1 + k:02d},{('Forkful+', 'none')[k % 2]},{(10, 2, 9, 8)[k % 4]},Delivery was late again ({k})"
        for k in range(20)])
    answer = code_only_answer(db_settings, "What is our NPS by subscription?")
    assert "NPS by subscription: Forkful+ +100 (10 answers), not given -50 (10 answers)." in answer.text, \
        answer.text[:800]


def test_what_drives_detractors_in_our_nps_survey_names_no_plan(db_settings, tmp_path):
    """"in our NPS survey" is the survey's scope, and the question left, "... in our NPS users?", read 'NPS' as a plan
    the feedback does not have: "No plan or group called 'NPS' is in this feedback"."""
    ingest_lines(db_settings, tmp_path / "post_order_survey.csv", [
        "Start Date,Plan,How likely are you to recommend Forkful to a friend or colleague?,Comment"] + [
        f"2026-10-{1 + k:02d},{('Plus', 'Free')[k % 2]},{(10, 2, 3, 8)[k % 4]},"
        f"{('Great app', 'The food arrived cold', 'My refund never came', 'Fine')[k % 4]} ({k})" for k in range(20)])
    answer = code_only_answer(db_settings, "What drives detractors in our NPS survey?")
    assert "No plan or group called" not in answer.text and answer.route == "top", answer.text[:600]
    assert answer.filters.get("max_rating") == 2 and answer.citations, (answer.filters, answer.text[:600])


def test_customers_are_everyone_and_a_city_question_is_no_subject(db_settings, tmp_path):
    """"What do customers say about grocery delivery?" was answered with the courier form's "Which city do you
    deliver in?" ('deliver' shared), and then cut to the tickets whose requester type is 'customer'."""
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,Requester type [list],Description"] + [
        f"2026-10-{1 + k:02d},{('customer', 'courier')[k % 2]},The new grocery delivery is brilliant ({k})"
        for k in range(6)])
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},4,Grocery delivery is handy for top-ups ({k})" for k in range(4)])
    ingest_lines(db_settings, tmp_path / "courier_form.csv", ["Timestamp,Which city do you deliver in?,Feedback"] + [
        f"2026-10-{1 + k:02d},{('London', 'Madrid', 'Valencia')[k % 3]},Waiting at restaurants is unpaid ({k})"
        for k in range(24)])
    answer = code_only_answer(db_settings, "What do customers say about grocery delivery?")
    assert answer.route == "lookup" and not answer.filters.get("where"), (answer.route, answer.filters)
    assert "Which city" not in answer.text and "app_reviews" in answer.text, answer.text[:800]


def _two_apps(settings, tmp_path, app_column: bool):
    """Weekly reviews of a customer app (7.0 to 7.4) and a courier app (4.0 to 4.2) released side by side; Apple Pay
    checkout fails in the customer app from 7.3.0 (July) on, once before. With ``app_column`` the export names the
    app."""
    from datetime import date, timedelta

    customer = [(date(2026, 4, 1), "7.0.0"), (date(2026, 5, 1), "7.1.0"), (date(2026, 6, 1), "7.2.0"),
                (date(2026, 7, 1), "7.3.0"), (date(2026, 8, 15), "7.4.0")]
    courier = [(date(2026, 4, 1), "4.0.0"), (date(2026, 6, 14), "4.1.0"), (date(2026, 9, 1), "4.2.0")]

    def current(versions, day):
        return [v for since, v in versions if since <= day][-1]

    rows, k = [], 0
    for week in range(30):
        day = date(2026, 4, 6) + timedelta(days=7 * week)
        said = [("Forkful: Food Delivery", current(customer, day), 4, "Quick and easy ordering"),
                ("Forkful Courier", current(courier, day), 3, "Shifts are fine this week")] * 2
        if day >= date(2026, 7, 1):
            said += [("Forkful: Food Delivery", current(customer, day), 1,
                      "Apple Pay checkout fails every time I try to pay")] * 8
        for app, version, stars, text in said:
            rows.append(f"R{k},{app + ',' if app_column else ''}{version},{stars},{day + timedelta(days=k % 5)},"
                        f"{text} ({k})")
            k += 1
    # one early report, under 7.2.0, between the courier app's 4.1.0 and the customer app's 7.3.0
    app = "Forkful: Food Delivery," if app_column else ""
    rows.append(f"R{k},{app}7.2.0,2,2026-06-20,Apple Pay checkout failed once")
    header = "Review ID," + ("App Name," if app_column else "") + "Version,Rating,Date,Review"
    ingest_lines(settings, tmp_path / "appfollow_reviews_export.csv", [header] + rows)


@pytest.mark.parametrize("app_column", [True, False])
def test_which_release_broke_it_compares_the_versions_of_the_app_it_is_about(db_settings, tmp_path, app_column):
    """A food-delivery tester's "Which release broke Apple Pay checkout?" named 4.1.0, the courier app's, released
    days before the customer app's 7.3.0 that broke it: both apps' versions were compared as one app's."""
    _two_apps(db_settings, tmp_path, app_column)
    answer = code_only_answer(db_settings, "Which release broke Apple Pay checkout?")
    assert answer.route == "impact" and "Release 7.3.0 " in answer.text and "rose most clearly" in answer.text, \
        answer.text[:1500]
    said = ("The releases compared are those of Forkful: Food Delivery ('App Name')" if app_column else
            "The releases compared are the 7.x versions")
    assert said in answer.text and "4.1.0" not in answer.text, answer.text[:1500]


def test_a_role_named_as_the_subject_or_as_a_kind_of_account_is_no_scope(db_settings, tmp_path):
    """"Are there complaints about couriers or payments?" was cut to the couriers' own tickets, and "Which restaurant
    accounts are most affected?" to the tickets whose requester type is restaurant (none of the accounts' items)."""
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from tests.support.paths import write

    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,Requester type [list],Description"] + [
        f"2026-10-{1 + k % 28:02d},{who},{text} ({k})" for k, (who, text) in enumerate([
            ("courier", "The pay per delivery was cut again"), ("customer", "The courier left my food at the door"),
            ("customer", "The courier was rude to me")] * 4)])
    ingest_lines(db_settings, tmp_path / "merchant_feedback.csv", ["Submitted,Account ID,Restaurant,Feedback"] + [
        f"2026-10-{1 + k:02d},RST-{k % 2},{('Casa Lola', 'Pho Real')[k % 2]},The merchant tablet crashes at lunch ({k})"
        for k in range(6)])
    import_customers(Database(db_settings), write(tmp_path / "restaurant_accounts.csv",
                                                  "Account ID,Restaurant name\nRST-0,Casa Lola\nRST-1,Pho Real\n"))
    about = code_only_answer(db_settings, "How many complaints about couriers are there?")
    assert not about.filters.get("where") and "feedback items about 'couriers'" in about.text, \
        (about.filters, about.text[:600])
    accounts = code_only_answer(db_settings, "Which restaurant accounts are most affected?")
    assert accounts.route == "customers" and not accounts.filters.get("where"), (accounts.route, accounts.filters)
    assert "2 wrote feedback in scope" in accounts.text and "about 'restaurant'" not in accounts.text, \
        accounts.text[:800]


def test_the_focus_groups_are_a_kind_of_source(db_settings, tmp_path):
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    notes = write(tmp_path / "courier_focus_groups.md", "# Courier focus groups 2026\n\n## 04 June 2026 - London\n\n"
                  "Date: 2026-06-04 | City: London | Participant type: courier\n\n"
                  "- I wait 20-30 minutes at restaurants for orders that are not ready.\n"
                  "- Customers ask how to tip us in the app.\n")
    ingest_paths([notes], db_settings)
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k:02d},2,The courier was late and the food cold ({k})" for k in range(6)])
    answer = code_only_answer(db_settings, "What did couriers say in the focus groups?")
    assert answer.filters.get("sources") == ["courier_focus_groups"] and len(answer.citations) == 2, \
        (answer.filters, answer.text[:800])


def test_a_new_major_version_with_old_versions_still_writing_is_one_app(db_settings, tmp_path):
    """People on 6.4.0 still writing after 7.0.0 came out make no second app: 7.0.0, which broke sync, is compared
    with the 6.x before it (cutting the versions to 7.x would leave it nothing before)."""
    from datetime import date, timedelta

    rows, k = [], 0
    for week in range(26):
        day = date(2026, 4, 6) + timedelta(days=7 * week)
        new = "6.3.0" if day < date(2026, 5, 1) else "6.4.0" if day < date(2026, 7, 1) else \
            "7.0.0" if day < date(2026, 8, 15) else "7.1.0"
        said = [(new, 4, "Quick and easy to use"), ("6.4.0" if day >= date(2026, 7, 1) else new, 4, "Works fine")]
        if day >= date(2026, 7, 1):
            said += [(new, 1, "Sync fails every time since the update")] * 6
        for version, stars, text in said:
            rows.append(f"R{k},{version},{stars},{day + timedelta(days=k % 5)},{text} ({k})")
            k += 1
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Review ID,Version,Rating,Date,Review"] + rows)
    answer = code_only_answer(db_settings, "Which release broke sync?")
    assert "Release 7.0.0 " in answer.text and "rose most clearly" in answer.text, answer.text[:1200]
    assert "The releases compared are" not in answer.text, answer.text[:1200]


def test_items_of_an_app_no_column_names_are_no_other_apps(db_settings, tmp_path):
    """The merchant tablet's tickets carry its 3.x versions and no "App Name": the reviews' app column held a few of
    the topic's items and its versions were compared alone."""
    from datetime import date, timedelta

    _two_apps(db_settings, tmp_path, app_column=True)
    rows = []
    for week in range(30):
        day = date(2026, 4, 6) + timedelta(days=7 * week)
        version = "3.1.0" if day < date(2026, 8, 18) else "3.2.0"
        rows += [f"T{week}a,{day},{version},Menu upload works fine ({week})"]
        if day >= date(2026, 8, 18):
            rows += [f"T{week}{n},{day + timedelta(days=n)},{version},The merchant tablet app crashes on every new "
                     f"order ({week}{n})" for n in range(5)]
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Id,Created at,App version [txt],Description"] + rows)
    # ... and a customer's review or two that say it too, under the customer app's name
    ingest_lines(db_settings, tmp_path / "more_reviews.csv", ["Review ID,App Name,Version,Rating,Date,Review"] + [
        f"M{n},Forkful: Food Delivery,7.4.0,1,2026-09-{10 + n},The merchant tablet app crashes so my food is late ({n})"
        for n in range(3)])
    answer = code_only_answer(db_settings, "Which release broke the merchant tablet app?")
    assert "Release 3.2.0 " in answer.text and "Forkful: Food Delivery" not in answer.text, answer.text[:1500]


def test_which_months_were_worst_after_scope_only_follow_ups_splits_their_subject(db_settings, tmp_path):
    """After "How many complaints about refunds?", "And on Android?", "What about in Spain?", the tester's "Which
    months were worst?" counted the items about 'Spain' by month."""
    from assistant.chat import AskOptions, Chat
    from tests.support.fake_llm import FakeLLM

    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Platform,Country,Rating,Review"] + [
        f"2026-{7 + k % 3:02d}-{1 + k:02d},{('android', 'ios')[k % 2]},{('ES', 'GB')[k % 4 // 2]},1,"
        f"{'My refund takes weeks' if k % 5 else 'The app crashes on start'} ({k})" for k in range(24)])
    chat, cid = Chat(db_settings, llm=FakeLLM("")), None
    for question in ("How many complaints about refunds?", "And on Android?", "What about in Spain?",
                     "Which months were worst?"):
        answer = chat.ask(question, conversation_id=cid, options=AskOptions(max_new_tokens=8))
        cid = answer.conversation_id
    assert "about 'refunds'" in answer.text and "about 'Spain'" not in answer.text, answer.text[:800]
    assert "By months" in answer.text, answer.text[:800]


def test_a_forms_scale_question_is_answered_from_its_answers(db_settings, tmp_path):
    """"How fair do couriers find the pay?" abstained over the courier form's 150 answers to "How fair is the pay? (1 =
    very unfair, 5 = very fair)", and the post-order survey's "How would you rate your delivery?" was read by nothing
    (its NPS question is the items' rating)."""
    fair = [4, 3, 2, 2, 1, 3]
    ingest_lines(db_settings, tmp_path / "courier_form.csv", [
        "Timestamp,How fair is the pay? (1 = very unfair; 5 = very fair),What makes your shifts harder?"] + [
        f"2026-{8 + k % 2:02d}-{1 + k:02d},{score},Waiting at restaurants for orders ({k})"
        for k, score in enumerate(fair)])
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", ["Created at,Requester type [list],Description"] + [
        f"2026-10-{1 + k:02d},courier,The pay per delivery was cut again ({k})" for k in range(3)])
    ingest_lines(db_settings, tmp_path / "post_order_survey.csv", [
        "Start Date,How likely are you to recommend Forkful to a friend?,How would you rate your delivery?,Comment"] + [
        f"2026-10-{1 + k:02d},{(9, 3, 7)[k % 3]},{(5, 1, 4, 2)[k % 4]},The food arrived ({k})" for k in range(8)])
    answer = code_only_answer(db_settings, "How fair do couriers find the pay?")
    assert (f"'How fair is the pay? (1 = very unfair; 5 = very fair)' (1-5): average {sum(fair) / 6:.2f} from 6 "
            "answers (Requester type [list]=courier (or a source named 'courier')); 4: 1, 3: 2, 2: 2, 1: 1.") \
        in answer.text, answer.text[:1000]  # the courier form's answers are the couriers' (session 49)
    assert "By month: 2026-08 " in answer.text, answer.text[:1000]
    delivery = code_only_answer(db_settings, "What is the average delivery rating?")
    assert "'How would you rate your delivery?' (1-5): average 3.00 from 8 answers" in delivery.text, \
        delivery.text[:800]
    other = code_only_answer(db_settings, "How many items mention the food?")
    assert "How would you rate" not in other.text and "How fair" not in other.text, other.text[:800]


def test_a_lookup_about_a_or_b_finds_items_about_either(db_settings, tmp_path):
    """"Are there complaints about couriers or payments?" found one item (praise of a courier): the search read both
    words as one subject, and the items about payments alone were not close enough to it."""
    said = (["The courier was rude and threw the bag at my door", "The courier never found my flat",
             "Our courier was friendly and quick"] * 10 + ["Payment failed three times at checkout",
                                                            "My card payment was declined for no reason"] * 2
            + ["The app crashes when I open the menu", "The soup arrived cold", "Great choice of restaurants"] * 6)
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Date,Rating,Review"] + [
        f"2026-10-{1 + k % 28:02d},{1 + k % 2},{text} ({k})" for k, text in enumerate(said)])
    answer = code_only_answer(db_settings, "Are there complaints about couriers or payments?")
    cited = " ".join(c.text for c in answer.citations).lower()
    assert "courier" in cited and "payment" in cited, answer.text[:1200]
    assert "soup" not in cited and "crashes" not in cited, answer.text[:1200]
