"""The components the UI shares between browser sessions, built on first use.

One ``Services`` per server: one database handle, one embedding model, one language model per adapter (loaded once
and reused by every session), one fine-tuning job manager. Constructing it loads nothing, so ``build_app`` stays
fast and an import of ``ui.app`` never pulls in torch; ``warm_up()`` does the heavy part up front when the server
starts, so the first question does not pay for loading models.

Not handled: several processes sharing models (each ``pma ui`` process loads its own).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from retrieval.settings import Settings


class Services:
    """Lazily built components. ``llm`` may be given (any object with the ``assistant.llm.LLM`` shape)."""

    def __init__(self, settings: Settings, *, llm: Any = None):
        self.settings = settings
        self._lock = threading.RLock()
        self._db = None
        self._searcher = None
        self._chats: dict[str | None, Any] = {}
        self._llms: dict[str | None, Any] = {} if llm is None else {settings.llm.adapter: llm}
        self._jobs = None
        self.example = None  # an ``ui.handlers.example.ExampleLoader`` when `pma ui --example` loads the example

    # ---- retrieval -------------------------------------------------------------------------------------------
    @property
    def db(self):
        from retrieval.db import Database

        return self._once("_db", lambda: Database(self.settings))

    @property
    def searcher(self):
        from retrieval.search import Searcher

        return self._once("_searcher", lambda: Searcher(self.settings, db=self.db))

    @property
    def embedder(self):
        return self.searcher.embedder

    # ---- language model and chat ---------------------------------------------------------------------------
    def settings_for(self, adapter: str | None) -> Settings:
        """The settings with ``llm.adapter`` replaced (``None`` or "" means the base model alone)."""
        adapter = adapter or None
        if adapter == self.settings.llm.adapter:
            return self.settings
        return self.settings.model_copy(update={"llm": self.settings.llm.model_copy(update={"adapter": adapter})})

    def llm(self, adapter: str | None = None):
        """The language model for ``adapter`` (default: the configured one), shared by all sessions."""
        key = self._adapter_key(adapter)
        with self._lock:
            if key not in self._llms:
                from assistant.llm import get_llm

                self._llms[key] = get_llm(self.settings_for(key))
            return self._llms[key]

    def chat(self, adapter: str | None = None):
        """An ``assistant.chat.Chat`` using the shared searcher and the model for ``adapter``."""
        key = self._adapter_key(adapter)
        with self._lock:
            if key not in self._chats:
                from assistant.chat import Chat

                self._chats[key] = Chat(self.settings_for(key), llm=self.llm(key), searcher=self.searcher, db=self.db)
            return self._chats[key]

    def _adapter_key(self, adapter: str | None) -> str | None:
        if adapter is None:
            return self.settings.llm.adapter
        return adapter or None  # "" is the explicit "no adapter" choice

    # ---- fine-tuning -----------------------------------------------------------------------------------------
    @property
    def jobs(self):
        from ui.handlers.finetune_jobs import FinetuneJobs

        return self._once("_jobs", lambda: FinetuneJobs(self.settings))

    @property
    def uploads_dir(self) -> Path:
        return self.settings.uploads_dir

    def _once(self, attribute: str, build):
        """The component stored in ``attribute``, built by ``build()`` the first time (one build across threads)."""
        with self._lock:
            if getattr(self, attribute) is None:
                setattr(self, attribute, build())
            return getattr(self, attribute)

    def warm_up(self) -> None:
        """Load the embedding model and the language model now (called in the background when the server starts)."""
        self.embedder.warm_up()
        self.llm().warm_up()


def download_path(folder: Path, stem: str, fmt: str | None, formats: dict[str, str], what: str) -> Path:
    """``folder/STEM-YYYYmmdd-HHMMSS.EXT`` for a download in format ``fmt`` (a key of ``formats``, any case).

    Raises:
        UserError: ``fmt`` is not one of ``formats``.
    """
    from datetime import datetime

    from retrieval.errors import UserError

    suffix = formats.get((fmt or "").lower())
    if suffix is None:
        names = ", ".join(name.upper() if len(name) <= 4 else name.title() for name in formats)
        raise UserError(f"Unknown {what} format {fmt!r}.", hint=f"Use {names}.")
    return folder / f"{stem}-{datetime.now():%Y%m%d-%H%M%S}{suffix}"
