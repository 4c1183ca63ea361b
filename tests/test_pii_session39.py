"""Session 39, from a developer platform's tickets: a carrier's error code before a country ("Error 30007 México",
a ticket subject, became "Error <ADDRESS>") and an acronym's plural after "login" ("our login OTPs are down" became
"our login <HANDLE> are down"). Held-out PII sets 5-27: no value and no look-alike changed (8,640 texts, compared
with the rules before)."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text", [
    "Error 30007 México",
    "Twilio error 30003 Germany: messages undelivered",
    "code 21610 Brazil again",
    "our login OTPs are down since 9am",
    "login APIs return 500",
])
def test_error_codes_and_acronyms_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, value", [
    ("Please ship it to 10115 Berlin, Torstraße 5", "10115 Berlin"),
    ("my login is JSmith88 and it is locked", "JSmith88"),
    ("login: mike_t88 fails every morning", "mike_t88"),
])
def test_addresses_and_logins_still_go(text, value):
    assert value not in redact(text)[0]
