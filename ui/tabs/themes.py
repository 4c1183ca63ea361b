"""Themes tab: run or refresh the summary with progress; theme sizes, weekly trend (with a marker per release) and
sentiment charts; theme detail with quotes; rename and merge; report downloads (HTML, Markdown, JSON); then your
own themes and a release's impact (``ui.tabs.theme_tools``)."""

from __future__ import annotations

import gradio as gr
import pandas as pd

from assistant.report.document import ThemesReport
from retrieval.errors import UserError
from ui.handlers import themes as themes_h
from ui.handlers.services import Services
from ui.tabs import theme_tools
from ui.tabs.common import filter_inputs, filters_from


def build(services: Services, tab: gr.Tab) -> None:
    gr.Markdown("Themes group **all** matching feedback, not just the top search hits. Numbers are computed in the "
                "database; the model only writes labels and summaries from quotes.")
    with gr.Row():
        with gr.Column(scale=1, min_width=260):
            filters = filter_inputs("themes")
            n_themes = gr.Number(label="Number of themes (0 = automatic)", value=0, precision=0, minimum=0)
            run = gr.Button("Run summary", variant="primary", elem_id="pma-run-summary")
            refresh = gr.Button("Refresh with new feedback", elem_id="pma-refresh-summary")
        with gr.Column(scale=3):
            status = gr.Markdown("No summary yet: click **Run summary**.", elem_id="pma-themes-status")
            # The report's own SVG charts: Gradio's native plots keep the first render's series and drop new
            # ones (a renamed or new theme would vanish from the trend chart), and these match the HTML report.
            sizes = _chart("Theme sizes", "pma-theme-sizes")
            trend = _chart("Weekly trend (largest themes)", "pma-theme-trend")
    sentiment = _chart("Sentiment by theme", "pma-theme-sentiment")
    table = gr.Dataframe(headers=themes_h.TABLE_COLUMNS, interactive=False, wrap=True, elem_id="pma-theme-table")
    with gr.Row():
        with gr.Column(scale=2):
            pick = gr.Dropdown(label="Theme detail", choices=[], value=None, elem_id="pma-theme-pick")
            detail = gr.Markdown(elem_classes="pma-card", elem_id="pma-theme-detail")
        with gr.Column(scale=1):
            new_label = gr.Textbox(label="Rename the selected theme to")
            rename = gr.Button("Rename", size="sm")
            merge_with = gr.Dropdown(label="Merge these themes into the selected one", choices=[], multiselect=True)
            merge = gr.Button("Merge", size="sm")
            edit_note = gr.Markdown(elem_classes="pma-note")
    with gr.Row():
        fmt = gr.Radio(["HTML", "Markdown", "JSON"], value="HTML", label="Report format")
        export = gr.Button("Download report")
        report_file = gr.File(label="Report", interactive=False, visible=False, elem_id="pma-report-file")
    report = gr.State(None)
    view_outputs = [status, sizes, trend, sentiment, table, pick, merge_with]

    def summarize(update: bool, n, filter_values, progress):
        progress(0, desc="reading feedback")
        try:
            flt = filters_from(*filter_values)
            rep = themes_h.run_summary(services, flt, n_themes=n, update=update)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return rep, *_shown(rep)

    def run_summary(themes, since, until, sources, min_rating, max_rating, segment,
                    progress=gr.Progress(track_tqdm=True)):
        return summarize(False, themes, (since, until, sources, min_rating, max_rating, segment), progress)

    def refresh_summary(themes, since, until, sources, min_rating, max_rating, segment,
                        progress=gr.Progress(track_tqdm=True)):
        return summarize(True, themes, (since, until, sources, min_rating, max_rating, segment), progress)

    def on_open(rep):
        rep = rep or themes_h.latest(services)
        return rep, *_shown(rep)

    def do_rename(rep, tid, label):
        try:
            rep = themes_h.rename(services, rep, tid, label)
        except UserError as exc:
            gr.Warning(str(exc))
            return rep, *_shown(rep), gr.Markdown()
        return rep, *_shown(rep, keep=tid), f"Renamed theme #{tid}."

    def do_merge(tid, others):
        try:
            return themes_h.merge(services, tid, others)
        except UserError as exc:
            gr.Warning(str(exc))
            return gr.Markdown()

    def do_export(rep, name):
        try:
            return gr.File(value=str(themes_h.export(services, rep, name)), visible=True)
        except UserError as exc:
            raise gr.Error(str(exc)) from None

    summary_inputs = [n_themes, *filters["all"]]
    run.click(run_summary, summary_inputs, [report, *view_outputs], api_name="summarize")
    refresh.click(refresh_summary, summary_inputs, [report, *view_outputs], api_name="refresh_summary")
    tab.select(on_open, report, [report, *view_outputs], api_visibility="private", show_progress="hidden")
    pick.change(themes_h.detail, [report, pick], detail, api_visibility="private")
    rename.click(do_rename, [report, pick, new_label], [report, *view_outputs, edit_note], api_visibility="private")
    merge.click(do_merge, [pick, merge_with], edit_note, api_visibility="private")
    export.click(do_export, [report, fmt], report_file, api_name="export_report")
    theme_tools.build(services, tab)  # your own themes; did a release fix it?


def _chart(title: str, elem_id: str) -> gr.HTML:
    with gr.Column(elem_classes="pma-chart"):
        gr.Markdown(f"**{title}**")
        return gr.HTML("", elem_id=elem_id, js_on_load=None)


def _shown(rep: ThemesReport | None, keep: int | None = None) -> tuple:
    if not rep:
        return ("No summary yet: click **Run summary**.", "", "", "", pd.DataFrame(),
                gr.Dropdown(choices=[], value=None), gr.Dropdown(choices=[], value=[]))
    choices = themes_h.theme_choices(rep)
    selected = keep if keep is not None else (choices[0][1] if choices else None)
    svg = themes_h.charts(rep)
    return (themes_h.status_line(rep), svg["sizes"], svg["trend"], svg["sentiment"],
            pd.DataFrame(themes_h.table_rows(rep), columns=themes_h.TABLE_COLUMNS),
            gr.Dropdown(choices=choices, value=selected), gr.Dropdown(choices=choices, value=[]))
