"""Did the release fix it? Feedback per theme and per type before and after a release, every number from SQL.

``release_impact(conn, filters, find_release(conn, filters, version="4.4.0"))`` compares the ``window_days`` before
the release with the ``window_days`` after it (shortened where the data ends). Items that carry an app version are
placed by their version (older than the release: before; the release or newer: after), so a review of 4.3 written
the day after 4.4 shipped still counts as "before"; items without a version are placed by their date.

For each theme and each feedback type: items per week on each side and the share of all feedback on that side
(normalised by volume, so a busy week is not a spike), the change of that share, and an exact conditional binomial
test (``assistant.themes.stats.trend``: under "no change" a theme's items split between the sides in proportion to
the total volume). A verdict says it in one line:
``Android 15 crash on saved routes: 6.5 -> 0.8 per week after 4.4.0 (share 9% -> 1%, -88%), p < 0.001: fewer``.

``subset_impact`` gives the same row for any SQL condition on the items (the chat's "did 4.4 fix the login bug?"
counts the items about the login bug), ``examples`` the items to quote on each side.

Every theme (every type) is tested at once, so a row's verdict is "fewer" or "more" when its p-value survives the
Benjamini-Hochberg correction across the rows of its table (``q_value``, false discovery rate 5%): a B2B tester's
praise theme came out "fewer" after one release (p = 0.034) and "more" after the next (p = 0.038), one of 20
themes tested each time. A chat question about one topic (``subset_impact``) is one test, read as it is.

Not handled: several releases at once, seasonality.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta

from assistant.themes import kinds
from assistant.themes.stats import SIGNIFICANCE, adjusted, p_text, trend, trend_count_note
from assistant.themes.view import has_themes
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.releases import release_dates, version_number

DEFAULT_WINDOW_DAYS = 28
# A version, after the name of the product line it belongs to when one column holds several ("web 2026.10.1",
# "iOS 6.4.1", "Android 6.2.0": a project-tool tester's Intercom "App version" and Jira "Affects Version/s"; every
# release question was told no version is stored).
_VERSION = re.compile(r"^\s*(?P<line>(?:[A-Za-z][\w+#-]*\s+){0,3}?)v?(?P<n>\d+(?:\.\d+){0,3})(?![\d.]*\d)")


def version_key(value: str | None) -> tuple[int, ...] | None:
    """``"4.4.0"`` -> ``(4, 4, 0)``; ``"v4.4"`` -> ``(4, 4, 0)``; ``"web 2026.10.1"`` -> ``(2026, 10, 1)``; not a
    version -> ``None``."""
    m = _VERSION.match(value or "")
    if not m:
        return None
    parts = [int(p) for p in m.group("n").split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def version_line(value: str | None) -> str:
    """The product line a version names before its number, as written ("web 2026.10.1" -> "web"; "4.4.0" -> "").

        >>> version_line("iOS 6.4.1"), version_line("Python SDK v4.2.0"), version_line("4.4.0"), version_line("app 3.6")
        ('iOS', 'Python SDK', '', '')
    """
    m = _VERSION.match(value or "")
    line = " ".join(m.group("line").split()) if m else ""
    return "" if _NO_LINE.fullmatch(line) else line


# Words before a version that name no product line: Jira's "Affects Version/s" "app 3.6.0" is the app's 3.6.0 (an
# EV-charging tester's "What changed after the last update?" read it as the only release of a line called 'app').
_NO_LINE = re.compile(r"(?:(?:the|our|mobile|app|apps|application|version|ver|build|release|rel)\b\s*)*", re.IGNORECASE)


def version_pattern(version: str) -> str:
    """A PostgreSQL regular expression for stored versions that are ``version`` or one of its patches, with or
    without a product line before it ("2026.11" matches "web 2026.11.2" and "2026.11"; not "2026.110")."""
    m = _VERSION.match(version)
    number = re.escape(m.group("n") if m else version)
    line = version_line(version)
    before = re.escape(line) + r"\s+" if line else r"([A-Za-z][-\w+#]*\s+){0,3}"
    return rf"^\s*{before}v?{number}(\.[0-9]+)*([^0-9.]|$)"


@dataclass
class Release:
    """The boundary being judged: a version (placed at its release date from the release notes, else at its first
    feedback, ``version_firsts``) or a date."""

    label: str
    at: datetime
    version: str | None = None
    versions_after: list[str] = field(default_factory=list)  # stored app_version values that count as "after"
    versions_before: list[str] = field(default_factory=list)
    version_field: str | None = None  # the metadata key the versions are read from (None: the app version column)
    released: bool = False  # dated by the imported release notes, not by its first feedback
    notes: str = ""  # the release notes' text for it

    def as_dict(self) -> dict:
        return {"label": self.label, "at": self.at.isoformat(), "version": self.version,
                **({"version_field": self.version_field} if self.version_field else {}),
                **({"released": True, "notes": self.notes} if self.released else {})}

    def dated(self) -> str:
        """How a version is dated, to follow its label: " (released 2026-07-14, as the release notes say)" or " (first
        feedback 2026-07-14)"; nothing for a release given by its date."""
        if self.version is None:
            return ""
        return (f" (released {self.at:%Y-%m-%d}, as the release notes say)" if self.released
                else f" (first feedback {self.at:%Y-%m-%d})")

    def version_sql(self) -> tuple[str, list]:
        """SQL for an item's version of this release's kind (alias ``f``)."""
        return _version_column(self.version_field)


@dataclass
class ImpactRow:
    kind: str  # theme | type
    key: str
    label: str
    before: int
    after: int
    per_week_before: float
    per_week_after: float
    share_before: float | None
    share_after: float | None
    change_pct: float | None  # change of the share of all feedback
    p_value: float | None
    direction: str  # fewer | more | no clear change
    verdict: str
    q_value: float | None = None  # p_value adjusted across the rows of its table (Benjamini-Hochberg)
    fallen_before: bool = False  # "fewer", but already fallen in the days just before the release (``_fallen_before``)

    def as_dict(self) -> dict:
        return asdict(self)


def find_release(conn, filters: Filters, *, version: str | None = None, date: str | None = None,
                 field_: str | None = "") -> Release:
    """The release to judge, from ``--version`` or ``--date``; ``field_``: the metadata key its versions are read
    from when the question names it ("firmware 2.8.0": a Jira column of the app's versions that also holds "VX-150
    fw 2.8.0" read an EV-charging tester's firmware 2.8.0 as the app's, "every item is from 2.8.0 or later"); by
    default ("") the app's versions, else a column named for versions that holds it (``version_field``).

    Raises:
        UserError: neither or both given, a version no stored item has reached, a date outside the data.
    """
    from retrieval.columns import parse_date

    if bool(version) == bool(date):
        raise UserError("Say which release to judge: --version 4.4.0 or --date 2026-10-28 (one of them).")
    where, params = filters.sql(conn)
    first, last = conn.execute(f"SELECT min(f.created_at), max(f.created_at) FROM feedback f WHERE {where}",
                               params).fetchone()
    if first is None:
        raise UserError(f"No feedback matches ({filters.describe()}).", hint="Check the filters with `pma stats`.")
    if date:
        at = parse_date(date)
        if at is None:
            raise UserError(f"--date {date!r}: not a date.", hint="Use YYYY-MM-DD, e.g. 2026-10-28.")
        if at.tzinfo is None:
            at = at.replace(tzinfo=first.tzinfo)
        if not first < at <= last:
            raise UserError(f"--date {date}: outside the feedback in scope ({first:%Y-%m-%d} to {last:%Y-%m-%d}).",
                            hint="Pick a date with feedback on both sides.")
        return Release(label=f"{at:%Y-%m-%d}", at=at)
    key = version_key(version)
    if key is None:
        raise UserError(f"--version {version!r}: not a version number.", hint="Use the app's version, e.g. 4.4.0.")
    named = field_ != ""
    field_ = version_field(conn, where, params, version) if not named else field_
    firsts = version_firsts(conn, where, params, field_)
    if named and not any(re.match(version_pattern(version), v, re.IGNORECASE) for v in firsts):
        # "Did firmware 3.0 fix the cable problem?" over firmware 2.7.4 to 4.1.1: no such release to judge
        known = ", ".join(sorted(firsts, key=lambda v: version_key(v) or ())[-8:]) or "none"
        raise UserError(f"--version {version}: no feedback carries {field_ or 'the app version'} {version}.",
                        hint=f"Versions in the data: {known}.")
    seen = [(v, version_key(v)) for v in firsts]
    seen = _named_line([(v, k) for v, k in seen if k is not None], version)
    seen = _one_line(seen, key, firsts)
    after = sorted((v for v, k in seen if k >= key), key=version_key)
    before = sorted((v for v, k in seen if k < key), key=version_key)
    if not after:
        noted = release_dates(conn).get(version_number(version)) if field_ is None else None
        if noted and first < noted[0] <= last:
            # a release the notes date while no item carries its version (a web app's "2026.10", the feedback
            # tagged with the phone apps' 3.x): judged at its release date over every item in scope, as --date is
            # (an HR tester's `pma impact --version 2026.10` was refused with the notes imported)
            return Release(label=f"{version.strip()} (by its release date)", at=noted[0], version=version.strip(),
                           released=True, notes=noted[1])
        known = ", ".join(v for v, _ in sorted(seen, key=lambda p: p[1])[-8:]) or "none"
        raise UserError(f"--version {version}: no feedback in scope comes from version {version} or later.",
                        hint=f"Versions in the data: {known}.")
    if not before:
        raise UserError(f"--version {version}: every item in scope is from {version} or later: nothing to compare.",
                        hint="Pick a later version, or use --date.")
    # the first version at or after the one asked: a later version's early items (a beta, a mis-tagged ticket) do not
    # date it (a telehealth tester's "What did the 5.3 release change?" was compared at 5.4.x rows from March)
    at = min(firsts[v] for v in after if version_key(v) == version_key(after[0]))
    lines = {version_line(v) for v in after}
    named = version.strip() if version_line(version) or len(lines) != 1 else f"{lines.pop()} {version.strip()}".strip()
    label = named if field_ is None else f"{field_} {named}"
    noted = release_dates(conn).get(version_number(after[0])) if field_ is None else None
    return Release(label=label, at=at, version=version.strip(), versions_after=after, versions_before=before,
                   version_field=field_, released=noted is not None and noted[0] == at,
                   notes=noted[1] if noted else "")


def version_firsts(conn, where: str, params: list, field_: str | None = None) -> dict[str, datetime]:
    """Each version in scope (of the app, or of the metadata key ``field_``) and when it came out: its release date
    when release notes were imported (``retrieval.releases``), else its first feedback; a version the notes do not
    list is dated by its first feedback on or after the newest listed release below it."""
    column, column_params = _version_column(field_)
    firsts = dict(conn.execute(
        f"SELECT {column}, min(f.created_at) FROM feedback f WHERE {where} AND {column} IS NOT NULL "
        f"AND f.created_at IS NOT NULL GROUP BY 1", [*column_params, *params, *column_params]).fetchall())
    dates = release_dates(conn) if field_ is None else {}
    if not dates:
        return firsts
    listed = sorted(dates)
    for version, at in list(firsts.items()):
        number = version_number(version)
        if number is None:
            continue
        if number in dates:
            firsts[version] = dates[number][0]
        elif (below := [k for k in listed if k < number]) and at < (bound := dates[below[-1]][0]):
            later = conn.execute(f"SELECT min(f.created_at) FROM feedback f WHERE {where} AND {column} = %s "
                                 f"AND f.created_at >= %s", [*params, *column_params, version, bound]).fetchone()[0]
            firsts[version] = later or bound
    return firsts


def dated_versions(conn, where: str, params: list, field_: str | None = None) -> list[tuple[str, datetime]]:
    """``version_firsts``, and the imported releases of a major version no item carries, by their date: an analytics
    tester's web app releases (2026.4.0 broke the funnel chart) were in its release notes, its tickets named no web
    version, and "Which release broke the funnel chart?" compared its SDK's versions alone (a major the items carry
    places its items by version, which the other lines' numbers would confuse)."""
    rows = list(version_firsts(conn, where, params, field_).items())
    if field_ is None:
        # (the majors any item carries, in scope or not: a marketplace tester's buyer app questions compared its
        # seller app's releases by date, their major being in no buyer app item)
        every = rows if where == "TRUE" else version_firsts(conn, "TRUE", [], field_).items()
        majors = {number[0] for v, _ in every if (number := version_number(v))}
        rows += [(".".join(map(str, number)), at) for number, (at, _) in release_dates(conn).items()
                 if number[0] not in majors]
    return rows


def _named_line(seen: list[tuple[str, tuple[int, ...]]], version: str) -> list:
    """The versions of the product lines ``version`` belongs to: its own line when it names one ("web 2026.11.2"),
    else the lines holding it or one of its patches ("2026.11.2": the web app's, not iOS 6.4.1's), else those of its
    major version; all of ``seen`` when no line is written or none holds it.

        >>> seen = [("web 2026.10.1", (2026, 10, 1)), ("web 2026.11.2", (2026, 11, 2)), ("iOS 6.4.1", (6, 4, 1))]
        >>> [v for v, _ in _named_line(seen, "2026.11.2")], [v for v, _ in _named_line(seen, "iOS 6.4")]
        (['web 2026.10.1', 'web 2026.11.2'], ['iOS 6.4.1'])
    """
    if not any(version_line(v) for v, _ in seen):
        return seen
    asked = version_line(version).lower()
    if asked:
        mine = {asked}
    else:
        key = version_key(version) or ()
        written = len(m.group("n").split(".")) if (m := _VERSION.match(version)) else 3
        mine = ({version_line(v).lower() for v, k in seen if k[:written] == key[:written]}
                or {version_line(v).lower() for v, k in seen if k[:1] == key[:1]})
    return [(v, k) for v, k in seen if version_line(v).lower() in mine] or seen


def _one_line(seen: list[tuple[str, tuple[int, ...]]], key: tuple[int, ...], firsts: dict) -> list:
    """The versions of ``key``'s line: all of them, unless a later major version was in use before ``key`` was, so
    several products (SDKs, an app and its firmware) share the column; then those of ``key``'s major version only.
    A developer-platform tester's "Did 4.2.1 fix the async client bug?" placed Python SDK 4.2.1 at a PHP SDK 5.1.0
    ticket from June (every 5.x, 7.x counted as "4.2.1 or later").

        >>> from datetime import date
        >>> seen = [("4.2.0", (4, 2, 0)), ("4.2.1", (4, 2, 1)), ("5.1.0", (5, 1, 0))]
        >>> [v for v, _ in _one_line(seen, (4, 2, 1), {"4.2.0": date(2026, 9, 8), "4.2.1": date(2026, 10, 6),
        ...                                              "5.1.0": date(2026, 6, 5)})]
        ['4.2.0', '4.2.1']
        >>> len(_one_line(seen, (4, 2, 1), {"4.2.0": date(2026, 9, 8), "4.2.1": date(2026, 10, 6),
        ...                                  "5.1.0": date(2026, 11, 5)}))  # 5.x came later: one line
        3
    """
    mine = [firsts[v] for v, k in seen if k[0] == key[0] and k >= key]
    if not mine or not any(k[0] > key[0] and firsts[v] < min(mine) for v, k in seen):
        return seen
    return [(v, k) for v, k in seen if k[0] == key[0]]


def _version_column(field_: str | None) -> tuple[str, list]:
    """SQL (alias ``f``) and parameters for an item's version: the app version column, or the metadata key
    ``field_`` (a firmware version)."""
    return ("f.app_version", []) if field_ is None else ("(f.metadata ->> %s)", [field_])


# Columns that hold the version of something else than the app: a device's firmware, a build, a release.
_VERSION_FIELD = r"(?:version|firmware|build|release|fw)"


def version_field(conn, where: str, params: list, version: str) -> str | None:
    """The metadata key holding ``version`` when no item's app version is it (or one of its patches) and a column
    named for versions is ("Firmware version": an e-bike tester's "Did firmware 3.2.1 fix the lock problem?" was
    told every item is from 3.2.1 or later, the app being at 5.x); None for the app version column."""
    pattern = version_pattern(version.strip())
    if conn.execute(f"SELECT 1 FROM feedback f WHERE {where} AND f.app_version ~* %s LIMIT 1",
                    [*params, pattern]).fetchone():
        return None
    row = conn.execute(
        f"SELECT e.key, count(*) FROM feedback f, jsonb_each_text(f.metadata) e WHERE {where} AND e.key ~* %s "
        "AND e.value ~* %s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1", [*params, _VERSION_FIELD, pattern]).fetchone()
    return row[0] if row else None


def versions_field(conn, filters: Filters | None = None, named: str = "") -> str | None:
    """The metadata key named for versions that holds the most version numbers (an SDK's "SDK Version", a device's
    "Firmware version"), among the newest items in scope; None when there is none. With ``named`` (words a question
    says the versions by: "firmware", "Python SDK"), only a key whose name holds one of its words."""
    where, params = (filters or Filters()).sql(conn)
    words = [w for w in re.findall(r"[^\W\d_]{3,}", named.lower()) if w not in ("the", "our", "app")]
    if named and not words:
        return None
    extra = " AND (" + " OR ".join(["e.key ~* %s"] * len(words)) + ")" if words else ""
    row = conn.execute(
        f"SELECT e.key, count(*) FROM (SELECT f.metadata FROM feedback f WHERE {where} ORDER BY f.id DESC LIMIT 2000) f, "
        f"jsonb_each_text(f.metadata) e WHERE e.key ~* %s{extra} AND e.value ~ '^([A-Za-z][-A-Za-z0-9_+#]*\\s+){{0,3}}"
        f"[vV]?[0-9]+([.][0-9]+){{1,3}}$' "
        f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        [*params, _VERSION_FIELD, *(rf"\m{re.escape(w)}" for w in words)]).fetchone()
    return row[0] if row else None


def release_markers(conn, filters: Filters | None = None, *, parts: int = 2, field_: str | None = None) -> list[dict]:
    """Releases as the data shows them: each version (cut to ``parts`` numbers, ``4.4.1`` -> ``4.4``) with the date
    it came out (``version_firsts``: its release notes' date, else its first item), oldest first; a release whose
    first item is the first of the data is left out (there is nothing before it to compare). For the release marker
    on weekly trend charts and the UI's release picker.
    ``field_``: the versions of that metadata key (``versions_field``) instead of the app's.

    Returns:
        ``[{"label": "4.4", "version": "4.4.0", "at": "2026-10-28T...", "week": "2026-10-26", "released": False}]``
        (``week``: the Monday of the week holding ``at``, as the themes report's weeks; ``released``: dated by the
        imported release notes).
    """
    where, params = (filters or Filters()).sql(conn)
    rows = dated_versions(conn, where, params, field_)
    dates = release_dates(conn)
    first_item = conn.execute(f"SELECT min(f.created_at) FROM feedback f WHERE {where}", params).fetchone()[0]
    groups: dict[tuple, tuple] = {}
    for version, at in rows:
        key = version_key(version)
        if key is None:
            continue
        group = (version_line(version).lower(), key[:parts])  # per product line ("web 2026.10", "iOS 6.4")
        if group not in groups or (at, key) < groups[group][:2]:
            groups[group] = (at, key, version)
    several = len({line for line, _ in groups}) > 1  # lines' numbers do not compare: oldest first by date
    out = []
    for (_, group), (at, key, version) in sorted(groups.items(), key=lambda g: (g[1][0], g[0]) if several else g[0]):
        if first_item is not None and at <= first_item:
            continue
        week = (at - timedelta(days=at.weekday())).date().isoformat()
        label = " ".join(filter(None, (version_line(version), ".".join(str(p) for p in group))))
        out.append({"label": label, "version": version.strip(), "at": at.isoformat(), "week": week,
                    "released": field_ is None and dates.get(version_number(version), (None,))[0] == at})
    return out


CONCURRENT_DAYS = 30  # days after a major's first item another major must still bring out a new version to be an app


def version_lines(conn, where: str, params: list, cond: str = "TRUE", cond_params: list = ()) -> list[tuple]:
    """Per major version of the items ``where`` selects: ``(major, items of cond, first item, first item of its
    newest version, items)``, the most items of ``cond`` first."""
    return conn.execute(
        f"SELECT major, sum(about)::int, min(first), max(first), sum(n)::int FROM (SELECT split_part(f.app_version, "
        f"'.', 1) AS major, count(*) FILTER (WHERE {cond}) AS about, min(f.created_at) AS first, count(*) AS n "
        f"FROM feedback f WHERE {where} AND f.app_version ~ '^[0-9]+[.]' GROUP BY f.app_version) v "
        f"GROUP BY 1 ORDER BY 2 DESC, 1", [*cond_params, *params]).fetchall()


def concurrent_lines(lines: list[tuple], line: tuple) -> list[tuple]:
    """The other majors of ``lines`` (``version_lines``) that brought out a version more than ``CONCURRENT_DAYS``
    after ``line``'s first item: another app's (one app's majors follow one another: people still writing from 6.x
    release no new 6.x after 7.0)."""
    since = line[2]
    return [m for m in lines if m is not line and m[3] and since and m[3] > since + timedelta(days=CONCURRENT_DAYS)]


def _nearby_releases(conn, release: Release) -> str | None:
    """For a release judged by its date alone (no item carries its version): the other releases the notes date within
    ``CONCURRENT_DAYS`` of it, whose changes fall in the same weeks (the web app's 2026.10 six days after the phone
    apps' 3.5.0, which fixed clocking in offline), or None."""
    own = version_number(release.version)
    near = sorted((at, ".".join(map(str, number))) for number, (at, _) in release_dates(conn).items()
                  if number != own and abs((at - release.at).days) <= CONCURRENT_DAYS)
    if not near:
        return None
    said = ", ".join(f"{v} ({at:%Y-%m-%d}, {abs((at - release.at).days)} days "
                     f"{'before' if at < release.at else 'after'})" for at, v in near)
    return (f"No item carries version {release.version}, so it is judged by its release date; other releases came out "
            f"near it: {said}. A change here may be theirs.")


def line_scope(conn, filters: Filters, release: Release) -> tuple[Filters, str | None]:
    """``filters`` cut to the items of the release's version line, with a line that says so, when another major
    version was released in the same months (another app's: a TV app's 4.x beside the phone apps' 7.x); else
    unchanged and None. A streaming tester's `pma impact --version 4.4` (the Roku app's fix) compared every app's
    feedback by date, and put the phone apps' double charges after it."""
    if release.version and release.released and not release.versions_after and not release.version_field:
        return filters, _nearby_releases(conn, release)
    if not release.version or release.version_field or any(k in ("version", "app_version") for k in filters.where):
        return filters, None
    where, params = filters.sql(conn)
    majors = version_lines(conn, where, params)
    mine = next((m for m in majors if m[0] == release.version.split(".")[0]), None)
    others = concurrent_lines(majors, mine) if mine else []
    if not others:  # one app's versions, one major after another: 7.0.0 is compared with the 6.x
        return filters, None
    return (replace(filters, where={**filters.where, "version": mine[0]}),
            f"Compared within the {mine[0]}.x versions ({mine[4]} items): the other versions "
            f"({', '.join(f'{m[0]}.x' for m in sorted(others))}), released in the same months, are taken for another "
            f"app's and left out, as are items without a version.")


def release_impact(conn, filters: Filters, release: Release, *, window_days: int = DEFAULT_WINDOW_DAYS) -> dict:
    """Before/after figures per theme and per type around ``release`` (see the module docstring)."""
    if window_days < 1:
        raise UserError(f"--window {window_days}: must be at least 1 day.", hint="Example: --window 28")
    if not has_themes(conn):
        raise UserError("No themes are stored yet, and the impact of a release is measured per theme.",
                        hint="Run `pma summarize` first.")
    s = _sides(conn, filters, release, window_days)
    side, side_params, scope, scope_params = s.side, s.side_params, s.scope, s.scope_params
    total_before, total_after = s.total_before, s.total_after
    theme_rows = conn.execute(
        f"SELECT t.id, t.label, {side} AS side, count(*) FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = "
        f"f.id JOIN themes t ON t.id = ft.theme_id AND t.status = 'active' WHERE {scope} GROUP BY 1, 2, 3",
        [*side_params, *scope_params]).fetchall()
    type_rows = conn.execute(
        f"SELECT fc.feedback_type, fc.feedback_type, {side} AS side, count(*) FROM feedback f "
        f"JOIN feedback_classification fc ON fc.feedback_id = f.id WHERE {scope} GROUP BY 1, 2, 3",
        [*side_params, *scope_params]).fetchall()
    rows = []
    for kind, found in (("theme", theme_rows), ("type", type_rows)):
        counts: dict[tuple, dict[str, int]] = {}
        for key, label, where_side, n in found:
            counts.setdefault((str(key), label), {})[where_side] = n
        args = [(kind, key, label, n.get("before", 0), n.get("after", 0), total_before, total_after, s.days_before,
                 s.days_after, release.label) for (key, label), n in counts.items()]
        q = adjusted({i: _row(*a).p_value for i, a in enumerate(args)})  # the table's rows read together
        rows += [_row(*a, q=q[i]) for i, a in enumerate(args)]
    rows = _fallen_before(conn, rows, release, filters)
    rows.sort(key=lambda r: (r.kind != "theme", r.p_value if r.p_value is not None else 2.0, -(r.before + r.after)))
    return {
        **_describe(s, release, window_days, filters),
        "themes": [r.as_dict() for r in rows if r.kind == "theme"],
        "types": [r.as_dict() for r in rows if r.kind == "type"],
        "significance": SIGNIFICANCE,
    }


LATE_DAYS = 14  # the days just before a release a fall must not already have happened in
LATE_SHARE = 1 / 3  # ... at most this share of the weekly rate of the whole window before: fallen already


def _fallen_before(conn, rows: list[ImpactRow], release: Release, filters: Filters) -> list[ImpactRow]:
    """``rows`` with a theme that has "fewer" items after ``release`` said to have fallen already when its last
    ``LATE_DAYS`` days before the release held ``LATE_SHARE`` of the window's weekly rate or less: a shift-scheduling
    tester's "What changed after the last update?" named one change, its UK SMS-code spike "fewer after 5.4.1", a
    spike that had ended two weeks before 5.4.1 came out."""
    fewer = {r.key for r in rows if r.kind == "theme" and r.direction == "fewer"}
    if not fewer:
        return rows
    where, params = filters.sql(conn)
    late = dict(conn.execute(
        f"SELECT ft.theme_id::text, count(*) FROM feedback f JOIN feedback_themes ft ON ft.feedback_id = f.id "
        f"WHERE {where} AND f.created_at >= %s AND f.created_at < %s AND ft.theme_id = ANY(%s) GROUP BY 1",
        [*params, release.at - timedelta(days=LATE_DAYS), release.at, [int(k) for k in fewer]]).fetchall())
    out = []
    for r in rows:
        n = late.get(r.key, 0)
        if r.kind == "theme" and r.key in fewer and 7 * n / LATE_DAYS <= LATE_SHARE * r.per_week_before:
            r = replace(r, fallen_before=True,
                        verdict=f"{r.verdict}; it had already fallen before {release.label} ({n} in the {LATE_DAYS} "
                                f"days before it): not a change the release shows")
        out.append(r)
    return out


def _row(kind, key, label, before, after, total_before, total_after, days_before, days_after, release,
         q: float | None = None) -> ImpactRow:
    t = trend(after, before, total_after, total_before, q_values=(q, None) if q is not None else None)
    share_b, share_a = t["share_previous"], t["share_current"]
    change = None if not share_b else round(100 * (share_a - share_b) / share_b, 1)
    direction = {"down": "fewer", "up": "more"}.get(t["direction"], "no clear change")
    wk_b, wk_a = round(7 * before / days_before, 1), round(7 * after / days_after, 1)
    p = t["p_value"]
    shown_p = "" if p is None else f", {p_text(p)}" + (f" ({p_text(q).replace('p', 'q', 1)})" if q is not None else "")
    share_text = "" if share_b is None or share_a is None else (
        f" (share {100 * share_b:.0f}% -> {100 * share_a:.0f}%" + (f", {change:+.0f}%" if change is not None else "")
        + ")")
    if direction == "no clear change" and p is not None and q is not None and p < SIGNIFICANCE <= q:
        # clear alone, not once every theme is read: said, so the answer does not read "fewer" and "no clear change"
        # of one change (a wearable tester's battery drain, 7.5 -> 2.2 a week after the fix, p = 0.006, q = 0.090)
        direction_text = "no clear change once adjusted across the themes tested (clear alone)"
    else:
        direction_text = direction
    verdict = f"{label}: {wk_b:g} -> {wk_a:g} per week after {release}{share_text}{shown_p}: {direction_text}"
    return ImpactRow(kind, key, label, before, after, wk_b, wk_a, share_b, share_a, change, p, direction, verdict, q)


def to_markdown(impact: dict) -> str:
    """The impact report as Markdown (customer-written theme labels escaped)."""
    from assistant.safety.escape import markdown_text as md

    b, a = impact["before"], impact["after"]
    lines = [f"# Impact of {md(impact['release']['label'])}", "",
             f"{b['items']} items in the {b['days']:g} days before ({b['start'][:10]} to {b['end'][:10]}) and "
             f"{a['items']} in the {a['days']:g} days after; items placed by {impact['placed_by']}; "
             f"{md(impact['filters'])}.", ""]
    for title, key in (("Themes", "themes"), ("Feedback types", "types")):
        lines += [f"## {title}", "", "| | before / week | after / week | share before | share after | change | p | "
                  "verdict |", "|---|---:|---:|---:|---:|---:|---:|---|"]
        for r in impact[key]:
            share = [("-" if s is None else f"{100 * s:.0f}%") for s in (r["share_before"], r["share_after"])]
            change = "-" if r["change_pct"] is None else f"{r['change_pct']:+.0f}%"
            p = _p_cell(r, "< 0.001")
            lines.append(f"| {md(r['label'])} | {r['per_week_before']:g} | {r['per_week_after']:g} | {share[0]} | "
                         f"{share[1]} | {change} | {p} | {r['direction']} |")
        lines.append("")
    lines.append(f"Significance: exact conditional binomial test against the volume on each side; a verdict when q < "
                 f"{impact['significance']}, q (in brackets) being the p-value adjusted across the rows of its table "
                 "(Benjamini-Hochberg).")
    return "\n".join(lines) + "\n"


def to_html(impact: dict) -> str:
    """A self-contained HTML page of the same content (no script)."""
    from assistant.safety.escape import html_text as e

    b, a = impact["before"], impact["after"]
    parts = ["<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Impact of "
             f"{e(impact['release']['label'])}</title><style>body{{font-family:system-ui,sans-serif;max-width:60rem;"
             "margin:2rem auto;padding:0 1rem}td,th{padding:.2rem .6rem;border-bottom:1px solid #e5e7eb;"
             "text-align:right}td:first-child,th:first-child,td:last-child{text-align:left}.fewer{color:#15803d}"
             ".more{color:#b91c1c}</style>",
             f"<h1>Impact of {e(impact['release']['label'])}</h1><p>{b['items']} items in the {b['days']:g} days "
             f"before and {a['items']} in the {a['days']:g} days after; items placed by {e(impact['placed_by'])}; "
             f"{e(impact['filters'])}.</p>"]
    for title, key in (("Themes", "themes"), ("Feedback types", "types")):
        parts.append(f"<h2>{title}</h2><table><tr><th></th><th>before / week</th><th>after / week</th>"
                     "<th>change of share</th><th>p</th><th>verdict</th></tr>")
        for r in impact[key]:
            change = "-" if r["change_pct"] is None else f"{r['change_pct']:+.0f}%"
            p = _p_cell(r, "&lt; 0.001")
            css = r["direction"] if r["direction"] in ("fewer", "more") else ""
            parts.append(f"<tr><td>{e(r['label'])}</td><td>{r['per_week_before']:g}</td><td>{r['per_week_after']:g}"
                         f"</td><td>{change}</td><td>{p}</td><td class=\"{css}\">{e(r['direction'])}</td></tr>")
        parts.append("</table>")
    parts.append(f"<p>Exact conditional binomial test against the volume on each side; a verdict when q &lt; "
                 f"{impact['significance']}, q (in brackets) being the p-value adjusted across the rows of its table "
                 "(Benjamini-Hochberg).</p></html>")
    return "".join(parts)


def _p_cell(r: dict, below: str) -> str:
    """"0.034 (0.412)": a row's p-value and, in brackets, its q-value ("-" when untested)."""
    def shown(v: float) -> str:
        return below if v < 0.001 else f"{v:.3f}"

    if r["p_value"] is None:
        return "-"
    return shown(r["p_value"]) + (f" ({shown(r['q_value'])})" if r.get("q_value") is not None else "")


@dataclass
class _Sides:
    """The two sides of a release in SQL (``side``: which side an item is on), the window, totals and days."""

    side: str
    side_params: list
    scope: str
    scope_params: list
    total_before: int
    total_after: int
    days_before: float
    days_after: float
    start: datetime
    end: datetime
    first: datetime
    last: datetime


def _sides(conn, filters: Filters, release: Release, window_days: int) -> _Sides:
    """How ``release_impact`` and the chat's per-topic rows place items on either side of a release."""
    if window_days < 1:
        raise UserError(f"--window {window_days}: must be at least 1 day.", hint="Example: --window 28")
    where, params = filters.sql(conn)
    start, end = release.at - timedelta(days=window_days), release.at + timedelta(days=window_days)
    last = conn.execute(f"SELECT max(f.created_at) FROM feedback f WHERE {where}", params).fetchone()[0]
    first = conn.execute(f"SELECT min(f.created_at) FROM feedback f WHERE {where}", params).fetchone()[0]
    days_before = max(1.0, (release.at - max(start, first)).total_seconds() / 86400)
    days_after = max(1.0, (min(end, last + timedelta(seconds=1)) - release.at).total_seconds() / 86400)
    column, column_params = release.version_sql()
    side = (f"CASE WHEN {column} = ANY(%s) THEN 'after' WHEN {column} = ANY(%s) THEN 'before' "
            "WHEN f.created_at >= %s THEN 'after' ELSE 'before' END")
    side_params = [*column_params, release.versions_after, *column_params, release.versions_before, release.at]
    scope = f"{where} AND f.created_at >= %s AND f.created_at < %s"
    scope_params = [*params, start, end]
    totals = dict(conn.execute(f"SELECT {side}, count(*) FROM feedback f WHERE {scope} GROUP BY 1",
                               [*side_params, *scope_params]).fetchall())
    total_before, total_after = totals.get("before", 0), totals.get("after", 0)
    if not total_before or not total_after:
        raise UserError(f"No feedback on one side of {release.label} within {window_days} days "
                        f"({total_before} before, {total_after} after).", hint="Widen --window or check the filters.")
    return _Sides(side, side_params, scope, scope_params, total_before, total_after, days_before, days_after, start,
                  end, first, last)


def _describe(s: _Sides, release: Release, window_days: int, filters: Filters) -> dict:
    return {"release": release.as_dict(), "window_days": window_days,
            "before": {"start": max(s.start, s.first).isoformat(), "end": release.at.isoformat(),
                       "items": s.total_before, "days": round(s.days_before, 1)},
            "after": {"start": release.at.isoformat(), "end": min(s.end, s.last).isoformat(), "items": s.total_after,
                      "days": round(s.days_after, 1)},
            "placed_by": (f"{release.version_field or 'app version'} where known, date otherwise" if release.version
                          else "date"),
            "filters": filters.describe()}


def sides(conn, filters: Filters, release: Release, *, window_days: int = DEFAULT_WINDOW_DAYS) -> dict:
    """The two sides compared around ``release`` (items, days, dates), as in ``release_impact``'s result; needs no
    stored themes."""
    return _describe(_sides(conn, filters, release, window_days), release, window_days, filters)


def subset_impact(conn, filters: Filters, release: Release, condition: str, params: list, label: str, *,
                  window_days: int = DEFAULT_WINDOW_DAYS) -> dict:
    """One before/after row, computed as each theme's row is, for the items matching an SQL ``condition`` on
    ``feedback f`` (e.g. the topic of a chat question: "did 4.4 fix the login bug?")."""
    s = _sides(conn, filters, release, window_days)
    counts = dict(conn.execute(f"SELECT {s.side}, count(*) FROM feedback f WHERE {s.scope} AND {condition} GROUP BY 1",
                               [*s.side_params, *s.scope_params, *params]).fetchall())
    return _row("subset", "topic", label, counts.get("before", 0), counts.get("after", 0), s.total_before,
                s.total_after, s.days_before, s.days_after, release.label).as_dict()


def examples(conn, filters: Filters, release: Release, condition: str, params: list, *, limit: int = 2,
             window_days: int = DEFAULT_WINDOW_DAYS, vector=None) -> list[int]:
    """Ids of items matching ``condition`` to quote: one after the release, then one before it (up to ``limit``),
    near-duplicates skipped; the closest to ``vector`` (a question's topic) on each side when given, else the most
    recent (a tester's "Did 5.2.1 fix the crash when adding a transaction?" quoted first the newest item matched by
    meaning, a budget-categories complaint that mentions a transaction)."""
    s = _sides(conn, filters, release, window_days)
    order = "f.embedding <=> %s, f.id" if vector is not None else "f.created_at DESC, f.id"
    rows = conn.execute(
        f"SELECT side, id FROM (SELECT {s.side} AS side, f.id, row_number() OVER (PARTITION BY {s.side} ORDER BY "
        f"{order}) AS n FROM feedback f WHERE {s.scope} AND {condition} AND f.duplicate_of IS NULL) x "
        f"WHERE n = 1", [*s.side_params, *s.side_params, *([vector] if vector is not None else []), *s.scope_params,
                         *params]).fetchall()
    order = {"after": 0, "before": 1}
    return [i for _, i in sorted(rows, key=lambda r: order[r[0]])][:limit]


RECENT_RELEASES = 4  # releases (patch releases count) a theme's latest clear change is looked for in
# The share of a theme's items that must name the app or software (``kinds.SOFTWARE_WORDS``) for a release to be read
# as what changed it: an e-bike tester's plan said price complaints "got worse after 5.2.1" (the price went up on
# 2026-10-01) and chat's "fix first" called late deliveries fading "since 5.2.0"; as ``draft.SOFTWARE_SHARE``.
RELEASE_SOFTWARE_SHARE = 0.2


def latest_release_changes(conn, filters: Filters) -> dict[int, dict]:
    """Per theme, its feedback's clear change at the newest of the last ``RECENT_RELEASES`` releases that changed
    it (``release_impact``: items per week before and after a release, exact test against the volume on each
    side), as ``{theme_id: row}`` with the release's ``release`` label and ``at`` date added. A patch release
    counts: a tester's crash came with 5.2.0 and went with 5.2.1, two releases before the latest, and the plan
    ranked it first on the people it reached before the fix. Empty when the data shows no release or too little on
    either side."""
    try:
        releases = release_markers(conn, filters, parts=3)
    except UserError:
        return {}
    out: dict[int, dict] = {}
    for marker in reversed(releases[-RECENT_RELEASES:]):  # newest first: a later clear change wins
        try:
            release = find_release(conn, filters, version=marker["version"])
            result = release_impact(conn, filters, release)
        except UserError:
            continue
        for row in result["themes"]:
            if int(row["key"]) not in out and row["p_value"] is not None and row["direction"] != "no clear change":
                out[int(row["key"])] = {**row, "release": result["release"]["label"], "at": result["release"]["at"]}
    if out:  # an app release explains the themes whose items talk about the app, not a price or a courier
        where, params = filters.sql(conn)
        shares = kinds.word_shares(conn, where, params)
        out = {t: row for t, row in out.items() if shares.get(t, (0.0, 0.0))[0] >= RELEASE_SOFTWARE_SHARE}
    return out


def _still_below(trend: dict, release: dict, period_days: int) -> bool:
    """Is the theme's last period still clearly below its rate in the weeks before the release that made it rarer
    (exact test of the two counts against their lengths, p < 0.05)? A thermostat tester's energy-report complaints
    dipped in the four weeks after 4.8.0 (11 -> 4) and came back (9, 10 a month), and "What should we fix first?"
    still called them clearly fading."""
    from scipy.stats import binomtest

    now, before = trend.get("current"), release.get("before")
    if now is None or not before or not release.get("per_week_before"):
        return True  # nothing to check it against: the release's own test stands
    days_before = 7 * before / release["per_week_before"]
    if now * 7 / period_days >= release["per_week_before"]:
        return False
    return binomtest(now, now + before, period_days / (period_days + days_before)).pvalue < SIGNIFICANCE


def quiet(items: int, trend: dict) -> bool:
    """No item of the theme in the last period nor in the one before, while the scope has items in the last one."""
    return bool(items) and trend.get("current") == 0 and trend.get("previous") == 0 \
        and trend.get("share_current") is not None


def fading(items: int, trend: dict, release: dict | None, last: str | None, period_days: int = 28
           ) -> tuple[float, str] | None:
    """How much of a theme's volume is still there when it is clearly fading: the latest release made it rarer
    (items per week after / before: ``release``), else its last window has clearly fewer items than the one before
    (current / previous of ``trend``; both with the report's exact test, p < 0.05), else its monthly share falls
    beyond chance (the newest month against the mean of the months before), else it peaked and fell since (the
    newest month against the peak: ``stats._turn``); none of it when the theme has
    gone quiet (no item in the last two periods: reach stays at its floor of one). None for a theme that is not
    fading. What the plan weighs a theme's reach by (``assistant.recommend.rice``) and the chat's "What should we
    fix first?" its volume. A release's fall counts while the last period (``period_days``) is still clearly below
    the weeks before that release (``_still_below``)."""
    if quiet(items, trend):  # a tester's crash theme was a plan's #2 on its reach in October, with no item in 56 days
        factor = 0.0
        why = "no item in the last two periods" + (f"; the newest is from {last}" if last else "")
    elif release and release.get("direction") == "fewer" and release.get("per_week_before") \
            and _still_below(trend, release, period_days):
        factor = release["per_week_after"] / release["per_week_before"]
        why = (f"since {release['release']}: {release['per_week_before']:g} -> {release['per_week_after']:g} items "
               "per week")
    elif trend.get("direction") == "down" and trend.get("significant") and trend.get("previous"):
        factor = trend["current"] / trend["previous"]
        why = f"{trend['current']} items in the last period vs {trend['previous']} in the one before"
    elif trend.get("monthly_direction") == "down" and not trend.get("monthly_turn") and trend.get("months"):
        # falling month after month, which two periods of four weeks may not tell apart (a thermostat tester's
        # Wi-Fi pairing complaints, 20, 16, 13, 10, 6, 2 a month, came second in "What should we fix first?")
        # (its count too: a wearable tester's strap complaints, 7, 6, 7, 7, 6, 5 a month, fell only as a share of a
        # growing volume and were left out of the plan as "clearly fading")
        counts = [m["count"] for m in trend["months"]]
        earlier = sum(counts[:-1]) / max(1, len(counts) - 1)
        factor = counts[-1] / earlier if earlier else 1.0
        factor = 1.0 if trend_count_note(trend) else factor  # its count about level: no fall
        why = f"{', '.join(map(str, counts))} a month to {trend['months'][-1]['month']}, falling month after month"
    elif (turn := trend.get("monthly_turn")) and turn.get("kind") == "peak" and trend.get("months"):
        # a spike that is over (the newest month's share below the peak's beyond chance): an invoicing tester's
        # QuickBooks duplicates, 3, 4, 4, 32, 4, 4 a month, came first in "What should we fix first?"
        peak = next((m["count"] for m in trend["months"] if m["month"] == turn["month"]), 0)
        newest = trend["months"][-1]
        factor = newest["count"] / peak if peak else 1.0
        why = f"peaked in {turn['month']} ({peak} items) and fell since ({newest['count']} in {newest['month']})"
    else:
        return None
    return (round(min(1.0, factor), 2), why) if factor < 1 else None
