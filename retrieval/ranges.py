"""The one rule for numbers a person types (command-line options, UI fields, question sets): in range, or a one-line
``UserError`` that names the option, the value and the allowed range.

    check_range("--k", -3, low=1, high=1000, whole=True, example='pma search "crash" --k 10')
    -> UserError: --k -3: must be a whole number from 1 to 1000. Example: pma search "crash" --k 10

The CLI declares its numeric options through ``ui.cli.options.number_option``, which calls this; UI handlers and
library functions that take the same numbers call it directly, so the CLI and the browser refuse the same values
with the same words.

Not handled: what a number means (each caller chooses its range) and parsing text into numbers beyond ``float``.
"""

from __future__ import annotations

import math

from retrieval.errors import UserError


def check_range(name: str, value, *, low: float | None = None, high: float | None = None, whole: bool = False,
                low_open: bool = False, example: str | None = None):
    """``value`` (converted: int when ``whole``, else float) if ``low <= value <= high``, else ``UserError``.

    ``None`` passes through (an option left at its default). ``low_open`` excludes ``low`` itself ("more than 0").

    Example:
        >>> check_range("--top", "5", low=1, whole=True)
        5
    """
    if value is None:
        return None
    number = _number(value)
    ok = number is not None and math.isfinite(number)
    if ok and whole and number != int(number):
        ok = False
    if ok and low is not None and (number < low or (low_open and number == low)):
        ok = False
    if ok and high is not None and number > high:
        ok = False
    if not ok:
        raise UserError(f"{name} {_show(value)}: must be {describe(low, high, whole=whole, low_open=low_open)}.",
                        hint=f"Example: {example}" if example else None)
    return int(number) if whole else number


def check_order(low_name: str, low, high_name: str, high) -> None:
    """Both bounds of a range given (``--min-rating 4 --max-rating 2``): the first may not exceed the second."""
    if low is not None and high is not None and float(low) > float(high):
        raise UserError(f"{low_name} {_show(low)} is above {high_name} {_show(high)}: nothing can match.",
                        hint="Swap them, or drop one of the two.")


def describe(low: float | None, high: float | None, *, whole: bool = False, low_open: bool = False) -> str:
    """The allowed range in words: "a whole number from 1 to 1000", "a number more than 0"."""
    kind = "a whole number" if whole else "a number"
    if low is not None and high is not None and not low_open:
        return f"{kind} from {_fmt(low)} to {_fmt(high)}"
    parts = []
    if low is not None:
        parts.append(f"more than {_fmt(low)}" if low_open else f"at least {_fmt(low)}")
    if high is not None:
        parts.append(f"at most {_fmt(high)}")
    return f"{kind}, " + " and ".join(parts) if parts else kind


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _fmt(x: float) -> str:
    return f"{x:g}"


def _show(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
