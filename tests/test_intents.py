"""Feedback that says its writer may leave (`retrieval.intents`): the words customers use instead of "churn", the
look-alikes that are not leaving, one pattern read the same by Python and PostgreSQL, and the chat questions that
use it ("What do churn threats say?" found nothing over a tester's 25 threats)."""

from __future__ import annotations

import pytest

from assistant.chat import AskOptions, Chat
from retrieval.db import Database
from retrieval.filters import Filters
from retrieval.ingest import ingest_paths
from retrieval.intents import LEAVING, says_leaving
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write

FAST = AskOptions(max_new_tokens=32)
LEAVING_TEXTS = [
    "If this isn't fixed by the end of the month we're moving to Teams.",
    "We will cancel at renewal unless this gets sorted.",
    "Honestly we are evaluating Google Meet and Slack huddles as replacements.",
    "Management is asking me why we don't just switch to Zoom.",
    "Seriously considering switching to Slack.",
    "We won't renew next year if the price stays like this.",
    "How do I cancel my subscription? Nothing works.",
    "The price increase for the Family plan is too much, we're cancelling",
    "Price increase with no extra value. Looking at competitors now",
    "We are looking at alternatives.",
    "This is the last straw, I'm done with this app.",
    "Uninstalled the app, not worth the stress.",
    "Die Preiserhöhung ist viel zu hoch, wir kündigen.",
    "Vamos a cancelar nuestra suscripción el mes que viene.",
    # the subject left out, or someone else deciding (a telehealth tester's wordings)
    "Needs work. Switching to Teladoc next month.",
    "The booking screen just spins. Deleted my account today.",
    "Disappointed. Moving my family to MDLive.",
    "Already looking for another telehealth app.",
    "Face ID login stopped working. This is the last month I pay for Plus.",
    "I showed up an hour late. Won't be booking here again.",
    "I'll ask HR to drop Carebridge from our benefits.",
    "Hi, the booking screen just spins. Please fix. Uninstalling.",
    # a scheduling tester's (session 34)
    "Our contract is up in December and honestly we're looking elsewhere.",
    "Tips were missing for every server. I've asked our ops director to find a replacement.",
    "Employees are getting flagged late. Cancelling after this payroll mess.",
    "If payroll breaks again around year end, I can't defend renewing in January.",
    # a project-management tester's (session 35)
    "The recurring tasks bug is the reason we're moving off Taskwell next quarter.",
    "We're seriously evaluating Asana and Monday now.",
    "Our CFO asked us to look at alternatives before the renewal.",
    "料金が上がったので解約を検討しています。",
    # an e-bike tester's (session 36): a product bought once goes back
    "They promised a callback that never happened. Returning it smh",
    "Motor shuts off randomly on inclines. I want my money back.",
    "Lock stays engaged after the update. Requesting a full refund.",
    "If this isn't fixed by Friday I'm filing a chargeback.",
    "Advertised range is 60 miles, I get 27 on a good day. Never buying Voltway again.",
    "Opened 4 tickets, got copy-paste answers every time. Switching to a Rad Power bike.",
    "La connessione Bluetooth cade continuamente. Voglio il rimborso.",
    "Han subido el precio 200 euros, ya no compensa. Quiero devolverla.",
    "Carton abîmé, cadre rayé à la livraison. Je veux être remboursé.",
    # a thermostat tester's (session 37)
    "Price rise on the subscription is greedy. I'll downgrade to Basic or leave altogether.",
    "Why did my subscription go up? Nobody asked me. Considering cancelling Plus.",
    "40% more for Plus with nothing new? I'm out, cancelling at the end of the month.",
    "Von 5,99 auf 7,99 Euro im Monat? Dann wechsle ich zu tado.",
    "Several homeowners asked whether they still need Plus after the price rise; some said they'd cancel.",
    # an invoicing tester's (session 38)
    "Pricing is steep for a small business, considering switching to a cheaper tool.",
]
STAYING_TEXTS = [
    "I need to cancel my appointment for Friday but the button is grey.",
    "I uninstalled it and reinstalled, still crashes on start.",
    "Great app, I'll leave you 5 stars.",
    "Please let me switch to dark mode.",
    "I moved to a new phone and lost my data.",
    "I switched to the web version for now.",
    "We switched to a cheaper plan last month.",
    "My subscription did not renew even though I paid.",
    "After we switched to Okta SSO, managers get stuck in a login loop.",
    "How do I switch to another account?",
    "Please let me cancel a meeting invite without emailing everyone.",
    "We're switching to annual billing, where do I change it?",
    "The app moves to the background and the call drops.",
    "It will not let me uninstall it, please help.",
    "Uninstalling the app fixed it, thanks.",
    "After trying other apps I keep going back to this one.",
    "Moving to landscape mode hides the keyboard.",
    "The charger broke, how do I find a replacement charger?",
    "Cancelling a shift swap after it was approved should notify the manager.",
    "We are evaluating speed and accuracy of the export on large projects.",
    "Please look at the settings page, the toggle moved.",
    "I moved off the old dashboard to the new one and it is faster.",
    "Please refund the double charge on my card.",
    "I got a refund for the missing charger, thanks!",
    "Returning customer here, love the new app.",
    "I'll return the favour with a 5 star review.",
    "The app keeps returning an error when I log in.",
    "Can I return the charger for a replacement?",
    "I'll send it to support with the logs.",
    "I switched to a dark theme and the map is unreadable.",
    "I'll cancel the order and buy it in the shop.",
    "The installer said he would cancel Friday.",
    "I would cancel my appointment but the button is grey.",
    "Leave it on altogether, the heating is fine.",
]


def test_a_helper_written_set_of_threats_and_look_alikes():
    """``tests/support/cases/leaving_set1.csv``: 120 texts over 12 products a helper agent wrote without seeing the
    pattern (scored once unseen: recall 0.317, no look-alike flagged; dev since the pattern was widened from it)."""
    import csv
    from pathlib import Path

    rows = list(csv.DictReader((Path(__file__).parent / "support" / "cases" / "leaving_set1.csv").open(encoding="utf-8")))
    threats = [r["text"] for r in rows if r["label"] == "1"]
    others = [r["text"] for r in rows if r["label"] == "0"]
    assert len(threats) == len(others) == 60
    assert sum(map(says_leaving, threats)) >= 57 and not [t for t in others if says_leaving(t)]


@pytest.mark.parametrize("text", LEAVING_TEXTS)
def test_words_of_leaving_are_read(text):
    assert says_leaving(text)


@pytest.mark.parametrize("text", STAYING_TEXTS)
def test_cancelling_an_appointment_or_switching_a_setting_is_not_leaving(text):
    assert not says_leaving(text)


def test_postgresql_reads_the_pattern_as_python_does(db_settings):
    with Database(db_settings).connect() as conn:
        read = [conn.execute("SELECT %s ~* %s", [t, LEAVING]).fetchone()[0] for t in LEAVING_TEXTS + STAYING_TEXTS]
    assert read == [says_leaving(t) for t in LEAVING_TEXTS + STAYING_TEXTS]


def test_churn_questions_answer_from_the_feedback_that_says_it_may_leave(db_settings, tmp_path):
    """Churn in a PM's words over tickets that never say it: each question is scoped to the threats, counted here
    from the hand-labelled rows below (the look-alikes stay out); a follow-up keeps the scope."""
    rows = [(t, "ios" if i % 2 else "android", True) for i, t in enumerate(LEAVING_TEXTS[:8])]
    rows += [(t, "ios" if i % 2 else "android", False) for i, t in enumerate(STAYING_TEXTS)]
    export = "Id,Description,Platform,Created at\n" + "".join(
        f'{i},"{t}",{p},2026-10-{i % 28 + 1:02d}\n' for i, (t, p, _) in enumerate(rows))
    ingest_paths([write(tmp_path / "tickets.csv", export)], db_settings)
    threats = [r for r in rows if r[2]]
    chat = Chat(db_settings, llm=FakeLLM("x"))
    for question in ("How many customers threaten to cancel?", "How many users say they will leave?",
                     "How many patients say they will switch to another provider or stop using the app?",
                     "How many customers threaten to cancel or switch to a competitor?"):
        answer = chat.ask(question, options=FAST)
        numbers = {n.key: n.value for n in answer.numbers_used}
        assert answer.route == "count" and numbers["total_items"] == len(threats), question
        assert "matching_items" not in numbers, question  # no words of the question left over as a topic
        assert len(answer.matched_ids) == len(threats), question  # the threats are listed (--json matched_ids)
        assert answer.filters["says"] == "leaving"
    for question in ("What do churn threats say?", "Which customers are at risk of churning?",
                     "Who is thinking about switching to a competitor?"):
        answer = chat.ask(question, options=FAST)
        cited = {c.text for c in answer.citations}
        assert cited and all(any(c == t for t, _, _ in threats) for c in cited), question
    first = chat.ask("How many customers threaten to cancel?", options=FAST)
    follow = chat.ask("And on Android?", conversation_id=first.conversation_id, options=FAST)
    numbers = {n.key: n.value for n in follow.numbers_used}
    assert numbers["total_items"] == sum(1 for _, p, _ in threats if p == "android")
    assert Filters(says="leaving").describe().startswith("saying they may leave")


@pytest.mark.parametrize("question, scoped, rest", [
    ("How many customers threaten to cancel or switch to a competitor?", True, "How many customers?"),
    ("Which customers said they would move to 7shifts?", True, "Which customers 7shifts?"),  # the rival stays
    ("How many customers want to switch to Deputy?", True, "How many customers Deputy?"),
    ("How many users want to switch to dark mode?", False, None),  # a setting, not a rival
    # an e-bike tester's (a product bought once goes back): 13 items 'about threaten return bike refund'
    ("How many customers threaten to return the bike or ask for a refund?", True, "How many customers?"),
    ("How many returning customers mention range?", False, None),
    ("How many people ask for a refund?", False, None),  # a refund is a subject as often as a threat
    ("What do users say about moving to the new version?", False, None),
    ("How many customers say they won't renew?", True, "How many customers?"),  # a tester's counted 7 of 29
    ("Which customers are not renewing?", True, "Which customers?"),
    ("How many customers renewed?", False, None),
])
def test_a_churn_question_is_read_in_all_its_words(question, scoped, rest):
    """A tester's "How many customers threaten to cancel or switch to a competitor?" left "switch competitor" as a
    topic no item holds: 0 counted for 29 threats."""
    from assistant.chat.context import _leaving_named

    filters, text = _leaving_named(question, Filters())
    assert (filters.says == "leaving") == scoped
    assert text == (rest if scoped else question)


def test_a_marketplaces_hosts_and_guests_leave_by_moving_listings_and_booking_elsewhere():
    """Session 41, a rental marketplace tester's threats (5 of 25 found): a host leaves by moving listings, a guest by
    booking elsewhere next time; the look-alikes beside them are no threat."""
    from retrieval.intents import says_leaving

    threats = ["If the Pro price stays at 39 we will move our listings to Booking.com.",
               "Thinking of cancelling Pro and listing only on Vrbo and Airbnb.",
               "Support never answered, next time I'm booking on Booking.com.",
               "Si el Pro sigue a 39 euros nos vamos a Booking.com."]
    look_alikes = ["Nos vamos a quejar.", "We moved our office to Berlin.", "Next time I'm booking with you again!",
                   "Nos vamos a la playa en agosto.", "Listing photos only on the web version."]
    assert [says_leaving(t) for t in threats] == [True] * 4
    assert [says_leaving(t) for t in look_alikes] == [False] * 5
