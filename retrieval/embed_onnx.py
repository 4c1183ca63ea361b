"""Sentence embeddings without torch: an ONNX export of the configured sentence-transformers model, run with
onnxruntime and tokenizers.

The export holds the model's whole sentence-transformers forward pass (transformer, pooling, normalisation, any
dense layer), so running it only needs the tokenizer, padding and one onnxruntime call: no torch, transformers or
scikit-learn import, which is what made every ``pma search`` take seconds before answering. It is made once per
model from a loaded ``SentenceTransformer`` (``export``), checked on a sample before it is used (same token ids,
cosine >= ``MIN_COSINE`` to the sentence-transformers vectors, one at a time and in padded batches), and cached
under ``$PMA_HOME/models/embeddings/<model>-<fingerprint>``. The fingerprint covers the model's files and the
installed sentence-transformers, transformers and tokenizers versions, so an upgrade makes a fresh, re-checked
export instead of silently drifting from the library.

Not handled here: deciding when to export or fall back (``retrieval.embed``); models whose tokenizer is not a fast
(Rust) tokenizer, that add a default prompt, or that take non-text input: ``export`` refuses them with a reason
and the caller keeps using sentence-transformers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

MIN_COSINE = 0.999
EXPORT_FILE = "export.json"
MAX_WORKERS = 8  # batches in flight at once; more CPUs split each batch (bounds the memory of batches in flight)
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Checked at export, besides a few of the texts being ingested: short and long (truncated), casing, accents,
# Chinese, emoji, numbers and stray whitespace, so tokenisation and padding differences would show.
CHECK_TEXTS = (
    "Offline maps never finish downloading on my Pixel",
    "Battery drains fast while GPS tracking is on",
    "LOVE the new trail photos!!! 😍😍",
    "Please add Apple Watch support",
    "app crashes on login after 4.3.1 update, tried reinstalling twice",
    "",
    "ok",
    "   leading and trailing spaces   ",
    "Café menu is confusing – the naïve user can't find export",
    "离线地图无法下载，每次都卡在百分之九十",
    "登录以后总是闪退",
    "Die App stürzt beim Synchronisieren ab",
    "La aplicación se cierra sola cuando abro el mapa",
    "order #12345 charged twice on 2026-09-03, refund 19.99 EUR",
    "Sync fails\nafter update\tagain",
    "dark mode please " * 3,
    " ".join(f"word{i} is part of a very long review that goes on" for i in range(60)),  # past the token limit
    "Great app. " * 40,
)


class ExportRefused(Exception):
    """The model cannot be exported or the export does not reproduce its vectors; the message says why."""


def fingerprint(name: str, folder: Path | None) -> str:
    """What the export depends on: the model name, its files (size and time) and the library versions."""
    from importlib import metadata

    parts = [name]
    for dist in ("sentence-transformers", "transformers", "tokenizers"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=none")
    if folder is not None and folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                st = path.stat()
                parts.append(f"{path.relative_to(folder)}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def export_dir(models_dir: Path, model_id: str, name: str, folder: Path | None) -> Path:
    """Where the export of the model configured as ``name`` (files in ``folder`` when local) lives."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", model_id.rstrip("/").split("/")[-1])[:60] or "model"
    return Path(models_dir) / "embeddings" / f"{slug}-{fingerprint(name, folder)}"


class OnnxEncoder:
    """Runs one export. Vectors are L2-normalised float32, like ``Embedder.encode``'s."""

    def __init__(self, folder: Path, *, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = Path(folder)
        self.meta = json.loads((self.folder / EXPORT_FILE).read_text(encoding="utf-8"))
        options = ort.SessionOptions()
        options.log_severity_level = 3
        # ``workers`` batches run at once (onnxruntime sessions take concurrent runs), each on one thread up to
        # MAX_WORKERS CPUs. Splitting every operator of one batch across threads makes them all wait for the
        # slowest: when PostgreSQL or a parser takes a core during an ingest, batches in parallel lose far less
        # (bench/results/ingest_speed.json).
        cpus = max(1, threads or _usable_cpus())
        self.workers = min(cpus, MAX_WORKERS)
        options.intra_op_num_threads = max(1, cpus // self.workers)
        options.inter_op_num_threads = 1
        self._pool = None
        self._pool_lock = threading.Lock()
        self.session = ort.InferenceSession(str(self.folder / "model.onnx"), options,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        self.inputs = list(self.meta["inputs"])
        self.pad_id = int(self.meta["pad_id"])
        self.dim = int(self.meta["dim"])

    def encode(self, texts: Sequence[str], batch_size: int = 64, max_tokens: int | None = None) -> np.ndarray:
        """Encode ``texts`` into an (n, dim) array, longest first in batches of at most ``batch_size`` texts and,
        when given, ``max_tokens`` padded tokens (see ``token_batches``); up to ``workers`` batches at once."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for picked, vectors in self.encode_batches(texts, batch_size, max_tokens):
            out[picked] = vectors
        return out

    def encode_batches(self, texts: Sequence[str], batch_size: int = 64,
                       max_tokens: int | None = None) -> Iterator[tuple[list[int], np.ndarray]]:
        """``encode`` batch by batch: yields (positions in ``texts``, their vectors) longest first, each as soon as
        it and the batches before it are done, while the workers go on with the next ones."""
        if not texts:
            return
        encodings = self.tokenizer.encode_batch(list(texts))
        batches = token_batches([len(e.ids) for e in encodings], batch_size, max_tokens)

        def run(picked: list[int]) -> tuple[list[int], np.ndarray]:
            return picked, self._run([encodings[i] for i in picked])

        if self.workers == 1 or len(batches) == 1:
            yield from map(run, batches)
        else:
            yield from self._workers().map(run, batches)  # longest first, each worker taking the next batch

    def _workers(self):
        with self._pool_lock:
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="pma-embed")
            return self._pool

    def _run(self, encodings) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        feeds = {name: np.zeros((len(encodings), width), dtype=np.int64) for name in self.inputs}
        if "input_ids" in feeds:
            feeds["input_ids"].fill(self.pad_id)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            if "input_ids" in feeds:
                feeds["input_ids"][row, :n] = e.ids
            if "attention_mask" in feeds:
                feeds["attention_mask"][row, :n] = e.attention_mask
            if "token_type_ids" in feeds:
                feeds["token_type_ids"][row, :n] = e.type_ids
        vectors = self.session.run(None, feeds)[0].astype(np.float32, copy=False)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


def _usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def token_batches(lengths: Sequence[int], max_rows: int, max_tokens: int | None = None) -> list[list[int]]:
    """Indices of texts with ``lengths`` (in tokens) grouped longest first into batches of at most ``max_rows`` texts
    and ``max_tokens`` padded tokens (a batch is as wide as its longest text; one text always makes a batch).

    A fixed number of texts per batch pads a whole batch to the one long review in it, and on a CPU a large batch
    also falls out of cache: a token budget gives long texts small batches and short ones large batches.
    bench/ingest_speed.py measures it against fixed batches.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches, start = [], 0
    while start < len(order):
        rows = max_rows
        if max_tokens:
            rows = min(rows, max(1, max_tokens // max(1, lengths[order[start]])))
        batches.append(order[start:start + rows])
        start += rows
    return batches


def load(folder: Path, *, threads: int | None = None) -> OnnxEncoder | None:
    """The export in ``folder``, or None when there is none (a half-written one never has ``export.json``)."""
    if not (Path(folder) / EXPORT_FILE).exists():
        return None
    return OnnxEncoder(folder, threads=threads)


def export(model, folder: Path, *, model_id: str, sample: Sequence[str] = ()) -> dict:
    """Export the loaded ``SentenceTransformer`` ``model`` to ``folder`` and check it; return its ``export.json``.

    The files are written to a temporary folder next to ``folder`` and renamed into place only after the check
    passed, so readers see a complete export or none. Needs torch (the caller has the model loaded anyway).

    Raises:
        ExportRefused: the model is not supported or the exported vectors differ (cosine < ``MIN_COSINE``).
    """
    import torch

    tokenizer = getattr(model, "tokenizer", None)
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        raise ExportRefused("its tokenizer is not a fast (Rust) tokenizer")
    if getattr(model, "default_prompt_name", None):
        raise ExportRefused("it adds a default prompt to every text")
    texts = list(CHECK_TEXTS) + [t for t in sample if isinstance(t, str)][:32]
    features = model.preprocess(texts[:2])
    names = [k for k in _INPUTS if isinstance(features.get(k), torch.Tensor)]
    if "input_ids" not in names:
        raise ExportRefused("it does not take token ids")
    max_length = model.max_seq_length or tokenizer.model_max_length
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        started = time.perf_counter()
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes about shapes; the check below is what counts
            torch.onnx.export(_forward_module(model, names), tuple(features[k] for k in names), str(tmp / "model.onnx"),
                              input_names=names, output_names=["sentence_embedding"], opset_version=17,
                              dynamic_axes={k: {0: "batch", 1: "tokens"} for k in names}, dynamo=False)
        tok = type(backend).from_str(backend.to_str())
        tok.no_padding()
        tok.enable_truncation(int(max_length))
        tok.save(str(tmp / "tokenizer.json"))
        dim = int(model.get_embedding_dimension() if hasattr(model, "get_embedding_dimension")
                  else model.get_sentence_embedding_dimension())
        meta = {"model": model_id, "inputs": names, "pad_id": int(tokenizer.pad_token_id or 0), "dim": dim,
                "max_tokens": int(max_length), "exporter": f"torch.onnx (TorchScript) torch {torch.__version__}",
                "export_seconds": round(time.perf_counter() - started, 2)}
        (tmp / EXPORT_FILE).write_text(json.dumps(meta), encoding="utf-8")
        meta["check"] = _check(model, OnnxEncoder(tmp), texts)
        meta["check_seconds"] = round(time.perf_counter() - started - meta["export_seconds"], 2)
        (tmp / EXPORT_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
        if folder.exists():  # a broken earlier export (the caller holds the export lock)
            shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
        return meta
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _forward_module(model, names: list[str]):
    """The sentence-transformers forward pass with positional tensor arguments (what the exporter traces)."""
    import torch

    class Forward(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, *inputs):
            return self.model({**dict(zip(names, inputs)), "modality": "text"})["sentence_embedding"]

    return Forward().eval()


def _check(model, encoder: OnnxEncoder, texts: list[str]) -> dict:
    """Same token ids as sentence-transformers, and vectors within ``MIN_COSINE`` alone and in padded batches."""
    features = model.preprocess(texts)
    ids, mask = features["input_ids"].numpy(), features["attention_mask"].numpy()
    for row, enc in enumerate(encoder.tokenizer.encode_batch(texts)):
        theirs = ids[row][mask[row].astype(bool)].tolist()
        if enc.ids != theirs:
            raise ExportRefused(f"its tokenizer gives other token ids than sentence-transformers for {texts[row]!r}")
    reference = np.asarray(model.encode(texts, batch_size=8, normalize_embeddings=True, convert_to_numpy=True,
                                        show_progress_bar=False), dtype=np.float32)
    batched = encoder.encode(texts, batch_size=8)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    worst = float(min((reference * batched).sum(1).min(), (reference * alone).sum(1).min()))
    if not worst >= MIN_COSINE:
        raise ExportRefused(f"exported vectors differ from sentence-transformers (cosine {worst:.5f} < {MIN_COSINE})")
    return {"texts": len(texts), "min_cosine": round(worst, 7), "same_token_ids": True}
