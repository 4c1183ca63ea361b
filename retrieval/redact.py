"""PII redaction applied before anything is stored or shown to a model.

Replaces e-mail addresses, phone numbers (international, North American, UK, Chinese mobile), payment card numbers
(Luhn-checked, so order numbers are left alone), IPv4/IPv6 addresses and URLs that carry secrets in their query
(token, key, signature, password, code...) with typed placeholders such as ``<EMAIL>``.

Deliberately not handled: personal names and street addresses (they need an NER model and produce many false
positives in product feedback, where "Jordan" may be a shoe and "Main St" a feature name).
"""

from __future__ import annotations

import re
from collections import Counter

PLACEHOLDERS = ("<URL>", "<EMAIL>", "<CARD>", "<IP>", "<PHONE>")

_SECRET_KEYS = r"(?:token|access_token|id_token|auth|key|api_key|apikey|secret|sig|signature|password|pwd|pass|code|session|sid|jwt)"
_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"']*?[?&#;]" + _SECRET_KEYS + r"=[^\s<>\"']+",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# 13-19 digits, optionally grouped by single spaces or dashes.
_CARD = re.compile(r"(?<![\d+])(?<!\d\.)(?:\d[ -]?){12,18}\d(?!\d|\.\d)")
_IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)")
_IPV6 = re.compile(r"(?<![:\w])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![:\w])|(?<![:\w])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:?){1,6}(?<!:)(?![:\w])")
_PHONE = re.compile(
    r"""(?<![\w/.+-])(?:
        \+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}   # +44 20 7946 0958, +86 138 1234 5678
      | \(\d{3}\)\s?\d{3}[\s.-]?\d{4}                                           # (415) 555-0132
      | \d{3}[.-]\d{3}[.-]\d{4}                                                 # 415-555-0132, 415.555.0132
      | 0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}                                       # 020 7946 0958, 0151-496-0000
      | 1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}                                          # 138 1234 5678 (Chinese mobile)
      | 0\d{9,10}                                                               # 07700900123
    )(?![\w/-]|\.\d)""",
    re.VERBOSE,
)


def luhn_ok(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "<CARD>" if 13 <= len(digits) <= 19 and luhn_ok(digits) else match.group(0)


def _phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "<PHONE>" if 7 <= len(digits) <= 15 else match.group(0)


def redact(text: str) -> tuple[str, Counter[str]]:
    """Return ``text`` with PII replaced by typed placeholders, and how many of each kind were replaced.

    Example:
        >>> redact("mail me at ana@example.com or +44 20 7946 0958")[0]
        'mail me at <EMAIL> or <PHONE>'
    """
    counts: Counter[str] = Counter()

    def sub(pattern: re.Pattern[str], repl, s: str, kind: str) -> str:
        def _r(m: re.Match[str]) -> str:
            out = repl(m) if callable(repl) else repl
            if out != m.group(0):
                counts[kind] += 1
            return out

        return pattern.sub(_r, s)

    if not text:
        return text, counts
    text = sub(_URL, "<URL>", text, "url")
    text = sub(_EMAIL, "<EMAIL>", text, "email")
    text = sub(_CARD, _card, text, "card")
    text = sub(_IPV4, "<IP>", text, "ip")
    text = sub(_IPV6, "<IP>", text, "ip")
    text = sub(_PHONE, _phone, text, "phone")
    return text, counts
