"""Themes report rendering: Markdown, JSON and one self-contained HTML page (inline CSS and SVG, no script).

``write_report(report, path)`` picks the format from the suffix (.md, .html/.htm, .json), writes to a temporary
file in the same folder and renames it into place, so a reader never sees half a report; the JSON data is always
written beside a Markdown or HTML report (same name, ``.json``). Rendering never computes a number: everything
shown comes from the report built by ``assistant.themes.summarize`` (``assistant.report.document.ThemesReport``).
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.report.document import ThemesReport
from retrieval.atomic import write_atomic
from retrieval.errors import UserError

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json"}


def render(report: ThemesReport, fmt: str) -> str:
    """The report as text in ``fmt`` ('markdown', 'html' or 'json')."""
    if fmt == "json":
        return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        from assistant.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from assistant.report.html import render_html

        return render_html(report)
    raise ValueError(f"unknown report format {fmt!r}")


def format_for(path: Path) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UserError(f"--out {path}: unknown report format '{Path(path).suffix or '(none)'}'.",
                        hint="Use a name ending in .md, .html or .json.")
    return fmt


def write_report(report: ThemesReport, path: Path) -> list[Path]:
    """Write ``report`` to ``path`` (format from the suffix) and its JSON beside it; returns the paths written."""
    path = Path(path)
    fmt = format_for(path)
    texts = {path: render(report, fmt)}  # render everything first: a rendering error leaves no file behind
    if fmt != "json":
        texts[path.with_suffix(".json")] = render(report, "json")
    for target, text in texts.items():
        write_atomic(target, text, hint="Free some disk space or choose another folder with --out.")
    return list(texts)
