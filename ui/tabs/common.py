"""Pieces several tabs use: the filter form and turning a ``UserError`` into a notice."""

from __future__ import annotations

from typing import Any

import gradio as gr

from retrieval.errors import UserError
from ui.handlers import feedback as feedback_h

RATING_CHOICES: list[tuple[str, str]] = [("any", "")] + [(f"{n} ★", str(n)) for n in range(1, 6)]


def filter_inputs(prefix: str) -> dict[str, Any]:
    """Date range, source, rating and segment fields; ``["all"]`` lists them in ``filters_from`` order."""
    with gr.Row():
        since = gr.Textbox("", label="From", placeholder="YYYY-MM-DD", elem_id=f"{prefix}-since", min_width=110)
        until = gr.Textbox("", label="To", placeholder="YYYY-MM-DD", elem_id=f"{prefix}-until", min_width=110)
    # Custom values are allowed because the choices arrive per page load; a source that is not stored simply
    # matches nothing, and the segment goes through the same filter validation as the CLI.
    sources = gr.Dropdown(label="Source", choices=[], multiselect=True, allow_custom_value=True,
                          elem_id=f"{prefix}-source")
    with gr.Row():
        min_rating = gr.Dropdown(label="Min rating", choices=RATING_CHOICES, value="", min_width=90)
        max_rating = gr.Dropdown(label="Max rating", choices=RATING_CHOICES, value="", min_width=90)
    segment = gr.Dropdown(label="Segment", choices=[("any", "")], value="", allow_custom_value=True,
                          elem_id=f"{prefix}-segment")
    return {"sources": sources, "segment": segment,
            "all": [since, until, sources, min_rating, max_rating, segment]}


def filters_from(since, until, sources, min_rating, max_rating, segment):
    """The values of ``filter_inputs(...)["all"]`` as ``retrieval.filters.Filters`` (UserError on bad input)."""
    return feedback_h.make_filters(since=since, until=until, sources=sources, min_rating=min_rating,
                                   max_rating=max_rating, segment=segment)


def notice(fn, *args) -> str:
    """Run a handler that returns a one-line notice; a ``UserError`` becomes the notice."""
    try:
        return fn(*args)
    except UserError as exc:
        return f"⚠️ {exc}"
