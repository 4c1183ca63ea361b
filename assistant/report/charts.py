"""Small inline SVG charts (no script, no external files): horizontal bars, stacked shares, weekly bars, lines.

Each function returns an ``<svg>`` string with a ``<title>`` for screen readers; text is escaped here.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from assistant.safety.escape import html_text as escape

PALETTE = ["#2563eb", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"]
SENTIMENT_COLOURS = {"negative": "#dc2626", "neutral": "#9ca3af", "positive": "#16a34a"}
RELEASE_MARKERS = 4  # releases marked on a weekly trend chart (report and Themes tab); more crowd its labels


def release_markers(releases) -> list[tuple[str, str]]:
    """``(ISO date, label)`` of the latest ``RELEASE_MARKERS`` of a report's releases, for ``lines(markers=...)``:
    the downloadable report and the Themes tab mark the same releases."""
    return [(rel.at, rel.label) for rel in releases[-RELEASE_MARKERS:]]


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'role="img" font-family="system-ui, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" font-size="12"><title>{escape(title)}</title>'
            + "".join(body) + "</svg>")


def hbars(rows: list[tuple[str, float, str]], *, title: str, width: int = 720, label_width: int = 260,
          colour: str = PALETTE[0]) -> str:
    """One bar per row: ``(label, value, value_text)``; bars scaled to the largest value."""
    bar_h, gap = 18, 6
    top = max((v for _, v, _ in rows), default=0) or 1
    span = width - label_width - 90
    body = []
    for i, (label, value, text) in enumerate(rows):
        y = i * (bar_h + gap)
        w = max(1.0, span * value / top)
        body.append(f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end">{escape(_clip(label, 40))}</text>'
                    f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" fill="{colour}"/>'
                    f'<text x="{label_width + w + 6:.1f}" y="{y + 13}" fill="#374151">{escape(text)}</text>')
    return _svg(width, max(1, len(rows)) * (bar_h + gap), title, body)


def stacked(rows: list[tuple[str, dict[str, int]]], *, title: str, width: int = 720, label_width: int = 260,
            colours: dict[str, str] = SENTIMENT_COLOURS) -> str:
    """One 100% bar per row split by category (e.g. sentiment), with a legend."""
    bar_h, gap, legend_h = 18, 6, 22
    span = width - label_width - 20
    body = []
    for j, (name, colour) in enumerate(colours.items()):
        body.append(f'<rect x="{label_width + j * 110}" y="2" width="12" height="12" fill="{colour}"/>'
                    f'<text x="{label_width + j * 110 + 16}" y="12">{escape(name)}</text>')
    for i, (label, parts) in enumerate(rows):
        y = legend_h + i * (bar_h + gap)
        total = sum(parts.get(k, 0) for k in colours) or 1
        x = float(label_width)
        body.append(f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end">{escape(_clip(label, 40))}</text>')
        for key, colour in colours.items():
            w = span * parts.get(key, 0) / total
            if w <= 0:
                continue
            pct = round(100 * parts.get(key, 0) / total)
            body.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}">'
                        f'<title>{escape(key)}: {parts.get(key, 0)} ({pct}%)</title></rect>')
            if w > 30:
                body.append(f'<text x="{x + w / 2:.1f}" y="{y + 13}" text-anchor="middle" fill="#fff">{pct}%</text>')
            x += w
    return _svg(width, legend_h + max(1, len(rows)) * (bar_h + gap), title, body)


def week_bars(counts: list[int], weeks: list[str], *, title: str, width: int = 320, height: int = 64,
              colour: str = PALETTE[0]) -> str:
    """Weekly counts as small bars with the first and last week under them."""
    n = max(1, len(counts))
    top = max(counts, default=0) or 1
    plot_h = height - 16
    step = width / n
    body = []
    for i, c in enumerate(counts):
        h = plot_h * c / top
        body.append(f'<rect x="{i * step + 1:.1f}" y="{plot_h - h:.1f}" width="{max(1.0, step - 2):.1f}" height="{h:.1f}" '
                    f'fill="{colour}"><title>{escape(weeks[i] if i < len(weeks) else "")}: {c}</title></rect>')
    if weeks:
        body.append(f'<text x="0" y="{height - 2}" fill="#6b7280" font-size="10">{escape(weeks[0])}</text>'
                    f'<text x="{width}" y="{height - 2}" fill="#6b7280" font-size="10" text-anchor="end">'
                    f'{escape(weeks[-1])}</text>')
    return _svg(width, height, title, body)


def partial_weeks(weeks: list[str], window) -> dict[int, int]:
    """``{index: days}`` for the first and last of ``weeks`` when the report's window covers only some of their days
    (``window``: the report's ``Window``, ``end`` exclusive). A week holding one day of data is not a drop.

    Example: weeks from 2026-11-16 to 2026-11-30 with the window ending 2026-12-01: ``{2: 1}``.
    """
    out: dict[int, int] = {}
    if not weeks or window is None or not window.start or not window.end:
        return out
    start, end = datetime.fromisoformat(window.start), datetime.fromisoformat(window.end)
    first, last = date.fromisoformat(weeks[0]), date.fromisoformat(weeks[-1])
    head = 7 - (start.date() - first).days
    tail = (end - datetime.combine(last, datetime.min.time(), tzinfo=end.tzinfo)).total_seconds() / 86400
    if head < 7:
        out[0] = head
    if tail < 7:
        out[len(weeks) - 1] = min(7, max(1, math.ceil(tail)))
    return out


def partial_note(weeks: list[str], partial: dict[int, int]) -> str:
    """``Last week (from 2026-11-30): 1 of 7 days of data so far.`` for the weeks ``partial_weeks`` found."""
    parts = []
    for i, days in sorted(partial.items()):
        which = "First" if i == 0 and len(weeks) > 1 else "Last"
        parts.append(f"{which} week (from {weeks[i]}): {days} of 7 days of data"
                     + (" so far" if which == "Last" else ""))
    counts = "its count is" if len(parts) == 1 else "their counts are"
    return ("; ".join(parts) + f", so {counts} not comparable to a full week's (dotted).") if parts else ""


def lines(series: list[tuple[str, list[int]]], weeks: list[str], *, title: str, width: int = 720,
          height: int = 240, markers: list[tuple[str, str]] = (), partial: dict[int, int] | None = None) -> str:
    """Weekly counts of several themes as coloured lines with a legend on the right.

    ``markers``: ``(ISO date, label)`` pairs, e.g. releases, drawn as dashed vertical lines where that day falls in
    the weeks (``weeks`` are the Mondays of the points); a date outside the weeks is left out. ``partial``
    (``partial_weeks``): the segments to a first or last week the data covers only in part are dotted.
    """
    left, right, top_pad, bottom = 36, 230, 10, 22
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = max((max(c, default=0) for _, c in series), default=0) or 1
    n = max(1, len(weeks) - 1)
    body = [f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" stroke="#d1d5db"/>',
            f'<text x="{left - 6}" y="{top_pad + 8}" text-anchor="end" fill="#6b7280">{top}</text>',
            f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end" fill="#6b7280">0</text>']
    if weeks:
        body.append(f'<text x="{left}" y="{height - 4}" fill="#6b7280" font-size="10">{escape(weeks[0])}</text>'
                    f'<text x="{left + plot_w}" y="{height - 4}" fill="#6b7280" font-size="10" text-anchor="end">'
                    f'{escape(weeks[-1])}</text>')
    for day, label in markers:
        at = _week_position(day, weeks)
        if at is None:
            continue
        x = left + plot_w * at / n
        body.append(f'<line x1="{x:.1f}" y1="{top_pad}" x2="{x:.1f}" y2="{top_pad + plot_h}" stroke="#6b7280" '
                    f'stroke-dasharray="4 3" class="pma-release"><title>{escape(label)} ({escape(day[:10])})</title>'
                    f'</line><text x="{x + 3:.1f}" y="{top_pad + 10}" fill="#374151" font-size="10">'
                    f'{escape(_clip(label, 16))}</text>')
    partial = partial or {}
    for j, (label, counts) in enumerate(series):
        colour = PALETTE[j % len(PALETTE)]
        xy = [(left + plot_w * i / n, top_pad + plot_h - plot_h * c / top) for i, c in enumerate(counts)]
        lo = 1 if 0 in partial and len(xy) > 2 else 0
        hi = len(xy) - 2 if len(xy) - 1 in partial and len(xy) > 2 else len(xy) - 1
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy[lo:hi + 1])
        body.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"><title>{escape(label)}'
                    f'</title></polyline>')
        for a, b in ((0, 1),) * lo + ((hi, hi + 1),) * (hi < len(xy) - 1):
            body.append(f'<line x1="{xy[a][0]:.1f}" y1="{xy[a][1]:.1f}" x2="{xy[b][0]:.1f}" y2="{xy[b][1]:.1f}" '
                        f'stroke="{colour}" stroke-width="2" stroke-dasharray="2 3" class="pma-partial"/>')
        y = top_pad + 6 + j * 18
        body.append(f'<rect x="{left + plot_w + 12}" y="{y - 9}" width="12" height="4" fill="{colour}"/>'
                    f'<text x="{left + plot_w + 30}" y="{y - 3}">{escape(_clip(label, 28))}</text>')
    return _svg(width, height, title, body)


def _week_position(day: str, weeks: list[str]) -> float | None:
    """Where ``day`` falls on a line chart whose points are ``weeks``: index plus the fraction through that week (a
    day in the last week sits on the last point); None outside the weeks."""
    try:
        when, monday = date.fromisoformat(day[:10]), [date.fromisoformat(w[:10]) for w in weeks]
    except ValueError:
        return None
    if not monday or when < monday[0] or (when - monday[-1]).days > 6:
        return None
    i = max(k for k, m in enumerate(monday) if m <= when)
    return i + (when - monday[i]).days / 7 if i + 1 < len(monday) else float(i)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
