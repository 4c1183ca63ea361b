"""Session 21's redaction rules (written from the misses of held-out PII set 17, dev since; the texts here are new):
file-sharing links, profile links glued to Japanese text, registration plates, identity numbers by their Kazakh,
Malaysian and Pakistani names, codes and passwords a few words after their name, dates of birth in more calendars
and languages, a role noun before a person's name; and the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, value", [
    ("Los recibos están aquí: https://drive.google.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR/view", "1aB2cD3eF4gH5iJ6kL7mN8"),
    ("Zdjęcia uszkodzeń: https://www.dropbox.com/s/k3j9x2m7q1w8/paczka.jpg?dl=0", "k3j9x2m7q1w8"),
    ("Filmpje van de bug: https://we.tl/t-Xy7pQ2rS9k", "t-Xy7pQ2rS9k"),
    ("プロフィールはhttps://instagram.com/yuki_mori88です。", "yuki_mori88"),
    ("Follow me https://www.snapchat.com/add/lena.w91 for the video.", "lena.w91"),
])
def test_share_and_profile_links_go(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Compare the plans at https://www.dropbox.com/plans before you upgrade.",
    "WeTransfer's page https://wetransfer.com/pricing changed the limits.",
    "https://x.com/home は重いです。",
])
def test_a_sites_own_pages_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, plate", [
    ("Das Kennzeichen M-KL 4821 wurde beim Parken falsch erfasst.", "M-KL 4821"),
    ("Mi coche con matrícula 4821 KLM fue multado por error.", "4821 KLM"),
    ("Samochód o numerze rejestracyjnym WX 48213 stoi na waszym parkingu od tygodnia.", "WX 48213"),
    ("Min bil ABC 12D blev bortforslad.", "ABC 12D"),
    ("Моя машина АХ 1234 ВК стоит на парковке.", "АХ 1234 ВК"),
    ("06 ABC 123 plakalı araç için ceza geldi.", "06 ABC 123"),
    ("번호판 12가 3456 차량이 견인됐어요.", "12가 3456"),
])
def test_registration_plates_go(text, plate):
    assert plate not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "My car is a BMW X5 2021 and the app crashes on Android Auto.",
    "Registration failed with error 404 again.",
    "The auto HDR 10 mode is broken since the update.",
    "Номер 12 в списке пропал.",
    "My car 2019 model is not in the list.",
])
def test_cars_and_registrations_without_a_plate_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, value", [
    ("ЖСН: 920415300128, өтінім қабылданбады.", "920415300128"),
    ("No. MyKad saya 850101-14-5567, tolong kemas kini.", "850101-14-5567"),
    ("میرا شناختی کارڈ نمبر 42101-1234567-1 ہے۔", "42101-1234567-1"),
    ("マイナンバー『1234 5678 9012』が登録できません。", "1234 5678 9012"),
])
def test_identity_numbers_by_their_names(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text, value", [
    ("J'ai mis le code PIN de la carte bancaire à 7391 hier.", "7391"),
    ("Zmieniłem hasło na Lato#2024x i nie mogę się zalogować.", "Lato#2024x"),
    ("비밀번호를 moon88!!로 변경했어요.", "moon88!!"),
    ("Nimeweka PIN ya benki kuwa 6612 jana.", "6612"),
    ("Tunnuslukuni on 4471 mutta kortti ei toimi.", "4471"),
    ("PIN kartu saya 907311, tolong diblokir.", "907311"),
])
def test_codes_and_passwords_a_few_words_after_their_name(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "The PIN screen shows error 4012 every time.",
    "My PIN was blocked since 2023 and nobody helps.",
    "The PIN pad takes 3 tries and 10 seconds.",
    "Hasło na pewno jest poprawne.",
])
def test_error_numbers_years_and_words_after_a_code_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, value", [
    ("Syntymäaikani on 12.3.1981, se on väärin tiedoissa.", "12.3.1981"),
    ("تاریخ تولد من ۱۳۷۰/۰۲/۱۵ است.", "۱۳۷۰/۰۲/۱۵"),
    ("วันเกิดของผมคือ 3 มกราคม 2535 ครับ", "3 มกราคม 2535"),
    ("Tôi sinh ngày 2 tháng 9 năm 1988 nhưng hồ sơ ghi sai.", "2 tháng 9 năm 1988"),
])
def test_dates_of_birth_in_more_languages(text, value):
    assert value not in redact(text)[0]


def test_a_vietnamese_date_that_is_no_birthday_stays():
    text = "Đơn hàng ngày 14 tháng 2 năm 2024 chưa được giao."
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, name", [
    ("Stížnost na technika Pavla Horáka, nechal tu nepořádek.", "Pavla Horáka"),
    ("Спасибо, что прислали курьера Наталью Смирнову, всё быстро.", "Наталью Смирнову"),
    ("Ο γιατρός Νίκο Παπαδάκη ήταν πολύ ευγενικός.", "Παπαδάκη"),
    ("快递员李明华直接把包裹放门口了。", "李明华"),
])
def test_a_person_after_a_role_noun(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Technik Samsung Electronics nic nie pomógł.",
    "Kurier DPD Polska zgubił paczkę.",
    "Der Kölner Dom liegt bei 50.9413, 6.9583, eure Karte zeigt ihn daneben.",  # "Dom": no Polish home word
])
def test_companies_after_a_role_noun_and_a_cathedral_stay(text):
    assert redact(text)[0] == text


# Second round (from held-out PII set 18, dev since; new texts).
@pytest.mark.parametrize("text, value", [
    ("Nová adresa je Jasmínová 12/4, 130 00 Praha 3.", "Jasmínová 12/4"),
    ("Adresa ime është Rruga Myslym Shyri 21, Ap. 5, Tiranë.", "Myslym Shyri 21"),
    ("Io abito in Via Roma 14, 20121 Milano, non al 41.", "Via Roma 14"),
    ("Trimiteți coletul la Str. Florilor nr. 9, bl. A2, ap. 12, Iași, vă rog.", "Florilor nr. 9"),
    ("địa chỉ của mình là số 12 ngõ 5 Láng Hạ, Hà Nội nhé.", "số 12 ngõ 5"),
    ("Escribidme a pedro.lago arroba hotmail punto es por favor.", "pedro.lago"),
    ("Aquí está mi casa: https://maps.app.goo.gl/AbC123xYz789", "AbC123xYz789"),
    ("Link do resetu: https://konto.example.pl/reset-hasla?k=a8f3c91b77e2d4f0 nie działa.", "a8f3c91b77e2d4f0"),
    ("생년월일을 1990년 3월 2일로 바꿔 주세요.", "1990년 3월 2일"),
    ("Η ημερομηνία γέννησής μου είναι 02/05/1985, διορθώστε την.", "02/05/1985"),
    ("Me piden la CURP: PEGJ900512HDFRRN05 y no la acepta.", "PEGJ900512HDFRRN05"),
    ("Kimlik numaram (10000000146) sistemde görünmüyor.", "10000000146"),
    ("パスワードを「sora2020!」に変えました。", "sora2020!"),
    ("Uso il codice di recupero ab12-cd34-ef56 ma non entra.", "ab12-cd34-ef56"),
])
def test_second_round_values_go(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text, name", [
    ("Курьер представился Олегом Сидоровым и ушёл.", "Олегом Сидоровым"),
    ("Shipper tên Nguyễn Văn An gọi nhầm số.", "Nguyễn Văn An"),
    ("상담원 김하늘 씨가 친절했어요.", "김하늘"),
    ("Ρωτήστε τον Κώστα Παπαδόπουλο για την παραγγελία.", "Παπαδόπουλο"),
    ("დიდი მადლობა ნანა კაპანაძეს დახმარებისთვის.", "კაპანაძეს"),
    ("Dobrý den, pane Procházko, kdy přijedete?", "Procházko"),
    ("डिलीवरी बॉय सुनील वर्मा ने पार्सल फेंक दिया।", "सुनील वर्मा"),
    ("תודה רבה לנציגה מירב כהן על העזרה.", "מירב כהן"),
    ("客服欧阳明非常耐心。", "欧阳明"),
])
def test_second_round_names_go(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "The address on the invoice is the company's, not mine.",
    "বাংলাদেশে ডেলিভারি চার্জ এত বেশি কেন?",
    "השליח הולך לכתובת אחרת כל פעם.",
    "ขอบคุณมาก แอปใช้ง่าย และเร็วดี ใช้ทุกวัน ไม่มีปัญหาเลย",
    "Շնորհակալություն արագ օգնության համար։",
    "Check https://www.google.com/maps for the shop and https://example.com/verify-email for the docs.",
    "Our site: example dot com.",
])
def test_second_round_look_alikes_stay(text):
    assert redact(text)[0] == text


# Third round (from held-out PII set 19, dev since; new texts).
@pytest.mark.parametrize("text, value", [
    ("Ich bin am 3. Mai 1979 geboren, die App glaubt mir nicht.", "3. Mai 1979"),
    ("Datum narození 7. 11. 1990 nejde uložit.", "7. 11. 1990"),
    ("میری تاریخ پیدائش 2 مارچ 1988 ہے۔", "2 مارچ 1988"),
    ("Машина с госномером А 123 ВС 77 стоит у шлагбаума.", "А 123 ВС 77"),
    ("Min bil med nummerpladen AB 12 345 fik en bøde.", "AB 12 345"),
    ("환불은 우리은행 1002-345-678901 계좌로 보내 주세요.", "1002-345-678901"),
    ("返金は普通預金 1234567 にお願いします。", "1234567"),
    ("Переведите на счёт 40817810099910004312, пожалуйста.", "40817810099910004312"),
    ("Pošlete to na účet 19-2000145399/0800.", "19-2000145399/0800"),
    ("Schreiben Sie an max punkt muster at web punkt de.", "max punkt muster"),
])
def test_third_round_values_go(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text, name", [
    ("കസ്റ്റമർ കെയറിലെ രമ്യ നായർ വളരെ സഹായിച്ചു.", "രമ്യ നായർ"),
    ("ಡೆಲಿವರಿ ಹುಡುಗ ರವಿ ಕುಮಾರ್ ಪಾರ್ಸೆಲ್ ಕೊಟ್ಟರು.", "ರವಿ ಕುಮಾರ್"),
    ("پیک به نام رضا کریمی سفارش را نیاورد.", "رضا کریمی"),
    ("Asentaja Matti-Pekka Virtanen ei tullut sovittuna päivänä.", "Matti-Pekka Virtanen"),
    ("ਡਿਲਿਵਰੀ ਵਾਲੇ ਹਰਜੀਤ ਸਿੰਘ ਗਿੱਲ ਨੇ ਪਾਰਸਲ ਸੁੱਟ ਦਿੱਤਾ।", "ਗਿੱਲ"),
])
def test_third_round_names_go(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Серійний номер пристрою SN-4829-AX17 не приймається.",
    "Счёт 12345 за март оплачен.",
    "The app was released on 12 March 2021 and born from a hackathon.",
    "ग्राहक सेवा बहुत खराब है।",
])
def test_third_round_look_alikes_stay(text):
    assert redact(text)[0] == text
