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

    # ---- retrieval -------------------------------------------------------------------------------------------
    @property
    def db(self):
        with self._lock:
            if self._db is None:
                from retrieval.db import Database

                self._db = Database(self.settings)
            return self._db

    @property
    def searcher(self):
        with self._lock:
            if self._searcher is None:
                from retrieval.search import Searcher

                self._searcher = Searcher(self.settings, db=self.db)
            return self._searcher

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
        with self._lock:
            if self._jobs is None:
                from ui.handlers.finetune_jobs import FinetuneJobs

                self._jobs = FinetuneJobs(self.settings)
            return self._jobs

    @property
    def uploads_dir(self) -> Path:
        return self.settings.uploads_dir

    def warm_up(self) -> None:
        """Load the embedding model and the language model now (called in the background when the server starts)."""
        self.embedder.warm_up()
        self.llm().warm_up()
