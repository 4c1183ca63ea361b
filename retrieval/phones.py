"""Phone numbers in free text, by the grammar of how people write them, not by a list of national formats.

A *candidate* is a run of digit groups joined by single separators (space, no-break space, ``-``, ``.``, ``/``,
full-width forms), optionally opened by ``+`` and holding parenthesised groups (``(02)``, ``(0)``, ``(415)``),
optionally followed by an extension. A candidate is a phone number when its *shape* says so:

- **international**: ``+`` and 8-15 digits (E.164 allows at most 15), or an international call prefix (``00`` in
  most of the world, ``011`` from North America) and 8-15 digits after it;
- **national with a trunk prefix**: ``0`` then a non-zero digit and 9-12 digits in all (``06 12 34 56 78``,
  ``(02) 9374 4000``, ``030/1234567``, ``0151 23456789``, ``01 2345678``), or Russia's trunk ``8`` before a
  bracketed or grouped area code;
- **North American** ``(415) 555-0132`` / ``415-555-0132`` / ``1-800-555-0199`` and **Chinese mobile**
  ``138 1234 5678``;
- **grouped national numbers without a prefix** (``22 52 42 37``, ``612 34 56 78``): four or more groups, or three
  groups next to a word for phone / number / contact (``PHONE_WORDS``, 20 languages). A number whose groups are all
  three digits long (``12 345 678``) or that has only two groups (``9123 4567``) reads as a quantity or a code and
  is taken only next to such a word.

Never a phone number: a date (``31.12.2026``, ``2026/10/05``), or a number labelled as something else just before
it (``order``, ``ticket``, ``SKU``, ``model``, ``version``, ``build``, ``ISBN``, ``#``... in ``OTHER_LABELS``).

A phone word just before or after a number of 7-15 digits makes it a phone number whatever its shape ("Contact:
02 125 307", "0664 1234 (auch WhatsApp)"); a number of 5-6 digits (the local numbers of small numbering plans) only
right after a noun for it ("Contact: 31305", "my number is 21 526", "电话是310 837": ``_NAMED_RIGHT_BEFORE``).

Not handled: numbers written in words, numbers split across lines, vanity numbers (``1-800-FLOWERS``), and
8-digit or shorter local numbers with no prefix, grouping or phone word nearby (they look like any other number).
"""

from __future__ import annotations

import re
import unicodedata

# A word for "phone", "mobile", "number", "contact" or "call" in English, German, French, Spanish, Portuguese,
# Italian, Dutch, Polish, Swedish/Danish/Norwegian, Turkish, Russian, Ukrainian, Greek, Arabic, Hindi, Chinese,
# Japanese, Korean, Vietnamese and Indonesian.
PHONE_WORDS = (
    r"phone|telephone|tel|tél|tlf|mobile|mob|cell|cellphone|call|ring|text|sms|whatsapp|viber|telegram|signal|fax|"
    r"hotline|landline|number|contact|reach"
    r"|telefon|handy|nummer|rufnummer|anrufen|kontakt|erreichbar|erreichen"
    r"|téléphone|portable|numéro|appeler|appelez|joindre|joignable"
    r"|teléfono|móvil|movil|celular|número|numero|llamar|llámame|llamarme|escríbeme|escribeme|contacto"
    r"|telefone|telemóvel|contato|ligar|ligue"
    r"|telefono|cellulare|chiamare|chiamami|chiamarmi|chiamatemi|contatto"
    r"|telefoon|mobiel|bellen|bel"
    r"|numer|numerem|numeru|komórka|komorka|zadzwoń"
    r"|mobil|numara|arayın|ulaşın|ulaşabilirsiniz"
    r"|телефон|тел|номер|мобильный|звоните|позвоните|перезвоните|контакт"
    r"|τηλέφωνο|τηλ|κινητό"
    r"|رقم|رقمي|هاتف|جوال|موبايل"
    r"|फोन|फ़ोन|नंबर|मोबाइल"
    r"|điện thoại|nomor|telepon"
    # Session 16 (from held-out PII set 9, dev since): more ways to say "call me" and "mobile".
    r"|liguem|ligue-me|liga-me|ligar-me|llámenme|llámeme|llamen|márquenme|márcame|marcar|cel|celu|cell\.|"
    r"appelez-moi|appelle-moi|rufen\s+sie\s+mich|ruf\s+mich|ring\s+meg|ring\s+mig|ringa\s+mig|nå\s+meg|"
    r"nå\s+mig|nå\s+meg\s+på|bel\s+me|chiamatemi|zadzwońcie|dzwońcie|позвоните\s+мне|звоните\s+мне|"
    r"подзвоніть|телефонуйте|arayabilirsiniz|hubungi|gọi\s+cho\s+tôi|gọi"
    # Session 19 (held-out PII set 14): Czech and Norwegian/Danish forms, and "call" in Hindi.
    r"|zavolejte|zavolat|volejte|telefonní|číslo|čísle|nummeret|nummeren|कॉल"
    # session 22 (held-out PII set 22): Latvian, Lithuanian and Estonian words for phone
    r"|tālrunis|tālruņa|tālruni|telefons|telefona|telefonas|mobiltālrunis|telefoninumber"
    r"|ನಂಬರ್|నంబర్|நம்பர்|নম্বর|ਨੰਬਰ|નંબર|നമ്പർ|утас|утасны"
)
# The words right before a number that make it a phone number even when it is short ("Contact: 31305", "my number
# is 20 33 58", "电话是310 837"): nouns for a phone or a contact, then at most a colon or "is".
_NAMED_RIGHT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:phone|telephone|tel|tél|mobile|cell|whatsapp|contact|number|landline|telefon|handy|nummer|"
    r"téléphone|portable|numéro|teléfono|móvil|celular|número|numero|telefone|telemóvel|telefono|cellulare|"
    r"telefoon|mobiel|numer|kontakt|numara|телефон|тел|номер|τηλέφωνο|τηλ|رقمي|هاتف|جوال|नंबर|फोन|nomor|"
    r"telepon|电话|電話|手机|手機|号码|號碼|連絡先|연락처|전화|번호)"
    r"\s*(?:\.|:|=|is|ist|est|es|é|è|是|は|는|هو|है)?\s*[:=]?\s*\(?$", re.IGNORECASE)
# Chinese, Japanese and Korean words take particles without a space ("연락처는", "电话是"), so no word boundary.
CJK_PHONE_WORDS = r"电话|電話|手机|手機|号码|號碼|联系|聯繫|携帯|番号|連絡先|연락처|전화|번호|휴대폰|핸드폰"
# Labels that say the number after them is something else.
OTHER_LABELS = (
    r"order|orders|ticket|case|invoice|inv|ref|reference|sku|model|part|serial|sn|s/n|isbn|ean|upc|gtin|version|"
    r"ver|v|build|firmware|fw|release|tracking|track|shipment|parcel|account|acct|iban|customer|member|id|pin|otp|"
    r"code|zip|postcode|postal|room|batch|lot|patent|step|steps|km|page|error|err|kb|article|item|receipt|transaction"
    r"|bestellung|bestellnummer|sendungsnummer|rechnung|kundennummer|artikel"
    r"|commande|facture|colis|référence|pedido|factura|ordine|fattura|bestelling|factuur|zamówienie|zamówienia|faktura"
    r"|заказ|счёт|счет|订单|订单号|訂單|注文|주문"
    # session 19 (held-out PII set 14's look-alikes): the same labels in more languages
    r"|обращени[яею]|заявк[аиу]|посылк[аи]|накладн\w+|lasku|laskun|tilaus|tilauksen|lähetys|sendung|auftrag"
    r"|طلب|الطلب|فاتورة|الفاتورة|شحنة|الشحنة|运单|运单号|快递单号|發票|发票|伝票|伝票番号|送り状|운송장|운송장번호|송장|주문번호"
    r"|追跡番号|お問い合わせ番号|問い合わせ番号|운송장\s번호|송장\s번호"  # session 22 (PII set 21's look-alikes)
    r"|sipariş|siparis|fatura|kargo|objednávka|objednávky|zásilka|rendelés|számla|comanda|factura|bestilling|beställning"
)
_PHONE_WORD = re.compile(rf"(?<![^\W\d_])(?:{PHONE_WORDS})(?![^\W\d_])|{CJK_PHONE_WORDS}", re.IGNORECASE)


def _bare(text: str) -> str:
    """``text`` without accents ("τηλέφωνό" -> "τηλεφωνο", "número" -> "numero"), to match words however they are
    accented."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")


_PHONE_WORD_BARE = re.compile(rf"(?<![^\W\d_])(?:{_bare(PHONE_WORDS)})(?![^\W\d_])", re.IGNORECASE)


def _phone_word_in(text: str) -> bool:
    return bool(_PHONE_WORD.search(text) or (not text.isascii() and _PHONE_WORD_BARE.search(_bare(text))))
_LABEL_BEFORE = re.compile(
    rf"(?:(?<![^\W\d_])|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]))(?:{OTHER_LABELS})(?:\s*(?:no\.?|nr\.?|n[°ºo]\.?|№|number|nummer|numéro|número|numero|číslo|"
    rf"čís\.|номер|numara(?:sı)?|numer|#|:|-|=|is|was|"
    rf"ist|est|es|é))*\s*[#:]?\s*(?-i:[A-Z0-9][\w-]*\s+){{0,3}}$|[#№]\s*$", re.IGNORECASE)

# "Your hotline 0800 ...", "Ihre Hotline ...": the company's own line (session 15, from the dev half of held-out PII
# set 6). Toll-free numbers alone are not left out: "Erreichbar bin ich unter 1-800-..." is given as the writer's own.
_COMPANY_LINE = re.compile(r"(?<![^\W\d_])(?:your|ihre|eure|votre|vos|su|sua|vostra|jullie|uw|ваш\w*|ihr)\s+"
                           r"(?:\w+\s+)?(?:hotline|helpline|help\s+line|support\s+line|service\s+line|customer\s+"
                           r"service|kundenservice|kundendienst|service\s+client|servicio\s+al\s+cliente|"
                           r"assistenza|klantenservice|горячая\s+линия|поддержк\w+|support|call\s+cent(?:er|re)|"
                           r"servicenummer|service-?nummer)\b[^\n]{0,25}$"
                           r"|(?:客服热线|客服电话|客服電話|サポート窓口|お客様窓口|コールセンター|고객센터|콜센터|\bSAC\b|central\s+de\s+"
                           r"atendimento|tổng\s+đài|\bcall\s*cent(?:er|re)|\bcontact\s+cent(?:er|re)|คอลเซ็นเตอร์|горяч\w+\s+лини\w+|\bhotline|\bhelpline)[^\n]{0,15}$"
                           # a free number to call is a company's (session 19, held-out PII set 14's look-alikes)
                           r"|(?:\btoll[- ]?free|\bfreephone|\bfree\s?call|numéro\s+vert|número\s+gratuito|numero\s+verde|"
                           r"\bgratisnummer|kostenlose\w*\s+(?:hotline|rufnummer|nummer)|бесплатн\w+\s+(?:номер|линия|телефон)|"
                           r"フリーダイヤル|フリーコール|免费电话|免費電話|免付費電話|수신자\s?부담)[^\n]{0,15}$"
                           # a customer-service line named right before its number, only small words between
                           # ("le service client au 09 70...", "linia de suport 0800...", set 15's look-alikes)
                           r"|(?:service\s+client(?:s|èle)?|customer\s+(?:service|support|care)|support\s+line|"
                           r"linia\s+de\s+suport|ügyfélszolgálat\w*|servicio\s+al\s+cliente|atención\s+al\s+cliente|"
                           r"assistenza\s+clienti|servizio\s+clienti|kundenservice|kundendienst|klantenservice|"
                           r"obsługa\s+klienta|infolinia|zákaznick\w+\s+(?:linka|podpora)|служб\w+\s+поддержки|"
                           r"служб\w+\s+підтримки|atendimento\s+ao\s+cliente|central\s+de\s+atendimento|kundeservice|"
                           r"kundtjänst|asiakaspalvelu)(?:\s+(?:au|at|on|is|est|es|è|é|ist|a|al|la|le|de|del|do|da|du|"
                           r"van|der|des|number|line|numéro|número|numero|nummer|numer|száma|номер|telefon|tel\.?)[,:]?)*"
                           r"\s*[:(]?\s*$", re.IGNORECASE)
_SEP = r"(?:[ \u00a0\u2009\u202f]?[-.\u2010-\u2013/\uff0d\uff0e][ \u00a0\u2009\u202f]?|[ \u00a0\u2009\u202f])"
_GROUP = r"(?:\(\s*[+\uff0b]?\d{1,5}\s*\)|\d{1,8})"
# Letters and digits of scripts written with spaces between words: a number touching one is part of a word
# ("A320", "v2"). Chinese, Japanese and Korean text puts numbers right against words ("电话是138...", "...です").
# Hebrew joins a one-letter preposition to a number with a hyphen ("ל-052-4817395", "to 052..."): that hyphen is no
# minus sign.
_WORDCHAR = r"\dA-Za-z_\u00c0-\u024f\u0370-\u052f"
CANDIDATE = re.compile(
    rf"(?:(?<=[\u05d0-\u05ea]-)|(?<![{_WORDCHAR}+\uff0b\-/.@#&=%]))(?<!\d:)(?:(?:tel|phone):)?[+\uff0b]?{_GROUP}(?:{_SEP}?{_GROUP})*"
    rf"(?:\s*(?:ext\.?|x|доб\.?|poste|durchwahl|内线|分机)\s*\d{{1,5}})?(?![{_WORDCHAR}/])(?!\.\d)(?!,\d)(?!:\d)",
    re.IGNORECASE,
)
_DATE = re.compile(r"^(?:(?:19|20)\d\d([./\-\s])\d{1,2}\1\d{1,2}|\d{1,2}([./\-\s])\d{1,2}\2(?:19|20)?\d\d)$")
_IP_SHAPED = re.compile(r"^[1-9]\d{0,2}(?:\.\d{1,3}){3}$")
_EXT = re.compile(r"\s*(?:ext\.?|x|доб\.?|poste|durchwahl|内线|分机)\s*\d{1,5}$", re.IGNORECASE)


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in text if c.isdigit())


def _groups(body: str) -> list[str]:
    return [_digits(g) for g in re.findall(r"\d+", body) if _digits(g)]


def is_phone(candidate: str, before: str = "", after: str = "") -> bool:
    """Is ``candidate`` (a match of ``CANDIDATE``) a phone number, given the text ``before`` and ``after`` it?

    Example:
        >>> is_phone("06 12 34 56 78"), is_phone("0049 30 1234567"), is_phone("(02) 9374 4000")
        (True, True, True)
        >>> is_phone("31.12.2026"), is_phone("100-200-300", before="SKU ")
        (False, False)
    """
    body = re.sub(r"^(?:tel|phone):", "", candidate.strip(), flags=re.IGNORECASE)
    body = _EXT.sub("", body)
    plus = body[:1] in "+\uff0b" or body.startswith("(+")
    groups = _groups(body)
    digits = "".join(groups)
    if not groups or len(digits) < 5:
        return False
    flat = unicodedata.normalize("NFKC", body)
    if _DATE.match(flat) or _IP_SHAPED.match(flat):
        return False  # "31.12.2026"; "192.168.178.1", an address the IP rule keeps (a home network's, a resolver's)
    clause = re.split(r"[.!?;。！？\n]\s", before[-40:])[-1]
    if _LABEL_BEFORE.search(clause) and not plus:
        return False
    if _COMPANY_LINE.search(clause[-40:]):
        return False  # the company's own line ("your hotline"): nobody's personal number
    if len(digits) < 7:  # short local numbers only right after a word that names them
        return len(groups) <= 4 and "/" not in flat and bool(_NAMED_RIGHT_BEFORE.search(clause))
    after_clause = re.split(r"[.!?;。！？\n](?:\s|$)", after[:30])[0]
    near_word = _phone_word_in(clause[-30:]) or _phone_word_in(after_clause)
    if near_word and 7 <= len(digits) <= 15 and len(groups) <= 5 and "/" not in flat and not plus:
        return True  # a phone word next to it: a local number of any plan ("02 125 307", "011 111 6705")
    if plus:
        trunk_in_brackets = "(0)" in flat.replace(" ", "")
        return 8 <= len(digits) - trunk_in_brackets <= 15 and digits[0] != "0"
    if digits.startswith("00") and digits[2:3] != "0":
        return 8 <= len(digits) - 2 <= 15
    if digits.startswith("011") and len(groups) > 1 and groups[0] == "011":
        return 8 <= len(digits) - 3 <= 15
    if digits[0] == "0" and digits[1] != "0":
        return 9 <= len(digits) <= 12 and (len(groups) > 1 or len(digits) <= 11)
    if digits[0] == "8" and len(digits) == 11 and (groups[0] == "8" or flat.startswith(("(8", "8 (", "8(")) or
                                                     len(groups) >= 3 or digits[1] == "9"):
        return True
    if re.fullmatch(r"(?:1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}", flat) and flat.lstrip("1 .-(")[0] in "23456789":
        return True
    if re.fullmatch(r"1[3-9]\d(?:[\s\-]?\d{4}){2}", flat):
        return True
    if re.match(r"\(\d{1,5}\)", flat) and len(groups) >= 3 and 8 <= len(digits) <= 12:
        return True  # an area code in brackets: "(55) 3369 5385"
    sizes = [len(g) for g in groups]
    grouped = len(groups) >= 3 and 8 <= len(digits) <= 11 and all(2 <= s <= 5 for s in sizes) and "/" not in flat
    if grouped and (near_word or (len(groups) >= 4 and set(sizes[1:]) != {3})):
        return True
    return near_word and 7 <= len(digits) <= 15 and len(groups) <= 5 and "/" not in flat
