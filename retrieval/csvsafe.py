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
    """Write a CSV atomically (temp file, then rename) with every cell made safe."""
    import os

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_cell(c) for c in row])
    os.replace(tmp, path)
