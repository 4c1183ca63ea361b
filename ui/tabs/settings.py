"""Settings tab: what the assistant runs on (LLM, adapter, embedding model, database), secrets masked."""

from __future__ import annotations

import gradio as gr
import pandas as pd

from retrieval.errors import UserError
from ui.handlers import settings_view
from ui.handlers.services import Services

COLUMNS = ["setting", "value", "how to change"]


def build(services: Services, tab: gr.Tab) -> None:
    gr.Markdown("What the assistant runs on. Change values in `pma.toml` or with `PMA_*` environment variables and "
                "restart `pma ui`; secrets are never shown. The adapter can also be switched per session in Chat.")
    table = gr.Dataframe(headers=COLUMNS, interactive=False, wrap=True, elem_id="pma-settings-table")
    with gr.Accordion("All effective settings (same as `pma config --json`)", open=False):
        raw = gr.JSON()

    def show():
        try:
            return pd.DataFrame(settings_view.overview(services), columns=COLUMNS), settings_view.effective(services)
        except UserError as exc:
            gr.Warning(str(exc))
            return gr.Dataframe(), gr.JSON()

    tab.select(show, None, [table, raw], api_name="settings", show_progress="hidden")
