"""Session 22's redaction rules (written from the misses of held-out PII set 20, dev since; the texts here are new):
addresses that name no one (a home network's, a public resolver's) stay; e-mail addresses in other scripts and
spelt in brackets, what3words, map short links and group invite links; plates, the Iranian national code, an Irish
PPS number by its check letter, British, New Zealand and Indian bank accounts; postcodes of more countries, which
join the address parts around them; forms of address in more languages, sign-offs in Japanese, Chinese and Persian,
and a writer who introduces themself in lower case; and the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text", [
    "My router's admin page at 192.168.1.1 stopped loading after the update.",
    "El NAS tiene la IP 10.0.0.42 y la app no lo encuentra.",
    "Mit 9.9.9.9 als DNS lädt alles, mit eurem nicht.",
    "Le Wi-Fi donne 172.20.10.3 au téléphone puis coupe.",
    "localhost (127.0.0.1) refuses the connection.",
])
def test_addresses_that_name_no_one_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, value", [
    ("My home IP is 81.2.69.160, please unblock it.", "81.2.69.160"),
    ("Blocked from 172.58.14.9 (mobile carrier).", "172.58.14.9"),
    ("Call me on 555.123.4567 tomorrow.", "555.123.4567"),
])
def test_a_customers_own_address_and_a_dotted_phone_still_go(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text, value", [
    ("Напишите на олег.петров@почта.рф, пожалуйста.", "олег.петров@почта.рф"),
    ("कृपया अनीता@उदाहरण.भारत पर जवाब दें।", "अनीता@उदाहरण.भारत"),
    ("Meine Adresse: lena [punkt] vogt [at] posteo [punkt] de", "lena [punkt] vogt [at] posteo [punkt] de"),
    ("Our gate is at ///candle.orbit.fresh for the driver.", "///candle.orbit.fresh"),
    ("위치: https://naver.me/Gx7Lp2Qa 입니다", "https://naver.me/Gx7Lp2Qa"),
    ("Grup davet linkimiz https://chat.whatsapp.com/Hq3ZpL8vXk2RtY7mN4cB9w yanlışlıkla paylaşıldı.",
     "https://chat.whatsapp.com/Hq3ZpL8vXk2RtY7mN4cB9w"),
])
def test_addresses_links_and_three_words_go(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Wrote to support@example.co.jpに but no answer.",
    "Send feedback to hello@example.com, the team reads it.",
    "Our Discord is linked on https://www.whatsapp.com/download and the site.",
])
def test_company_addresses_and_site_pages_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, value", [
    ("Aracımın plakası 06 KTR 419, otoparkta çizildi.", "06 KTR 419"),
    ("Numărul de înmatriculare CJ 07 XYZ nu apare în aplicație.", "CJ 07 XYZ"),
    ("Appen hittar inte min registreringsskylt ABC 12D.", "ABC 12D"),
    ("پلاک ماشین من ۱۲ ب ۳۴۵ ایران ۶۷ است.", "۱۲ ب ۳۴۵ ایران ۶۷"),
    ("کد ملی من ۰۰۱۲۳۴۵۶۷۸ است ولی سامانه قبول نمی‌کند.", "۰۰۱۲۳۴۵۶۷۸"),
    ("Seo é m'uimhir PPS: 1234567T, ach níl sé ag obair.", "1234567T"),
    ("Refund it to 20-00-00 55779911 please, the card is cancelled.", "20-00-00 55779911"),
    ("Please pay it into 06-0254-0123456-00.", "06-0254-0123456-00"),
    ("Account 123456789012 (IFSC SBIN0001234) is mine.", "123456789012"),
    ("Kod BLIK 381 204 nie zadziałał.", "381 204"),
    ("Код відновлення KX4M-P7QL-2ZTV не працює.", "KX4M-P7QL-2ZTV"),
    ("Jeg prøvede en af mine backup-koder (7h2k-9x4m-p3qz), men den virker ikke.", "7h2k-9x4m-p3qz"),
    ("Anh thợ đổi mật khẩu wifi thành linhdan2024!! mà không nói.", "linhdan2024!!"),
    ("Proszę dzwonić pod numerem 512 334 908, dziękuję.", "512 334 908"),
    ("Wpisałam datę urodzenia 14.03.1985, a system pokazuje inną.", "14.03.1985"),
    ("出生日期填的是1988年7月2日，却提示未成年。", "1988年7月2日"),
])
def test_plates_identity_numbers_accounts_codes_and_dates_go(text, value):
    out = redact(text)[0]
    assert value not in out and any(ch.isdigit() for ch in value)
    assert "".join(c for c in value if c.isdigit()) not in "".join(c for c in out if c.isdigit()) or \
        len([c for c in value if c.isdigit()]) < 7


@pytest.mark.parametrize("text", [
    "Order 1234567A never arrived.",                       # fails the PPS check letter
    "Kod rabatowy 2024 nie działa na stronie.",             # a discount code, not BLIK
    "Proszę podać numer zamówienia 512 334 908 w zgłoszeniu.",
    "Списали 1500 Рублей за подписку.",                    # a price, not a postcode and a town
    "El recibo dice 12-05-21 y el importe 30,00 €.",
])
def test_look_alikes_of_those_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, kept, gone", [
    ("Balík měl přijít na Korunní 2569/108, 101 00 Praha 10, ale nepřišel.", "ale nepřišel", "Korunní 2569/108"),
    ("Prašau pristatyti į Savanorių pr. 12-3, LT-03116 Vilnius.", "Prašau", "Savanorių pr. 12-3"),
    ("Adres do wysyłki: ul. Polna 3/5, 00-635 Warszawa.", "Adres do wysyłki", "00-635"),
    ("Адрес за доставка: ж.к. Надежда, бл. 12, вх. А, ет. 3, ап. 9, 1220 София.", "Адрес за доставка", "бл. 12"),
    ("Adresa corectă este Str. Morilor nr. 8, bl. C1, ap. 5, Iași, nu cea veche.", "nu cea veche", "Str. Morilor"),
    ("Địa chỉ nhận hàng: Số 9 ngõ 31 phố Huế, quận Hai Bà Trưng, Hà Nội.", "Địa chỉ nhận hàng", "ngõ 31"),
    ("Η διεύθυνσή μου είναι Οδός Πατησίων 12, 2ος όροφος, 104 34 Αθήνα, αλλά δεν ήρθε.", "αλλά δεν ήρθε",
     "Πατησίων 12"),
])
def test_whole_addresses_go_and_the_complaint_stays(text, kept, gone):
    out = redact(text)[0]
    assert kept in out and gone not in out


@pytest.mark.parametrize("text, name", [
    ("Děkuji paní Janě Dvořákové za rychlé vyřízení.", "Dvořákové"),
    ("Ευχαριστώ τον κ. Νίκο Αντωνίου για τη βοήθεια.", "Αντωνίου"),
    ("Salamat kay Ma'am Liza Mae Santos sa tulong!", "Santos"),
    ("ອ້າຍ ທ່ານ ບຸນມີ ສີສຸວັນ ໄດ້ຊ່ວຍ.", "ບຸນມີ"),
    ("សូមអរគុណ លោក ចាន់ ដារ៉ា ដែលបានជួយ។", "ដារ៉ា"),
    ("इलेक्ट्रिशियन श्री. राजेश पाटील वेळेवर आले नाहीत.", "राजेश"),
    ("Рахмет, маман Дана Серікқызы көп көмектесті.", "Серікқызы"),
    ("注文が届きません。\n宜しくお願い致します。\n佐々木 健", "佐々木"),
    ("سفارش ناقص رسید.\nبا سپاس\nمریم احمدی", "احمدی"),
    ("الطلب تأخر كثيرا.\nمع التحية،\nمحمد بن علي بن حسن الزهراني", "الزهراني"),
    ("привет, это ольга смирнова, не приходит код", "ольга смирнова"),
    ("hi, this is priya, the export keeps failing", "priya"),
])
def test_names_after_forms_of_address_sign_offs_and_introductions_go(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "よろしくお願いします。\n早く直してください",   # a sentence after the sign-off, not a name
    "this is great, the export works now",
    "it's grace period that confuses me.",
    "Sir, the app crashes when I open it.",
    "骑手每次都找不到我家。",
    "快递员联系不上我，麻烦再联系一下。",
])
def test_look_alikes_of_names_stay(text):
    assert redact(text)[0] == text


# Session 22's second round (written from the misses of held-out PII set 21, dev since; the texts here are new).
@pytest.mark.parametrize("text, value", [
    ("Doğum tarihimi 14.02.1990 yazdım ama kabul etmiyor.", "14.02.1990"),
    ("Треба виправити дату народження, правильна — 03.04.1979.", "03.04.1979"),
    ("Rođen sam 02.02.1985. a piše drugačije.", "02.02.1985"),
    ("என் பிறந்த தேதி 01-01-1991 என்று மாற்றவும்.", "01-01-1991"),
    ("تاريخ ميلادي ٠٢/٠٧/١٤٠٥هـ ولا يقبله التطبيق", "٠٢/٠٧/١٤٠٥"),
    ("Şifremi Bogaz.2023 yaptım, yine giremiyorum.", "Bogaz.2023"),
    ("Έβαλα κωδικό Θαλασσα_77 και δεν μπαίνω.", "Θαλασσα_77"),
    ("我把密码改成了Qa#2025xy，还是登录不了。", "Qa#2025xy"),
    ("Μου ζήτησαν το ΑΦΜ μου (123456789) στην παραγγελία.", "123456789"),
    ("Kérem a 11700024-20012345-00000000 számlára utalni.", "11700024-20012345-00000000"),
    ("กรอกเลขบัตรประชาชน 3-1005-01234-56-7 แล้วไม่ผ่าน", "3-1005-01234-56-7"),
])
def test_second_round_dates_passwords_and_numbers_go(text, value):
    out = redact(text)[0]
    assert value not in out


@pytest.mark.parametrize("text", [
    "追跡番号 1234-5678-9012 で検索しても出てきません。",
    "운송장 번호 1234 5678 9012 조회가 안 돼요.",
    "Gọi tổng đài 1900 1234 mãi không được.",
    "Telepon call center 1500-123 selalu sibuk.",
    "INV2024000012345 numaralı fatura yanlış.",
    "Κωδικός σφάλματος 4012 εμφανίζεται συνέχεια.",
    "Pakken kom frem, han undskyldte sig. Tak!",
])
def test_second_round_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, name", [
    ("Ringrazio Chiara del servizio clienti per la pazienza.", "Chiara"),
    ("Ha risposto il dott. Bianchi dopo due giorni.", "Bianchi"),
    ("Mulțumesc doamnei Popescu de la suport.", "Popescu"),
    ("Благодаря на госпожа Иванова за помощта.", "Иванова"),
    ("Хвала Јелени из корисничког сервиса на помоћи.", "Јелени"),
    ("Большое спасибо оператору Наталье за терпение.", "Наталье"),
    ("Ο οδηγός, ο Νίκος, άφησε το δέμα στην πόρτα.", "Νίκος"),
    ("Az ügyintéző, Kovács Anna gyorsan válaszolt.", "Kovács Anna"),
    ("Paketet kom aldrig. Avsändare: Lars Nyberg", "Lars Nyberg"),
    ("退款一直没到。反馈人：刘建华", "刘建华"),
    ("رد أحد بعد أسبوع. مقدم الشكوى: خالد العتيبي", "خالد العتيبي"),
])
def test_second_round_names_go(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text, kept, gone", [
    ("Adresa nouă e Str. Florilor nr. 9, bl. B2, ap. 14, Brașov, vă rog.", "vă rog", "Florilor nr. 9"),
    ("Giao nhầm rồi, nhà mình ở Số 12 ngõ 5 Láng Hạ, Đống Đa, Hà Nội.", "Giao nhầm rồi", "ngõ 5"),
    ("অর্ডার ভুল জায়গায় গেছে। সঠিক ঠিকানা: বাড়ি ৫, রোড ২, মিরপুর, ঢাকা ১২১৬", "অর্ডার", "রোড ২"),
])
def test_second_round_addresses_go(text, kept, gone):
    out = redact(text)[0]
    assert kept in out and gone not in out


# Session 22's third round (written from the misses of held-out PII set 22, dev since; the texts here are new).
@pytest.mark.parametrize("text, value", [
    ("Le digicode de l'immeuble c’est 7C314, merci de le noter.", "7C314"),
    ("Dørkoden er 5521, skriv den på pakken.", "5521"),
    ("Säkerhetskoden jag valde är 402918, men den godtas inte.", "402918"),
    ("Vaihdoin PIN-koodiksi 3306 eilen.", "3306"),
    ("הקוד לשער הוא 8841#, תמסרו לשליח.", "8841"),
    ("Mans tālrunis ir 26 123 456, zvaniet vakarā.", "26 123 456"),
    ("車（練馬 500 た 34-56）が駐車場で傷つけられました。", "練馬 500 た 34-56"),
    ("Мою машину з номером ВС 1234 АК заблокували.", "ВС 1234 АК"),
    ("Bilen min, AB 12345, ble stengt inne.", "AB 12345"),
    ("生年月日（昭和60年5月3日）が登録できません。", "昭和60年5月3日"),
    ("Születési dátum: 1988. 07. 14. — nem fogadja el.", "1988. 07. 14"),
    ("Дата нараджэння 02.03.1990, але праграма не прымае.", "02.03.1990"),
])
def test_third_round_codes_phones_plates_and_dates_go(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text, name", [
    ("der typ vom support, glaub der hieß niklas, war super", "niklas"),
    ("ma sœur passe les commandes, elle s'appelle margaux, merci de corriger", "margaux"),
    ("El técnico, un tal Rodrigo, no vino.", "Rodrigo"),
    ("hesap annemin, adı zeynep, onun adına kayıtlı", "zeynep"),
    ("De monteur (ik denk dat hij Daan heette) was te laat.", "Daan"),
    ("Ευχαριστώ τη Μαρία από την εξυπηρέτηση πελατών για τη βοήθεια.", "Μαρία"),
    ("Baie dankie aan Annelie by die kliëntediens!", "Annelie"),
])
def test_third_round_names_go(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Die App heißt Trailmix und stürzt ständig ab.",
    "the file is called Report and it will not open.",
    "uygulamanın adı Trendyol, çok yavaş.",
    "Saya dah emel ke aduan@kedai.com.my tanpa jawapan.",
    "Lähetin viestin osoitteeseen tuki@kauppa.fi eilen.",
    "Flight JU 6041 Ljubljana–Beograd was cancelled.",
    "お問い合わせ伝票番号 1234-5678-9012 で追跡できません。",
    "error code 4012 again after the update",
    "promo code SUMMER2024 is not accepted",
])
def test_third_round_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, kept, gone", [
    ("כתובת למשלוח: רחוב ויצמן 5, דירה 3, חולון. השליח לא הגיע.", "השליח לא הגיע", "ויצמן 5"),
    ("پتہ: مکان نمبر 12، گلی نمبر 3، لاہور — پارسل نہیں آیا۔", "پارسل", "مکان نمبر 12"),
    ("Seoladh seachadta: 3 Sráid Mhór, Co. Chiarraí, V92 X1Y2. Níor tháinig sé.", "Níor tháinig", "Sráid Mhór"),
    ("Giao về: Số 5 ngõ 10 Kim Mã, Ba Đình, Hà Nội.", "Giao về", "ngõ 10"),
])
def test_third_round_addresses_go(text, kept, gone):
    out = redact(text)[0]
    assert kept in out and gone not in out


# Session 22's fourth round (written from the misses of held-out PII set 23, dev since; the texts here are new).
@pytest.mark.parametrize("text, value", [
    ("Codul de activare primit prin SMS: 48 21 07 nu merge.", "48 21 07"),
    ("I pasted my recovery code by mistake: 2kd8-x7qp-m4tz-91rb, please revoke it.", "2kd8-x7qp-m4tz-91rb"),
    ("Təsdiq kodu 552019 gəlmədi.", "552019"),
    ("Vienreizējā parole 318 402 neder.", "318 402"),
    ("현관 비번은 *4821# 입니다.", "4821"),
    ("Dáta breithe: 02/11/1979 – níl sé ceart.", "02/11/1979"),
    ("Datum rojstva: 4. 7. 1986, aplikacija ga zamenja.", "4. 7. 1986"),
    ("Xe máy biển số 30-K1 123.45 bị trầy.", "30-K1 123.45"),
    ("Mój samochód (WA 12345) stoi pod blokiem.", "WA 12345"),
    ("ನನ್ನ ನಂಬರ್ 98860 12345, ಕರೆ ಮಾಡಿ.", "98860 12345"),
    ("Миний утас: 8811-2233", "8811-2233"),
    ("Profilim https://kitap.example.com.tr/profil/aysedemir1990 açık görünüyor.", "aysedemir1990"),
    ("Mijn verlanglijstje https://wens.example.nl/lijst/femke-jansen-12 is openbaar.", "femke-jansen-12"),
])
def test_fourth_round_codes_dates_plates_phones_and_links_go(text, value):
    assert value not in redact(text)[0]


@pytest.mark.parametrize("text, name", [
    ("Grazie alla signora Loredana del call center.", "Loredana"),
    ("Vino el técnico, don Eusebio, muy amable.", "Eusebio"),
    ("Hvala gospođi Horvat na pomoći.", "Horvat"),
    ("Kuryer Rəşad çox nəzakətli idi.", "Rəşad"),
])
def test_fourth_round_names_go(text, name):
    assert name not in redact(text)[0]


@pytest.mark.parametrize("text", [
    "Mein Auto (VW Golf) springt nicht an.",
    "error code shown on screen: 4012",
    "Kunden-Hotline der Firma: bitte Rückruf.",
    "Sendte klage til post@firma.no uten svar.",
    "โทรหาคอลเซ็นเตอร์ของบริษัทที่ 02-123-4567 รอนานมาก",
    "don't make me wait again",
    "the album https://example.com/album/xyz is nice",
    "Versions 1.2.3 and 1.2.4 both crash on start.",
])
def test_fourth_round_look_alikes_stay(text):
    assert redact(text)[0] == text


@pytest.mark.parametrize("text, kept, gone", [
    ("Adresa: Rruga e Kavajës, Pallati 10, Shk. 1, Ap. 4, Tiranë – nuk erdhi.", "nuk erdhi", "Pallati 10"),
    ("Адреса: ул. Партизанска бр. 5, стан 2, 1000 Скопје – не стигна.", "не стигна", "бр. 5"),
    ("Piegādes adrese: Elizabetes iela 12-3, Rīga – paka nav atnākusi.", "paka nav", "Elizabetes iela 12-3"),
])
def test_fourth_round_addresses_go(text, kept, gone):
    out = redact(text)[0]
    assert kept in out and gone not in out
