"""What the columns of an export mean, and turning raw rows into feedback records.

Detects the text, date, rating, source, user, segment, version, external-id and title columns from common names
(and, for text and date, from content; a title goes in front of the text it heads; a survey's NPS question is the
rating); an explicit ``--map COL=FIELD`` wins; every other column is kept as metadata. Parses dates in ISO 8601,
common locale formats and epoch seconds/milliseconds, and ratings onto the product's 1-5 scale (``rating_scale``,
``parse_rating``: scores out of 10 in NPS bands).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone

from dateutil.parser import UnknownTimezoneWarning

from retrieval.errors import UserError
from retrieval.loaders import LoadedFile

FIELDS = ("text", "date", "rating", "source", "user", "segment", "version", "external_id", "title")

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "review", "review_text", "body", "content", "comment", "comments", "feedback", "message",
             "description", "verbatim", "response", "answer", "note", "notes", "feedback_text", "review_body",
             # German, French, Spanish, Portuguese, Italian, Dutch, Polish
             "kommentar", "rezension", "commentaire", "avis", "comentario", "resena", "opiniao", "commento",
             "recensione", "opmerking", "recensie", "komentarz", "opinia"),
    "date": ("date", "created_at", "created", "timestamp", "time", "submitted_at", "review_date", "date_ms",
             "datetime", "submitted", "created_date", "updated_at", "at", "datum", "fecha", "datum_der_bewertung",
             "recorded_date", "submit_date", "submit_date_utc"),
    "rating": ("rating", "score", "stars", "star_rating", "star", "nps", "nps_score",
               "bewertung", "sterne", "etoiles", "valoracion", "puntuacion", "calificacion", "estrellas", "avaliacao",
               "estrelas", "valutazione", "stelle", "beoordeling", "sterren", "ocena", "gwiazdki"),
    "source": ("source", "channel", "origin", "store"),
    "user": ("user", "user_id", "userid", "author", "email", "user_email", "customer", "customer_id", "reviewer",
             "username", "user_name", "customer_email", "account_id", "requester_email", "requester_id", "requester",
             "reviewer_name", "author_name", "nickname", "submitter", "submitter_email", "reviewer_nickname",
             "speaker", "participant", "interviewee", "email_address", "respondent_email", "recipient_email"),
    "segment": ("segment", "plan", "tier", "subscription", "customer_segment", "pricing_plan"),
    # Google Play's review export has "App Version Code" (an integer) and "App Version Name" (what users see): the name.
    "version": ("version", "app_version", "appversion", "app_version_name", "version_name", "release", "build",
                "app_build", "app_version_code", "version_code"),
    "external_id": ("id", "ticket_id", "review_id", "external_id", "response_id", "feedback_id", "item_id"),
    # A review's or ticket's own headline ("Crashes constantly", "Refund request"): searched and shown with the text.
    "title": ("title", "review_title", "subject", "summary", "headline", "ticket_subject"),
}


def _norm(name: str) -> str:
    """Lower case without accents, words joined by "_", camelCase split ("reviewerNickname" -> "reviewer_nickname",
    "Étoiles" -> "etoiles")."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


@dataclass
class ColumnMap:
    """Which input column feeds each feedback field; ``None`` where the export has no such column."""

    fields: dict[str, str | None] = field(default_factory=dict)
    rating_scale: int = 5  # the top of the rating column's scale (see ``rating_scale``)
    day_first: bool = False  # the date column writes 01.10.2026 / 13/10/2026 day first (see ``day_first``)

    def get(self, name: str) -> str | None:
        return self.fields.get(name)

    def metadata_columns(self, columns: list[str]) -> list[str]:
        used = {c for c in self.fields.values() if c}
        return [c for c in columns if c not in used]


def detect_columns(loaded: LoadedFile, *, text_col: str | None = None, date_col: str | None = None,
                   mapping: dict[str, str] | None = None) -> ColumnMap:
    """Choose the column for each field. Explicit choices win; raises ``UserError`` if no text column is found."""
    columns = loaded.columns
    explicit: dict[str, str] = {}
    for fld, col in (mapping or {}).items():
        explicit[fld] = col
    if text_col:
        explicit["text"] = text_col
    if date_col:
        explicit["date"] = date_col
    for fld, col in explicit.items():
        if fld not in FIELDS:
            raise UserError(f"--map {col}={fld}: unknown field '{fld}'.", hint=f"Fields: {', '.join(FIELDS)}.")
        if col not in columns:
            raise UserError(f"{loaded.path}: column '{col}' (for {fld}) not found.",
                            hint=f"Columns in the file: {', '.join(columns[:20])}.")
    result: dict[str, str | None] = dict(explicit)
    taken = set(explicit.values())
    for fld in FIELDS:
        if fld in result:
            continue
        result[fld] = column_named(columns, FIELD_NAMES[fld], taken)
        if result[fld] and fld in _READ_AS and not _mostly(loaded, result[fld], _READ_AS[fld]):
            result[fld] = None  # a "score" of good/bad is kept as metadata instead of rejecting every row
        if result[fld]:
            taken.add(result[fld])
    if result["text"] is None and result["title"] is not None and "title" not in explicit:
        result["text"], result["title"] = result["title"], None  # a title column alone is the text
    if result["text"] is None:
        result["text"] = _guess_text_column(loaded, taken)
        if result["text"] is None:
            raise UserError(f"{loaded.path}: no text column found (columns: {', '.join(columns[:20])}).",
                            hint="Name it with --text-col COLUMN.")
    if result["date"] is None:
        result["date"] = _guess_date_column(loaded, taken | {result["text"]})
    if result["rating"] is None and "rating" not in explicit:
        result["rating"] = _guess_nps_column(loaded, set(result.values()))
    if result["segment"] is None and "segment" not in explicit:
        result["segment"] = _guess_plan_column(loaded, set(result.values()))
    scale = rating_scale(result["rating"], _sample(loaded, result["rating"])) if result["rating"] else 5
    return ColumnMap(result, scale, day_first(_sample(loaded, result["date"])) if result["date"] else False)


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


def _is_rating(value: str) -> bool:
    try:
        return parse_rating(value) is not None
    except ValueError:
        return False


# Fields found by name that must also read as their kind in most sampled values to be used.
_READ_AS = {"rating": _is_rating, "date": lambda v: parse_date(v) is not None}


def _mostly(loaded: LoadedFile, column: str, reads) -> bool:
    values = _sample(loaded, column)
    return not values or sum(map(reads, values)) >= 0.8 * len(values)


def _names_nps(column: str) -> bool:
    """The column is a survey's NPS question ("How likely are you to recommend Trailmix to a friend?", "NPS")."""
    name = _norm(column)
    return "recommend" in name and "likely" in name or re.search(r"(?:^|_)nps(?:_|$)", name) is not None


def _names_rating_question(column: str) -> bool:
    """A survey question that asks for a score ("How satisfied are you with Trailmix?", "How would you rate us from
    0 to 10?", "CSAT")."""
    name = _norm(column)
    return (re.search(r"(?:^|_)(?:rating|satisfied|satisfaction|dissatisfied|csat|stars?)(?:_|$)", name) is not None
            or re.search(r"(?:^|_)rate(?:_|$)", name) is not None  # "rate" as asked, not a "Heart rate" reading
            and re.search(r"(?:^|_)(?:how|you|your|please)(?:_|$)", name) is not None)


def _guess_nps_column(loaded: LoadedFile, taken: set[str | None]) -> str | None:
    """The NPS question's column, else a question asking for a score, skipping one that holds words (Qualtrics'
    "Q1_NPS_GROUP": Detractor / Passive / Promoter; "How would you rate the trail?" answered in words)."""
    for names in (_names_nps, _names_rating_question):
        found = next((col for col in loaded.columns
                      if col not in taken and names(col) and _mostly(loaded, col, _is_rating)), None)
        if found:
            return found
    return None


_PLAN_WORD = re.compile(r"(?:^|_)(?:plan|tier|subscription)(?:_|$)(?!to(?:_|$))")  # not Google Play's "Package Name"


def _guess_plan_column(loaded: LoadedFile, taken: set[str | None]) -> str | None:
    """A survey question about the customer's plan ("Which plan are you on?", "Your subscription tier"): a column
    whose name holds a plan word, not as a verb ("What do you plan to do?"), and whose answers are a few short
    choices."""
    for col in loaded.columns:
        if col in taken or not _PLAN_WORD.search(_norm(col)):
            continue
        values = _sample(loaded, col)
        if values and len(set(values)) <= 12 and max(len(v) for v in values) <= 40:
            return col
    return None


def reading_note(scale: int | None, dates_day_first: bool = False) -> str:
    """How a file's ratings and dates were read, for the ingest report ("" when as usual: 1-5 stars, month first)."""
    notes = []
    if scale == 10:
        notes.append("ratings are scores out of 10, read in NPS bands (0-6 as 1-2, 7-8 as 3-3.5, 9-10 as 4-5)")
    elif scale and scale != 5:
        notes.append(f"ratings are scores out of {scale}, read on 1-5 (0 as 1, {scale} as 5)")
    if dates_day_first:
        notes.append("dates are day first (01.10.2026 is 1 October)")
    return "; ".join(notes)


def rating_scale(column: str, values: list[str]) -> int:
    """The top of the column's scale: 10 for an NPS question or scores above 5 (0-10), 100 for scores above 10
    (a percentage), else 5 (stars). Scores written with their scale ("8/10") carry their own.

    Example:
        >>> rating_scale("Stars", ["4", "5", "1"]), rating_scale("Score", ["9", "3", "10"]), rating_scale("NPS", ["3"])
        (5, 10, 10)
    """
    if _names_nps(column) or re.search(r"(?:^|_)(?:0|1)_(?:to_)?10(?:_|$)|out_of_10", _norm(column)):
        return 10  # "How likely ... recommend", "from 0 to 10"
    top = 0.0
    for v in values:
        try:
            top = max(top, parse_rating(v) or 0.0)
        except ValueError:
            continue
    return 100 if top > 10 else 10 if top > 5 else 5


def names_a_version(column: str) -> bool:
    """The column's name says it holds a version or build ("App Version Name", "OS version", "Build"), so its
    dotted numbers are versions (redaction leaves them alone).

    Example:
        >>> names_a_version("App Version Name"), names_a_version("Device")
        (True, False)
    """
    return re.search(r"version|build|release|firmware", _norm(column)) is not None


# Columns that hold a person's name ("First Name", "Requester", "What's your name?"), but not a thing's name
# ("Package Name", "App Name", "Organization").
_PERSON_COLUMN = re.compile(
    r"(?:^|_)(?:first|last|full|given|family|middle|sur|user|customer|client|contact|requester|reviewer|author|"
    r"agent|assignee|submitter|respondent|display|nick|your|my)_?name(?:_|$)"
    r"|^(?:name|surname|requester|assignee|submitter|reviewer|agent)$")


def names_a_person(column: str) -> bool:
    """The column's name says it holds a person's name, so its whole value is redacted as ``<NAME>``.

    Example:
        >>> [names_a_person(c) for c in ("First Name", "Requester", "What's your name?", "Package Name", "App name")]
        [True, True, True, False, False]
    """
    return _PERSON_COLUMN.search(_norm(column)) is not None


# Columns that locate a person: coordinates (Qualtrics' "LocationLatitude", "lat", "GPS"), not a "Long answer".
_LOCATION_COLUMN = re.compile(r"latitude|longitude|coordinates|geo_?location|(?:^|_)gps(?:_|$)|^(?:lat|lng|lon|long)$")


def names_a_location(column: str) -> bool:
    """The column's name says it holds where a person is, so a value with digits is redacted as ``<LOCATION>``.

    Example:
        >>> [names_a_location(c) for c in ("LocationLatitude", "lng", "GPS coordinates", "Long answer", "Location")]
        [True, True, True, False, False]
    """
    return _LOCATION_COLUMN.search(_norm(column)) is not None


def column_named(columns: list[str], names: tuple[str, ...], taken: set[str] = frozenset()) -> str | None:
    """The column whose name means one of ``names`` (case, spaces and punctuation ignored; earlier names win),
    skipping ``taken`` columns; ``None`` when there is none.

    Example:
        >>> column_named(["Review Text", "Stars"], ("text", "review_text"))
        'Review Text'
    """
    by_norm = {_norm(c): c for c in columns}
    # Nested JSON exports flatten to "attributes.rating": a column is also known by its last part, after full names.
    by_last = {}
    for c in columns:
        by_last.setdefault(_norm(c.rsplit(".", 1)[-1]), c)
    for lookup in (by_norm, by_last):
        for candidate in names:
            if lookup is by_last and len(candidate) < 3:  # "organization.id" is not the item's id
                continue
            col = lookup.get(_norm(candidate))
            if col and col not in taken:
                return col
    return None


def _sample(loaded: LoadedFile, col: str, n: int = 200) -> list[str]:
    out = []
    for r in loaded.rows:
        v = r.values.get(col)
        if v:
            out.append(v)
            if len(out) >= n:
                break
    return out


def _guess_text_column(loaded: LoadedFile, taken: set[str]) -> str | None:
    best, best_len = None, 0.0
    for col in loaded.columns:
        if col in taken:
            continue
        values = _sample(loaded, col)
        if not values:
            continue
        letters = sum(1 for v in values if re.search(r"[^\W\d_]{2,}", v))
        if letters < 0.8 * len(values):
            continue
        avg = sum(len(v) for v in values) / len(values)
        if avg > best_len:
            best, best_len = col, avg
    return best if best_len >= 15 else None


def _guess_date_column(loaded: LoadedFile, taken: set[str]) -> str | None:
    for col in loaded.columns:
        if col in taken:
            continue
        values = _sample(loaded, col, 50)
        if values and sum(parse_date(v) is not None for v in values) >= 0.9 * len(values):
            if not all(re.fullmatch(r"\d{1,4}", v) for v in values):  # plain small integers are not dates
                return col
    return None


_EPOCH = re.compile(r"^\d{9,13}(\.\d+)?$")


# Time-zone abbreviations exports write after a time (Google Forms: "2026/10/01 9:14:03 AM MDT"), in seconds east
# of UTC; an ambiguous one ("IST": India, Ireland, Israel) is left out and read as UTC.
_TIME_ZONES = {"UTC": 0, "GMT": 0, "WET": 0, "WEST": 3600, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200,
               "EEST": 10800, "MSK": 10800, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
               "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200, "AKST": -32400, "AKDT": -28800,
               "HST": -36000, "JST": 32400, "KST": 32400, "HKT": 28800, "SGT": 28800, "AWST": 28800,
               "ACST": 34200, "AEST": 36000, "AEDT": 39600, "NZST": 43200, "NZDT": 46800, "BRT": -10800}


def parse_date(value: str | None, day_first: bool = False) -> datetime | None:
    """Parse ISO 8601, common locale formats (month-first for 01/02/2026 unless ``day_first``, the column's
    reading from ``day_first``) and epoch seconds or milliseconds.

    Returns an aware UTC datetime, or ``None`` if ``value`` is not a date.

    Example:
        >>> parse_date("1693751000000").year
        2023
    """
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    if _EPOCH.match(value):
        number = float(value)
        if number > 1e11:  # milliseconds
            number /= 1000.0
        try:
            return datetime.fromtimestamp(number, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
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


class AboveScale(ValueError):
    """A score above the top of its scale ("11" of 0-10), as opposed to one that is not a number at all."""


# Scores out of 10 are read in NPS bands, so "negative" (1-2) means detractors, 3-3.5 passives, 4-5 promoters.
# A score out of 10 -> the 1-5 rating: (score, rating) points joined by straight lines (chat's NPS reads them back).
NPS_BANDS = ((0, 1.0), (6, 2.0), (7, 3.0), (8, 3.5), (9, 4.0), (10, 5.0))


def parse_rating(value: str | None, scale: int | None = None) -> float | None:
    """A number like '4', '4.5', '4/5' or '★★★★'; ``None`` when absent. Raises ValueError when unreadable.

    With ``scale`` (the column's, from ``rating_scale``) the result is on the 1-5 scale the product uses: 1-5 as
    given; scores out of 10 in NPS bands (0-6 -> 1-2, 7 -> 3, 8 -> 3.5, 9 -> 4, 10 -> 5, in between linear); other
    scales linearly (0 -> 1, top -> 5). A score above its scale raises ``AboveScale``. Without ``scale``, the number as
    written.

    Example:
        >>> parse_rating("4/5", 5), parse_rating("8/10", 5), parse_rating("6", 10), parse_rating("75", 100)
        (4.0, 3.5, 2.0, 4.0)
    """
    if value is None or not str(value).strip():
        return None
    v = str(value).strip()
    if set(v) <= {"★", "☆"}:
        return float(v.count("★"))
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(?:/\s*(\d+(?:\.\d+)?)|stars?)?", v, re.IGNORECASE)
    if not m:
        raise ValueError(v)
    number = float(m.group(1).replace(",", "."))
    if scale is None:
        return number
    top = float(m.group(2)) if m.group(2) else float(scale)
    if number > top or top <= 0:
        raise AboveScale(f"{v} is above the top of its scale ({top:g})")
    if top == 5:
        return number
    if top == 10:
        for (x0, y0), (x1, y1) in zip(NPS_BANDS, NPS_BANDS[1:]):
            if number <= x1:
                return round(y0 + (y1 - y0) * (max(number, x0) - x0) / (x1 - x0), 2)
    return round(1 + 4 * max(number, 0.0) / top, 2)


def normalise_text(text: str) -> str:
    """Canonical form used for identity: NFKC, lower case, single spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def clean_text(text: str) -> str:
    """Text as stored: NFC, control characters removed, whitespace runs inside lines folded."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return re.sub(r"[ \t]+", " ", text).strip()


def detect_language(text: str) -> str:
    """Script-based language tag: 'zh', 'ja', 'ko', 'ru', 'ar', 'en' or 'und'. Cheap, no model.

    Latin-script text is tagged 'en' (the common case for product feedback); tell other Latin languages apart with
    a language-id model if that matters to you.
    """
    counts = {"han": 0, "kana": 0, "hangul": 0, "cyr": 0, "arab": 0, "latin": 0}
    for ch in text[:2000]:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            counts["han"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= o <= 0xD7AF:
            counts["hangul"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyr"] += 1
        elif 0x0600 <= o <= 0x06FF:
            counts["arab"] += 1
        elif ch.isascii() and ch.isalpha():
            counts["latin"] += 1
    if counts["kana"] > 0 and counts["kana"] + counts["han"] >= counts["latin"] / 4:
        return "ja"
    if counts["hangul"] > counts["latin"] / 4 and counts["hangul"]:
        return "ko"
    if counts["han"] and counts["han"] * 2 >= counts["latin"] / 4:
        return "zh"
    top = max(("cyr", "arab", "latin"), key=lambda k: counts[k])
    if counts[top] == 0:
        return "und"
    return {"cyr": "ru", "arab": "ar", "latin": "en"}[top]
