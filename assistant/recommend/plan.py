"""Build an iteration plan: candidate items from the themes, scored with RICE, ranked, with drafted text.

    from assistant.recommend import recommend
    plan = recommend(settings, Filters.from_cli(since="2026-10-01"), top=5)
    plan["items"][0]["title"], plan["items"][0]["rice"]["score"]

A candidate is a theme whose feedback is mostly about a problem: bugs, requests and pain points. Themes that are
mostly praise are not backlog items, nor are themes that group feedback by its language rather than its topic
(``assistant.themes.language``); they are listed under ``excluded`` with the reason (and praise items count as
counter-evidence where they overlap). The plan is a JSON-able dict that validates against ``plan.schema.json``
(published beside this module); ``export`` writes it as Markdown, JSON or Jira/Linear-importable CSV.

Not handled: themes (``assistant.themes``), wording rules (``draft``), scoring rules (``rice``).
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from importlib import resources
from typing import Any

from assistant.recommend import draft as drafting
from assistant.recommend import rice
from assistant.recommend.decisions import save_plan
from assistant.recommend.evidence import EvidenceSet, ThemeEvidence, gather
from assistant.themes.kinds import language_named
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.settings import Settings

SCHEMA_ID = "pma.iteration_plan/1"


def recommend(settings: Settings, filters: Filters | None = None, *, top: int = 5, effort: float | None = None,
              effort_for: dict[int, float] | None = None, llm: Any = "auto", reach: str = "users",
              draft_budget_s: float = 120.0, db: Database | None = None, progress: bool = False) -> dict:
    """Draft an iteration plan from the stored themes.

    Args:
        settings: effective settings.
        filters: which feedback counts (``--since``/``--until``/``--source``/``--where``); default everything.
        top: number of plan items.
        effort: default effort in person-weeks for every item (``rice.DEFAULT_EFFORT_WEEKS`` when None).
        effort_for: per-theme effort overrides ``{theme_id: weeks}`` (the PM's estimates).
        reach: what RICE reach counts: ``users`` (people), ``accounts`` or ``revenue`` (monthly recurring revenue
            of the accounts affected; both need ``pma customers import``).
        llm: ``"auto"`` (the configured backend, unless it is the bundled model: evidence-built text and a note),
            ``"model"`` (the configured backend, bundled or not), ``None`` (evidence-built text only) or an ``LLM``
            object.
        draft_budget_s: seconds the model may spend drafting; later fields keep the evidence-built text.
        progress: show a progress bar while items are drafted.

    The plan is stored (``assistant.recommend.decisions``): ``plan_id`` and each item's ``id`` are set, the ids a
    PM's decisions refer to.

    Raises:
        UserError: no themes stored (``assistant.workflows.plan_from_feedback`` summarizes first), no feedback in
            scope, bad effort values.
    """
    if top < 1:
        raise UserError(f"--top {top}: must be at least 1.", hint="Example: pma recommend --top 5")
    effort = rice.DEFAULT_EFFORT_WEEKS if effort is None else effort
    overrides = dict(effort_for or {})
    for theme_id, weeks in [(None, effort), *overrides.items()]:
        if not weeks or weeks <= 0:
            where = f"--effort-for {theme_id}={weeks}" if theme_id is not None else f"--effort {weeks}"
            raise UserError(f"{where}: effort must be a positive number of person-weeks.", hint="Example: --effort 2")
    db = db or Database(settings)
    filters = filters or Filters()
    if reach not in rice.REACH_MODES:
        raise UserError(f"--reach {reach}: not a reach measure.", hint=f"Use one of {', '.join(rice.REACH_MODES)}.")
    with db.connect() as conn:
        evidence = gather(conn, filters, settings.themes.period_days)
    if reach != "users" and any(e.accounts is None for e in evidence.themes):
        raise UserError(f"--reach {reach} needs customer accounts, and none are imported.",
                        hint="Run `pma customers import accounts.csv` first (user id or e-mail, plan, segment, MRR).")
    unknown = sorted(set(overrides) - {e.theme_id for e in evidence.themes})
    if unknown:
        raise UserError(f"--effort-for: no theme with id {unknown[0]} in scope.", hint="See the ids with `pma themes list`.")
    skipped = llm == "auto" and bundled_model(settings)
    if llm in ("auto", "model"):
        from assistant.llm import get_llm

        llm = None if skipped else get_llm(settings)
    plan = build_plan(evidence, top=top, effort=effort, effort_for=overrides, llm=llm, progress=progress,
                      draft_budget_s=draft_budget_s, reach=reach)
    if skipped and plan["items"]:
        plan["notes"].append(BUNDLED_NOTE)
    return save_plan(db, plan)  # item ids for the PM's decisions (`pma recommend decide ID`)


# Two testers' plans: the bundled model drafted for 43 s and 101 s and none of its text passed the checks, so the
# plan was the evidence-built one `--no-llm` writes in seconds.
BUNDLED_NOTE = ("Stories and criteria were written from the evidence: the bundled model (SmolLM2-135M) is not asked "
                "to draft them (in testing none of its drafts passed the checks, after minutes of drafting). Set a "
                "larger model (PMA_LLM_MODEL, or PMA_LLM_BACKEND=openai with a vLLM server) to draft with it, or "
                "pass --draft to draft with the bundled one anyway.")


def bundled_model(settings: Settings) -> bool:
    """The configured model is the bundled SmolLM2-135M, with no fine-tuned adapter: ``llm="auto"`` plans do not
    draft with it."""
    from retrieval.settings import BUNDLED

    return settings.llm.backend == "local" and settings.llm.model == BUNDLED and not settings.llm.adapter


def _bundled(model) -> bool:
    return isinstance(model, dict) and model.get("model") == "bundled"


def build_plan(evidence: EvidenceSet, *, top: int, effort: float, effort_for: dict[int, float], llm,
               progress: bool = False, draft_budget_s: float = 120.0, reach: str = "users") -> dict:
    """Score, rank and draft (see ``recommend``); the returned dict validates against the schema."""
    candidates: list[ThemeEvidence] = []
    excluded = []
    for ev in evidence.themes:
        if ev.is_strength:
            praise = ev.counter_items / ev.items
            excluded.append({"theme_id": ev.theme_id, "label": ev.label, "items": ev.items,
                             "reason": f"mostly praise ({100 * praise:.0f}%): a strength, not a backlog item"})
        elif language := language_named(ev.label):  # a tester's plan had "Improve: Excel" from such a theme
            excluded.append({"theme_id": ev.theme_id, "label": ev.label, "items": ev.items,
                             "reason": f"feedback in {language} grouped by its language, not a topic: set a "
                                       f"multilingual embedding model and run `pma reindex` to plan from it"})
        else:
            candidates.append(ev)
    scored = []
    for ev in candidates:
        weeks = effort_for.get(ev.theme_id, effort)
        scored.append((ev, rice.score(ev, weeks, effort_source="pm" if ev.theme_id in effort_for else "default",
                                      reach=reach)))
    scored.sort(key=lambda pair: (-pair[1].score, -pair[0].items, pair[0].theme_id))
    chosen = scored[:top]
    best = chosen[0][1].score if chosen else 0.0
    items = []
    iterator = chosen
    if progress:
        from tqdm import tqdm

        iterator = tqdm(chosen, desc="drafting", unit="item", leave=False)
    deadline = time.monotonic() + draft_budget_s
    for rank, (ev, r) in enumerate(iterator, start=1):
        people = rice.reach_of(ev, "users")[0]  # the problem statement counts people whatever RICE reach measures
        problem = drafting.problem_statement(ev, evidence.total_items, people, evidence.window.get("period_days"))
        d = drafting.draft_item(ev, problem, llm, deadline=deadline, period_days=evidence.window.get("period_days"))
        items.append(_item(rank, ev, r, d, best))
    model = llm.describe() if llm is not None and hasattr(llm, "describe") else None
    notes = []
    if len(candidates) < top:
        notes.append(f"Only {len(candidates)} theme(s) qualify as backlog candidates in this scope.")
    if llm is not None and time.monotonic() > deadline:
        notes.append(f"The model's drafting budget ({draft_budget_s:g} s) ran out: later fields were written from "
                     "the evidence.")
    if llm is not None and items and not any("llm" in i["draft_source"].values() for i in items):
        # a tester waited 2 minutes for a plan identical to --no-llm's and could not tell why
        notes.append(f"No sentence the model drafted passed the checks (supported by the quotes, no number or claim "
                     f"they lack): every field was written from the evidence, as `--no-llm` does in seconds"
                     f"{' (the bundled 135M model rarely writes one that passes)' if _bundled(model) else ''}.")
    if any(e.distinct_users == 0 for e in evidence.themes):
        notes.append("Some themes have no user ids: their reach counts feedback items instead of people.")
    plan = {
        "schema": SCHEMA_ID,
        "title": "Iteration plan",
        "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "filters": evidence.filters,
        "window": evidence.window,
        "summary_run": evidence.summary_run,
        "totals": {"items": evidence.total_items, "distinct_users": evidence.distinct_users,
                   "themes": len(evidence.themes), "candidates": len(candidates)},
        "effort_default_weeks": effort,
        "reach_mode": reach,
        "model": json.loads(json.dumps(model, default=str)) if model else None,
        "items": items,
        "excluded": excluded,
        "notes": notes,
    }
    validate(plan)
    return plan


def _item(rank: int, ev: ThemeEvidence, r: rice.Rice, d: drafting.Draft, best: float) -> dict:
    kind = drafting.kind_of(ev)
    priority = rice.priority(r.score, best)
    return {
        "rank": rank,
        "theme_id": ev.theme_id,
        "title": drafting.title_of(ev),
        "kind": kind,
        "priority": priority,
        "problem": d.problem,
        "evidence": {
            "items": ev.items,
            "distinct_users": ev.distinct_users,
            "share": round(ev.share, 4),
            "average_rating": ev.avg_rating,
            "negative_share": round(ev.negative_share, 4),
            "sentiment": ev.sentiment,
            "types": ev.types,
            "sources": ev.sources,
            "segments": ev.segments,
            "app_versions": ev.versions,
            "trend": {k: ev.trend.get(k) for k in ("direction", "current", "previous", "change_pct", "p_value",
                                                    "significant", "emerging", "note")},
            "keywords": ev.keywords[:8],
            **({"customers": {"accounts": ev.accounts, "monthly_revenue": round(ev.revenue or 0.0, 2),
                              "authors_not_in_customer_file": ev.unmatched_authors}}
               if ev.accounts is not None else {}),
            "quotes": [_quote(q) for q in ev.quotes],
        },
        "counter_evidence": {"items": ev.counter_items, "quotes": [_quote(q) for q in ev.counter_quotes]},
        "rice": r.as_dict(),
        "user_story": d.story,
        "acceptance_criteria": d.acceptance_criteria,
        "success_metric": d.success_metric,
        "experiment": d.experiment,
        "draft_source": d.sources,
    }


def _quote(q) -> dict:
    return {"id": q.ref, "text": q.text, "source": q.source, "created_at": q.created_at, "rating": q.rating}


def schema() -> dict:
    """The published JSON schema of a plan (``assistant/recommend/plan.schema.json``)."""
    return json.loads((resources.files("assistant.recommend") / "plan.schema.json").read_text(encoding="utf-8"))


def validate(plan: dict) -> None:
    """Raise ``jsonschema.ValidationError`` when ``plan`` does not match the published schema."""
    import jsonschema

    jsonschema.validate(plan, schema(), cls=jsonschema.Draft202012Validator)
