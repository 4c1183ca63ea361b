"""Options shared by several commands, declared once: every command that filters feedback takes the same six, and
every command a script may read takes ``--json``.

    @app.command()
    @filter_options
    def stats(filters: Filters, json_output: bool = ...): ...

``filter_options`` adds ``--since/--until/--source/--where/--min-rating/--max-rating`` to the command's signature
(so ``--help`` lists them) and passes the command one ``retrieval.filters.Filters`` built from them, with every
value checked (a bad date, a rating outside 1-5, a malformed ``--where`` is a one-line error).

Not handled: options only one command has; those stay with the command.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any, Callable

import typer

_FILTERS: list[tuple[str, Any, Any]] = [
    ("since", str | None, typer.Option(None, "--since", help="Only feedback on or after this date (YYYY-MM-DD).")),
    ("until", str | None, typer.Option(None, "--until", help="Only feedback on or before this date (YYYY-MM-DD).")),
    ("source", list[str] | None, typer.Option(None, "--source", help="Only these sources. Repeatable.")),
    ("where", list[str] | None, typer.Option(None, "--where", help="KEY=VALUE on a column or metadata field, e.g. "
                                                                   "platform=android. Repeatable.")),
    ("min_rating", float | None, typer.Option(None, "--min-rating", help="Only items rated at least this.")),
    ("max_rating", float | None, typer.Option(None, "--max-rating", help="Only items rated at most this.")),
]


JSON_OUTPUT = typer.Option(False, "--json", help="Print JSON (for scripts) instead of text.")


def number_option(default: Any, *flags: str, help: str, low: float | None = None, high: float | None = None,
                  whole: bool = True, low_open: bool = False, example: str | None = None) -> Any:
    """A numeric option checked by ``retrieval.ranges.check_range`` (one-line error naming the option and the range);
    the range is added to ``--help``.

    Example:
        k: int = number_option(None, "--k", help="Number of results.", low=1, high=1000)
    """
    from retrieval.ranges import check_range, describe

    name = flags[0]

    def check(value):
        return check_range(name, value, low=low, high=high, whole=whole, low_open=low_open, example=example)

    return typer.Option(default, *flags, callback=check,
                        help=f"{help} Range: {describe(low, high, whole=whole, low_open=low_open)}.")


def print_rows(rows: list[dict], *, json_output: bool, empty: str, line: Callable[[dict], str]) -> None:
    """A listing command's output: the rows as JSON, or one ``line(row)`` per row (``empty`` when there are none)."""
    import json

    if json_output:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if not rows:
        typer.echo(empty)
    for row in rows:
        typer.echo(line(row))


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give ``command`` the shared filter options; it receives them as one ``filters`` argument (declare it
    ``filters: Filters = None``: the value always comes from the options)."""
    signature = inspect.signature(command, eval_str=True)
    if "filters" not in signature.parameters:
        raise TypeError(f"{command.__name__} must take a 'filters' parameter")
    kept = [p for p in signature.parameters.values() if p.name != "filters"]
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=kind)
             for name, kind, option in _FILTERS]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from retrieval.filters import Filters

        values = {name: kwargs.pop(name, None) for name, _, _ in _FILTERS}
        return command(*args, filters=Filters.from_cli(**values), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=[*kept, *added])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in [*kept, *added]}  # typer reads the hints from here
    return wrapper
