"""Filters shared by search, stats, summaries and chat, turned into a SQL WHERE clause run inside the database.

``--where KEY=VALUE`` accepts a feedback column (source, segment, app_version, language, external_id) or any
metadata key kept from the export (for example ``platform=android``), or several metadata keys joined by ``|``, any
of which may hold the value (``platform|custom_attributes.platform=android``); an unknown key is an error, not an
empty result, so a typo does not look like "no feedback". Among keys joined by ``|``, one ending in ``~`` (``source~``
or a metadata key, ``App Name~``) *names* the value: it holds it as a word, plural or not, and counts only for items
that carry none of the other keys (``Requester type|source~=courier``: a ticket whose requester is a courier, or any
item of the 'Courier feedback form' without a requester type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from retrieval.columns import LABELS_COLUMN, parse_date
from retrieval.countries import KEY as COUNTRY_KEY, known_country
from retrieval.errors import UserError
from retrieval.intents import SAYS
from retrieval.ranges import check_order, check_range

COLUMN_KEYS = {"source": "source", "segment": "segment", "plan": "segment", "app_version": "app_version",
               "version": "app_version", "language": "language", "external_id": "external_id", "rating": "rating"}
CUSTOMER_ACCOUNT = "customer_account"
"""The ``where`` key of an account of the imported customer file: the feedback of its users (``pma customers
import``), as "What does Lagan Foods complain about?" asks."""
NAMES = "~"  # a key that ends so names the value as a word (see the module docstring)


@dataclass
class Filters:
    """Which feedback to look at. Empty means everything."""

    since: datetime | None = None
    until: datetime | None = None
    sources: list[str] = field(default_factory=list)
    min_rating: float | None = None
    max_rating: float | None = None
    where: dict[str, str] = field(default_factory=dict)
    include_duplicates: bool = True
    says: str | None = None  # what the feedback says its writer will do: "leaving" (``retrieval.intents.SAYS``)

    @classmethod
    def from_cli(cls, *, since: str | None = None, until: str | None = None, source: list[str] | str | None = None,
                 min_rating: float | None = None, max_rating: float | None = None,
                 where: list[str] | None = None) -> "Filters":
        """Build from command-line strings; raises ``UserError`` naming the bad option."""
        pairs: dict[str, str] = {}
        for item in where or []:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise UserError(f"--where {item!r}: expected KEY=VALUE.", hint="Example: --where platform=android")
            pairs[key.strip()] = value.strip()
        sources = [source] if isinstance(source, str) else list(source or [])
        # ratings are stored on a 1-5 scale (stars as given, other scales converted at ingest)
        min_rating = check_range("--min-rating", min_rating, low=1, high=5, example="--min-rating 1 --max-rating 2")
        max_rating = check_range("--max-rating", max_rating, low=1, high=5, example="--min-rating 1 --max-rating 2")
        check_order("--min-rating", min_rating, "--max-rating", max_rating)
        start, end = _date_option("--since", since), _date_option("--until", until, end_of_day=True)
        if start is not None and end is not None and start >= end:
            raise UserError(f"--since {since} is after --until {until}: nothing can match.",
                            hint="Swap them, or drop one of the two.")
        return cls(since=start, until=end, sources=[s for s in sources if s], min_rating=min_rating,
                   max_rating=max_rating, where=pairs)

    def sql(self, conn=None, alias: str = "f") -> tuple[str, list]:
        """``(clause, params)`` for ``WHERE clause``; ``conn`` lets unknown metadata keys be detected."""
        parts, params = ["TRUE"], []
        if self.since:
            parts.append(f"{alias}.created_at >= %s")
            params.append(self.since)
        if self.until:
            parts.append(f"{alias}.created_at < %s")
            params.append(self.until)
        if self.sources:
            parts.append(f"{alias}.source = ANY(%s)")
            params.append(list(self.sources))
        if self.min_rating is not None:
            parts.append(f"{alias}.rating >= %s")
            params.append(self.min_rating)
        if self.max_rating is not None:
            parts.append(f"{alias}.rating <= %s")
            params.append(self.max_rating)
        if not self.include_duplicates:
            parts.append(f"{alias}.duplicate_of IS NULL")
        if self.says:
            parts.append(f"{alias}.text ~* %s")
            params.append(_said(self.says)[1])
        for key, value in self.where.items():
            column = COLUMN_KEYS.get(key.lower())
            if key.lower() == CUSTOMER_ACCOUNT:
                parts.append(of_accounts("lower(c.account) = lower(%s)", alias))
                params.append(value)
            elif column == "rating":
                parts.append(f"{alias}.rating = %s")
                params.append(float(value))
            elif column == "app_version":  # "4.4" is every 4.4.x release too
                parts.append(f"(lower({alias}.app_version) = lower(%s) OR {alias}.app_version LIKE %s)")
                params.extend([value, value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"])
            elif column == "segment" and conn is not None:  # every spelling of the plan (``retrieval.plans``)
                from retrieval.plans import same_plan

                spellings = same_plan(conn, value)
                # ... or, for an item that carries no plan, its customer account's plan or segment (a CRM's tier: an
                # insurance tester's "What do Gold brokers care about most?" read the 35 call notes that say Gold,
                # not the tickets of its 11 Gold brokers)
                parts.append(f"(lower({alias}.segment) = ANY(%s) OR coalesce({alias}.segment, '') = '' AND "
                             + of_accounts("(lower(c.plan) = ANY(%s) OR lower(c.segment) = ANY(%s))", alias) + ")")
                params.extend([spellings, spellings, spellings])
            elif column:
                parts.append(f"lower({alias}.{column}) = lower(%s)")
                params.append(value)
            else:
                # "platform|custom_attributes.platform": any of several metadata keys that hold the same field in
                # different exports (a CSV's platform column, an Intercom conversation's custom attribute)
                either, keys = [], [k.strip() for k in key.split("|") if k.strip() and not k.strip().endswith(NAMES)]
                loose = [k.strip() for k in key.split("|") if k.strip().endswith(NAMES)]
                if not keys:
                    raise UserError(f"--where {key}={value}: no key named.", hint="Example: --where platform=android")
                if any(k.lower() == COUNTRY_KEY for k in keys) and (named := known_country(value)) and named != value:
                    # a country as the export wrote it ("ie", "IE", "Irland") is stored under "country" by its English
                    # name (``retrieval.countries``): a neobank tester's --where country=ie found nothing
                    value = named
                for one in keys:
                    one = _metadata_key(conn, one, value) if conn is not None else one
                    # the value, or one element of a list the export wrote in one cell ("billing;refund", "billing,
                    # refund", '["billing", "refund"]': Zendesk and Jira tags): --where tags=billing finds both; a
                    # column of labels also split at spaces, as Zendesk's CSV writes its tags ("restaurant_wait
                    # courier gb": a food-delivery tester's --where tags=tablet_crash found nothing)
                    split = (r"[\s;,|]+" if LABELS_COLUMN.search(one) and not re.search(r"\s", value)
                             else r"\s*[;,|]\s*")
                    either.append(f"lower({alias}.metadata ->> %s) = lower(%s) OR lower(%s) = ANY("
                                  f"regexp_split_to_array(lower(regexp_replace({alias}.metadata ->> %s, "
                                  f"'[\\[\\]\"]', '', 'g')), '{split}'))")
                    params.extend([one, value, value, one])
                carried = " OR ".join([f"coalesce({alias}.metadata ->> %s, '') <> ''"] * len(keys))  # any of them
                if loose:  # ... or, for an item that carries none of them, a name that holds the value as a word
                    naming, nparams = names_sql(loose, value, alias)
                    either.append(f"(NOT ({carried}) AND {naming})")
                    params.extend([*keys, *nparams])
                if conn is not None and any(k.lower() == COUNTRY_KEY for k in keys) and (
                        regions := _customer_regions(conn, value)):
                    # ... or, for an item that carries no country, its customer account's (the CRM's billing
                    # country): an HR tester's tickets were joined to accounts for revenue, while "German customers"
                    # counted app reviews and survey answers only
                    either.append(f"(NOT ({carried}) AND {of_accounts('c.region = ANY(%s)', alias)})")
                    params.extend([*keys, regions])
                parts.append(f"({' OR '.join(either)})")
        return " AND ".join(parts), params

    def describe(self) -> str:
        bits = []
        if self.since:
            bits.append(f"since {self.since:%Y-%m-%d}")
        if self.until:
            bits.append(f"until {(self.until - timedelta(seconds=1)):%Y-%m-%d}")
        if self.sources:
            bits.append("source " + "/".join(self.sources))
        if self.min_rating is not None and self.min_rating == self.max_rating:
            bits.append(f"rating = {self.min_rating:g}")
        else:
            if self.min_rating is not None:
                bits.append(f"rating >= {self.min_rating:g}")
            if self.max_rating is not None:
                bits.append(f"rating <= {self.max_rating:g}")
        for key, value in self.where.items():
            loose = [k for k in key.split("|") if k.endswith(NAMES)]
            plain = "|".join(k for k in key.split("|") if not k.endswith(NAMES))
            bits.append(f"{plain}={value}" + (f" (or a {' or '.join(k[:-len(NAMES)] for k in loose)} named "
                                               f"'{value}')" if loose else ""))
        if self.says:
            bits.append(_said(self.says)[0])
        return ", ".join(bits) or "all feedback"


def names_sql(keys: list[str], value: str, alias: str = "f") -> tuple[str, list]:
    """SQL (and params): one of ``keys`` (``source~``, or a metadata key with ``~``) holds ``value`` as a word, in the
    singular or the plural ("Courier feedback form (Responses)", "courier_focus_groups", "Forkful Courier" for
    courier)."""
    word = "(^|[^[:alnum:]])" + re.escape(value.lower()) + "(e?s)?([^[:alnum:]]|$)"
    parts, params = [], []
    for key in keys:
        name = key[:-len(NAMES)]
        if name.lower() == "source":
            parts.append(f"{alias}.source ~* %s")
            params.append(word)
        else:
            parts.append(f"coalesce({alias}.metadata ->> %s, '') ~* %s")
            params += [name, word]
    return "(" + " OR ".join(parts) + ")", params


def _said(says: str) -> tuple[str, str]:
    if says not in SAYS:
        raise UserError(f"says={says!r}: not something feedback is read for.", hint=f"Use one of: {', '.join(SAYS)}.")
    return SAYS[says]


def of_accounts(condition: str, alias: str = "f") -> str:
    """SQL: the item's author, or the account its export names (``customers.link_accounts``), is a customer account
    that ``condition`` (over ``customers c``) holds for."""
    return (f"coalesce({alias}.account_hash, {alias}.author_hash) IN "
            f"(SELECT c.author_hash FROM customers c WHERE {condition})")


def _customer_regions(conn, country: str) -> list[str]:
    """The customer accounts' region values (``pma customers import``) that name ``country`` ("DE", "Deutschland",
    "Germany"), as stored."""
    named = known_country(country) or country
    regions = [r[0] for r in conn.execute("SELECT DISTINCT region FROM customers WHERE region IS NOT NULL")]
    return [r for r in regions if (known_country(r) or r).lower() == named.lower()]


def _metadata_key(conn, key: str, value: str) -> str:
    """The stored metadata key ``key`` names: as written, else the one that differs only in case ("Tags" for "tags");
    an unknown key is a one-line error."""
    if conn.execute("SELECT 1 FROM feedback WHERE metadata ? %s LIMIT 1", (key,)).fetchone() is not None:
        return key
    row = conn.execute("SELECT k FROM feedback, jsonb_object_keys(metadata) AS k WHERE lower(k) = lower(%s) LIMIT 1",
                       (key,)).fetchone()
    if row is None:
        raise UserError(f"--where {key}={value}: unknown field '{key}'.",
                        hint=f"Use a column ({', '.join(sorted(COLUMN_KEYS))}) or a metadata key "
                             "from your export (see `pma stats --json`).")
    return row[0]


def _date_option(option: str, value: str | None, *, end_of_day: bool = False) -> datetime | None:
    if not value:
        return None
    dt = parse_date(value)
    if dt is None:
        raise UserError(f"{option} {value!r}: not a date.", hint="Use YYYY-MM-DD, e.g. 2026-09-01.")
    if end_of_day and len(value.strip()) <= 10:
        dt = dt + timedelta(days=1)  # --until 2026-09-30 includes that whole day
    return dt.astimezone(timezone.utc)
