"""The PII **test** set: strings the redaction rules were not written against.

The **dev** set is ``tests/pii_cases.py`` (231 strings, frozen as it was when the rules were last tuned). This set
was written before the phone rules were reworked and is only scored, never tuned on. How it is made:

1. **Phone numbers from national numbering plans** of 30 countries (ITU-T E.164 country codes; national
   significant number lengths, trunk prefixes and the digit grouping each country writes, as described in the
   countries' public numbering plans). Each number is drawn at random (fixed seed) inside a documented range and
   written the ways people write it: national form with the trunk prefix (``06 12 34 56 78``, ``(02) 9374 4000``,
   ``8 (912) 345-67-89``), ``+CC`` form, ``00CC`` form (the international prefix of most countries), ``+CC (0)``,
   dialled from North America (``011 ...``), without separators, with ``ext.``, with non-breaking spaces and in
   full-width digits (as CJK input methods type them).
2. **E-mail addresses** of other shapes: long and new TLDs, hyphenated and numeric domains, sub-addressing, upper
   case, ``mailto:``, angle brackets, Unicode local parts, and the ``name [at] domain [dot] com`` spellings people
   use to dodge spam filters.
3. **Card numbers** of other networks and groupings (Discover, JCB, Diners 4-6-4, Maestro 19 digits, Mir) and
   **IP addresses** of other shapes (with a port, private ranges, full and compressed IPv6, IPv4-mapped IPv6).
4. **Secret-bearing URLs** with other parameter names (pre-signed cloud links, OAuth codes, reset and invite
   tokens, ``client_secret``).
5. **Phone numbers from libphonenumber** (Google's phone metadata, the ``phonenumbers`` package, added after the
   rules were reworked and scored once): for each of its 245 regions, its example fixed-line and mobile numbers
   with the last digits re-drawn until the number is still valid, formatted by the library nationally,
   internationally and as dialled from another country (``00 33 ...`` from Germany, ``011 33 ...`` from the US).
   Reported apart (``phone_libphonenumber``) because it is the only part no person here wrote.
6. **Contexts** in 16 languages and 9 scripts, phrased anew (``TEMPLATES``), and **real reviews** from the public
   CLAP and SemEval sets (``../shared/data``) with the value spliced in at the start, middle or end.

Look-alikes that must survive (``NON_PII``): dates, times, versions, builds, prices, ratings, order, tracking,
ISBN and part numbers, sizes, scores and coordinates written the ways more countries write them. Over-redaction on
real text is measured separately on the unmodified reviews (``real_reviews``).

All numbers are fictional: random digits in valid ranges, documentation IP ranges and example domains.
"""

from __future__ import annotations

import csv
import json
import random

from tests.support.paths import SHARED_DATA

CLAP = SHARED_DATA / "clap_rq1" / "clap_rq1_reviews.csv"
SEMEVAL = SHARED_DATA / "semeval2014_restaurants" / "semeval2014_restaurants.jsonl"

# ---- phone numbers ------------------------------------------------------------------------------------------------
# country -> (country code, trunk prefix or "", [national significant number templates as digit groups]).
# 'N' is a random digit, other characters are fixed. Group boundaries are how the country writes the number.
PLANS: dict[str, tuple[str, str, list[list[str]]]] = {
    "FR": ("33", "0", [["6", "NN", "NN", "NN", "NN"], ["7", "NN", "NN", "NN", "NN"], ["1", "NN", "NN", "NN", "NN"],
                       ["4", "NN", "NN", "NN", "NN"]]),
    "DE": ("49", "0", [["30", "NNNNNNNN"], ["89", "NNNNNNN"], ["151", "NNNNNNNN"], ["170", "NNNNNNN"],
                       ["221", "NNNNNNN"], ["40", "NNNN", "NNNN"]]),
    "AU": ("61", "0", [["2", "NNNN", "NNNN"], ["3", "NNNN", "NNNN"], ["4NN", "NNN", "NNN"], ["8", "NNNN", "NNNN"]]),
    "GB": ("44", "0", [["161", "NNN", "NNNN"], ["113", "NNN", "NNNN"], ["7NNN", "NNNNNN"], ["1632", "NNNNNN"]]),
    "ES": ("34", "", [["6NN", "NNN", "NNN"], ["9NN", "NN", "NN", "NN"], ["7NN", "NN", "NN", "NN"]]),
    "IT": ("39", "", [["06", "NNNN", "NNNN"], ["3NN", "NNN", "NNNN"], ["02", "NNNN", "NNNN"]]),
    "NL": ("31", "0", [["6", "NNNNNNNN"], ["20", "NNN", "NNNN"], ["10", "NNN", "NN", "NN"]]),
    "BE": ("32", "0", [["4NN", "NN", "NN", "NN"], ["2", "NNN", "NN", "NN"]]),
    "CH": ("41", "0", [["44", "NNN", "NN", "NN"], ["79", "NNN", "NN", "NN"]]),
    "AT": ("43", "0", [["1", "NNNNNNN"], ["664", "NNNNNNN"]]),
    "SE": ("46", "0", [["8", "NNN", "NNN", "NN"], ["70", "NNN", "NN", "NN"]]),
    "NO": ("47", "", [["4NN", "NN", "NNN"], ["22", "NN", "NN", "NN"]]),
    "DK": ("45", "", [["NN", "NN", "NN", "NN"]]),
    "PL": ("48", "", [["5NN", "NNN", "NNN"], ["22", "NNN", "NN", "NN"]]),
    "PT": ("351", "", [["9NN", "NNN", "NNN"], ["21", "NNN", "NNNN"]]),
    "IE": ("353", "0", [["1", "NNN", "NNNN"], ["8N", "NNN", "NNNN"]]),
    "BR": ("55", "0", [["11", "9NNNN", "NNNN"], ["21", "NNNN", "NNNN"]]),
    "MX": ("52", "", [["55", "NNNN", "NNNN"], ["33", "NNNN", "NNNN"]]),
    "AR": ("54", "0", [["11", "NNNN", "NNNN"]]),
    "JP": ("81", "0", [["3", "NNNN", "NNNN"], ["90", "NNNN", "NNNN"], ["6", "NNNN", "NNNN"]]),
    "KR": ("82", "0", [["10", "NNNN", "NNNN"], ["2", "NNN", "NNNN"]]),
    "IN": ("91", "0", [["9NNNN", "NNNNN"], ["11", "NNNN", "NNNN"], ["80", "NNNN", "NNNN"]]),
    "CN": ("86", "0", [["21", "NNNN", "NNNN"], ["755", "NNNN", "NNNN"]]),
    "HK": ("852", "", [["9NNN", "NNNN"], ["2NNN", "NNNN"]]),
    "SG": ("65", "", [["9NNN", "NNNN"], ["6NNN", "NNNN"]]),
    "ZA": ("27", "0", [["21", "NNN", "NNNN"], ["82", "NNN", "NNNN"]]),
    "NG": ("234", "0", [["803", "NNN", "NNNN"]]),
    "KE": ("254", "0", [["712", "NNNNNN"]]),
    "RU": ("7", "8", [["912", "NNN", "NN", "NN"], ["495", "NNN", "NN", "NN"]]),
    "TR": ("90", "0", [["532", "NNN", "NN", "NN"], ["212", "NNN", "NN", "NN"]]),
}
# How each country separates groups in its national form (first is the most common).
SEPARATORS = {"FR": [" ", "."], "DE": [" ", "/"], "JP": ["-"], "KR": ["-"], "RU": ["-", " "], "BR": ["-"],
              "CN": ["-", " "], "NL": ["-", " "], "SE": [" ", "-"], "AR": ["-", " "]}
# Countries whose national form puts the area code in parentheses.
PAREN_AREA = {"AU", "BR", "RU", "TR", "AR", "MX", "DE"}
# Countries that write "+CC (0)" in international form.
PAREN_ZERO = {"DE", "AT", "CH", "NL", "GB", "BE"}


def _fill(template: str, rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "N" else c for c in template)


def _national(country: str, groups: list[str], rng: random.Random) -> str:
    cc, trunk, _ = PLANS[country]
    sep = rng.choice(SEPARATORS.get(country, [" "]))
    first = trunk + groups[0] if trunk and not groups[0].startswith("0") else groups[0]
    if country in PAREN_AREA and len(groups) > 1 and rng.random() < 0.5:
        return f"({first}) " + sep.join(groups[1:])
    if country == "DE" and sep == "/":
        return f"{first}/" + "".join(groups[1:])
    return sep.join([first, *groups[1:]])


def phone_values(seed: int = 2027) -> list[tuple[str, str, str]]:
    """``("phone", value, how)`` for every plan: national, +CC, 00CC and a few other written forms."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str]] = []
    for country, (cc, trunk, templates) in PLANS.items():
        for template in templates:
            groups = [_fill(t, rng) for t in template]
            out.append(("phone", _national(country, groups, rng), f"{country} national"))
            out.append(("phone", f"+{cc} " + " ".join(groups), f"{country} +CC"))
            out.append(("phone", f"00{cc} " + " ".join(groups), f"{country} 00CC"))
            if country in PAREN_ZERO and trunk:
                out.append(("phone", f"+{cc} (0){' '.join(groups)}", f"{country} +CC (0)"))
        groups = [_fill(t, rng) for t in rng.choice(templates)]
        out.append(("phone", f"+{cc}{''.join(groups)}", f"{country} +CC compact"))
        if trunk:
            out.append(("phone", trunk + "".join(groups), f"{country} national compact"))
    nanp = [f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}" for _ in range(6)]
    out += [("phone", f"1-800-555-0{rng.randint(100, 199)}", "US toll-free 1-"),
            ("phone", f"1 ({nanp[0]}) 555-0{rng.randint(100, 199)}", "US 1 (area)"),
            ("phone", f"+1-{nanp[1]}-555-0{rng.randint(100, 199)}", "US +1-"),
            ("phone", f"({nanp[2]}) 555 0{rng.randint(100, 199)}", "US (area) spaces"),
            ("phone", f"{nanp[3]} 555 0{rng.randint(100, 199)}", "US spaces"),
            ("phone", f"001 {nanp[4]} 555 0{rng.randint(100, 199)}", "US from Europe"),
            ("phone", f"011 44 20 7946 0{rng.randint(100, 999)}", "GB dialled from the US"),
            ("phone", f"011 49 30 {rng.randint(1000000, 9999999)}", "DE dialled from the US"),
            ("phone", f"({nanp[5]}) 555-0{rng.randint(100, 199)} ext. {rng.randint(10, 999)}", "US with ext."),
            ("phone", f"06\u00a0{rng.randint(10, 99)}\u00a0{rng.randint(10, 99)}\u00a0{rng.randint(10, 99)}\u00a0"
                      f"{rng.randint(10, 99)}", "FR non-breaking spaces"),
            ("phone", "０９０－" + _fullwidth(f"{rng.randint(1000, 9999)}") + "－" + _fullwidth(f"{rng.randint(1000, 9999)}"),
             "JP full-width"),
            ("phone", "１３９ " + _fullwidth(f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"), "CN full-width"),
            ("phone", f"+49 (0) 30 / {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10, 99)}",
             "DE +49 (0) with slash"),
            ("phone", f"+33 (0)6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
             "FR +33 (0)")]
    return out


def libphonenumber_values(seed: int = 2027) -> list[tuple[str, str, str]]:
    """``("phone", value, how)`` from libphonenumber's metadata: every region's example fixed-line and mobile
    number, last digits re-drawn (still valid), in national, international and out-of-country format."""
    import phonenumbers as pn
    from phonenumbers import PhoneNumberFormat as Fmt
    from phonenumbers import PhoneNumberType as Type

    rng = random.Random(seed + 3)
    callers = ["DE", "US", "GB", "FR", "JP", "AU", "BR", "IN"]
    out: list[tuple[str, str, str]] = []
    for region in sorted(pn.SUPPORTED_REGIONS):
        for kind in (Type.FIXED_LINE, Type.MOBILE):
            example = pn.example_number_for_type(region, kind)
            if example is None:
                continue
            number = example
            for _ in range(20):
                nsn = str(example.national_number)
                tail = min(4, len(nsn) - 2)
                trial = pn.parse("+" + str(example.country_code) + nsn[:-tail] +
                                 "".join(str(rng.randint(0, 9)) for _ in range(tail)))
                if pn.is_valid_number(trial):
                    number = trial
                    break
            caller = rng.choice([c for c in callers if c != region])
            label = f"{region} {'mobile' if kind == Type.MOBILE else 'fixed'}"
            out.append(("phone", pn.format_number(number, Fmt.NATIONAL), f"{label} national"))
            out.append(("phone", pn.format_number(number, Fmt.INTERNATIONAL), f"{label} international"))
            out.append(("phone", pn.format_out_of_country_calling_number(number, caller),
                        f"{label} dialled from {caller}"))
    return out


def pii_libphonenumber_cases(seed: int = 2027) -> list[tuple[str, str, str]]:
    """``(kind, value, text)`` for ``libphonenumber_values``, placed like ``pii_test_cases``; the ``how`` of each
    value is in ``libphonenumber_values``."""
    return _place(libphonenumber_values(seed), random.Random(seed + 4))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


# ---- other kinds ----------------------------------------------------------------------------------------------------
def other_values(seed: int = 2027) -> list[tuple[str, str, str]]:
    """E-mails, cards, IPs and secret URLs in shapes the dev set does not have."""
    from tests.support.cases.pii import _group, _luhn_complete  # the dev set's generators: same Luhn completion
    rng = random.Random(seed + 1)
    emails = ["jean-pierre.martin@orange-mail.example", "k.nakamura+support@example.jp", "MARIA.GARCIA@EXAMPLE.ES",
              "o.kowalski@poczta.example.pl", "team.lead@sub.division.example.photography", "a1b2c3@123mail.example",
              "user_2027@mail-server.example.travel", "ana.sousa@exemplo.example.com.br", "dr.smith@clinic.example.health",
              "j.o'connor@example.ie", "pedro@example.museum", "x@example.io"]
    out: list[tuple[str, str, str]] = [("email", e, "shape") for e in emails]
    out += [("email", "mailto:lena.berg@example.se", "mailto"), ("email", "<h.tanaka@example.co.jp>", "angle brackets"),
            ("email", "josé.núñez@example.es", "unicode local part"), ("email", "müller.jörg@example.de", "unicode local part"),
            ("email", "ivan.petrov [at] example [dot] ru", "obfuscated [at] [dot]"),
            ("email", "sophie.dubois(at)example.fr", "obfuscated (at)"),
            ("email", "tom.baker at example dot co dot uk", "obfuscated at/dot"),
            ("email", "wei.zhang＠example.cn", "full-width at")]
    cards = [("Discover", "6011", 16, [4, 4, 4, 4], " "), ("JCB", "35", 16, [4, 4, 4, 4], "-"),
             ("Diners", "36", 14, [4, 6, 4], " "), ("Maestro", "6759", 19, [4, 4, 4, 4, 3], " "),
             ("Mir", "2200", 16, [4, 4, 4, 4], " "), ("Visa", "4", 16, [4, 4, 4, 4], "."),
             ("Mastercard 2-series", "2221", 16, [4, 4, 4, 4], " "), ("Amex", "37", 15, [4, 6, 5], "-")]
    for name, prefix, length, sizes, sep in cards:
        digits = _luhn_complete(prefix, length, rng)
        out += [("card", _group(digits, sizes, sep), name), ("card", digits, f"{name} compact")]
    out += [("ip", f"203.0.113.{rng.randint(1, 254)}:8443", "IPv4 with port"),
            ("ip", f"172.16.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "private IPv4"),
            ("ip", f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "private IPv4"),
            ("ip", f"198.51.100.{rng.randint(1, 254)}/24", "CIDR"),
            ("ip", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "full IPv6"),
            ("ip", "fe80::1ff:fe23:4567:890a", "link-local IPv6"),
            ("ip", "::ffff:192.0.2.128", "IPv4-mapped IPv6"),
            ("ip", "2001:db8::8a2e:370:7334", "compressed IPv6")]
    tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(32))
    out += [("url", f"https://bucket.s3.example.com/export.csv?X-Amz-Credential=AKIA{tok[:16]}&X-Amz-Signature={tok}",
             "pre-signed"),
            ("url", f"https://app.example.com/invite?invite_token={tok}", "invite token"),
            ("url", f"https://example.com/auth/callback?state=abc&code={tok}", "OAuth code"),
            ("url", f"https://id.example.com/password/reset?reset_token={tok}&uid=88", "reset token"),
            ("url", f"https://api.example.com/oauth?client_id=app&client_secret={tok}", "client secret"),
            ("url", f"https://example.com/verify?otp={rng.randint(100000, 999999)}&email=x", "one-time code"),
            ("url", f"http://192.0.2.10/admin?passwd={tok[:12]}", "password"),
            ("url", f"https://hooks.example.com/services/T000/B000?access-token={tok}", "access-token")]
    return out


# ---- contexts -----------------------------------------------------------------------------------------------------
TEMPLATES = [
    "Vous pouvez me joindre au {pii} en journée.",
    "Potete chiamarmi al {pii} dopo le 18.",
    "Bel me gerust op {pii}, dan leg ik het uit.",
    "Meu contato é {pii}, obrigado!",
    "Proszę o kontakt: {pii}",
    "Мой номер {pii}, перезвоните пожалуйста.",
    "連絡先は{pii}です。よろしくお願いします。",
    "연락처는 {pii} 입니다. 빨리 답변 주세요",
    "رقمي هو {pii} شكرا",
    "मेरा नंबर {pii} है, कृपया कॉल करें",
    "Bana {pii} üzerinden ulaşabilirsiniz.",
    "Ring mig på {pii} efter lunch.",
    "Erreichbar bin ich unter {pii} (auch WhatsApp).",
    "Escríbeme al {pii} por favor",
    "btw my number changed to {pii}",
    "Text me on WhatsApp {pii} if that's easier",
    "{pii} <- that's me, call after 5pm",
    "send the invoice to {pii} pls",
    "(mobile: {pii})",
    "Reach out: {pii}.",
    "The app shows my details as \"{pii}\" on the profile page, why??",
    "My old account was under {pii}; please merge it with this one",
    "[{pii}] still gets the weekly digest even though I unsubscribed",
    "我的电话是{pii}，请联系我",
]
# How a value is joined to a real review: before it, after it, or inside it.
JOINS = ["{review} Contact: {pii}", "{pii} — {review}", "{head} ({pii}) {tail}", "{review}\n\n{pii}"]


def real_reviews(limit: int | None = None) -> list[str]:
    """The public reviews and review sentences (CLAP app reviews, SemEval-2014 restaurant sentences), unmodified;
    empty when ../shared/data is absent."""
    texts: list[str] = []
    if CLAP.exists():
        with CLAP.open(newline="", encoding="utf-8") as fh:
            texts += [r["text"] for r in csv.DictReader(fh)]
    if SEMEVAL.exists():
        with SEMEVAL.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def required_real_reviews() -> list[str]:
    """``real_reviews()`` for a test that needs them: skipped without ../shared/data, failed in CI
    (``tests.support.paths.shared_data``)."""
    from tests.support.paths import shared_data

    for path in (CLAP, SEMEVAL):
        shared_data(*path.relative_to(SHARED_DATA).parts)
    return real_reviews()


def pii_test_cases(seed: int = 2027) -> list[tuple[str, str, str]]:
    """``(kind, value, text)``: every test value in a new-phrasing template, and again inside a real review.

    Without ../shared/data the real-review half is missing (the bench refuses to run then)."""
    return _place(phone_values(seed) + other_values(seed), random.Random(seed + 2))


def _place(values: list[tuple[str, str, str]], rng: random.Random) -> list[tuple[str, str, str]]:
    reviews = [r for r in real_reviews() if 20 <= len(r) <= 300]
    out = []
    for kind, value, _ in values:
        out.append((kind, value, rng.choice(TEMPLATES).format(pii=value)))
        if reviews:
            review = rng.choice(reviews)
            words = review.split()
            cut = rng.randint(1, max(1, len(words) - 1))
            out.append((kind, value, rng.choice(JOINS).format(review=review, pii=value, head=" ".join(words[:cut]),
                                                              tail=" ".join(words[cut:]))))
    return out


# ---- look-alikes that must survive ----------------------------------------------------------------------------------
NON_PII = {
    "date": ["Seit dem 31.12.2026 geht nichts mehr", "Depuis le 05/10/2026 ça plante", "2026年10月5日から使えません",
             "Updated on 12-31-2026 and it broke", "Le 1er octobre 2026 à 14h30", "desde el 03-11-2026",
             "Since 2026.10.05 no sync", "On 5 Oct 2026 the app froze", "Trial ends 2026/12/31 23:59"],
    "time": ["Crashes at 23:59:59 every night", "Synced 14h05, failed 14h07", "Run lasted 1:02:33"],
    "version": ["Version 1.2.3.4 fixed it", "Windows build 10.0.19045.3693", "v2.10.14 beta", "iOS 17.4.1 on iPhone 13",
                "Android 14 (build UP1A.231005.007)", "after update 4.12.0.1015", "firmware 3.40.06.18",
                "release 2026.10.05.1"],
    "price": ["Das Abo kostet 1.299,00 € im Jahr", "R$ 49,90 por mês é caro", "¥12,800 for the annual plan",
              "₹499/month is too much", "CHF 12.50 pro Monat", "£4.99 a month", "1 299,00 € TTC", "$1,049.99 bundle",
              "zł 19,99 miesięcznie", "₩ 15,000 per month"],
    "rating": ["4.5/5 would recommend", "9/10 app", "Rated ★★★★☆ (4 of 5)", "score 87/100", "5 étoiles sur 5"],
    "order": ["Order 4521-8876-1109 never arrived", "Bestellnummer 2026-0042-7781", "Commande n° 100 245 887",
              "Ticket #2026-10-0457", "Case 00123456 still open", "Invoice 2026/000123"],
    "tracking": ["Tracking 1Z 999 AA1 01 2345 6784", "Sendungsnummer 00340434161234567890",
                 "ISBN 978-3-16-148410-0", "EAN 4006381333931"],
    "product": ["Pixel 9 Pro XL 512 GB", "Galaxy S24 Ultra SM-S928B", "Garmin Fenix 7X", "Apple Watch Series 9 45mm",
                "Model 010-02540-00 watch", "part no. 12-3456-789", "Xiaomi 13T Pro", "SKU 300-400-500 sold out"],
    "measure": ["Hiked 21,3 km mit 1.250 Hm", "1 234 567 downloads", "4 096 MB RAM", "Resolution 2560 x 1440",
                "Temperature -12.5 °C", "Speed 120 km/h", "12 500 pas aujourd'hui", "Map scale 1:25 000",
                "Elevation 2 962 m", "Coordinates 48.8584° N, 2.2945° E"],
    "other": ["Color #FF5733 is ugly", "Error 0x80070005 on install", "Postcode 75008 Paris", "SW1A 1AA is wrong",
              "Years 2019-2026 of data", "Top 10 of 2026", "Between 8 and 10 users", "Chapter 3.2.1",
              "room 1204-B", "Serial SN4CE0460D0G"],
}


def non_pii_test() -> list[tuple[str, str]]:
    """``(category, text)`` look-alikes that must come out unchanged."""
    return [(cat, text) for cat, texts in NON_PII.items() for text in texts]
