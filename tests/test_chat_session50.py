"""Session 50: a video-streaming tester's questions (social listening, forum, app stores, plans)."""

from __future__ import annotations

import pytest

from assistant.chat.router import route_question
from tests.support.chat import code_only_answer, ingest_lines
from tests.support.paths import write as _write

pytestmark = pytest.mark.slow


def _streaming(settings, tmp_path):
    """Social posts labelled with the listening tool's own sentiment, help desk tickets and store reviews."""
    ingest_lines(settings, tmp_path / "sprout_social_messages.csv", ["Date,Network,Message,Sentiment"] + [
        f"2026-10-{1 + k:02d},X,{text} ({k}),{mood}" for k, (text, mood) in enumerate([
            ("Way too many ads on the basic plan", "Negative"), ("Loving the new originals", "Positive")] * 3)])
    ingest_lines(settings, tmp_path / "freshdesk_tickets.csv", ["Created time,Subject,Description,cf_plan"] + [
        f"2026-10-{1 + k:02d},{subject},{text} ({k}),{plan}" for k, (subject, text, plan) in enumerate([
            ("Progress lost", "Continue watching lost my progress again after the update", "Premium"),
            ("Charged twice", "I was charged twice this month, please refund", "Standard"),
            ("Show leaving", "So upset that The Midnight Ward is leaving the catalogue", "Basic with ads")] * 4)])
    ingest_lines(settings, tmp_path / "appfigures_reviews.csv", ["store,date,stars,content"] + [
        f"{store},2026-10-{1 + k:02d},{1 + k % 2},{text} ({k})" for k, (store, text) in enumerate([
            ("Amazon Appstore", "The Fire TV app freezes on the home screen"),
            ("App Store", "The iPhone app logs me out every day")] * 3)])


def test_a_listening_tools_sentiment_column_is_no_group_of_users(db_settings, tmp_path):
    """A streaming tester's "Which source has the most negative feedback?" was cut to Sprout Social's posts labelled
    Negative by Sprout itself: 169 items, every one from that source."""
    _streaming(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "Which source has the most negative feedback?")
    assert "Sentiment" not in answer.filters.get("where", {}), answer.filters
    assert "freshdesk_tickets" in answer.text and "Sentiment=Negative" not in answer.text, answer.text[:900]


def test_social_media_names_the_social_listening_export(db_settings, tmp_path):
    """"What are people saying on social media?" looked for the words 'social media' in the texts."""
    _streaming(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "What are people saying on social media?")
    assert answer.filters.get("sources") == ["sprout_social_messages"], answer.filters
    assert "No feedback items" not in answer.text, answer.text[:900]


def test_a_show_leaving_the_catalogue_is_no_customer_leaving(db_settings, tmp_path):
    """"How many people are upset that The Midnight Ward is leaving?" read 'leaving' as churn and counted 0, beside a
    theme of 87 items about the show."""
    _streaming(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "How many people are upset that The Midnight Ward is leaving?")
    assert not answer.filters.get("says"), answer.filters
    assert "4 feedback items about 'Midnight Ward" in answer.text, answer.text[:900]
    churn = code_only_answer(db_settings, "How many customers are leaving?")
    assert churn.filters.get("says") == "leaving", churn.filters


def test_a_verb_is_read_in_the_form_the_feedback_uses(db_settings, tmp_path):
    """"How many complaints about Continue Watching losing progress?" counted 42 of 151: no item holds 'losing' (they
    say "lost my progress"), so the theme named by the words was not found either."""
    _streaming(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "How many complaints about continue watching losing progress?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers.get("matched_by_words") == 4, (numbers, answer.text[:900])


def test_each_plan_is_a_split_by_plan_not_a_subject():
    """"What does each plan complain about?" searched for the word 'plan'; "Compare Basic with ads and Premium: what
    does each plan complain about?" counted the items about 'each plan'."""
    for question in ("What does each plan complain about?", "What do users complain about by plan?"):
        route = route_question(question)
        assert (route.kind, route.breakdown, route.focus) == ("count", "plan", "issues"), (question, route)
    compared = route_question("Compare Basic with ads and Premium: what does each plan complain about?")
    assert "each" not in compared.topic.lower() and "plan" not in compared.topic.lower().split(), compared


def test_since_a_day_is_a_window_not_a_subject():
    """"What changed since October 1?" compared the items about '1' (0 and 0)."""
    for question in ("What changed since October 1?", "What changed since October 1st?"):
        assert route_question(question).topic == "", route_question(question)


def test_compare_to_compares_two_groups(db_settings, tmp_path):
    """"How does feedback from Roku compare to iOS?" was read as a search for 'Roku iOS' within Roku."""
    from assistant.chat.context import _groups_compared

    groups = [("cf_device", "Roku"), ("cf_device", "iOS"), ("cf_device", "Android")]
    assert _groups_compared("How does feedback from Roku compare to iOS?", groups)[1] == ("Roku", "iOS")


def test_amazons_appstore_is_android(db_settings, tmp_path):
    """Appfigures' "Amazon Appstore" reviews (Fire TV) were given the platform ios ("Appstore" read as Apple's)."""
    _streaming(db_settings, tmp_path)
    from retrieval.db import Database

    with Database(db_settings).connect() as conn:
        platforms = dict(conn.execute("SELECT DISTINCT source, metadata->>'platform' FROM feedback "
                                      "WHERE source IN ('Amazon Appstore', 'App Store')").fetchall())
    assert platforms == {"Amazon Appstore": "android", "App Store": "ios"}, platforms


def test_a_help_desks_satisfaction_words_give_its_csat(db_settings, tmp_path):
    """Freshdesk's "Satisfaction survey rating" ("Extremely happy", "Neutral", "Not happy") was not read: a streaming
    tester's "What is our CSAT?" gave only the app stores' stars (37%; the help desk's is 32%)."""
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv",
                 ["Created time,Subject,Description,Satisfaction survey rating"] + [
                     f"2026-10-{1 + k:02d},Ticket {k},{text} ({k}),{rating}" for k, (text, rating) in enumerate([
                         ("Thanks for the quick refund", "Extremely happy"), ("Still charged twice", "Not happy"),
                         ("The app works again", "Neutral"), ("Nobody answered for days", "Not happy"),
                         ("Where is my invoice", "")] * 2)])
    answer = code_only_answer(db_settings, "What is our CSAT?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers.get("satisfaction_csat") == 25, (numbers, answer.text[:900])
    assert "CSAT 25% (2 good of 8 answers: 4 bad, 2 neutral; 2 items without one)" in answer.text, answer.text[:900]


def test_a_tvs_channel_store_is_an_app_store(db_settings, tmp_path):
    """"What is the average app store rating?" left out the Roku Channel Store's 135 reviews."""
    ingest_lines(db_settings, tmp_path / "appfigures_reviews.csv", ["store,date,stars,content"] + [
        f"{store},2026-10-{1 + k:02d},{1 + k % 5},Review number {k} of the app" for k, store in enumerate(
            ["App Store", "Google Play", "Roku Channel Store"] * 3)])
    ingest_lines(db_settings, tmp_path / "csat_survey.csv", ["Date,Score,Comment"] + [
        f"2026-10-{1 + k:02d},5,Support was quick ({k})" for k in range(4)])
    answer = code_only_answer(db_settings, "What is the average app store rating?")
    assert sorted(answer.filters.get("sources", [])) == ["App Store", "Google Play", "Roku Channel Store"], \
        answer.filters


def test_a_country_named_in_portuguese_is_the_scope(db_settings, tmp_path):
    """"Quais são as principais reclamações dos clientes no Brasil?" ranked every country's complaints (the same
    question in English was cut to Brazil)."""
    ingest_lines(db_settings, tmp_path / "tickets.csv", ["Created,Country,Description"] + [
        f"2026-10-{1 + k:02d},{country},{text} ({k})" for k, (country, text) in enumerate([
            ("Brazil", "Subtitles are out of sync"), ("United States", "Too many ads on the basic plan")] * 4)])
    answer = code_only_answer(db_settings, "Quais são as principais reclamações dos clientes no Brasil?")
    assert "Brazil" in answer.filters.get("where", {}).values(), answer.filters


def test_a_cancel_flows_saved_sessions_are_counted_by_the_offer_shown(db_settings, tmp_path):
    """Churnkey's export records the offer shown and whether the customer stayed: a streaming tester's "How many
    cancellations were saved by an offer?" and "Which retention offer saves the most customers?" found nothing.
    Sessions without a comment (a reason chosen) count too."""
    offers = [("50% off for 2 months", "true"), ("50% off for 2 months", "false"), ("Pause subscription", "true"),
              ("Pause subscription", "false"), ("Pause subscription", "false"), ("", "false")]
    reasons = ["Too expensive", "Technical issues", "Not using it enough", "Switching to another service"]
    report = ingest_lines(db_settings, tmp_path / "churnkey_sessions.csv",
                          ["session_id,plan,cancel_reason,feedback,offer_shown,offer_accepted,saved,canceled_at"] + [
                              f"ses_{k},Standard,{reasons[k % 4]},{comment if k % 3 == 0 else ''},{offers[k % 6][0]},"
                              f"{offers[k % 6][1]},{offers[k % 6][1]},2026-10-{1 + k:02d}"
                              for k in range(24) for comment in [f"The price went up again ({k})"]])
    assert (report.total("added"), report.total("choices")) == (8, 16), report.files
    answer = code_only_answer(db_settings, "How many cancellations were saved by an offer?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert (numbers.get("cancel_sessions"), numbers.get("saved_sessions")) == (24, 8), (numbers, answer.text[:900])
    assert "By 'offer_shown' (saved of shown, most saved first): 50% off for 2 months 4 of 8 (50%); Pause " \
           "subscription 4 of 12 (33%); none 0 of 4 (0%)." in answer.text, answer.text[:900]
    best = code_only_answer(db_settings, "Which retention offer saves the most customers?")
    assert "Best save rate: '50% off for 2 months', 4 of 8 shown (50%)" in best.text, best.text[:900]
    other = code_only_answer(db_settings, "How many users saved a show to their list?")
    assert "cancel_sessions" not in {n.key for n in other.numbers_used}


def test_the_revenue_lost_leaves_out_the_sessions_the_cancel_flow_saved(db_settings, tmp_path):
    """"How much MRR did we lose to cancellations?" summed the 43 sessions Churnkey marks saved as well."""
    reasons = ["Too expensive", "Technical issues", "Not using it enough", "Switching to another service"]
    ingest_lines(db_settings, tmp_path / "churnkey_sessions.csv",
                 ["session_id,cancel_reason,feedback,saved,canceled_at,mrr_cents,currency"] + [
                     f"ses_{k},{reasons[k % 4]},{comment if k % 3 == 0 else ''},{'true' if k % 6 == 0 else 'false'},"
                     f"2026-10-{1 + k:02d},1000,USD" for k in range(24) for comment in [f"Too pricey now ({k})"]])
    answer = code_only_answer(db_settings, "How much MRR did we lose to cancellations?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers.get("choice:cancel_reason:answers") == 20, (numbers, answer.text[:900])  # 24 sessions, 4 saved
    assert "'mrr_cents' 200.00 in all" in answer.text, answer.text[:900]  # 20 x 1000 cents
    assert "Not counted above: 4 answers where 'saved' says the customer stayed" in answer.text, answer.text
    why = code_only_answer(db_settings, "Why do customers cancel?")  # every session gave its reason
    assert {n.key: n.value for n in why.numbers_used}.get("choice:cancel_reason:answers") == 24


def test_research_notes_are_named_by_their_method(db_settings, tmp_path):
    """"What does the diary study say?" quoted a post about a show called "Night Shift Diaries"; "What did the TV
    usability tests find?" searched the usability tests for the word 'find' and found nothing."""
    ingest_lines(db_settings, tmp_path / "diary_study_2026.csv", ["Date,Entry"] + [
        f"2026-09-{1 + k:02d},{text} ({k})" for k, text in enumerate(
            ["The recommendations keep showing me reality TV", "I could not find the skip intro button"] * 3)])
    ingest_lines(db_settings, tmp_path / "tv_usability_tests.csv", ["Date,Observation"] + [
        f"2026-09-{1 + k:02d},{text} ({k})" for k, text in enumerate(
            ["Participant could not find the kids profile lock", "The remote skipped past the intro button"] * 3)])
    ingest_lines(db_settings, tmp_path / "sprout_social_messages.csv", ["Date,Message"] + [
        f"2026-09-{1 + k:02d},Binged Night Shift Diaries in two days ({k})" for k in range(6)])
    diary = code_only_answer(db_settings, "What does the diary study say?")
    assert diary.filters.get("sources") == ["diary_study_2026"], diary.filters
    assert "Night Shift" not in diary.text, diary.text[:900]
    tests = code_only_answer(db_settings, "What did the TV usability tests find?")
    assert tests.filters.get("sources") == ["tv_usability_tests"] and tests.citations, tests.text[:900]


def test_tickets_rated_with_a_help_desks_word_are_counted(db_settings, tmp_path):
    """"How many tickets were rated Not happy in the satisfaction survey?" counted the items about 'rated Not
    satisfaction' and found none of 84."""
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv",
                 ["Created time,Subject,Description,Satisfaction survey rating"] + [
                     f"2026-10-{1 + k:02d},Ticket {k},{text} ({k}),{rating}" for k, (text, rating) in enumerate([
                         ("Thanks for the quick refund", "Extremely happy"), ("Still charged twice", "Not happy"),
                         ("The app works again", "Neutral"), ("Nobody answered for days", "Not happy")] * 2)])
    answer = code_only_answer(db_settings, "How many tickets were rated Not happy in the satisfaction survey?")
    assert answer.filters.get("where") == {"Satisfaction survey rating": "not happy"}, answer.filters
    assert "4 feedback items in scope" in answer.text, answer.text[:600]


def test_a_devices_users_are_read_from_the_help_desks_field_and_the_stores_platform(db_settings, tmp_path):
    """"Why are Roku users unhappy?" read Freshdesk's cf_device alone and left out the Roku Channel Store's reviews."""
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", ["Created time,Description,cf_device"] + [
        f"2026-10-{1 + k:02d},{text} ({k}),{device}" for k, (text, device) in enumerate([
            ("The Roku app crashes after the update", "Roku"), ("Subtitles drift on my phone", "iOS")] * 6)])
    ingest_lines(db_settings, tmp_path / "appfigures_reviews.csv", ["store,date,stars,content"] + [
        f"{store},2026-10-{1 + k:02d},1,{text} ({k})" for k, (store, text) in enumerate([
            ("Roku Channel Store", "Buffering all the time on my Roku TV"), ("App Store", "Logs me out daily")] * 3)])
    answer = code_only_answer(db_settings, "What do Roku users complain about?")
    assert list(answer.filters.get("where", {})) == ["cf_device|platform"], answer.filters
    assert "By source: freshdesk_tickets 6, Roku Channel Store 3." in answer.text, answer.text[:900]


def test_a_tv_apps_release_is_judged_within_its_own_versions(db_settings, tmp_path):
    """`pma impact --version 4.4` (the Roku app's fix) compared every app's feedback by date: the phone apps' 7.x
    double charges were put after it. A line of versions released in the same months as another is another app's;
    one major after another (6.x, then 7.0) is one app's."""
    from assistant.themes.impact import find_release, line_scope
    from retrieval.ingest import ingest_paths
    from retrieval.db import Database
    from retrieval.filters import Filters

    rows = ["store,date,version,stars,content"]
    for month in range(4, 12):
        rows += [f"App Store,2026-{month:02d}-0{day},7.{month - 3}.0,2,Phone app review {month}-{day}"
                 for day in (2, 5)]
        rows += [f"Roku Channel Store,2026-{month:02d}-0{day},4.{month // 2 - 2}.0,2,TV app review {month}-{day}"
                 for day in (3, 6)]
    ingest_paths([_write(tmp_path / "appfigures_reviews.csv", "\n".join(rows) + "\n")], db_settings)
    with Database(db_settings).connect() as conn:
        release = find_release(conn, Filters(), version="4.4")
        scoped, note = line_scope(conn, Filters(), release)
        assert scoped.where == {"version": "4"} and note.startswith("Compared within the 4.x versions"), note
        assert line_scope(conn, Filters(), find_release(conn, Filters(), version="7.5"))[0].where == {"version": "7"}
    one_app = ["date,version,comment"] + [f"2026-{m:02d}-05,{6 if m < 8 else 7}.{m}.0,Review number {m}" for m in
                                          range(4, 12)]
    path = _write(tmp_path / "one_app.csv", "\n".join(one_app) + "\n")
    ingest_paths([path], db_settings, source="one_app")
    with Database(db_settings).connect() as conn:
        only = Filters(sources=["one_app"])
        assert line_scope(conn, only, find_release(conn, only, version="7.8"))[1] is None


def test_the_plan_with_the_most_churn_is_read_from_every_cancel_session(db_settings, tmp_path):
    """"Which plan has the most churn?" counted 43 items saying they may leave, beside a cancel flow's 270 sessions
    (196 with a comment) whose plan column says which plan churned."""
    reasons = ["Too expensive", "Technical issues", "Not using it enough", "Switching to another service"]
    plans = ["Standard", "Standard", "Premium", "Basic with ads"]
    ingest_lines(db_settings, tmp_path / "churnkey_sessions.csv",
                 ["session_id,plan,cancel_reason,feedback,canceled_at"] + [
                     f"ses_{k},{plans[k % 4]},{reasons[k % 4]},{comment if k % 3 == 0 else ''},2026-10-{1 + k:02d}"
                     for k in range(24) for comment in [f"Too pricey now ({k})"]])
    ingest_lines(db_settings, tmp_path / "tickets.csv", ["Created,Plan,Description"] + [
        f"2026-10-{1 + k:02d},Premium,I will cancel if the price goes up again ({k})" for k in range(6)])
    answer = code_only_answer(db_settings, "Which plan has the most churn?")
    assert answer.filters.get("sources") == ["churnkey_sessions"], answer.filters
    assert "By plan (answers): Standard 12 (50%), Basic with ads 6 (25%), Premium 6 (25%)." in answer.text, \
        answer.text[:900]
