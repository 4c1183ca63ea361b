"""Release dates from the release notes: ``pma releases import release_notes.md``.

Without them a release is dated by its first feedback, and a few items tagged with a version before it shipped (beta
testers, a mis-tagged ticket) move the release months back: a telehealth tester's 35 video-call rows carrying 5.4.x
months early put 5.4.0 in March, so "Which release broke the video call?" and `pma impact --version 5.4.0` missed it.
With its release notes imported, a version is dated by its release, and a version the notes do not list is dated by
its first feedback on or after the newest listed release below it.

Read from:
- a table (CSV, TSV, JSON, JSONL, XLSX) with a version column ("Version", "Release", "Build", "Tag") and a date
  column ("Date", "Released", "Release date", "Published"); another text column is kept as the release's notes;
- Markdown or plain text: each line that holds a version and a date (a table row ``| 5.4.0 | 2026-07-14 | ... |``, a
  heading ``## 5.4.0 - 2026-07-14`` or ``## [5.4.0] - 2026-07-14``, a list line); a table row's other cells, or the
  lines below a heading up to the next release, are its notes.

An import is checked whole before anything is written: a version without a date, or one version given two dates, is
a one-line error naming the file and row, and the stored releases stay as they were. A version imported again is
updated.

A heading's words before its version name the product line ("## Android SDK 5.2.2 - 2026-08-25"): they head the
release's notes ("Android SDK: ...").

Not handled: one file of several product lines (each version is matched by its numbers alone), times of day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from retrieval.dates import parse_date
from retrieval.db import Database
from retrieval.errors import UserError

_VERSION = re.compile(r"(?<![\w.-])\[?v?(\d+\.\d+(?:\.\d+){0,2})\]?(?![\w.-]*\d)(?!-\d)")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\b|"
                   rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}\b",
                   re.IGNORECASE)
_VERSION_COLUMN = re.compile(r"^(?:app\s*)?(?:version|release|build|tag|release\s*(?:version|name|tag)|version\s*"
                             r"(?:number|name)|v)$", re.IGNORECASE)
_DATE_COLUMN = re.compile(r"^(?:date|released(?:\s*(?:at|on|date))?|release\s*(?:date|day)|published(?:\s*(?:at|on))?|"
                          r"ship(?:ped)?(?:\s*(?:at|on|date))?|live\s*(?:date|since)|go[\s-]*live(?:\s*date)?)$",
                          re.IGNORECASE)
_HEADING = re.compile(r"^\s*#{1,6}\s")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


@dataclass
class Release:
    version: str
    released_at: datetime
    notes: str = ""
    row: int = 0


@dataclass
class ReleaseImport:
    file: str
    releases: list[Release]
    matched_versions: int = 0  # stored feedback versions that one of them dates
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"file": self.file, "matched_versions": self.matched_versions, "notes": self.notes,
                "releases": [{"version": r.version, "released_at": r.released_at.date().isoformat(), "notes": r.notes}
                             for r in self.releases]}


def version_number(value: str | None) -> tuple[int, ...] | None:
    """The numbers of a version without trailing zeros, so "5.4", "5.4.0" and "v5.4.0" are one release.

        >>> version_number("v5.4.0"), version_number("5.4"), version_number("iOS 6.4.1"), version_number("soon")
        ((5, 4), (5, 4), (6, 4, 1), None)
    """
    m = re.search(r"(?<![\d.])v?(\d+(?:\.\d+){0,3})(?![\d.]*\d)", value or "")
    if not m:
        return None
    parts = [int(p) for p in m.group(1).split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def read_releases(path: Path) -> list[Release]:
    """The releases ``path`` lists (module docstring), in file order.

    Raises:
        UserError: unreadable file, no release in it, a version without a date, one version with two dates.
    """
    path = Path(path)
    if path.suffix.lower() in (".md", ".markdown", ".txt"):
        from retrieval.loaders import decode_bytes

        found = _from_lines(path, decode_bytes(path.read_bytes(), path)[0])
    else:
        found = _from_table(path)
    if not found:
        raise UserError(f"{path}: no release found (a version such as 5.4.0 and a date such as 2026-07-14 on one line "
                        f"or row).", hint="Give one release per line or row, with its version and its date.")
    seen: dict[tuple, Release] = {}
    for r in found:
        key = version_number(r.version)
        if key in seen and seen[key].released_at.date() != r.released_at.date():
            raise UserError(f"{path}, row {r.row}: version {r.version} is dated {r.released_at:%Y-%m-%d}, but row "
                            f"{seen[key].row} dates it {seen[key].released_at:%Y-%m-%d}.",
                            hint="Keep one date per version and import again.")
        seen.setdefault(key, r)
    return list(seen.values())


_NOTES_NAME = re.compile(r"release|change[\s_-]*log|what'?s[\s_-]*new|version[\s_-]*history", re.IGNORECASE)


def looks_like_release_notes(path: Path) -> bool:
    """Is ``path`` a release notes file: named so ("release_notes.md", "CHANGELOG.csv", "whats-new.txt") and listing
    at least two releases (``read_releases``)?"""
    if not _NOTES_NAME.search(Path(path).stem):
        return False
    try:
        return len(read_releases(path)) >= 2
    except (UserError, OSError, ValueError):
        return False


def import_releases(db: Database, path: Path) -> ReleaseImport:
    """Read ``path`` (``read_releases``) and upsert its releases in one transaction."""
    releases = read_releases(path)
    with db.connect() as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO releases (number, version, released_at, notes, source_file) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (number) DO UPDATE SET version = EXCLUDED.version, released_at = EXCLUDED.released_at, "
                "notes = EXCLUDED.notes, source_file = EXCLUDED.source_file, imported_at = now()",
                [(".".join(map(str, version_number(r.version))), r.version, r.released_at, r.notes or None, str(path))
                 for r in releases])
        stored = [v for (v,) in conn.execute("SELECT DISTINCT app_version FROM feedback WHERE app_version IS NOT NULL")]
    listed = {version_number(r.version) for r in releases}
    out = ReleaseImport(str(path), releases, sum(version_number(v) in listed for v in stored))
    if stored and not out.matched_versions:
        out.notes.append("No stored feedback carries one of these versions yet: releases date the versions feedback "
                         "carries (check that the export's version column holds the same numbers).")
    return out


def release_dates(conn) -> dict[tuple[int, ...], tuple[datetime, str]]:
    """The imported releases: version numbers (``version_number``) -> (release date, notes)."""
    if conn.execute("SELECT to_regclass('releases')").fetchone()[0] is None:
        return {}
    return {version_number(v): (at, notes or "") for v, at, notes in
            conn.execute("SELECT number, released_at, notes FROM releases")}


def _from_lines(path: Path, text: str) -> list[Release]:
    out: list[Release] = []
    below: Release | None = None  # the heading release whose notes the next lines are
    level = 0  # its heading's level
    for row, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or _TABLE_RULE.match(line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if "|" in line else [line]
        date_m = _DATE.search(line)
        undated = _DATE.sub(" ", line)
        version_m = _VERSION.search(undated)
        if version_m and date_m:
            at = parse_date(date_m.group(0))
            if at is None:
                raise UserError(f"{path}, row {row}: {date_m.group(0)!r} is not a date.",
                                hint="Write release dates as YYYY-MM-DD, e.g. 2026-07-14.")
            notes = [c for c in cells if c and not _DATE.fullmatch(c.strip("*_ ")) and not _VERSION.fullmatch(
                c.strip("*_ "))] if len(cells) > 1 else _product_line(undated, version_m)
            release = Release(version_m.group(1), at, " ".join(" ".join(notes).split())[:300], row)
            out.append(release)
            below, level = (release, _level(line)) if _HEADING.match(line) else (None, 0)
        elif _HEADING.match(line) and _level(line) <= level:
            below = None
        elif below is not None and not _HEADING.match(line):  # "### Added" under "## [4.2.0]" goes on
            below.notes = (below.notes + " " + line.strip(" -*•\t")).strip()[:300]
    return out


_RELEASE_WORDS = re.compile(r"\b(?:release[sd]?|version|v|on|of|the|dated?)\b", re.IGNORECASE)


def _product_line(undated: str, version: re.Match) -> list[str]:
    """What a release's line (its date taken out: ``undated``) says besides its ``version``: the product line named
    before the version, said before the notes ("## Android SDK 5.2.2 - 2026-08-25" -> "Android SDK:"; an analytics
    tester's web app and SDK releases were listed alike, as versions alone), and the notes written after it.

        >>> [_product_line(t, _VERSION.search(t)) for t in ("## Android SDK 5.2.2 - ", "## [4.2.0] - ",
        ...                                                  "- 5.4.0 ( ): fixed the login crash")]
        [['Android SDK:'], [], ['fixed the login crash']]
    """
    line = " ".join(re.findall(r"[^\W\d_][\w.+'’-]*", _RELEASE_WORDS.sub(" ", undated[:version.start()])))
    notes = re.sub(r"^[\s\W]+", "", undated[version.end():]).strip()
    return [f"{line}:"] * bool(line) + [notes] * bool(re.search(r"[^\W\d_]", notes))


def _level(heading: str) -> int:
    return len(heading.lstrip()) - len(heading.lstrip().lstrip("#"))


def _from_table(path: Path) -> list[Release]:
    from retrieval.loaders import load_file

    loaded = load_file(path)
    def named(column: str) -> str:  # "release_date", "Release-Date": "release date"
        return " ".join(re.split(r"[\s_-]+", column.strip()))

    version_col = next((c for c in loaded.columns if _VERSION_COLUMN.match(named(c))), None)
    date_col = next((c for c in loaded.columns if _DATE_COLUMN.match(named(c)) and c != version_col), None)
    if not version_col or not date_col:
        raise UserError(f"{path}: no {'version' if not version_col else 'date'} column (columns: "
                        f"{', '.join(loaded.columns[:12])}).", hint="Name them Version and Date.")
    out = []
    for raw in loaded.rows:
        if raw.problem:
            raise UserError(f"{path}, row {raw.row}: {raw.problem}.", hint="Fix the row and import again.")
        version = (raw.values.get(version_col) or "").strip()
        if not version:
            continue
        if version_number(version) is None:
            raise UserError(f"{path}, row {raw.row}, {version_col}: {version!r} is not a version number.",
                            hint="Write versions as numbers, e.g. 5.4.0.")
        when = (raw.values.get(date_col) or "").strip()
        at = parse_date(when)
        if at is None:
            raise UserError(f"{path}, row {raw.row}, {date_col}: {when!r} is not a date (version {version}).",
                            hint="Write release dates as YYYY-MM-DD, e.g. 2026-07-14.")
        notes = " ".join(str(v).strip() for k, v in raw.values.items() if k not in (version_col, date_col)
                         and isinstance(v, str) and re.search(r"[^\W\d_]{3,}", v))
        out.append(Release(version, at, " ".join(notes.split())[:300], raw.row))
    return out
