"""Session 23: PII false positives a tester met in German reviews (own texts). A greeting word that is also an
adjective ("Beste", Dutch "dear", German "best") before a compound ending in an ordinary word is no salutation."""

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
