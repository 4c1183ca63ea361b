"""`pma customers import|list`: customer accounts (plan, segment, revenue, region) joined to feedback authors."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, print_rows

customers_app = typer.Typer(help="Customer accounts behind the feedback: who is affected and what it costs.",
                            no_args_is_help=True)
app.add_typer(customers_app, name="customers")


@customers_app.command("import")
def customers_import(
    path: Path = typer.Argument(..., help="CSV/TSV/JSON/JSONL/XLSX with a user id, e-mail or account name column and "
                                          "any of account, plan, segment, MRR, ARR, region."),
    map_: list[str] = typer.Option(None, "--map", help="COLUMN=FIELD, FIELD one of user, account, plan, segment, "
                                                        "mrr, arr, region. Repeatable."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Import customer accounts; the user id is stored only as the keyed hash feedback authors have.

    Example: pma customers import examples/accounts.csv
    """
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from ui.cli.feedback import parse_map

    result = import_customers(Database(Settings()), path, mapping=parse_map(map_))
    if json_output:
        typer.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return
    found = ", ".join(f"{k}={v}" for k, v in result.columns.items() if v)
    keyed = "account(s)" if result.columns.get("user") == result.columns.get("account") else "user(s)"
    typer.echo(f"{path}: {result.accounts} {keyed} imported from {result.rows} row(s) ({found}); "
               f"{result.matched_feedback_authors} of them wrote feedback already stored.")
    for note in result.notes:
        typer.echo(note)


@customers_app.command("list")
def customers_list(json_output: bool = JSON_OUTPUT) -> None:
    """Accounts with their people, revenue and feedback items (largest revenue first).

    Example: pma customers list
    """
    from retrieval.customers import JOINS_CUSTOMER
    from retrieval.db import Database

    with Database(Settings()).connect() as conn:
        # a person without an account is an account of their own: a rental tester's 30 companies, their names not
        # read, were one "(no account)" row with one company's MRR
        found = conn.execute(
            "SELECT coalesce(max(c.account), '(no account)'), max(c.segment), max(c.plan), "
            "count(DISTINCT c.author_hash), max(c.mrr)::float, count(f.id), max(c.currency) FROM customers c "
            f"LEFT JOIN feedback f ON {JOINS_CUSTOMER} GROUP BY coalesce(c.account, c.author_hash) "
            "ORDER BY 5 DESC NULLS LAST, 1")
        rows = [dict(zip(("account", "segment", "plan", "people", "mrr", "feedback_items", "currency"), r))
                for r in found]
    print_rows(rows, json_output=json_output, empty="No customers yet. Import them: pma customers import accounts.csv",
               line=lambda r: f"{r['account']:<28} {r['segment'] or '-':<12} {r['plan'] or '-':<8} "
                              f"{r['people']:>4} people  MRR {r['mrr'] or 0:>10,.2f}{_code(r['currency'])}  "
                              f"{r['feedback_items']:>4} items")


def _code(currency: str | None) -> str:
    return f" {currency}" if currency else ""
