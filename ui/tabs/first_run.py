"""The first minute on the page: a banner with the example's loading progress (``ui.handlers.example``), and the
tabs refreshed as its steps finish (facets after the ingest, the Plan tab when the plan is drafted)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui.handlers import example as example_h
from ui.handlers.services import Services
from ui.tabs import plan


def build(services: Services) -> dict[str, Any]:
    """The banner and its poll timer; ``wire`` connects them to the other tabs once those exist."""
    loader = getattr(services, "example", None)
    banner = gr.Markdown(example_h.status_markdown(loader.snapshot()) if loader else "", elem_id="pma-first-run")
    timer = gr.Timer(value=1.0, active=bool(loader and loader.active))
    return {"banner": banner, "timer": timer}


def wire(app: gr.Blocks, services: Services, ui: dict[str, Any], plan_views: list, facets, facet_outputs: list
         ) -> None:
    """Poll the loader while it runs; show the latest plan on every page load."""
    loader = getattr(services, "example", None)

    def latest_plan():
        stored = example_h.latest_plan(services)
        return plan.show(stored, services) if stored else tuple(gr.skip() for _ in plan_views)

    app.load(latest_plan, None, plan_views, api_visibility="private", show_progress="hidden")
    if loader is None:
        return

    def poll(state):
        snap = loader.snapshot()
        done = tuple(snap["done"])
        active = snap["status"] in ("starting", "running")
        shown = [example_h.status_markdown(snap), gr.Timer(active=active), done]
        changed = done != tuple(state or ())
        facet_values = facets() if changed and "ingest" in done else tuple(gr.skip() for _ in facet_outputs)
        plan_values = latest_plan() if changed and "plan" in done else tuple(gr.skip() for _ in plan_views)
        return (*shown, *facet_values, *plan_values)

    steps = gr.State(())
    ui["timer"].tick(poll, steps, [ui["banner"], ui["timer"], steps, *facet_outputs, *plan_views],
                     api_visibility="private", show_progress="hidden")
    app.load(lambda: (example_h.status_markdown(loader.snapshot()), gr.Timer(active=loader.active)), None,
             [ui["banner"], ui["timer"]], api_visibility="private", show_progress="hidden")
