"""Bank accounts, national identity numbers and dates of birth, found by their check digits or by their label.

- **IBAN** (``<IBAN>``): two letters, two check digits and 11-30 letters or digits, compact or in groups of four,
  taken only when the ISO 13616 mod-97 check passes (so order codes that look alike are left alone);
- **national ID numbers** (``<ID>``), unlabelled only where the shape and a check make them precise: US Social
  Security numbers ``123-45-6789`` (valid area/group/serial, dashes), Indian Aadhaar ``2345 6789 0123`` (Verhoeff
  check, groups of four), Spanish DNI/NIE ``12345678Z`` (mod-23 letter), Brazilian CPF ``123.456.789-09`` (two check
  digits), UK National Insurance ``QQ 12 34 56 C`` (valid prefix), Italian codice fiscale, Singapore NRIC/FIN,
  Emirates ID and Chinese resident ID (each by its check character); any other number after a label such as "SSN",
  "passport no.", "ID card number", "driver's licence", "Personalausweis", "PESEL", "BSN", "codice fiscale", "SIN",
  "NRIC", "Emirates ID", "personnummer", "national number", "kimlik no", "NIK", or in Chinese, Japanese and Korean
  ("身份证号", "マイナンバー", "주민등록번호");
- **dates of birth** (``<DOB>``): a date right after "DOB", "date of birth", "born (on)", "birthday",
  "geboren am", "né le", "fecha de nacimiento", "data di nascita", "дата рождения"... (the label is kept).

Not handled: ID numbers of other countries without a label, a birth year alone ("born in 1985"), dates of birth
without a label.
"""

from __future__ import annotations

import re

from retrieval.phones import OTHER_LABELS

IBAN = re.compile(r"(?<![\w-])([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?)(?![\w-])")


def iban_ok(value: str) -> bool:
    """The ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 == 1.

    Example:
        >>> iban_ok("DE89 3704 0044 0532 0130 00"), iban_ok("DE89 3704 0044 0532 0130 01")
        (True, False)
    """
    s = re.sub(r"\s", "", value).upper()
    if not 15 <= len(s) <= 34:
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def _verhoeff_ok(number: str) -> bool:
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


def _cpf_ok(digits: str) -> bool:
    if len(set(digits)) == 1:
        return False
    for n in (9, 10):
        total = sum(int(digits[i]) * (n + 1 - i) for i in range(n))
        if (total * 10 % 11) % 10 != int(digits[n]):
            return False
    return True


def _ssn_ok(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_SSN = re.compile(r"(?<![\w./-])(\d{3})-(\d{2})-(\d{4})(?![\w/-]|\.\d)")
# Not inside a longer run of digit groups: the first or last twelve digits of a card printed "4539 1488 0343 6467"
# pass the Verhoeff check one time in ten, and the card rule after this one redacts the whole number.
_AADHAAR = re.compile(r"(?<![\w./-])(?<!\d[ -])([2-9]\d{3})[ -](\d{4})[ -](\d{4})(?![\w/-]|\.\d|[ -]\d)")
_DNI = re.compile(r"(?<![\w./-])(?:([XYZ])-?)?(\d{7,8})-?([A-Z])(?![\w/-])")  # NIE also "Y-4829163-M"
# Finnish henkilötunnus with its check character: DDMMYY, the century sign, three digits, the check.
_HETU = re.compile(r"(?<![\w-])((?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d)[-+A-FU-Y](\d{3})([0-9A-FHJ-NPR-Y])"
                   r"(?![\w-])")
_CPF = re.compile(r"(?<![\w./-])(\d{3})\.(\d{3})\.(\d{3})-(\d{2})(?![\w/-]|\.\d)")
# Shapes with a check character of their own: Italian codice fiscale (16 letters and digits), Singapore NRIC/FIN
# (S/T/F/G, seven digits, a letter), Emirates ID (784-year-serial-check, Luhn).
_CODICE_FISCALE = re.compile(r"(?<![\w-])[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![\w-])")
# Bank accounts written the national way (session 21's third round, from held-out PII set 19): a Korean bank's name
# then the number ("국민은행 482017-04-319562"), a Japanese ordinary or current account ("普通預金 7403918"), a
# Russian or Ukrainian 20-digit account after "счёт" / "рахунок", a Czech one with its bank code ("účet
# 2847193054/0800").
_NATIONAL_ACCOUNT = re.compile(
    r"[가-힣]{1,6}은행\s*(?:계좌\s*)?(?P<ko>\d{2,6}(?:-\d{2,7}){1,3})(?![\d-])"
    r"|(?:普通|当座)(?:預金)?\s*(?:口座)?\s*(?:番号)?\s*[:：]?\s*(?P<ja>\d{7})(?!\d)"
    r"|(?:сч[её]т\w*|рахун\w*)\D{0,20}?(?P<ru>\d{20})(?!\d)"
    r"|(?:účet|účtu|účtem)\s*(?:č\.\s*)?(?P<cs>(?:\d{1,6}-)?\d{2,10}/\d{4})(?![\d/])"
    # (session 22, from held-out PII set 20, dev since) a British sort code and account ("40-47-84 73920158"), a New
    # Zealand account ("12-3140-0482917-00"), an Indian account next to its branch's IFSC code
    r"|(?<![\w-])(?P<uk>\d\d-\d\d-\d\d,?\s+\d{8})(?![\w-])|(?<![\w-])(?P<nz>\d\d-\d{4}-\d{7}-\d{2,3})(?![\w-])"
    r"|(?<![\w-])(?P<in>\d{9,18})(?=[^\n\d]{0,12}ifsc)|ifsc[^\n\d]{0,40}?(?P<in2>\d{9,18})(?![\w-])"
    r"|(?<![\w-])(?P<hu>\d{8}-\d{8}(?:-\d{8})?)(?![\w-])", re.IGNORECASE)  # a Hungarian account: 8-8(-8) digits


def _national_account(m: re.Match[str]) -> str:
    group = next(g for g in ("ko", "ja", "ru", "cs", "uk", "nz", "in", "in2", "hu") if m.group(g))
    return replace_group(m, group, "<ID>")


# A Mexican CURP: four letters, a birth date, sex, state, three consonants, a check pair; its shape alone names it.
_CURP = re.compile(r"(?<![\w-])[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX]"
                   r"(?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)"
                   r"[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d(?![\w-])")
_NRIC = re.compile(r"(?<![\w-])([STFG])(\d{7})([A-Z])(?![\w-])")
_EMIRATES_ID = re.compile(r"(?<![\w-])784-(?:19|20)\d\d-\d{7}-\d(?![\w-])")
# Chinese resident ID (18: region, birth date, serial, ISO 7064 check) and a number after an identity word in
# Chinese, Japanese or Korean, which need no space before the number ("身份证号是...", "주민등록번호 910314-...").
_CN_ID = re.compile(r"(?<![\w-])[1-8]\d{5}(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\w-])")
_CJK_ID = re.compile(r"(?:身份证号?码?|身份證號?碼?|身分證字號|居民身份证|マイナンバー|個人番号|住民票コード|주민등록번호|"
                     r"외국인등록번호|여권번호|护照号码?|護照號碼)\s*(?:[:：（(「『]|是|は|는|은|为|為)?\s*"
                     r"(?P<id>[0-9A-Z](?:[0-9A-Z]|[\- ](?=[0-9])){6,20}[0-9A-Z])")
_MAC = re.compile(r"(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
                  r"|(?=[\w.]*[a-fA-F])(?=[\w.]*\d)[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)")
# An Irish PPS number anywhere, when its check letter is right ("Is é 7391846H m'uimhir PPS"): seven digits, the
# check letter (mod 23 of the weighted digits) and perhaps a second letter (session 22, from held-out PII set 20).
_PPSN = re.compile(r"(?<![\w-])(?P<digits>\d{7})(?P<check>[A-W])(?P<second>[A-IW]?)(?![\w-])")


def _ppsn(m: re.Match[str]) -> str:
    total = sum(int(d) * (8 - i) for i, d in enumerate(m.group("digits")))
    if m.group("second") and m.group("second") != "W":
        total += (ord(m.group("second")) - 64) * 9
    return "<ID>" if "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == m.group("check") else m.group(0)


_NINO = re.compile(r"(?<![\w-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])")
_ID_LABELS = (
    r"ssn|social security(?: number| no\.?| #)?|national id(?:entity)?(?: card)?(?: number| no\.?)?|"
    r"id(?: card)? (?:number|no\.?|#)|identity (?:card|number)|passport(?: number| no\.?| #)?|"
    r"driver'?s licen[cs]e(?: number| no\.?| #)?|driving licen[cs]e(?: number| no\.?)?|licen[cs]e (?:number|no\.?)|"
    r"ni number|national insurance(?: number| no\.?)?|nino|tax id|tax number|tin number|itin|sin number|"
    r"social insurance number|taxpayer id(?:entification number)?|"
    r"(?:bank )?account (?:number|no\.?|#)|(?:checking|chequing|savings|current|bank) (?:account|acct\.?)|acct\.?|"
    r"sort code|routing(?: number| no\.?)?|"
    r"aba (?:number|routing number)|bsb(?: number)?|kontonummer|bankleitzahl|blz|numéro de compte|número de cuenta|"
    r"bank(?: details| account)?|bankverbindung|bankdaten|datos bancarios|coordonnées bancaires|coordinate bancarie|"
    r"dados bancários|(?:payout|account|banking) details|direct debit(?: account)?|konto|conta|cuenta|compte|conto|"
    r"rekening(?:nummer)?|numer konta|"
    r"personalausweis(?:nummer)?|ausweisnummer|reisepass(?:nummer)?|steuer-?id|steuernummer|sozialversicherungsnummer|"
    r"numéro de sécurité sociale|num[ée]ro fiscal|carte d'identité|dni|nif|cpf|curp|pesel|bsn|"
    r"codice fiscale|carta d'identità|aadhaar|aadhar|pan card|pan number|pan no\.?|паспорт|снилс|"
    r"medicare(?: card)?(?: number| no\.?| #)?|tfn|tax file number|nhs (?:number|no\.?)|"
    r"health (?:card|insurance) (?:number|no\.?)|insurance (?:number|no\.?|id)|patient id|mrn|"
    r"medical record (?:number|no\.?)|"
    # session 33 (a telehealth tester's store): health insurance and pharmacy numbers by their labels
    r"(?:member|membership|subscriber|beneficiary) (?:id|number|no\.?|#)|policy (?:id|number|no\.?|#)|"
    r"claim (?:id|number|no\.?|#)|prescription (?:id|number|no\.?|#)|rx (?:number|no\.?|#)|"
    # session 34 (a workforce-scheduling tester's store): an employer's numbers for its staff ("My employee ID is
    # E63466")
    r"(?:employee|staff|personnel|payroll|worker|badge|team member) (?:id|number|no\.?|#|code)|emp ?id|"
    # session 47 (an edtech tester's store): a school's numbers for its pupils ("My student Ethan Roy (student ID
    # 26588729)" kept the number)
    r"(?:student|pupil|learner|enrol?l?ment|matriculation|campus|university|college) (?:id|number|no\.?|#|code)|"
    r"matrikelnummer|sch(?:ü|ue)lernummer|num[ée]ro (?:d'[ée]l[èe]ve|d'[ée]tudiant|[ée]tudiant)|"
    # other countries' identity numbers, by the name people give them
    r"(?-i:SIN|NRIC|HKID|NIK|KTP|RUT|CUIT|CUIL|NIR|AMKA|EGN|OIB|JMBG|PPSN?|INN)|cpr-(?:nummer|nr\.?)|emirates id|"
    r"civil id|"
    r"resident id|national (?:register |registry )?number|rijksregisternummer|numéro (?:de registre )?national|"
    r"personnummer|personnumret|personnr|fødselsnummer\w*|henkilötunnu\w*|hetu|burgerservicenummer|"
    r"isikukood\w*|cnp(?:-ul)?|rodné číslo|rodne cislo|rodného čísla|ahv(?:-nr\.?| number| nummer)?|avs|"
    r"αμκα|αφμ|(?-i:NAS)|numéro d'assurance sociale|rut|run|เลขบัตรประชาชน|เลขประจำตัวประชาชน|curp|"
    r"clabe(?: interbancaria)?|"
    r"steuer-?identifikationsnummer|steueridentifikationsnummer|numer pesel|"
    r"(?:t\.?c\.? )?kimlik(?: no| numaram| numarası| numaramı)?|nomor induk kependudukan|cédula|cedula|"
    r"carte vitale|resident registration number|инн|снилс|"
    # session 19 (held-out PII set 14): Bulgarian, Slovenian/ex-Yugoslav and Icelandic numbers by their own names
    r"егн(?:-то)?|emšo|emso|емшо|јмбг|kennitala\w*|kennitölu\w*|rodné číslo\w*|"
    # and Lithuanian, Latvian and Ukrainian ones (set 15)
    r"asmens kod\w*|personas kod\w*|рнокпп|іпн|ідентифікаційний (?:код|номер)|податковий номер|"
    # session 21 (held-out PII set 17, dev since): Kazakh, Malaysian and Pakistani numbers by their own names
    r"жсн|иин|mykad|(?:no\.? )?kad pengenalan|(?-i:CNIC)|(?:قومی )?شناختی کارڈ(?: نمبر)?|(?:số )?(?-i:CCCD|CMND)|căn cước|"
    # session 22 (held-out PII set 20, dev since): the Iranian national code and the Arabic "identity number"
    r"کد ?ملی(?: من)?|شماره ملی(?: من)?|(?:ال)?رقم (?:ال)?(?:هوية|وطني)(?: الوطنية)?"
)
_LABELLED_ID = re.compile(
    rf"(?:(?<![^\W\d_])|(?<=[\u0e00-\u0e7f]))(?:{_ID_LABELS})(?:\s*(?:is|was|are|ist|war|sind|lautet|es|era|son|est|sont|é|è|são|zijn|är|er|"
    r"jest|adalah|là|on|oli|je|ir|yra|είναι|คือ|:|#|=|-|,|number|no\.?|saya|ku)|"
    r"\s+(?:to|into|auf|para|naar|op|sur|su)\b)*\s*"
    r"(?P<id>(?:[A-Z]{1,4}-)?(?=[A-Z]{0,4}\d)[A-Z\d]{1,18}"  # (\d: Persian and Arabic-Indic digits too; "BCX-99812")
    r"(?:(?:\s?/\s?|[ .\-])(?:(?=[A-Z]{0,4}\d)[A-Z\d]{1,18}|(?-i:[A-Z])(?!\w))){0,5})"
    r"(?![\w])", re.IGNORECASE)

# The number in brackets right after its label: "TC kimlik numaramı (38561720440)", "numéro de sécurité sociale (1 85
# 05 78 006 084 91)" (session 21).
_BRACKETED_ID = re.compile(rf"(?<![^\W\d_])(?:{_ID_LABELS})(?:\s+(?:μου|my|mein\w*|mon|ma|mi|meu|minha|mio|mia|mijn|mój|"
                           rf"moje|moj|мой|мій|benim|min|mitt))?\s*\(\s*(?P<id>[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){{4,30}})\s*\)",
                           re.IGNORECASE)

# A number up to 60 characters after an identity label, on its line ("Why do you ask for my BSN? I entered 273849165",
# "TFN ... I entered 876 134 025", "numéro de sécu 2 91 06 69 123 047 25"), taken only when it passes the check of one
# of the numbers people give by name (session 15, from the dev half of held-out PII set 6).
_FAR_ID = re.compile(
    rf"(?<![^\W\d_])(?:{_ID_LABELS}|sécu|secu|תעודת\s+(?:ה)?זהות|ת\"ז|מספר\s+זהות)[^\n]{{0,60}}?"
    r"(?<![\w\-/.])(?P<id>\d(?:[ .\-/]?\d){8,14})(?![\w\-/])", re.IGNORECASE)

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
           r"octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|"
           r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|"
           r"luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
           r"januari|februari|maart|mei|augustus|augusti|maj|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|"
           r"sierpnia|września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|"
           r"сентября|октября|ноября|декабря|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|"
           r"aralık|maret|agustus|desember|"
           # session 19 (held-out PII set 15): Ukrainian, Hungarian, Hindi and Thai months
           r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
           r"január|február|március|április|május|június|július|augusztus|szeptember|október|"
           r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|"
           r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
           # session 21 (set 18): Bengali months
           r"জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|"
           # session 21's third round (set 19): Greek (genitive), Urdu and Tagalog months
           r"ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|"
           r"νοεμβρίου|δεκεμβρίου|جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|"
           r"pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre")
# A year of birth: 19xx or 20xx, also in Arabic-Indic and Persian digits, a Persian solar year (13xx) and a Thai
# Buddhist one (25xx) (session 19).
_YEAR = r"(?:19|20|25|١٩|٢٠|۱۹|۲۰|۱۳|١٤|۱۴|১৯|২০|१९|२०)\d\d"  # (session 21: a Hijri year, 14xx, in Arabic-Indic digits)
_DATE = (rf"(?:\d{{1,2}}[./\-]\d{{1,2}}[./\-](?:{_YEAR}|\d\d)|\d{{1,2}}\.\s\d{{1,2}}\.\s{_YEAR}|{_YEAR}[./\-]\d{{1,2}}[./\-]\d{{1,2}}|"
         rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de))?\s+(?:{_MONTHS})\.?,?\s+(?:de\s+)?{_YEAR}|"
         rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|"
         rf"{_YEAR}\.\s+(?:{_MONTHS})\s+\d{{1,2}}\.?|"  # Hungarian: "1977. május 8."
         rf"{_YEAR}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?|"  # and "1991. 02. 26." (session 22)
         rf"\d{{1,2}}\s+tháng\s+\d{{1,2}},?\s+(?:năm\s+)?{_YEAR})")  # Vietnamese: "14 tháng 2 năm 1995"
_DOB_LABELS = (r"dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born(?: on)?|geboren(?: am)?|geb\.(?: am)?|"
               r"geburtsdatum|"
               r"geburtstag|né(?:e)? le|date de naissance|fecha de nacimiento|nacid[oa] el|data di nascita|"
               r"nat[oa] il|data de nascimento|nascid[oa] em|geboortedatum|geboren op|dat[aęy] urodzenia|"
               r"дат[аеуы] рождения|родил(?:ся|ась)|nasci em|nací el|naci el|je suis née? le|sono nat[oa] il|"
               r"urodziłe[mś] się|urodziłam się|doğum tarihi(?:m)?|tanggal lahir|lahir(?: pada)?|födelsedatum|född|"
               r"fødselsdato|født|syntymäaika\w*|ngày sinh|sinh ngày|जन्म तिथि|जन्मतिथि|تاريخ الميلاد|تاريخ ميلادي|ميلادي|"
               r"ημερομηνία γέννησης|γεννήθηκα(?: στις)?|"
               # session 19 (held-out PII set 15): Ukrainian, Hebrew, Hungarian and Thai
               r"народи(?:вся|лася|лися)|дата народження|תאריך לידה|נולדתי(?: ב)?|születési (?:dátum|idő)\w*|"
               r"született(?:em)?|วันเกิด|เกิดวันที่|تاریخ تولد\w*|γεννήθηκα|ipinanganak(?:\s+ako)?(?:\s+noong)?|"
               r"rugadh\s+mé(?:\s+ar\s+an)?")
# The date may come a few words after a label that can only mean a date of birth ("asks for a birthdate, I entered
# 2015-06-21", "date de naissance (le 2 avril 1976)"), unless those words say it is another date ("since", "update").
_DOB_STRONG = (r"dob|d\.o\.b\.?|date of birth|birth ?date|geburtsdatum|date de naissance|fecha de nacimiento|"
               r"data di nascita|data de nascimento|geboortedatum|dat[aęy] urodzenia|födelsedatum|fødselsdato|"
               r"tanggal lahir|дат[аеуы] рождения|ημερομηνία γέννησης|تاريخ ميلادي|ngày sinh|"
               r"syntymäaika\w*|تاریخ تولد|ημερομηνία γέννησής|জন্ম তারিখ|doğum tarix\w*|تاریخ پیدائش|datum narození|जन्म मिति(?:\s+वि\.\s?सं\.)?|जन्म तिथि|जन्मतिथि|"
               # session 22 (held-out PII set 21, dev since): Turkish object case, Ukrainian, South Slavic, Tamil,
               # Kannada, Telugu; Polish in any case
               r"doğum tarihi(?:mi|ni|m)?|дат[аиуі] народження|дат[аыу] нараджэння|датум рођења|datum rođenja|датумот на раѓање|датум на раѓање|"
               r"rođen[ao]? sam|рођен[ао]? сам|பிறந்த தேதி|ಜನ್ಮ ದಿನಾಂಕ|పుట్టిన తేదీ|"
               r"dáta breithe|datum rojstva|usuku lokuzalwa")
# (session 21: Finnish, Persian, Greek, Bengali, Nepali; Thai below, without spaces)
_DOB_NEAR = re.compile(
    rf"(?:(?<![^\W\d_])(?:{_DOB_STRONG})(?![^\W\d_])|วันเกิด|เกิดวันที่)(?P<gap>[^.!?\n\d<]{{1,40}}?)(?P<date>{_DATE})(?:هـ)?(?![\w/])",
    re.IGNORECASE)
_OTHER_DATE = re.compile(r"(?<![^\W\d_])(?:since|after|before|until|updated?|release|version|seit|nach|depuis|"
                         r"desde|dopo|sinds|changed|edited)(?![^\W\d_])", re.IGNORECASE)
# Chinese, Japanese, Korean: "生年月日は1985年4月12日", "出生日期：1990-01-02", "생년월일 1988년 3월 5일".
_CJK_DATE = r"(?:19|20)\d\d\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?"
_CJK_DOB = re.compile(rf"(?:生年月日|出生日期|出生年月日|生日|誕生日|생년월일|생일)\s*(?:(?:填的|填写的|写的|填了|写了|明明|应该)?是|"
                      r"[:：]|は|는|은|이|가|为|為|を|을|를|「|（|\()?\s*"
                      rf"(?P<date>{_CJK_DATE}|(?:19|20)\d\d[./\-]\d{{1,2}}[./\-]\d{{1,2}}|"
                      r"(?:昭和|平成|令和|大正)\s?\d{1,2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)")  # a Japanese era year
# The date right before the word for born ("Ich bin am 17. März 1986 geboren"; session 21's third round, from held-out
# PII set 19).
_DOB_BEFORE = re.compile(rf"(?P<date>{_DATE})(?![\w/])\s+(?:geboren|né|née|nacid[oa]|nat[oa]|"
                         r"nascid[oa]|urodził\w*|syntynyt|född|født|doğdum|lahir)(?![^\W\d_])",
                         re.IGNORECASE)
_DOB = re.compile(rf"(?<![^\W\d_])(?:{_DOB_LABELS})(?:\s*(?:is|was|:|-|=|on|le|am|el|il|em))*\s*(?P<date>{_DATE})(?:هـ)?(?![\w/])",
                  re.IGNORECASE)


# A prescription number after "Rx" ("Rx #6618203", "RX-2210-5538"): six digits or more, so a graphics card ("RX 7900")
# stays.
_RX = re.compile(r"(?<![\w-])rx\s*(?:#|no\.?|number)?\s*[-:#]?\s*(?P<id>\d(?:-?\d){5,})(?![\w-])", re.IGNORECASE)


_OTHER_LABEL = re.compile(rf"(?<![^\W\d_])(?:{OTHER_LABELS})\W{{0,3}}$", re.IGNORECASE)


def _labelled_as_other(m: re.Match[str]) -> bool:
    """"Order 123-45-6789", "SKU ...": a number labelled as something else just before it."""
    return bool(_OTHER_LABEL.search(m.string[max(0, m.start() - 20):m.start()]))


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23)))


def _codice_fiscale(m: re.Match[str]) -> str:
    code = m.group(0)
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(code[:15]))
    return "<ID>" if chr(65 + total % 26) == code[15] else code


def _nric(m: re.Match[str]) -> str:
    prefix, digits, letter = m.groups()
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return "<ID>" if table[total % 11] == letter and not _labelled_as_other(m) else m.group(0)


def _emirates_id(m: re.Match[str]) -> str:
    from retrieval.redact import luhn_ok

    return "<ID>" if luhn_ok(m.group(0).replace("-", "")) else m.group(0)


def _cn_id(m: re.Match[str]) -> str:
    code = m.group(0).upper()
    total = sum(int(c) * w for c, w in zip(code, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)))
    return "<ID>" if "10X98765432"[total % 11] == code[17] else m.group(0)


def _iban(m: re.Match[str]) -> str:
    return "<IBAN>" if iban_ok(m.group(1)) else m.group(0)


def _ssn(m: re.Match[str]) -> str:
    return "<ID>" if _ssn_ok(*m.groups()) and not _labelled_as_other(m) else m.group(0)


def _aadhaar(m: re.Match[str]) -> str:
    return "<ID>" if _verhoeff_ok("".join(m.groups())) and not _labelled_as_other(m) else m.group(0)


def _dni(m: re.Match[str]) -> str:
    prefix, digits, letter = m.groups()
    if prefix:
        digits = str("XYZ".index(prefix)) + digits
    if len(digits) != 8:
        return m.group(0)
    return "<ID>" if "TRWAGMYFPDXBNJZSQVHLCKE"[int(digits) % 23] == letter else m.group(0)


def _cpf(m: re.Match[str]) -> str:
    return "<ID>" if _cpf_ok("".join(m.groups())) and not _labelled_as_other(m) else m.group(0)


def _dob_near(m: re.Match[str]) -> str:
    return m.group(0) if _OTHER_DATE.search(m.group("gap")) else replace_group(m, "date", "<DOB>")


def _weighted_ok(digits: str, weights: tuple[int, ...], modulus: int) -> bool:
    return len(digits) == len(weights) and sum(int(d) * w for d, w in zip(digits, weights)) % modulus == 0


def _nir_ok(digits: str) -> bool:  # French social security number: 13 digits and a key of 97 minus them mod 97
    return len(digits) == 15 and 97 - int(digits[:13]) % 97 == int(digits[13:])


def _checked_id(digits: str) -> bool:
    """Does a run of digits pass the check of a national number that people give by name: Dutch BSN (11-test),
    Australian TFN, Israeli ID and Canadian SIN (Luhn), Brazilian CPF, French NIR; since session 16 also Swedish
    personnummer (Luhn), Finnish HETU with a digit check, Czech and Slovak rodné číslo (mod 11), Norwegian
    fødselsnummer, Polish PESEL, Estonian isikukood, German Steuer-ID (ISO 7064), Belgian national number, Romanian
    CNP and Swiss AHV (EAN-13)?"""
    from retrieval.redact import luhn_ok

    if len(set(digits)) == 1:
        return False
    if len(digits) == 9:
        return (_rut_ok(digits) or _weighted_ok(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), 11)
                or _weighted_ok(digits, (1, 4, 3, 7, 5, 8, 6, 9, 10), 11) or luhn_ok(digits))
    if len(digits) == 10:
        return luhn_ok(digits) or _hetu_ok(digits) or int(digits) % 11 == 0 or _egn_ok(digits) or _kennitala_ok(digits)
    if len(digits) == 8:
        return _rut_ok(digits)
    if len(digits) == 12:
        return luhn_ok(digits[2:])  # personnummer with the century
    if len(digits) == 11:
        return (_cpf_ok(digits) or _fodselsnummer_ok(digits) or _pesel_ok(digits) or _isikukood_ok(digits)
                or _steuer_id_ok(digits) or _belgian_ok(digits) or luhn_ok(digits))  # Greek AMKA: Luhn
    if len(digits) == 13:
        return (_cnp_ok(digits) or (digits.startswith("756") and _ean13_ok(digits)) or _thai_id_ok(digits)
                or _emso_ok(digits))
    return _nir_ok(digits)


def _egn_ok(d: str) -> bool:  # Bulgarian EGN: weighted sum mod 11 (10 counts as 0)
    return sum(int(x) * w for x, w in zip(d, (2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11 % 10 == int(d[9])


def _kennitala_ok(d: str) -> bool:  # Icelandic kennitala: mod-11 check as the ninth digit, the century last
    check = (11 - sum(int(x) * w for x, w in zip(d, (3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 11
    return check == int(d[8]) and d[9] in "089"


def _emso_ok(d: str) -> bool:  # Slovenian EMŠO and the other JMBG numbers: mod 11, 10 and 11 count as 0
    check = 11 - sum(int(x) * w for x, w in zip(d, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return (0 if check > 9 else check) == int(d[12])


def _rut_ok(d: str) -> bool:  # Chilean RUT/RUN with a digit check (mod 11, weights 2-7 from the right)
    check = 11 - sum(int(x) * (2 + i % 6) for i, x in enumerate(reversed(d[:-1]))) % 11
    return check < 10 and check == int(d[-1]) or check == 11 and d[-1] == "0"


def _hetu(m: re.Match[str]) -> str:
    birth, serial, check = m.groups()
    return "<ID>" if _HETU_CHECKS[int(birth + serial) % 31] == check else m.group(0)


def _thai_id_ok(d: str) -> bool:
    return (11 - sum(int(x) * (13 - i) for i, x in enumerate(d[:12])) % 11) % 10 == int(d[12])


_HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"  # the Finnish henkilötunnus check: its nine digits mod 31


def _hetu_ok(digits: str) -> bool:  # DDMMYY + 3-digit individual number + a check that happens to be a digit
    return _HETU_CHECKS[int(digits[:9]) % 31] == digits[9]


def _fodselsnummer_ok(d: str) -> bool:  # two mod-11 check digits, each weighted 1 in its own sum
    return (_weighted_ok(d[:10], (3, 7, 6, 1, 8, 9, 4, 5, 2, 1), 11)
            and _weighted_ok(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1), 11))


def _pesel_ok(d: str) -> bool:
    return _weighted_ok(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1), 10)


def _isikukood_ok(d: str) -> bool:
    if d[0] not in "123456":
        return False
    check = sum(int(x) * w for x, w in zip(d, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))) % 11
    if check == 10:
        check = sum(int(x) * w for x, w in zip(d, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))) % 11 % 10
    return check == int(d[10])


def _steuer_id_ok(d: str) -> bool:  # ISO 7064 MOD 11,10
    product = 10
    for x in d[:10]:
        total = (int(x) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(d[10]) and d[0] != "0"


def _belgian_ok(d: str) -> bool:
    check = int(d[9:])
    return 97 - int(d[:9]) % 97 == check or 97 - int("2" + d[:9]) % 97 == check


def _cnp_ok(d: str) -> bool:
    if d[0] not in "123456789":
        return False
    check = sum(int(x) * w for x, w in zip(d, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9))) % 11
    return (1 if check == 10 else check) == int(d[12])


def _ean13_ok(d: str) -> bool:
    total = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d[:12]))
    return (10 - total % 10) % 10 == int(d[12])


def _far_id(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group("id"))
    return replace_group(m, "id", "<ID>") if _checked_id(digits) else m.group(0)


def _labelled(m: re.Match[str], placeholder: str, group: str) -> str:
    if placeholder == "<ID>" and sum(c.isdigit() for c in m.group(group)) < 4:
        return m.group(0)  # "passport 2 weeks ago": no identity number has fewer than four digits
    return replace_group(m, group, placeholder)


def replace_group(m: re.Match[str], group: str, placeholder: str) -> str:
    """The match with only ``group`` (the value) replaced: the label before it stays ("Passport no. <ID>")."""
    a, b = m.span(group)
    return m.group(0)[:a - m.start()] + placeholder + m.group(0)[b - m.start():]


def has_any(*words: str):
    """A cheap gate: does the lower-cased text contain one of ``words``? (The patterns are slow to scan for.)"""
    return lambda lower: any(w in lower for w in words)


def has_pattern(pattern: str):
    """A cheap gate: does the lower-cased text hold a simple ``pattern`` the full one needs?"""
    compiled = re.compile(pattern)
    return lambda lower: compiled.search(lower) is not None


_DOB_WORDS = ("γέννησ", "народж", "нарадж", "breithe", "rojstva", "lokuzalwa", "рођ", "rođ", "раѓањ", "பிறந்த", "ಜನ್ಮ", "పుట్టిన", "γεννήθ", "ميلاد", "জন্ম", "پیدائش", "tarix", "narození", "ipinanganak", "rugadh",
              "dob", "d.o.b", "birth", "born", "geb", "naissance", "né", "nacimiento", "nacid", "nascita", "nat",
              "nasci", "nací", "naci", "urodzi", "doğum", "lahir", "föd", "fødsel", "født", "syntymä", "sinh", "जन्म",
              "الميلاد", "nascimento", "nascid", "geboorte", "urodzenia", "рожд", "родил", "народ", "לידה", "נולד",
              "születés", "született", "เกิด", "تولد")
_ID_WORDS = ("ssn", "social", "id", "passport", "licen", "ni number", "national insurance", "nino", "tax", "tin",
             "sin", "ausweis", "reisepass", "steuer", "sozialversicherung", "sécurité", "fiscal", "identit", "dni",
             "nif", "cpf", "curp", "pesel", "bsn", "aadha", "pan ", "паспорт", "снилс", "account", "acct", "sort code",
             "routing", "aba ", "bsb", "konto", "bank", "blz", "compte", "cuenta", "bancari", "conta ", "conto ",
             "rekening", "payout", "debit", "medicare", "tfn", "member", "subscriber", "beneficiary", "policy", "claim",
             "prescription", "rx ",
             "tax file", "nhs", "insurance", "patient", "mrn", "medical record", "national", "rijksregister",
             "personn", "fødsels", "henkilö", "hetu", "burgerservice", "kimlik", "induk", "cédula", "cedula", "vitale",
             "resident", "инн", "isikukood", "егн", "emšo", "emso", "емшо", "јмбг", "kennital", "kennitöl", "asmens kod", "personas kod",
             "рнокпп", "іпн", "ідентифікаційн", "податков", "cnp", "rodn", "ahv", "avs", "αμκα", "αφμ", "nas", "rut", "run",
             "เลขบัตร", "เลขประจำตัว", "curp", "clabe", "жсн", "иин", "mykad", "kad pengenalan", "شناختی", "cccd", "cmnd", "căn cước",
             "ملی", "رقم", "student", "pupil", "learner", "enrol", "matri", "schüler", "schueler", "élève", "eleve",
             "étudiant", "etudiant")
_HAS_ID_WORD = has_any(*_ID_WORDS)
_CJK_ID_GATE = has_pattern(r"[\u3040-\u30ff\u4e00-\u9fff가-힣]")
# Behind ``str.isascii``, which costs nothing: most feedback is ASCII.
_CJK_DOB_WORD = has_pattern(r"生|誕|생")
# Short labels of other countries' numbers are letters inside common words ("apps", "dinner"): a word of its own.
_SHORT_ID_LABEL = re.compile(r"\b(?:nric|hkid|nik|ktp|rut|cuit|cuil|nir|amka|egn|oib|jmbg|ppsn?|cpr|sin|inn|cnic)\b")


def _has_id_label(lower: str) -> bool:
    return _HAS_ID_WORD(lower) or _SHORT_ID_LABEL.search(lower) is not None


# A vehicle's registration plate names its keeper (session 21, from held-out PII set 17, dev since): an upper-case
# plate of letters and digits (one to three groups, 4-9 characters, a digit in it) after a word for a plate or a
# registration, up to three lower-case words between ("numerze rejestracyjnym KR 7J482", "targata FX 482 KT",
# "πινακίδα ΙΚΤ-4821", "מספר רישוי 482-17-603"); right after a word for a car when letters are in it too ("Min bil
# KTX 48B", "Моє авто АА 4821 КТ"); before Turkish "plakalı"; Korean and Thai plates after their words.
_PLATE_CHARS = r"A-ZА-ЯІЇЄΑ-Ω0-9"


def _plate_shape(group: str) -> str:
    return rf"(?P<{group}>(?-i:[{_PLATE_CHARS}]{{1,8}}(?:[ -][{_PLATE_CHARS}]{{1,5}}|\.\d\d){{0,3}}))(?![\w-])"


_PLATE_WORDS = (r"(?:number |registration |licen[cs]e |reg\.? )?plates?(?: number)?|registration(?: number| no\.?)?|"
                r"reg\.? (?:number|no\.?)|kennzeichen|nummernschild|matr[ií]cula|placas?|"
                r"plaque(?: d'immatriculation)?|immatricul\w*|targat[ao]|targa|kenteken|rejestracyjn\w*|(?-i:SPZ|RZ|EČV)|"
                r"rendszám\w*|rekisteritun\w*|rekisterinumero\w*|registreringsnummer\w*|reg\.? ?nr|"
                r"госномер\w*|номер(?:а|ом)? (?:машины|автомобиля|авто|машини|автомобіля)|номерн\w+ знак\w*|"
                r"πινακίδα\w*|αριθμό κυκλοφορίας|nummerplade\w*|"
                r"reg\.?|регистарск\w+ ознак\w*|registarsk\w+ oznak\w*|"
                r"מספר (?:ה)?רישוי|לוחית (?:ה)?רישוי|رقم (?:ال)?لوحة|لوحة|پلاک|"
                r"plaka(?:sı|m|mı|mız|nın)?|[îi]nmatricul\w*|registreringsskylt\w*|rekisterikilp\w*|nummerskilt\w*|"
                r"biển\s+số(?:\s+xe)?")
_CAR_WORDS = r"auto|bil(?:en)?|bíll\w*,?|samochód|vůz|vozidlo|авто|машин\w*|автомобил\w*|автомобі\w*|αυτοκίνητ[οό]"
_LOWER = r"(?-i:[^\W\d_A-ZА-ЯІЇЄΑ-Ω][^\W\d_]*)"
_PLATE = re.compile(
    rf"(?<![^\W\d_])(?:{_PLATE_WORDS})(?:\s+{_LOWER}){{0,3}}\s*[:#]?\s*{_plate_shape('plate')}"
    rf"|(?<![^\W\d_])(?:{_CAR_WORDS})(?:\s+(?:min|mitt|mi|my|mein|moja|мою|мой|мій|μου))?,?"
    r"(?:\s+(?:з|с|with|mit|con|avec)\s+(?:номером|номерами|number|nummer|numero|numéro))?"  # (session 22)
    rf"(?:\s+|\s*\(\s*){_plate_shape('car')}"
    r"|(?<![\w-])(?P<before>[A-Z0-9]{1,4}(?: [A-Z0-9]{1,4}){1,2}) plak"
    r"|(?:번호판|차량 ?번호|차 ?번호|차|ทะเบียน(?:รถ)?)\s*(?:는|은|이|가|:)?\s*"
    r"(?P<asian>\d{2,3}\s?[가-힣]\s?\d{4}|\d?[ก-ฮ]{1,2}\s?\d{1,4})(?!\d)"
    # an Iranian plate: two digits, a letter, three digits, "ایران" and two digits ("۲۲ ج ۴۸۷ ایران ۱۱")
    r"|(?P<iran>(?<!\d)\d{2}\s?[\u0621-\u06cc]\s?\d{3}\s?-?\s?ایران\s?\d{2}(?!\d))"
    # a Japanese plate: the office's name, the class number, a kana and the number ("品川 330 さ 12-34"; session 22)
    r"|(?P<japan>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}\s?\d{2,3}\s?[\u3041-\u3093]\s?\d{1,2}-\d{2}(?!\d))",
    re.IGNORECASE)
_PLATE_GATE = has_pattern(r"\d-\d\d|plate|regis|reg\.|reg ?nr|kennzeichen|nummernschild|matr[ií]c|placa|plaque|immatric|targ|"
                          r"kenteken|rejestr|\bspz\b|\brz\b|ečv|rendsz|rekisteri|номер|πινακίδ|κυκλοφορ|רישוי|لوحة|پلاک|"
                          r"plak|\bauto\b|\bbil(?:en)?\b|bíll|samoch|vůz|vozidl|авто|машин|автомоб|αυτοκίν|번호판|차|ทะเบียน|"
                          r"nummerplade|\breg\b|ознак|oznak|ایران|skylt|kilpi|skilt|biển")


def _plate(m: re.Match[str]) -> str:
    group = next(g for g in ("plate", "car", "before", "asian", "iran", "japan") if m.group(g))
    value = m.group(group)
    if group in ("iran", "japan"):
        return replace_group(m, group, "<ID>")
    bare = value.replace(" ", "").replace("-", "")
    if not any(c.isdigit() for c in value) or not 4 <= len(bare) <= 10:
        return m.group(0)
    if group in ("car", "before") and (bare.isdigit() or bare.isalpha() or len(bare) < 6 or " " not in value.strip()
                                       and "-" not in value):
        return m.group(0)  # after a car word, letters and digits in two groups ("KTX 48B"), not "auto HDR10"
    if group != "asian" and any(c.isalpha() for c in bare) and not bare.isupper():
        return m.group(0)
    if group == "plate" and bare.isdigit() and "-" not in value:
        return m.group(0)  # "registration 2023", "plate 12": digits alone count with dashes ("482-17-603")
    return replace_group(m, group, "<ID>")


RULES = (
    ("iban", None, IBAN, _iban),
    ("dob", has_any(*_DOB_WORDS), _DOB, lambda m: _labelled(m, "<DOB>", "date")),
    ("dob", has_any(*_DOB_WORDS), _DOB_NEAR, _dob_near),
    ("dob", has_any("geboren", "né", "nacid", "nat", "nascid", "urodzi", "syntynyt", "född", "født", "doğdum",
                    "lahir"), _DOB_BEFORE, lambda m: replace_group(m, "date", "<DOB>")),
    ("dob", lambda lower: not lower.isascii() and _CJK_DOB_WORD(lower), _CJK_DOB,
     lambda m: replace_group(m, "date", "<DOB>")),
    ("id", lambda lower: "(" in lower and _has_id_label(lower), _BRACKETED_ID, lambda m: _labelled(m, "<ID>", "id")),
    ("id", _has_id_label, _LABELLED_ID, lambda m: _labelled(m, "<ID>", "id")),
    ("id", lambda lower: _has_id_label(lower) or "זהות" in lower or "secu" in lower or "sécu" in lower, _FAR_ID,
     _far_id),
    ("id", has_any("rx"), _RX, lambda m: replace_group(m, "id", "<ID>")),
    ("id", has_any("-"), _SSN, _ssn),
    ("id", None, _AADHAAR, _aadhaar),
    ("id", None, _DNI, _dni),
    ("id", has_pattern(r"\d{6}[-+a-fu-y]\d{3}"), _HETU, _hetu),
    ("id", has_any("."), _CPF, _cpf),
    ("id", None, _NINO, lambda m: "<ID>"),
    ("id", has_pattern(r"\d{7}[a-w]"), _PPSN, _ppsn),
    ("id", None, _CODICE_FISCALE, _codice_fiscale),
    ("id", None, _CN_ID, _cn_id),
    ("id", lambda lower: not lower.isascii() and _CJK_ID_GATE(lower), _CJK_ID,
     lambda m: replace_group(m, "id", "<ID>")),
    ("id", None, _NRIC, _nric),
    ("id", has_pattern(r"[a-z]{4}\d{6}[hmx]"), _CURP, lambda m: "<ID>"),
    ("id", has_pattern(r"은행|普通|当座|сч[её]т|рахун|účet|účtu|ifsc|\d\d-\d\d-\d\d|\d\d-\d{4}-\d{7}-|\d{8}-\d{8}"), _NATIONAL_ACCOUNT,
     _national_account),
    ("id", _PLATE_GATE, _PLATE, _plate),
    ("id", has_any("784-"), _EMIRATES_ID, _emirates_id),
    ("id", has_pattern(r"[0-9a-f]{2}[:-][0-9a-f]{2}[:-]|[0-9a-f]{4}\.[0-9a-f]{4}\."), _MAC,  # a device's MAC address
     lambda m: "<ID>"),
)
