"""Plan tab: draft an iteration plan, show it as a RICE table whose effort a PM edits, export it.

The plan is the schema-valid dict from ``assistant.recommend.recommend`` (evidence, RICE fields and drafted text).
Effort is the one RICE field the data cannot give, so it is editable here: a new effort recomputes that item's
score with the plan's own formula (score = reach x impact x confidence / effort), re-ranks the items and marks the
effort as the PM's; the plan stays valid against the published schema, and exports carry the edits.

Not handled: editing other fields (change the data, the themes or the prompt instead), or choosing items by hand.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

from retrieval.errors import UserError
from retrieval.filters import Filters
from ui.handlers.services import Services, download_path

TABLE_COLUMNS = ["rank", "title", "kind", "priority", "reach", "impact", "confidence", "effort (weeks)", "score",
                 "theme"]
EFFORT_COLUMN = TABLE_COLUMNS.index("effort (weeks)")
STATIC_COLUMNS = [i for i in range(len(TABLE_COLUMNS)) if i != EFFORT_COLUMN]
FORMATS = {"markdown": ".md", "json": ".json", "csv": ".csv"}


def draft(services: Services, filters: Filters | None = None, *, top: int = 5, llm: Any = "shared") -> dict:
    """Draft a plan from the stored themes (running the themes summary first when there is none).

    ``llm``: ``"shared"`` (the UI's loaded model), ``None`` (text built from the evidence only) or an LLM object.
    """
    from assistant.workflows import plan_from_feedback

    llm = services.llm() if llm == "shared" else llm
    return plan_from_feedback(services.settings, filters or Filters(), summarize_first=True, top=top, llm=llm,
                              db=services.db)


def table(plan: dict | None) -> list[list[Any]]:
    """Rows in ``TABLE_COLUMNS`` order, best first."""
    if not plan:
        return []
    rows = []
    for item in plan["items"]:
        r = item["rice"]
        rows.append([item["rank"], item["title"], item["kind"], item["priority"], r["reach"], r["impact"],
                     r["confidence"], r["effort"], r["score"], item["theme_id"]])
    return rows


def apply_efforts(plan: dict, rows: list[list[Any]]) -> dict:
    """Take the effort column of an edited table (rows matched by theme id), recompute scores, re-rank.

    Returns a new plan; raises ``UserError`` for an effort that is not a positive number.
    """
    efforts = {}
    for row in rows:
        theme = _int(row[TABLE_COLUMNS.index("theme")])
        value = row[EFFORT_COLUMN]
        try:
            weeks = float(value)
        except (TypeError, ValueError):
            raise UserError(f"Effort {value!r} is not a number.", hint="Enter person-weeks, e.g. 2 or 0.5.") from None
        if not math.isfinite(weeks) or weeks <= 0:
            raise UserError(f"Effort {value!r} must be a positive number of person-weeks.")
        efforts[theme] = weeks
    from assistant.recommend import rice

    plan = copy.deepcopy(plan)
    for item in plan["items"]:
        weeks = efforts.get(item["theme_id"])
        if weeks is not None and weeks != item["rice"]["effort"]:
            item["rice"] = rice.with_effort(item["rice"], weeks)
    rice.rank(plan["items"])
    return plan


def status_line(plan: dict) -> str:
    t = plan["totals"]
    return (f"**{len(plan['items'])} plan items** from {t['candidates']} candidate themes ({t['items']} feedback "
            f"items, {t['distinct_users']} users; {plan['filters']}). Edit **effort (weeks)** to re-score.")


def details(plan: dict | None) -> str:
    """Markdown with each item's problem, story, criteria, metric, experiment and quotes (all text escaped)."""
    from assistant.safety.escape import markdown_quote, markdown_text as md

    if not plan:
        return ""
    out = []
    for item in plan["items"]:
        r = item["rice"]
        out += [f"### {item['rank']}. {md(item['title'])} ({item['priority']}, RICE {r['score']:g})", "",
                md(item["problem"]), "", f"**Story:** {md(item['user_story'])}", "", "**Acceptance criteria:**"]
        out += [f"- {md(c)}" for c in item["acceptance_criteria"]]
        out += ["", f"**Success metric:** {md(item['success_metric'])}", "", f"**Experiment:** {md(item['experiment'])}",
                ""]
        out += [f"{markdown_quote(q['text'])} — [{q['id']}]\n" for q in item["evidence"]["quotes"]]
        out += [f"*Reach: {md(r['reach_basis'])}. Impact: {md(r['impact_basis'])}. Confidence: "
                f"{md(r['confidence_basis'])}. Effort: {r['effort']:g} weeks "
                f"({'PM estimate' if r['effort_source'] == 'pm' else 'default'}).*", ""]
    return "\n".join(out)


def chat_summary(plan: dict) -> str:
    """A short message for the chat window; the full plan is in the Plan tab."""
    from assistant.safety.escape import markdown_text

    lines = [f"**Draft iteration plan** ({len(plan['items'])} items, {plan['filters']}); details in the Plan tab:"]
    lines += [f"{i['rank']}. {markdown_text(i['title'])} — {i['priority']}, RICE {i['rice']['score']:g}"
              for i in plan["items"]]
    return "\n".join(lines)


def export(services: Services, plan: dict | None, fmt: str) -> Path:
    """Write the plan (with the PM's efforts) as Markdown, JSON or CSV under ``$PMA_HOME/exports``."""
    from assistant.recommend import export as write_plan
    from assistant.recommend import validate

    if not plan:
        raise UserError("There is no plan yet.", hint="Click Draft plan first.")
    path = download_path(services.settings.exports_dir, "plan", fmt, FORMATS, "plan")
    validate(plan)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_plan(plan, path)


def _int(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None
