"""Session 51: a person is paid, and "whose" follows a person ("We overpaid Mark Thompson, whose salary is $84,000":
an HR tester's name and salary were printed by `pma search`; "Mark" is a given name that is also a word)."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, name", [
    ("We overpaid Mark Thompson, whose salary is $84,000, because of this.", "Mark Thompson"),
    ("The October run underpaid Grace Howell by two days of holiday pay.", "Grace Howell"),
    ("Mark Thompson, whose payslip was wrong, called us twice.", "Mark Thompson"),
])
def test_a_person_paid_or_described_by_whose_is_redacted(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", ["We paid Apple Music twice this month.", "We pay Netflix monthly."])
def test_a_product_paid_for_stays(text):
    assert redact(text)[0] == text
