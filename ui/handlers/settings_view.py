"""Settings tab: what the assistant runs on, with secrets masked.

Read-only on purpose: settings come from ``pma.toml`` and ``PMA_*`` variables so the CLI and the UI always agree;
the tab shows where each value can be changed. The adapter is the exception a PM needs day to day, and it is
chosen per session in the Chat tab.
"""

from __future__ import annotations

from typing import Any

from ui.handlers.services import Services


def overview(services: Services) -> list[list[str]]:
    """``[setting, value, how to change]`` rows for the main choices."""
    s = services.settings
    masked = s.masked()
    llm = masked["llm"]
    rows = [
        ["LLM backend", llm["backend"], "PMA_LLM_BACKEND (local | openai)"],
        ["LLM model", llm["model"], "PMA_LLM_MODEL"],
        ["LoRA adapter", llm["adapter"] or "none", "PMA_LLM_ADAPTER, or per session in the Chat tab"],
        ["LLM device", llm["device"], "PMA_LLM_DEVICE"],
        ["LLM weights", llm["dtype"], "PMA_LLM_DTYPE"],
        ["Max new tokens", str(llm["max_new_tokens"]), "PMA_LLM_MAX_NEW_TOKENS"],
    ]
    if llm["backend"] == "openai":
        rows += [["Server URL", llm["base_url"] or "(not set)", "PMA_LLM_BASE_URL"],
                 ["API key", llm["api_key"] or "(not set)", "PMA_LLM_API_KEY"]]
    rows += [
        ["Embedding model", masked["retrieval"]["embedding_model"], "PMA_EMBEDDING_MODEL (then `pma reindex`)"],
        ["Database", services.db.describe(), "PMA_DATABASE_URL (empty: embedded in $PMA_HOME/pg)"],
        ["Data folder", str(s.home), "PMA_HOME"],
        ["Uploads", str(s.uploads_dir), "inside PMA_HOME"],
        ["Upload limit", f"{s.ui.max_upload_mb:g} MB", "PMA_UI_MAX_UPLOAD_MB"],
        ["Concurrent chat requests", str(s.ui.concurrency_limit), "PMA_UI_CONCURRENCY_LIMIT"],
        ["UI password", masked["ui"]["auth"] or "none (loopback only)", "pma ui --auth USER:PASS or PMA_UI_AUTH"],
    ]
    return rows


def effective(services: Services) -> dict[str, Any]:
    """All effective settings as JSON, secrets shown as '****' (the same as `pma config --json`)."""
    return services.settings.masked()
