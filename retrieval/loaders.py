"""Read feedback exports into rows of strings.

Formats: CSV/TSV (delimiter sniffed; survey exports' extra header rows merged), JSON (an array, or an object holding
one list, also below its top level; a forum's topics are their posts: ``retrieval.json_records``), JSONL, XLSX, TXT
(one item per non-empty line, or per paragraph when blank lines group the lines), markdown interview notes and
transcripts (``retrieval.notes``), and folders of those (without their README). Encodings are detected with
charset-normalizer (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK, cp1252...).
Every row keeps its 1-based row number in the file so errors can point at it.
Values never carry what PostgreSQL cannot store (NUL characters, unpaired surrogates from JSON escapes).

Not handled here: what the columns mean (see ``columns.py``) and anything about the database.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from retrieval import json_records, notes, tables
from retrieval.errors import UserError
from retrieval.html_text import plain_text

log = logging.getLogger(__name__)

SUPPORTED = {".csv": "csv", ".tsv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
             ".xlsx": "xlsx", ".txt": "txt", ".md": "markdown", ".markdown": "markdown", ".vtt": "vtt"}
MAX_FIELD = 10 * 1024 * 1024
_DOCUMENTS = {".docx", ".doc", ".odt", ".rtf", ".pdf", ".pages", ".gdoc"}  # interview notes in a word processor
# Encodings feedback exports really come in (after UTF-8/UTF-16, which are recognised first).
_LIKELY_ENCODINGS = ["gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1252", "cp1251", "cp1250", "cp1253",
                     "cp1254", "cp1257", "latin_1", "iso8859_15", "mac_roman", "koi8_r"]
_SINGLE_BYTE = {"cp1252", "cp1250", "cp1253", "cp1254", "cp1257", "latin_1", "iso8859_15", "mac_roman",
                "windows_1252", "iso8859_1", "iso8859_2", "iso8859_13", "iso8859_4"}


@dataclass
class RawRow:
    """One record as read from a file: ``row`` is the line/record number a person would look for."""

    file: Path
    row: int
    values: dict[str, str | None]
    problem: str | None = None  # set when the record itself is malformed (ragged CSV row, non-object JSON item)


@dataclass
class LoadedFile:
    path: Path
    format: str
    columns: list[str]
    rows: list[RawRow] = field(default_factory=list)
    encoding: str | None = None
    sheet: str | None = None  # the sheet read, when a workbook has several
    left_out: dict[str, int] = field(default_factory=dict)  # records that are no feedback, by what they are


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files to read: the given files, plus supported files inside given folders (sorted, recursive)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise UserError(f"{p}: file not found.", hint="Check the path (relative paths start from the current folder).")
        if p.is_dir():
            found = sorted(f for f in _folder_files(p) if f.suffix.lower() in SUPPORTED)
            if not found:
                raise UserError(f"{p}: folder has no supported files.",
                                hint=f"Supported: {', '.join(sorted(SUPPORTED))}.")
            out.extend(found)
        else:
            out.append(p)
    return out


def unread_in_folders(paths: list[Path]) -> list[Path]:
    """The files inside given folders that ``expand_paths`` leaves out for their format (hidden files and READMEs
    aside), so a folder ingest can name them: a tester's Zoom transcript was skipped without a word."""
    return sorted(f for p in map(Path, paths) if p.is_dir() for f in _folder_files(p)
                  if f.suffix.lower() not in SUPPORTED)


def _folder_files(folder: Path) -> Iterator[Path]:
    """The files inside ``folder`` (recursive) that may be feedback: not hidden, not a README, not a Slack export's
    workspace files (its channel and member lists: a tester's channel list was stored as two items dated 2022, and
    the member list, with everyone's e-mail, failed the ingest)."""
    return (f for f in folder.rglob("*") if f.is_file()
            and not any(part.startswith(".") for part in f.relative_to(folder).parts)
            and not f.name.lower().startswith("readme")  # a folder's README is not feedback
            and not (f.name.lower() in SLACK_WORKSPACE_FILES and is_slack_export(f.parent)))


# A Slack export: a folder per channel of one JSON file per day ("sdk-help/2026-10-19.json") beside these files,
# which describe the workspace, not what anyone said.
SLACK_WORKSPACE_FILES = frozenset({"channels.json", "users.json", "integration_logs.json", "groups.json", "dms.json",
                                   "mpims.json", "canvases.json", "org_users.json"})
DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_slack_export(folder: Path) -> bool:
    """Is ``folder`` the top of a Slack export: its channel list (or member list) beside channel folders of files
    named by their day?"""
    folder = Path(folder)
    if not ((folder / "channels.json").is_file() or (folder / "users.json").is_file()):
        return False
    return any(sub.is_dir() and any(DAY_FILE.match(f.stem) for f in sub.glob("*.json")) for sub in folder.iterdir())


def load_file(path: Path, *, text_only_format: bool = False) -> LoadedFile:
    """Read one file. Raises ``UserError`` for an unknown format, an empty file or undecodable bytes."""
    path = Path(path)
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None and path.suffix.lower() in _DOCUMENTS:
        raise UserError(f"{path}: a {path.suffix} document cannot be read.",
                        hint="Save it as Markdown (.md) or plain text (.txt): its headings, paragraphs, list lines "
                             "and speaker turns are read as items.")
    if fmt is None:
        raise UserError(f"{path}: unknown format '{path.suffix or '(none)'}'.",
                        hint=f"Use one of {', '.join(sorted(SUPPORTED))}, or export the data as CSV.")
    data = path.read_bytes()
    if not data.strip():
        raise UserError(f"{path}: file is empty.", hint="Export the feedback again; the file has no content.")
    if fmt == "xlsx":
        return _as_plain_text(_merge_subheader(_merge_qualtrics_header(_load_xlsx(path, data))))
    text, encoding = decode_bytes(data, path)
    if fmt == "txt" and _is_tab_separated(text):
        fmt = "tsv"  # Excel's "Unicode Text" (UTF-16, tab-separated) and other tables saved as .txt
    loader = {"csv": _load_csv, "tsv": lambda p, t: _load_csv(p, t, "\t"), "json": _load_json,
              "jsonl": _load_jsonl, "txt": _load_txt, "markdown": _load_markdown, "vtt": _load_vtt}[fmt]
    loaded = loader(path, text)
    loaded.encoding = encoding
    if fmt in ("csv", "tsv"):
        _merge_subheader(_merge_qualtrics_header(loaded))
    if not loaded.rows and not loaded.left_out:  # a day of a Slack channel may hold only its join messages
        raise UserError(f"{path}: no records found.", hint="The file has a header or structure but no feedback rows.")
    return _as_plain_text(loaded)


def _as_plain_text(loaded: LoadedFile) -> LoadedFile:
    """Values written as HTML (help-desk and chat exports) as the text a person reads (``retrieval.html_text``), so
    tags are not stored and entities like ``&#39;`` do not reach redaction; other values stay as they are."""
    if loaded.format in ("json", "jsonl"):
        return loaded  # done value by value while flattening, inside nested JSON too
    for row in loaded.rows:
        for col, value in row.values.items():
            if value:
                row.values[col] = _plain(value)
    return loaded


def _is_tab_separated(text: str) -> bool:
    """Whether a .txt file is a table: its first line has two or more names between tabs (not just an indent) and
    most of its lines as many tabs."""
    lines = [line for line in text.splitlines()[:200] if line.strip()]
    if len(lines) < 2 or sum(bool(name.strip()) for name in lines[0].split("\t")) < 2:
        return False
    tabs = lines[0].count("\t")
    return sum(line.count("\t") == tabs for line in lines) >= 0.8 * len(lines)


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """Decode with BOM/UTF-8 first, then charset-normalizer's best guess."""
    for bom, encoding, skip in ((b"\xef\xbb\xbf", "utf-8", 3), (b"\xff\xfe", "utf-16", 0), (b"\xfe\xff", "utf-16", 0)):
        if data.startswith(bom):
            try:
                return storable(data[skip:].decode(encoding)), "utf-8-sig" if skip else encoding
            except UnicodeDecodeError as exc:
                raise UserError(f"{path}: starts with a {encoding.upper()} byte-order mark but byte {exc.start} does "
                                f"not decode ({exc.reason}).", hint="Re-export the file as UTF-8 CSV.") from None
    try:
        return storable(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LIKELY_ENCODINGS).best()
    if best is None or best.encoding is None:
        raise UserError(f"{path}: cannot detect the text encoding (the bytes are not text in a known encoding).",
                        hint="Re-export the file as UTF-8 CSV.")
    encoding = best.encoding
    # Short Western texts are ambiguous between the 8-bit Latin code pages; spreadsheet exports are cp1252.
    if encoding.replace("-", "_").lower() in _SINGLE_BYTE:
        try:
            return storable(data.decode("cp1252")), "cp1252"
        except UnicodeDecodeError:
            pass
    # charset-normalizer reports GB2312/GBK for Chinese; GB18030 is a superset that decodes all of them.
    if encoding.lower().replace("_", "") in {"gb2312", "gbk", "hz"}:
        encoding = "gb18030"
    try:
        return storable(data.decode(encoding)), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise UserError(f"{path}: bytes do not decode as {encoding} ({exc}).",
                        hint="Re-export the file as UTF-8 CSV.") from exc


def storable(text: str) -> str:
    """``text`` without what PostgreSQL text cannot hold: NUL characters (dropped) and unpaired UTF-16 surrogates
    (from JSON escapes like ``"\\ud83d"``, e.g. an emoji cut in half; replaced by U+FFFD)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


_IMPORT_ID = re.compile(r'^\s*\{\s*"ImportId"\s*:', re.IGNORECASE)


def _merge_qualtrics_header(loaded: LoadedFile) -> LoadedFile:
    """Qualtrics exports have three header rows: the column codes ("Q1", "Q2_TEXT", "StartDate"), the question text
    ("What is the main reason for your score?") and a row of ``{"ImportId": "QID2_TEXT"}``. Neither of the last two
    is feedback: a question's text becomes its column's name (the code when two columns share a question, e.g.
    "How likely are you to recommend us? (Q1_NPS_GROUP)"), other columns keep their code ("StartDate")."""
    if len(loaded.rows) < 2 or loaded.rows[0].row != 2 or loaded.rows[1].problem:
        return loaded
    ids = [v for v in loaded.rows[1].values.values() if v]
    if not ids or sum(bool(_IMPORT_ID.match(v)) for v in ids) < 0.8 * len(ids):
        return loaded
    questions = loaded.rows[0].values
    names, seen = [], set()
    for col in loaded.columns:
        question = " ".join((questions.get(col) or "").split())
        same = re.sub(r"[\W_]+", "", question).lower() == re.sub(r"[\W_]+", "", col).lower()
        name = col if not question or same else question if question not in seen else f"{question} ({col})"
        seen.add(name)
        names.append(name)
    return _renamed(loaded, names, header_rows=2)


_SUBHEADER = {"response", "open-ended response", "open ended response"}


def _merge_subheader(loaded: LoadedFile) -> LoadedFile:
    """SurveyMonkey exports have a second header row under the questions ("Response", "Open-Ended Response", and each
    option of a multiple-choice question under the blank header cells after the question): it is read as part of the
    header ("Which features do you use? - Offline maps"), not as a row of feedback."""
    if not loaded.rows or loaded.rows[0].problem or loaded.rows[0].row != 2:
        return loaded
    sub = loaded.rows[0].values
    if not any((v or "").strip().lower() in _SUBHEADER for v in sub.values()):
        return loaded
    names, question = [], None
    for i, col in enumerate(loaded.columns):
        label = (sub.get(col) or "").strip()
        if col != f"column_{i + 1}":
            question = col
            names.append(f"{col} - {label}" if label and label.lower() not in _SUBHEADER else col)
        else:
            names.append(f"{question} - {label}" if question and label else label or col)
    return _renamed(loaded, names, header_rows=1)


def _renamed(loaded: LoadedFile, names: list[str], *, header_rows: int) -> LoadedFile:
    """``loaded`` with its columns called ``names`` (made unique) and its first ``header_rows`` rows, header rows
    read as records, dropped."""
    renamed = dict(zip(loaded.columns, _clean_header(names)))
    loaded.columns = list(renamed.values())
    loaded.rows = [RawRow(r.file, r.row, {renamed[c]: v for c, v in r.values.items()}, r.problem)
                   for r in loaded.rows[header_rows:]]
    return loaded


def _clean_header(names: list[str | None]) -> list[str]:
    out, seen = [], set()
    for i, name in enumerate(names):
        base = (name or "").strip().strip("\ufeff") or f"column_{i + 1}"
        col, n = base, 2
        while col in seen:
            col, n = f"{base}_{n}", n + 1
        seen.add(col)
        out.append(col)
    return out


def _dialect(text: str, path: Path, delimiter: str | None = None) -> type[csv.Dialect]:
    """Standard CSV quoting with ``delimiter``, or else the delimiter the header line uses most.

    csv.Sniffer also guesses quote characters and delimiters from the body, and free-text feedback full of commas,
    apostrophes and semicolons regularly fools it; the header line of an export is the reliable signal. When the first
    line has no delimiter (a title above the header), the first line that has one and is followed by a line with as
    many of it stands for the header.
    """
    if delimiter is None:
        lines = text.split("\n", _TITLE_LINES + 1)[:_TITLE_LINES + 1]
        counts = [_delimiter_counts(line) for line in lines]
        best = max(counts[0], key=lambda d: counts[0][d])
        if counts[0][best] == 0:
            best = "\t" if path.suffix.lower() == ".tsv" else ","
            for here, below in zip(counts, counts[1:]):
                found = max(here, key=lambda d: here[d])
                if here[found] >= 2 and below[found] == here[found]:
                    best = found
                    break
        delimiter = best

    class _Export(csv.excel):
        pass

    _Export.delimiter = delimiter
    return _Export


_TITLE_LINES = 10


def _delimiter_counts(line: str) -> dict[str, int]:
    unquoted = re.sub(r'"[^"]*"', "", line)
    return {d: unquoted.count(d) for d in (",", ";", "\t", "|")}


def _load_csv(path: Path, text: str, delimiter: str | None = None) -> LoadedFile:
    """Rows under the header; title rows above the header (``retrieval.tables``) are skipped."""
    csv.field_size_limit(MAX_FIELD)
    dialect = _dialect(text, path, delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    records: list[tuple[int, list[str] | None, str | None]] = []  # (line, fields, problem)
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if not records:
                raise UserError(f"{path}: line 1: not valid CSV ({exc}).", hint="Re-export the file as CSV.") from exc
            records.append((reader.line_num, None, f"not valid CSV ({exc})"))
            continue
        records.append((reader.line_num, record, None))
    if not records:
        raise UserError(f"{path}: file is empty.", hint="Export the feedback again.")
    _unclosed_quote(text, dialect, records)
    start = tables.header_index([fields or [] for _, fields, _ in records])
    columns = _clean_header(records[start][1] or [])
    loaded = LoadedFile(path, "csv", columns)
    for row_no, record, problem in records[start + 1:]:
        if record is None:
            loaded.rows.append(RawRow(path, row_no, {}, problem=problem))
            continue
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(columns):
            extra = record[len(columns):]
            if any(c.strip() for c in extra):
                problem = f"has {len(record)} fields but the header has {len(columns)}"
            record = record[:len(columns)]
        values = {c: (v if v != "" else None) for c, v in zip(columns, record)}
        loaded.rows.append(RawRow(path, row_no, values, problem))
    return loaded


def _unclosed_quote(text: str, dialect, records: list) -> None:
    """A quote that is never closed makes the CSV reader take every line after it as one field: a tester's
    two-row file was stored as one undated item holding both rows. When the file's quotes do not pair up and its
    last record holds lines that split into fields of their own, that record is rejected instead, with its lines
    (the rows before it are loaded as usual)."""
    if len(records) < 2 or records[-1][1] is None or text.count(dialect.quotechar) % 2 == 0:
        return
    first, last = records[-2][0] + 1, records[-1][0]
    swallowed = next((cell for cell in records[-1][1] if "\n" in cell.strip()), None)
    if swallowed is None or not any(dialect.delimiter in line for line in swallowed.strip().split("\n")[1:]):
        if len(records[-1][1]) < len(records[-2][1] or ()) and not text.rstrip().endswith(dialect.quotechar):
            # the file ends inside a quoted field, fewer fields than the row before: cut off while written (a
            # rental tester's last review, "The app crashes when I try to pay and", was stored and cited)
            records[-1] = (first, None, f"the file ends inside a quote opened on line {first}, {len(records[-1][1])} "
                                        f"fields where the row before has {len(records[-2][1])}: the file looks cut "
                                        "off; export it again")
        return
    records[-1] = (first, None, f"a quote opened on line {first} is never closed, so lines {first}-{last} were read as "
                                f"one field: close the quote (or remove it) and load the file again")


def _flatten(obj: dict, prefix: str = "", depth: int = 0) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for key, value in obj.items():
        name = storable(f"{prefix}{key}")  # JSON escapes are decoded only now, so check keys and values again
        value = _listed(value)
        if isinstance(value, dict) and depth < 3:
            out.update(_flatten(value, f"{name}.", depth + 1))
        elif isinstance(value, (dict, list)):
            out[name] = storable(json.dumps(_plain_json(value), ensure_ascii=False)[:MAX_FIELD])
        elif value is None:
            out[name] = None
        else:
            out[name] = _plain(storable(str(value)))
    return out


def _listed(value: object) -> object:
    """A list wrapped in an object as Intercom's API writes it ({"type": "tag.list", "tags": [...]}) as that list, and
    a list of objects that each have a name (tags, labels) as the list of names: a neobank tester's conversations
    stored their tags as '[{"type": "tag", "id": "100", "name": "KYC"}]' under "tags.tags", and --where tags=KYC
    found nothing."""
    if isinstance(value, dict) and str(value.get("type", "")).endswith(".list"):
        lists = [v for k, v in value.items() if isinstance(v, list)]
        if len(lists) == 1 and all(k in ("type", "total_count", "has_more", "url", "data") or isinstance(v, list)
                                   for k, v in value.items()):
            value = lists[0]
    if isinstance(value, list) and value and all(isinstance(v, dict) and isinstance(v.get("name"), str) for v in value) \
            and all(set(v) <= {"type", "id", "name", "applied_at", "applied_by", "color", "colour"} for v in value):
        return [v["name"] for v in value]
    return value


def _plain(value: str) -> str | None:
    """A value as plain text (``retrieval.html_text``); None when only markup was left."""
    return plain_text(value) or None if "<" in value or "&" in value else value


def _plain_json(value: object) -> object:
    """Nested lists and objects kept as JSON, their strings as plain text (tags inside the JSON text would be read
    as HTML, and their line breaks would break the JSON)."""
    if isinstance(value, str):
        return _plain(value) or ""
    if isinstance(value, list):
        return [_plain_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_json(v) for k, v in value.items()}
    return value


def _customer_follow_ups(item: dict) -> dict:
    """An Intercom conversation with the customer's later messages after the first one, so what they added ("Still
    broken on 4.4.1") is part of the feedback; the team's replies and notes are not, and are not kept either (they
    carry the agents' names, e-mails and phone lines: a tester found them in every conversation's metadata)."""
    source, parts = item.get("source"), item.get("conversation_parts")
    if not (isinstance(source, dict) and isinstance(source.get("body"), str) and isinstance(parts, dict)
            and isinstance(parts.get("conversation_parts"), list)):
        return item
    said = [p["body"] for p in parts["conversation_parts"]
            if isinstance(p, dict) and isinstance(p.get("body"), str) and p.get("part_type") == "comment"
            and isinstance(p.get("author"), dict) and p["author"].get("type") in _CUSTOMERS]
    rest = {k: v for k, v in item.items() if k != "conversation_parts"}
    return {**rest, "source": {**source, "body": "\n\n".join([source["body"], *said])}}


_CUSTOMERS = {"user", "lead", "contact"}  # Intercom's author types for the customer (others: admin, bot, team)


# Slack's messages that record what happened in a channel, not what anyone said ("<@U01> has joined the channel").
_SLACK_EVENTS = frozenset({"channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
                           "channel_archive", "channel_unarchive", "group_join", "group_leave", "bot_add", "bot_remove",
                           "pinned_item", "unpinned_item", "reminder_add", "tombstone"})


# A reply in a Slack thread that only acknowledges the message it answers: the team's "Thanks, added to the ticket.",
# "Logged in Jira, thanks!", "+1, heard the same from two other hosts" (a rental tester's #host-feedback channel had
# 14 of them among 35 messages of host feedback, and "Logged in Jira" joined a theme).
_ACK_WORD = (r"(?:\+1|👍|🙏|thanks?(?:\s+(?:a\s+lot|so\s+much))?|thank\s+you|thx|ty|noted|got\s+it|on\s+it|will\s+do|"
             r"agreed|same\s+here|done|ack)")
_ACK_DEED = (r"(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:heard|seen|seeing|getting|got)\s+the\s+same(?:\s+(?:from|with)\s+"
             r"(?:\w+\s+){0,4}\w+)?|(?:added|logged|filed|tracked|put|moved|passed|shared|flagged|raised|forwarded|"
             r"escalated)(?:\s+(?:it|this|that))?(?:\s+on)?(?:\s+(?:to|in|into|on|with)"
             r"\s+(?:the\s+|our\s+)?(?:ticket|backlog|board|jira|linear|roadmap|tracker|issue|list|"
             # "Thanks, logged it with the team." (a shift-scheduling tester's community channel: 10 such replies
             # made a theme listed among what customers love)
             r"(?:product\s+|dev\s+|engineering\s+|support\s+)?team|devs?|developers|engineers|engineering)(?:\s+\w+)?)?|"
             r"(?:i|we)(?:'ll|\s+will)\s+(?:add|log|track|look\s+into|check|follow\s+up)(?:\s+(?:it|this|that|on\s+it))?)")
_ACKNOWLEDGEMENT = re.compile(rf"^\s*(?:{_ACK_WORD}|{_ACK_DEED})(?:[\s,.!;:-]+(?:{_ACK_WORD}|{_ACK_DEED}))*[\s,.!]*$",
                              re.IGNORECASE)


def _not_feedback(item: dict) -> str | None:
    """Why a record of a JSON export is no feedback, said as the ingest summary counts it, else None: a pull request
    among GitHub's issues (its issues API lists both: a tester's dependency bump was stored as feedback), Slack's
    channel events, and a reply in a Slack thread that only acknowledges (``_ACKNOWLEDGEMENT``)."""
    if isinstance(item.get("pull_request"), dict):
        return "pull request"
    if item.get("type") == "message" and item.get("subtype") in _SLACK_EVENTS:
        return "Slack channel event"
    in_thread = item.get("parent_user_id") or item.get("thread_ts") not in (None, item.get("ts"))
    if item.get("type") == "message" and in_thread and isinstance(item.get("text"), str) \
            and _ACKNOWLEDGEMENT.match(item["text"]):
        return "Slack thread acknowledgement"
    return None


def left_out_text(left_out: dict[str, int] | None) -> str:
    """", left out 1 pull request (not feedback)" per kind of record a file held that is no feedback
    (``_not_feedback``), as the CLI's and the UI's ingest summaries say it; "" when there is none."""
    return "".join(f", left out {n} {what}{'s' if n != 1 else ''} (not feedback)"
                   for what, n in (left_out or {}).items())


def _records_to_loaded(path: Path, fmt: str, items: list[tuple[int, object]]) -> LoadedFile:
    columns: list[str] = []
    rows: list[RawRow] = []
    left_out: dict[str, int] = {}
    for row_no, item in items:
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict):
            rows.append(RawRow(path, row_no, {}, problem=f"is a {type(item).__name__}, expected an object"))
            continue
        values = _flatten(_customer_follow_ups(item))
        for c in values:  # a file of left-out records still has its columns (a Slack day of join messages only)
            if c not in columns:
                columns.append(c)
        if (why := _not_feedback(item)) is not None:
            left_out[why] = left_out.get(why, 0) + 1
            continue
        rows.append(RawRow(path, row_no, values))
    return LoadedFile(path, fmt, columns, rows, left_out=left_out)


def _load_json(path: Path, text: str) -> LoadedFile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{") and _one_object_per_line(text):
            # one object per line in a .json file: JSON Lines as Zendesk's incremental export writes it (a
            # telehealth tester's tickets were refused until renamed .jsonl)
            return _load_jsonl(path, text)
        raise UserError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg}).",
                        hint="Fix the JSON or export JSON Lines (.jsonl), one object per line.") from exc
    except RecursionError as exc:
        raise UserError(f"{path}: not valid JSON ({exc}).",
                        hint="Fix the JSON or export JSON Lines (.jsonl), one object per line.") from exc
    key = "items"
    if isinstance(data, dict):
        found = json_records.record_list(data)
        if found is None:
            lists = [v for v in data.values() if isinstance(v, list)]
            raise UserError(f"{path}: JSON object must hold exactly one list of feedback items (found {len(lists)}).",
                            hint="Pass an array of objects, or an object like {\"items\": [...]}.")
        key, data = found
    if not isinstance(data, list):
        raise UserError(f"{path}: JSON must be an array of feedback objects.", hint="Wrap the items in [ ... ].")
    data = json_records.inner_records(data, key) or data  # a forum's topics with their posts: the posts
    return _records_to_loaded(path, "json", list(enumerate(data, start=1)))


def _one_object_per_line(text: str) -> bool:
    """Is each of the first lines that hold anything a whole JSON object?"""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    try:
        return len(lines) > 1 and all(isinstance(json.loads(line), dict) for line in lines)
    except (json.JSONDecodeError, RecursionError):
        return False


def _load_jsonl(path: Path, text: str) -> LoadedFile:
    items: list[tuple[int, object]] = []
    bad: list[RawRow] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append((line_no, json.loads(line)))
        except (json.JSONDecodeError, RecursionError) as exc:
            bad.append(RawRow(path, line_no, {}, problem=f"is not valid JSON ({getattr(exc, 'msg', exc)})"))
    loaded = _records_to_loaded(path, "jsonl", items)
    loaded.rows = sorted(loaded.rows + bad, key=lambda r: r.row)
    return loaded


def _load_txt(path: Path, text: str) -> LoadedFile:
    """One item per non-empty line; in a file whose lines are grouped by blank lines (notes, interview write-ups),
    one item per paragraph, its lines joined (hard-wrapped sentences stay whole), except that each list line
    ("- ", "* ", "1. ") is an item of its own, without its marker; a transcript, one item per participant's turn
    (``retrieval.notes``). The row number is the item's first line."""
    return _notes_to_loaded(path, "txt", notes.items_from_lines(notes.text_lines(text)))


def _load_vtt(path: Path, text: str) -> LoadedFile:
    """WebVTT captions (``retrieval.notes.vtt_lines``): one item per participant's turn when an interviewer is
    found, else one per cue."""
    return _notes_to_loaded(path, "vtt", notes.items_from_lines(notes.vtt_lines(text), paragraphs=False))


def _load_markdown(path: Path, text: str) -> LoadedFile:
    """Markdown notes: paragraphs and list lines under their headings (``retrieval.notes``)."""
    return _notes_to_loaded(path, "markdown", notes.items_from_lines(notes.markdown_lines(text), paragraphs=True))


def _notes_to_loaded(path: Path, fmt: str, items: list[tuple[int, dict[str, str]]]) -> LoadedFile:
    if any("speaker" in v and not v.get("date") for _, v in items) and (day := notes.date_in_name(path.stem)):
        for _, values in items:  # a call's transcript named for its day ("call_northwind_2026-10-21.txt")
            if "speaker" in values and not values.get("date"):
                values["date"] = day
    columns = [c for c in ("text", "date", "section", "speaker", "question") if any(c in v for _, v in items)]
    columns += list(dict.fromkeys(k for _, v in items for k in v if k not in columns))  # the notes' properties
    return LoadedFile(path, fmt, columns or ["text"], [RawRow(path, row, dict(values)) for row, values in items])


def _load_xlsx(path: Path, data: bytes) -> LoadedFile:
    """The sheet that holds the feedback (``retrieval.tables.choose_sheet``), from its header row on."""
    sheets = _read_sheets(path, data)
    chosen = tables.choose_sheet(sheets)
    name, records = sheets[chosen]
    where = f"sheet '{name}'" if len(sheets) > 1 else "the sheet"
    if not any(tables.has_width(r) for r in records):
        raise UserError(f"{path}: {where} is empty.", hint="Put the feedback in a sheet with a header row.")
    start = tables.header_index(records)
    columns = _clean_header(records[start])
    loaded = LoadedFile(path, "xlsx", columns, sheet=name if len(sheets) > 1 else None)
    for row_no, record in enumerate(records[start + 1:], start=start + 2):
        if tables.has_width(record):
            loaded.rows.append(RawRow(path, row_no, dict(zip(columns, record))))
    if not loaded.rows:
        raise UserError(f"{path}: no records found in {where}.",
                        hint="The sheet has a header but no feedback rows.")
    if loaded.sheet:
        log.info("%s: read sheet '%s' (%d rows) of %d sheets", path, name, len(loaded.rows), len(sheets))
    return loaded


def _read_sheets(path: Path, data: bytes) -> list[tuple[str, list[list[str | None]]]]:
    """Every sheet's name and rows, cells as strings (dates in ISO format, empty cells as None)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken zip/xml
        raise UserError(f"{path}: not a readable Excel workbook ({type(exc).__name__}).",
                        hint="Open it in Excel and save as .xlsx or CSV.") from exc
    try:
        return [(ws.title, [[_cell(v) for v in record or ()] for record in ws.iter_rows(values_only=True)])
                for ws in wb.worksheets]
    finally:
        wb.close()


def _cell(value: object) -> str | None:
    if value is None or str(value) == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
