"""Rules written against the dev half of held-out PII set 6 (``tests/support/cases/pii_heldout6.py``): each with
sentences of its own (none copied from the set) and look-alikes that must stay, and a floor on the set's dev half.
Only the dev half (even indices) is asserted on: the odd half is the test figure, measured in bench.pii only."""

from __future__ import annotations

import pytest

from retrieval.redact import PLACEHOLDERS, redact
from tests.support.cases.pii import leaked
from tests.support.cases.pii_heldout6 import pii_cases, pii_look_alikes


@pytest.mark.parametrize("text, expected", [
    ("Portfolio link: https://folio.example/u/marta.kowalska.88 is blank", "Portfolio link: <URL> is blank"),
    ("see https://net.example/in/tomas-novak-77a1 for my badge", "see <URL> for my badge"),
    ("my page https://pages.example.org/people/aoife_byrne shows old data", "my page <URL> shows old data"),
    ("shared folder https://files.example/s/xk29/lena.vogel/ cannot be opened", "shared folder <URL> cannot be opened"),
    ("doc https://docs.example.net/d/77Q/view?owner=sam.ortiz is read-only", "doc <URL> is read-only"),
    ("Mi carpeta: https://nube.example/abc123 no sincroniza", "Mi carpeta: <URL> no sincroniza"),
    ("Мой профиль: https://social.example/k1m2 не открывается", "Мой профиль: <URL> не открывается"),
])
def test_urls_that_identify_a_person(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "The help page https://yourapp.example/help/export-csv is out of date",
    "Release notes at https://yourapp.example/blog/release-4.2.html mention nothing",
    "https://status.example.com/incidents/8812 says resolved but it is not",
    "the users/settings page https://yourapp.example/users/settings crashes",
    "The invoice https://billing.example/files/annual.report.pdf will not open",
    "the badge <img src=https://cdn.example/assets/html.gif> is broken",
])
def test_company_urls_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, name", [
    ("我叫陈思远，订阅扣了两次费。", "陈思远"),
    ("收件人：刘海波，地址写错了", "刘海波"),
    ("高橋健一と申します。ログインできません。", "高橋健一"),
    ("제 이름은 박지훈입니다. 환불 부탁드립니다.", "박지훈"),
    ("मेरा नाम रोहित वर्मा है और ऐप बंद हो जाता है", "रोहित वर्मा"),
    ("اسمي سارة القحطاني والتطبيق لا يفتح", "سارة القحطاني"),
])
def test_self_introductions_in_scripts_without_capitals(text, name):
    out = redact(text)[0]
    assert name not in out and "<NAME>" in out


@pytest.mark.parametrize("text", ["我是新用户，怎么导出数据？", "私は学生です。アプリが重い。", "नाम बदलने का विकल्प नहीं है"])
def test_introduction_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text", [
    "You asked for my BSN during sign-up. I typed 111222333 there and regret it.",  # 11-test passes
    "TFN again?? fine: 123 456 782",  # TFN weights pass
])
def test_an_identity_number_a_few_words_after_its_label_when_its_check_passes(text):
    assert "<ID>" in redact(text)[0]


def test_an_order_number_after_an_identity_word_stays_when_no_check_passes():
    text = "The BSN field is confusing; order 123456789 arrived late"
    assert redact(text)[0] == text


@pytest.mark.parametrize("text", [
    "Your hotline +1 (888) 555-0100 rang out after 20 minutes",
    "Ihre Servicenummer 0800 1234 567 ist kostenlos, aber niemand hebt ab",
    "Rechnung № 0047-55123 wurde doppelt gebucht",
    "@trailapp_support answered after a week",
])
def test_company_lines_handles_and_invoice_numbers_stay(text):
    assert redact(text)[0] == text


def test_a_personal_mobile_next_to_a_company_line_is_still_redacted():
    assert redact("Your support line 0800 555 0140 said to leave my mobile: 07700 900123")[0].endswith("<PHONE>")


def test_set6_dev_half_floor():
    dev = pii_cases()[::2]
    found = sum(not (leaked(v, redact(t)[0]) or v in redact(t)[0]) for _, _, v, t in dev)
    assert found / len(dev) >= 0.84
    looks = [t for _, t in pii_look_alikes()][::2]
    assert sum(any(p in redact(t)[0] for p in PLACEHOLDERS) for t in looks) <= 2


# Session 15, second round: rules written from held-out PII set 7 (dev since), each with sentences of its own.
@pytest.mark.parametrize("text, expected", [
    ("We live at the end of Mill Lane, the white cottage with the green gate, and the courier never finds it.",
     "We live <LOCATION>, and the courier never finds it."),
    ("Ich wohne im zweiten Haus hinter der Mühle in Kleinbach, bitte dort klingeln.",
     "Ich wohne <LOCATION>, bitte dort klingeln."),
    ("Comment by Olusegun Bakare: the export is broken", "Comment by <NAME>: the export is broken"),
    ('{"customer_name": "Ngozi Adeyemi", "score": 3}', '{"customer_name": "<NAME>", "score": 3}'),
    ("Lütfen Sayın Ayşe Kaya adına fatura kesin.", "Lütfen Sayın <NAME> adına fatura kesin."),
    ("请联系刘德明，他知道账号密码在哪里。", "请联系<NAME>，他知道账号密码在哪里。"),
    ("שמי דניאל כהן ואני לא מצליח להתחבר", "שמי <NAME> ואני לא מצליח להתחבר"),
    ("slides are in https://share.example.com/decks/Kofi_Mensah_onboarding", "slides are in <URL>"),
    ("the referral https://app.example.org/invite?vorname=Jonas fails", "the referral <URL> fails"),
    ("Позвонил на вашу горячую линию 8 800 555-35-35, никто не ответил.",
     "Позвонил на вашу горячую линию 8 800 555-35-35, никто не ответил."),
])
def test_second_round_rules(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "I live to travel and the offline maps are great.",
    "We live in the area and go every week.",
    "im in no mood for another update that breaks the floor plan view",
    '{"name": "dark mode", "enabled": true}',
    "https://yourapp.example/help/grace-period explains nothing",
    "เครื่องพิมพ์เชื่อมต่อไม่ได้",
])
def test_second_round_look_alikes_stay(text):
    assert redact(text)[0] == text


# Session 15, third round: rules written from held-out PII set 8 (dev since).
@pytest.mark.parametrize("text, expected", [
    ("My shipping address is 14 Orchard Row, Flat 2, Leeds LS6 1AB, please update it.",
     "My shipping address is <ADDRESS>, please update it."),
    ("Địa chỉ của tôi là 45 Lê Lợi, Quận 1, TP.HCM, shipper gọi nhầm.", "Địa chỉ của tôi là <ADDRESS>, shipper gọi nhầm."),
    ("收货地址：北京市海淀区中关村大街27号1201室，一直没送到。", "收货地址：<ADDRESS>，一直没送到。"),
    ("Saya tinggal di rumah biru dekat masjid, Desa Sukamaju, kurir sering nyasar.",
     "Saya tinggal di <LOCATION>, kurir sering nyasar."),
])
def test_third_round_rules(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "My address is outdated in the app and I can't change it.",
    "Shipping address field rejects everything, please fix.",
    "I live for the weekly challenges, great app.",
])
def test_third_round_look_alikes_stay(text):
    assert redact(text)[0] == text
