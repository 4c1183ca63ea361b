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
