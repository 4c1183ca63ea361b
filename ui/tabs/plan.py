"""Plan tab: the iteration plan as a RICE table with editable effort (score and rank recomputed), item details,
the PM's decision on each item (accept, edit, reject), and exports to Markdown, JSON and CSV."""

from __future__ import annotations

from typing import Any

import gradio as gr
import pandas as pd

from retrieval.errors import UserError
from ui.handlers import plan as plan_h
from ui.handlers.services import Services


def build(services: Services) -> dict[str, Any]:
    status = gr.Markdown("Draft a plan from the themes (here, or **Draft iteration plan** in Chat, which uses the "
                         "chat filters). Edit **effort (weeks)** in the table: scores and ranks are recomputed.",
                         elem_id="pma-plan-status")
    plan = gr.State(None)
    with gr.Row():
        top = gr.Number(label="Items", value=5, precision=0, minimum=1, maximum=20, min_width=100)
        draft = gr.Button("Draft plan", variant="primary", elem_id="pma-plan-draft")
    table = gr.Dataframe(headers=plan_h.TABLE_COLUMNS, interactive=True, wrap=True, elem_id="pma-plan-table",
                         static_columns=plan_h.STATIC_COLUMNS)
    details = gr.Markdown(elem_id="pma-plan-details")
    with gr.Accordion("Decide on an item (accepted and edited items can teach the model)", open=False,
                      elem_id="pma-plan-decide"):
        pick = gr.Dropdown(label="Item", choices=[], elem_id="pma-plan-item")
        story = gr.Textbox(label="User story", lines=2, elem_id="pma-plan-story")
        criteria = gr.Textbox(label="Acceptance criteria (one per line)", lines=4, elem_id="pma-plan-criteria")
        metric = gr.Textbox(label="Success metric", lines=2, elem_id="pma-plan-metric")
        experiment = gr.Textbox(label="Experiment", lines=2, elem_id="pma-plan-experiment")
        with gr.Row():
            accept = gr.Button("Accept (with my edits)", variant="primary", elem_id="pma-plan-accept")
            reject = gr.Button("Reject", variant="stop", elem_id="pma-plan-reject")
        decided = gr.Markdown(elem_id="pma-plan-decisions")
    with gr.Row():
        fmt = gr.Radio(["Markdown", "JSON", "CSV"], value="Markdown", label="Export format")
        export = gr.Button("Export plan")
        out = gr.File(label="Plan", interactive=False, visible=False)
    views = [table, plan, status, details, pick, decided]
    texts = [story, criteria, metric, experiment]

    def run_draft(n):
        try:
            return show(plan_h.draft(services, None, top=int(n or 5)), services)
        except UserError as exc:
            raise gr.Error(str(exc)) from None

    def picked(current, item_id):
        if current is None or item_id is None:
            return ("",) * 4
        try:
            return plan_h.item_text(services, current, item_id)
        except UserError as exc:
            raise gr.Error(str(exc)) from None

    def record(current, item_id, reject_it, *fields):
        try:
            done = plan_h.decide(services, current, item_id, reject=reject_it, **dict(zip(
                ("story", "criteria", "metric", "experiment"), fields)))
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        gr.Info(done)
        return plan_h.decisions_summary(services, current)

    def edited(current, frame):
        if current is None:
            return gr.Dataframe(), current, gr.Markdown()
        rows = frame.values.tolist() if hasattr(frame, "values") else list(frame or [])
        try:
            current = plan_h.apply_efforts(current, rows)
        except UserError as exc:
            gr.Warning(str(exc))
        return frame_of(current), current, plan_h.details(current)

    def do_export(current, name):
        try:
            return gr.File(value=str(plan_h.export(services, current, name)))
        except UserError as exc:
            raise gr.Error(str(exc)) from None

    draft.click(run_draft, top, views, api_name="draft_plan")
    table.input(edited, [plan, table], [table, plan, details], api_name="edit_plan")
    export.click(do_export, [plan, fmt], out, api_name="export_plan")
    pick.change(picked, [plan, pick], texts, api_name="plan_item_text")
    accept.click(lambda cur, i, *f: record(cur, i, False, *f), [plan, pick, *texts], decided, api_name="accept_item")
    reject.click(lambda cur, i, *f: record(cur, i, True, *f), [plan, pick, *texts], decided, api_name="reject_item")
    return {"views": views}


def frame_of(plan: dict | None) -> pd.DataFrame:
    return pd.DataFrame(plan_h.table(plan), columns=plan_h.TABLE_COLUMNS)


def show(plan: dict, services: Services) -> tuple:
    """Values for ``views``: table, plan state, status line, details, item picker, decisions."""
    choices = plan_h.item_choices(plan)
    return (frame_of(plan), plan, plan_h.status_line(plan), plan_h.details(plan),
            gr.Dropdown(choices=choices, value=None), plan_h.decisions_summary(services, plan))
