"""One parsed export row -> one feedback item ready to embed and store, or a rejection that says why.

Everything that happens to a row before it is stored happens here: cleaning, the length limit, dates and ratings,
source, the keyed hash of the user id, PII redaction of the text and of every kept column, language, and the
stable content id (``content_id``: a keyed hash of source + normalised raw text + external id, and of the author
and date when the row has them, so the same row ingested twice is one item and two customers writing "Love it" are
two).

Not handled here: reading files (``loaders``), deciding which column is which (``columns``), the PII patterns
themselves (``redact``), de-duplication against stored items (``ingest``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from retrieval.columns import (LABELS_COLUMN, PRODUCT_COLUMN, AboveScale, BelowScale, ColumnMap, clean_text,
                               detect_language, row_text_columns,
                               names_a_location, names_a_person, names_a_reply, names_a_time, names_a_person_id, names_a_version,
                               names_an_organization,
                               names_company_size, normalise_text, parse_date, parse_rating, plan_of_tags, says_nothing, size_name,
                               text_part_names)
from retrieval.countries import KEY as COUNTRY_KEY
from retrieval.countries import country_name, known_country, names_a_country, names_a_place
from retrieval.dates import stated_place
from retrieval.regions import KEY as REGION_KEY
from retrieval.regions import names_a_region, region_name
from retrieval.states import KEY as STATE_KEY
from retrieval.states import US_CODES, names_a_state, state_code
from retrieval.first_names import is_english_word, is_first_name
from retrieval.loaders import RawRow
from retrieval.redact import handles_in, redact
from retrieval.transcripts import customer_turns, without_quoted_reply

METADATA_CHARS = 2000  # longest kept value of an extra column
ROW_KEY = "answers_of_row"
"""Metadata key of the items one row without an id gave (a survey's answers to two open questions): its file and
row, so that its score or rating counts once (``assistant.chat.rating_facts``)."""
FIELD_CHARS = 200  # longest segment or app version


@dataclass
class Rejected:
    file: str
    row: int
    reason: str
    values: dict[str, str | None]


@dataclass
class Item:
    row: int
    content_hash: str
    source: str
    external_id: str | None
    text: str
    redacted: bool
    created_at: datetime | None
    rating: float | None
    author_hash: str | None
    segment: str | None
    app_version: str | None
    language: str
    metadata: dict
    base_hash: str | None = None  # the content id without author and date, when it differs (``content_id``)


class Rejection(Exception):
    """The row cannot be stored; ``str()`` is the reason written to the rejects file."""


class RowConverter:
    """Turns the rows of one file into items, given its column map and the run's choices.

    Args:
        colmap: which column holds which field.
        columns: all column names of the file (the ones not mapped are kept as metadata).
        keyed_hash: the installation's keyed hash (``Database.keyed_hash``).
        max_chars: longer texts are rejected.
        redact_pii: redact text and kept columns before anything is stored.
        source: label forced on every item (``--source``), or None.
        default_source: label when the row has no source column value (the file name).
    """

    def __init__(self, colmap: ColumnMap, columns: list[str], *, keyed_hash: Callable[[str], str], max_chars: int,
                 redact_pii: bool, source: str | None, default_source: str, handles: frozenset[str] = frozenset()):
        self.colmap = colmap
        self.metadata_columns = colmap.metadata_columns(columns)
        self.row_text_columns = row_text_columns(self.metadata_columns)  # a Reddit post's "selftext" beside "body"
        # What the kept columns' names say, read once per file rather than per row.
        self.person_columns = {c for c in self.metadata_columns if names_a_person(c)}
        self.reply_columns = {c for c in self.metadata_columns if names_a_reply(c)}
        self.version_columns = {c for c in self.metadata_columns if names_a_version(c)}
        self.location_columns = {c for c in self.metadata_columns if names_a_location(c)}
        self.person_id_columns = {c for c in self.metadata_columns if names_a_person_id(c)}
        self.organization_columns = {c for c in self.metadata_columns if names_an_organization(c)}
        self.time_columns = {c for c in self.metadata_columns if names_a_time(c)}
        self.os_columns = [c for c in self.metadata_columns if _OS_COLUMN.search(c)]
        # labels and the ids of things ("Tags", "parent_id", "Subscription ID"): "band_2" there is no login
        self.label_columns = {c for c in self.metadata_columns if LABELS_COLUMN.search(c) or _LABEL_OR_ID.search(c)} \
            - self.person_id_columns
        # a column named "country" first: its codes are stored by name as every other country column's are ("GB" was
        # kept as written, so "in the UK" and "Germany" named no stored value: a thermostat tester's comparison)
        self.country_columns = sorted((c for c in self.metadata_columns if names_a_country(c)),
                                      key=lambda c: c != COUNTRY_KEY)
        self.place_columns = [c for c in self.metadata_columns if names_a_place(c) or names_a_location(c)]
        # every export's sales region under one key by one name ("NA" and "North America" alike: ``retrieval.regions``)
        self.region_columns = sorted((c for c in self.metadata_columns if names_a_region(c)),
                                     key=lambda c: c != REGION_KEY)
        # ... and its state or province by its code ("CA" and "California" alike: ``retrieval.states``)
        self.state_columns = sorted((c for c in self.metadata_columns if names_a_state(c)), key=lambda c: c != STATE_KEY)
        self.keyed_hash = keyed_hash
        self.max_chars = max_chars
        self.redact_pii = redact_pii
        self.source = source
        self.default_source = default_source
        self.export_platform = export_platform(columns)
        self.segment_is_size = names_company_size(colmap.get("segment"))  # read once per file, not per row
        # the product's own names, never a person's: the export file's name ("Tidestay Guest NPS 2026") and an app
        # or product column's values ("Tidestay Host")
        self.product_columns = [c for c in self.metadata_columns if PRODUCT_COLUMN.match(c.strip())]
        self.brands = brand_words(default_source) | handles  # and the company's own account (``own_handles``)
        # Kept columns repeat their values row after row (plan, platform, app version): each value is redacted once.
        self._redacted: dict[tuple[str, bool, bool, bool], tuple[str, Counter[str]]] = {}

    def reject(self, raw: RawRow, reason: str) -> Rejected:
        """The row for the rejects file, its values redacted as storing them would (whatever --keep-pii says): a
        tester's rejects file kept two requesters' names in clear, which the store never held."""
        values = raw.values
        own = self._own_names(values)
        shown: dict[str, str | None] = {}
        for column, value in values.items():
            if not value:
                shown[column] = value
            elif column == self.colmap.get("user"):
                shown[column] = self.keyed_hash(value.strip().lower())
            elif ruled := self._by_column(column, value):
                shown[column] = ruled[0]
            elif _a_name(value):  # a ragged row's values sit under other columns ("Pat Doe" under Tags)
                shown[column] = "<NAME>"
            else:
                text = self._redact_kept(value, column in self.version_columns)[0]
                shown[column] = own.sub("<NAME>", text) if own else text
        return Rejected(str(raw.file), raw.row, reason, shown)

    def convert(self, raw: RawRow) -> Item:
        """The item for ``raw``.

        Raises:
            Rejection: the row is unusable (parse problem, empty or too long text, bad date or rating).
        """
        return self._convert(raw, None)

    def convert_all(self, raw: RawRow) -> list[Item]:
        """The items of ``raw``: one, or one per answer of a review site's row ("Pros", "Cons": ``ColumnMap
        .text_parts``), each answer after its column's name ("Cons: No multi-currency"), the title kept as a column.
        Two answers in one item were themed by the praise they shared ("Invoicing tool / solid", 137 of a tester's
        939 items), not by what each says.

        Raises:
            Rejection: as ``convert``; every answer of the row empty.
        """
        if not self.colmap.text_parts or raw.problem:
            return [self.convert(raw)]
        answered = [c for c in self.colmap.text_columns if clean_text(raw.values.get(c) or "")]
        # "Cons: None so far", "Hard to think of any": no item beside an answer that says something (a tester's
        # 131 such cons made the largest theme)
        answered = [c for c in answered if not says_nothing(raw.values[c])] or answered
        items = [self._convert(raw, c) for c in answered]
        if not items:
            raise Rejection(f"column '{' + '.join(self.colmap.text_columns)}': text is empty")
        if len(items) > 1 and not items[0].external_id:  # the answers of one row count its score once
            for item in items:
                item.metadata[ROW_KEY] = f"{raw.file.name}:{raw.row}"
        return items

    def score_only(self, raw: RawRow) -> Item | None:
        """A survey answer that gives a score (or chooses an option of a closed question, ``ColumnMap.choice_columns``)
        and leaves every comment empty or saying nothing ("n/a", "-", "idk":
        ``columns.says_nothing``), as an ``Item`` without text for the ``scores`` table (NPS and CSAT count it;
        nothing searches, themes or cites it), or None for any other row. A tester's CSAT export lost 14 of its 289
        scores this way ("text is empty": rejected), and its 30 "n/a", "-" and "idk" comments made a theme.

        Raises:
            Rejection: its date or score is unusable.
        """
        texts = [*self.colmap.text_columns, self.colmap.get("title")]
        if raw.problem or any((t := clean_text(raw.values.get(c) or "")) and not _no_comment(t) for c in texts if c):
            return None
        # or an option of a closed question chosen, the comment left empty ("Cancellation Reason: Too expensive"): an
        # answer without a score (a project-tool tester's cancellation export had 6 of 45 rejected, "text is empty")
        answered = self._rating(raw.values) is not None or any(clean_text(raw.values.get(c) or "")
                                                               for c in self.colmap.choice_columns)
        return self._convert(raw, None, score=True) if answered else None

    def _convert(self, raw: RawRow, part: str | None, *, score: bool = False) -> Item:
        """The item of ``raw`` (of its answer ``part``), or with ``score`` its score alone, without text."""
        if raw.problem:
            raise Rejection(raw.problem)
        values = raw.values
        written = "" if score else self._text(values, part)
        # a conversation in one cell, an e-mail reply's quote of the mail before it: the team's words are no feedback
        text = without_quoted_reply(customer_turns(written))
        created_at, rating = self._created_at(values), self._rating(values)
        source = (self.source or self._value(values, "source") or self.default_source).strip()
        external_id = self._value(values, "external_id")
        title = clean_text(self._value(values, "title") or "")
        shown = with_title(title, text) if part is None else text
        brands = self.brands.union(*(brand_words(values.get(c) or "") for c in self.product_columns))
        stored_text, counts = redact(shown, brands=brands) if self.redact_pii else (shown, Counter())
        metadata = self._metadata(values, counts)
        if part is None and not clean_text(values.get(self.colmap.get("text") or "") or ""):
            for column in self.row_text_columns:  # the text it gave is the item's, not a column beside it
                metadata.pop(column, None)
        if not any(k.lower() in PLATFORM_KEYS and os_platform(v) == re.sub(r"\s+", "", v.lower()) for k, v in
                   metadata.items()):  # a survey's "Phone OS" of "Android 15": the platform, as a store's reviews
            # carry it (a wearable tester's "How many Android users report that the band won't sync?" counted the
            # Google Play reviews alone, 24 of 42)
            metadata.update(next(({"platform": p} for c in self.os_columns if (p := os_platform(values.get(c)))), {}))
        platform = store_platform(source) or self.export_platform
        if platform and not any(k.lower() in PLATFORM_KEYS for k in metadata):
            metadata["platform"] = platform  # "Compare iOS and Android" over an App Store and Google Play export
        if part is not None and title:
            title_text, title_counts = redact(title, brands=brands) if self.redact_pii else (title, Counter())
            metadata[self.colmap.get("title")] = title_text[:METADATA_CHARS]
            counts.update(title_counts)
        if self.redact_pii and (own := self._own_names(values)):
            stored_text, n = own.subn("<NAME>", stored_text)
            if n:
                counts.update(name=n)
            metadata = {k: own.sub("<NAME>", v) for k, v in metadata.items()}
        raw_rating = (self._value(values, "rating") or "").strip()
        if rating is not None and raw_rating and rating != parse_rating(raw_rating):  # "8" of 0-10 read as 3.5
            metadata[self.colmap.get("rating")] = raw_rating[:METADATA_CHARS]  # the score as the customer gave it
        user = self._value(values, "user")
        author_hash = self.keyed_hash(user.strip().lower()) if user and user.strip() else None
        identity = written  # the row as exported: an item stored before replies were left out is the same item
        if score:  # no text tells two score-only answers apart: a row with no id, author or date is its place
            what = (f"score {rating:g}" if rating is not None else  # or the option chosen, with no score
                    "choice " + " / ".join(clean_text(values.get(c) or "") for c in self.colmap.choice_columns))
            identity = what + ("" if external_id or author_hash or created_at else f" {raw.file.name} row {raw.row}")
        content_hash, base_hash = content_id(self.keyed_hash, source, identity, external_id, author_hash, created_at)
        return Item(
            row=raw.row,
            content_hash=content_hash,
            base_hash=base_hash,
            source=source,
            external_id=external_id,
            text=stored_text,
            redacted=bool(counts),
            created_at=created_at,
            rating=rating,
            author_hash=author_hash,
            segment=_clip(_present(self._segment(values))),
            app_version=_clip(_present(self._value(values, "version"))),
            language="" if score else detect_language(shown),
            metadata=metadata,
        )

    # ---- one step per field ------------------------------------------------------------------------------------
    def _value(self, values: dict[str, str | None], field: str) -> str | None:
        column = self.colmap.get(field)
        return values.get(column) if column else None

    def _text(self, values, part: str | None = None) -> str:
        column = part or self.colmap.get("text")
        text = clean_text(values.get(column) or "")
        if part is not None and text and text_part_names(part):  # "Cons: No multi-currency"
            text = f"{part.strip()}{' ' if part.rstrip()[-1:] in '?:' else ': '}{text}"
        if not text and part is None:  # the row's text under another name (a Reddit post's "selftext")
            text = next((t for c in self.row_text_columns if (t := clean_text(values.get(c) or ""))), "")
        if not text and part is None and (title := clean_text(self._value(values, "title") or "")):
            text = title  # a board post with a title and no details ("Vegan filter"): the title is what it says
        if not text:
            raise Rejection(f"column '{column}': text is empty")
        if len(text) > self.max_chars:
            raise Rejection(f"column '{column}': text has {len(text)} characters (limit {self.max_chars}); split it "
                            "or raise PMA_RETRIEVAL_MAX_TEXT_CHARS")
        return text

    def _created_at(self, values) -> datetime | None:
        raw = self._value(values, "date")
        if not raw and self.colmap.date_fallback:  # a saved cancel session: when it started
            fallback = (values.get(self.colmap.date_fallback) or "").strip()
            return parse_date(fallback, self.colmap.day_first) if fallback else None
        if not raw:
            return None
        created_at = parse_date(raw, self.colmap.day_first)
        if created_at is None:
            raise Rejection(f"column '{self.colmap.get('date')}': {raw!r} is not a date; use ISO 8601 like "
                            "2026-09-03 (or pick another column with --date-col)")
        return created_at

    def _rating(self, values) -> float | None:
        column = self.colmap.get("rating")
        if not column:
            return None
        raw, scale = self._value(values, "rating"), self.colmap.rating_scale
        if not (raw or "").strip() and self.colmap.nps_column:  # a survey answer in an export of reviews too
            column, raw, scale = self.colmap.nps_column, values.get(self.colmap.nps_column), 10
        try:
            return parse_rating(raw, scale)
        except AboveScale:
            raise Rejection(f"column '{column}': {raw!r} is above the top of the column's scale "
                            f"({scale}); fix the value or split the file by scale") from None
        except BelowScale:
            raise Rejection(f"column '{column}': {raw!r} is below the bottom of a 1-5 star scale; fix the value or "
                            "leave it empty") from None
        except ValueError:
            raise Rejection(f"column '{column}': {raw!r} is not a rating number") from None

    def _segment(self, values) -> str | None:
        segment = self._value(values, "segment")
        if not segment and self.colmap.segment_tags:  # the plan a help desk keeps as a tag ("plan_family")
            return plan_of_tags(values.get(self.colmap.segment_tags) or "")
        return size_name(segment) if self.segment_is_size else segment

    def _own_names(self, values) -> re.Pattern[str] | None:
        """The names the row's user and person columns give (a transcript's speaker "Priya", "Customer Name: Ana
        Lima"), as a pattern for the text and kept columns: "Priya here, maps fail" has no cue that says person.
        Only values that read as a name (a listed given name first, letters only) count, not user ids."""
        found = []
        for column in (self.colmap.get("user"), *self.person_columns):
            value = (values.get(column) or "").strip() if column else ""
            if _a_name(value):
                found += [value, *(w for w in value.split() if len(w) >= 3 and not is_english_word(w))]
        if not found:
            return None
        return re.compile(r"(?<![\w<])(?:" + "|".join(map(re.escape, sorted(set(found), key=len, reverse=True))) +
                          r")(?![\w>])")

    def _metadata(self, values, counts: Counter) -> dict[str, str]:
        """The other columns, redacted like the text (what was found in them is added to ``counts``; a column
        redacted whole by its name is not: "Requester" on every ticket made "redacted 408 of 412", which said
        nothing about the PII in the feedback)."""
        metadata: dict[str, str] = {}
        for column in self.metadata_columns:
            value = values.get(column)
            if value is None or value == "":
                continue
            if column in self.reply_columns and not _TIME_VALUE.fullmatch(value.strip()):
                # the company's reply to a review is the team's words, and it greets the customer by name (a
                # neobank tester's Trustpilot "Reply Content", "Thanks a lot for the kind words, Declan!", was kept)
                continue
            if is_thread(value):
                # nor a ticket's whole thread (Zendesk's "comments": the description again, signed "Thanks,\nHarry
                # Khan" with the newline escaped, so the name a telehealth tester's text lost was kept, and the
                # agents' replies)
                continue
            ruled = self._by_column(column, value)
            if ruled and (self.redact_pii or column in self.person_id_columns):  # ids whatever --keep-pii says
                value = ruled[0]
            elif column in self.time_columns and _TIME_VALUE.fullmatch(value.strip()):
                pass  # a time, however its digits read (Google Play's epoch milliseconds passed as a card number)
            elif self.redact_pii:
                value, found = self._redact_kept(value, column in self.version_columns,
                                                 column not in self.organization_columns,
                                                 column in self.label_columns)
                counts.update(found)
            metadata[column] = value[:METADATA_CHARS]
        # every export's country column under one key, by its English name ("GB" and "United Kingdom" alike)
        country = next((values[c] for c in self.country_columns if values.get(c)
                        and (not c.lower().startswith("iso") or known_country(values[c]))), None) or \
            stated_place(values.get(self.colmap.get("date"))) or \
            next((k for c in self.place_columns if (k := known_country(values.get(c), names_only=True))), None)
        # Amazon: "Reviewed in the United States on ..."; Judge.me: a "location" of "United States"
        if country and (not metadata.get(COUNTRY_KEY) or COUNTRY_KEY in self.country_columns):
            metadata[COUNTRY_KEY] = country_name(country)[:METADATA_CHARS]
        region = next((values[c] for c in self.region_columns if values.get(c) and values[c].strip()), None)
        if region and (not metadata.get(REGION_KEY) or REGION_KEY in self.region_columns):
            metadata[REGION_KEY] = region_name(region)[:METADATA_CHARS]
        state = next((code for c in self.state_columns if (code := state_code(values.get(c)))), None)
        # Intercom's "Location" of "QC, Canada" or "TX, United States": the state and the country in one cell (an
        # edtech tester's Canada was the app reviews only, 169 of its 672 Canadian items)
        placed = next((p for c in self.place_columns if (p := _state_and_country(values.get(c)))[1]), (None, None))
        # a region column holding a province or state ("Region: QC" in a call's notes), by name or by a code that
        # is no country's ("ON", "QC"; not "CA", "DE", "IN")
        state = state or placed[0] or next((code for c in self.region_columns if (code := state_code(values.get(c)))
                                            and (len(values[c].strip()) > 3 or not known_country(values[c]))), None)
        if state and (not metadata.get(STATE_KEY) or STATE_KEY in self.state_columns):
            metadata[STATE_KEY] = state
        # a state or province says its country (a Typeform hidden field "province_state" of "QC")
        country = placed[1] or ((_STATE_COUNTRY[0] if state in US_CODES else _STATE_COUNTRY[1]) if state else None)
        if country and not metadata.get(COUNTRY_KEY):
            metadata[COUNTRY_KEY] = country
        return metadata

    def _by_column(self, column: str, value: str) -> tuple[str, Counter[str]] | None:
        """What a kept column's value becomes by what its name says, with its redaction count; None when it is
        redacted as text: a person's id or e-mail a keyed hash like the user column, a person's name <NAME>
        ("Requester: Ana": a lone first name needs its column), a location with digits <LOCATION> ("39.7392" next
        to a longitude places the customer)."""
        if column in self.person_id_columns:
            return self.keyed_hash(value.strip().lower()), Counter(id=1)
        if column in self.person_columns and re.search(r"[^\W\d_]", value):
            return "<NAME>", Counter(name=1)
        if column in self.location_columns and re.search(r"\d", value):
            return "<LOCATION>", Counter(location=1)
        return None


    def _redact_kept(self, value: str, versions: bool, names: bool = True,
                     labels: bool = False) -> tuple[str, Counter[str]]:
        key = (value, versions, names, labels)
        if (hit := self._redacted.get(key)) is None:
            hit = redact(value, versions=versions, names=names, labels=labels)
            if len(self._redacted) < _REDACTED_KEPT:
                self._redacted[key] = hit
        return hit


OWN_HANDLE_MIN_ROWS = 5  # rows an account must be named in to be the export's own
OWN_HANDLE_SHARE = 0.25  # of the file's rows


def own_handles(rows: list[RawRow]) -> frozenset[str]:
    """The accounts an export is addressed to, lower case without the @: a handle named in a quarter of its rows or
    more (5 at least), as a social listening export's "@VoltoraEV ..." is in every post (an EV-charging tester's 44
    mentions were 43 times "<HANDLE> Map shows stations as available ..."). A person's handle is in one
    conversation, not a quarter of a file, and stays redacted."""
    counts: Counter[str] = Counter()
    for raw in rows:
        counts.update({h.lower() for v in raw.values.values() if v and "@" in v for h in handles_in(v)})
    least = max(OWN_HANDLE_MIN_ROWS, OWN_HANDLE_SHARE * len(rows))
    return frozenset(h for h, n in counts.items() if n >= least)


@functools.lru_cache(maxsize=1024)  # per row of an export, whose product column holds a few names
def brand_words(name: str) -> frozenset[str]:
    """The words of a product's or an export file's name that can be a brand, lower case: four letters or more, no
    ordinary English word, no given name ("Tidestay Guest NPS 2026" -> {"tidestay"}; "maria_notes" -> none).

        >>> sorted(brand_words("Tidestay Guest NPS 2026")), sorted(brand_words("maria_notes"))
        (['tidestay'], [])
    """
    from retrieval.first_names import is_english_word, is_first_name

    return frozenset(w for w in re.findall(r"[^\W\d_]{4,}", name.lower())
                     if not is_english_word(w) and not is_first_name(w.capitalize()))


# besides a labels column (``LABELS_COLUMN``): categories, a help desk's custom fields, a thing's id or key
_LABEL_OR_ID = re.compile(r"(?:^|[\s_.-])(?:categor(?:y|ies)|custom_fields|fields|id|ids|uuid|key)$|"
                          r"^(?:tags?|labels?|custom_fields|fields)(?:[\s_.-]|$)", re.IGNORECASE)


def _a_name(value: str) -> bool:
    """The whole value reads as a person's name: up to four capitalised words of letters, a listed given name
    first ("Pat Doe", "Priya"), not a user id."""
    words = value.strip().split()
    return 0 < len(words) <= 4 and all(w.isalpha() and w[0].isupper() for w in words) and is_first_name(words[0])


# A date or time written in digits: "1763476631009", "2026-11-18 22:17:11", "18/11/2026 22:17".
_TIME_VALUE = re.compile(r"\d[\d\s:./TZ+-]*")
_THREAD_KEYS = frozenset({"body", "html_body", "plain_body", "text", "message", "content", "comment", "note"})


def is_thread(value: str) -> bool:
    """A kept value is a conversation: a JSON list of objects with a body (a ticket's comments, a chat's parts).

        >>> is_thread('[{"id": 1, "plain_body": "Thanks, Ann"}]'), is_thread('["vip", "billing"]'), is_thread("[1, 2]")
        (True, False, False)
    """
    if not value.lstrip().startswith("[{"):
        return False
    import json

    try:
        parts = json.loads(value)
    except ValueError:
        return False
    return isinstance(parts, list) and any(isinstance(p, dict) and _THREAD_KEYS & set(p) for p in parts)
_REDACTED_KEPT = 50_000  # distinct kept values of one file remembered at most (free-text columns rarely repeat)


PLATFORM_KEYS = {"platform", "os", "device_os", "operating_system", "device_platform", "plattform", "plateforme",
                 "plataforma", "piattaforma"}
# Amazon's Appstore first: its apps run on Fire OS, an Android (a streaming tester's Fire TV reviews were counted as
# iOS, "Appstore" read as Apple's); a TV's channel store is its own platform
_STORES = ((re.compile(r"amazon|fire\s?tv|kindle", re.I), "android"),
           (re.compile(r"app\s?store|apple|itunes|\bios\b", re.I), "ios"),
           (re.compile(r"google\s?play|play\s?store|android", re.I), "android"),
           (re.compile(r"\broku\b", re.I), "roku"))


# Google Play Console's review export, named "reviews_reviews_<package>_<month>.csv" (no store in its name): its own
# columns say where it comes from (a tester's 262 Android reviews had no platform, and "And on Android?" left them out).
_PLAY_CONSOLE_COLUMNS = {"package name", "review submit date and time"}


_OS_COLUMN = re.compile(r"(?:^|[\s_.-])(?:os|platform|operating[\s_]system)(?:[\s_.-]?version)?$", re.IGNORECASE)
_OS_VALUE = re.compile(r"^\s*(android|ipados|ios|iphone\s+os|windows|mac\s?os(?:\s?x)?|os\s?x|linux|chrome\s?os|web)\b",
                       re.IGNORECASE)


def os_platform(value: str | None) -> str | None:
    """The platform an operating system's value names ("Android 15" -> "android", "iOS 19.1" -> "ios"), else None.

        >>> [os_platform(v) for v in ("Android 15", "iOS 19.1", "macOS 15", "Pixel 7", None)]
        ['android', 'ios', 'macos', None, None]
    """
    m = _OS_VALUE.match(value or "")
    if not m:
        return None
    word = re.sub(r"\s+", "", m.group(1).lower())
    return {"iphoneos": "ios", "macosx": "macos", "osx": "macos", "macos": "macos"}.get(word, word)


def export_platform(columns: list[str]) -> str | None:
    """The platform a store's own export format names by its columns ("android" for Google Play Console's), else None."""
    return "android" if _PLAY_CONSOLE_COLUMNS <= {c.strip().lower() for c in columns} else None


def store_platform(source: str) -> str | None:
    """The platform an app store's reviews come from ("App Store" -> "ios", "Google Play" -> "android"), else None.

        >>> [store_platform(s) for s in ("App Store", "google_play", "intercom", "Play Store reviews",
        ...                              "Amazon Appstore", "Roku Channel Store")]
        ['ios', 'android', None, 'android', 'android', 'roku']
    """
    return next((name for pattern, name in _STORES if pattern.search(source.replace("_", " "))), None)


def _no_comment(text: str) -> bool:
    """A survey comment that says nothing ("n/a", "-", "idk"); an emoji ("👍") says how the person feels.

        >>> [_no_comment(t) for t in ("n/a", "-", "👍", "ok")]
        [True, True, False, False]
    """
    return says_nothing(text) and not any(unicodedata.category(ch) == "So" for ch in text)


def content_id(keyed_hash: Callable[[str], str], source: str, text: str, external_id: str | None,
               author_hash: str | None, created_at: datetime | None) -> tuple[str, str | None]:
    """The item's stable id and, when it differs, its base: the id without the author and the date.

    The id is a keyed hash of the source (any case), the normalised text (before a title is put in front) and the
    external id, plus the author's keyed hash and the date when the row has them: the same row ingested again has
    the same id, while three customers writing "Love it" on their own days are three items. A row with neither
    author nor date is identified by its text. The base is what ids were before author and date were part of
    them; a row counts as stored when an item with its base has the same author and date, or none where one of the
    two has none (``retrieval.store``): an older item, and the same reviews exported without a nickname column.

    Example:
        >>> a = content_id(str, "App Store", "Love it", None, "u1", None)
        >>> b = content_id(str, "app store", "love it", None, "u2", None)
        >>> a[0] != b[0] and a[1] == b[1]
        True
    """
    base = f"{source.lower()}\x1f{normalise_text(text)}\x1f{external_id or ''}"
    if author_hash is None and created_at is None:
        return keyed_hash(base), None
    when = created_at.isoformat() if created_at is not None else ""
    return keyed_hash(f"{base}\x1f{author_hash or ''}\x1f{when}"), keyed_hash(base)


def with_title(title: str, text: str) -> str:
    """``text`` headed by its ``title`` ("Crashes constantly. The app crashes when…"), unless the text already
    starts with it. The content id stays that of the text, so an export ingested before titles were read is not
    stored twice.

    Example:
        >>> with_title("Battery", "Drains my battery in two hours.")
        'Battery. Drains my battery in two hours.'
    """
    title = title.strip()
    if not title or normalise_text(text).startswith(normalise_text(title)):
        return text
    return f"{title}{'' if title[-1] in '.!?。！？…:' else '.'} {text}"


_MISSING = {"n/a", "na", "null", "none", "nan", "unknown", "not available"}


def _present(value: str | None) -> str | None:
    """``value``, or ``None`` when an export wrote a placeholder for a missing value ("?", "-", "N/A", "null"):
    a version "?" would otherwise be reported as the most affected release."""
    if value is None:
        return None
    v = value.strip()
    return None if not any(ch.isalnum() for ch in v) or v.lower() in _MISSING else value


def _clip(value: str | None, n: int = FIELD_CHARS) -> str | None:
    return value.strip()[:n] if value and value.strip() else None


_STATE_COUNTRY = ("United States", "Canada")


def _state_and_country(value: str | None) -> tuple[str | None, str | None]:
    """A location written "[City, ]State, Country" ("QC, Canada", "Austin, TX, United States"): its state or province
    code (of the United States or Canada) and its country's English name; (None, None) when the last part names no
    country.

        >>> _state_and_country("QC, Canada"), _state_and_country("Austin, TX, United States"), _state_and_country("Paris")
        (('QC', 'Canada'), ('TX', 'United States'), (None, None))
    """
    parts = [p.strip() for p in (value or "").split(",") if p.strip()]
    if len(parts) < 2 or not (country := known_country(parts[-1])):
        return None, None
    state = state_code(parts[-2]) if country in _STATE_COUNTRY else None
    if state and (state in US_CODES) != (country == _STATE_COUNTRY[0]):
        state = None  # "CA, Canada" is no Californian
    return state, country
