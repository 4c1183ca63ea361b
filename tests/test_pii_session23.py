"""Session 23: PII a tester met in German reviews and the example export (own texts). A greeting word that is also an
adjective ("Beste", Dutch "dear", German "best") before a compound ending in an ordinary word is no salutation; a
given name with a surname initial ("Kenji L.", as interview notes shorten people) is a name; "联系电话" (contact phone)
is no name after "联系"."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text", [
    "Beste Wander-App, die ich kenne.",
    "Beste Foto-App, die es gibt, und das Update ist super.",
])
def test_a_compound_after_a_greeting_word_is_no_name(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, name", [
    ("Beste Jan-Willem, de app crasht bij het opstarten.", "Jan-Willem"),
    ("Hi Anna-Lena, the export still fails.", "Anna-Lena"),
])
def test_hyphenated_names_after_a_greeting_are_still_redacted(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text, name", [
    ("Kenji L. still uses an old phone; the map is painfully slow.", "Kenji"),
    ("Interview with Maya N. (ski tourer): downloads fail near the end.", "Maya"),
    ("Spoke with Søren K., he lost his saved routes.", "Søren"),
])
def test_a_given_name_with_a_surname_initial_is_redacted(text, name):
    redacted = redact(text)[0]
    assert name not in redacted and "<NAME>" in redacted


@pytest.mark.parametrize("text", [
    "Plan B. was to reinstall the app.",
    "Will S. is what we call the sync feature internally.",
])
def test_an_initial_after_a_word_that_is_no_given_name_stays(text):
    assert redact(text)[0] == text


def test_a_roman_numeral_is_no_initial():
    assert "Pedro I. arrived" in redact("The book on Pedro I. arrived instead of the one on Pedro II.")[0]


def test_a_chinese_contact_phone_is_no_name():
    redacted = redact("我的联系电话 138 1234 5678，请回电。")[0]
    assert "联系电话" in redacted and "<NAME>" not in redacted and "<PHONE>" in redacted
