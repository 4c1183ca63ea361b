"""Rules written against the dev half of held-out PII set 5 (``tests/support/cases/pii_heldout5.py``): each with
sentences of its own (none copied from the set) and look-alikes that must stay, and a floor on the set's dev half.

Only the dev half (even indices) is asserted on: the odd half is the honest test figure and is only ever measured.
Measured once after these rules (``/work/coord/piiscore.py``): dev recall 0.7667 -> 1.0, look-alikes changed 0/60 ->
0/60; test recall 0.7722 -> 0.8778, look-alikes changed 4/60 -> 4/60; 19 of 6,841 real reviews changed, as before.
"""

from __future__ import annotations

import pytest

from retrieval.redact import PLACEHOLDERS, redact
from tests.support.cases.pii import leaked
from tests.support.cases.pii_heldout5 import pii_cases, pii_look_alikes


@pytest.mark.parametrize("text, expected", [
    ("Ride summary puts my driveway at 51.50136, -0.14189 for everyone to see",
     "Ride summary puts my driveway at <LOCATION> for everyone to see"),
    ("pinned (34.05223,-118.24368) as home", "pinned (<LOCATION>) as home"),
    ("Shared trip shows 48.8584 N, 2.2945 E as the start", "Shared trip shows <LOCATION> as the start"),
    ("export row: latitude: 52.520, longitude: 13.405 — my street",
     "export row: <LOCATION> — my street"),
    ("?lat=59.3293&lng=18.0686 is in the share link", "?<LOCATION> is in the share link"),
    ("The photo EXIF says 41°24'12.2\"N 2°10'26.5\"E, that is my flat",
     "The photo EXIF says <LOCATION>, that is my flat"),
    ("Coordinates 46.8523, -121.7603", "Coordinates <LOCATION>"),  # was kept as "not a phone"; a place, not a phone
    ("Courier should ring at Apt 12B, 5th floor please", "Courier should ring at <ADDRESS> please"),
    ("Paket bitte im Vorderhaus, 2. OG links abgeben", "Paket bitte im <ADDRESS> abgeben"),
    ("Livrez au 4e étage droite s'il vous plaît", "Livrez au <ADDRESS> s'il vous plaît"),
    ("Dejen el paquete en el 3º izquierda, gracias", "Dejen el paquete en el <ADDRESS>, gracias"),
])
def test_locations_in_running_text(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Chart range 12.57, -45.21 looks wrong",  # two decimals: a chart value, not a doorstep
    "p-values were 0.0312, 0.0047 in the export",  # two fractions
    "Pace 5.2134 4.9981 min/km in the split table",  # no comma and no hemisphere letter between them
    "Rotate the map 90° right and it freezes",
    "3. Stock levels are wrong after the sync",  # a numbered list item
    "The tyre went flat after 3 days",
    "Flat fee of 4.99 is fine",
])
def test_location_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("Deliveries to 233 E 14th St keep bouncing", "Deliveries to <ADDRESS> keep bouncing"),  # direction, ordinal
    ("Address: House 7, Green Park Colony, 3rd Cross Road, Koramangala, Bengaluru 560034. Still waiting.",
     "Address: <ADDRESS>. Still waiting."),  # after a label: any country's shape
    ("mi dirección es Av. Reforma 222, Col. Juárez, ya la actualicé", "mi dirección es <ADDRESS>, ya la actualicé"),
    ("Adres: Atatürk Bulvarı No: 45 D: 3, Çankaya/Ankara lütfen", "Adres: <ADDRESS> lütfen"),
    ("Kirim ke Jl. Merdeka No. 17, Bandung ya", "Kirim ke <ADDRESS> ya"),
    ("Blk 88 Tampines Ave 5 #11-230 never gets the parcel", "<ADDRESS> never gets the parcel"),
    ("Please send it to 1-2-3 Ginza, Chuo-ku, Tokyo 104-0061 instead", "Please send it to <ADDRESS> instead"),
    ("住所は大阪府大阪市北区梅田2丁目4-9です。", "住所は<ADDRESS>です。"),
    ("请寄到北京市朝阳区建国路88号2栋1502室，谢谢", "请寄到<ADDRESS>，谢谢"),
    ("배송지는 서울특별시 강남구 테헤란로 152 입니다", "배송지는 <ADDRESS> 입니다"),
])
def test_address_shapes(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "My address is wrong in the app since 3 updates",  # no capital word in what follows the label
    "The IP address: 3 devices share it",
    "3-2-1 Countdown, Liftoff mode is fun",  # block numbers but no ward
    "Version 2.3 added 4th Street view",
    "Block 5 of the course won't load",
    "東京都の天気が3日間表示されません。",  # a prefecture, no district and block number
    "Calle 13 is my favourite band",
])
def test_address_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("The reminder mail links to https://news.example.org/prefs?user=ana.lima%40example.com&lang=en now",
     "The reminder mail links to <URL> now"),  # a value that is an e-mail address
    ("see https://shop.example.com/track?order=5512&tel=%2B447700900123", "see <URL>"),
    ("form prefilled: https://forms.example.com/f?first_name=Ana&plan=pro", "form prefilled: <URL>"),
    ("Mein Profil https://www.xing.com/profile/Petra_Kuhn2 ist sichtbar", "Mein Profil <URL> ist sichtbar"),
    ("my shop https://www.etsy.com/shop/InkAndOakByMila is linked", "my shop <URL> is linked"),
    ("portfolio at behance.net/x is fine but https://www.behance.net/mila_designs leaks",
     "portfolio at behance.net/x is fine but <URL> leaks"),
    ("support chat sent me to https://wa.me/447700900456", "support chat sent me to <URL>"),
])
def test_personal_urls(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "https://example.com/search?q=dark+mode&page=2 shows nothing",
    "The link https://example.com/help?topic=phone&id=12 is dead",  # a parameter about phones, no number in it
    "https://status.example.com/?tel=1 is an odd flag",
    "Docs at https://www.etsy.com/help are out of date",
    "Install from https://note.com/ is broken",
])
def test_url_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("SIN 046 454 286 shows on my T4 slip in the app", "SIN <ID> shows on my T4 slip in the app"),
    ("Mitt personnummer är 811228-9874, ta bort det", "Mitt personnummer är <ID>, ta bort det"),
    ("Rijksregisternummer: 93.05.18-223.61 staat op de factuur", "Rijksregisternummer: <ID> staat op de factuur"),
    ("TC kimlik no 10000000146 ekranda görünüyor", "TC kimlik no <ID> ekranda görünüyor"),
    ("il CF RSSMRA85T10A562S compare in chiaro", "il CF <ID> compare in chiaro"),  # codice fiscale, check letter
    ("they asked for S1234567D at the counter", "they asked for <ID> at the counter"),  # NRIC, check letter
    ("my card 784-1990-1234567-6 was scanned", "my card <ID> was scanned"),  # Emirates ID, Luhn
    ("身份证号码：11010519491231002X 被显示了", "身份证号码：<ID> 被显示了"),
    ("주민등록번호는 850101-1234567 입니다", "주민등록번호는 <ID> 입니다"),
])
def test_identity_numbers(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Sin embargo la app 2024 funciona mejor",  # Spanish "sin" is no label
    "Code RSSMRA85T10A562X fails",  # codice fiscale shape, wrong check letter
    "Ticket S1234567A is still open",  # NRIC shape, wrong check letter
    "Order 110105194912310021 never shipped",  # resident-ID shape, wrong check digit
    "Fin de semana: 3 errores",
])
def test_identity_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("The form wants a birth date and when I put 1999-02-14 it crashes",
     "The form wants a birth date and when I put <DOB> it crashes"),
    ("Geburtsdatum (bei mir 03.11.1972) wird falsch angezeigt", "Geburtsdatum (bei mir <DOB>) wird falsch angezeigt"),
    ("Nací el 7 de marzo de 1988 y la app dice que soy menor", "Nací el <DOB> y la app dice que soy menor"),
    ("Urodziłem się 4 lipca 1979, a aplikacja pokazuje inny rok", "Urodziłem się <DOB>, a aplikacja pokazuje inny rok"),
    ("Doğum tarihim 12 Ekim 1991 olarak kayıtlı değil", "Doğum tarihim <DOB> olarak kayıtlı değil"),
    ("生年月日：1979年11月3日が表示されます", "生年月日：<DOB>が表示されます"),
    ("생년월일 1990년 5월 17일 입력이 안 돼요", "생년월일 <DOB> 입력이 안 돼요"),
])
def test_dates_of_birth(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "The date of birth picker broke after the 12/03/2024 update",  # a release date after the label
    "Birth date field: since 01.02.2023 it is greyed out",
    "Born to run: the 5 May 2024 challenge was great",  # "born" alone is no strong label for a distant date
    "生日礼物活动在2024年12月1日结束",  # a birthday promotion, no label right before the date
])
def test_date_of_birth_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("Support wanted my PIN, so I sent 5190 over chat", "Support wanted my PIN, so I sent <SECRET> over chat"),
    ("收到的验证码是 804213，为什么不能用", "收到的验证码是 <SECRET>，为什么不能用"),
    ("認証コードは372915でしたが無効でした", "認証コードは<SECRET>でしたが無効でした"),
    ("인증번호 558120 입력했는데 안 돼요", "인증번호 <SECRET> 입력했는데 안 돼요"),
    ("密码：Hx93!kq 被显示在日志里", "密码：<SECRET> 被显示在日志里"),
    ("Passordet Fjord2021! virker ikke", "Passordet <SECRET>! virker ikke"),
    ("Şifrem Kedi_4455 ama giriş yapamıyorum", "Şifrem <SECRET> ama giriş yapamıyorum"),
])
def test_codes_and_passwords(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "The PIN screen froze and I typed 1234 times before it worked",  # a count after the verb
    "Password reset sent 2024 emails to the whole team",  # a count, and a year
    "エラーコード 5003 が出ます",  # an error code, not a one-time code
    "密码错误 3 次后被锁定",  # "wrong password 3 times"
])
def test_code_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, expected", [
    ("The card is still in my mother's name, Edith M. Okonkwo, please fix", "The card is still in my mother's name, "
     "<NAME>, please fix"),  # a middle initial
    ("Interviewee I3 (Olamide Fashola) could not find the filters",
     "Interviewee I3 (<NAME>) could not find the filters"),
    ("Meine Tochter Lena Hoffmann hat das Abo gekündigt", "Meine Tochter <NAME> hat das Abo gekündigt"),
    ("mon fils Théo Marchand a acheté des crédits", "mon fils <NAME> a acheté des crédits"),
    ("Nama saya Dewi Lestari, tolong hapus akun saya", "Nama saya <NAME>, tolong hapus akun saya"),
    ("great update overall. cheers, tomasz wierzbicki", "great update overall. cheers, <NAME>"),
    ("オペレーターの佐々木さんが丁寧でした", "オペレーターの<NAME>さんが丁寧でした"),
    ("어제 박지훈 님께서 환불해 주셨어요", "어제 <NAME> 님께서 환불해 주셨어요"),
    ("المندوب خالد الشمري تأخر ساعتين", "المندوب <NAME> تأخر ساعتين"),
])
def test_names(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "thanks, great app",  # lower case after a closing: ordinary words
    "Die Kollegen vom Support waren schnell",  # a person noun, no name after it
    "担当者様からの返信がありません",  # a role before the honorific
    "고객님 문의가 접수되었습니다",  # "customer" + honorific
    "배달원님이 늦게 오셨어요",  # a three-syllable role
    "Participant P7 struggled with the export",
])
def test_name_look_alikes_stay(text):
    assert redact(text)[0] == text


def test_set5_dev_floor():
    """Dev half only (even indices): recall and look-alikes. The odd half is the reported test figure."""
    cases = [c for i, c in enumerate(pii_cases()) if i % 2 == 0]
    missed = [(kind, value) for kind, _, value, text in cases if leaked(value, out := redact(text)[0]) or value in out]
    assert 1 - len(missed) / len(cases) >= 0.98, missed
    looks = [text for i, (_, text) in enumerate(pii_look_alikes()) if i % 2 == 0]
    changed = [text for text in looks if any(p in redact(text)[0] for p in PLACEHOLDERS)]
    assert changed == []
