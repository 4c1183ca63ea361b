"""Read training examples from the formats PMs already have, validating every row.

Supported inputs:
- chat JSONL (``{"messages": [{"role": ..., "content": ...}, ...]}`` per line; rows with ``"good": false`` are
  skipped, so an export of the assistant's rated conversations can be fed in as is),
- Alpaca-style JSON or JSONL (``instruction``, optional ``input``, ``output``; optional ``system``),
- CSV with ``question`` and ``answer`` columns (optional ``system``),
- plain documents (``.md``, ``.txt``) for continued pre-training; chunking happens later, with the tokenizer,
- the assistant's stored conversations via ``from_conversations(rows)``,
- a PM's decisions on drafted plan items via ``from_decisions(rows)``.

Every problem is a ``UserError`` naming the file, the row and the field. This module never loads a tokenizer or a
model, so bad input fails in milliseconds. It does not deduplicate, redact or split: see ``prepare``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.errors import UserError

ROLES = ("system", "user", "assistant")
MAX_CSV_FIELD = 10 * 1024 * 1024  # one answer may be long; Python's csv default (128 KiB) is not a data limit
_SURROGATE = re.compile("[\ud800-\udfff]")
CHAT_SUFFIXES = (".jsonl", ".json")
CSV_SUFFIXES = (".csv",)
DOC_SUFFIXES = (".md", ".txt", ".markdown")


@dataclass
class Example:
    """One training example: a conversation, or a document text for continued pre-training."""

    messages: list[dict[str, str]] = field(default_factory=list)
    text: str = ""
    source: str = ""

    @property
    def kind(self) -> str:
        return "chat" if self.messages else "text"


@dataclass
class ReadResult:
    examples: list[Example]
    skipped_not_good: int = 0


def read_inputs(paths: Iterable[Path | str]) -> ReadResult:
    """Read and validate every input file (folders are searched for supported files)."""
    files = _expand(paths)
    out = ReadResult(examples=[])
    for path in files:
        suffix = path.suffix.lower()
        if suffix in CHAT_SUFFIXES:
            res = _read_json_rows(path)
            out.examples += res.examples
            out.skipped_not_good += res.skipped_not_good
        elif suffix in CSV_SUFFIXES:
            out.examples += _read_csv(path)
        else:
            out.examples += _read_document(path)
    return out


def from_conversations(rows: Iterable[Mapping[str, Any]], *, source: str = "conversations") -> ReadResult:
    """Examples from the assistant's stored conversations that a PM marked good.

    Each row needs ``messages`` (the chat as stored) and a ``good`` flag (or ``rating == "good"``); rows not marked
    good are skipped. Retrieved feedback quoted in a system message stays in the example, which is what teaches the
    model to answer from context.

    `pma finetune prepare --from-conversations` and the UI's fine-tune tab pass
    ``assistant.chat.store.ConversationStore.training_rows()`` here; an export of the same rows as JSONL (one
    ``{"messages": [...], "good": true}`` per line) works as an ordinary input file.
    """
    out = ReadResult(examples=[])
    for i, row in enumerate(rows, start=1):
        if not _marked_good(row):
            out.skipped_not_good += 1
            continue
        out.examples.append(_chat_example(row, f"{source}, row {i}"))
    return out


def from_decisions(rows: Iterable[Mapping[str, Any]], *, source: str = "decisions") -> ReadResult:
    """Examples from plan items a PM accepted or edited: the messages the plan drafter saw for one field, answered
    with the PM's final text.

    Each row needs ``messages`` (prompt and answer, as for a chat example) and may name its ``item_id`` and
    ``field`` (they go into the example's source). `pma finetune prepare --from-decisions` passes
    ``assistant.recommend.decisions.training_rows()`` here.
    """
    out = ReadResult(examples=[])
    for i, row in enumerate(rows, start=1):
        where = f"item {row['item_id']} ({row.get('field', '?')})" if "item_id" in row else f"row {i}"
        out.examples.append(_chat_example(row, f"{source}, {where}"))
    return out


# ---- formats ------------------------------------------------------------------------------------------------
def _expand(paths: Iterable[Path | str]) -> list[Path]:
    supported = CHAT_SUFFIXES + CSV_SUFFIXES + DOC_SUFFIXES
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in supported)
            if not found:
                raise UserError(f"{path}: no supported files ({', '.join(supported)}) in this folder.")
            files += found
        elif not path.exists():
            raise UserError(f"{path}: file not found.")
        elif path.suffix.lower() not in supported:
            raise UserError(f"{path}: unsupported file type '{path.suffix}'.",
                            hint=f"Use chat JSONL, Alpaca JSON, CSV with question/answer columns, or {', '.join(DOC_SUFFIXES)}.")
        else:
            files.append(path)
    if not files:
        raise UserError("No input files given.", hint="Example: pma finetune prepare examples/finetune_chat.jsonl --out data/ft")
    return files


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise UserError(f"{path}: cannot detect the text encoding.", hint="Save the file as UTF-8.") from None
        return str(best)


def _read_json_rows(path: Path) -> ReadResult:
    text = _read_text(path)
    rows: list[tuple[str, Any]] = []
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rows.append((f"row {n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}, row {n}: not valid JSON ({exc.msg} at column {exc.colno}).") from None
            except (RecursionError, ValueError) as exc:  # nested thousands deep; an integer of thousands of digits
                raise UserError(f"{path}, row {n}: not usable JSON ({_json_problem(exc)}).") from None
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}).") from None
        except (RecursionError, ValueError) as exc:
            raise UserError(f"{path}: not usable JSON ({_json_problem(exc)}).") from None
        if isinstance(data, dict) and isinstance(data.get("data"), list):
            data = data["data"]
        if not isinstance(data, list):
            raise UserError(f"{path}: expected a JSON list of examples (Alpaca style) or one JSON object per line (.jsonl).")
        rows = [(f"item {i}", obj) for i, obj in enumerate(data, start=1)]
    out = ReadResult(examples=[])
    for where, obj in rows:
        loc = f"{path}, {where}"
        if not isinstance(obj, dict):
            raise UserError(f"{loc}: expected a JSON object, got {type(obj).__name__}.")
        if "messages" in obj:
            if not _marked_good(obj):
                out.skipped_not_good += 1
                continue
            out.examples.append(_chat_example(obj, loc))
        elif "instruction" in obj or "output" in obj:
            out.examples.append(_alpaca_example(obj, loc))
        elif "text" in obj:
            out.examples.append(Example(text=_required_str(obj, "text", loc), source=loc))
        else:
            keys = ", ".join(sorted(obj)) or "none"
            raise UserError(f"{loc}: unknown example schema (fields: {keys}).",
                            hint="Expected 'messages' (chat), 'instruction'/'output' (Alpaca) or 'text' (document).")
    return out


def _read_csv(path: Path) -> list[Example]:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_FIELD))
    reader = csv.DictReader(io.StringIO(_read_text(path)))
    try:
        return _csv_rows(path, reader)
    except csv.Error as exc:
        raise UserError(f"{path}, near line {reader.line_num + 1}: not valid CSV ({exc}).",
                        hint="Re-export the file as CSV.") from None


def _csv_rows(path: Path, reader: csv.DictReader) -> list[Example]:
    header = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
    missing = [c for c in ("question", "answer") if c not in header]
    if missing:
        found = ", ".join(n for n in header if n) or "none"
        raise UserError(f"{path}: missing column(s) {', '.join(missing)} (found: {found}).",
                        hint="A CSV for fine-tuning needs 'question' and 'answer' columns (optional 'system').")
    out = []
    for row in reader:
        loc = f"{path}, row {reader.line_num}"
        norm = {k: row.get(orig) for k, orig in header.items()}
        messages = []
        if (norm.get("system") or "").strip():
            messages.append({"role": "system", "content": norm["system"].strip()})
        messages.append({"role": "user", "content": _required_str(norm, "question", loc)})
        messages.append({"role": "assistant", "content": _required_str(norm, "answer", loc)})
        out.append(Example(messages=messages, source=loc))
    return out


def _read_document(path: Path) -> list[Example]:
    text = _read_text(path).strip()
    if not text:
        raise UserError(f"{path}: the document is empty.")
    return [Example(text=text, source=str(path))]


# ---- validation ---------------------------------------------------------------------------------------------
def _marked_good(row: Mapping[str, Any]) -> bool:
    if "good" in row:
        return bool(row["good"])
    if "rating" in row:
        return str(row["rating"]).strip().lower() in {"good", "up", "thumbs_up", "1", "true"}
    return True


def _required_str(obj: Mapping[str, Any], key: str, loc: str) -> str:
    value = obj.get(key)
    if value is None:
        raise UserError(f"{loc}: field '{key}' is missing.")
    if not isinstance(value, str):
        raise UserError(f"{loc}: field '{key}' must be text, got {type(value).__name__}.")
    if not value.strip():
        raise UserError(f"{loc}: field '{key}' is empty.")
    return _valid_text(value.strip())


def _valid_text(text: str) -> str:
    """Unpaired UTF-16 surrogates (a JSON escape like "\\ud83d": half an emoji, cut by the exporting tool) become
    U+FFFD; tokenizers, hashing and the saved dataset all need valid Unicode."""
    return _SURROGATE.sub("\ufffd", text)


def _json_problem(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


def _chat_example(obj: Mapping[str, Any], loc: str) -> Example:
    messages = obj.get("messages")
    if not isinstance(messages, list) or not messages:
        raise UserError(f"{loc}: field 'messages' must be a non-empty list of {{role, content}} objects.")
    clean = []
    for i, msg in enumerate(messages):
        where = f"{loc}: field 'messages[{i}]"
        if not isinstance(msg, dict):
            raise UserError(f"{where}' must be an object with 'role' and 'content'.")
        role = msg.get("role")
        if role not in ROLES:
            raise UserError(f"{where}.role' is {role!r}; expected one of {', '.join(ROLES)}.")
        if role == "system" and i != 0:
            raise UserError(f"{where}.role' is 'system' but only the first message may be a system message.")
        content = msg.get("content")
        if not isinstance(content, str) or not content.strip():
            raise UserError(f"{where}.content' must be non-empty text.")
        clean.append({"role": role, "content": _valid_text(content.strip())})
    if clean[-1]["role"] != "assistant":
        raise UserError(f"{loc}: field 'messages': the last message must be the assistant's answer (it is what the model learns).")
    if not any(m["role"] == "user" for m in clean):
        raise UserError(f"{loc}: field 'messages' has no user message.")
    return Example(messages=clean, source=loc)


def _alpaca_example(obj: Mapping[str, Any], loc: str) -> Example:
    instruction = _required_str(obj, "instruction", loc)
    output = _required_str(obj, "output", loc)
    extra = obj.get("input") or ""
    if not isinstance(extra, str):
        raise UserError(f"{loc}: field 'input' must be text, got {type(extra).__name__}.")
    user = f"{instruction}\n\n{_valid_text(extra.strip())}" if extra.strip() else instruction
    messages = []
    system = obj.get("system")
    if isinstance(system, str) and system.strip():
        messages.append({"role": "system", "content": _valid_text(system.strip())})
    messages += [{"role": "user", "content": user}, {"role": "assistant", "content": output}]
    return Example(messages=messages, source=loc)
