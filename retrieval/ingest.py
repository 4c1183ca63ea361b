"""Ingest feedback exports: read, map columns, clean, redact, de-duplicate, embed, store.

Stable identity: each item's id key is a keyed hash of source + normalised raw text + external id, so ingesting
the same file again adds nothing. Items are embedded and stored in chunks, each chunk committed together with the
run's counters: a run killed midway leaves whole chunks behind, and running the same command again embeds and
stores only what is missing. Within a file, new items are embedded and stored longest text first (see ``_store``);
their ids still follow row order. Near-duplicates (cosine >= threshold, e.g. the same ticket filed twice) are stored
and linked to the earliest stored such item through ``duplicate_of``; nothing is dropped.

Not handled here: parsing formats (``loaders``), column meaning (``columns``), PII patterns (``redact``).
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from retrieval.columns import ColumnMap, clean_text, detect_columns, detect_language, normalise_text, parse_date, parse_rating
from retrieval.csvsafe import write_csv
from retrieval.db import Database, mark_dead_runs, run_owner
from retrieval.embed import Embedder
from retrieval.errors import UserError
from retrieval.lexical import segment
from retrieval.loaders import RawRow, expand_paths, load_file
from retrieval.redact import redact
from retrieval.settings import Settings

log = logging.getLogger(__name__)
CHUNK = 256  # items embedded and committed together


@dataclass
class Rejected:
    file: str
    row: int
    reason: str
    values: dict[str, str | None]


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
    columns: dict[str, str | None] = field(default_factory=dict)
    first_problem: str | None = None
    seconds: float = 0.0


@dataclass
class IngestReport:
    files: list[FileReport]

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    def as_dict(self) -> dict:
        keys = ("read", "added", "duplicates", "near_duplicates", "redacted", "rejected")
        return {**{k: self.total(k) for k in keys}, "files": [asdict(f) for f in self.files]}


@dataclass
class _Item:
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
        on_progress: optional callback ``(done, total)`` (the UI uses it).

    Raises:
        UserError: a file cannot be used at all (missing, empty, unknown format, no text column, undecodable).
            Files before it in ``paths`` stay ingested.

    Example:
        >>> ingest_paths(["examples/feedback.csv"], Settings())  # doctest: +SKIP
    """
    db = db or Database(settings)
    embedder = embedder or Embedder(settings)
    files = expand_paths([Path(p) for p in paths])
    reports = []
    for path in files:
        reports.append(_ingest_file(path, settings, db, embedder, source=source, text_col=text_col, date_col=date_col,
                                    mapping=mapping, keep_pii=keep_pii, progress=progress, on_progress=on_progress))
    return IngestReport(reports)


def _ingest_file(path: Path, settings: Settings, db: Database, embedder: Embedder, *, source, text_col, date_col,
                 mapping, keep_pii, progress, on_progress) -> FileReport:
    started = time.perf_counter()
    loaded = load_file(path)
    colmap = detect_columns(loaded, text_col=text_col, date_col=date_col, mapping=mapping)
    report = FileReport(file=str(path), read=len(loaded.rows), columns=dict(colmap.fields))
    redact_pii = settings.retrieval.redact_pii and not keep_pii

    with db.connect() as conn:
        db.ensure_embedding_space(conn, embedder.model_id, embedder.dim)
        mark_dead_runs(conn, "ingest_runs")
        run_id = conn.execute(
            "INSERT INTO ingest_runs(file, source, pid, host, read) VALUES (%s, %s, %s, %s, %s) RETURNING id",
            (str(path), source, *run_owner(), report.read),
        ).fetchone()[0]
    report.run_id = run_id

    rejects: list[Rejected] = []
    items: list[_Item] = []
    seen: set[str] = set()
    default_source = source or path.stem
    for raw in loaded.rows:
        item = _to_item(raw, colmap, settings, db, default_source, source, redact_pii, rejects, loaded.columns)
        if item is None:
            continue
        if item.content_hash in seen:
            report.duplicates += 1
            continue
        seen.add(item.content_hash)
        items.append(item)
    report.rejected = len(rejects)

    try:
        with db.connect() as conn:
            existing = {r[0] for r in conn.execute("SELECT content_hash FROM feedback WHERE content_hash = ANY(%s)",
                                                   ([i.content_hash for i in items],))}
        report.duplicates += sum(1 for i in items if i.content_hash in existing)
        new_items = [i for i in items if i.content_hash not in existing]
        report.redacted = sum(1 for i in new_items if i.redacted)
        _store(new_items, report, db, embedder, settings, run_id, progress, on_progress)
        if rejects:
            report.rejects_path = str(_write_rejects(settings, run_id, path, rejects, loaded.columns))
            first = rejects[0]
            report.first_problem = f"{first.file}: row {first.row}: {first.reason}"
        # Exact repeats that raced with a concurrent ingest end up neither added nor in `existing`.
        report.duplicates += len(new_items) - report.added
        report.seconds = time.perf_counter() - started
        with db.connect() as conn:
            conn.execute(
                "UPDATE ingest_runs SET status='done', added=%s, duplicates=%s, near_duplicates=%s, redacted=%s, "
                "rejected=%s, rejects_path=%s, finished_at=now() WHERE id=%s",
                (report.added, report.duplicates, report.near_duplicates, report.redacted, report.rejected,
                 report.rejects_path, run_id),
            )
    except BaseException as exc:
        _fail_run(db, run_id, exc)
        raise
    return report


def _to_item(raw: RawRow, colmap: ColumnMap, settings: Settings, db: Database, default_source: str,
             forced_source: str | None, redact_pii: bool, rejects: list[Rejected], columns: list[str]) -> _Item | None:
    def reject(reason: str) -> None:
        rejects.append(Rejected(str(raw.file), raw.row, reason, raw.values))

    if raw.problem:
        reject(raw.problem)
        return None
    values = raw.values
    text_col = colmap.get("text")
    raw_text = values.get(text_col) if text_col else None
    text = clean_text(raw_text or "")
    if not text:
        reject(f"column '{text_col}': text is empty")
        return None
    limit = settings.retrieval.max_text_chars
    if len(text) > limit:
        reject(f"column '{text_col}': text has {len(text)} characters (limit {limit}); split it or raise "
               "PMA_RETRIEVAL_MAX_TEXT_CHARS")
        return None
    created_at = None
    date_col = colmap.get("date")
    if date_col and values.get(date_col):
        created_at = parse_date(values[date_col])
        if created_at is None:
            reject(f"column '{date_col}': {values[date_col]!r} is not a date; use ISO 8601 like 2026-09-03 "
                   "(or pick another column with --date-col)")
            return None
    rating = None
    rating_col = colmap.get("rating")
    if rating_col:
        try:
            rating = parse_rating(values.get(rating_col))
        except ValueError:
            reject(f"column '{rating_col}': {values.get(rating_col)!r} is not a rating number")
            return None
    src = forced_source or (values.get(colmap.get("source")) if colmap.get("source") else None) or default_source
    external_id = values.get(colmap.get("external_id")) if colmap.get("external_id") else None
    user = values.get(colmap.get("user")) if colmap.get("user") else None
    stored_text, counts = redact(text) if redact_pii else (text, Counter())
    metadata: dict[str, str] = {}
    for col in colmap.metadata_columns(columns):
        value = values.get(col)
        if value is None or value == "":
            continue
        if redact_pii:
            value, c = redact(value)
            counts.update(c)
        metadata[col] = value[:2000]
    return _Item(
        row=raw.row,
        content_hash=db.keyed_hash(f"{src.strip().lower()}\x1f{normalise_text(text)}\x1f{external_id or ''}"),
        source=src.strip(),
        external_id=external_id,
        text=stored_text,
        redacted=bool(counts),
        created_at=created_at,
        rating=rating,
        author_hash=db.keyed_hash(user.strip().lower()) if user and user.strip() else None,
        segment=_clip(values.get(colmap.get("segment")) if colmap.get("segment") else None),
        app_version=_clip(values.get(colmap.get("version")) if colmap.get("version") else None),
        language=detect_language(text),
        metadata=metadata,
    )


def _clip(value: str | None, n: int = 200) -> str | None:
    return value.strip()[:n] if value and value.strip() else None


_STAGE = """
CREATE TEMP TABLE IF NOT EXISTS feedback_stage (
    ord int, id bigint, content_hash text, source text, external_id text, text text, redacted boolean,
    created_at timestamptz, rating real, author_hash text, segment text, app_version text, language text,
    metadata jsonb, embedding vector, lexical_src text
) ON COMMIT DELETE ROWS
"""
_STAGE_TYPES = ["int4", "int8", "text", "text", "text", "text", "bool", "timestamptz", "float4", "text", "text",
                "text", "text", "jsonb", "vector", "text"]


def _store(items: list[_Item], report: FileReport, db: Database, embedder: Embedder, settings: Settings, run_id: int,
           progress: bool, on_progress) -> None:
    from psycopg.types.json import Jsonb

    bar = None
    if progress and items:
        from tqdm import tqdm

        bar = tqdm(total=len(items), desc=f"Embedding {Path(report.file).name}", unit="item", file=sys.stderr)
    max_distance = 1.0 - settings.retrieval.near_duplicate_threshold
    # The model is most of the ingest time, and sentence-transformers pads each batch to its longest text: chunks in
    # row order cost ~1.9x the real tokens of app reviews, longest first ~1.02x (see bench/ingest_search.py). So rows
    # are stored longest first, with ids drawn up front in row order (ids still follow the file).
    order = sorted(range(len(items)), key=lambda n: -len(items[n].text))
    try:
        with db.connect() as conn:
            conn.execute(_STAGE)
            row_ids = sorted(r[0] for r in conn.execute(
                "SELECT nextval(pg_get_serial_sequence('feedback', 'id')) FROM generate_series(1, %s)", (len(items),)))
            conn.commit()
            for start in range(0, len(items), CHUNK):
                picked = order[start:start + CHUNK]
                chunk = [items[n] for n in picked]
                vectors = embedder.encode([i.text for i in chunk])
                with conn.cursor() as cur:
                    with cur.copy("COPY feedback_stage FROM STDIN WITH (FORMAT BINARY)") as copy:
                        copy.set_types(_STAGE_TYPES)
                        for n, (item, vec) in enumerate(zip(chunk, vectors)):
                            copy.write_row((n, row_ids[picked[n]], item.content_hash, item.source, item.external_id,
                                            item.text, item.redacted, item.created_at, item.rating, item.author_hash,
                                            item.segment, item.app_version, item.language, Jsonb(item.metadata),
                                            vec, segment(item.text)))
                    ids = [r[0] for r in cur.execute(
                        "INSERT INTO feedback (id, content_hash, source, external_id, text, redacted, created_at, "
                        "rating, author_hash, segment, app_version, language, metadata, embedding, embedding_model, "
                        "lexical, ingest_run) "
                        "SELECT id, content_hash, source, external_id, text, redacted, created_at, rating, "
                        "author_hash, segment, app_version, language, metadata, embedding, %s, "
                        "to_tsvector('english', lexical_src), %s "
                        "FROM feedback_stage ORDER BY ord ON CONFLICT (content_hash) DO NOTHING RETURNING id",
                        (embedder.model_id, run_id)).fetchall()]
                    linked = link_near_duplicates(cur, ids, max_distance) if ids else 0
                    report.added += len(ids)
                    report.near_duplicates += linked
                    cur.execute("UPDATE ingest_runs SET added=%s, near_duplicates=%s WHERE id=%s",
                                (report.added, report.near_duplicates, run_id))
                conn.commit()
                if bar is not None:
                    bar.update(len(chunk))
                if on_progress is not None:
                    on_progress(min(start + CHUNK, len(items)), len(items))
    finally:
        if bar is not None:
            bar.close()


def link_near_duplicates(cur, ids: list[int], max_distance: float) -> int:
    """Point each of ``ids`` (just stored together) at the earliest stored item within ``max_distance`` (cosine).

    "Earliest" is one stored before them, or one of them with a lower id. Returns how many were linked.
    """
    cur.execute("SET LOCAL hnsw.ef_search = 40")
    cur.execute(
        """
        UPDATE feedback f SET duplicate_of = m.canon
        FROM (
            SELECT n.id,
                   (SELECT min(coalesce(o.duplicate_of, o.id))
                      FROM (SELECT o.id, o.duplicate_of, o.embedding <=> n.embedding AS d
                              FROM feedback o ORDER BY o.embedding <=> n.embedding LIMIT 5) o
                     WHERE (o.id < n.id OR o.id <> ALL(%s)) AND o.id <> n.id AND o.d <= %s) AS canon
              FROM feedback n WHERE n.id = ANY(%s)
        ) m
        WHERE f.id = m.id AND m.canon IS NOT NULL
        """,
        (ids, max_distance, ids),
    )
    return cur.rowcount


def _fail_run(db: Database, run_id: int, exc: BaseException) -> None:
    try:
        with db.connect() as conn:
            conn.execute("UPDATE ingest_runs SET status='failed', error=%s, finished_at=now() WHERE id=%s",
                         (f"{type(exc).__name__}: {exc}"[:500], run_id))
    except Exception:  # the database itself may be the failure; the run stays 'running' and is marked later
        log.warning("could not mark ingest run %s as failed", run_id)


def _write_rejects(settings: Settings, run_id: int, path: Path, rejects: list[Rejected], columns: list[str]) -> Path:
    out = settings.rejects_dir / f"run{run_id}-{_safe_name(path.stem)}.csv"
    cols = [c for c in columns]
    rows = []
    for r in rejects:
        values = [redact(v)[0] if v else v for v in (r.values.get(c) for c in cols)]
        rows.append([r.file, r.row, r.reason, *values])
    write_csv(out, ["file", "row", "reason", *cols], rows)
    return out


def _safe_name(name: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:80] or "file"
