"""Shape of the held-out sets added in session 15 (injection sets 5-7, PII sets 7-9; the last of each is
test): they import and have the counts their docstrings give. Their scores are measured in bench.injection_flags and bench.pii
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


def test_injection_set6_and_pii_set8_shape():
    from tests.support.cases import injection_heldout6, pii_heldout8

    cases = injection_heldout6.injection_cases()
    assert len(cases) == 240 == len({t for _, _, t in cases}) and len(injection_heldout6.injection_look_alikes()) == 120
    pii = pii_heldout8.pii_cases()
    assert len(pii) == 360 and len(pii_heldout8.pii_look_alikes()) == 120
    assert all(value in text for _, _, value, text in pii)


def test_pii_set9_shape():
    from tests.support.cases import pii_heldout9

    pii = pii_heldout9.pii_cases()
    assert len(pii) == 360 and len(pii_heldout9.pii_look_alikes()) == 120
    assert all(value in text for _, _, value, text in pii)


def test_injection_set7_shape():
    from tests.support.cases import injection_heldout7

    cases = injection_heldout7.injection_cases()
    assert len(cases) == 240 == len({t for _, _, t in cases}) and len(injection_heldout7.injection_look_alikes()) == 120
