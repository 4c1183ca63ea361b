"""Shape of held-out injection set 4 (the test set of session 15): it imports, has the counts its docstring gives,
and every look-alike has a language. Its flag rate is measured in bench.injection_flags and asserted nowhere."""

from __future__ import annotations

from tests.support.cases import injection_heldout4


def test_set4_shape():
    cases = injection_heldout4.injection_cases()
    looks = injection_heldout4.injection_look_alikes()
    assert len(cases) == 240 and len(looks) == 120
    assert len(injection_heldout4.look_alike_languages()) == len(looks)
    assert len({t for _, _, t in cases}) == len(cases) and all(t.strip() for _, t in looks)
    assert sum(lang != "en" for _, lang, _ in cases) / len(cases) >= 0.4
