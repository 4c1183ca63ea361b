"""Read an evaluation question set: questions with judged items, optional filters and a "should abstain" flag.

A question set is a CSV/TSV, JSONL, JSON or XLSX file (read by ``retrieval.loaders``, so encodings and row numbers
work as in `pma ingest`). Columns, found by name (case and punctuation ignored):

- ``question`` (or ``query``): required, non-empty.
- ``id``: optional question id (default ``q<row>``), used by `pma eval compare`; must be unique.
- ``relevant``: the judged items. ``F123`` is the id `pma search` shows; anything else is an *external id* (the id
  column of your export, e.g. a review or ticket id). A grade may follow a colon or equals sign (``F12:2``,
  ``TMX-48474=1``); without one the grade is 1; 0 means judged not relevant. In CSV, separate items with spaces,
  commas or semicolons; in JSON(L), give a list (``["F12", "F15"]``) or an object (``{"F12": 2, "F15": 1}``).
- ``should_abstain`` (or ``abstain``, ``off_topic``): true when the data cannot answer the question (the assistant
  should say there is not enough evidence). Such a question has no relevant items.
- filters, as `pma ask` takes them: ``since``, ``until``, ``source`` (several: ``a;b``), ``min_rating``,
  ``max_rating``, ``where`` (``app=Netflix; platform=android``); in JSON(L) also a ``filters`` object with the
  same keys (``where`` as an object).

Every problem is a ``UserError`` naming the file and row. ``resolve`` turns the ids into stored item ids, checking
each exists (an unknown id is an error naming its row) and keeping only judged items the question's filters let
through (the others can never be retrieved; they are counted, not scored).

Not handled: writing question sets (they are the team's own files) and judging items (grades come from the file).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.errors import UserError
from retrieval.filters import Filters

QUESTION_COLUMNS = ("question", "query", "q", "prompt", "question_text")
ID_COLUMNS = ("id", "question_id", "qid", "key")
RELEVANT_COLUMNS = ("relevant", "relevant_ids", "relevant_items", "relevance", "judgments", "qrels")
ABSTAIN_COLUMNS = ("should_abstain", "abstain", "off_topic", "expect_abstain", "unanswerable")
FILTER_KEYS = ("since", "until", "source", "min_rating", "max_rating", "where")
MAX_QUESTION_CHARS = 2000  # the limit `pma ask` enforces
_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f", ""}
_INTERNAL = re.compile(r"^F(\d+)$")
_HINT = "Fix that row of the question set (format: README, `pma eval`)."


@dataclass
class EvalQuestion:
    """One question of a set, as read (``judged`` holds file ids) and, after ``resolve``, with stored ids."""

    qid: str
    row: int
    question: str
    filters: Filters = field(default_factory=Filters)
    should_abstain: bool = False
    judged: dict[str, float] = field(default_factory=dict)  # id as written -> grade
    grades: dict[int, float] = field(default_factory=dict)  # stored item id -> grade (after resolve)
    outside_filters: int = 0  # judged items the filters exclude (after resolve)
    file: str = ""

    @property
    def where(self) -> str:
        """How errors name this question: its row and id."""
        return f"{self.file or 'question set'}, row {self.row} (question '{self.qid}')"

    @property
    def relevant(self) -> set[int]:
        return {i for i, g in self.grades.items() if g > 0}

    def filters_dict(self) -> dict:
        f = self.filters
        out = {"since": f.since.date().isoformat() if f.since else None,
               "until": f.until.date().isoformat() if f.until else None,
               "source": list(f.sources) or None, "min_rating": f.min_rating, "max_rating": f.max_rating,
               "where": dict(f.where) or None}
        return {k: v for k, v in out.items() if v is not None}


def load_questions(path: Path) -> list[EvalQuestion]:
    """Read and check a question set (see the module docstring). Raises ``UserError`` naming file and row."""
    from retrieval.columns import column_named
    from retrieval.loaders import load_file

    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: file not found.", hint="Give the path of a CSV or JSONL question set.")
    if path.is_dir():
        raise UserError(f"{path}: is a folder.", hint="Give the path of one CSV or JSONL question set.")
    loaded = load_file(path)
    columns = loaded.columns
    q_col = column_named(columns, QUESTION_COLUMNS)
    if q_col is None:
        raise UserError(f"{path}: no 'question' column (columns: {', '.join(columns[:12])}).",
                        hint="Name the column holding the questions 'question'.")
    id_col = column_named(columns, ID_COLUMNS, {q_col})
    rel_col = column_named(columns, RELEVANT_COLUMNS, {q_col})
    rel_prefix = _prefix_columns(columns, RELEVANT_COLUMNS)  # JSON objects flattened: relevant.F12 = 2
    abstain_col = column_named(columns, ABSTAIN_COLUMNS)
    if rel_col is None and not rel_prefix and abstain_col is None:
        raise UserError(f"{path}: no 'relevant' or 'should_abstain' column, so nothing can be scored.",
                        hint="Add a 'relevant' column with the ids of the items that answer each question.")
    questions: list[EvalQuestion] = []
    seen: dict[str, int] = {}
    for raw in loaded.rows:
        where = f"{path}, row {raw.row}"
        if raw.problem:
            raise UserError(f"{where}: {raw.problem}.", hint=_HINT)
        values = raw.values
        text = " ".join((values.get(q_col) or "").split())
        if not text:
            raise UserError(f"{where}: the question is empty.", hint="Write the question, or delete the row.")
        if len(text) > MAX_QUESTION_CHARS:
            raise UserError(f"{where}: the question is {len(text)} characters long; the limit is "
                            f"{MAX_QUESTION_CHARS}.", hint="Ask a shorter question.")
        qid = (values.get(id_col) or "").strip() if id_col else ""
        qid = qid or f"q{raw.row}"
        if qid in seen:
            raise UserError(f"{where}: question id '{qid}' is also used on row {seen[qid]}.",
                            hint="Give every question its own id.")
        seen[qid] = raw.row
        judged = _relevance(values.get(rel_col) if rel_col else None, where)
        for col, id_ in rel_prefix.items():
            if values.get(col) is not None:
                judged[id_] = _grade(values[col], id_, where)
        abstain = _flag(values.get(abstain_col) if abstain_col else None, where, abstain_col)
        if abstain and any(g > 0 for g in judged.values()):
            raise UserError(f"{where}: marked should_abstain but lists relevant items.",
                            hint="A question the data cannot answer has no relevant items: clear one of the two.")
        if not abstain and not any(g > 0 for g in judged.values()):
            raise UserError(f"{where}: no relevant item (with a grade above 0) and not marked should_abstain.",
                            hint="List the ids of the items that answer it, or set should_abstain to true.")
        questions.append(EvalQuestion(qid, raw.row, text, _filters(values, columns, where), abstain, judged,
                                      file=str(path)))
    if not questions:
        raise UserError(f"{path}: no questions found.", hint="Add one question per row.")
    return questions


def resolve(questions: list[EvalQuestion], db) -> None:
    """Map every judged id to stored items (``F123`` by id, others by external id) and apply each question's
    filters. Raises ``UserError`` naming the first row with an id that matches no stored item."""
    internal: set[int] = set()
    external: set[str] = set()
    for q in questions:
        for id_ in q.judged:
            m = _INTERNAL.match(id_)
            if m:
                internal.add(int(m.group(1)))
            else:
                external.add(id_)
    with db.connect() as conn:
        if conn.execute("SELECT 1 FROM feedback LIMIT 1").fetchone() is None:
            raise UserError(f"No feedback is stored yet ({db.describe()}), so the questions cannot be judged.",
                            hint="Load the export the question set was written for: pma ingest FILE.")
        found_ids = {r[0] for r in conn.execute("SELECT id FROM feedback WHERE id = ANY(%s)", (sorted(internal),))}
        by_external: dict[str, list[int]] = {}
        for item_id, ext in conn.execute("SELECT id, external_id FROM feedback WHERE external_id = ANY(%s)",
                                         (sorted(external),)):
            by_external.setdefault(ext, []).append(item_id)
        for q in questions:
            grades: dict[int, float] = {}
            for id_, grade in q.judged.items():
                m = _INTERNAL.match(id_)
                ids = ([int(m.group(1))] if int(m.group(1)) in found_ids else []) if m else by_external.get(id_, [])
                if not ids:
                    what = "item id" if m else "external id"
                    raise UserError(f"{q.where}: {what} '{id_}' matches no stored feedback item.",
                                    hint="Check the id (F123 is the id `pma search` shows; other values are the id "
                                         "column of your export) or ingest the export first.")
                for i in ids:
                    grades[i] = max(grade, grades.get(i, 0.0))
            sql, params = q.filters.sql(conn)
            kept = {r[0] for r in conn.execute(f"SELECT f.id FROM feedback f WHERE f.id = ANY(%s) AND {sql}",
                                               [sorted(grades), *params])} if grades else set()
            q.outside_filters = sum(1 for i, g in grades.items() if g > 0 and i not in kept)
            q.grades = {i: g for i, g in grades.items() if i in kept}
            if not q.should_abstain and not q.relevant:
                raise UserError(f"{q.where}: none of its relevant items passes the question's own filters "
                                f"({q.filters.describe()}).", hint="Check the filters or the ids of that row.")


# ---- parsing one row ------------------------------------------------------------------------------------------
def _prefix_columns(columns: list[str], names: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for col in columns:
        head, dot, tail = col.partition(".")
        if dot and tail and head.strip().lower() in names:
            out[col] = tail
    return out


def _relevance(value: str | None, where: str) -> dict[str, float]:
    """``F12 F15:2`` / ``["F12", ...]`` / ``{"F12": 2}`` -> {id: grade}."""
    if value is None or not value.strip():
        return {}
    text = value.strip()
    judged: dict[str, float] = {}
    if text[0] in "[{":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise UserError(f"{where}: relevant is not valid JSON ({text[:60]}).",
                            hint='Write a list like ["F12", "F15"] or ids separated by spaces: F12 F15:2.') from None
        pairs = data.items() if isinstance(data, dict) else [(x, None) for x in data]
        for id_, grade in pairs:
            if isinstance(id_, dict) and "id" in id_:
                id_, grade = id_["id"], id_.get("grade", id_.get("relevance"))
            if isinstance(id_, (dict, list)) or id_ is None or isinstance(id_, bool):
                raise UserError(f"{where}: relevant holds {json.dumps(id_)[:40]}, not an item id.",
                                hint='Write ids as strings: ["F12", "TMX-48474"].')
            id_ = str(id_).strip()
            judged[_id(id_, where)] = 1.0 if grade is None else _grade(grade, id_, where)
        return judged
    for token in re.split(r"[\s,;]+", text):
        if not token:
            continue
        id_, grade = token, None
        m = re.match(r"^(.+?)[:=]([^:=]*)$", token)
        if m:
            id_, grade = m.group(1), m.group(2)
        judged[_id(id_, where)] = 1.0 if grade is None else _grade(grade, id_, where)
    return judged


def _id(id_: str, where: str) -> str:
    id_ = id_.strip()
    if not id_:
        raise UserError(f"{where}: relevant has an empty item id.", hint="Write ids like F12 or F12:2.")
    if re.fullmatch(r"f\d+", id_):
        id_ = id_.upper()
    return id_


def _grade(value, id_: str, where: str) -> float:
    try:
        grade = float(value) if not isinstance(value, bool) else float("nan")
    except (TypeError, ValueError):
        grade = float("nan")
    if not math.isfinite(grade) or grade < 0:
        raise UserError(f"{where}: relevance grade {str(value)!r} for '{id_}' is not a number of at least 0.",
                        hint="Grades are 0 (not relevant), 1 (relevant), 2 (highly relevant)...; omit it for 1.")
    return grade


def _flag(value: str | None, where: str, column: str | None) -> bool:
    text = (value or "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise UserError(f"{where}: {column} is {value!r}, not true or false.", hint="Write true or false (or leave it empty).")


def _filters(values: dict, columns: list[str], where: str) -> Filters:
    from retrieval.columns import column_named

    raw: dict[str, object] = {}
    for key in FILTER_KEYS:
        col = column_named(columns, (key, f"filters.{key}", f"filter_{key}"))
        if col is not None and values.get(col) not in (None, ""):
            raw[key] = values[col]
    where_pairs = {col.split(".", 2)[2]: v for col, v in values.items()
                   if col.lower().startswith("filters.where.") and v is not None}
    sources = _list(raw.get("source"))
    pairs = [f"{k}={v}" for k, v in where_pairs.items()]
    if raw.get("where"):
        text = str(raw["where"]).strip()
        if text.startswith("{"):
            try:
                pairs += [f"{k}={v}" for k, v in json.loads(text).items()]
            except (json.JSONDecodeError, AttributeError):
                raise UserError(f"{where}: where is not valid JSON ({text[:60]}).",
                                hint='Write where as "app=Netflix; platform=android".') from None
        else:
            pairs += [p.strip() for p in text.split(";") if p.strip()]
    try:
        return Filters.from_cli(since=_text(raw.get("since")), until=_text(raw.get("until")), source=sources,
                                min_rating=_rating(raw.get("min_rating"), "min_rating", where),
                                max_rating=_rating(raw.get("max_rating"), "max_rating", where), where=pairs)
    except UserError as exc:
        raise UserError(f"{where}: {exc.message.replace('--', '')}", hint=exc.hint) from None


def _text(value) -> str | None:
    return None if value is None else str(value).strip() or None


def _list(value) -> list[str]:
    if value is None:
        return []
    text = str(value).strip()
    if text.startswith("["):
        try:
            return [str(x).strip() for x in json.loads(text) if str(x).strip()]
        except json.JSONDecodeError:
            pass
    return [s.strip() for s in re.split(r"[;|]", text) if s.strip()]


def _rating(value, name: str, where: str) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not math.isfinite(number):
        raise UserError(f"{where}: {name} {value!r} is not a number.", hint="Write a rating such as 1 or 4.5.")
    return number
