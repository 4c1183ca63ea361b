"""Two panels under the Themes tab: "Your themes" (define, change, remove the PM's own themes) and "Did a release
fix it?" (feedback per theme before vs after a release). Layout only; the work is in ``ui.handlers.defined_themes``
and ``ui.handlers.impact``."""

from __future__ import annotations

import gradio as gr
import pandas as pd

from retrieval.errors import UserError
from ui.handlers import defined_themes as defined_h
from ui.handlers import impact as impact_h
from ui.handlers.services import Services


def build(services: Services, tab: gr.Tab) -> None:
    with gr.Accordion("Your themes: define your own taxonomy", open=True):
        gr.Markdown("Name a theme and say what belongs in it; every item is assigned with a confidence and the "
                    "sentence that supports it, and **Run summary** groups only what your themes do not cover.",
                    elem_classes="pma-note")
        table = gr.Dataframe(headers=defined_h.TABLE_COLUMNS, interactive=False, wrap=True,
                             elem_id="pma-defined-table")
        with gr.Row():
            name = gr.Textbox(label="Theme name", placeholder="e.g. Billing", elem_id="pma-defined-name", scale=1)
            criteria = gr.Textbox(label="Criteria (what belongs in it)", elem_id="pma-defined-criteria",
                                  placeholder="e.g. charged twice, refunds, price increase", scale=2)
            examples = gr.Textbox(label="Example items (optional)", placeholder="F12 F40", scale=1)
        with gr.Row():
            save = gr.Button("Save theme", variant="primary", elem_id="pma-defined-save", scale=0, min_width=160)
            pick = gr.Dropdown(label="Remove one of your themes", choices=[], value=None, scale=1)
            remove = gr.Button("Remove", size="sm", scale=0, min_width=100)
        result = gr.Markdown(elem_id="pma-defined-result", elem_classes="pma-card")

    with gr.Accordion("Did a release fix it?", open=True):
        gr.Markdown("Feedback per theme in the weeks before vs after a release, as a share of all feedback (a busy "
                    "week is not a spike), with an exact test. Items with an app version are placed by it.",
                    elem_classes="pma-note")
        with gr.Row():
            release = gr.Dropdown(label="Release (app version)", choices=[], value=None, elem_id="pma-impact-release")
            date = gr.Textbox(label="... or its date", placeholder="YYYY-MM-DD", elem_id="pma-impact-date")
            window = gr.Number(label="Days on each side", value=28, precision=0, minimum=1, maximum=365)
            run = gr.Button("Compare", variant="primary", elem_id="pma-impact-run", scale=0, min_width=120)
        impact = gr.Markdown(elem_id="pma-impact-result", elem_classes="pma-card")

    def refresh():
        try:
            found, releases = defined_h.rows(services), impact_h.release_choices(services)
        except UserError:
            return pd.DataFrame(columns=defined_h.TABLE_COLUMNS), gr.Dropdown(), gr.Dropdown()
        return (pd.DataFrame(found, columns=defined_h.TABLE_COLUMNS),
                gr.Dropdown(choices=[(f"#{r[0]} {r[1]}", r[0]) for r in found], value=None),
                gr.Dropdown(choices=releases, value=releases[0][1] if releases else None))

    def do_save(n, c, e, progress=gr.Progress()):
        progress(0, desc="assigning your feedback to your themes")
        try:
            done = defined_h.save(services, n, c, e)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return (defined_h.result_markdown(done), *refresh()[:2])

    def do_remove(theme_id):
        try:
            note = defined_h.remove(services, theme_id)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return (note, *refresh()[:2])

    def do_compare(version, when, days):
        try:
            return impact_h.impact_markdown(impact_h.release_impact(services, None if when else version, when, days))
        except UserError as exc:
            raise gr.Error(str(exc)) from None

    tab.select(refresh, None, [table, pick, release], api_visibility="private", show_progress="hidden")
    save.click(do_save, [name, criteria, examples], [result, table, pick], api_name="define_theme")
    remove.click(do_remove, pick, [result, table, pick], api_name="undefine_theme")
    run.click(do_compare, [release, date, window], impact, api_name="release_impact")
