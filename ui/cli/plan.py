"""`pma recommend`: an iteration plan drafted from the stored themes (work in ``assistant.recommend``)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import filter_options, number_option


@app.command()
@filter_options
def recommend(
    top: int = typer.Option(5, "--top", help="Number of plan items."),
    filters: Filters = None,
    out: Path = typer.Option(None, "--out", help="Write the plan to plan.md, plan.json (schema-valid) or plan.csv "
                                                  "(Jira / Linear import). Default: print Markdown."),
    effort: float = typer.Option(None, "--effort", help="Default effort per item in person-weeks (default 2)."),
    effort_for: list[str] = typer.Option(None, "--effort-for", help="THEME_ID=WEEKS, your estimate for one theme. Repeatable."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Write stories and criteria from the evidence only (fast)."),
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

    Example: pma recommend --top 5 --since 2026-10-01 --out plan.md
    """
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
                              effort_for=overrides, llm=None if no_llm else "auto", draft_budget_s=budget, reach=reach,
                              progress=not json_output)
    if out is not None:
        export(plan, out)
        typer.echo(f"Wrote {len(plan['items'])} item(s) to {out}.", err=json_output)
    if json_output:
        typer.echo(json.dumps(plan, indent=2, ensure_ascii=False))
    elif out is None:
        typer.echo(to_markdown(plan))
