"""Feedback tab: upload and ingest exports with a progress bar, then browse, search and open stored items."""

from __future__ import annotations

from typing import Any

import gradio as gr
import pandas as pd

from retrieval.errors import UserError
from ui.handlers import feedback as feedback_h
from ui.handlers.services import Services
from ui.handlers.uploads import FEEDBACK_TYPES
from ui.tabs.common import filter_inputs, filters_from


def build(services: Services, tab: gr.Tab) -> dict[str, Any]:
    limit = services.settings.ui.max_upload_mb
    gr.Markdown(f"### Add feedback\nUpload exports (CSV, TSV, JSON, JSONL, XLSX, TXT, Markdown; up to {limit:g} MB each). "
                "Personal data is redacted, duplicates are linked, and nothing leaves this machine.")
    with gr.Row():
        files = gr.File(label="Feedback exports", file_count="multiple", file_types=list(FEEDBACK_TYPES),
                        elem_id="pma-upload", scale=3, height=140)
        with gr.Column(scale=1):
            source = gr.Textbox(label="Source label (optional)", placeholder="default: the export's source column")
            ingest = gr.Button("Ingest", variant="primary", elem_id="pma-ingest")
    result = gr.Markdown(elem_id="pma-ingest-result")
    rejects = gr.File(label="Rejected rows (with reasons)", file_count="multiple", visible=False, interactive=False,
                      elem_id="pma-rejects")
    with gr.Accordion("Remove a file loaded by mistake", open=False):
        with gr.Row():
            # choices come per session (tab select, ingest); a run id from the API is checked by the handler
            stored = gr.Dropdown(label="Ingested file", choices=[], allow_custom_value=True, scale=3,
                                 elem_id="pma-remove-file")
            sure = gr.Checkbox(label="Yes, remove its feedback", scale=1, elem_id="pma-remove-sure")
            remove = gr.Button("Remove", variant="stop", scale=1, elem_id="pma-remove")
        removed = gr.Markdown(elem_id="pma-remove-result")
    gr.Markdown("### Stored feedback")
    summary = gr.Markdown(elem_id="pma-feedback-summary")
    with gr.Row():
        query = gr.Textbox(label="Search", placeholder="words or meaning, any language (empty: newest first)", scale=4)
        search = gr.Button("Search", scale=1, min_width=80)
    with gr.Accordion("Filters", open=False):
        filters = filter_inputs("feedback")
    table = gr.Dataframe(headers=feedback_h.TABLE_COLUMNS, interactive=False, wrap=True, max_height=520,
                         column_widths=["7%", "10%", "12%", "6%", "7%", "7%", "51%"], elem_id="pma-feedback-table")
    card = gr.Markdown(elem_classes="pma-card")

    def run_ingest(uploaded, label, progress=gr.Progress()):
        paths = [getattr(f, "name", f) for f in (uploaded or [])]
        try:
            report = feedback_h.ingest_uploads(services, paths, source=label,
                                               on_progress=lambda frac, msg: progress(frac, desc=msg))
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return report.markdown(), gr.File(value=report.rejects or None, visible=bool(report.rejects))

    def run_browse(query, since, until, sources, min_rating, max_rating, segment):
        try:
            flt = filters_from(since, until, sources, min_rating, max_rating, segment)
            query, read_as = feedback_h.read_query(services, query)
            rows = feedback_h.browse(services, query, flt)
            summary = "\n\n".join(p for p in (feedback_h.overview(services), read_as) if p)
            return summary, pd.DataFrame(rows, columns=feedback_h.TABLE_COLUMNS)
        except UserError as exc:
            gr.Warning(str(exc))
            return gr.Markdown(), gr.Dataframe()

    def list_files(current=None):
        choices = feedback_h.stored_files(services)
        return gr.Dropdown(choices=choices, value=current if current in {c[1] for c in choices} else None)

    def run_remove(run_id, confirmed):
        try:
            text = feedback_h.remove_file(services, run_id, confirmed=bool(confirmed))
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return text, list_files(None if confirmed else run_id), gr.Checkbox(value=False)

    def open_row(evt: gr.SelectData):
        row = evt.row_value or []
        return feedback_h.item_card(services, row[0]) if row else ""

    browse_inputs = [query, *filters["all"]]
    ingested = ingest.click(run_ingest, [files, source], [result, rejects], api_name="ingest")
    ingested.success(run_browse, browse_inputs, [summary, table], api_visibility="private", show_progress="hidden")
    ingested.success(list_files, None, stored, api_visibility="private", show_progress="hidden")
    removal = remove.click(run_remove, [stored, sure], [removed, stored, sure], api_name="remove_file")
    removal.success(run_browse, browse_inputs, [summary, table], api_visibility="private", show_progress="hidden")
    search.click(run_browse, browse_inputs, [summary, table], api_name="browse")
    query.submit(run_browse, browse_inputs, [summary, table], api_visibility="private")
    table.select(open_row, None, card, api_visibility="private")
    tab.select(run_browse, browse_inputs, [summary, table], api_visibility="private", show_progress="hidden")
    tab.select(list_files, stored, stored, api_visibility="private", show_progress="hidden")
    return {"ingested": ingested, "filters": filters, "browse": (run_browse, browse_inputs, [summary, table])}
