"""Health insurance and pharmacy numbers a telehealth product's tester found stored and quoted (session 33): a
prescription number after "Rx" or "Prescription number", an insurer's member id and a policy number with a letter
prefix ("BCX-99812-04"). Written for this test; the look-alikes keep their numbers."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, value", [
    ("Refill for Rx #4417205 (metformin 500mg) is still pending.", "4417205"),
    ("RX-3318-2047 was never sent to the pharmacy.", "3318-2047"),
    ("Prescription number RX-5521-7730 shows as expired.", "5521-7730"),
    ("My Cigna member ID is U771203948 and the app rejects it.", "U771203948"),
    ("Member number: 600-112-8841, please check.", "600-112-8841"),
    ("Policy No. HMO-44120-07 is not recognised at checkout.", "44120-07"),
    ("The subscriber ID XKQ908812345 keeps failing verification.", "908812345"),
    ("Claim # 2026-88412 was denied twice.", "88412"),
])
def test_insurance_and_prescription_numbers_are_redacted(text, value):
    got = redact(text)[0]
    assert value not in got and "<ID>" in got


@pytest.mark.parametrize("text", [
    "The AMD RX 7900 XT runs the app fine.",
    "Our return policy is 30 days, please change it.",
    "Member since 2019, love the Plus plan.",
    "The policy page says 3 visits per year.",
    "I claim 2 stars for the effort.",
])
def test_policies_members_and_graphics_cards_without_a_number_stay(text):
    assert redact(text)[0] == text


def test_a_store_consoles_review_link_is_kept_whole():
    """Google Play's "Review Link" column is the only way back to a review: it was redacted on every row (its
    "corpus=PUBLIC_REVIEWS" read as a person's name; alone, its review id read as a secret and a console id as a
    card). A constant in capitals is no name; a person's name in a link still goes."""
    link = ("http://play.google.com/console/developers/6213771200001/app/4973991200001/user-feedback/review-details"
            "?reviewId=gp:AOqpTOoj2y7F7VUWqAF9DP7grs4h&corpus=PUBLIC_REVIEWS")
    assert redact(link) == (link, {})
    assert redact("see http://example.com/a/b?corpus=PUBLIC_REVIEWS")[0] == "see http://example.com/a/b?corpus=PUBLIC_REVIEWS"
    assert redact("my calendar: https://cal.example.com/share/celine.moreau/")[0].endswith("<URL>")
