"""A seeded set of PII strings in varied formats and languages, and look-alikes that are not PII.

Used by ``tests/test_pii_redact.py`` (thresholds) and ``bench/pii.py`` (the reported recall and false-positive rate).
Everything is generated from a fixed seed; the numbers are fictional (documentation IP ranges, 555 numbers, test
card numbers made Luhn-valid here).
"""

from __future__ import annotations

import random
import re

from retrieval.redact import luhn_ok

SENTENCES = [
    "Please contact me at {pii} about the refund.",
    "My details: {pii}",
    "I wrote from {pii} twice and nobody answered!!",
    "请联系我 {pii}，谢谢",
    "我的账号信息是 {pii} 请尽快处理",
    "Meine Kontaktdaten: {pii}. Danke!",
    "Mi dato es {pii}, por favor llámenme.",
    "({pii}) is what the support form asked for",
    "{pii}",
]

NON_PII = [
    "Version 4.3.0 broke offline maps", "Updated to v10.2.1 yesterday", "Since 2026-09-03 the app crashes",
    "On 09/21/2026 at 14:22 it froze", "Plus went from $29.99 to $39.99", "Charged €1,299.00 by mistake",
    "Order #123456 never arrived", "Hiked 12.5 km with 1200 m elevation gain", "Rated 5/5 last year",
    "Battery went from 100% to 20% in 2 hours", "error 412 when downloading", "build 4521 on Android 15",
    "Ticket T-100234 still open", "Pixel 8 Pro, 256 GB", "iPhone 15 with iOS 18.1", "I walked 23,456 steps",
    "Route 66 and trail 1024 are missing", "Between 10:30 and 11:45 the GPS lagged", "Year 2025 was better",
    "Elevation at 4,421 m on Mount Whitney", "Map tiles at zoom 15-17 are blank", "It costs 39.99 per year",
    "Sync took 3-5 minutes", "Coordinates 46.8523, -121.7603 are wrong", "I rated 1 star on 2026/10/05",
    "升级到 4.3.0 后离线地图不能用了", "电池从 100% 掉到 20% 只用了两个小时", "订单号 20261005 还没处理",
    "Seit Version 4.4.2 stürzt die App ab", "Desde la versión 4.3.1 no funciona", "Session lasted 45:12 min",
    "App size is 182.4 MB", "Call it 2-3 times a week", "Page 12 of 30", "Android 14 → 15 upgrade",
    "Version 2026.11.3 of the web app", "The 4K video export is 3840x2160", "Reference 2026-000123",
    "Invoice INV-2026-0042 looks wrong", "My watch model is 010-02540-00", "SKU 100-200-300 is out of stock",
]


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def _group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    return sep.join(out)


def pii_values(seed: int = 7) -> list[tuple[str, str]]:
    """``(kind, value)`` pairs: e-mails, phones, cards, IPs and secret URLs in many formats."""
    rng = random.Random(seed)
    names = ["ana", "bo.chen", "carla_m", "d.okafor", "eve+trailmix", "li.wei", "zhang.san", "mueller", "o'neil",
             "x9user"]
    domains = ["example.com", "mail.example.co.uk", "example.org", "example.cn", "post.example.de", "example.io"]
    out: list[tuple[str, str]] = []
    for _ in range(50):
        name = rng.choice(names).replace("'", "")
        out.append(("email", f"{name}{rng.randint(1, 99)}@{rng.choice(domains)}"))
    for _ in range(6):
        n = rng.randint(100, 999)
        out.append(("phone", f"(415) 555-0{n}"[:14]))
        out.append(("phone", f"415-555-0{n % 100:02d}{rng.randint(0, 9)}"))
        out.append(("phone", f"+1 415 555 0{n}"[:15]))
        out.append(("phone", f"+44 20 7946 0{n}"))
        out.append(("phone", f"07700 900{n}"))
        out.append(("phone", f"+44 7700 900{n}"))
        out.append(("phone", f"1{rng.choice('3456789')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"))
        out.append(("phone", f"1{rng.choice('3456789')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"))
        out.append(("phone", f"+86 13{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"))
        out.append(("phone", f"+86-13{rng.randint(0, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"))
        out.append(("phone", f"+49 30 {rng.randint(100000, 999999)}"))
        out.append(("phone", f"+33 1 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"))
        out.append(("phone", f"+91 98765 {rng.randint(10000, 99999)}"))
        out.append(("phone", f"+81 3-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"))
    for _ in range(7):
        visa = _luhn_complete("4", 16, rng)
        mc = _luhn_complete("5" + str(rng.randint(1, 5)), 16, rng)
        amex = _luhn_complete("3" + rng.choice("47"), 15, rng)
        unionpay = _luhn_complete("62", 16, rng)
        out += [("card", visa), ("card", _group(visa, [4, 4, 4, 4], " ")), ("card", _group(mc, [4, 4, 4, 4], "-")),
                ("card", _group(amex, [4, 6, 5], " ")), ("card", unionpay)]
    for _ in range(9):
        out.append(("ip", f"203.0.113.{rng.randint(1, 254)}"))
        out.append(("ip", f"198.51.100.{rng.randint(1, 254)}"))
        out.append(("ip", f"2001:db8:{rng.randint(1, 9999):x}::{rng.randint(1, 9999):x}"))
    for _ in range(5):
        tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(24))
        out += [("url", f"https://trailmix.example.com/reset?token={tok}"),
                ("url", f"https://api.example.com/v1/export?user=7&api_key={tok}"),
                ("url", f"http://example.org/cb#access_token={tok}&type=bearer"),
                ("url", f"https://files.example.com/route.gpx?sig={tok}&exp=1700000000")]
    out += [("email", "Li.Wei@Example.COM"), ("email", "first_last@sub.mail.example.org"),
            ("phone", "+1 (415) 555-0199"), ("phone", "+44 (0)20 7946 0018"), ("phone", "tel:+14155550123"),
            ("phone", "010-12345678"), ("phone", "0086 138 1234 5678"), ("phone", "555.867.5309"),
            ("phone", "+61 2 9374 4000"), ("phone", "+55 11 91234-5678"),
            # (a public address: a home network's 10.x.x.x names no one and is kept since session 22)
            ("card", "4111 1111 1111 1111"), ("card", "5555555555554444"), ("ip", "81.2.69.142"),
            ("url", "https://example.com/oauth/callback?code=4/0AbCdEf&state=xyz"),
            ("url", "www.example.com/share?key=a1b2c3d4e5")]
    return out


def pii_cases(seed: int = 7) -> list[tuple[str, str, str]]:
    """``(kind, value, sentence)``: each PII value placed in a sentence in one of several languages."""
    rng = random.Random(seed + 1)
    return [(kind, value, rng.choice(SENTENCES).format(pii=value)) for kind, value in pii_values(seed)]


def leaked(value: str, redacted: str) -> bool:
    """The value, or its digit sequence for numbers, still readable in the output."""
    return bool(leaked_values([value], redacted))


# A float as Python prints it (0.041219871234...): its digits are no value's, and they made a chance match ("04/12/1987"
# found in a database dump's digits in one fresh-clone run).
_FLOAT = re.compile(r"(?<![\d.])-?\d+\.\d{9,}(?:e-?\d+)?(?![\d.])")


def leaked_values(values: list[str], redacted: str) -> list[str]:
    """The values still readable in the output (see ``leaked``): the value itself, or its digits alone (7 or more),
    read line by line (one dumped row, one log record) with floats left out, so that a chance run of digits across a
    whole dump (the digits of a score next to those of a date) is not a leak."""
    lines = [re.sub(r"\D", "", _FLOAT.sub(" ", line)) for line in redacted.splitlines()]
    found = []
    for value in values:
        digits = re.sub(r"\D", "", value)
        if value in redacted or (len(digits) >= 7 and any(digits in line for line in lines)):
            found.append(value)
    return found
