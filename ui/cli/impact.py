"""`pma impact`: did a release change what customers report? (work in ``assistant.themes.impact``)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, filter_options


@app.command()
@filter_options
def impact(
    filters: Filters = None,
    version: str = typer.Option(None, "--version", help="The release's app version, e.g. 4.4.0 (items with a version "
                                                        "are placed by it; others by date)."),
    date: str = typer.Option(None, "--date", help="The release date (YYYY-MM-DD), when versions are not known."),
    window: int = typer.Option(28, "--window", help="Days compared on each side of the release."),
    out: Path = typer.Option(None, "--out", help="Also write the comparison to a .md, .html or .json file."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Per theme and per type: feedback per week before vs after a release, the change of its share of all feedback,
    and an exact test, with a one-line verdict each.

    Example: pma impact --version 4.4.0 --window 28
    """
    from assistant.themes.impact import find_release, line_scope, release_impact, to_html, to_markdown
    from retrieval.atomic import write_atomic
    from retrieval.db import Database

    writers = {".md": to_markdown, ".html": to_html, ".json": lambda r: json.dumps(r, indent=2, ensure_ascii=False)}
    if out is not None and out.suffix.lower() not in writers:
        raise UserError(f"--out {out}: unknown format '{out.suffix or '(none)'}'.", hint="Use .md, .html or .json.")
    with Database(Settings()).connect() as conn:
        release = find_release(conn, filters, version=version, date=date)
        scoped, note = line_scope(conn, filters, release)  # a TV app's 4.x beside the phone apps' 7.x
        result = release_impact(conn, scoped, release, window_days=window)
        if note:
            result["scope_note"] = note
    if out is not None:
        write_atomic(out, writers[out.suffix.lower()](result))
    if json_output:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    b, a = result["before"], result["after"]
    typer.echo(f"{result['release']['label']}: {b['items']} items in the {b['days']:g} days before, {a['items']} in the "
               f"{a['days']:g} days after (placed by {result['placed_by']}).")
    if result.get("scope_note"):
        typer.echo(result["scope_note"])
    for title, key in (("Themes", "themes"), ("Types", "types")):
        typer.echo(f"{title}:")
        for row in result[key]:
            typer.echo(f"  {row['verdict']}")
    if out is not None:
        typer.echo(f"Wrote {out}.")
