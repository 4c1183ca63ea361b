"""Signatures a video-call product's tester found kept (session 32): a ticket that says "Thanks." before its
closing ("... Thanks.\n\nThanks,\nAiyana Redcloud | IT Admin") kept the name, because the first closing read the
second as its name, and a name followed by " - Head of IT" was not taken. Written for this test."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, name", [
    ("App very slow. Video calls make my computer lag. Thanks.\n\nThanks,\nAiyana Redcloud | IT Admin", "Aiyana Redcloud"),
    ("Echo on every call.\n\nBest,\nMaria Lopez - Head of IT", "Maria Lopez"),
    ("Thanks!\nCheers,\nTom Baker", "Tom Baker"),
])
def test_a_signature_after_another_closing_or_before_a_role_is_redacted(text, name):
    got = redact(text)[0]
    assert name not in got and "<NAME>" in got


@pytest.mark.parametrize("text", ["Thanks, Great - the app works", "Cheers, Apple Watch - sync broken on my wrist"])
def test_words_after_a_closing_that_are_no_name_stay(text):
    assert redact(text)[0] == text
