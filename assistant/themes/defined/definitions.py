"""The PM's theme definitions as written: from the command line or a taxonomy file (CSV or YAML), checked whole.

A definition is a name, optional criteria ("what belongs here", in the PM's words) and optional example items
(``F123`` ids as `pma search` shows them, or the export's own ids such as ``TMX-48474``). Files:

    name,criteria,examples                         # CSV: one theme per row; examples separated by spaces,
    Billing,"charged twice, refunds, price",F12 F40   # commas or semicolons

    - name: Billing                                # YAML: a list (or {themes: [...]}, or {NAME: {criteria, examples}})
      criteria: charged twice, refunds, price
      examples: [F12, F40]

Every problem is one line naming the file and the row (``taxonomy.csv, row 3: no name``), found before anything is
stored. Not handled: assigning items (``assign``), storage (``store``).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.errors import UserError

MAX_NAME, MAX_CRITERIA = 80, 1000
_INTERNAL = re.compile(r"^[Ff](\d+)$")
_NAME_COLUMNS = ("name", "theme", "label", "title")
_CRITERIA_COLUMNS = ("criteria", "description", "definition", "includes")
_EXAMPLE_COLUMNS = ("examples", "example", "example_ids", "example ids", "ids")


@dataclass
class Definition:
    """One defined theme as the PM wrote it; ``where`` names its origin in error messages."""

    name: str
    criteria: str = ""
    examples: list[str] = field(default_factory=list)
    where: str = "the command line"
    example_ids: list[int] = field(default_factory=list)  # filled by ``resolve_examples``


def clean_name(name: object, where: str) -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise UserError(f"{where}: no name.", hint="Give every theme a name, e.g. Billing.")
    if len(text) > MAX_NAME:
        raise UserError(f"{where}: the name is {len(text)} characters long; at most {MAX_NAME}.",
                        hint="Put the detail in the criteria instead.")
    return text


def definition(name: object, criteria: object = "", examples: object = None, where: str = "the command line"
               ) -> Definition:
    """A checked ``Definition`` (name 1-80 characters, criteria at most 1000, examples as a list of ids)."""
    name = clean_name(name, where)
    text = " ".join(str(criteria or "").split())
    if len(text) > MAX_CRITERIA:
        raise UserError(f"{where}: the criteria are {len(text)} characters long; at most {MAX_CRITERIA}.",
                        hint="Describe the theme in a sentence or a list of phrases.")
    return Definition(name, text, _examples(examples, where), where)


def load_file(path: Path) -> list[Definition]:
    """Definitions from a ``.csv`` or ``.yaml``/``.yml`` file; raises ``UserError`` naming the file and row."""
    if not path.is_file():
        raise UserError(f"{path}: no such file.", hint="Give a CSV or YAML taxonomy file.")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".yaml", ".yml"):
        raise UserError(f"{path.name}: unknown taxonomy format '{suffix or '(none)'}'.",
                        hint="Use a .csv (name,criteria,examples) or a .yaml file.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path.name}: not UTF-8 text.", hint="Save the file as UTF-8.") from None
    found = _from_csv(text, path.name) if suffix == ".csv" else _from_yaml(text, path.name)
    if not found:
        raise UserError(f"{path.name}: no themes in the file.", hint="Add one theme per row: name,criteria,examples.")
    seen: dict[str, str] = {}
    for d in found:
        key = d.name.casefold()
        if key in seen:
            raise UserError(f"{d.where}: the theme '{d.name}' is already defined at {seen[key]}.",
                            hint="Give each theme one row.")
        seen[key] = d.where.split(", ", 1)[-1]
    return found


def resolve_examples(conn, definitions: list[Definition]) -> None:
    """Fill ``example_ids`` from ``F123`` ids and external ids; an id no stored item has is an error naming the row."""
    internal = sorted({int(m.group(1)) for d in definitions for e in d.examples if (m := _INTERNAL.match(e))})
    external = sorted({e for d in definitions for e in d.examples if not _INTERNAL.match(e)})
    known = {r[0] for r in conn.execute("SELECT id FROM feedback WHERE id = ANY(%s)", (internal,))} if internal else set()
    by_external: dict[str, list[int]] = {}
    if external:
        for item_id, ext in conn.execute("SELECT id, external_id FROM feedback WHERE external_id = ANY(%s)",
                                         (external,)):
            by_external.setdefault(ext, []).append(item_id)
    for d in definitions:
        ids: list[int] = []
        for e in d.examples:
            m = _INTERNAL.match(e)
            found = ([int(m.group(1))] if int(m.group(1)) in known else []) if m else by_external.get(e, [])
            if not found:
                raise UserError(f"{d.where}: example '{e}' matches no stored feedback item.",
                                hint="Use the F123 ids `pma search` shows, or the id column of your export.")
            ids.extend(i for i in found if i not in ids)
        d.example_ids = ids


def _examples(value: object, where: str) -> list[str]:
    if value is None or value == "":
        return []
    parts = value if isinstance(value, (list, tuple)) else re.split(r"[\s,;]+", str(value))
    out: list[str] = []
    for part in parts:
        if isinstance(part, (dict, list)) or isinstance(part, bool):
            raise UserError(f"{where}: an example is {part!r}, not an item id.", hint="Write ids like F12 or TMX-48474.")
        token = str(part).strip()
        if not token:
            continue
        token = token.upper() if _INTERNAL.match(token) else token
        if token not in out:
            out.append(token)
    return out


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    return next((lowered.index(n) for n in names if n in lowered), None)


def _from_csv(text: str, name: str) -> list[Definition]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = rows[0]
    col = _column(header, _NAME_COLUMNS)
    if col is None:
        raise UserError(f"{name}: no 'name' column (columns: {', '.join(h.strip() for h in header) or 'none'}).",
                        hint="The first row names the columns: name,criteria,examples.")
    crit, ex = _column(header, _CRITERIA_COLUMNS), _column(header, _EXAMPLE_COLUMNS)
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = f"{name}, row {n}"
        get = (lambda i: row[i] if i is not None and i < len(row) else "")  # noqa: E731 - short column reader
        out.append(definition(get(col), get(crit), get(ex), where))
    return out


def _from_yaml(text: str, name: str) -> list[Definition]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f", line {mark.line + 1}" if mark is not None else ""
        raise UserError(f"{name}{at}: not valid YAML ({getattr(exc, 'problem', None) or exc}).",
                        hint="Write a list of themes, each with name, criteria and examples.") from None
    if isinstance(data, dict) and isinstance(data.get("themes"), list):
        data = data["themes"]
    if isinstance(data, dict):  # {NAME: criteria} or {NAME: {criteria, examples}}
        data = [{"name": k, **(v if isinstance(v, dict) else {"criteria": v})} for k, v in data.items()]
    if data is None:
        return []
    if not isinstance(data, list):
        raise UserError(f"{name}: expected a list of themes, found {type(data).__name__}.",
                        hint="Write a list: '- name: Billing' then 'criteria: ...' below it.")
    out = []
    for n, entry in enumerate(data, start=1):
        where = f"{name}, theme {n}"
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            raise UserError(f"{where}: expected name, criteria and examples, found {entry!r:.60}.")
        keys = {str(k).strip().lower(): v for k, v in entry.items()}
        pick = (lambda names: next((keys[k] for k in names if k in keys), None))  # noqa: E731
        unknown = set(keys) - set(_NAME_COLUMNS + _CRITERIA_COLUMNS + _EXAMPLE_COLUMNS)
        if unknown:
            raise UserError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}.",
                            hint="Use name, criteria and examples.")
        out.append(definition(pick(_NAME_COLUMNS), pick(_CRITERIA_COLUMNS), pick(_EXAMPLE_COLUMNS), where))
    return out
