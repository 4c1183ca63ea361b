"""PII redaction on a seeded set of 200+ PII strings and on look-alikes that must survive."""

from __future__ import annotations

import pytest

from retrieval.redact import PLACEHOLDERS, luhn_ok, redact
from tests.support.cases.pii import NON_PII, leaked, pii_cases


def test_seeded_set_recall_and_false_positives():
    cases = pii_cases()
    assert len(cases) >= 200
    missed = [(k, v, out) for k, v, s in cases for out in [redact(s)[0]] if leaked(v, out)]
    recall = 1 - len(missed) / len(cases)
    false_pos = [s for s in NON_PII if any(p in redact(s)[0] for p in PLACEHOLDERS)]
    assert recall >= 0.97, missed[:10]
    assert len(false_pos) / len(NON_PII) <= 0.05, false_pos


@pytest.mark.parametrize("text, expected", [
    ("mail ana.b+x@example.co.uk now", "mail <EMAIL> now"),
    ("card 4111-1111-1111-1111.", "card <CARD>."),
    ("order 1234 5678 9012 3456", "order 1234 5678 9012 3456"),  # fails Luhn: not a card
    ("我的手机 13812345678 和 +86 138 1234 5678", "我的手机 <PHONE> 和 <PHONE>"),
    ("from 192.168.1.20 on v4.3.0", "from <IP> on v4.3.0"),
    ("see https://x.example.com/reset?token=abc123 and https://x.example.com/help", "see <URL> and https://x.example.com/help"),
])
def test_specific_cases(text, expected):
    assert redact(text)[0] == expected


def test_luhn():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
