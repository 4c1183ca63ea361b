"""`pma summarize`, `pma themes list|show|rename|merge|split`, `pma classify [train]`: themes, types and trends."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, filter_options, number_option, print_rows

themes_app = typer.Typer(help="See and edit the stored themes (ids stay stable across runs).", no_args_is_help=True)
classify_app = typer.Typer(help="Label each feedback item with a type and a sentiment (stored in the database).",
                           invoke_without_command=True)
app.add_typer(themes_app, name="themes")
app.add_typer(classify_app, name="classify")


@app.command()
@filter_options
def summarize(
    filters: Filters = None,
    themes: int = typer.Option(None, "--themes", help="Exact number of themes (default: chosen automatically)."),
    out: Path = typer.Option(None, "--out", help="Report file: .html, .md or .json (JSON data is also written beside "
                             "HTML/Markdown). Default: $PMA_HOME/reports/themes-DATE.html"),
    update: bool = typer.Option(False, "--update", help="Assign new feedback to the stored themes instead of "
                                "clustering again; report new candidate themes."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Keyword labels and summaries only (fast, no model)."),
    json_output: bool = typer.Option(False, "--json", help="Print the report data as JSON."),
) -> None:
    """Summarize all matching feedback: themes, types, sentiment and trends in one report.

    Example: pma summarize --since 2026-09-01 --out report.html
    """
    from assistant.report import format_for, write_report
    from assistant.themes import summarize as run_summary

    settings = Settings()
    target = out or settings.reports_dir / f"themes-{datetime.now():%Y%m%d-%H%M%S}.html"
    format_for(target)  # a bad suffix fails before minutes of work
    report = run_summary(settings, filters, n_themes=themes, update=update, llm=None if no_llm else "auto",
                         progress=not json_output)
    paths = write_report(report, target)
    if json_output:
        typer.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return
    t = report.totals
    typer.echo(f"{t.items} items ({report.filters}): {t.themes} themes, {t.unassigned} unassigned "
               f"({100 * t.unassigned_share:.0f}%).")
    for th in report.themes[:12]:
        flag = " [emerging]" if th.emerging else ""
        flag += " [new candidate]" if th.candidate else ""
        flag += " [defined]" if th.defined else ""
        typer.echo(f"  #{th.id:<4} {th.size:>5}  {100 * th.share:>3.0f}%  {th.label}{flag}")
    if len(report.themes) > 12:
        typer.echo(f"  ... and {len(report.themes) - 12} more in the report")
    llm = report.method.llm
    if llm.problems and not no_llm:
        typer.echo(f"LLM: {llm.labels} labels and {llm.summaries} summaries used; keyword fallback elsewhere.")
    typer.echo("Report: " + ", ".join(str(p) for p in paths))


@themes_app.command("list")
def themes_list(json_output: bool = JSON_OUTPUT) -> None:
    """List the active themes with ids, sizes and keywords.

    Example: pma themes list
    """
    from assistant.themes.taxonomy import list_themes
    from retrieval.db import Database

    with Database(Settings()).connect() as conn:
        rows = list_themes(conn)
    print_rows(rows, json_output=json_output, empty="No themes yet. Run `pma summarize` first.",
               line=lambda r: f"#{r['id']:<4} {r['size']:>5}  {r['label']}{' [new candidate]' if r['candidate'] else ''}"
                              f"{' [defined]' if r['defined'] else ''}  ({', '.join(r['keywords'])})")


@themes_app.command("show")
@filter_options
def themes_show(theme_id: int = typer.Argument(..., help="Theme id (see `pma themes list`)."),
                filters: Filters = None,
                limit: int = number_option(20, "--limit", help="Items to print, most typical first (0: all).", low=0,
                                           high=1_000_000, example="pma themes show 7 --limit 50"),
                json_output: bool = JSON_OUTPUT) -> None:
    """The items of one theme, most typical first, with their ids to cite and their export ids.

    Example: pma themes show 7 --source app_store --limit 10
    """
    from assistant.themes.taxonomy import theme_items
    from retrieval.columns import rating_text
    from retrieval.db import Database

    with Database(Settings()).connect() as conn:
        shown = theme_items(conn, theme_id, filters, limit=limit or None)
    if json_output:
        typer.echo(json.dumps(shown, indent=2, ensure_ascii=False, default=str))
        return
    flags = " [new candidate]" if shown["candidate"] else ""
    flags += " [defined]" if shown["defined"] else ""
    scope = "" if shown["filters"] == "all feedback" else f" ({shown['filters']})"
    typer.echo(f"#{shown['id']} {shown['label']}{flags}: {shown['total']} items{scope}; "
               f"keywords: {', '.join(shown['keywords']) or 'none'}")
    if shown["summary"]:
        typer.echo(f"  {shown['summary']}")
    items = shown["items"]
    if not items:
        typer.echo("No items of this theme match the filters." if scope else "This theme has no items.")
        return
    typer.echo(f"{len(items)} of {shown['total']}, {shown['order']}:")
    for it in items:
        date = it["created_at"].date().isoformat() if it["created_at"] else "no date"
        rating = f" {r}" if (r := rating_text(it["rating"], it["metadata"])) else ""
        export_id = f" ({it['external_id']})" if it["external_id"] else ""
        duplicate = f" near-duplicate of F{it['duplicate_of']}" if it["duplicate_of"] else ""
        text = it["text"] if len(it["text"]) <= 300 else it["text"][:297] + "..."
        typer.echo(f"[{it['ref']}]{export_id} {it['source']} {date}{rating}{duplicate}\n    {text}")
    if len(items) < shown["total"]:
        typer.echo(f"... {shown['total'] - len(items)} more: --limit 0 prints all, --json for scripts.")


@themes_app.command("rename")
def themes_rename(theme_id: int = typer.Argument(..., help="Theme id (see `pma themes list`)."),
                  label: str = typer.Argument(..., help="The new name."),
                  json_output: bool = JSON_OUTPUT) -> None:
    """Give a theme your own name; later runs keep it (also accepts a new candidate theme).

    Example: pma themes rename 7 "Offline maps fail to download"
    """
    from assistant.themes.taxonomy import rename
    from retrieval.db import Database

    with Database(Settings()).connect() as conn:
        result = rename(conn, theme_id, label)
    typer.echo(json.dumps(result) if json_output else f"Theme #{theme_id} is now \"{result['label']}\".")


@themes_app.command("merge")
def themes_merge(target: int = typer.Argument(..., help="Theme id that stays."),
                 others: list[int] = typer.Argument(..., help="Theme ids merged into it."),
                 label: str = typer.Option(None, "--label", help="New name for the merged theme."),
                 json_output: bool = JSON_OUTPUT) -> None:
    """Merge themes into the first one (their items move; their ids are kept as 'merged').

    Example: pma themes merge 8 9 --label "Billing and pricing"
    """
    from assistant.themes.taxonomy import keep_edits, merge
    from retrieval.db import Database
    from retrieval.embed import Embedder

    settings = Settings()
    with Database(settings).connect() as conn:
        result = merge(conn, target, others, label, embedder=Embedder(settings))
    typer.echo(json.dumps(result) if json_output else
               f"Merged {', '.join(f'#{o}' for o in result['merged'])} into #{target} ({result['size']} items). "
               f"{keep_edits('cli')}")


@themes_app.command("split")
def themes_split(theme_id: int = typer.Argument(..., help="Theme id to split."),
                 into: int = number_option(2, "--into", help="Number of new themes.", low=2, high=20,
                                           example="pma themes split 4 --into 2"),
                 json_output: bool = JSON_OUTPUT) -> None:
    """Split a theme into new ones by clustering its items again.

    Example: pma themes split 4 --into 2
    """
    from assistant.themes.taxonomy import keep_edits, split
    from retrieval.db import Database
    from retrieval.embed import Embedder

    settings = Settings()
    with Database(settings).connect() as conn:
        result = split(conn, theme_id, into, embedder=Embedder(settings))
    if json_output:
        typer.echo(json.dumps(result))
        return
    parts = ", ".join(f"#{p['id']} ({p['size']} items)" for p in result["into"])
    typer.echo(f"Split #{theme_id} into {parts}. Run `pma summarize --update` to name and summarize them. {keep_edits('cli')}")


@classify_app.callback()
@filter_options
def classify(
    ctx: typer.Context,
    filters: Filters = None,
    force: bool = typer.Option(False, "--force", help="Classify again even items that already have labels."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Classify stored feedback (type and sentiment): zero-shot, or your trained model after `pma classify train`.

    Example: pma classify --since 2026-10-01
    """
    if ctx.invoked_subcommand is not None:
        return
    from assistant.themes.classify import classify_feedback

    result = classify_feedback(Settings(), filters, force=force)
    if json_output:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    typer.echo(f"Classified {result['classified']} item(s) now; {result['labelled']} of {result['total']} matching "
               f"items have labels ({result['method']}).")
    for title, key in (("types", "by_type"), ("sentiment", "by_sentiment")):
        typer.echo(f"{title}: " + ", ".join(f"{k} {v}" for k, v in result[key].items()))


@classify_app.command("train")
def classify_train(
    path: Path = typer.Argument(..., help="CSV/XLSX/JSON with a text column and a type and/or sentiment column."),
    text_col: str = typer.Option(None, "--text-col", help="Column with the feedback text (auto-detected)."),
    type_col: str = typer.Option(None, "--type-col", help="Column with the type label (auto: type, label, category)."),
    sentiment_col: str = typer.Option(None, "--sentiment-col", help="Column with the sentiment label (auto: sentiment)."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Fit the classifier on your own labelled feedback; later runs of classify/summarize use it.

    Example: pma classify train labelled.csv --type-col label
    """
    from assistant.themes.classify import train_from_file

    if not path.exists():
        raise UserError(f"{path}: no such file.")
    report = train_from_file(Settings(), path, text_col=text_col, type_col=type_col, sentiment_col=sentiment_col,
                             progress=not json_output)
    if json_output:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    for task, info in report["tasks"].items():
        cv = f", 5-fold macro-F1 {info['cv_macro_f1']:.3f}" if info["cv_macro_f1"] is not None else ""
        typer.echo(f"{task}: trained on {info['rows']} rows ({', '.join(f'{k} {v}' for k, v in info['labels'].items())}){cv}")
    typer.echo("Run `pma classify --force` to relabel stored feedback with it (summarize does it automatically).")
