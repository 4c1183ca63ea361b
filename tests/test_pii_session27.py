"""A card named by its last four digits (a tester's "You charged my Visa ending in 4417 twice" was stored as it was)."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, expected", [
    ("You charged my Visa ending in 4417 twice", "You charged my Visa ending in <CARD> twice"),
    ("card ending 8832 was charged", "card ending <CARD> was charged"),
    ("Mastercard ends with 1234.", "Mastercard ends with <CARD>."),
    ("my card, last 4 digits: 9912", "my card, last 4 digits: <CARD>"),
    ("Meine Karte endet auf 4417", "Meine Karte endet auf <CARD>"),
])
def test_the_last_four_digits_of_a_named_card(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", ["The order ending in 4417 shipped", "Version ending in 2024 is fine",
                                  "The card game ends in 2 rounds", "Gift card for 2026 is great"])
def test_other_numbers_after_ending_stay(text):
    assert redact(text)[0] == text
