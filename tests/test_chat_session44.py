"""Session 44, from an EV-charging tester's questions: "Anything surprising in the data?" abstained (now what moved:
the change answer), and a theme that fell was quoted by the one odd member it kept in the last 30 days."""

from __future__ import annotations

import pytest

from assistant.chat.router import route_question
from retrieval.db import Database
from tests.support.chat import code_only_answer, ingest_lines


@pytest.mark.parametrize("question, topic", [
    ("Anything surprising in the data?", ""),
    ("What stands out in this feedback?", ""),
    ("Any anomalies or spikes?", ""),
    ("Is there anything weird going on?", ""),
    ("What surprised you most?", ""),
    ("Anything unusual about pricing?", "pricing"),
])
def test_what_stands_out_is_what_moved(question, topic):
    route = route_question(question)
    assert route.kind == "change" and route.topic == topic, route


@pytest.mark.parametrize("question, kind", [
    ("What do users say about unexpected charges?", "lookup"),
    ("How many complaints about surprise fees?", "count"),
])
def test_a_surprise_that_is_the_topic_stays_the_topic(question, kind):
    route = route_question(question)
    assert route.kind == kind and route.topic.split()[0] in ("unexpected", "surprise"), route


def test_a_theme_that_fell_is_quoted_from_when_it_was_large(db_settings, tmp_path):
    """'Card delivery' had 12 items in the 30 days before the last 30 and one odd member in the last 30 (about
    switching to a rival): the change answer quoted that member, the theme's only recent item."""
    from tests.support.themes import store_themes

    cards = [f"My charging card still has not arrived after {3 + i} weeks" for i in range(12)]
    odd = "Switching to a rival network because they are cheaper"
    maps = [f"The map shows broken chargers as available at station {i}" for i in range(12)]
    lines = ["Review,Rating,Date"]
    lines += [f"{t},1,2026-10-{1 + i:02d}" for i, t in enumerate(cards)]  # the 30 days before the last 30
    lines += [f"{odd},2,2026-11-20"] + [f"{t},1,2026-11-{10 + i:02d}" for i, t in enumerate(maps)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    with Database(db_settings).connect() as conn:
        _, (card_theme, _) = store_themes(conn, [("Card delivery", ["card", "arrived"], cards + [odd]),
                                                 ("Map status", ["map", "broken"], maps)])
        ids = {t: i for i, t in conn.execute("SELECT id, text FROM feedback")}
    answer = code_only_answer(db_settings, "Anything surprising in the data?")
    assert answer.route == "change", answer.text
    line = next(x for x in answer.text.splitlines() if "Theme 'Card delivery'" in x)
    assert "1 versus 12" in line and f"[F{ids[odd]}]" not in line, answer.text
    assert any(f"[F{ids[t]}]" in line for t in cards), answer.text


def test_a_role_no_item_names_is_who_spoke(db_settings, tmp_path):
    """"Summarize what fleet managers told us." found nothing over a tester's fleet requests: "managers", which no
    item holds, weighed as the rarest word of the topic. A role no item names is who spoke; one items name counts."""
    fleet = [f"We need monthly invoices per driver for our fleet number {i}" for i in range(6)]
    other = [f"The map shows broken chargers as available at station {i}" for i in range(6)]
    lines = ["Review,Rating,Date"] + [f"{t},2,2026-10-{1 + i:02d}" for i, t in enumerate(fleet + other)]
    ingest_lines(db_settings, tmp_path / "reviews.csv", lines)
    answer = code_only_answer(db_settings, "How many fleet managers asked for invoices?")
    numbers = {n.key: n.value for n in answer.numbers_used}
    assert numbers.get("matching_items") == 6, answer.text
    from assistant.chat.relevance import topic_words

    with Database(db_settings).connect() as conn:
        _, absent = topic_words(conn, "fleet managers")
        _, absent_held = topic_words(conn, "fleet invoices wizards")
    assert absent == 0 and absent_held == 1  # "wizards" is no role: still held against the items
