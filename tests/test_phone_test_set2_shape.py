"""Shape of the held-out phone set 2 (``tests/support/cases/phone_test_set2.py``): sizes, coverage and consistency
only; it runs no redactor."""

from tests.support.cases.phone_test_set2 import phone_case_languages, phone_cases, phone_look_alikes


def test_every_value_occurs_in_its_text():
    for category, value, text in phone_cases():
        assert value and value in text, (category, value, text)


def test_240_cases_in_at_least_40_countries():
    cases = phone_cases()
    assert len(cases) == 240
    countries = {category.split(" ", 1)[0] for category, _, _ in cases}
    assert len(countries) >= 40
    for category, _, _ in cases:
        country, cue = category.split(" ", 1)
        assert len(country) == 2 and country.isupper(), category
        assert cue in ("cue", "no cue"), category


def test_languages_align_with_cases():
    assert len(phone_case_languages()) == len(phone_cases())


def test_80_look_alikes():
    look_alikes = phone_look_alikes()
    assert len(look_alikes) == 80
    assert all(any(ch.isdigit() for ch in text) for text in look_alikes)


def test_no_duplicate_texts():
    texts = [text for _, _, text in phone_cases()]
    look_alikes = phone_look_alikes()
    assert len(set(texts)) == len(texts)
    assert len(set(look_alikes)) == len(look_alikes)
    assert not set(texts) & set(look_alikes)
