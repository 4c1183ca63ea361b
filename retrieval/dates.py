"""Reading a date as exports write it: ISO 8601, common locale formats (day or month first, as the column writes
them), time-zone abbreviations and epoch seconds or milliseconds.

An epoch number counts as a date only when it falls in a plausible range for feedback (2000-01-01 to a year from
now): a 9-13 digit number outside it is an id, a phone number or a count, not a time.

Not handled here: which column holds the date (``columns``), relative dates ("yesterday", "3 days ago") and dates
written in words of languages other than English.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

from dateutil.parser import UnknownTimezoneWarning

_DMY = re.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})\2\d{2,4}(?!\d)")


def day_first(values: list[str]) -> bool:
    """Whether a column's dates like 01.10.2026 are day first: a value whose first number is above 12
    ("13/10/2026") says so for the whole column, one whose second number is above 12 says month first; when no
    value tells, dots are day first (as written in Europe) and slashes and dashes month first.

    Example:
        >>> day_first(["01/10/2026", "13/10/2026"]), day_first(["01.10.2026"]), day_first(["10/01/2026", "10/13/2026"])
        (True, True, False)
    """
    first = second = 0
    dots = 0
    for v in values:
        if m := _DMY.match(v):
            first += int(m.group(1)) > 12
            second += int(m.group(3)) > 12
            dots += m.group(2) == "."
    if first or second:
        return first > second
    return dots > 0



_EPOCH = re.compile(r"^\d{9,13}(\.\d+)?$")
_EPOCH_FIRST = datetime(2000, 1, 1, tzinfo=timezone.utc)


def _epoch(number: float) -> datetime | None:
    """Epoch seconds, or milliseconds above 1e11, as a date when plausible for feedback (2000-01-01 to a year from
    now); ``None`` otherwise: a survey's respondent id 114235001 is not a time in 1973."""
    if number > 1e11:
        number /= 1000.0
    try:
        dt = datetime.fromtimestamp(number, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return dt if _EPOCH_FIRST <= dt <= datetime.now(timezone.utc) + timedelta(days=366) else None


# Time-zone abbreviations exports write after a time (Google Forms: "2026/10/01 9:14:03 AM MDT"), in seconds east
# of UTC; an ambiguous one ("IST": India, Ireland, Israel) is left out and read as UTC.
_TIME_ZONES = {"UTC": 0, "GMT": 0, "WET": 0, "WEST": 3600, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200,
               "EEST": 10800, "MSK": 10800, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
               "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200, "AKST": -32400, "AKDT": -28800,
               "HST": -36000, "JST": 32400, "KST": 32400, "HKT": 28800, "SGT": 28800, "AWST": 28800,
               "ACST": 34200, "AEST": 36000, "AEDT": 39600, "NZST": 43200, "NZDT": 46800, "BRT": -10800}


# A date with words around it, as Amazon's review pages and their exports write it: "Reviewed in the United States on
# June 18, 2026" (an e-bike tester's 189 Amazon reviews were stored without dates).
_STATED = re.compile(r"^(?:reviewed|posted|written|submitted|published|rated)\s+(?:in\s+(?P<place>.+?)\s+)?on\s+"
                     r"(?P<date>.+)$", re.IGNORECASE)


def stated_place(value: str | None) -> str | None:
    """Where a date says the item was written ("Reviewed in the United States on June 18, 2026" -> "United States"),
    else None."""
    m = _STATED.match(str(value or "").strip())
    return re.sub(r"^the\s+", "", m.group("place"), flags=re.IGNORECASE) if m and m.group("place") else None


def parse_date(value: str | None, day_first: bool = False) -> datetime | None:
    """Parse ISO 8601, common locale formats (month-first for 01/02/2026 unless ``day_first``, the column's
    reading from ``day_first``) and epoch seconds or milliseconds (only from 2000-01-01 to a year from now).

    Returns an aware UTC datetime, or ``None`` if ``value`` is not a date.

    Example:
        >>> parse_date("1693751000000").year, parse_date("114235001")
        (2023, None)
    """
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    if _EPOCH.match(value):
        return _epoch(float(value))
    if m := _STATED.match(value):
        value = m.group("date").strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        from dateutil import parser

        if not re.search(r"\d", value) or len(value) > 64:
            return None
        try:
            with warnings.catch_warnings():  # an abbreviation dateutil cannot place is read as UTC, silently
                warnings.simplefilter("ignore", UnknownTimezoneWarning)
                dt = parser.parse(value, fuzzy=False, dayfirst=day_first and bool(_DMY.match(value)),
                                  tzinfos=_TIME_ZONES)
        except (ValueError, OverflowError, parser.ParserError):
            return None
    if not 1990 <= dt.year <= 2100:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


