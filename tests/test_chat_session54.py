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
