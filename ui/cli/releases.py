"""`pma releases import|list`: release dates from the release notes, so a release is dated by its release and not by
its first feedback (work in ``retrieval.releases``)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, print_rows

releases_app = typer.Typer(help="Release dates from your release notes: releases dated by when they shipped.",
                           no_args_is_help=True)
app.add_typer(releases_app, name="releases")


@releases_app.command("import")
def releases_import(
    path: Path = typer.Argument(..., help="Release notes: Markdown or text with a version and a date on each release's "
                                          "line or heading, or a CSV/TSV/JSON/XLSX with Version and Date columns."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Import release dates; a version imported again is updated.

    Example: pma releases import examples/release_notes.md
    """
    from retrieval.db import Database
    from retrieval.releases import import_releases

    result = import_releases(Database(Settings()), path)
    if json_output:
        typer.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return
    typer.echo(f"{path}: {len(result.releases)} release(s) imported, "
               f"{result.releases[0].version} ({result.releases[0].released_at:%Y-%m-%d}) to "
               f"{result.releases[-1].version} ({result.releases[-1].released_at:%Y-%m-%d}); "
               f"{result.matched_versions} version(s) of the stored feedback are dated by them.")
    for note in result.notes:
        typer.echo(note)


@releases_app.command("list")
def releases_list(json_output: bool = JSON_OUTPUT) -> None:
    """Imported releases, oldest first, with the feedback items that carry each version.

    Example: pma releases list
    """
    from retrieval.db import Database
    from retrieval.releases import version_number

    with Database(Settings()).connect() as conn:
        counts: dict[tuple, int] = {}
        for version, n in conn.execute("SELECT app_version, count(*) FROM feedback WHERE app_version IS NOT NULL "
                                       "GROUP BY 1"):
            counts[version_number(version)] = counts.get(version_number(version), 0) + n
        rows = [{"version": v, "released": at.date().isoformat(), "feedback_items": counts.get(version_number(v), 0),
                 "notes": notes or ""} for v, at, notes in
                conn.execute("SELECT version, released_at, notes FROM releases ORDER BY released_at, version")]
    print_rows(rows, json_output=json_output,
               empty="No releases imported; releases are dated by their first feedback. Import your release notes: "
                     "pma releases import release_notes.md",
               line=lambda r: f"{r['version']:<10} {r['released']}  {r['feedback_items']:>5} items  {r['notes'][:70]}")
