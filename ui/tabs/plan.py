"""Plan tab: the iteration plan as a RICE table with editable effort (score and rank recomputed), item details,
and exports to Markdown, JSON and CSV."""

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
    with gr.Row():
        fmt = gr.Radio(["Markdown", "JSON", "CSV"], value="Markdown", label="Export format")
        export = gr.Button("Export plan")
        out = gr.File(label="Plan", interactive=False, visible=False)
    views = [table, plan, status, details]

    def run_draft(n):
        try:
            return show(plan_h.draft(services, None, top=int(n or 5)))
        except UserError as exc:
            raise gr.Error(str(exc)) from None

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
    return {"views": views}


def frame_of(plan: dict | None) -> pd.DataFrame:
    return pd.DataFrame(plan_h.table(plan), columns=plan_h.TABLE_COLUMNS)


def show(plan: dict) -> tuple:
    """Values for ``views``: table, plan state, status line, details."""
    return frame_of(plan), plan, plan_h.status_line(plan), plan_h.details(plan)
