"""`pma finetune prepare`: inputs -> a validated, deduplicated, redacted train/eval dataset on disk.

Steps: read and validate every file (``finetune.sources``), redact PII exactly as ingestion does
(``retrieval.redact``, on unless ``settings.retrieval.redact_pii`` is off), cut documents into chunks of about
``chunk_tokens`` tokens at paragraph boundaries, drop exact duplicates, split train/eval with a seed, and save with
``datasets.DatasetDict.save_to_disk``. A manifest (``finetune_data.json``: sources, counts, data hash, token-length
statistics) is written beside the dataset; the data hash ends up in every model card trained from it.

Not handled here: tokenising for training (the trainer does that, with the base's tokenizer and the run's
``max_length``), near-duplicate detection.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from finetune.sources import Example, ReadResult, read_inputs
from retrieval.errors import UserError
from retrieval.settings import Settings

MANIFEST = "finetune_data.json"
COLUMNS = ("messages", "text", "source")


@dataclass
class PrepareReport:
    out: str
    examples: int
    train: int
    eval: int
    chats: int
    documents_chunks: int
    duplicates_removed: int
    skipped_not_good: int
    redactions: dict[str, int]
    data_hash: str
    token_stats: dict[str, Any]
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def prepare(inputs: list[Path | str], out: Path | str, *, settings: Settings, base: str | None = None,
            eval_fraction: float = 0.1, seed: int | None = None, chunk_tokens: int = 512, redact: bool | None = None,
            force: bool = False, extra: ReadResult | None = None) -> PrepareReport:
    """Build and save the dataset; return counts and statistics.

    Args:
        inputs: files or folders (chat JSONL, Alpaca JSON, question/answer CSV, .md/.txt documents).
        out: folder to write (refused if it exists, unless ``force``).
        settings: effective settings (redaction switch, base model, seed, models cache).
        base: tokenizer source for chunking and statistics (default ``settings.finetune.base_model``).
        eval_fraction: share of examples held out for evaluation (at least one).
        seed: split seed (default ``settings.finetune.seed``).
        chunk_tokens: target size of document chunks.
        redact: override ``settings.retrieval.redact_pii``.
        extra: examples already read elsewhere, e.g. ``sources.from_conversations(rows)``.

    Example:
        >>> prepare(["examples/finetune_chat.jsonl"], "data/ft", settings=Settings())  # doctest: +SKIP
    """
    out = Path(out)
    if not 0 < eval_fraction < 1:
        raise UserError(f"--eval-fraction must be between 0 and 1 (got {eval_fraction}).")
    _check_out(out, force)
    read = read_inputs(inputs) if inputs else ReadResult(examples=[])
    if extra is not None:
        read.examples += extra.examples
        read.skipped_not_good += extra.skipped_not_good
    if not read.examples:
        where = ", ".join(str(p) for p in inputs) or "the given conversations"
        raise UserError(f"No training examples found in {where}.", hint="Check the files contain rows (and rows marked good).")

    counts: Counter[str] = Counter()
    if settings.retrieval.redact_pii if redact is None else redact:
        read.examples = [_redact(ex, counts) for ex in read.examples]

    from finetune.base_model import load_tokenizer, resolve_base

    tokenizer = load_tokenizer(resolve_base(base, settings))
    examples = []
    for ex in read.examples:
        examples += [ex] if ex.messages else _chunk(tokenizer, ex, chunk_tokens)
    unique, seen = [], set()
    for ex in examples:
        key = _key(ex)
        if key not in seen:
            seen.add(key)
            unique.append(ex)
    if len(unique) < 2:
        raise UserError(f"Only {len(unique)} distinct example(s) after removing duplicates; need at least 2 "
                        "(one to train on, one to evaluate).")

    seed = settings.finetune.seed if seed is None else seed
    order = list(range(len(unique)))
    random.Random(seed).shuffle(order)
    n_eval = min(len(unique) - 1, max(1, round(len(unique) * eval_fraction)))
    eval_rows = [unique[i] for i in order[:n_eval]]
    train_rows = [unique[i] for i in order[n_eval:]]

    from datasets import Dataset, DatasetDict

    def to_ds(rows: list[Example]) -> Any:
        return Dataset.from_list([_row(ex) for ex in rows], features=_features())

    data = DatasetDict({"train": to_ds(train_rows), "eval": to_ds(eval_rows)})
    stats = _token_stats(tokenizer, unique)
    report = PrepareReport(
        out=str(out), examples=len(unique), train=len(train_rows), eval=len(eval_rows),
        chats=sum(1 for ex in unique if ex.messages), documents_chunks=sum(1 for ex in unique if not ex.messages),
        duplicates_removed=len(examples) - len(unique), skipped_not_good=read.skipped_not_good,
        redactions=dict(counts), data_hash=data_hash(train_rows, eval_rows), token_stats=stats,
        sources=sorted({ex.source.split(",")[0] for ex in unique}),
    )
    if out.exists():
        shutil.rmtree(out)
    from datasets.utils.logging import disable_progress_bar, enable_progress_bar, is_progress_bar_enabled

    shown = is_progress_bar_enabled()
    disable_progress_bar()  # two instant bars per split are noise next to the printed report
    try:
        data.save_to_disk(str(out))
    finally:
        if shown:
            enable_progress_bar()
    (out / MANIFEST).write_text(json.dumps({**report.to_dict(), "seed": seed, "eval_fraction": eval_fraction,
                                            "tokenizer": tokenizer.name_or_path}, indent=2) + "\n", encoding="utf-8")
    return report


def load_prepared(data_dir: Path | str) -> tuple[Any, dict[str, Any]]:
    """The saved ``DatasetDict`` and its manifest; UserError if the folder is not a prepared dataset."""
    data_dir = Path(data_dir)
    if not (data_dir / "dataset_dict.json").exists():
        raise UserError(f"{data_dir}: not a prepared dataset.",
                        hint="Create one with `pma finetune prepare INPUT... --out DATA_DIR`.")
    from datasets import load_from_disk

    data = load_from_disk(str(data_dir))
    for split in ("train", "eval"):
        if split not in data or len(data[split]) == 0:
            raise UserError(f"{data_dir}: split '{split}' is missing or empty.", hint="Run `pma finetune prepare` again.")
        missing = [c for c in COLUMNS if c not in data[split].column_names]
        if missing:
            raise UserError(f"{data_dir}, split '{split}': missing field(s) {', '.join(missing)}.",
                            hint="Run `pma finetune prepare` again.")
    manifest_path = data_dir / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    if "data_hash" not in manifest:
        manifest["data_hash"] = data_hash([Example(**r) for r in data["train"]], [Example(**r) for r in data["eval"]])
    return data, manifest


def data_hash(train: list[Example], eval_: list[Example]) -> str:
    h = hashlib.sha256()
    for split, rows in (("train", train), ("eval", eval_)):
        for ex in rows:
            h.update(f"{split}\t{_key(ex)}\n".encode())
    return h.hexdigest()[:16]


# ---- helpers ------------------------------------------------------------------------------------------------
def _check_out(out: Path, force: bool) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        if not force:
            raise UserError(f"{out} already exists.", hint="Choose another --out or pass --force to replace it.")
        if out.is_dir() and not (out / "dataset_dict.json").exists():
            raise UserError(f"{out} exists and is not a prepared dataset; refusing to delete it even with --force.")


def _redact(ex: Example, counts: Counter[str]) -> Example:
    from retrieval.redact import redact

    def clean(text: str) -> str:
        new, found = redact(text)
        counts.update(found)
        return new

    if ex.messages:
        return Example(messages=[{**m, "content": clean(m["content"])} for m in ex.messages], source=ex.source)
    return Example(text=clean(ex.text), source=ex.source)


def _chunk(tokenizer: Any, ex: Example, chunk_tokens: int) -> list[Example]:
    """Split a document at blank lines into chunks of at most ``chunk_tokens`` tokens (long paragraphs are cut)."""
    pieces: list[tuple[str, int]] = []
    for para in (p.strip() for p in ex.text.split("\n\n")):
        if not para:
            continue
        ids = tokenizer(para, add_special_tokens=False)["input_ids"]
        for i in range(0, len(ids), chunk_tokens):
            part = ids[i:i + chunk_tokens]
            pieces.append((para if len(ids) <= chunk_tokens else tokenizer.decode(part), len(part)))
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for text, n in pieces:
        if current and size + n > chunk_tokens:
            chunks.append("\n\n".join(current))
            current, size = [], 0
        current.append(text)
        size += n
    if current:
        chunks.append("\n\n".join(current))
    return [Example(text=c, source=f"{ex.source}, chunk {i}") for i, c in enumerate(chunks, start=1)]


def _key(ex: Example) -> str:
    return json.dumps(ex.messages, ensure_ascii=False, sort_keys=True) if ex.messages else ex.text


def _row(ex: Example) -> dict[str, Any]:
    return {"messages": ex.messages, "text": ex.text, "source": ex.source}


def _features() -> Any:
    from datasets import Features, Value

    return Features({"messages": [{"role": Value("string"), "content": Value("string")}],
                     "text": Value("string"), "source": Value("string")})


def _token_stats(tokenizer: Any, examples: list[Example]) -> dict[str, Any]:
    from finetune.encode import token_count

    lengths = sorted(token_count(tokenizer, {"messages": ex.messages, "text": ex.text}) for ex in examples)

    def pct(p: float) -> int:
        return lengths[min(len(lengths) - 1, int(p * len(lengths)))]

    return {"count": len(lengths), "min": lengths[0], "mean": round(sum(lengths) / len(lengths), 1),
            "p50": pct(0.5), "p95": pct(0.95), "max": lengths[-1], "total": sum(lengths),
            "over_512": sum(1 for n in lengths if n > 512), "over_1024": sum(1 for n in lengths if n > 1024)}
