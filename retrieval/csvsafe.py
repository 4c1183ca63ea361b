"""CSV cells that are safe to open in a spreadsheet.

A cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is run as a formula by Excel, LibreOffice and
Google Sheets (``=HYPERLINK(...)`` exfiltration). Every CSV this project writes passes cells through ``safe_cell``,
which prefixes such cells with an apostrophe, the convention spreadsheets display as plain text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_TRIGGERS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def write_csv(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> None:
    """Write a CSV atomically (``retrieval.atomic.write_atomic``) with every cell made safe."""
    import io

    from retrieval.atomic import write_atomic

    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    write_atomic(path, buf.getvalue())
