"""Shape of the held-out test sets of session 15 that no rule was written from (injection set 5, PII set 7): they
import and have the counts their docstrings give. Their scores are measured in bench.injection_flags and bench.pii
and asserted nowhere."""

from __future__ import annotations

from tests.support.cases import injection_heldout5, pii_heldout7


def test_injection_set5_shape():
    cases, looks = injection_heldout5.injection_cases(), injection_heldout5.injection_look_alikes()
    assert len(cases) == 240 and len(looks) == 120 == len(injection_heldout5.look_alike_languages())
    assert len({t for _, _, t in cases}) == 240


def test_pii_set7_shape():
    cases = pii_heldout7.pii_cases()
    assert len(cases) == 360 and len(pii_heldout7.pii_look_alikes()) == 120
    assert all(value in text for _, _, value, text in cases)
