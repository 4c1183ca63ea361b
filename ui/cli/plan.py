"""`pma recommend`: an iteration plan drafted from the stored themes, and the PM's decision on each item
(`pma recommend decide ID`, `pma recommend decisions`); the work is in ``assistant.recommend``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, filter_options, number_option, print_rows

recommend_app = typer.Typer()  # help: the docstring of ``recommend`` below
app.add_typer(recommend_app, name="recommend")


@recommend_app.callback(invoke_without_command=True)
@filter_options
def recommend(
    ctx: typer.Context,
    top: int = typer.Option(5, "--top", help="Number of plan items."),
    filters: Filters = None,
    out: Path = typer.Option(None, "--out", help="Write the plan to plan.md, plan.json (schema-valid) or plan.csv "
                                                  "(Jira / Linear import). Default: print Markdown."),
    effort: float = typer.Option(None, "--effort", help="Default effort per item in person-weeks (default 2)."),
    effort_for: list[str] = typer.Option(None, "--effort-for", help="THEME_ID=WEEKS, your estimate for one theme. Repeatable."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Write stories and criteria from the evidence only (fast)."),
    draft: bool = typer.Option(False, "--draft", help="Draft stories and criteria with the model even when it is the "
                                                      "bundled SmolLM2-135M (slow; by default only a larger "
                                                      "configured model drafts)."),
    summarize: bool = typer.Option(False, "--summarize", help="Run `pma summarize` first when no themes are stored."),
    budget: float = number_option(120.0, "--draft-budget", help="Seconds the model may spend drafting text.", low=0,
                                  whole=False, example="pma recommend --draft-budget 60"),
    reach: str = typer.Option("users", "--reach", help="What RICE reach counts: users (people), accounts, or revenue "
                                                       "(monthly revenue of the accounts affected; both need "
                                                       "`pma customers import`)."),
    json_output: bool = typer.Option(False, "--json", help="Print the plan as JSON."),
) -> None:
    """Draft an iteration plan from the themes: ranked items with evidence, RICE, story and acceptance criteria.

    RICE is computed from the data (reach = people in the period, or customer accounts / revenue at risk with
    --reach, impact from severity/sentiment/rating, confidence from sample size and agreement across sources);
    effort is yours to set.

    Every plan is stored and each item gets an id (in the exports and the Plan tab) for
    `pma recommend decide ID --accept|--reject|--edit FIELD=TEXT`.

    Example: pma recommend --top 5 --since 2026-10-01 --out plan.md
    """
    if ctx.invoked_subcommand is not None:
        return
    from assistant.recommend import export
    from assistant.recommend.export import to_markdown
    from assistant.workflows import plan_from_feedback

    overrides: dict[int, float] = {}
    for item in effort_for or []:
        key, sep, value = item.partition("=")
        try:
            overrides[int(key)] = float(value)
        except ValueError:
            raise UserError(f"--effort-for {item!r}: expected THEME_ID=WEEKS.", hint="Example: --effort-for 3=1.5") from None
    plan = plan_from_feedback(Settings(), filters, summarize_first=summarize, top=top, effort=effort,
                              effort_for=overrides, llm=None if no_llm else "model" if draft else "auto",
                              draft_budget_s=budget, reach=reach,
                              progress=not json_output)
    if out is not None:
        export(plan, out)
        typer.echo(f"Wrote {len(plan['items'])} item(s) to {out}.", err=json_output)
        for note in plan["notes"]:
            typer.echo(f"Note: {note}", err=True)
    if json_output:
        typer.echo(json.dumps(plan, indent=2, ensure_ascii=False))
    elif out is None:
        typer.echo(to_markdown(plan))


@recommend_app.command("decide")
def decide(
    item: str = typer.Argument(..., help="The plan item's id (ID column of the plan's exports and the Plan tab)."),
    accept: bool = typer.Option(False, "--accept", help="Accept the item's text as it stands."),
    reject: bool = typer.Option(False, "--reject", help="Reject the item (it never becomes training data)."),
    edit: list[str] = typer.Option(None, "--edit", help="FIELD=TEXT, your final text for one field: story, criteria "
                                                         "(one per line or ';'-separated), metric or experiment. "
                                                         "Repeatable."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Record your decision on a drafted plan item, with the final text; accepted and edited items teach the model
    (`pma finetune prepare --from-decisions`).

    Example: pma recommend decide 17 --edit story="As a hiker, I want maps to download on mobile data, so that I can
    plan in the car."
    """
    from assistant.recommend.decisions import decide as record, parse_edits
    from retrieval.db import Database

    try:
        item_id = int(item.strip().lstrip("#"))
    except ValueError:
        raise UserError(f"Item id {item!r} is not a number.", hint="Example: pma recommend decide 17 --accept") from None
    result = record(Database(Settings()), item_id, accept=accept, reject=reject, edits=parse_edits(edit or []))
    if json_output:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    what = f"edited ({', '.join(result['edited_fields'])})" if result["decision"] == "edited" else result["decision"]
    typer.echo(f"Item {result['id']} '{result['title']}': {what}.")


@recommend_app.command("decisions")
def decisions_list(
    limit: int = number_option(50, "--limit", help="Most recent decisions to list.", low=1, example="--limit 20"),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """List your decisions on plan items, newest first (with the draft and final text in --json).

    Example: pma recommend decisions --json
    """
    from assistant.recommend.decisions import counts, decisions
    from retrieval.db import Database

    db = Database(Settings())
    rows = decisions(db, limit=limit)
    if not json_output:
        c = counts(db)
        typer.echo(f"{c['accepted']} accepted, {c['edited']} edited, {c['rejected']} rejected, {c['undecided']} "
                   "not decided yet.")
    print_rows(rows, json_output=json_output,
               empty="No decisions yet: pma recommend decide ID --accept|--reject|--edit FIELD=TEXT.",
               line=lambda r: f"{r['id']:>5}  {r['decision']:<8}  {', '.join(r['edited_fields']) or '-':<24}  "
                              f"{r['decided_at'][:10]}  {r['title']} (plan {r['plan_id']})")
