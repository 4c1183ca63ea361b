"""Customer accounts (plan, segment, revenue, region) joined to feedback, so a PM can ask who is affected and what
it costs: ``pma customers import accounts.csv``.

The file needs a user id or e-mail column (found by name like ingestion's user column, or ``--map COL=user``), or
else an account name column (a CRM's accounts report, one row per account); account, plan, segment, MRR, ARR and
region columns are found by name (``--map`` wins), every other column is kept as metadata. The user id is stored
only as the keyed hash ingestion stores for each item's author (``feedback.author_hash``), so the join needs no raw
e-mail. An item whose author is in no customer file joins the account its export names (``link_accounts``: Intercom's
"Company name", a merchant dashboard's "Restaurant"). MRR or ARR may be given alone (ARR = 12 x MRR). An account's
currency is read from a currency column, the amount column's name ("MRR (EUR)") or the amount ("€1,200"); amounts
in different currencies are summed apart (``revenue_text``: "MRR 31,200.00 USD + 8,400.00 EUR").
An import is checked whole before anything is written, then upserted in one transaction: a bad row is a one-line
error naming the file, row and field, and the stored accounts stay as they were.

Not handled: account names spelt otherwise than the export writes them beyond case, punctuation, a bracketed
suffix and a legal form ("Acme Ltd" is "ACME", "Acme Foods" is not "Acme"); currency conversion (no exchange rates
offline: "$" is read as US dollars).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.columns import FIELD_NAMES, column_named, guess_plan_column
from retrieval.db import Database
from retrieval.errors import UserError

FIELDS = ("user", "account", "plan", "segment", "mrr", "arr", "region", "currency")
NAMES: dict[str, tuple[str, ...]] = {
    "user": FIELD_NAMES["user"],
    "account": ("account", "account_name", "company", "company_name", "organization", "organisation", "org",
                "customer_name", "workspace",
                # HubSpot's contacts export: a broker tester's 84 contacts were stored with no account
                "associated_company", "associated_company_name", "primary_company", "primary_associated_company"),
    "plan": ("plan", "pricing_plan", "tier", "subscription", "product"),
    "segment": ("segment", "customer_segment", "size", "market_segment", "tier_segment"),
    "mrr": ("mrr", "monthly_revenue", "monthly_recurring_revenue", "mrr_usd", "monthly_value"),
    "arr": ("arr", "annual_revenue", "annual_recurring_revenue", "arr_usd", "contract_value", "acv",
            # what an advertiser spends with us a year ("annual_spend_usd")
            "annual_spend", "yearly_spend", "annual_contract_value"),
    # a CRM's "Billing Country", "Billing Country Code", "HQ country" (an HR tester's Salesforce report)
    "region": ("region", "country", "geo", "market", "territory", "billing_country", "billing_country_code",
               "country_code", "hq_country", "headquarters_country", "company_country", "account_country"),
    "currency": ("currency", "currency_code", "billing_currency", "ccy", "contract_currency", "arr_currency",
                 "mrr_currency"),
}
_MONEY = re.compile(r"^[^\d\-]*(-?[\d.,' ]+)\s*([kKmM]?)[^\d]*$")


@dataclass
class CustomerImport:
    file: str
    rows: int
    accounts: int
    columns: dict[str, str | None]
    matched_feedback_authors: int = 0
    skipped_empty_user: int = 0
    linked_by_account: int = 0  # items of authors in no customer file, joined by the account their export names
    account_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def import_customers(db: Database, path: Path, *, mapping: dict[str, str] | None = None) -> CustomerImport:
    """Read ``path`` and upsert its accounts (see the module docstring).

    Raises:
        UserError: unreadable file, no user id / e-mail column, a malformed number (file, row, field named).
    """
    from psycopg.types.json import Jsonb

    from retrieval.loaders import load_file

    loaded = load_file(Path(path))
    columns = _detect(loaded, mapping or {})
    if "user" not in (mapping or {}):
        # an accounts report names no person: each account is keyed by its name (a food-delivery tester's restaurant
        # accounts)
        columns["user"] = _joining_column(db, loaded, columns) or columns["account"]
    if not columns["user"]:
        raise UserError(f"{path}: no user id, e-mail or account name column to join customers to feedback "
                        f"(columns: {', '.join(loaded.columns[:20])}).",
                        hint="Name it user_id, email or account, or pass --map COLUMN=user.")
    used = {c for c in columns.values() if c}
    dated = _date_columns(loaded, used)
    records, skipped = {}, 0
    first_row: dict[str, int] = {}
    repeated: list[tuple[int, int]] = []  # (row, the earlier row with the same user)
    for raw in loaded.rows:
        if raw.problem:
            raise UserError(f"{path}, row {raw.row}: {raw.problem}.", hint="Fix the row and import again.")
        values = raw.values
        user = (values.get(columns["user"]) or "").strip().lower()
        if not user:
            skipped += 1
            continue
        mrr = _money(values, columns["mrr"], path, raw.row)
        arr = _money(values, columns["arr"], path, raw.row)
        currency = _currency(values, columns, path, raw.row)
        if mrr is None and arr is not None:
            mrr = round(arr / 12, 2)
        if arr is None and mrr is not None:
            arr = round(mrr * 12, 2)
        text = {k: ((values.get(columns[k]) or "").strip() or None) if columns[k] else None
                for k in ("account", "plan", "segment", "region")}
        meta = {k: dated[k].get(v.strip(), v) if k in dated else v for k, v in values.items()
                if k not in used and v not in (None, "")}
        if user in first_row:
            repeated.append((raw.row, first_row[user]))
        first_row.setdefault(user, raw.row)
        records[user] = (text["account"], text["plan"], text["segment"], mrr, arr, text["region"], currency, meta)
    if not records:
        raise UserError(f"{path}: no row has a value in column {columns['user']!r}.",
                        hint="Check that the file has one account per row with its user id or e-mail.")
    rows = [(db.keyed_hash(user), *record[:7], Jsonb(record[7]), str(path)) for user, record in records.items()]
    with db.connect() as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO customers (author_hash, account, plan, segment, mrr, arr, region, currency, metadata, "
                "source_file) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (author_hash) DO UPDATE SET "
                "account = EXCLUDED.account, plan = EXCLUDED.plan, segment = EXCLUDED.segment, mrr = EXCLUDED.mrr, "
                "arr = EXCLUDED.arr, region = EXCLUDED.region, currency = EXCLUDED.currency, "
                "metadata = EXCLUDED.metadata, "
                "source_file = EXCLUDED.source_file, imported_at = now()", rows)
        shared = len(share_account_fields(conn) & {r[0] for r in rows})
        matched = conn.execute("SELECT count(DISTINCT f.author_hash) FROM feedback f JOIN customers c "
                               "ON c.author_hash = f.author_hash WHERE c.author_hash = ANY(%s)",
                               ([r[0] for r in rows],)).fetchone()[0]
        linked, account_columns = link_accounts(conn)
    out = CustomerImport(str(path), len(loaded.rows), len(records), columns, matched, skipped, linked,
                         account_columns)
    if repeated:  # a thermostat tester's 7 repeated e-mails were merged without a word ("153 from 160 rows")
        shown = ", ".join(f"row {row} (as row {earlier})" for row, earlier in repeated[:5])
        more = f" and {len(repeated) - 5} more" if len(repeated) > 5 else ""
        out.notes.append(f"{len(repeated)} row(s) repeat the {columns['user']} of an earlier row, and the later row "
                         f"is kept for that user: {shown}{more}. One user has one account, plan and MRR here; "
                         "fix the file if two people share an address.")
    if linked:
        out.notes.append(f"{linked:,} feedback item(s) whose author is in no customer file are joined to the account "
                         f"their {' or '.join(repr(c) for c in account_columns)} names.")
    if not matched and not linked:
        out.notes.append("No feedback author matches these users yet, and no feedback names these accounts: check "
                         "that the user column holds the same ids or e-mails as the feedback export's user column, or "
                         "that the account names are written as the export's company column writes them.")
    # accounts, not rows: a file of contacts repeats its account's revenue on each (an HR tester's 42 accounts, 123
    # contacts, were "GBP 50, EUR 49, USD 24 accounts"); a row with no account name is an account of its own
    accounts: dict[str, set] = {}
    for user, record in records.items():
        if record[3] is not None or record[4] is not None:
            accounts.setdefault(record[6] or NOT_GIVEN, set()).add((record[0] or "").strip().lower() or ("user", user))
    currencies = {c: len(names) for c, names in accounts.items()}
    if len(currencies) > 1:  # a travel tester's accounts were in USD and EUR, and revenue sums added them
        out.notes.append(f"Revenue is in {len(currencies)} currencies ("
                         + ", ".join(f"{c} {n}" for c, n in sorted(currencies.items(), key=lambda x: -x[1]))
                         + " accounts): sums are made per currency, never converted.")
    if not (columns["mrr"] or columns["arr"]) and shared:
        out.notes.append(f"No revenue column (MRR or ARR) in this file: {shared:,} of its people take their account's "
                         "revenue, plan and country from the other rows of that account (an accounts file imported "
                         "before or after it).")
    elif not (columns["mrr"] or columns["arr"]):
        out.notes.append("No revenue column (MRR or ARR) was found, so revenue is 0 for every account: name it mrr or "
                         "arr, or pass --map COLUMN=mrr.")
    return out


def share_account_fields(conn) -> set[str]:
    """Give each customers row what another row of its account has and it lacks (revenue, currency, plan, segment,
    country), one account's value where its rows disagree; returns the rows (author keys) that took something. A CRM
    exports companies and contacts apart (HubSpot: "Annual platform fee" on the company, "Associated Company" on the
    contact): a broker tester's contacts were listed with "revenue not given" after both files were imported."""
    accounts: dict[str, list[tuple]] = {}
    for row in conn.execute("SELECT author_hash, account, mrr, arr, currency, plan, segment, region FROM customers "
                            "WHERE account IS NOT NULL ORDER BY imported_at, author_hash"):
        accounts.setdefault(account_name_key(row[1]), []).append(row)
    changed = []
    for rows in accounts.values():
        known = [next((r[i] for r in rows if r[i] is not None), None) for i in range(2, 8)]
        for row in rows:
            if any(row[i] is None and known[i - 2] is not None for i in range(2, 8)):
                changed.append((*[row[i] if row[i] is not None else known[i - 2] for i in range(2, 8)], row[0]))
    if changed:
        with conn.cursor() as cur:
            cur.executemany("UPDATE customers SET mrr = %s, arr = %s, currency = %s, plan = %s, segment = %s, "
                            "region = %s WHERE author_hash = %s", changed)
    return {row[-1] for row in changed}


_DATE_NAME = re.compile(r"date|renew|expir|(?:^|[\s_])(?:since|until)$|_at$|\bon$", re.IGNORECASE)
_WRITTEN_DATE = re.compile(r"\d[-/.]\d|[^\W\d_]{3,}\.?\s+\d|\d\s+[^\W\d_]{3,}")


def _date_columns(loaded, used: set[str]) -> dict[str, dict[str, str]]:
    """Column -> {value as written: ISO day}, for the columns named as dates ("Renewal Date") whose values are all
    dates, read day- or month-first as the column writes them (Salesforce's "04/03/2027" is April 3rd: an edtech
    tester's "Which accounts renew soonest?" was answered by revenue, the dates not being ISO)."""
    from retrieval.dates import day_first, parse_date

    out = {}
    for column in loaded.columns:
        if column in used or not _DATE_NAME.search(column):
            continue
        written = [v.strip() for raw in loaded.rows if (v := raw.values.get(column)) and str(v).strip()]
        first, values = day_first(written), set(written)
        # written as a date ("2027-04-03", "04/03/2027", "Apr 3, 2027"), not a number a parser would take for a day
        days = {v: day for v in values if _WRITTEN_DATE.search(v) and (day := parse_date(v, day_first=first))}
        if values and len(days) == len(values):
            out[column] = {v: day.date().isoformat() for v, day in days.items()}
    return out


# A feedback export's column that names the customer's company: Intercom's "Company name", a CRM's "Account", a
# merchant dashboard's "Restaurant", a school's "District"
_ACCOUNT_KEY = re.compile(r"(?<![^\W_])(?:compan(?:y|ies)|accounts?|organi[sz]ations?|org|schools?|districts?|"
                          r"restaurants?|merchants?|business(?:es)?|venues?|practices?|clinics?|workspaces?|tenants?|"
                          r"clients?|partners?|stores?|shops?|brands?|firms?|hotels?|propert(?:y|ies)|"
                          # an ads business's accounts (a streaming tester's "advertiser_name")
                          r"advertisers?|sponsors?|agenc(?:y|ies)|retailers?|resellers?|sellers?|vendors?)(?![^\W_])",
                          re.IGNORECASE)
_ACCOUNT_COLUMN = re.compile(rf"(?:{_ACCOUNT_KEY.pattern})(?:[\s_-]*name)?", re.IGNORECASE)
_LEGAL_FORM = re.compile(r"\s+(?:ltd|limited|inc|llc|plc|gmbh|s ?l|s ?a|co|corp|srl|bv|pty)$")
LINK_LOCK = 7_211_016  # pg_advisory_xact_lock key of link_accounts (the writers' is store.WRITE_LOCK)
ACCOUNT_VALUES_MAX = 20_000  # distinct values a metadata key may have to be read as account names
# the customers row ``c`` an item ``f`` joins: its author's, else its company's (``link_accounts``)
CUSTOMER_OF = "coalesce(f.account_hash, f.author_hash)"
JOINS_CUSTOMER = f"c.author_hash = {CUSTOMER_OF}"


def account_name_key(name: str) -> str:
    """An account name as compared: lower case, words only, without a bracketed suffix or a legal form
    ("Northgate Charter School (AZ)" and "Northgate Charter School" are one account, "Acme Ltd." is "ACME")."""
    words = " ".join(re.findall(r"[^\W_]+", re.sub(r"\([^)]*\)", " ", name.lower())))
    return _LEGAL_FORM.sub("", words)


def link_accounts(conn) -> tuple[int, list[str]]:
    """Join each item whose author is in no customer file to the account its export names (``feedback.account_hash``
    set to that account's customers row; the account's first row where several people share it); returns how many
    items are joined so and the metadata keys read. A key is read when it is named as a company (``_ACCOUNT_KEY``)
    and one of its values is an account's name, or when at least half of its values and two accounts' names match.
    Everything is linked again from the start: run after each customer import and ingest, one run at a time (two
    ingests finishing together would reset and set the same rows in turn)."""
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (LINK_LOCK,))
    conn.execute("UPDATE feedback SET account_hash = NULL WHERE account_hash IS NOT NULL")
    accounts: dict[str, str] = {}
    for account, key in conn.execute("SELECT account, min(author_hash) FROM customers WHERE account IS NOT NULL "
                                     "GROUP BY 1 ORDER BY 1"):
        if len(name := account_name_key(account)) >= 3:
            accounts.setdefault(name, key)
    if not accounts:
        return 0, []
    values: dict[str, list[str]] = {}
    for key, value in conn.execute(
            "SELECT e.key, e.value FROM (SELECT DISTINCT metadata FROM feedback WHERE metadata <> '{}') f, "
            "jsonb_each_text(f.metadata) e WHERE length(e.value) BETWEEN 3 AND 120 GROUP BY 1, 2"):
        values.setdefault(key, []).append(value)
    linked, keys = 0, []
    chosen = []
    for key, found in values.items():
        if len(found) > ACCOUNT_VALUES_MAX:
            continue
        matched = {v: accounts[n] for v in found if (n := account_name_key(v)) in accounts}
        named = bool(_ACCOUNT_KEY.search(key)) and bool(matched)
        if named or (len(set(matched.values())) >= 2 and len(matched) >= 0.5 * len(found)):
            chosen.append((len(matched), key, matched))
    for _, key, matched in sorted(chosen, key=lambda c: (-c[0], c[1])):
        n = conn.execute("UPDATE feedback f SET account_hash = m.h FROM unnest(%s::text[], %s::text[]) AS m(v, h) "
                         "WHERE f.metadata ->> %s = m.v AND f.account_hash IS NULL AND NOT EXISTS "
                         "(SELECT 1 FROM customers c WHERE c.author_hash = f.author_hash)",
                         (list(matched), list(matched.values()), key)).rowcount
        if n:
            linked += n
            keys.append(key)
    return linked, keys


def has_customers(conn) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM customers)").fetchone()[0]


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
USER_SAMPLE = 2000  # rows whose users are looked up to choose the column to join by


def _joining_column(db: Database, loaded, columns: dict[str, str | None]) -> str | None:
    """The column to join customers to feedback by: of the column named as a user and the columns of e-mail
    addresses, the one whose values are the most feedback authors; with no match yet, an e-mail column before an id
    (a CRM's contacts report names "Account ID" and "Contact Email": a developer-platform tester's import joined by
    the account id, and no feedback author matched until `--map "Contact Email=user"`)."""
    rows = loaded.rows[:USER_SAMPLE]
    taken = {c for f, c in columns.items() if c and f != "user"}
    emails = [c for c in loaded.columns if c not in taken and c != columns["user"] and _mostly_emails(rows, c)]
    candidates = [c for c in (columns["user"], *emails) if c]
    if len(candidates) < 2:  # one column of e-mails and none named as a user ("Primary contact email"): that one
        return candidates[0] if candidates else None
    with db.connect() as conn:
        def matches(column: str) -> int:
            hashes = list({db.keyed_hash(v.strip().lower()) for r in rows if (v := r.values.get(column)) and v.strip()})
            return conn.execute("SELECT count(DISTINCT author_hash) FROM feedback WHERE author_hash = ANY(%s)",
                                (hashes,)).fetchone()[0]

        found = {c: matches(c) for c in candidates}
    best = max(found.values())
    if best:
        return next(c for c in candidates if found[c] == best)
    return emails[0] if columns["user"] not in emails and not _mostly_emails(rows, columns["user"]) else candidates[0]


def _mostly_emails(rows, column: str | None) -> bool:
    values = [v.strip() for r in rows if column and (v := r.values.get(column)) and v.strip()]
    return bool(values) and sum(bool(_EMAIL.match(v)) for v in values) >= 0.8 * len(values)


def _detect(loaded, mapping: dict[str, str]) -> dict[str, str | None]:
    for fld, col in mapping.items():
        if fld not in FIELDS:
            raise UserError(f"--map {col}={fld}: unknown field '{fld}'.", hint=f"Fields: {', '.join(FIELDS)}.")
        if col not in loaded.columns:
            raise UserError(f"{loaded.path}: column '{col}' (for {fld}) not found.",
                            hint=f"Columns in the file: {', '.join(loaded.columns[:20])}.")
    out: dict[str, str | None] = dict(mapping)
    taken = set(mapping.values())
    # "MRR (EUR)", "ARR in GBP", "Monthly revenue €": an amount's column is known without its currency (a grocery
    # tester's "MRR (EUR)" was not read, and every account showed MRR 0.00)
    bare = {_CURRENCY.sub("", c).strip() or c: c for c in reversed(loaded.columns)}
    for fld in FIELDS:
        if fld not in out:
            out[fld] = column_named(loaded.columns, NAMES[fld], taken)
            if out[fld] is None and fld == "plan":  # "Host plan", "Subscription tier": as ingestion finds a plan
                out[fld] = guess_plan_column(loaded, taken)
            if out[fld] is None and fld == "account":  # "Restaurant name", "School": the kind of company it is
                out[fld] = next((c for c in loaded.columns if c not in taken and _ACCOUNT_COLUMN.fullmatch(c.strip())),
                                None)
            if out[fld] is None and fld in ("mrr", "arr"):
                found = column_named(list(bare), NAMES[fld], {k for k, v in bare.items() if v in taken})
                out[fld] = bare[found] if found else None
            if out[fld] is None and fld in ("mrr", "arr"):  # "Annual platform fee", "Monthly subscription (EUR)"
                out[fld] = next((c for b, c in bare.items() if c not in taken and _PAID[fld].fullmatch(b)), None)
            if out[fld]:
                taken.add(out[fld])
    return out


# what an account pays us a month or a year, named by a CRM's custom property ("Annual platform fee": a broker
# tester's revenue was 0 for every account)
_PAID = {period: re.compile(rf"(?:{words})[\s_-]+(?:[a-z]+[\s_-]+)?(?:fees?|subscription|licen[cs]e(?:[\s_-]+fee)?|"
                            r"contract(?:[\s_-]+value)?|value|spend|billing|price|payment)", re.IGNORECASE)
         for period, words in (("mrr", "monthly|per[\\s_-]+month"), ("arr", "annual|yearly|per[\\s_-]+year"))}
_CURRENCY = re.compile(r"[\s_-]*(?:[(\[]\s*)?(?:in\s+)?(?:usd|eur|gbp|chf|sek|nok|dkk|pln|czk|jpy|cny|inr|cad|aud|nzd|"
                       r"brl|mxn|zar|sgd|hkd|\$|€|£|¥|₹)(?:\s*[)\]])?\s*$", re.IGNORECASE)


# currency signs as amounts write them, longest first ("R$" before "$"); "$" alone is read as US dollars
_SIGNS = {"US$": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "MX$": "MXN", "R$": "BRL",
          "HK$": "HKD", "S$": "SGD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_SIGN_ORDER = tuple(sorted(_SIGNS, key=len, reverse=True))
_CODE = re.compile(r"(?<![A-Za-z])(usd|eur|gbp|chf|sek|nok|dkk|pln|czk|jpy|cny|inr|cad|aud|nzd|brl|mxn|zar|sgd|hkd)"
                   r"(?![A-Za-z])", re.IGNORECASE)
_CURRENCY_NAMES = {"us dollar": "USD", "dollar": "USD", "euro": "EUR", "pound": "GBP", "pound sterling": "GBP",
                   "sterling": "GBP", "swiss franc": "CHF", "yen": "JPY", "real": "BRL", "peso": "MXN"}


NOT_GIVEN = "not given"  # the currency of accounts whose file named none, beside accounts whose file did


def revenue_text(by_currency: dict[str | None, float], digits: int = 2) -> str:
    """Amounts per currency, largest first, never added across currencies: ``{'USD': 31200, 'EUR': 8400}`` ->
    '31,200.00 USD + 8,400.00 EUR'; ``{None: 1200}`` (no currency named) -> '1,200.00'.

        >>> revenue_text({"EUR": 8400, "USD": 31200.5, None: 99}, 0)
        '31,200 USD + 8,400 EUR + 99 (currency not given)'
    """
    if not by_currency:
        return f"{0:,.{digits}f}"
    known = any(c and c != NOT_GIVEN for c in by_currency)
    parts = [f"{amount:,.{digits}f}" + ((" (currency not given)" if c in (None, NOT_GIVEN) else f" {c}") if known
                                         else "")
             for c, amount in sorted(by_currency.items(), key=lambda ca: (-ca[1], str(ca[0])))]
    return " + ".join(parts)


def currency_code(text: str | None) -> str | None:
    """The ISO code an amount, a column name or a currency cell names: "€1,200" -> 'EUR', "MRR (usd)" -> 'USD',
    "R$ 900" -> 'BRL'; None when it names none."""
    text = (text or "").strip()
    if not text:
        return None
    m = _CODE.search(text)
    if m:
        return m.group(1).upper()
    sign = next((s for s in _SIGN_ORDER if s in text), None)
    return _SIGNS[sign] if sign else _CURRENCY_NAMES.get(text.lower().rstrip("s"))


def _currency(values: dict, columns: dict[str, str | None], path, row: int) -> str | None:
    """A row's currency: its currency column ("EUR", "€", "Euro"; another three letters as written), else the
    amount column's name ("ARR (EUR)"), else the amount ("€1,200"); None when none names one."""
    if columns.get("currency"):
        raw = (values.get(columns["currency"]) or "").strip()
        code = currency_code(raw) or (raw.upper() if re.fullmatch(r"[A-Za-z]{3}", raw) else None)
        if raw and code is None:
            raise UserError(f"{path}, row {row}, field '{columns['currency']}': {raw!r} is not a currency.",
                            hint="Use a code such as USD or EUR, or a sign such as $ or €.")
        if code:
            return code
    for fld in ("mrr", "arr"):
        column = columns.get(fld)
        if not column:
            continue
        named = _CURRENCY.search(column)
        code = (currency_code(named.group(0)) if named else None) or currency_code(values.get(column))
        if code:
            return code
    return None


def has_revenue_column(columns: list[str]) -> bool:
    """Does a file with ``columns`` have a column the import reads as MRR or ARR (its currency aside)?"""
    bare = [_CURRENCY.sub("", c).strip() or c for c in columns]
    return any(column_named(bare, NAMES[fld]) for fld in ("mrr", "arr"))


def _money(values: dict, column: str | None, path, row: int) -> float | None:
    """``"$1,200.50"``, ``"1.2k"``, ``"2 400"`` -> a number; empty -> None; anything else is a one-line error."""
    if not column:
        return None
    raw = (values.get(column) or "").strip()
    if not raw:
        return None
    m = _MONEY.match(raw)
    number = None
    if m:
        digits = m.group(1).replace(",", "").replace("'", "").replace(" ", "")
        try:
            number = float(digits) * {"k": 1e3, "m": 1e6}.get(m.group(2).lower(), 1.0)
        except ValueError:
            number = None
    if number is None or number < 0:
        raise UserError(f"{path}, row {row}, field '{column}': {raw!r} is not an amount.",
                        hint="Use a plain number such as 1200 or 1,200.50 (one currency per file).")
    return round(number, 2)
