"""Session 42, from outside testers' exports: a yes/no question whether something happens only for one group; a
spike early in the months."""

from __future__ import annotations

import pytest

from tests.support.chat import code_only_answer, ingest_lines


def _reviews(db_settings, tmp_path):
    """App reviews from both stores: the checkout crash only on iOS, the sync problem on both."""
    lines = ["Review,Rating,Date,Platform"]
    for i in range(8):
        lines.append(f"The app crashes at checkout every time I pay ({i}),1,2026-09-{1 + i:02d},iOS")
    for i in range(6):
        lines.append(f"Calendar sync stopped working since the update ({i}),2,2026-09-{1 + i:02d},"
                     + ("iOS" if i % 2 else "Android"))
    for i in range(6):
        lines.append(f"Great app for booking trips ({i}),5,2026-09-{10 + i:02d},Android")
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)


@pytest.mark.parametrize("question", ["Is the checkout crash only happening on iOS?",
                                      "Is the checkout crash an iOS-only problem?",
                                      "Does the checkout crash happen on Android too?"])
def test_only_on_one_platform_counts_every_platform(db_settings, tmp_path, question):
    """A rental tester's "Is the checkout crash only happening on iOS?" was narrowed to iOS (5 items there), which
    cannot tell whether Android has it too: the topic is counted by platform, the platform with none as 0."""
    _reviews(db_settings, tmp_path)
    answer = code_only_answer(db_settings, question)
    assert "By platform" in answer.text, answer.text
    assert "ios 8" in answer.text.lower() and "android 0" in answer.text.lower(), answer.text


def test_a_problem_on_both_platforms_reads_both(db_settings, tmp_path):
    _reviews(db_settings, tmp_path)
    answer = code_only_answer(db_settings, "Is calendar sync only broken on Android?")
    text = answer.text.lower()
    assert "by platform" in text and "ios 3" in text and "android 3" in text, answer.text


def test_an_outage_early_in_the_months_is_a_spike_not_a_fall():
    """A rental tester's two-day messaging outage (1, 0, 20, 0, 0, 0, 0 by month) read "falling over 7 months" in
    the themes report: the test for trend reads a spike early in the months as a fall. A steady fall stays one."""
    from assistant.themes.stats import trend

    totals = [40, 80, 90, 100, 100, 110, 100]
    months = [(f"2026-{5 + i:02d}", x, n) for i, (x, n) in enumerate(zip([1, 0, 20, 0, 0, 0, 0], totals))]
    spike = trend(0, 0, 100, 110, months=months)
    assert spike["monthly_direction"] == "down" and spike["monthly_turn"]["kind"] == "peak", spike
    assert spike["monthly_turn"]["month"] == "2026-07", spike
    months = [(f"2026-{5 + i:02d}", x, n) for i, (x, n) in enumerate(zip([10, 9, 9, 6, 4, 4, 3], totals))]
    fall = trend(3, 4, 100, 110, months=months)
    assert fall["monthly_direction"] == "down" and fall["monthly_turn"] is None, fall


def _zendesk(tmp_path, n: int = 20):
    """A Zendesk API export ({"tickets": [...]}): via.channel, a satisfaction rating with its own id, good / bad /
    offered / unoffered."""
    import json

    from tests.support.paths import write

    scores = ["good", "bad", "bad", "offered", "unoffered"]
    tickets = []
    for i in range(n):
        score = scores[i % 5]
        rating = {"score": score} if score in ("offered", "unoffered") else {
            "score": score, "id": 7822644702 + i, "comment": ""}
        tickets.append({"url": f"https://pulsewise.zendesk.com/api/v2/tickets/{48200 + i}.json", "id": 48200 + i,
                        "via": {"channel": ["email", "mobile_sdk", "web"][i % 3], "source": {"rel": None}},
                        "created_at": f"2026-10-{1 + i:02d}T10:00:00Z", "subject": f"Battery drains fast ({i})",
                        "description": f"My band battery is empty by lunch since the firmware update ({i}).",
                        "requester_id": 390000047000 + i, "tags": ["band_2"], "satisfaction_rating": rating})
    return write(tmp_path / "zendesk_tickets_2026-11-30.json", json.dumps(
        {"tickets": tickets, "next_page": None, "previous_page": None, "count": n}))


def test_a_zendesk_exports_satisfaction_rating_is_read_not_its_id(db_settings, tmp_path):
    """A wearable tester's Zendesk export: the rating was read from "satisfaction_rating.id" (10-digit ids), 47 of 84
    tickets were rejected as above a scale of 100, and via.channel split the rest into sources email, mobile_sdk and
    web. The satisfaction words give the help desk's CSAT; one export alone still loses its name from the topic."""
    from retrieval.ingest import ingest_paths

    report = ingest_paths([_zendesk(tmp_path)], db_settings)
    assert (report.total("added"), report.total("rejected")) == (20, 0), report.as_dict()
    assert report.files[0].columns["rating"] is None and report.files[0].columns["source"] is None, report.as_dict()
    answer = code_only_answer(db_settings, "What is the CSAT of our Zendesk tickets?")
    assert "CSAT 33% (4 good of 12 good or bad answers" in answer.text, answer.text
    text = code_only_answer(db_settings, "How many Zendesk tickets mention battery?").text
    assert "20 feedback items about 'battery'" in text and "mobile_sdk" not in text, text


def test_which_firmware_version_caused_it_reads_the_firmware_column(db_settings, tmp_path):
    """A wearable tester's "Which firmware version caused the battery drain?" was answered with the app's release
    5.2.0: the app's versions were compared, not the export's "Firmware Version" the question names."""
    from datetime import date, timedelta

    lines = ["Review,Rating,Date,App Version,Firmware Version"]
    start = date(2026, 8, 1)
    for i in range(70):
        app = "5.1.0" if i < 15 else "5.2.0"
        firmware = "4.1.0" if i < 40 else "4.2.0"
        text = (f"Battery drains overnight since the update ({i})" if i >= 40 and i % 3 else
                f"Love the band design and the step counter ({i})")
        lines.append(f"{text},{2 if 'Battery' in text else 5},{start + timedelta(days=i)},{app},{firmware}")
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    text = code_only_answer(db_settings, "Which firmware version caused the battery drain?").text
    assert "Release Firmware Version 4.2.0" in text, text
    assert "5.2.0" not in text, text
    text = code_only_answer(db_settings, "Which release introduced the battery drain?").text  # the app's: said so
    assert "also carries 'Firmware Version'" in text, text


def test_do_iphone_users_have_it_too_counts_every_platform(db_settings, tmp_path):
    """"Do iPhone users have sync problems too?" was narrowed to iOS and abstained: the topic by platform."""
    _reviews(db_settings, tmp_path)
    text = code_only_answer(db_settings, "Do iPhone users have calendar sync problems too?").text.lower()
    assert "by platform" in text and "ios 3" in text and "android 3" in text, text


@pytest.mark.parametrize("text, leaving", [
    ("Raising Plus from 7.99 to 9.99 is too much. I'm going to cancel and switch to Garmin.", True),
    ("Got the email about the price going up to 9.99. Seriously considering Whoop instead.", True),
    ("I want a refund of the difference or I cancel and go to Whoop.", True),
    ("Subir Plus de 7,99 a 9,99 es demasiado. Voy a cancelar y pasarme a Garmin.", True),
    ("I'm considering the annual plan instead.", False),
    ("We are considering it instead of Excel.", False),
    ("I had to cancel and go to the store to buy a charger.", False),
])
def test_a_subscriber_who_cancels_and_switches_says_they_may_leave(text, leaving):
    """A wearable tester's price complaints: 19 of its items were found saying they may leave, where about 40 of the
    60 price complaints threaten it ("cancel and switch to Oura", "considering Whoop instead", Spanish "voy a
    cancelar"); CLAP's 3,000 reviews and SemEval's restaurants give what they gave (23 and 3)."""
    from retrieval.intents import says_leaving

    assert says_leaving(text) is leaving


@pytest.mark.parametrize("question, topic", [("When was the spike in shipping delays?", "shipping delays"),
                                             ("When did we see the big spike of login complaints?", "login")])
def test_when_was_the_spike_asks_how_it_changed(question, topic):
    """"When was the spike in shipping delays?" was a lookup of the words 'When shipping delays' (18 items listed, no
    month named): it is when the topic rose and fell, which the months show."""
    from assistant.chat.router import route_question

    route = route_question(question)
    assert (route.kind, route.topic) == ("change", topic), route


def test_a_verb_after_a_comma_is_no_competitor(db_settings, tmp_path):
    """"Honestly, Upgraded to Band 3 and the battery life is fantastic compared to my old tracker." made "Upgraded" a
    competitor of a wearable tester's (3 items, beside 'compared to'); Oura stays one."""
    lines = ["Review,Rating,Date"]
    for i in range(5):
        lines.append(f'"Honestly, Upgraded to the new model and the battery life is fantastic compared to my old tracker ({i})",'
                     f"5,2026-10-{1 + i:02d}")
        lines.append(f"The price went up again so I am thinking about switching to Oura ({i}),2,2026-10-{1 + i:02d}")
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    text = code_only_answer(db_settings, "Which competitors do customers mention?").text
    assert "Oura: 5 items" in text and "Upgraded" not in text, text


def _cancellations(db_settings, tmp_path):
    """A subscription cancellation export (reason picklist, optional comment, "MRR Lost (USD)"), beside app reviews
    that also name competitors and say they may leave."""
    lines = ["Subscription ID,Customer Email,Cancelled At,Plan,MRR Lost (USD),Cancel Reason,Cancel Reason Details"]
    rows = [("Too expensive", "9.99", "The new price is too much. Moving to Garmin.")] * 8 + \
        [("Too expensive", "9.99", "")] * 2 + [("Switching to another product", "7.99", "Switching to Oura.")] * 6 + \
        [("Technical issues", "7.99", "Sleep tracking is wrong every night.")] * 6
    for i, (reason, mrr, comment) in enumerate(rows):
        month = 9 if i % 2 else 10
        lines.append(f"sub_{i},user{i}@example.com,2026-{month:02d}-{1 + i:02d},Plus,{mrr},{reason},"
                     + (f"{comment[:-1]} ({i})." if comment else ""))
    ingest_lines(db_settings, tmp_path / "subscription_cancellations.csv", lines)
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Review,Rating,Date"] + [
        f"Whoop is better than this band. I am going to cancel my subscription ({i}),1,2026-09-{1 + i:02d}"
        for i in range(6)])


def test_how_many_subscriptions_were_cancelled_counts_the_cancellation_export(db_settings, tmp_path):
    """A wearable tester's "How many subscriptions were cancelled in September?" counted 13 items about
    'subscriptions cancelled' over every source (17 rows of its cancellation export that month)."""
    _cancellations(db_settings, tmp_path)
    text = code_only_answer(db_settings, "How many subscriptions were cancelled in September?").text
    assert "source subscription_cancellations" in text and "11 answers in scope in all: these 10 and 1" in text, text


def test_mrr_lost_by_reason_reads_a_column_named_mrr_lost(db_settings, tmp_path):
    _cancellations(db_settings, tmp_path)
    text = code_only_answer(db_settings, "How much MRR did we lose to cancellations, by reason?").text
    assert "Too expensive: 10" in text and "'MRR Lost (USD)' 99.90" in text, text
    assert "'MRR Lost (USD)' 47.94" in text and "No customer file" not in text, text


def test_which_competitors_cancelling_subscribers_move_to(db_settings, tmp_path):
    """"Which competitors are cancelling subscribers moving to?" listed the cancellation reasons: the competitors the
    cancellation export names (not the reviews' Whoop)."""
    _cancellations(db_settings, tmp_path)
    text = code_only_answer(db_settings, "Which competitors are cancelling subscribers moving to?").text
    assert "Garmin: 8 items" in text and "Oura: 6 items" in text and "Whoop" not in text, text


@pytest.mark.parametrize("question, kind, topic", [
    ("What changed last month compared to the month before?", "change", ""),
    ("Are billing complaints up compared to the previous month?", "change", "billing"),
    ("Are the battery complaints resolved?", "change", "battery"),
    ("Is the sync bug still happening?", "change", "sync bug"),
    ("Has the login issue been fixed?", "change", "login"),
])
def test_questions_a_wearable_tester_asked_of_how_things_changed(question, kind, topic):
    """"What changed last month compared to the month before?" counted items about 'before'; "Are the battery
    complaints resolved?" was a lookup that quoted the one item saying "all resolved" (a planted instruction)."""
    from assistant.chat.router import route_question

    route = route_question(question)
    assert (route.kind, route.topic) == (kind, topic), route


def test_what_we_learned_from_the_interviews_reads_every_transcript(db_settings, tmp_path):
    """"What did we learn from the customer interviews?" searched for 'learn' in the two files named interview_*;
    the call transcripts in the same interviews folder (a .vtt and a .txt) were left out."""
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    folder = tmp_path / "interviews"
    write(folder / "zoom_call_2026-10-15.vtt",
          "WEBVTT\n\n00:00:05.500 --> 00:00:23.000\n<v Interviewer>How has sleep tracking been for you?\n\n"
          "00:00:27.500 --> 00:00:45.000\n<v Speaker 2>It has gotten worse since the autumn firmware, the sleep start "
          "is off by an hour.\n")
    write(folder / "call_p3_2026-08-05.txt",
          "Date: 2026-08-05\n\nInterviewer: Can you walk me through your last workout?\n\nP3: The heart rate was stuck "
          "at 110 during intervals while I was clearly above 160.\n")
    write(folder / "interview_marcus_2026-09-22.txt",
          "Date: 2026-09-22\n\nInterviewer: How is the battery?\n\nMarcus: Since the 4.2.0 firmware the battery dies "
          "in about a day.\n")
    ingest_paths([folder], db_settings)
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Review,Rating,Date"] + [
        f"The strap broke after two weeks ({i}),1,2026-09-{1 + i:02d}" for i in range(6)])
    answer = code_only_answer(db_settings, "What did we learn from the customer interviews?")
    assert "zoom_call" in answer.text and "call_p3" in answer.text and "interview_marcus" in answer.text, answer.text
    assert "strap" not in answer.text.lower() and "learn" not in answer.text.lower(), answer.text


def test_a_hardware_model_with_its_number_is_a_group(db_settings, tmp_path):
    """A wearable tester's "Compare Band 2 and Band 3 owners" compared nothing: a value with a digit was never a group
    of users. A model column's "Band 2" is one; a phone OS's "Android 15" is still searched as words."""
    lines = ["Comment,Score,Submitted At,Band Model,Phone OS"]
    for i in range(24):
        model = "Band 2" if i % 2 else "Band 3"
        text = "The strap broke at the pin" if model == "Band 2" else "Battery lasts a full week"
        lines.append(f"{text} ({i}),{2 if model == 'Band 2' else 9},2026-10-{1 + i:02d},{model},"
                     + ("Android 15" if i % 3 == 0 else "iOS 19"))
    ingest_lines(db_settings, tmp_path / "nps_survey.csv", lines)
    text = code_only_answer(db_settings, "Compare Band 2 and Band 3 owners").text.lower()
    assert "by band model" in text and "band 2 12" in text and "band 3 12" in text, text
    text = code_only_answer(db_settings, "What do Band 2 owners complain about?").text
    assert "12 feedback items in scope, 12 of them rated 2 or lower" in text, text
    text = code_only_answer(db_settings, "How many reviews mention Android 15?").text
    assert "Phone OS=Android 15" not in text and "about 'Android 15'" in text, text
    # with a subject of its own, the model stays words of the search (reviews name it with no model column)
    ingest_lines(db_settings, tmp_path / "app_store.csv", ["Review,Rating,Date"] + [
        f"My Band 3 battery life is amazing and lasts a week ({i}),5,2026-10-{1 + i:02d}" for i in range(5)])
    text = code_only_answer(db_settings, "How do Band 3 owners feel about battery life?").text
    assert "Band Model=Band 3" not in text and "app_store" in text, text


def test_pieces_of_feedback_is_all_feedback():
    """"How many pieces of feedback do we have in total?" answered "No feedback items about 'pieces'"."""
    from assistant.chat.router import route_question

    assert route_question("How many pieces of feedback do we have in total?").topic == ""
    assert route_question("How many complaints about the chess piece?").topic == "chess piece"


@pytest.mark.parametrize("sentence, keep", [("Battery drain is terrible since firmware 4.2.0 [F171].", False),
                                            ("Battery drain is terrible since firmware 4.2.1 [F171].", True),
                                            ("Battery drain got terrible after firmware 4.2 [F171].", True),
                                            ("Battery drain is terrible since firmware 4.2.0 [F420].", True)])
def test_a_version_is_checked_whole(sentence, keep):
    """A wearable tester's model sentence "Battery drain is terrible since firmware 4.2.0 [F171]." was shown over
    an item that says 4.2.1: a version was read as "4.2", so 4.2.0 and 4.2.1 were the same number."""
    from assistant.safety.sentences import SentenceJudge

    items = {171: "Battery drain is terrible since firmware 4.2.1. Band used to last 6 days, now I charge it daily.",
             420: "Battery drain is terrible since firmware 4.2.0. Band used to last 6 days, now I charge it daily."}
    judge = SentenceJudge(items, question="How many people complain about battery drain?",
                          numbers=["- 65 feedback items about 'battery drain' (10.5% of 618)."])
    assert judge.judge(sentence).keep is keep


def test_a_reddit_posts_body_is_its_text_and_labels_are_not_logins(db_settings, tmp_path):
    """A wearable tester's Reddit export (posts with "selftext", comments with "body", in one list) stored its 39
    posts as their titles alone; a Zendesk ticket's tags ("band_2", "android_15") and Reddit's "parent_id"
    ("t3_4ibfa6j") were <HANDLE>, so "redacted" counted 81 of 81 tickets. A login in the text still is one."""
    import json

    from retrieval.ingest import ingest_paths
    from retrieval.db import Database
    from tests.support.paths import write

    posts = [{"kind": "t3", "id": f"p{i}", "author": f"runner{i}", "created_utc": 1781349474 + i * 3600,
              "title": "Battery drain after 4.2.x firmware - anyone else?",
              "selftext": f"My band dies in a day since the update ({i})."} for i in range(3)]
    comments = [{"kind": "t1", "id": f"c{i}", "author": f"walker{i}", "created_utc": 1781359474 + i * 3600,
                 "body": f"Same here, DM me @trail_fox88 if you find a fix ({i}).", "parent_id": "t3_4ibfa6j"}
                for i in range(3)]
    tickets = {"tickets": [{"id": 48200 + i, "created_at": f"2026-10-{1 + i:02d}T10:00:00Z",
                            "subject": "Band won't sync", "description": f"Sync fails on my phone ({i}).",
                            "tags": ["band_2", "android_15", "sync"]} for i in range(3)]}
    report = ingest_paths([write(tmp_path / "reddit_r_pulsewise.json", json.dumps(posts + comments)),
                           write(tmp_path / "zendesk_tickets.json", json.dumps(tickets))], db_settings)
    assert report.total("added") == 9 and report.total("redacted") == 3, report.as_dict()
    with Database(db_settings).connect() as conn:
        stored = conn.execute("SELECT text, metadata FROM feedback ORDER BY id").fetchall()
    assert stored[0][0] == "Battery drain after 4.2.x firmware - anyone else? My band dies in a day since the update (0)."
    assert "selftext" not in stored[0][1], stored[0]
    assert stored[3][1]["parent_id"] == "t3_4ibfa6j" and "<HANDLE>" in stored[3][0], stored[3]
    assert json.loads(stored[6][1]["tags"]) == ["band_2", "android_15", "sync"], stored[6]


def test_a_praise_theme_is_not_the_topic_of_a_complaint_count(db_settings, tmp_path):
    """A wearable tester's "How many complaints are there about sleep tracking accuracy?" counted its praise theme
    'Sleep coach' whole (111 for 79): a theme whose items are mostly positive is no complaint's topic; "How many
    people praise the sleep coach?" still counts it."""
    from assistant.themes.classify.store import classify_feedback
    from retrieval.db import Database
    from tests.support.themes import store_themes

    broken = [f"Sleep tracking is wrong every night and says I slept while I was reading ({i})." for i in range(8)]
    coach = [f"Love the new coach and the wind-down reminders are great ({i})." for i in range(8)]
    lines = ["Review,Rating,Date"] + [f"{t},{1 if t in broken else 5},2026-10-{1 + i:02d}"
                                      for i, t in enumerate(broken + coach)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    classify_feedback(db_settings)
    with Database(db_settings).connect() as conn:
        store_themes(conn, [("Sleep tracking broken", ["sleep", "tracking", "wrong"], broken),
                            ("Sleep coach", ["sleep", "coach", "reminders"], coach)])
    text = code_only_answer(db_settings, "How many complaints are there about sleep?").text
    assert "8 feedback items about 'sleep'" in text, text
    text = code_only_answer(db_settings, "How many people praise the sleep coach?").text
    assert "8 feedback items about 'sleep coach'" in text and "8 of them are praise" in text, text


def test_users_on_an_app_version_is_a_scope_not_a_release_question():
    """"What do users on app version 5.2.3 say?" was the release's before/after test ("No theme has significantly
    more or less feedback after 5.2.3"); "on version 4.4.2" was already the version's feedback."""
    from assistant.chat.router import route_question

    assert route_question("What do users on app version 5.2.3 say?").kind == "lookup"
    assert route_question("How was app version 5.3 received?").kind == "impact"


def test_a_shares_trend_the_counts_do_not_follow_is_said_so():
    """A wearable tester's price complaints (0, 0, 7, 29, 20, 13 a month) read "rising over 6 months" and its flat
    strap complaints (7, 6, 7, 7, 6, 5 as all feedback grew) "falling", then "clearly fading" in "What should we fix
    first?": the counts are said beside the share's trend, and a level count is not fading."""
    from assistant.themes.impact import fading
    from assistant.themes.stats import count_note, trend

    months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    totals = [49, 76, 86, 151, 141, 114]
    price = trend(13, 20, 114, 141, months=list(zip(months, [0, 0, 7, 29, 20, 13], totals)))
    assert price["monthly_direction"] == "up" and price["monthly_turn"] is None, price
    assert count_note("up", [0, 0, 7, 29, 20, 13], months) == "the count peaked at 29 in 2026-09 (13 in 2026-11)"
    strap = trend(5, 6, 114, 141, months=list(zip(months, [7, 6, 7, 7, 6, 5], [30, 40, 60, 151, 160, 170])))
    assert strap["monthly_direction"] == "down", strap
    assert fading(38, strap, None, "2026-11-28") is None
    falling = trend(2, 6, 114, 141, months=list(zip(months, [20, 16, 13, 10, 6, 2], totals)))
    assert fading(67, falling, None, "2026-11-28") is not None
    # a month just begun is no count to compare (a project-tool tester's board complaints: 11 in November, 3 of the
    # 14 items of December's first days)
    assert count_note("up", [2, 0, 3, 7, 6, 11, 3], [*months, "2026-12"], [60, 61, 65, 91, 88, 81, 14]) == ""


def test_a_change_clear_alone_but_not_across_themes_says_so():
    """"Did firmware 4.2.2 fix the battery drain?" answered "Yes, by this measure: fewer ... p = 0.006" and, two
    lines below, the same figures "(q = 0.090): no clear change": the theme's line says it is clear alone."""
    from assistant.themes.impact import _row

    row = _row("theme", "1", "Battery drain", 30, 9, 147, 124, 28, 28, "4.2.2", q=0.09)
    assert row.direction == "no clear change" and row.p_value < 0.05, row
    assert row.verdict.endswith("no clear change once adjusted across the themes tested (clear alone)"), row.verdict
    assert _row("theme", "1", "Battery drain", 30, 9, 147, 124, 28, 28, "4.2.2", q=0.01).verdict.endswith(": fewer")


def test_a_surveys_phone_os_is_the_platform(db_settings, tmp_path):
    """A wearable tester's "How many Android users report that the band won't sync?" counted the Google Play reviews
    alone (24 of 42): its survey's "Phone OS" ("Android 15", "iOS 19.1") was no platform."""
    ingest_lines(db_settings, tmp_path / "google_play.csv", ["Review Text,Star Rating,Review Submit Date and Time"] + [
        f"The band will not sync over bluetooth ({i}),1,2026-10-{1 + i:02d}" for i in range(4)])
    ingest_lines(db_settings, tmp_path / "nps_survey.csv", ["Comment,Score,Submitted At,Phone OS"] + [
        f"The band will not sync since the phone update ({i}),3,2026-10-{1 + i:02d},"
        + ("Android 15" if i % 2 else "iOS 19.1") for i in range(6)])
    text = code_only_answer(db_settings, "How many Android users say the band will not sync?").text
    assert "7 feedback items about 'band will not sync'" in text and "platform=android" in text, text
