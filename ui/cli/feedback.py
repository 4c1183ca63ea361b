"""`pma ingest`, `pma search`, `pma stats`, `pma reindex`: getting feedback in and finding it again."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, filter_options, number_option


def parse_map(items: list[str] | None) -> dict[str, str]:
    """``--map COLUMN=FIELD`` options as ``{field: column}`` (one-line error for a malformed one). Several columns
    mapped to ``text`` are each an answer of their own (joined by ``columns.MORE``), as are several mapped to
    ``none`` (columns no field reads); another field mapped twice is an error, not the last one silently."""
    from retrieval.columns import MORE, NO_FIELD

    out: dict[str, str] = {}
    for item in items or []:
        col, sep, fld = item.partition("=")
        if not sep or not col or not fld:
            raise UserError(f"--map {item!r}: expected COLUMN=FIELD.", hint="Example: --map Bewertung=rating")
        fld, col = fld.strip(), col.strip()
        if fld in out and fld not in ("text", NO_FIELD):
            raise UserError(f"--map {item!r}: {fld} is mapped to '{out[fld]}' already.",
                            hint="Map each field once; only text and none may take several columns.")
        out[fld] = out[fld] + MORE + col if fld in out else col
    return out


# The fields the ingest report names a column for: always the first three, the others when the file has one.
REPORTED_FIELDS = ("text", "date", "rating")
REPORTED_IF_FOUND = ("nps", "title", "user", "source", "segment", "version", "external_id")
COLUMN_NAME_CHARS = 50  # a survey question names its column: cut so the line stays one line


def columns_line(columns: dict[str, str | None]) -> str:
    """The columns a file's fields were read from, so a wrong choice shows at once:
    'columns: text=Description, date=Created, rating=(none), title=Summary, user=Reporter'."""
    def shown(name: str, chars: int = COLUMN_NAME_CHARS) -> str:
        name = name if len(name) <= chars else name[:chars - 1] + "…"
        return f'"{name}"' if "," in name or "=" in name else name

    def shown_text(names: str) -> str:  # "Pros + Cons (an item each)": each column cut on its own, all named
        each = names.removesuffix(" (an item each)").split(" + ")
        if len(each) == 1:
            return shown(names)
        return " + ".join(shown(n, COLUMN_NAME_CHARS // 2) for n in each) + " (an item each)"

    parts = [f"{fld}={(shown_text if fld == 'text' else shown)(columns[fld]) if columns.get(fld) else '(none)'}"
             for fld in REPORTED_FIELDS]
    parts += [f"{fld}={shown(columns[fld])}" for fld in REPORTED_IF_FOUND if columns.get(fld)]
    return "columns: " + ", ".join(parts)


MANY_FILES = 5  # files of one folder read alike, reported as one line: a Slack export's day files


def summed_by_folder(files: list) -> list:
    """``files`` (``FileReport``), with each run of ``MANY_FILES`` or more next to each other from one folder and read
    with the same columns summed into one report named for the folder ("slack_export/general/ (120 files)"): an
    analytics tester's Slack export printed 240 lines, one file a day."""
    from collections import Counter
    from dataclasses import replace

    def alike(f) -> tuple:
        return Path(f.file).parent, json.dumps(f.columns, sort_keys=True), f.rating_scale, f.dates_day_first

    runs: list[list] = []
    for f in files:
        if runs and alike(runs[-1][0]) == alike(f):
            runs[-1].append(f)
        else:
            runs.append([f])
    out = []
    for run in runs:
        if len(run) < MANY_FILES:
            out += run
            continue
        total = {k: sum(getattr(f, k) for f in run) for k in ("read", "added", "duplicates", "near_duplicates",
                                                               "redacted", "rejected", "scores", "choices",
                                                               "users_reread", "seconds")}
        out.append(replace(run[0], file=f"{Path(run[0].file).parent}/ ({len(run)} files)",
                           left_out=dict(sum((Counter(f.left_out) for f in run), Counter())), **total))
    return out


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders: CSV, TSV, JSON, JSONL, XLSX, TXT, Markdown (.md), WebVTT (.vtt)."),
    source: str = typer.Option(None, "--source", help="Label every item with this source (default: the export's source column, else the file name)."),
    text_col: str = typer.Option(None, "--text-col", help="Column holding the feedback text (auto-detected)."),
    date_col: str = typer.Option(None, "--date-col", help="Column holding the date (auto-detected)."),
    map_: list[str] = typer.Option(None, "--map", help="COLUMN=FIELD, FIELD one of text, date, rating, source, user, segment, version, external_id, title, or none (no field reads the column; it stays as metadata). Repeatable."),
    keep_pii: bool = typer.Option(False, "--keep-pii", help="Store text as is (e-mails, phones, cards, IPs are redacted by default)."),
    json_output: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """Load feedback exports into the database (redacted, de-duplicated, embedded).

    Example: pma ingest examples/feedback.csv
    """
    from retrieval.columns import reading_note
    from retrieval.loaders import left_out_text
    from retrieval.ingest import FilesFailed, ingest_paths

    try:  # among several files, an unusable one fails alone: the others are stored and reported, then it is named
        report, failure = ingest_paths(paths, Settings(), source=source, text_col=text_col, date_col=date_col,
                                       mapping=parse_map(map_), keep_pii=keep_pii, progress=not json_output), None
    except FilesFailed as exc:
        report, failure = exc.report, exc
    data = report.as_dict()
    if json_output:
        typer.echo(json.dumps(data, indent=2, default=str))
    else:
        for f in summed_by_folder(report.files):
            note = reading_note(f.rating_scale, f.dates_day_first, f.columns.get("nps"))
            typer.echo(f"{f.file}: read {f.read}, added {f.added}, duplicates {f.duplicates} "
                       f"(near-duplicates linked {f.near_duplicates}), redacted {f.redacted}, rejected {f.rejected}"
                       + (f", scores without a comment {f.scores} (counted by NPS and ratings, not searched)"
                          if f.scores else "")
                       + (f", choices without a comment {f.choices} (counted by the closed question's answers, not "
                          "searched)" if f.choices else "")
                       + left_out_text(f.left_out)
                       + (f", user re-read for {f.users_reread} stored item(s) (the same rows, another user column)"
                          if f.users_reread else "")
                       + f" in {f.seconds:.1f}s" + (f"; {note}" if note else ""))
            if f.columns:
                typer.echo(f"  {columns_line(f.columns)}")
        if report.skipped:
            from retrieval.loaders import SUPPORTED

            typer.echo(f"skipped {len(report.skipped)} file(s) in a format that is not read: "
                       f"{', '.join(report.skipped[:5])}{' ...' if len(report.skipped) > 5 else ''} "
                       f"(readable: {', '.join(sorted(SUPPORTED))})")
    if failure is not None:
        raise failure
    rejected = [f for f in report.files if f.rejected]
    if rejected:
        first = rejected[0]
        raise UserError(f"{report.total('rejected')} row(s) rejected, e.g. {first.first_problem}.",
                        hint=f"The other rows were stored. Reasons per row: "
                             f"{', '.join(f.rejects_path for f in rejected)}")


@app.command()
@filter_options
def search(
    query: str = typer.Argument(..., help="What to look for, in any language."),
    filters: Filters = None,
    k: int = number_option(None, "--k", "-k", "--limit", help="Number of results (default from settings: 10).", low=1,
                           high=1000, example='pma search "crash" --k 10'),
    mode: str = typer.Option("hybrid", help="hybrid (default), dense or lexical."),
    json_output: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """Find feedback by meaning and keywords (hybrid search with filters).

    Example: pma search "offline maps won't download" --since 2026-10-01 --k 5
    """
    from retrieval.search import Searcher

    searcher = Searcher(Settings())
    if mode != "lexical":  # load the embedding model while the database starts (both take a few tenths of a second)
        threading.Thread(target=searcher.embedder.warm_up, daemon=True).start()
    spelling = searcher.spelling(query)
    if spelling.fixes:  # to stderr with --json: the printed list stays what scripts read
        typer.echo(f"Searching for: {spelling.text} ({spelling.describe()})",
                   err=json_output)
    hits = searcher.search(spelling.text, k=k, filters=filters, mode=mode)
    if json_output:  # with the export's own id (ticket or review id), which a PM looks the item up by
        keys = ("id", "score", "text", "source", "created_at", "rating", "metadata")
        with searcher.db.connect() as conn:
            external = dict(conn.execute("SELECT id, external_id FROM feedback WHERE id = ANY(%s)",
                                         ([h.id for h in hits],)).fetchall())
        typer.echo(json.dumps([{**{k_: h.as_dict()[k_] for k_ in keys[:1]}, "external_id": external.get(h.id),
                                **{k_: h.as_dict()[k_] for k_ in keys[1:]}} for h in hits], indent=2,
                              ensure_ascii=False))
        return
    if not hits:
        typer.echo(f"No feedback matches ({filters.describe()}).")
        if filters.sources:
            _name_unknown_sources(searcher.db, filters.sources)
    from retrieval.columns import rating_text

    for h in hits:
        date = h.created_at.date().isoformat() if h.created_at else "no date"
        rating = f" {shown}" if (shown := rating_text(h.rating, h.metadata)) else ""
        text = h.text if len(h.text) <= 300 else h.text[:297] + "..."
        typer.echo(f"[{h.ref}] {h.source} {date}{rating}  score {h.score:.4f}\n    {text}")


def _name_unknown_sources(db, asked: list[str]) -> None:
    """After an empty search: say which ``--source`` values no stored item has, and list the stored ones."""
    with db.connect() as conn:
        stored = [r[0] for r in conn.execute("SELECT DISTINCT source FROM feedback ORDER BY 1")]
    unknown = [s for s in asked if s not in stored]
    if unknown:
        shown = ", ".join(stored[:20]) + (f" (and {len(stored) - 20} more)" if len(stored) > 20 else "")
        typer.echo(f"No stored feedback has source {', '.join(unknown)} (sources are matched exactly). "
                   f"Stored sources: {shown or 'none'}.")


@app.command()
@filter_options
def stats(filters: Filters = None, json_output: bool = JSON_OUTPUT) -> None:
    """Counts of stored feedback by source, month, rating and language.

    Example: pma stats --json
    """
    from retrieval.db import Database
    from retrieval.stats import distinct_users_text, feedback_stats

    data = feedback_stats(Database(Settings()), filters)
    if json_output:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    typer.echo(f"{data['total']} feedback items ({data['filters']}), {distinct_users_text(data['distinct_users'])}, "
               f"{data['near_duplicates']} near-duplicates, {data['redacted']} with PII redacted"
               + (f"; {data['scores_without_comment']} survey scores without a comment (counted by NPS and ratings)"
                  if data.get("scores_without_comment") else "")
               + (f"; {data['choices_without_comment']} survey choices without a comment (counted by the closed "
                  "questions' answers)" if data.get("choices_without_comment") else ""))
    typer.echo(f"dates: {(data['first_date'] or '-')[:10]} .. {(data['last_date'] or '-')[:10]}")
    for title, key in (("by source", "by_source"), ("by month", "by_month"), ("by rating", "by_rating"),
                       ("by language", "by_language"), ("by segment", "by_segment")):
        typer.echo(f"{title}: " + _counts_line(data[key], last=STATS_MONTHS if key == "by_month" else None))


STATS_MONTHS = 12  # months listed one by one by `pma stats`; earlier ones are summed (--json has them all)


def _counts_line(counts: dict, last: int | None = None) -> str:
    """"2026-09 4, 2026-10 7"; with ``last``, only the last ``last`` keys, the earlier ones summed in front."""
    items = list(counts.items())
    head = ""
    if last is not None and len(items) > last:
        earlier, items = items[:-last], items[-last:]
        head = f"{earlier[0][0]} to {earlier[-1][0]} {sum(v for _, v in earlier)}, "
    return head + ", ".join(f"{k} {v}" for k, v in items) if items else "-"


@app.command()
def reindex(json_output: bool = JSON_OUTPUT) -> None:
    """Re-embed all stored feedback with the configured embedding model (after changing PMA_EMBEDDING_MODEL).

    Example: PMA_EMBEDDING_MODEL=BAAI/bge-small-en-v1.5 pma reindex
    """
    from retrieval.reindex import reindex as run_reindex

    result = run_reindex(Settings(), progress=not json_output)
    typer.echo(json.dumps(result) if json_output else f"Re-embedded {result['reembedded']} items with {result['model']}.")


@app.command()
def remove(
    files: list[str] = typer.Argument(None, help="Files as they were ingested: the path given to `pma ingest`, or "
                                                 "the file's name."),
    run: list[int] = typer.Option(None, "--run", help="An ingest run's id (`pma remove` alone lists them). "
                                                      "Repeatable."),
    source: list[str] = typer.Option(None, "--source", help="Every item of this source, whichever file it came "
                                                            "from. Repeatable."),
    yes: bool = typer.Option(False, "--yes", help="Remove them; without it, only say what would be removed."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Remove feedback loaded by mistake: the items of a file, an ingest run or a source. Without --yes it only
    counts them; with it they are deleted, and the file can be ingested again (with other --map choices). Alone, it
    lists the ingested files.

    Example: pma remove exports/tickets.csv --yes
    """
    from retrieval.db import Database
    from retrieval.remove import ingested_files, remove_feedback

    db = Database(Settings())
    if not (files or run or source):
        with db.connect() as conn:
            rows = ingested_files(conn)
        if json_output:
            typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            return
        typer.echo("\n".join(f"run {r['id']}  {r['started_at'][:16].replace('T', ' ')}  {r['items']:>7} items  "
                             f"{r['file']}" for r in rows) or "Nothing is stored yet.")
        return
    result = remove_feedback(db, files=files or [], runs=run or [], sources=source or [], apply=yes)
    if json_output:
        typer.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return
    what = "; ".join([f"{r['file']} (run {r['id']}, {r['started_at'][:16].replace('T', ' ')})" for r in result.runs]
                     + [f"source {s}" for s in result.sources])
    counts = (f"{result.items} feedback items" + (f" and {result.answers} survey answers without a comment"
                                                   if result.answers else ""))
    if not yes:
        typer.echo(f"Would remove {counts}: {what}. Nothing is removed until you add --yes.")
        return
    typer.echo(f"Removed {counts}: {what}.")
    typer.echo("Themes and the report count them until `pma summarize` runs again. To load a file again: "
               "`pma ingest FILE` (with --map to read its columns differently).")
