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
    assert "NPS by country: UK " in nps.text and " ES " in nps.text and "uk" not in nps.text, nps.text[:1200]
