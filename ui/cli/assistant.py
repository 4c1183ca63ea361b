"""`pma ask`, `pma recommend`, `pma conversations`: grounded answers, iteration plans, and the answers' history.

Only argument parsing and printing live here; the work is in ``assistant.chat`` and ``assistant.recommend``.
Heavy modules are imported inside the commands so `pma --help` loads no model.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.cli import app

_SINCE = typer.Option(None, "--since", help="Only feedback on or after this date (YYYY-MM-DD).")
_UNTIL = typer.Option(None, "--until", help="Only feedback on or before this date (YYYY-MM-DD).")
_SOURCE = typer.Option(None, "--source", help="Only these sources. Repeatable.")
_WHERE = typer.Option(None, "--where", help="KEY=VALUE on a column or metadata field, e.g. platform=android. Repeatable.")


@app.command()
def ask(
    question: str = typer.Argument(..., help="Your question, e.g. \"Why do offline maps fail?\" or \"How many users mention billing?\""),
    since: str = _SINCE,
    until: str = _UNTIL,
    source: list[str] = _SOURCE,
    where: list[str] = _WHERE,
    min_rating: float = typer.Option(None, "--min-rating"),
    max_rating: float = typer.Option(None, "--max-rating"),
    k: int = typer.Option(None, "--k", help="Items retrieved before the relevance cut (default from settings: 10)."),
    conversation: int = typer.Option(None, "--conversation", help="Continue this conversation (id from `pma conversations list`)."),
    continue_: bool = typer.Option(False, "--continue", "-c", help="Continue the most recent conversation."),
    max_new_tokens: int = typer.Option(None, "--max-new-tokens", help="Upper bound on the model's answer length."),
    no_save: bool = typer.Option(False, "--no-save", help="Do not store this answer in the conversation history."),
    json_output: bool = typer.Option(False, "--json", help="Print {answer, citations, dropped_citations, numbers_used, ...}."),
) -> None:
    """Ask a question about the stored feedback; the answer cites items as [F123].

    Counting questions ("how many…", "top issues", "what changed since…") are answered with numbers computed in the
    database; other questions from the most relevant items. Citations of items that were not retrieved are removed.

    Example: pma ask "Why do people cancel their subscription?" --since 2026-09-01
    """
    from assistant.chat import Answer, AskOptions, Chat
    from retrieval.filters import Filters

    settings = Settings()
    filters = Filters.from_cli(since=since, until=until, source=source, min_rating=min_rating,
                               max_rating=max_rating, where=where)
    chat = Chat(settings)
    if continue_ and conversation is None:
        conversation = chat.store.latest()
    options = AskOptions(k=k, max_new_tokens=max_new_tokens, save=not no_save)
    stream = chat.stream(question, conversation_id=conversation, filters=filters, options=options)
    answer = None
    if json_output:
        for event in stream:
            if isinstance(event, Answer):
                answer = event
        typer.echo(json.dumps(answer.as_json(), indent=2, ensure_ascii=False, default=str))
        return
    for event in stream:
        if isinstance(event, Answer):
            answer = event
        else:
            sys.stdout.write(event)
            sys.stdout.flush()
    typer.echo("")
    notes = []
    if answer.dropped_citations:
        notes.append(f"{len(answer.dropped_citations)} citation(s) to items outside the context removed")
    if answer.injection_blocked:
        notes.append("the model's text repeated an instruction found inside feedback and was replaced")
    elif answer.fallback and answer.fallback_reason:
        notes.append(f"the model's text was replaced ({answer.fallback_reason})")
    if answer.flagged_ids:
        notes.append("instruction-like text ignored in " + ", ".join(f"F{i}" for i in answer.flagged_ids))
    where_saved = f"conversation {answer.conversation_id}, turn {answer.turn_id}" if answer.turn_id else "not saved"
    typer.echo(f"\n({where_saved}" + ("; " + "; ".join(notes) if notes else "") + ")", err=True)


@app.command()
def recommend(
    top: int = typer.Option(5, "--top", help="Number of plan items."),
    since: str = _SINCE,
    until: str = _UNTIL,
    source: list[str] = _SOURCE,
    where: list[str] = _WHERE,
    out: Path = typer.Option(None, "--out", help="Write the plan to plan.md, plan.json (schema-valid) or plan.csv "
                                                  "(Jira / Linear import). Default: print Markdown."),
    effort: float = typer.Option(None, "--effort", help="Default effort per item in person-weeks (default 2)."),
    effort_for: list[str] = typer.Option(None, "--effort-for", help="THEME_ID=WEEKS, your estimate for one theme. Repeatable."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Write stories and criteria from the evidence only (fast)."),
    summarize: bool = typer.Option(False, "--summarize", help="Run `pma summarize` first when no themes are stored."),
    budget: float = typer.Option(120.0, "--draft-budget", help="Seconds the model may spend drafting text."),
    json_output: bool = typer.Option(False, "--json", help="Print the plan as JSON."),
) -> None:
    """Draft an iteration plan from the themes: ranked items with evidence, RICE, story and acceptance criteria.

    RICE is computed from the data (reach = people in the period, impact from severity/sentiment/rating,
    confidence from sample size and agreement across sources); effort is yours to set.

    Example: pma recommend --top 5 --since 2026-10-01 --out plan.md
    """
    from assistant.recommend import export, recommend as build
    from assistant.recommend.export import to_markdown
    from retrieval.filters import Filters

    overrides: dict[int, float] = {}
    for item in effort_for or []:
        key, sep, value = item.partition("=")
        try:
            overrides[int(key)] = float(value)
        except ValueError:
            raise UserError(f"--effort-for {item!r}: expected THEME_ID=WEEKS.", hint="Example: --effort-for 3=1.5") from None
    filters = Filters.from_cli(since=since, until=until, source=source, where=where)
    plan = build(Settings(), filters, top=top, effort=effort, effort_for=overrides, llm=None if no_llm else "auto",
                 summarize=summarize, draft_budget_s=budget, progress=not json_output)
    if out is not None:
        export(plan, out)
        typer.echo(f"Wrote {len(plan['items'])} item(s) to {out}.", err=json_output)
    if json_output:
        typer.echo(json.dumps(plan, indent=2, ensure_ascii=False))
    elif out is None:
        typer.echo(to_markdown(plan))


conversations_app = typer.Typer(help="Stored conversations: list, show, rate answers, export good ones for fine-tuning.",
                                no_args_is_help=True)
app.add_typer(conversations_app, name="conversations")


def _store():
    from assistant.chat import ConversationStore
    from retrieval.db import Database

    return ConversationStore(Database(Settings()))


@conversations_app.command("list")
def conversations_list(limit: int = typer.Option(20, "--limit"), json_output: bool = typer.Option(False, "--json")) -> None:
    """Recent conversations with their number of turns.

    Example: pma conversations list
    """
    rows = _store().conversations(limit)
    if json_output:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        typer.echo("No conversations yet. Start one with: pma ask \"...\"")
    for r in rows:
        typer.echo(f"{r['id']:>5}  {r['updated_at'][:16]}  {r['turns']} turn(s), {r['marked_good']} good  {r['title']}")


@conversations_app.command("show")
def conversations_show(conversation_id: int = typer.Argument(...), json_output: bool = typer.Option(False, "--json")) -> None:
    """Every turn of one conversation: question, answer, citations, model.

    Example: pma conversations show 3
    """
    turns = _store().turns(conversation_id)
    if json_output:
        typer.echo(json.dumps(turns, indent=2, ensure_ascii=False, default=str))
        return
    for t in turns:
        rating = {1: " 👍", -1: " 👎"}.get(t["rating"], "") + (" (good)" if t["marked_good"] else "")
        typer.echo(f"--- turn {t['turn_id']} ({t['route']}){rating}\nQ: {t['question']}\n{t['answer']}\n")


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
    import os

    rows = list(_store().training_rows(only_good=not all_))
    if not rows:
        raise UserError("No answers are marked good yet.", hint="Mark some with: pma conversations rate TURN --good")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    typer.echo(f"Wrote {len(rows)} example(s) to {out}.")
