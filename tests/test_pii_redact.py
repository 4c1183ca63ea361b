"""PII redaction: the dev sets (thresholds the rules were tuned to), the phone grammar and name rules one case at a
time, and a floor under the held-out test sets so a change that breaks them fails here too (the figures reported
for them come from ``bench/pii.py``)."""

from __future__ import annotations

import re

import pytest

from retrieval.redact import PLACEHOLDERS, luhn_ok, redact
from tests.support.cases.names import names_dev, names_test, not_names
from tests.support.cases.pii import NON_PII, leaked, pii_cases
from tests.support.cases.phone_test_set2 import phone_cases, phone_look_alikes
from tests.support.cases.pii_test_set import non_pii_test, pii_test_cases


def _name_leaked(names: list[str], text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names)


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
    ("from 81.2.69.160 on v4.3.0", "from <IP> on v4.3.0"),  # (a home network's 192.168.x.x stays: session 22)
    # Four-part versions (Android, Windows builds) with a version word before or after them are not addresses.
    ("updated to 4.1.0.2 and after the 1.3.1.1 update, App Version Name: 1.0.0.6",
     "updated to 4.1.0.2 and after the 1.3.1.1 update, App Version Name: 1.0.0.6"),
    ("IP 81.2.69.161 update failed", "IP <IP> update failed"),
    ("LoveTester and ThanksGiving are apps.\nLove,\nMaria", "LoveTester and ThanksGiving are apps.\nLove,\n<NAME>"),
    ("see https://x.example.com/reset?token=abc123 and https://x.example.com/help", "see <URL> and https://x.example.com/help"),
    ("DM me @sarah_k or (@Ana.Lopez).", "DM me <HANDLE> or (<HANDLE>)."),
    ("meet @ 5pm, write ana@example.com, =@SUM(A1:A3)", "meet @ 5pm, write <EMAIL>, =@SUM(A1:A3)"),
    # spelt with "dot" in the name too, and spaces around the @
    ("write to ana dot lima at gmail dot com", "write to <EMAIL>"), ("ana.lima @ gmail.com", "<EMAIL>"),
    # a person's page on a social network; a repository, a group page or the bare site is no one
    ("my profile https://facebook.com/ana.lima.77.", "my profile <URL>."),
    ("see linkedin.com/in/ana-lima-123, or tiktok.com/@ana.hikes", "see <URL>, or <URL>"),
    ("github.com/trailmix/app/issues/12 and facebook.com/groups/trailmix, I use facebook.com daily",
     "github.com/trailmix/app/issues/12 and facebook.com/groups/trailmix, I use facebook.com daily"),
    ("the tutorial youtube.com/watch?v=dQw4w9WgXcQ helped", "the tutorial youtube.com/watch?v=dQw4w9WgXcQ helped"),
    # health and tax numbers behind their label; a German "geb." birth date
    ("medicare 2123 45670 1, TFN 123 456 782", "medicare <ID>, TFN <ID>"), ("geb. 14.03.1988", "geb. <DOB>"),
    # a shouted word after "login" or "password" is no login or password (a tester's review lost "KEEPS")
    ("LOGIN KEEPS FAILING SINCE THE UPDATE", "LOGIN KEEPS FAILING SINCE THE UPDATE"),
    ("PASSWORD RESET NEVER ARRIVES", "PASSWORD RESET NEVER ARRIVES"),
    ("USERNAME KENJI_88 CANNOT LOG IN, my login is xXSniperQueenXx", "USERNAME <HANDLE> CANNOT LOG IN, my login is <HANDLE>"),
])
def test_specific_cases(text, expected):
    assert redact(text)[0] == expected


def test_luhn():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


@pytest.mark.parametrize("text", [
    "ring me on 0612345678 tonight", "Tel. 030 1234567", "call +49 30 1234567", "dial 0049 30 1234567",
    "from the US: 011 44 20 7946 0958", "(02) 9374 4000 works best", "+44 (0)20 7946 0958", "+7 (495) 123-45-67",
    "8 (912) 345-67-89", "03-1234-5678 is the office", "0151 23456789", "phone: 22 33 44 55", "mobile 612 345 678",
    "(415) 555-0132 ext. 12", "tel:+14155550123", "電話番号は090-1234-5678です", "０９０－１２３４－５６７８",
    "call 06 12 34 56 78 09:00-17:00",
    # A phone word next to a local number of a plan the grammar has no shape for (7-8 digits after a trunk 0), or
    # after it; a short number right after a word that names it.
    "Contact: 02 125 307", "Erreichbar bin ich unter 0664 1234 (auch WhatsApp).", "Contact: 31305", "电话是310 837",
    "my number is 21 526", "Vous pouvez me joindre au 22 45 84 22 en journée.",
])
def test_phone_grammar_finds_numbers_of_any_plan(text):
    out = redact(text)[0]
    assert "<PHONE>" in out and not re.search(r"\d{3}", out.replace("<PHONE>", "")), out


@pytest.mark.parametrize("text", [
    "Since 31.12.2026 it crashes", "On 2026/10/05 it froze", "SKU 100-200-300 is out of stock",
    "Order 4521 8876 1109 never came", "My watch model is 010-02540-00", "Version 1.2.3.4 fixed it",
    "firmware 3.40.06.18", "Plus costs 1.299,00 € im Jahr", "12 345 678 downloads", "ISBN 978-3-16-148410-0",
    "Ticket #2026-10-0457 still open", "4 096 MB RAM", "Years 2019-2026",
    # A date and a time is a timestamp, not a grouped phone number ("2026-10-01 09" has ten digits in four groups).
    "Since 2026-10-01 09:00:00 it crashes", "Crashed at 01.10.2026 09:15", "at 09:00 2026-10-01 it froze",
    # Short numbers stay unless a word right before names them as a phone: "reach" is no such noun.
    "I reach 10000 steps a day", "Called 3 times, waited 45 minutes", "Order number: 55123", "we are 12345 users",
])
def test_numbers_that_are_not_phone_numbers_survive(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("Maps fail.\nRegards,\nAisha Okafor", "Maps fail.\nRegards,\n<NAME>"),
    ("Maps fail. Thanks, Chloe", "Maps fail. Thanks, <NAME>"),
    ("Maps fail.\n-- Diego", "Maps fail.\n-- <NAME>"),
    ("Hi Sarah,\nmaps fail", "Hi <NAME>,\nmaps fail"),
    ("My name is Liam O'Neill and maps fail", "My name is <NAME> and maps fail"),
    ("Cordialement,\nJean van der Berg", "Cordialement,\n<NAME>"),
    ("Regards, Support team", "Regards, Support team"),
    ("Thanks, Garmin sync works now!", "Thanks, Garmin sync works now!"),
    ("Dear Trailmix team,\nmaps fail", "Dear Trailmix team,\nmaps fail"),
    ("Hiked in Jordan last week", "Hiked in Jordan last week"),
    ("I love Ess-a-bagel, but it is far", "I love Ess-a-bagel, but it is far"),
])
def test_names_in_signatures_greetings_and_introductions(text, expected):
    assert redact(text)[0] == expected


def test_names_dev_set_recall_and_look_alikes():
    cases = names_dev()
    missed = [(f, t) for f, names, t in cases if _name_leaked(names, redact(t)[0])]
    assert len(missed) / len(cases) <= 0.05, missed[:5]
    redacted = [t for t in not_names() if "<NAME>" in redact(t)[0]]
    assert len(redacted) <= 2, redacted


def test_held_out_sets_stay_above_their_floor():
    """Floors under the test sets, set below the figures measured when they were first scored (bench/pii.py):
    a rule change that loses general coverage fails here; the sets are never used to choose patterns."""
    cases = pii_test_cases()
    missed = [v for k, v, s in cases if leaked(v, redact(s)[0])]
    assert 1 - len(missed) / len(cases) >= 0.95, missed[:10]
    changed = [t for _, t in non_pii_test() if redact(t)[0] != t]
    assert len(changed) <= 3, changed  # 1 since postcodes next to a town are redacted ("Postcode 75008 Paris")
    names = [(f, n, t) for f, n, t in names_test() if f != "mid_sentence"]
    missed_names = [t for _, n, t in names if _name_leaked(n, redact(t)[0])]
    assert 1 - len(missed_names) / len(names) >= 0.9, missed_names[:5]
    mid = [(n, t) for f, n, t in names_test() if f == "mid_sentence"]  # first scored at 14 of 16
    assert sum(not _name_leaked(n, redact(t)[0]) for n, t in mid) >= 12
    phones = phone_cases()  # first scored at 0.9208, 3 of 80 look-alikes changed
    missed_phones = [v for _, v, t in phones if leaked(v, redact(t)[0]) or v in redact(t)[0]]
    assert 1 - len(missed_phones) / len(phones) >= 0.9, missed_phones[:10]
    assert sum(redact(t)[0] != t for t in phone_look_alikes()) <= 4


@pytest.mark.parametrize("text, expected", [
    # A card printed in four groups whose first twelve digits pass the Aadhaar check was stored as "<ID> 6467"
    # (tester, session 31), its last four digits kept; the whole number is the card.
    ("on my card 4539 1488 0343 6467.", "on my card <CARD>."),
    ("Aadhaar 2345 6789 0123 here", "Aadhaar <ID> here"),
    # Bank numbers behind the short labels people write: "acct", "checking account", "routing" (a US routing number
    # was read as a phone number and the account number was kept).
    ("Routing 021000021, checking acct 4829301174 please refund", "Routing <ID>, checking acct <ID> please refund"),
    ("paid twice from my checking account 000123456789", "paid twice from my checking account <ID>"),
    # and what only looks like them stays
    ("my acct was locked 3 times since 5.2.1", "my acct was locked 3 times since 5.2.1"),
    ("the routing issue is back in 5.2.1", "the routing issue is back in 5.2.1"),
    # a number introduced as a card is one whatever its check digit (a language-app tester's mistyped Visa number
    # was shown whole); an order number of as many digits stays
    ("I was charged on my Visa card 4532 7788 1290 4417 without warning.",
     "I was charged on my Visa card <CARD> without warning."),
    ("Kreditkarte: 4532778812904417 wurde zweimal belastet", "Kreditkarte: <CARD> wurde zweimal belastet"),
    ("order 4532778812904417 is late", "order 4532778812904417 is late"),
    # ... and a few words after it (an analytics tester's NPS comment was stored whole)
    ("The card charged was 4532 7788 1290 4417.", "The card charged was <CARD>."),
    ("The tracking number was 4532 7788 1290 4417", "The tracking number was 4532 7788 1290 4417"),
])
def test_cards_in_groups_and_bank_numbers_behind_short_labels(text, expected):
    assert redact(text)[0] == expected
