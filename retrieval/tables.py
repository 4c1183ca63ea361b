"""Where a table starts in an export, and which sheet of a workbook holds the feedback.

Spreadsheets people save by hand put a title (and often a blank row) above the header: "Trailmix customer survey -
Q4 2026", then ``Submitted | NPS | Why did you give this score? | Plan``. ``header_index`` skips such rows so the
header names the columns. Workbooks often hold a summary or notes sheet next to the responses; ``choose_sheet``
picks the sheet that looks like feedback: one with a column of sentences, the biggest such table first.

Not handled: a title as wide as the header; tables that do not start in the first ten rows; two tables side by side
or one below the other in one sheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Cells = Sequence[str | None]
_LOOK = 10  # a header further down is not a title's doing
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _width(cells: Cells) -> int:
    return sum(1 for c in cells if c is not None and str(c).strip())


def has_width(cells: Cells) -> bool:
    """Whether a row has any filled cell."""
    return _width(cells) > 0


def header_index(records: Sequence[Cells]) -> int:
    """Index of the header in ``records`` (rows of cells, blank rows included): 0, unless the first row holds at most
    one cell and a later row of two or more cells, wider than every row above it (a title, a date line, blank rows),
    is followed by rows of the same shape: most of the next rows have two or more cells too and as many cells (filled
    or not) as it has, so that a one-column file whose comments hold commas is not taken for a title above a table.
    A title line of two cells is passed over the same way: Sprout Social's listening export opens with "Sprout Social -
    Listening Export", then "Reelio brand topic, 04/01/2026 - 11/30/2026" (a streaming tester's 402 posts were
    rejected, read under that line as the header).

    Example:
        >>> header_index([["Survey Q4"], [], ["Date", "Comment"], ["2026-11-02", "Fast app"]])
        2
        >>> header_index([["Export"], ["Brand", " 04/01 - 11/30"], [], ["Date", "Network", "Message"],
        ...               ["05/04/2026", "X", "Love it"], ["05/05/2026", "Reddit", "Ads again"]])
        3
        >>> header_index([["Comment"], ["Great app", " love it"], ["Slow"], ["Fast", " light", " free"]])
        0
    """
    widths = [_width(cells) for cells in records[:_LOOK]]
    for i, cells in enumerate(records[:_LOOK]):
        if widths[i] <= 1:
            continue
        if i == 0 or max(widths[:i]) >= widths[i]:
            return 0
        after = [r for r in records[i + 1:i + 21] if _width(r)]
        wide = sum(_width(r) >= 2 for r in after)
        same = sum(len(r) == len(cells) for r in after)
        if after and wide >= 0.6 * len(after) and same >= 0.8 * len(after):
            return i
    return 0


def has_text_column(header: Cells, rows: Sequence[Cells]) -> bool:
    """Whether some column under ``header`` is mostly words, 15 characters long on average (comments, not codes or
    numbers): the same kind of column ``retrieval.columns`` takes as the feedback text."""
    for col in range(len(header)):
        values = [str(r[col]) for r in rows[:200] if col < len(r) and r[col] is not None and str(r[col]).strip()]
        if (values and sum(bool(_WORDS.search(v)) for v in values) >= 0.8 * len(values)
                and sum(len(v) for v in values) / len(values) >= 15):
            return True
    return False


def choose_sheet(sheets: Sequence[tuple[str, Sequence[Cells]]]) -> int:
    """Index of the sheet to read among (name, rows) pairs: a sheet with a text column (``has_text_column``) under a
    header of two or more columns, else one with a text column, the one with most rows first (the earlier one on a
    tie); the first sheet with any rows when none has one (the column check then says what is missing)."""
    best, best_key = None, None
    for i, (_, records) in enumerate(sheets):
        filled = [r for r in records if _width(r)]
        if not filled:
            continue
        start = header_index(records)
        header, rows = records[start], [r for r in records[start + 1:] if _width(r)]
        if not has_text_column(header, rows):
            continue
        key = (_width(header) >= 2, len(rows), -i)
        if best_key is None or key > best_key:
            best, best_key = i, key
    if best is not None:
        return best
    return next((i for i, (_, records) in enumerate(sheets) if any(_width(r) for r in records)), 0)
