"""Session 54: questions of a fitness app tester (Free, Premium monthly, Premium annual and Family plans)."""

from __future__ import annotations

from tests.support.chat import code_only_answer, ingest_lines

# (plan as the help desk writes it, as the survey writes it, what its users complain about)
PLANS = [("Premium (monthly)", "premium_monthly", "The price increase for Premium is steep"),
         ("Premium (annual)", "premium_annual", "My annual plan renewed and I was charged twice"),
         ("Free", "free", "GPS distance is off on every run")]


def test_a_plan_sold_by_two_billing_periods_is_two_plans(db_settings, tmp_path):
    """A fitness tester's "Premium (monthly)" and "Premium (annual)" (and the cancellation survey's premium_monthly
    and premium_annual) were one plan "Premium": "Why do Premium annual customers cancel?" answered for both, and
    `pma stats` listed "Premium 398"."""
    from retrieval.db import Database
    from retrieval.stats import feedback_stats

    lines = ["Description,Created at,Plan"]
    for k, (desk, survey, said) in enumerate(PLANS):
        for i in range(4 + 2 * k):
            lines.append(f"{said} ({i}),2026-11-{1 + i:02d},{desk if i % 2 else survey}")
    ingest_lines(db_settings, tmp_path / "zendesk_tickets.csv", lines)
    stats = feedback_stats(Database(db_settings))
    assert {"Premium monthly": 4, "Premium annual": 6}.items() <= dict(stats["by_segment"]).items(), stats
    annual = code_only_answer(db_settings, "What do Premium annual users complain about?")
    assert annual.filters["where"] == {"plan": "Premium annual"}, annual.filters
    assert all("charged twice" in c.text for c in annual.citations) and annual.citations, annual.text
    premium = code_only_answer(db_settings, "How many Premium users complain?")
    assert premium.filters["where"] == {"plan": "Premium"}, premium.filters
    assert {n.key: n.value for n in premium.numbers_used}.get("total_items") == 10, premium.text


def _app_reviews(db_settings, tmp_path):
    lines = ["Review,Date,Rating,Platform"]
    lines += [f"Love the audio coach on my long runs ({i}),2026-08-{1 + i:02d},4,ios" for i in range(6)]
    lines += [f"I get logged out every morning since the update ({i}),2026-11-{1 + i:02d},1,android" for i in range(6)]
    lines += [f"The GPS distance is off on every run ({i}),2026-11-{10 + i:02d},2,ios" for i in range(3)]
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", lines)


def test_a_fitness_testers_questions_in_its_own_words(db_settings, tmp_path):
    """Each abstained or searched for a word of the question: "How many people were logged out after 3.5.0?" counted
    items about 'out', "What is the split of complaints by platform?" searched 'split platform', and "How did ratings
    change between August and November?" compared the items that say 'ratings' (10 versus 7)."""
    _app_reviews(db_settings, tmp_path)
    logged = code_only_answer(db_settings, "How many people were logged out?")
    assert "- 6 feedback items about 'logged out'" in logged.text, logged.text
    split = code_only_answer(db_settings, "What is the split of complaints by platform?")
    assert "By platform (complaints): android 6 (67%" in split.text and ", ios 3 (33%" in split.text, split.text
    ratings = code_only_answer(db_settings, "How did ratings change between August and November?")
    assert "Average rating 1.33 versus 4.00" in ratings.text, ratings.text


def test_answers_left_without_a_comment_are_counted(db_settings, tmp_path):
    """"How many NPS responses had no comment?" said "No feedback items about 'no'" (a fitness tester's 173)."""
    _app_reviews(db_settings, tmp_path)
    lines = ["Response ID,Score,Comment,Created At"]
    lines += [f"{i},{9 if i % 2 else 3},{'Love the weekly goals' if i < 4 else ''},2026-11-{1 + i:02d}"
              for i in range(7)]
    ingest_lines(db_settings, tmp_path / "delighted_nps_export.csv", lines)
    for asked in ("How many NPS responses had no comment?", "How many NPS answers were left without a comment?"):
        answer = code_only_answer(db_settings, asked)
        assert "7 answers in scope in all: these 4 and 3 that left the comment empty" in answer.text, answer.text


def test_mrr_lost_by_reason_reads_a_column_named_mrr_usd(db_settings, tmp_path):
    """A fitness tester's cancellation survey gave each row's "mrr_usd": "How much MRR did we lose to cancellations, by
    reason?" was told revenue lost is in the billing data (its customer file took the question)."""
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from tests.support.paths import write

    lines = ["#,What's the main reason you're cancelling?,Anything else you'd like to tell us?,customer_email,mrr_usd,"
             "Submitted At"]
    for i in range(20):
        reason, said, paid = (
            ("It's too expensive", "12.99 a month is more than I want to pay for a running app", "12.99") if i < 10
            else ("I'm switching to another app", "Moving to Strava as my whole club trains there now", "9.99")
            if i < 16 else ("I don't use it enough", "Injured and will not run for a while", "4.99"))
        lines.append(f"c{i},{reason},{said} ({i}),u{i}@example.com,{paid},2026-11-{1 + i:02d}")
    ingest_lines(db_settings, tmp_path / "cancellation_survey.csv", lines)
    _app_reviews(db_settings, tmp_path)
    import_customers(Database(db_settings), write(tmp_path / "subscribers.csv", "email,plan,mrr\n" + "".join(
        f"u{i}@example.com,premium_monthly,12.99\n" for i in range(20))))
    text = code_only_answer(db_settings, "How much MRR did we lose to cancellations, by reason?").text
    assert "It's too expensive: 10 (50.0%; 'mrr_usd' 129.90)" in text, text
    assert "I'm switching to another app: 6 (30.0%; 'mrr_usd' 59.94)" in text, text
    assert "I don't use it enough: 4 (20.0%; 'mrr_usd' 19.96)" in text, text


def test_which_release_fixed_the_most_complaints_names_the_problem_theme_that_fell(db_settings, tmp_path):
    """A fitness tester's "Which release fixed the most complaints?" compared every item around each release and
    found no clear fall, where 3.3.1 took its Garmin sync theme from 9.9 to 0.5 a week; a theme of requests that
    quietened is no fix."""
    from retrieval.db import Database
    from tests.support.themes import store_themes

    sync = [f"My Garmin runs stopped syncing again on run {i}" for i in range(24)]
    asks = [f"Please add a custom workout builder for day {i}" for i in range(24)]
    price = [f"The price increase is steep for what we get ({i})" for i in range(40)]
    lines = ["Date,Review,Rating,App Version"]
    lines += [f"2026-06-{1 + i % 28:02d},{t},{3 if t in asks else 1},3.3.0"
              for i, t in enumerate(sync[:22] + asks[:22] + price[:20])]
    lines += [f"2026-07-{1 + i % 28:02d},{t},{3 if t in asks else 1},3.3.1"
              for i, t in enumerate(sync[22:] + asks[22:] + price[20:])]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    with Database(db_settings).connect() as conn:
        store_themes(conn, [("Garmin sync", ["garmin", "sync"], sync), ("Workout builder", ["workout"], asks),
                            ("Price increase", ["price"], price)])
    answer = code_only_answer(db_settings, "Which release fixed the most complaints?")
    assert answer.route == "impact", answer.text
    assert "Release 3.3.1 (first feedback 2026-07-01) is followed by the clearest fall of a problem theme: " \
           "Garmin sync" in answer.text and "Workout builder" not in answer.text, answer.text


def test_a_marketplace_testers_questions_in_its_own_words(db_settings, tmp_path):
    """"What percentage of feedback is not in English?" was cut to the English items and searched for 'not', "What did
    sellers in the forum discuss most?" searched for 'discuss', and "Draft a plan for the next iteration." abstained."""
    _app_reviews(db_settings, tmp_path)
    ingest_lines(db_settings, tmp_path / "bewertungen.csv", ["Review,Date,Rating"] + [
        f"Die App meldet mich jeden Morgen ab und ich muss mich wieder anmelden ({i}),2026-11-{1 + i:02d},1"
        for i in range(4)])
    share = code_only_answer(db_settings, "What percentage of feedback is not in English?")
    assert "language" not in share.filters.get("where", {}), share.filters
    assert "By language (items): en 15 (79%" in share.text and "de 4 (21%" in share.text, share.text
    discussed = code_only_answer(db_settings, "What did reviewers discuss most?")
    assert discussed.route == "top" and "'discuss" not in discussed.text, discussed.text
    plan = code_only_answer(db_settings, "Draft a plan for the next iteration.")
    assert plan.route == "top" and "not enough evidence" not in plan.text, plan.text


def test_one_apps_release_question_leaves_the_other_apps_releases_out(db_settings, tmp_path):
    """A marketplace tester's buyer app (5.x) and seller app (3.x) had release notes each: "Which release broke the
    search filters?" over the buyer app's items compared the seller app's releases too, by their dates, since no
    buyer app item carried a 3.x version."""
    from retrieval.db import Database
    from retrieval.releases import import_releases
    from tests.support.paths import write

    lines = ["App Name,Review,Date,Rating,App Version"]
    for i in range(28):
        lines.append(f"Tradewind,The home feed is slow today ({i}),2026-06-{1 + i:02d},2,5.3.0")
        lines.append(f"Tradewind,Search filters reset every time I go back ({i}),2026-07-{1 + i:02d},1,5.4.0")
        lines.append(f"Tradewind Seller,Payouts take a week ({i}),2026-06-{1 + i:02d},1,3.3.0")
        lines.append(f"Tradewind Seller,Payouts take a week again ({i}),2026-07-{1 + i:02d},1,3.3.0")
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", lines)
    db = Database(db_settings)
    import_releases(db, write(tmp_path / "buyer.md", "## [5.3.0] - 2026-06-01\n- Faster\n\n## [5.4.0] - 2026-07-01\n"
                                                     "- New search\n"))
    import_releases(db, write(tmp_path / "seller.md", "## [3.3.0] - 2026-06-01\n- Labels\n\n## [3.4.0] - 2026-07-01\n"
                                                      "- Vacation mode\n"))
    answer = code_only_answer(db_settings, "Which release broke the search filters?")
    assert "Release 5.4.0" in answer.text and "3.4" not in answer.text, answer.text


def test_the_feature_board_is_a_kind_of_source(db_settings, tmp_path):
    """"How many votes does the bulk edit request have on the feature board?" searched for 'bulk edit board' over
    every source (a marketplace tester's)."""
    _app_reviews(db_settings, tmp_path)
    ingest_lines(db_settings, tmp_path / "canny_feature_requests.csv", ["Title,Details,Votes,Created At"] + [
        f"Dark mode,Please add a dark mode for night owls ({i}),{40 + i},2026-10-{1 + i:02d}" for i in range(3)])
    ingest_lines(db_settings, tmp_path / "tickets.csv", ["Description,Created at"] + [
        f"Dark mode please my eyes hurt at night ({i}),2026-10-{1 + i:02d}" for i in range(5)])
    answer = code_only_answer(db_settings, "How many votes does dark mode have on the feature board?")
    assert answer.filters.get("sources") == ["canny_feature_requests"], answer.filters
    assert "123 votes ('Votes') on the 3 of them" in answer.text and "'dark mode board'" not in answer.text, answer.text


def test_a_switching_word_inside_a_name_is_no_competitor(db_settings, tmp_path):
    """A marketplace tester's top competitors were 'Nintendo' and 'Switch' (12 listings of "a Nintendo Switch"): the
    word 'Switch' was both a name and the switching word beside it."""
    lines = ["Review,Date,Rating"]
    lines += [f"Sold my Nintendo Switch in two days ({i}),2026-10-{1 + i:02d},5" for i in range(6)]
    lines += [f"Moving to Vinted because there are no seller fees there ({i}),2026-10-{1 + i:02d},1" for i in range(4)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    answer = code_only_answer(db_settings, "Which competitors come up most?")
    assert "1. Vinted: 4 items" in answer.text and "Nintendo" not in answer.text and "Switch:" not in answer.text, \
        answer.text


def test_csat_reads_the_surveys_satisfaction_question(db_settings, tmp_path):
    """A marketplace tester's "What is the average CSAT score in the seller survey?" averaged the NPS answers read as
    stars (2.71) beside the survey's own 1-5 "How satisfied are you with selling on Tradewind?" (3.01)."""
    satisfied = [1, 2, 5, 4, 4, 3]
    lines = ["Respondent ID,Start Date,How satisfied are you with selling on Tradewind? (1-5),"
             "How likely are you to recommend Tradewind to another seller?,What is one thing we could do better?"]
    lines += [f"{i},2026-10-{1 + i:02d},{s},{2 * s},Payouts are slow ({i})" for i, s in enumerate(satisfied)]
    ingest_lines(db_settings, tmp_path / "seller_survey.csv", lines)
    answer = code_only_answer(db_settings, "What is the average CSAT score in the seller survey?")
    average = sum(satisfied) / len(satisfied)
    assert answer.text.split("\n")[1].startswith(
        f"- 'How satisfied are you with selling on Tradewind? (1-5)' (1-5): average {average:.2f} from 6 answers"), \
        answer.text


def test_which_devices_after_a_crash_question_splits_the_crash_by_device(db_settings, tmp_path):
    """A marketplace tester's "Which devices?" after "Is the shipping label crash only happening on Android?"
    abstained (86 of its 93 crashes were on Samsung phones)."""
    from tests.support.chat import follow_up_answer

    lines = ["Review,Date,Rating,Device"]
    lines += [f"The app crashes when I print a shipping label ({i}),2026-05-{1 + i:02d},1,"
              f"{'samsunggalaxya54' if i < 6 else 'pixel7'}" for i in range(8)]
    lines += [f"Love selling here as buyers are friendly ({i}),2026-05-{1 + i:02d},5,pixel7" for i in range(8)]
    ingest_lines(db_settings, tmp_path / "google_play_reviews.csv", lines)
    answer = follow_up_answer(db_settings, "How many shipping label crashes are there?", "Which devices?")
    assert "By devices (items): samsunggalaxya54 6 (75%" in answer.text and "pixel7 2 (25%" in answer.text, answer.text


def test_sellers_take_the_seller_apps_google_play_reviews_too(db_settings, tmp_path):
    """A marketplace tester's "What do sellers praise most?" read its help desk's seller tickets and the App Store's
    "Tradewind Seller" reviews, none of Google Play's com.tradewind.seller ones (a "Package Name" column)."""
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", ["Description,Created at,Account type"] + [
        f"Payout arrived in two days as promised ({i}),2026-10-{1 + i:02d},{'Seller' if i % 2 else 'Buyer'}"
        for i in range(6)])
    ingest_lines(db_settings, tmp_path / "google_play_reviews.csv", ["Package Name,Review Text,Date,Star Rating"] + [
        f"com.tradewind.{'seller' if i < 4 else 'app'},Listing items is quick and easy ({i}),2026-10-{1 + i:02d},5"
        for i in range(7)])
    answer = code_only_answer(db_settings, "How many sellers gave feedback?")
    assert "Package Name named 'Seller'" in answer.text and "- 7 feedback items in scope" in answer.text, answer.text


def test_the_different_kinds_of_a_complaint_are_its_largest_themes():
    """A marketplace tester's "What are the different pricing complaints?" abstained over the subject 'different
    pricing' (its pricing complaints were four sub-issues)."""
    from assistant.chat.router import route_question

    for asked in ("What are the different pricing complaints?", "What kinds of pricing complaints are there?",
                  "What are the main pricing complaints?"):
        route = route_question(asked)
        assert (route.kind, route.topic, route.focus) == ("top", "pricing", "issues"), (asked, route)
    assert route_question("What are the different file types?").kind != "top"


def test_a_topic_only_a_themes_second_term_names_does_not_count_it_whole(db_settings, tmp_path):
    """A marketplace tester's "How many people ask for saved search alerts?" counted the theme 'Filters reset / saved
    searches' whole (84 for 35): the theme is mostly the filter bug its first term names."""
    from retrieval.db import Database
    from tests.support.themes import store_themes

    bug = [f"The filters reset every time I go back to the results ({i})" for i in range(12)]
    asks = [f"Please add saved search alerts for new listings ({i})" for i in range(6)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", ["Review,Date,Rating"] + [
        f"{t},2026-10-{1 + i % 28:02d},{2 if t in bug else 4}" for i, t in enumerate(bug + asks)])
    with Database(db_settings).connect() as conn:
        store_themes(conn, [("Filters reset / saved searches", ["filters", "reset", "saved", "search"], bug + asks)])
    answer = code_only_answer(db_settings, "How many people ask for saved search alerts?")
    assert "- 6 feedback items about 'saved search alerts'" in answer.text, answer.text


def test_a_made_up_plan_named_after_the_product_is_said_to_be_absent(db_settings, tmp_path):
    """A marketplace tester's "What do Tradewind Plus subscribers think?" (no such plan; items say "Tradewind" and
    "plus" apart) was answered with 4 tracking and support items."""
    lines = ["Description,Created at,Plan"]
    lines += [f"Tradewind support took three days to answer plus the parcel is lost ({i}),2026-10-{1 + i:02d},"
              f"{'Basic' if i % 2 else 'Pro'}" for i in range(6)]
    ingest_lines(db_settings, tmp_path / "tickets.csv", lines)
    answer = code_only_answer(db_settings, "What do Tradewind Plus subscribers think?")
    assert answer.text.startswith("No plan or group called 'Tradewind Plus' is in this feedback, and no item mentions "
                                  "it (plans: Basic, Pro)"), answer.text


def test_what_is_left_of_a_question_once_its_scope_is_read_is_no_split(db_settings, tmp_path):
    """"Which devices?" is a split; "What about?" (of "What about on iOS?") and "What drives?" (of "What drives
    detractors in our NPS survey?") are not: this session's first "Which devices?" rule read 'about' and 'drives' as
    columns to count by."""
    from tests.support.chat import follow_up_answer

    _app_reviews(db_settings, tmp_path)
    answer = follow_up_answer(db_settings, "What do Android users complain about?", "What about on iOS?")
    assert "to count by" not in answer.text and answer.filters["where"].get("Platform", "ios") == "ios", answer.text
    drives = code_only_answer(db_settings, "What drives 1-star reviews on iOS?")
    assert "to count by" not in drives.text, drives.text
