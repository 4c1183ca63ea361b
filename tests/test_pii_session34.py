"""An employer's numbers for its staff that a workforce-scheduling product's tester found stored and shown by
`pma search` and `pma themes show` (session 34): "My employee ID is E63466". Written for this test; the look-alikes
name the field without a number."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, value", [
    ("My employee ID is E63466 and the kiosk says it does not exist.", "E63466"),
    ("Employee ID: 55120, clocked in at 9:02 but it shows 9:31.", "55120"),
    ("Staff ID 99321 can't see next week's schedule.", "99321"),
    ("My payroll number is PR-88412, the overtime is missing again.", "88412"),
])
def test_employee_and_staff_numbers_are_redacted(text, value):
    got = redact(text)[0]
    assert value not in got and "<ID>" in got


@pytest.mark.parametrize("text", [
    "The employee ID field is missing from the ADP export.",
    "Employee ID column shows 0 for new hires.",
    "Please add the employee number to the payroll export.",
])
def test_naming_the_field_without_a_number_stays(text):
    assert redact(text)[0] == text
