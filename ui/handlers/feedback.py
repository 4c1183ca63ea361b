"""Feedback tab: ingest uploaded exports, browse and search what is stored.

Also the filter form shared by the Chat and Feedback tabs (``make_filters``): the UI's date range, source, rating
and segment fields become one ``retrieval.filters.Filters``, validated with the same messages as the CLI.

Not handled: editing stored feedback (a file loaded by mistake is removed whole: ``remove_file``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.columns import rating_text, reading_note
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.loaders import left_out_text
from ui.handlers.services import Services
from ui.handlers.uploads import FEEDBACK_TYPES, save_upload

TABLE_COLUMNS = ["id", "date", "source", "rating", "segment", "version", "text"]
ProgressCallback = Callable[[float, str], None]


@dataclass
class IngestSummary:
    """What one click on "Ingest" did, across the uploaded files."""

    files: list[dict[str, Any]]
    totals: dict[str, int]
    rejects: list[str] = field(default_factory=list)  # CSV files listing rejected rows with reasons

    def markdown(self) -> str:
        t = self.totals
        lines = [f"**Ingested {len(self.files)} file(s):** {t['added']} added, {t['duplicates']} duplicates "
                 f"({t['near_duplicates']} near-duplicates linked), {t['redacted']} redacted, "
                 f"{t['rejected']} rejected"
                 + (f", {t['scores']} survey scores without a comment (counted by NPS and ratings, not searched)"
                    if t.get("scores") else "")
                 + (f", {t['choices']} survey choices without a comment (counted by the closed question's answers, "
                    "not searched)" if t.get("choices") else "") + "."]
        for f in self.files:
            lines.append(f"- `{Path(f['file']).name}`: read {f['read']}, added {f['added']}, duplicates "
                         f"{f['duplicates']}, redacted {f['redacted']}, rejected {f['rejected']}"
                         + (f" (e.g. {f['first_problem']})" if f.get("first_problem") else "")
                         + left_out_text(f.get("left_out"))
                         + (f"; {note}" if (note := reading_note(f.get("rating_scale"), f.get("dates_day_first"),
                                                       (f.get("columns") or {}).get("nps")))
                            else ""))
        if self.rejects:
            lines.append("Rejected rows and the reason for each are in the download below.")
        return "\n".join(lines)


def make_filters(*, since: str | None = None, until: str | None = None, sources: Sequence[str] | str | None = None,
                 min_rating: float | None = None, max_rating: float | None = None,
                 segment: str | None = None) -> Filters:
    """Filters from the UI's form; empty fields mean "no restriction". Raises ``UserError`` on a bad date."""
    where = [f"segment={segment}"] if segment else None
    min_rating = None if min_rating in (None, "", 0) else float(min_rating)
    max_rating = None if max_rating in (None, "", 0) else float(max_rating)
    if min_rating is not None and max_rating is not None and min_rating > max_rating:
        raise UserError(f"Minimum rating {min_rating:g} is above maximum rating {max_rating:g}.")
    return Filters.from_cli(since=(since or "").strip() or None, until=(until or "").strip() or None,
                            source=list(sources or []) if not isinstance(sources, str) else sources,
                            min_rating=min_rating, max_rating=max_rating, where=where)


def ingest_uploads(services: Services, files: Sequence[str | Path], *, source: str | None = None,
                   on_progress: ProgressCallback | None = None) -> IngestSummary:
    """Store uploaded files under $PMA_HOME/uploads, then ingest them (redacted, de-duplicated, embedded).

    ``on_progress(fraction, message)`` is called as chunks are stored.
    """
    from retrieval.ingest import ingest_paths

    if not files:
        raise UserError("No file uploaded.", hint="Choose a CSV, JSON, JSONL, XLSX or TXT export first.")
    saved = [save_upload(f, services.settings, allowed=FEEDBACK_TYPES) for f in files]
    reports = []
    for n, path in enumerate(saved):
        def step(done: int, total: int, n: int = n, name: str = path.name) -> None:
            if on_progress is not None and total:
                on_progress((n + done / total) / len(saved), f"{name}: embedded {done} of {total}")

        if on_progress is not None:
            on_progress(n / len(saved), f"{path.name}: reading")
        reports.append(ingest_paths([path], services.settings, source=source or None, db=services.db,
                                    embedder=services.embedder, on_progress=step))
    file_dicts = [f for r in reports for f in r.as_dict()["files"]]
    keys = ("read", "added", "duplicates", "near_duplicates", "redacted", "rejected", "scores", "choices")
    totals = {k: sum(f[k] for f in file_dicts) for k in keys}
    rejects = [f["rejects_path"] for f in file_dicts if f.get("rejects_path")]
    if on_progress is not None:
        on_progress(1.0, "done")
    return IngestSummary(files=file_dicts, totals=totals, rejects=rejects)


def stored_files(services: Services) -> list[tuple[str, int]]:
    """The "Remove a file" choices, newest first: ('tickets.csv · 412 items · 2026-12-06 10:22 (run 3)', run id)."""
    from retrieval.remove import ingested_files

    with services.db.connect() as conn:
        rows = ingested_files(conn)
    return [(f"{Path(r['file']).name} · {r['items']} items · {r['started_at'][:16].replace('T', ' ')} "
             f"(run {r['id']})", r["id"]) for r in reversed(rows)]


def remove_file(services: Services, run_id: int | None, *, confirmed: bool) -> str:
    """What removing the feedback of ingest run ``run_id`` takes, removed when ``confirmed`` (Markdown)."""
    from retrieval.remove import remove_feedback

    if not str(run_id if run_id is not None else "").strip().isdigit():
        raise UserError("Choose an ingested file to remove.", hint="Open the list and pick one of the files.")
    result = remove_feedback(services.db, runs=[int(run_id)], apply=confirmed)
    name = Path(result.runs[0]["file"]).name
    counts = f"{result.items} feedback items" + (f" and {result.answers} survey answers without a comment"
                                                  if result.answers else "")
    if not confirmed:
        return f"Removing `{name}` takes {counts}. Tick the box to remove them."
    return (f"**Removed `{name}`:** {counts}. Themes count them until the report is made again (Themes tab); "
            "upload the file again to load it anew.")


def facets(services: Services) -> dict[str, list[str]]:
    """Values the filter dropdowns offer: stored sources and segments."""
    with services.db.connect() as conn:
        sources = [r[0] for r in conn.execute("SELECT DISTINCT source FROM feedback ORDER BY 1")]
        segments = [r[0] for r in conn.execute(
            "SELECT DISTINCT segment FROM feedback WHERE segment IS NOT NULL ORDER BY 1")]
    return {"sources": sources, "segments": segments}


def overview(services: Services) -> str:
    """One line about what is stored (shown above the table)."""
    with services.db.connect() as conn:
        total, first, last, sources = conn.execute(
            "SELECT count(*), min(created_at), max(created_at), count(DISTINCT source) FROM feedback").fetchone()
    if not total:
        return "No feedback stored yet: upload an export above."
    span = f", {first:%Y-%m-%d} to {last:%Y-%m-%d}" if first and last else ""
    return f"{total} feedback items ({sources} source{'s' if sources != 1 else ''}){span}."


def read_query(services: Services, query: str) -> tuple[str, str]:
    """The search as it will run (misspelt words read as words the stored feedback holds, ``retrieval.spelling``) and
    the line that says so ('' when nothing was changed or the query is empty)."""
    from assistant.safety.escape import markdown_text

    query = (query or "").strip()
    if not query:
        return query, ""
    spelling = services.searcher.spelling(query)
    note = f"Searching for: **{markdown_text(spelling.text)}** ({markdown_text(spelling.describe())})."
    return spelling.text, note if spelling.fixes else ""


def browse(services: Services, query: str = "", filters: Filters | None = None, *, limit: int = 200) -> list[list[Any]]:
    """Rows for the table (``TABLE_COLUMNS``): the best matches for ``query``, or the newest items when it is empty."""
    filters = filters or Filters()
    query = (query or "").strip()
    if query:
        hits = services.searcher.search(query, k=limit, filters=filters)
        return [_row(h.id, h.created_at, h.source, h.rating, h.segment, h.app_version, h.text, h.metadata)
                for h in hits]
    with services.db.connect() as conn:
        where, params = filters.sql(conn)
        rows = conn.execute(
            f"SELECT f.id, f.created_at, f.source, f.rating, f.segment, f.app_version, f.text, f.metadata "
            f"FROM feedback f WHERE {where} ORDER BY f.created_at DESC NULLS LAST, f.id DESC LIMIT %s", [*params, limit]).fetchall()
    return [_row(*r) for r in rows]


def item_card(services: Services, ref: str | int | None) -> str:
    """Markdown for one stored item with its metadata, from ``"F123"``, ``"F123 · ..."`` or ``123``."""
    from assistant.safety.escape import markdown_quote, markdown_text
    from retrieval.search import get_items

    item_id = parse_ref(ref)
    if item_id is None:
        return ""
    item = get_items(services.db, [item_id]).get(item_id)
    if item is None:
        return f"Feedback F{item_id} is no longer stored."
    facts = [("source", item.source), ("date", item.created_at.date().isoformat() if item.created_at else None),
             ("rating", rating_text(item.rating, item.metadata, star=" ★")), ("segment", item.segment),
             ("app version", item.app_version),
             ("duplicate of", f"F{item.duplicate_of}" if item.duplicate_of else None)]
    facts += [(k, v) for k, v in sorted((item.metadata or {}).items()) if v not in (None, "")]
    meta = "\n".join(f"| {markdown_text(k)} | {markdown_text(v)} |" for k, v in facts if v is not None)
    quote = markdown_quote(item.text)
    return f"#### {item.ref}\n\n{quote}\n\n| field | value |\n|---|---|\n{meta}"


def parse_ref(ref: str | int | None) -> int | None:
    if ref is None:
        return None
    if isinstance(ref, int):
        return ref
    head = str(ref).strip().split()[0] if str(ref).strip() else ""
    head = head.strip("[]").removeprefix("F").removeprefix("f")
    return int(head) if head.isdigit() else None


def _row(item_id, created_at, source, rating, segment, version, text, metadata) -> list[Any]:
    # a 0-10 survey score as given ("5/10"), not the 1-5 band it is stored as (which read as stars to a tester)
    return [f"F{item_id}", created_at.date().isoformat() if created_at else "", source,
            rating_text(rating, metadata, star="") or "", segment or "", version or "", text]
