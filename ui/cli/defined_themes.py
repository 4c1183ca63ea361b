"""`pma themes define|undefine|defined`: the PM's own taxonomy (work in ``assistant.themes.defined``)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.cli.options import JSON_OUTPUT, print_rows
from ui.cli.themes import themes_app


@themes_app.command("define")
def themes_define(
    name: str = typer.Argument(None, help="The theme's name, e.g. Billing (or use --file)."),
    criteria: str = typer.Option(None, "--criteria", help="What belongs in it, in your words: phrases or a sentence."),
    example: list[str] = typer.Option(None, "--example", help="An item that belongs (F123, or your export's id). "
                                                              "Repeatable."),
    file: Path = typer.Option(None, "--file", help="A CSV (name,criteria,examples) or YAML file of themes."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Define your own themes; every stored item is assigned to them (with a confidence and the sentence that
    supports it), and `pma summarize` groups only what they do not cover. A known name updates that theme.

    Example: pma themes define Billing --criteria "charged twice, refunds, price increase" --example F12
    """
    from assistant.themes.defined import define, definition, load_file

    if bool(name) == bool(file):
        raise UserError("Give a theme NAME (with --criteria) or --file taxonomy.csv, not both.",
                        hint='Example: pma themes define Billing --criteria "charged twice, refunds"')
    if file is not None and (criteria or example):
        raise UserError("--criteria and --example go with a NAME; a --file holds them per row.")
    definitions = load_file(file) if file is not None else [definition(name, criteria, example or [])]
    result = define(Settings(), definitions)
    if json_output:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for th in result["themes"]:
        status = "new" if th["created"] else "updated"
        if th.get("no_items"):
            typer.echo(f"#{th['id']} {th['name']} ({status}): no items. {th['no_items']}")
            continue
        words = f"; words from your data: {', '.join(th['words'])}" if th["words"] else ""
        typer.echo(f"#{th['id']} {th['name']} ({status}): {th['items']} items{words}")
        for m in th["top"]:
            tag = "example" if m["example"] else f"{m['confidence']:.2f}"
            typer.echo(f"    {m['id']:<6} {tag:>7}  \"{m['sentence']}\"")
    typer.echo(f"{result['items']} items: {result['covered']} in your {result['defined_themes']} defined theme(s), "
               f"{result['not_covered']} not covered (confidence needed: {result['min_confidence']:.2f}). "
               "Run `pma summarize` to group what is not covered.")


@themes_app.command("undefine")
def themes_undefine(theme_id: int = typer.Argument(..., help="Id of a defined theme (see `pma themes defined`)."),
                    json_output: bool = JSON_OUTPUT) -> None:
    """Remove one of your defined themes; its items are grouped again by the next `pma summarize`.

    Example: pma themes undefine 41
    """
    from assistant.themes.defined import undefine

    result = undefine(Settings(), theme_id)
    typer.echo(json.dumps(result) if json_output else
               f"Removed \"{result['name']}\" (#{result['id']}); its {result['released_items']} items wait for "
               "`pma summarize`.")


@themes_app.command("defined")
def themes_defined(json_output: bool = JSON_OUTPUT) -> None:
    """List your defined themes: criteria, examples, items and the most confident matches.

    Example: pma themes defined
    """
    from assistant.themes.defined import list_defined
    from retrieval.db import Database

    with Database(Settings()).connect() as conn:
        rows = list_defined(conn)

    def line(r: dict) -> str:
        text = f"#{r['id']:<4} {r['items']:>5}  {r['name']}" + (f"  — {r['criteria']}" if r["criteria"] else "")
        text += "".join(f"\n        {m['id']:<6} {('example' if m['example'] else format(m['confidence'], '.2f')):>7}"
                        f"  \"{m['sentence']}\"" for m in r["top"])
        return text

    print_rows(rows, json_output=json_output, line=line,
               empty='No defined themes yet. Example: pma themes define Billing --criteria "charged twice, refunds"')
