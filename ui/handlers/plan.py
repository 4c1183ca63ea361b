"""Plan tab: draft an iteration plan, show it as a RICE table whose effort a PM edits, export it, and record the
PM's decision on each item (accept, with or without edits to its text, or reject).

The plan is the schema-valid dict from ``assistant.recommend.recommend`` (evidence, RICE fields and drafted text).
Effort is the one RICE field the data cannot give, so it is editable here: a new effort recomputes that item's
score with the plan's own formula (score = reach x impact x confidence / effort), re-ranks the items and marks the
effort as the PM's; the plan stays valid against the published schema, and exports carry the edits.

Decisions are stored with the item (``assistant.recommend.decisions``): the draft, the final text and what the
drafter saw, so accepted and edited items can teach the model (`pma finetune prepare --from-decisions`).

Not handled: editing the evidence or RICE figures (change the data or the themes instead), or choosing items by
hand.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

from assistant.report.text import users_text
from retrieval.errors import UserError
from retrieval.filters import Filters
from ui.handlers.services import Services, download_path

TABLE_COLUMNS = ["rank", "id", "title", "kind", "priority", "reach", "impact", "confidence", "effort (weeks)", "score",
                 "theme"]
EFFORT_COLUMN = TABLE_COLUMNS.index("effort (weeks)")
STATIC_COLUMNS = [i for i in range(len(TABLE_COLUMNS)) if i != EFFORT_COLUMN]
FORMATS = {"markdown": ".md", "json": ".json", "csv": ".csv"}


def draft(services: Services, filters: Filters | None = None, *, top: int = 5, llm: Any = "shared") -> dict:
    """Draft a plan from the stored themes (running the themes summary first when there is none).

    ``llm``: ``"shared"`` (the UI's loaded model; not the bundled one, as ``pma recommend``), ``None`` (text built
    from the evidence only) or an LLM object.
    """
    from assistant.recommend.plan import bundled_model
    from assistant.workflows import plan_from_feedback

    if llm == "shared":  # the bundled model: recommend's "auto" writes from the evidence and its notes say why
        llm = "auto" if bundled_model(services.settings) else services.llm()
    return plan_from_feedback(services.settings, filters or Filters(), summarize_first=True, top=top, llm=llm,
                              db=services.db)


def table(plan: dict | None) -> list[list[Any]]:
    """Rows in ``TABLE_COLUMNS`` order, best first."""
    if not plan:
        return []
    rows = []
    for item in plan["items"]:
        r = item["rice"]
        rows.append([item["rank"], item.get("id"), item["title"], item["kind"], item["priority"], r["reach"], r["impact"],
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
            f"items, {users_text(t['distinct_users'])} users; {plan['filters']}). Edit **effort (weeks)** to re-score.")


def details(plan: dict | None) -> str:
    """Markdown with each item's problem, story, criteria, metric, experiment and quotes (all text escaped)."""
    from assistant.safety.escape import markdown_quote, markdown_text as md

    if not plan:
        return ""
    out = []
    for item in plan["items"]:
        r = item["rice"]
        ident = f"item {item['id']}, " if "id" in item else ""
        out += [f"### {item['rank']}. {md(item['title'])} ({ident}{item['priority']}, RICE {r['score']:g})", "",
                md(item["problem"]), "", f"**Story:** {md(item['user_story'])}", "", "**Acceptance criteria:**"]
        out += [f"- {md(c)}" for c in item["acceptance_criteria"]]
        out += ["", f"**Success metric:** {md(item['success_metric'])}", "", f"**Experiment:** {md(item['experiment'])}",
                ""]
        out += [f"{markdown_quote(q['text'])} — [{q['id']}]\n" for q in item["evidence"]["quotes"]]
        out += [f"*Reach: {md(r['reach_basis'])}. Impact: {md(r['impact_basis'])}. Confidence: "
                f"{md(r['confidence_basis'])}. Effort: {r['effort']:g} weeks "
                f"({'PM estimate' if r['effort_source'] == 'pm' else 'default'}).*", ""]
    return "\n".join(out)


# ---- decisions ----------------------------------------------------------------------------------------------
def item_choices(plan: dict | None) -> list[tuple[str, int]]:
    """(label, item id) for the decision picker, in plan order."""
    return [(f"{i['id']}: {i['title']}", i["id"]) for i in (plan or {}).get("items", []) if "id" in i]


def item_text(services: Services, plan: dict | None, item_id: Any) -> tuple[str, str, str, str]:
    """Story, criteria (one per line), metric and experiment as they stand: the PM's last accepted or edited text,
    else the draft."""
    from assistant.recommend.decisions import decisions

    item = _item(plan, item_id)
    decided = decisions(services.db, item_id=item["id"])
    current = decided[0]["final"] if decided and decided[0]["decision"] != "rejected" and decided[0]["final"] else {
        "story": item["user_story"], "criteria": item["acceptance_criteria"], "metric": item["success_metric"],
        "experiment": item["experiment"]}
    return current["story"], "\n".join(current["criteria"]), current["metric"], current["experiment"]


def decide(services: Services, plan: dict | None, item_id: Any, *, reject: bool = False, story: str = "",
           criteria: str = "", metric: str = "", experiment: str = "") -> str:
    """Record a decision on one item of ``plan``: reject it, or accept it with the texts as shown (a text that
    differs from the item's current text is an edit). Returns a one-line confirmation."""
    from assistant.recommend.decisions import decide as record, parse_edits

    item = _item(plan, item_id)
    edits = {}
    if not reject:
        shown = item_text(services, plan, item["id"])
        typed = (story, criteria, metric, experiment)
        changed = [f"{name}={new}" for name, old, new in zip(("story", "criteria", "metric", "experiment"), shown, typed)
                   if " ".join((new or "").split()) != " ".join((old or "").split())]
        edits = parse_edits(changed)
    result = record(services.db, item["id"], accept=not reject, reject=reject, edits=edits)
    what = f"edited ({', '.join(result['edited_fields'])})" if result["decision"] == "edited" else result["decision"]
    return f"Item {result['id']} '{result['title']}': {what}."


def decisions_summary(services: Services, plan: dict | None) -> str:
    """Markdown: the decision on each item of ``plan`` (or that none is decided yet)."""
    from assistant.recommend.decisions import decisions
    from assistant.safety.escape import markdown_text as md

    items = [i for i in (plan or {}).get("items", []) if "id" in i]
    if not items:
        return ""
    lines = []
    for item in items:
        found = decisions(services.db, item_id=item["id"])
        d = found[0] if found and found[0]["decision"] else None
        what = "not decided yet" if d is None else (
            f"**edited** ({', '.join(d['edited_fields'])})" if d["decision"] == "edited" else f"**{d['decision']}**")
        lines.append(f"- Item {item['id']} {md(item['title'])}: {what}")
    return "\n".join(lines)


def _item(plan: dict | None, item_id: Any) -> dict:
    wanted = _int(item_id)
    item = next((i for i in (plan or {}).get("items", []) if i.get("id") == wanted and wanted is not None), None)
    if item is None:
        raise UserError(f"No item {item_id!r} in this plan.", hint="Pick an item from the list (draft a plan first).")
    return item


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
