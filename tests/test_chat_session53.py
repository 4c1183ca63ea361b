"""Session 53: questions of a B2B analytics tester (warehouse sync, funnels, SDK crashes; Free to Enterprise plans)."""

from __future__ import annotations

from assistant.chat import AskOptions, Chat
from tests.support.chat import ingest_lines
from tests.support.fake_llm import FakeLLM


def test_a_follow_up_among_a_plans_customers_narrows_the_count(db_settings, tmp_path):
    """"And among Enterprise customers?" after "How many warehouse sync complaints are there?" was a lookup of the
    word 'among' (9 items, against 58 in the tester's truth and 51 when counted)."""
    lines = ["Description,Created time,Plan"]
    for i in range(12):
        plan = "Enterprise" if i % 3 == 0 else "Growth"
        lines.append(f"The warehouse sync to BigQuery is delayed again ({i}),2026-11-{1 + i:02d},{plan}")
        lines.append(f"Love how easy it is to share dashboards ({i}),2026-11-{1 + i:02d},{plan}")
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", lines)
    chat = Chat(db_settings, llm=FakeLLM(""))
    options = AskOptions(max_new_tokens=8)
    first = chat.ask("How many warehouse sync complaints are there?", options=options)
    follow = chat.ask("And among Enterprise customers?", conversation_id=first.conversation_id, options=options)
    numbers = {n.key: n.value for n in follow.numbers_used}
    assert follow.filters["where"] == {"plan": "Enterprise"} and numbers["matching_items"] == 4, follow.text
    assert "- 4 feedback items about 'warehouse sync'" in follow.text, follow.text
