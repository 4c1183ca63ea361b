"""What the browser UI does, as plain functions: no Gradio here, so every handler is testable directly.

``ui.app`` lays out components and calls these; each module covers one tab (``feedback``, ``chat``, ``themes``,
``plan``, ``finetune_jobs``, ``settings_view``), plus ``services`` (the shared, lazily loaded components),
``uploads`` (where uploaded files go) and ``security`` (binding and auth rules for ``pma ui``).
Problems a person can fix are raised as ``retrieval.errors.UserError``; the UI shows their one-line message.
"""

from ui.handlers.services import Services

__all__ = ["Services"]
