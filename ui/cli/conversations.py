"""`pma conversations list|show|rate|export`: stored answers, their ratings, and good ones as training data."""

from __future__ import annotations

import html
import json
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, number_option, print_rows

conversations_app = typer.Typer(help="Stored conversations: list, show, rate answers, export good ones for fine-tuning.",
                                no_args_is_help=True)
app.add_typer(conversations_app, name="conversations")


def _store():
    from assistant.chat import ConversationStore
    from retrieval.db import Database

    return ConversationStore(Database(Settings()))


@conversations_app.command("list")
def conversations_list(limit: int = number_option(20, "--limit", help="How many conversations to list.", low=1,
                                                  example="pma conversations list --limit 50"),
                       json_output: bool = JSON_OUTPUT) -> None:
    """Recent conversations with their number of turns.

    Example: pma conversations list
    """
    print_rows(_store().conversations(limit), json_output=json_output,
               empty="No conversations yet. Start one with: pma ask \"...\"",
               line=lambda r: f"{r['id']:>5}  {r['updated_at'][:16]}  {r['turns']} turn(s), {r['marked_good']} good  "
                              f"{r['title']}")


@conversations_app.command("show")
def conversations_show(conversation_id: int = typer.Argument(...), json_output: bool = JSON_OUTPUT) -> None:
    """Every turn of one conversation: question, answer, citations, model.

    Example: pma conversations show 3
    """
    turns = _store().turns(conversation_id)
    if json_output:
        typer.echo(json.dumps(turns, indent=2, ensure_ascii=False, default=str))
        return
    for t in turns:
        rating = {1: " 👍", -1: " 👎"}.get(t["rating"], "") + (" (good)" if t["marked_good"] else "")
        typer.echo(f"--- turn {t['turn_id']} ({t['route']}){rating}\nQ: {t['question']}\n{html.unescape(t['answer'])}\n")


@conversations_app.command("rate")
def conversations_rate(
    turn_id: int = typer.Argument(..., help="Turn id (shown after each answer and in `pma conversations show`)."),
    up: bool = typer.Option(None, "--up/--down", help="Thumbs up or down."),
    good: bool = typer.Option(None, "--good/--not-good", help="Mark the answer good: usable as fine-tuning data."),
    note: str = typer.Option(None, "--note", help="Why (kept with the rating)."),
) -> None:
    """Rate an answer, and mark good answers for fine-tuning.

    Example: pma conversations rate 12 --up --good
    """
    if up is None and good is None and note is None:
        raise UserError("Nothing to record.", hint="Pass --up or --down, and/or --good.")
    _store().rate(turn_id, up=up, good=good, note=note)
    typer.echo(f"Recorded for turn {turn_id}.")


@conversations_app.command("export")
def conversations_export(
    out: Path = typer.Option(..., "--out", help="Chat JSONL file for `pma finetune prepare`."),
    all_: bool = typer.Option(False, "--all", help="Include answers not marked good (with \"good\": false)."),
) -> None:
    """Write answers marked good as chat examples ({"messages": [...], "good": true} per line).

    Example: pma conversations export --out data/good_answers.jsonl
    """
    rows = list(_store().training_rows(only_good=not all_))
    if not rows:
        raise UserError("No answers are marked good yet.", hint="Mark some with: pma conversations rate TURN --good")
    from retrieval.atomic import write_atomic

    write_atomic(out, "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    typer.echo(f"Wrote {len(rows)} example(s) to {out}.")
