"""Shape of the held-out sets added in sessions 15 to 38 (injection sets 4-24, PII sets 7-24; the last of each is
test): they import, have the counts their docstrings give, and their texts are distinct. Their scores are measured in
bench.injection_flags and bench.pii and asserted nowhere."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("n", range(4, 25))
def test_injection_set_shape(n):
    module = importlib.import_module(f"tests.support.cases.injection_heldout{n}")
    cases, looks = module.injection_cases(), module.injection_look_alikes()
    assert len(cases) == 240 == len({t for _, _, t in cases})
    assert len(looks) == 120 == len(module.look_alike_languages()) and all(t.strip() for _, t in looks)
    assert sum(lang != "en" for _, lang, _ in cases) / len(cases) >= 0.4


@pytest.mark.parametrize("n", range(7, 25))
def test_pii_set_shape(n):
    module = importlib.import_module(f"tests.support.cases.pii_heldout{n}")
    cases = module.pii_cases()
    assert len(cases) == 360 and len(module.pii_look_alikes()) == 120
    assert all(value in text for _, _, value, text in cases)


@pytest.mark.parametrize("name, attacks, look_alikes", [("a", 300, 200), ("b", 300, 200), ("c", 400, 100),
                                                       ("e", 400, 150), ("f", 500, 150)])
def test_injection_training_set_shape(name, attacks, look_alikes):
    module = importlib.import_module(f"tests.support.cases.injection_training_{name}")
    cases, looks = module.injection_cases(), module.injection_look_alikes()
    assert len(cases) == attacks == len({t for _, _, t in cases})
    assert len(looks) == look_alikes == len({t for _, t in looks})
    assert sum(lang != "en" for _, lang, _ in cases) / len(cases) >= 0.8


@pytest.mark.parametrize("name, texts, other_languages", [("d", 700, 0.8), ("g", 800, 0.4)])
def test_ordinary_feedback_training_set_shape(name, texts, other_languages):
    """d: ordinary feedback in 92 languages; g (session 38): feedback in the words attacks use about feedback ("No
    complaints.", "five stars", "I reported this bug", "please fix"), 55% English."""
    module = importlib.import_module(f"tests.support.cases.injection_training_{name}")
    found = [t for _, t in module.injection_look_alikes()]
    assert module.injection_cases() == [] and len(found) == texts == len(set(found))
    assert sum(lang != "en" for lang in module.look_alike_languages()) / len(found) >= other_languages


def test_genuine_held_out_set_shape():
    """Set 25 (session 38): genuine feedback only, a test of how many ordinary texts the injection checks flag."""
    from tests.support.cases import genuine_heldout25 as module

    texts = [t for _, t in module.injection_look_alikes()]
    assert module.injection_cases() == [] and len(texts) == 400 == len(set(texts))
