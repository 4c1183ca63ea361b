"""Ingest feedback exports: read, map columns, clean, redact, de-duplicate, embed, store.

Stable identity: each item's id key is a keyed hash of source + normalised raw text + external id, and of the author
and date when the row has them (``rows.content_id``), so ingesting the same file again adds nothing, also into a
database whose items were stored under the older id without author and date (``store``). Items are embedded and
stored in chunks, each chunk committed together with the run's counters (``store``): a run killed midway leaves
whole chunks behind, and running the same command again embeds and stores only what is missing. Near-duplicates
(cosine >= threshold, e.g. the same ticket filed twice) are stored and linked to the earliest stored such item
through ``duplicate_of``; nothing is dropped. Of several files, one that cannot be used at all (not JSON, no text
column) does not stop the others: they are stored, and the run ends with one error that names each unusable file.

The model is most of the work, so the rest runs beside it in a pipeline of three threads: a reader thread parses,
redacts and hashes the next file, this thread embeds chunk after chunk, and a writer thread stores each embedded
chunk while the next one is being embedded. Within a file, new items are embedded longest text first (see
``_FileIngest.embed``); their ids still follow row order. Several ``pma ingest`` processes may run against one
database at once (see ``store``).

Not handled here: parsing formats (``loaders``), column meaning (``columns``), one row's fields and redaction
(``rows``), how chunks are written (``store``), the reader and writer threads (``ingest_threads``).
"""

from __future__ import annotations

import logging
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from retrieval.columns import ColumnMap, detect_columns
from retrieval.csvsafe import write_csv
from retrieval.db import Database, mark_dead_runs, run_owner
from retrieval.embed import Embedder, embedding_text
from retrieval.errors import UserError
from retrieval.ingest_threads import Reader, Writer
from retrieval.loaders import DAY_FILE, expand_paths, is_slack_export, load_file, unread_in_folders
from retrieval.releases import looks_like_release_notes
from retrieval.rows import Item, Rejected, Rejection, RowConverter, own_handles
from retrieval.settings import Settings
from retrieval.store import STORED_AS, ChunkWriter

log = logging.getLogger(__name__)
CHUNK = 256  # items committed together, about (a chunk closes at the batch that reaches it)
TAIL = 32  # items handed to an idle writer at least (see ``_FileIngest.embed``)

__all__ = ["CHUNK", "FileReport", "FilesFailed", "IngestReport", "Rejected", "default_source", "ingest_paths"]


@dataclass
class FileReport:
    """What happened to one file. ``read == added + duplicates + rejected`` always holds."""

    file: str
    run_id: int | None = None
    read: int = 0
    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    redacted: int = 0
    rejected: int = 0
    rejects_path: str | None = None
    scores: int = 0  # survey answers with a score and no comment, newly stored (``scores`` table)
    choices: int = 0  # ... with a closed question's option chosen, no score and no comment (the same table)
    left_out: dict[str, int] = field(default_factory=dict)  # records that are no feedback (pull requests), not read
    columns: dict[str, str | None] = field(default_factory=dict)
    rating_scale: int | None = None  # the top of the rating column's scale (5 stars, 10 NPS, 100), None: no ratings
    dates_day_first: bool = False  # 01.10.2026 was read as 1 October (``retrieval.columns.day_first``)
    users_reread: int = 0  # stored rows (by the export's id) whose user was read again from another column
    first_problem: str | None = None
    seconds: float = 0.0


@dataclass
class IngestReport:
    files: list[FileReport]
    failed: list[dict[str, str]] = field(default_factory=list)  # {"file", "error"} per file that could not be used
    skipped: list[str] = field(default_factory=list)  # files in the given folders whose format is not read

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    def as_dict(self) -> dict:
        keys = ("read", "added", "duplicates", "near_duplicates", "redacted", "rejected")
        return {**{k: self.total(k) for k in keys}, "files": [asdict(f) for f in self.files], "failed": self.failed,
                "skipped": self.skipped}


class FilesFailed(UserError):
    """Some of several files could not be used; the others were ingested. ``report`` says what was stored and,
    under ``failed``, each unusable file with its reason. The message has one line per unusable file."""

    def __init__(self, report: IngestReport):
        self.report = report
        stored = (f"the other {len(report.files)} were stored: added {report.total('added')}, duplicates "
                  f"{report.total('duplicates')}, rejected {report.total('rejected')}" if report.files
                  else "nothing was stored")
        lines = [f"{len(report.failed)} file(s) could not be used ({stored}):"]
        lines += [f"  {f['error']}" for f in report.failed]
        lines.append("Fix or remove those files and run the same command again; what is stored is not added twice.")
        super().__init__("\n".join(lines))


@dataclass
class _Choices:
    """The user's choices for one ingest (command-line options or the upload form)."""

    source: str | None = None
    text_col: str | None = None
    date_col: str | None = None
    mapping: dict[str, str] | None = None
    redact_pii: bool = True


def ingest_paths(paths: list[str | Path], settings: Settings, *, source: str | None = None, text_col: str | None = None,
                 date_col: str | None = None, mapping: dict[str, str] | None = None, keep_pii: bool = False,
                 progress: bool = False, db: Database | None = None, embedder: Embedder | None = None,
                 on_progress=None) -> IngestReport:
    """Ingest files and folders; return per-file counts.

    Args:
        paths: files or folders (CSV/TSV/JSON/JSONL/XLSX/TXT).
        source: label for every item (default: the export's source column, else the file name).
        text_col, date_col, mapping: explicit column choices (``mapping`` is FIELD -> COLUMN); they win over detection.
        keep_pii: store text as is (redaction is on by default).
        progress: show a progress bar on stderr.
        on_progress: optional callback ``(done, total)`` per file, called from the calling thread after each
            embedded chunk (the UI uses it).

    Raises:
        UserError: a path is missing, or the only file cannot be used at all (empty, unknown format, no text
            column, undecodable).
        FilesFailed: of several files, some cannot be used; all the others were ingested (``FilesFailed.report``).

    Example:
        >>> ingest_paths(["examples/feedback.csv"], Settings())  # doctest: +SKIP
    """
    choices = _Choices(source, text_col, date_col, mapping, settings.retrieval.redact_pii and not keep_pii)
    run = _IngestRun(settings, db or Database(settings), embedder or Embedder(settings), choices)
    paths = [Path(p) for p in paths]
    skipped = [str(p) for p in unread_in_folders(paths)]
    try:
        report = run.run(expand_paths(paths), progress=progress, on_progress=on_progress)
    except FilesFailed as exc:
        exc.report.skipped = skipped
        raise
    report.skipped = skipped
    return report


# ---- the pipeline ---------------------------------------------------------------------------------------------------
@dataclass
class _ParsedFile:
    """One file after the reader thread: its new-looking items (in row order) and rejected rows."""

    path: Path
    columns: list[str]
    colmap: ColumnMap
    read: int
    items: list[Item]
    rejects: list[Rejected]
    repeats: int  # rows repeating an earlier row of the same file
    scores: list[Item] = field(default_factory=list)  # survey answers with a score and no comment (no text)
    scores_stored_as: dict[str, list[str]] = field(default_factory=dict)  # content ids of their "n/a" items
    left_out: dict[str, int] = field(default_factory=dict)  # records that are no feedback, by what they are


@dataclass
class _UnusableFile:
    """A file the reader could not use at all, with the one-line error that says why."""

    path: Path
    error: UserError


class _IngestRun:
    """One call of ``ingest_paths``: the three threads and the state they share."""

    def __init__(self, settings: Settings, db: Database, embedder: Embedder, choices: _Choices):
        self.settings = settings
        self.db = db
        self.embedder = embedder
        self.choices = choices
        self.seen: set[str] = set()  # content ids handed to the writer in this run (a file may repeat another)
        self.families: dict[Path, str] = {}  # notes files -> their folder's one source (``notes_families``)

    def run(self, files: list[Path], *, progress: bool, on_progress) -> IngestReport:
        self.families = notes_families(files)
        reports: list[FileReport] = []
        failed: list[dict[str, str]] = []
        # One file is used or not; of several, an unusable one is reported at the end and the others still go in.
        parsed = Reader(self.parse if len(files) == 1 else self.parse_or_report, files)
        writer = Writer(self.db, self.embedder.model_id, self.settings.retrieval.near_duplicate_threshold)
        done = False
        try:
            for item in parsed:
                if isinstance(item, _UnusableFile):
                    failed.append({"file": str(item.path), "error": str(item.error)})
                    continue
                file = _FileIngest(self, item, writer)
                reports.append(file.report)
                file.run(progress=progress, on_progress=on_progress)
            done = True
        finally:
            parsed.stop()
            # Whatever was embedded is stored, also when a later file failed: earlier files stay ingested.
            if done:
                writer.finish()
            else:
                try:
                    writer.finish()
                except BaseException as exc:  # the error in flight is the one to report
                    log.warning("ingest: could not store all embedded items after a failure: %s", exc)
        report = IngestReport(reports, failed)
        if any(r.added for r in reports):  # new items of a company an imported customer file lists join its account
            from retrieval.customers import has_customers, link_accounts

            with self.db.connect() as conn:
                if has_customers(conn):
                    link_accounts(conn)
        if failed:
            raise FilesFailed(report)
        return report

    def parse_or_report(self, path: Path) -> _ParsedFile | _UnusableFile:
        """``parse``, with a file that cannot be used at all handed on as such instead of ending the run."""
        try:
            return self.parse(path)
        except UserError as exc:
            return _UnusableFile(path, exc)

    def _file_source(self, path: Path) -> str:
        """``default_source`` (its notes folder's one source, ``notes_families``), or the name an earlier version
        gave the file where the store holds it."""
        family = self.families.get(path)
        earlier = [s for s in (stamped_source(path), family and default_source(path)) if s]
        if earlier:
            with self.db.connect() as conn:
                for name in earlier:
                    if conn.execute("SELECT 1 FROM feedback WHERE source = %s LIMIT 1", (name,)).fetchone():
                        return name
        return family or default_source(path)

    def parse(self, path: Path) -> _ParsedFile:
        """Read one file and turn its rows into items (reader thread: no model, one database look-up)."""
        c = self.choices
        if looks_like_release_notes(path):  # a tester's release_notes.md was one feedback item
            raise UserError(f"{path}: this looks like release notes (a version and a date on each release's line), "
                            f"not feedback.", hint=f"Import it with `pma releases import {path}`: releases are then "
                                                   f"dated by it.")
        loaded = load_file(path)
        colmap = detect_columns(loaded, text_col=c.text_col, date_col=c.date_col, mapping=c.mapping)
        converter = RowConverter(colmap, loaded.columns, keyed_hash=self.db.keyed_hash,
                                 max_chars=self.settings.retrieval.max_text_chars, redact_pii=c.redact_pii,
                                 source=c.source, default_source=c.source or store_export(loaded.columns)
                                 or self._file_source(path), handles=own_handles(loaded.rows))
        items: list[Item] = []
        rejects: list[Rejected] = []
        seen: set[str] = set()
        repeats = 0
        scores: dict[str, Item] = {}
        stored_as: dict[str, list[str]] = {}  # score -> the items an earlier version stored from its "n/a" comment
        for raw in loaded.rows:
            try:
                if (score := converter.score_only(raw)) is not None:
                    scores.setdefault(score.content_hash, score)
                    try:
                        stored_as[score.content_hash] = [i.content_hash for i in converter.convert_all(raw)]
                    except Rejection:  # no comment at all
                        pass
                    continue
                row_items = converter.convert_all(raw)
            except Rejection as exc:
                rejects.append(converter.reject(raw, str(exc)))
                continue
            new = [item for item in row_items if item.content_hash not in seen]
            seen.update(item.content_hash for item in new)
            items.extend(new)
            repeats += not new
        return _ParsedFile(path, loaded.columns, colmap, len(loaded.rows), items, rejects, repeats=repeats,
                           scores=list(scores.values()), scores_stored_as=stored_as, left_out=loaded.left_out)


class _FileIngest:
    """One file in this thread: its run row, which items are new, embedding chunk by chunk, then the summary."""

    def __init__(self, ingest: _IngestRun, parsed: _ParsedFile, writer: Writer):
        self.ingest = ingest
        self.parsed = parsed
        self.writer = writer
        self.started = time.perf_counter()
        colmap = parsed.colmap
        columns = {**colmap.fields, **({"nps": colmap.nps_column} if colmap.nps_column else {})}
        if colmap.segment_tags:  # the plan read from a "plan_..." tag
            columns["segment"] = f"{colmap.segment_tags} (plan_... tags)"
        if colmap.text_parts:
            columns["text"] = " + ".join(colmap.text_columns) + " (an item each)"
        self.report = FileReport(file=str(parsed.path), read=parsed.read, columns=columns,
                                 rating_scale=colmap.rating_scale if colmap.get("rating") else None,
                                 dates_day_first=colmap.day_first, duplicates=parsed.repeats,
                                 rejected=len(parsed.rejects), left_out=parsed.left_out)

    def run(self, *, progress: bool, on_progress) -> None:
        ingest = self.ingest
        run_id = self.start()
        try:
            new, ids = self.new_items()
            self.embed(new, ids, progress=progress, on_progress=on_progress)
            self.writer.submit(self.finish, len(new))
        except BaseException as exc:
            _fail_run(ingest.db, run_id, exc)
            raise

    def start(self) -> int:
        ingest, p = self.ingest, self.parsed
        with ingest.db.connect() as conn:
            ingest.db.ensure_embedding_space(conn, ingest.embedder.model_id, ingest.embedder.dim)
            mark_dead_runs(conn, "ingest_runs")
            self.report.run_id = conn.execute(
                "INSERT INTO ingest_runs(file, source, pid, host, read) VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (str(p.path), ingest.choices.source, *run_owner(), p.read),
            ).fetchone()[0]
        return self.report.run_id

    def new_items(self) -> tuple[list[Item], list[int]]:
        """Items neither stored yet nor in an earlier file of this run, with ids reserved for them in row order."""
        ingest, items = self.ingest, self.parsed.items
        with ingest.db.connect() as conn:
            stored = _stored(conn, items)
            self.report.users_reread = reread_users(conn, [i for i in items if i.content_hash in stored])
            new = [i for i in items if i.content_hash not in stored and i.content_hash not in ingest.seen]
            ids = sorted(r[0] for r in conn.execute(
                "SELECT nextval(pg_get_serial_sequence('feedback', 'id')) FROM generate_series(1, %s)", (len(new),)))
        ingest.seen.update(i.content_hash for i in new)
        self.report.duplicates += len(items) - len(new)
        return new, ids

    def embed(self, items: list[Item], ids: list[int], *, progress: bool, on_progress) -> None:
        """Embed the file's new items and hand them to the writer in chunks as the encoder's batches are done.

        The encoder takes all of the file's texts at once and runs them longest first, so each batch is padded
        little (chunks in row order cost ~1.9x the real tokens of app reviews, see bench/ingest_search.py), and its
        workers stay busy to the end. A chunk goes to the writer when ``CHUNK`` items are done, or ``TAIL`` while the
        writer is idle: storing overlaps encoding, and what is left to store after the last batch is only what was
        encoded during the last store. Ids were drawn up front in row order, so they still follow the file.
        """
        bar = None
        if progress and items:
            from tqdm import tqdm

            # shown after a second: a Slack export's 120 day files drew 120 bars of one or two items
            bar = tqdm(total=len(items), desc=f"Embedding {self.parsed.path.name}", unit="item", file=sys.stderr,
                       delay=1.0)
        done: list[int] = []  # positions in ``items`` encoded and not handed on yet
        vectors: list = []
        embedded = 0
        try:
            for picked, batch in self.ingest.embedder.encode_batches([embedding_text(i.text) for i in items]):
                done += picked
                vectors.append(batch)
                embedded += len(picked)
                if embedded == len(items) or len(done) >= CHUNK or (len(done) >= TAIL and self.writer.idle()):
                    self.writer.submit(self.store, [items[n] for n in done], [ids[n] for n in done],
                                       np.concatenate(vectors))
                    done, vectors = [], []
                if bar is not None:
                    bar.update(len(picked))
                if on_progress is not None:
                    on_progress(embedded, len(items))
        finally:
            if bar is not None:
                bar.close()

    # ---- writer thread ----------------------------------------------------------------------------------------------
    def store(self, store: ChunkWriter, chunk: list[Item], ids: list[int], vectors) -> None:
        stored = store.write(self.report.run_id, chunk, ids, vectors)
        self.report.added += stored.added
        self.report.redacted += stored.redacted
        self.report.near_duplicates += stored.near_duplicates

    def finish(self, store: ChunkWriter, new: int) -> None:
        """After the file's last chunk: the rejects file, repeats that raced with another ingest, the run row."""
        ingest, p, report = self.ingest, self.parsed, self.report
        try:
            if p.rejects:
                report.rejects_path = str(_write_rejects(ingest.settings, report.run_id, p.path, p.rejects, p.columns))
                first = p.rejects[0]
                report.first_problem = f"{first.file}: row {first.row}: {first.reason}"
            # New-looking items that a concurrent ingest stored first were neither added nor seen as stored.
            report.duplicates += new - report.added
            report.scores, report.choices = _store_scores(ingest.db, p.scores, report.run_id, p.scores_stored_as)
            report.seconds = time.perf_counter() - self.started
            with ingest.db.connect() as conn:
                conn.execute(
                    "UPDATE ingest_runs SET status='done', added=%s, duplicates=%s, near_duplicates=%s, redacted=%s, "
                    "rejected=%s, rejects_path=%s, finished_at=now() WHERE id=%s",
                    (report.added, report.duplicates, report.near_duplicates, report.redacted, report.rejected,
                     report.rejects_path, report.run_id),
                )
        except BaseException as exc:
            _fail_run(ingest.db, report.run_id, exc)
            raise


def _store_scores(db, scores: list[Item], run_id: int | None, stored_as: dict[str, list[str]]) -> tuple[int, int]:
    """Store score-only survey answers (``rows.RowConverter.score_only``); returns how many were new, with a score and
    with a choice only. An answer whose "n/a" comment an earlier version stored as an item (``stored_as``: score ->
    those items' content ids) is counted there already and is not stored again."""
    if not scores:
        return 0, 0
    from psycopg.types.json import Jsonb

    with db.connect() as conn, conn.cursor() as cur:
        known = [h for hashes in stored_as.values() for h in hashes]
        if known:
            found = {h for (h,) in conn.execute("SELECT content_hash FROM feedback WHERE content_hash = ANY(%s)",
                                                (known,))}
            scores = [s for s in scores if not found.intersection(stored_as.get(s.content_hash, ()))]
        counts = []
        for part in ([s for s in scores if s.rating is not None], [s for s in scores if s.rating is None]):
            if not part:
                counts.append(0)
                continue
            cur.executemany(
                "INSERT INTO scores (content_hash, source, external_id, created_at, rating, author_hash, segment, "
                "app_version, language, metadata, ingest_run_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (content_hash) DO NOTHING",
                [(s.content_hash, s.source, s.external_id, s.created_at, s.rating, s.author_hash, s.segment,
                  s.app_version, s.language, Jsonb(s.metadata), run_id) for s in part])
            counts.append(cur.rowcount)  # the rows inserted, all statements together (those stored already are not)
        return counts[0], counts[1]


def _stored(conn, items: list[Item]) -> set[str]:
    """The content ids of ``items`` that are stored already (``store.STORED_AS``: the same id, or the same base id with
    author and date that agree), so that they are not embedded. The store checks again under its lock."""
    found = conn.execute(
        "SELECT s.content_hash FROM unnest(%s::text[], %s::text[], %s::text[], %s::timestamptz[], %s::text[]) "
        "AS s(content_hash, base_hash, author_hash, created_at, external_id) WHERE EXISTS (" + STORED_AS + ")",
        ([i.content_hash for i in items], [i.base_hash for i in items], [i.author_hash for i in items],
         [i.created_at for i in items], [i.external_id for i in items]),
    )
    return {r[0] for r in found}


def reread_users(conn, items: list[Item]) -> int:
    """Give the stored rows of ``items`` that carry the export's own id the user read now, where it differs: the same
    export ingested again with another user column (``--map user.email=user`` after the user was read from
    ``user.id``) joins the customer file without storing anything twice. The number of items changed."""
    keyed = [i for i in items if i.external_id and i.author_hash]
    if not keyed:
        return 0
    cur = conn.execute(
        "UPDATE feedback f SET author_hash = s.author_hash FROM unnest(%s::text[], %s::text[], %s::text[]) "
        "AS s(content_hash, base_hash, author_hash) WHERE coalesce(f.base_hash, f.content_hash) = "
        "coalesce(s.base_hash, s.content_hash) AND f.author_hash IS DISTINCT FROM s.author_hash",
        ([i.content_hash for i in keyed], [i.base_hash for i in keyed], [i.author_hash for i in keyed]))
    return cur.rowcount


# A browser's or file manager's copy of a download: "appstore (1)", "appstore - Copy", "appstore copy 2".
_COPY_SUFFIX = re.compile(r"(?:\s*\(\d{1,3}\)|\s+-\s+copy|\s+copy(?:\s+\d{1,3})?)+$", re.IGNORECASE)


# An app store's own review export, known by its columns: Google Play Console's "reviews_reviews_<package>_<month>.csv"
# ("Package Name", "Review Submit Date and Time", "Star Rating") is "Google Play", as an AppFollow export's Store
# column names it (a language-app tester's file was the source 'reviews_reviews_com.lingora.app_202611', and "How many
# Google Play reviews are there?" counted 4).
_STORE_EXPORTS = {"Google Play": ({"package name", "star rating"}, {"review submit date and time", "review text",
                                                                    "review submit millis since epoch"})}


def store_export(columns: list[str]) -> str | None:
    """The app store whose own review export has these columns, else None."""
    names = {c.strip().lower() for c in columns}
    return next((store for store, (needed, any_of) in _STORE_EXPORTS.items() if needed <= names and names & any_of),
                None)


# The day an export was downloaded, or the days it covers, at the end of its file name: "zendesk_tickets_2026-11-30",
# "reviews_20261130", "appfigures_reviews_2026-05-01_2026-11-30", Qualtrics' "Guest NPS_December 1, 2026_09.14". A
# month alone ("survey-oct-2026") names which survey it is, and stays.
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*")
_YEAR = r"(?:19|20)\d{2}"
_DAY = (rf"(?:{_YEAR}[-_.]?[01]\d[-_.]?[0-3]\d|\d{{1,2}}[-_.]\d{{1,2}}[-_.]{_YEAR}|{_MONTHS}\s+\d{{1,2}},?\s+{_YEAR}|"
        rf"\d{{1,2}}\s+{_MONTHS}\s+{_YEAR})")
_TIME = r"(?:[T_ -]?\d{2}[.:_-]?\d{2}(?:[.:_-]?\d{2})?Z?)"
_DOWNLOAD_STAMP = re.compile(rf"(?:[\s_-]+(?:to[\s_-]+)?{_DAY}{_TIME}?)+$", re.IGNORECASE)


def default_source(path: Path) -> str:
    """The source of a file's rows when neither ``--source`` nor a source column names one: its name without the
    extension, without a copy suffix and without the day stamped at its end, so a second download of the same export
    is the same source (and the tickets two monthly downloads share are stored once: a tester's overlapping
    "zendesk_tickets_2026-10-31" and "..._2026-11-30" were 55 tickets for 40).

    Example:
        >>> default_source(Path("exports/appstore (1).csv")), default_source(Path("appstore - Copy (2).csv"))
        ('appstore', 'appstore')
        >>> [default_source(Path(n)) for n in ("zendesk_tickets_2026-11-30.csv", "Guest NPS_December 1, 2026_09.14.csv",
        ...                                    "reviews_2026-05-01_2026-11-30.csv", "host-survey-oct-2026.csv")]
        ['zendesk_tickets', 'Guest NPS', 'reviews', 'host-survey-oct-2026']

    A file named by its day takes its folder's name: a Slack export's "sdk-help/2026-10-19.json" is "slack
    #sdk-help" (a tester's Slack export became 40 sources named after dates, and "What are people saying in Slack?"
    found none).
    """
    if DAY_FILE.match(path.stem) and path.parent.name:  # a day's file of a channel: the channel is the source
        return f"slack #{path.parent.name}" if is_slack_export(path.parent.parent) else path.parent.name
    name = _COPY_SUFFIX.sub("", path.stem) or path.stem
    return _DOWNLOAD_STAMP.sub("", name) or name


_NOTES_FILES = {".md", ".markdown", ".txt", ".vtt"}
# Words that say a name is of a kind of notes, not of one customer: "call_notes_acme", "interview-anna"
# ... after up to two words of whose ("user_interviews", "sales_calls", "seller_interview": a marketplace tester's six
# seller_interview_P1_2026-02-18.md ... were six sources)
_NOTES_KIND = re.compile(r"^(?:[^\W\d_]+[\s_-]+){0,2}(?:calls?|call[\s_-]*notes|interviews?|notes|meetings?|"
                         r"transcripts?|sessions?|research|gong|chorus|zoom|dovetail)$", re.IGNORECASE)


def notes_families(files: list[Path]) -> dict[Path, str]:
    """The notes files (Markdown, text, transcripts) of one folder whose names start alike, one file a call or an
    interview ("gong/gong_helix_2026-07-17.md", "gong/gong_kessler_2026-07-06.md"), -> the one source they are:
    the words their names share, when those name the folder or a kind of notes ("gong"). An analytics tester's
    eight Gong call notes were eight sources, one per customer; the customer stays in each item's section.

        >>> notes_families([Path("gong/gong_helix_2026-07-17.md"), Path("gong/gong_kessler_2026-07-06.md")])
        {PosixPath('gong/gong_helix_2026-07-17.md'): 'gong', PosixPath('gong/gong_kessler_2026-07-06.md'): 'gong'}
        >>> notes_families([Path("exports/app_store.txt"), Path("exports/app_feedback.txt")])
        {}
        >>> set(notes_families([Path("notes/seller_interview_P1_2026-02-18.md"),
        ...                     Path("notes/seller_interview_P2_2026-03-26.md")]).values())
        {'seller_interview'}
    """
    by_folder: dict[Path, list[Path]] = {}
    for f in files:
        if f.suffix.lower() in _NOTES_FILES and not DAY_FILE.match(f.stem):
            by_folder.setdefault(f.parent, []).append(f)
    out: dict[Path, str] = {}
    for folder, notes in by_folder.items():
        names = [default_source(f) for f in notes]
        if len(notes) < 2 or len({n.lower() for n in names}) < 2:
            continue
        split = [re.split(r"[\s_-]+", n.lower()) for n in names]
        shared = 0
        while all(len(s) > shared + 1 and s[shared] == split[0][shared] for s in split):
            shared += 1
        if not shared:
            continue
        name = re.match(rf"^(?:[^\s_-]+[\s_-]+){{{shared - 1}}}[^\s_-]+", names[0]).group(0)
        if name.lower() == folder.name.lower() or _NOTES_KIND.match(name):
            out.update(dict.fromkeys(notes, name))
    return out


def stamped_source(path: Path) -> str | None:
    """The source name versions before session 41 gave ``path`` (its day stamp kept), when it differs from
    ``default_source``'s: a store that holds it keeps it, so loading that file again adds nothing."""
    name = _COPY_SUFFIX.sub("", path.stem) or path.stem
    return name if not DAY_FILE.match(path.stem) and name != default_source(path) else None


def _fail_run(db: Database, run_id: int | None, exc: BaseException) -> None:
    if run_id is None:
        return
    try:
        with db.connect() as conn:
            conn.execute("UPDATE ingest_runs SET status='failed', error=%s, finished_at=now() "
                         "WHERE id=%s AND status='running'", (f"{type(exc).__name__}: {exc}"[:500], run_id))
    except Exception:  # the database itself may be the failure; the run stays 'running' and is marked later
        log.warning("could not mark ingest run %s as failed", run_id)


def _write_rejects(settings: Settings, run_id: int, path: Path, rejects: list[Rejected], columns: list[str]) -> Path:
    out = settings.rejects_dir / f"run{run_id}-{_safe_name(path.stem)}.csv"
    rows = []
    for r in rejects:
        rows.append([r.file, r.row, r.reason, *(r.values.get(c) for c in columns)])  # redacted by RowConverter
    write_csv(out, ["file", "row", "reason", *columns], rows)
    return out


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:80] or "file"
