"""Themes tab, "Did a release fix it?": pick a release (or type its date) and see per theme and per type the feedback
per week before and after it, the change of its share and the exact test's verdict (``assistant.themes.impact``,
the same computation as `pma impact`). Every label is customer-derived text, so it is escaped here.

Not handled: computing anything (``assistant.themes.impact``).
"""

from __future__ import annotations

from retrieval.errors import UserError
from ui.handlers.services import Services

ROWS = 8  # theme rows shown; the rest are in `pma impact --out`


def release_choices(services: Services) -> list[tuple[str, str]]:
    """Versions seen in the data, newest first, as ``("4.4.0 (first feedback 2026-10-28)", "4.4.0")`` or, dated by
    the imported release notes, ``("4.4.0 (released 2026-10-28)", "4.4.0")``."""
    from assistant.themes.impact import release_markers

    with services.db.connect() as conn:
        found = release_markers(conn, parts=3)
    return [(f"{r['version']} ({'released' if r['released'] else 'first feedback'} {r['at'][:10]})", r["version"])
            for r in reversed(found)]


def release_impact(services: Services, version: str | None, date: str | None, window: float | int | None) -> dict:
    """The comparison for the release picked by ``version`` or typed as ``date`` (UserError when neither, both,
    or one the data cannot judge)."""
    from assistant.themes.impact import DEFAULT_WINDOW_DAYS, find_release, line_scope
    from assistant.themes.impact import release_impact as compare
    from retrieval.filters import Filters

    version, date = (version or "").strip() or None, (date or "").strip() or None
    if version and date:
        raise UserError("Pick a release or type a date, not both.")
    days = int(window) if window not in (None, "") else DEFAULT_WINDOW_DAYS
    with services.db.connect() as conn:
        release = find_release(conn, Filters(), version=version, date=date)
        scoped, note = line_scope(conn, Filters(), release)  # a TV app's 4.x beside the phone apps' 7.x
        result = compare(conn, scoped, release, window_days=days)
    return {**result, "scope_note": note} if note else result


def impact_markdown(result: dict) -> str:
    """The verdicts as a short Markdown table: themes (the clearest changes first), then feedback types."""
    from assistant.safety.escape import markdown_text as md

    b, a = result["before"], result["after"]
    title = md(f"Impact of {result['release']['label']}")  # escaped whole: "4.4.0" alone would look like a list
    lines = [f"**{title}**: {b['items']} items in the {b['days']:g} days before, "
             f"{a['items']} in the {a['days']:g} days after (placed by {md(result['placed_by'])}).",
             *([md(result["scope_note"])] if result.get("scope_note") else []), "",
             "| | per week before | after | share before → after | p | verdict |", "|---|---:|---:|---|---:|---|"]
    for row in result["themes"][:ROWS] + result["types"]:
        share = ("–" if row["share_before"] is None or row["share_after"] is None else
                 f"{100 * row['share_before']:.0f}% → {100 * row['share_after']:.0f}%")
        p = "–" if row["p_value"] is None else ("< 0.001" if row["p_value"] < 0.001 else f"{row['p_value']:.3f}")
        verdict = {"fewer": "**fewer** ↓", "more": "**more** ↑"}.get(row["direction"], row["direction"])
        name = md(row["label"]) if row["kind"] == "theme" else f"*{md(row['label'].replace('_', ' '))}* (type)"
        lines.append(f"| {name} | {row['per_week_before']:g} | {row['per_week_after']:g} | {share} | {p} | "
                     f"{verdict} |")
    hidden = len(result["themes"]) - ROWS
    if hidden > 0:
        lines += ["", f"{hidden} more theme(s): `pma impact --version ... --out impact.html` lists them all."]
    lines += ["", f"Exact conditional binomial test against the volume on each side, p < {result['significance']} "
                  "per row."]
    return "\n".join(lines)
