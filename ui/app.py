"""The browser UI: ``build_app(settings, services)`` lays out the tabs with ``gr.Blocks``; ``launch`` serves it.

Layout only: each tab lives in ``ui.tabs.<name>`` and every click calls a plain function in ``ui.handlers`` (no
Gradio there); a ``UserError`` from them becomes a one-line notice in the page. Building the app loads no model:
``Services`` loads the embedding model and the LLM on first use (``pma ui`` warms them up in the background).

A banner above the tabs shows the example loading on a fresh install (``pma ui --example``, what `make run`
starts). Tabs: Chat (streamed, cited answers with filters, chips, thumbs, plan drafting), Feedback (upload, ingest,
browse), Themes (summary, charts, rename/merge, report downloads), Plan (RICE table, editable effort, exports),
Fine-tune (background LoRA job with a live loss chart), Settings (what it runs on, secrets masked).

Not handled here: binding and auth rules (``ui.handlers.security``), upload storage (``ui.handlers.uploads``).
"""

from __future__ import annotations

import gradio as gr

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.handlers import feedback as feedback_h
from ui.handlers import plan as plan_h
from ui.handlers.security import check_bind
from ui.handlers.services import Services
from ui.tabs import chat, feedback, finetune, first_run, plan, themes
from ui.tabs import settings as settings_tab_ui
from ui.tabs.common import filters_from

TITLE = "PM Assistant"
CSS = """
.pma-model {opacity: .85; font-size: .9em}
.pma-chips .wrap {gap: 6px !important}
.pma-chips label {border-radius: 999px !important; padding: 2px 12px !important; font-size: .85em !important;
                  border: 1px solid var(--color-accent) !important; cursor: pointer}
.pma-chips label.selected {background: var(--color-accent) !important; color: white !important}
.pma-chips input[type=radio] {display: none}
.pma-card {border-left: 3px solid var(--color-accent); padding-left: 12px}
.pma-note {font-size: .9em; opacity: .85}
.pma-chart {background: var(--block-background-fill); border: 1px solid var(--block-border-color);
            border-radius: var(--block-radius); padding: 10px}
.pma-chart svg {max-width: 100%; height: auto}
"""
QUEUE_MAX = 64  # waiting requests beyond this are refused with "queue full" rather than piling up


def build_app(settings: Settings, services: Services | None = None) -> gr.Blocks:
    """The whole UI as a ``gr.Blocks``; nothing heavy is loaded until a handler needs it.

    Example:
        >>> launch(build_app(Settings()), Settings(), host="127.0.0.1", port=7860, auth=None)  # doctest: +SKIP
    """
    services = services or Services(settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        gr.Markdown(f"# {TITLE}\nAsk about customer feedback, see its themes, draft the next iteration plan.")
        first_run_ui = first_run.build(services)
        with gr.Tabs() as tabs:
            with gr.Tab("Chat", id="chat"):
                chat_ui = chat.build(services)
            with gr.Tab("Feedback", id="feedback") as feedback_tab:
                feedback_ui = feedback.build(services, feedback_tab)
            with gr.Tab("Themes", id="themes") as themes_tab:
                themes.build(services, themes_tab)
            with gr.Tab("Plan", id="plan"):
                plan_ui = plan.build(services)
            with gr.Tab("Fine-tune", id="finetune"):
                finetune_ui = finetune.build(services)
            with gr.Tab("Settings", id="settings") as settings_tab:
                settings_tab_ui.build(services, settings_tab)

        # Cross-tab wiring: stored feedback sets the filter choices (again after an ingest); a finished adapter
        # shows up in Chat; "Draft iteration plan" in Chat fills the Plan tab and switches to it.
        facet_outputs = [chat_ui["filters"]["sources"], chat_ui["filters"]["segment"],
                         feedback_ui["filters"]["sources"], feedback_ui["filters"]["segment"]]
        facets = _facets(services)
        app.load(facets, None, facet_outputs, api_visibility="private", show_progress="hidden")
        app.load(lambda a: chat.model_line(services, a), chat_ui["adapter"], chat_ui["model"],
                 api_visibility="private", show_progress="hidden")
        app.load(lambda: chat.example_samples(services), None, chat_ui["examples"], api_visibility="private",
                 show_progress="hidden")
        feedback_ui["ingested"].success(facets, None, facet_outputs, api_visibility="private",
                                        show_progress="hidden")
        finetune_ui["polled"].then(_adapters_when_done(services), finetune_ui["job_id"], chat_ui["adapter"],
                                   api_visibility="private", show_progress="hidden")
        first_run.wire(app, services, first_run_ui, plan_ui["views"], facets, facet_outputs)
        chat_ui["plan_button"].click(_draft_from_chat(services), [chat_ui["history"], *chat_ui["filters"]["all"]],
                                     [chat_ui["history"], *plan_ui["views"], tabs], api_name="chat_plan")
    app.pma_services = services  # `pma ui` warms these up; tests reach the shared components through the app
    return app


def launch(app: gr.Blocks, settings: Settings, *, host: str, port: int | None, auth: tuple[str, str] | None,
           prevent_thread_lock: bool = False, quiet: bool = False):
    """Serve ``app``: loopback unless ``auth`` is given, upload size limit, queue with a concurrency limit.

    Returns what ``gr.Blocks.launch`` returns: ``(fastapi_app, local_url, share_url)``.
    """
    check_bind(host, auth)
    app.queue(default_concurrency_limit=settings.ui.concurrency_limit, max_size=QUEUE_MAX)
    served = [settings.rejects_dir, settings.reports_dir, settings.home / "exports"]  # downloads come from here
    for folder in served:
        folder.mkdir(parents=True, exist_ok=True)
    return app.launch(
        server_name=host, server_port=port, auth=auth, auth_message="PM Assistant: sign in" if auth else None,
        max_file_size=int(settings.ui.max_upload_mb * 1024 * 1024), allowed_paths=[str(p) for p in served],
        blocked_paths=[str(settings.pg_dir), str(settings.uploads_dir)], prevent_thread_lock=prevent_thread_lock,
        quiet=quiet, show_error=True, share=False, inbrowser=False, ssr_mode=False, mcp_server=False, pwa=False,
        enable_monitoring=False, footer_links=["api"], theme=gr.themes.Soft(primary_hue="indigo"), css=CSS,
    )


def _facets(services: Services):
    def refresh():
        try:
            f = feedback_h.facets(services)
        except UserError:
            f = {"sources": [], "segments": []}
        segments = [("any", "")] + [(s, s) for s in f["segments"]]
        return (gr.Dropdown(choices=f["sources"]), gr.Dropdown(choices=segments),
                gr.Dropdown(choices=f["sources"]), gr.Dropdown(choices=segments))

    return refresh


def _adapters_when_done(services: Services):
    def refresh(job_id):
        job = services.jobs.get(job_id)
        if job is None or job.status != "done":
            return gr.Dropdown()
        return gr.Dropdown(choices=chat.adapter_choices(services))

    return refresh


def _draft_from_chat(services: Services):
    def draft(hist, *filter_values):
        hist = list(hist or [])
        try:
            drafted = plan_h.draft(services, filters_from(*filter_values))
        except UserError as exc:
            hist.append({"role": "assistant", "content": f"⚠️ {exc}"})
            return (hist, gr.Dataframe(), gr.State(), gr.Markdown(), gr.Markdown(), gr.Dropdown(), gr.Markdown(),
                    gr.Tabs())
        hist.append({"role": "assistant", "content": plan_h.chat_summary(drafted)})
        return hist, *plan.show(drafted, services), gr.Tabs(selected="plan")

    return draft
