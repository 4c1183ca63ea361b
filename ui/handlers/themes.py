"""Themes tab: run or refresh the themes summary, show it as charts and tables, edit themes, export the report.

The report is the ``ThemesReport`` from ``assistant.themes.summarize`` (every number computed in SQL there); this
module only reshapes it for the page. The charts are the report's own inline SVG drawings (``assistant.report
.charts``), so the page and a downloaded report always agree. The latest report is kept in
``$PMA_HOME/reports/ui-latest.json`` so the tab shows it again after a restart. Rename patches the label in that
report at once; a merge changes the figures, so the tab asks for a refresh instead of showing numbers that are no
longer true.

Not handled: computing anything (``assistant.themes``), rendering reports (``assistant.report``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.report.document import Theme, ThemesReport
from assistant.report.text import months_text, users_text
from retrieval.errors import UserError
from retrieval.filters import Filters
from ui.handlers.services import Services, download_path

TABLE_COLUMNS = ["id", "theme", "items", "share", "users", "avg rating", "negative", "trend"]
TREND_THEMES = 6  # lines in the weekly trend chart; more is unreadable
FORMATS = {"html": ".html", "markdown": ".md", "json": ".json"}
LATEST = "ui-latest.json"


def run_summary(services: Services, filters: Filters | None = None, *, n_themes: int | float | None = None,
                update: bool = False) -> ThemesReport:
    """Cluster (or, with ``update``, assign new feedback to stored themes) and return the report; keeps a copy."""
    from assistant.themes import summarize

    n = int(n_themes) if n_themes not in (None, "", 0) else None
    report = summarize(services.settings, filters or Filters(), n_themes=n, update=update, progress=True,
                       db=services.db, embedder=services.embedder, llm=_llm(services))
    _save_latest(services, report)
    return report


def latest(services: Services) -> ThemesReport | None:
    """The last report the UI produced (survives restarts), or ``None`` (also for a file an older version wrote)."""
    path = services.settings.reports_dir / LATEST
    try:
        return ThemesReport.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):  # pydantic's ValidationError is a ValueError
        return None


def status_line(report: ThemesReport) -> str:
    t = report.totals
    generated = report.generated_at[:16].replace("T", " ")
    line = (f"**{t.items} items** ({report.filters}) in **{t.themes} themes**; {t.unassigned} unassigned "
            f"({100 * report.unassigned.share:.0f}%). Generated {generated} UTC.")
    if report.emerging:
        names = ", ".join(th.label for th in report.themes if th.id in report.emerging)
        line += f" Emerging: **{names}**."
    return line


def charts(report: ThemesReport, *, trend_themes: int = TREND_THEMES) -> dict[str, str]:
    """The report's charts as inline SVG (the same drawings as the HTML report): ``sizes`` (items per theme),
    ``sentiment`` (sentiment share per theme) and ``trend`` (weekly items of the largest themes, with a dashed
    marker per release the report holds, as in the HTML report: not the releases stored since; a first or last week
    the data covers only in part is dotted and said under it)."""
    from assistant.report import charts as svg
    from assistant.report.text import fmt_pct
    from assistant.safety.escape import html_text

    themes = report.themes
    out = {
        "sizes": svg.hbars([(_name(th), th.size, f"{th.size} ({fmt_pct(th.share)})") for th in themes],
                           title="Items per theme"),
        "sentiment": svg.stacked([(_name(th), th.sentiment) for th in themes], title="Sentiment share per theme"),
        "trend": "",
    }
    if report.weeks:
        partial = svg.partial_weeks(report.weeks, report.window)
        out["trend"] = svg.lines([(_name(th), [w.count for w in th.weekly]) for th in themes[:trend_themes]],
                                 report.weeks, title="Items per week for the largest themes",
                                 markers=svg.release_markers(report.releases), partial=partial)
        if partial:
            out["trend"] += f"<p>{html_text(svg.partial_note(report.weeks, partial))}</p>"
    return out


def table_rows(report: ThemesReport) -> list[list[Any]]:
    rows = []
    for th in report.themes:
        neg = th.sentiment.get("negative", 0)
        tr = th.trend
        arrow = {"up": "↑", "down": "↓"}.get(tr.direction, "→")
        trend = f"{arrow} {tr.current} vs {tr.previous}{months_text(tr, short=True)}" + (" (emerging)" if th.emerging
                                                                                           else "")
        rows.append([th.id, th.label, th.size, f"{100 * th.share:.1f}%", users_text(th.distinct_users),
                     f"{th.avg_rating:.1f}" if th.avg_rating is not None else "",
                     f"{100 * neg / th.size:.0f}%" if th.size else "", trend])
    return rows


def theme_choices(report: ThemesReport) -> list[tuple[str, int]]:
    return [(f"#{th.id} {th.label} ({th.size})", th.id) for th in report.themes]


def detail(report: ThemesReport | None, theme_id: int | None) -> str:
    """Markdown for one theme: summary, figures, keywords and representative quotes with their ids."""
    if not report or theme_id is None:
        return ""
    th = report.theme(int(theme_id))
    if th is None:
        return f"Theme {theme_id} is not in this report."
    from assistant.report.text import theme_numbers
    from assistant.safety.escape import markdown_quote, markdown_text

    lines = [f"### {markdown_text(th.label)} (#{th.id})", "", markdown_text(th.summary), ""]
    lines += [f"- {line}" for line in theme_numbers(th, report)] + [""]
    lines += [f"{markdown_quote(q.text)}\n>\n> — [{q.id}]\n" for q in th.quotes]
    return "\n".join(lines)


def rename(services: Services, report: ThemesReport | None, theme_id: int | None, label: str) -> ThemesReport | None:
    """Rename a stored theme (the PM's label is kept by later runs) and patch the shown report."""
    from assistant.themes.taxonomy import rename as rename_theme

    if theme_id is None:
        raise UserError("Pick a theme to rename first.")
    with services.db.connect() as conn:
        done = rename_theme(conn, int(theme_id), label)
    if report:
        th = report.theme(done["id"])
        if th is not None:
            th.label, th.label_source = done["label"], "user"
        _save_latest(services, report)
    return report


def merge(services: Services, target: int | None, others: list[int] | None) -> str:
    """Merge ``others`` into ``target``; returns a note asking for a refresh (the figures changed)."""
    from assistant.themes.taxonomy import keep_edits, merge as merge_themes

    if target is None or not others:
        raise UserError("Pick the theme to keep, then the themes to merge into it.")
    with services.db.connect() as conn:
        done = merge_themes(conn, int(target), [int(o) for o in others], embedder=services.embedder)
    return (f"Merged {', '.join(f'#{o}' for o in done['merged'])} into #{done['id']} ({done['size']} items). "
            f"Click **Refresh with new feedback** to update the figures and summaries. {keep_edits('ui')}")


def export(services: Services, report: ThemesReport | None, fmt: str) -> Path:
    """Write the report as HTML, Markdown or JSON under ``$PMA_HOME/reports``; returns the file to download."""
    from assistant.report import write_report

    if not report:
        raise UserError("There is no report yet.", hint="Click Run summary first.")
    path = download_path(services.settings.reports_dir, "themes", fmt, FORMATS, "report")
    write_report(report, path)
    return path


def _name(th: Theme) -> str:
    return f"#{th.id} {th.label}"


def _llm(services: Services):
    return services.llm() if services.settings.themes.use_llm else None


def _save_latest(services: Services, report: ThemesReport) -> None:
    from retrieval.atomic import write_atomic

    write_atomic(services.settings.reports_dir / LATEST, json.dumps(report.to_json(), ensure_ascii=False))
