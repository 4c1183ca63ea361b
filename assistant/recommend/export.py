"""Write an iteration plan as Markdown (for people), JSON (for scripts, schema-valid) or CSV (for trackers).

The CSV uses Jira's import column names (``Summary``, ``Issue Type``, ``Priority``, ``Labels``, ``Description``),
which both Jira's CSV importer and Linear's Jira-CSV importer map without configuration; the RICE fields follow as
extra columns a tracker can map to custom fields. Every cell goes through ``retrieval.csvsafe`` (no formula
injection from customer quotes). Every file is written to a temporary name and renamed, so a failed export never
leaves half a plan behind.

Feedback quotes are untrusted: in Markdown they are flattened to one line and Markdown/HTML control characters are
escaped, so a quote cannot inject links, images or headings into the document.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.safety.escape import markdown_text
from retrieval.atomic import write_atomic
from retrieval.csvsafe import write_csv
from retrieval.errors import UserError
from retrieval.stats import distinct_users_text

FORMATS = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".csv": "csv"}
CSV_HEADER = ["Summary", "Issue Type", "Priority", "Labels", "Description", "Rank", "RICE Score", "Reach", "Impact",
              "Confidence", "Effort (person-weeks)", "Theme ID", "Evidence", "Item ID"]
ISSUE_TYPE = {"bug": "Bug", "request": "Story", "pain point": "Story"}


def export(plan: dict, path: Path) -> Path:
    """Write ``plan`` in the format named by ``path``'s extension; returns the path."""
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise UserError(f"--out {path}: unknown format '{path.suffix}'.", hint="Use a .md, .json or .csv file name.")
    if kind == "csv":
        write_csv(path, CSV_HEADER, csv_rows(plan))
    else:
        write_atomic(path, to_markdown(plan) if kind == "markdown" else json.dumps(plan, indent=2, ensure_ascii=False))
    return path


def csv_rows(plan: dict) -> list[list]:
    rows = []
    for item in plan["items"]:
        r = item["rice"]
        labels = " ".join(["pma-plan", f"theme-{item['theme_id']}", item["kind"].replace(" ", "-")])
        evidence = "; ".join(f"{q['id']}: {_flat(q['text'], 120)}" for q in item["evidence"]["quotes"])
        rows.append([item["title"], ISSUE_TYPE[item["kind"]], item["priority"], labels, _description(item),
                     item["rank"], r["score"], r["reach"], r["impact"], r["confidence"], r["effort"],
                     item["theme_id"], evidence, item.get("id", "")])
    return rows


def _description(item: dict) -> str:
    """The tracker ticket body (Markdown, which both Jira's importer and Linear accept)."""
    lines = [item["problem"], "", f"*User story:* {item['user_story']}", "", "*Acceptance criteria:*"]
    lines += [f"- {c}" for c in item["acceptance_criteria"]]
    lines += ["", f"*Success metric:* {item['success_metric']}", f"*Experiment:* {item['experiment']}", "",
              "*Evidence:*"]
    lines += [f"- {q['id']}: \"{_flat(q['text'], 200)}\"" for q in item["evidence"]["quotes"]]
    r = item["rice"]
    lines += ["", f"RICE {r['score']:g} = reach {r['reach']} x impact {r['impact']:g} x confidence "
                  f"{r['confidence']:g} / effort {r['effort']:g}"]
    return "\n".join(lines)


def to_markdown(plan: dict) -> str:
    out = [f"# {plan['title']}", "",
           f"Scope: {markdown_text(plan['filters'])}; {plan['totals']['items']} feedback items, "
           f"{distinct_users_text(plan['totals']['distinct_users'])}, {plan['totals']['themes']} themes. "
           f"Generated {plan['generated_at']}.", ""]
    if plan["items"]:
        out += ["| # | Item | Kind | RICE | Reach | Impact | Confidence | Effort | ID |",
                "|---|---|---|---|---|---|---|---|---|"]
        for item in plan["items"]:
            r = item["rice"]
            out.append(f"| {item['rank']} | {markdown_text(item['title'])} | {item['kind']} | {r['score']:g} | {r['reach']} | "
                       f"{r['impact']:g} | {r['confidence']:g} | {r['effort']:g} | {item.get('id', '-')} |")
        out.append("")
        if "id" in plan["items"][0]:
            out += ["Decide on an item by its ID: `pma recommend decide ID --accept`, `--reject` or "
                    "`--edit story=TEXT` (also criteria, metric, experiment).", ""]
    for item in plan["items"]:
        ev, r, src = item["evidence"], item["rice"], item["draft_source"]
        ident = f" (item {item['id']})" if "id" in item else ""
        out += [f"## {item['rank']}. {markdown_text(item['title'])}{ident}", "", markdown_text(item["problem"]), ""]
        out.append(f"**User story** ({_by(src['story'])}): {markdown_text(item['user_story'])}")
        out += ["", f"**Acceptance criteria** ({_by(src['criteria'])}):"]
        out += [f"- {markdown_text(c)}" for c in item["acceptance_criteria"]]
        out += ["", f"**Success metric** ({_by(src['metric'])}): {markdown_text(item['success_metric'])}", "",
                f"**Experiment** ({_by(src['experiment'])}): {markdown_text(item['experiment'])}", "", "**Evidence**", ""]
        trend = ev["trend"]
        out.append(f"- {ev['items']} items, {distinct_users_text(ev['distinct_users'])}, {100 * ev['share']:.1f}% of scope; "
                   f"trend {trend['direction']}" + (" (significant)" if trend.get("significant") else "") +
                   f", {trend['current']} vs {trend['previous']} in the previous period")
        if ev.get("segments"):
            out.append("- Segments: " + ", ".join(f"{markdown_text(str(s['name']))} {s['count']}" for s in ev["segments"]))
        if ev.get("sources"):
            out.append("- Sources: " + ", ".join(f"{markdown_text(k)} {v}" for k, v in ev["sources"].items()))
        out += [f"- [{q['id']}] \"{markdown_text(_flat(q['text'], 240))}\"" + (f" ({markdown_text(q['source'])})" if q.get("source") else "")
                for q in ev["quotes"]]
        ce = item["counter_evidence"]
        out += ["", f"**Counter-evidence**: {ce['items']} positive item(s) in this theme."]
        out += [f"- [{q['id']}] \"{markdown_text(_flat(q['text'], 200))}\"" for q in ce["quotes"]]
        out += ["", f"**RICE** {r['score']:g} = reach {r['reach']} ({markdown_text(r['reach_basis'])}) x impact {r['impact']:g} "
                    f"({markdown_text(r['impact_basis'])}) x confidence {r['confidence']:g} ({markdown_text(r['confidence_basis'])}) / effort "
                    f"{r['effort']:g} person-weeks ({'PM estimate' if r['effort_source'] == 'pm' else 'default, edit it'}).",
                ""]
    if plan["excluded"]:
        out += ["## Not in the plan", ""]
        out += [f"- {markdown_text(e['label'])} (theme {e['theme_id']}): {markdown_text(e['reason'])}" for e in plan["excluded"]]
        out.append("")
    out += [f"_{markdown_text(n)}_" for n in plan["notes"]]
    return "\n".join(out).rstrip() + "\n"


def _by(source: str) -> str:
    return "drafted by the model" if source == "llm" else "written from the evidence"


def _flat(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
