"""Conversations in the database (tables from ``retrieval/migrations/003_conversations.sql``).

Every turn is stored with what produced it (retrieved ids, SQL numbers, the exact messages, the model) so an
answer can be audited later, rated by the PM (thumbs up/down) and marked good. Turns marked good are exported
as chat examples that ``finetune`` reads as is (``{"messages": [...], "good": true}`` per line).

Not handled: deleting or editing answers; a conversation is an append-only log apart from the PM's ratings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from retrieval.db import Database
from retrieval.errors import UserError

if TYPE_CHECKING:  # pragma: no cover
    from assistant.chat.engine import Answer

TITLE_CHARS = 80


class ConversationStore:
    """Reads and writes conversations. Cheap to construct; uses the database's own connections."""

    def __init__(self, db: Database):
        self.db = db

    def start(self, title: str) -> int:
        title = " ".join(title.split())
        title = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
        with self.db.connect() as conn:
            return conn.execute("INSERT INTO conversations(title) VALUES (%s) RETURNING id", (title,)).fetchone()[0]

    def latest(self) -> int | None:
        """The most recently updated conversation (for ``pma ask --continue``)."""
        with self.db.connect() as conn:
            row = conn.execute("SELECT id FROM conversations ORDER BY updated_at DESC, id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def history(self, conversation_id: int, limit: int = 2) -> list[dict[str, Any]]:
        """The last ``limit`` turns, oldest first: question, narrative, route and the filters its answer used."""
        with self.db.connect() as conn:
            self._require(conn, conversation_id)
            rows = conn.execute(
                "SELECT question, narrative, route, filters FROM conversation_turns WHERE conversation_id = %s "
                "ORDER BY position DESC LIMIT %s", (conversation_id, limit)).fetchall()
        return [{"question": q, "narrative": n, "route": r, "filters": f or {}} for q, n, r, f in reversed(rows)]

    def add_turn(self, conversation_id: int, answer: "Answer") -> tuple[int, int]:
        """Append ``answer`` as the next turn; returns ``(turn_id, position)``."""
        with self.db.connect() as conn:
            self._require(conn, conversation_id, lock=True)
            position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM conversation_turns "
                                    "WHERE conversation_id = %s", (conversation_id,)).fetchone()[0]
            turn_id = conn.execute(
                "INSERT INTO conversation_turns(conversation_id, position, question, route, filters, retrieved_ids, "
                "flagged_ids, numbers_used, messages, model_output, narrative, answer, citations, dropped_citations, "
                "fallback, injection_blocked, model, ttft_ms, total_ms) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (conversation_id, position, answer.question, answer.route, json.dumps(answer.filters),
                 answer.retrieved_ids, answer.flagged_ids, json.dumps([n.as_dict() for n in answer.numbers_used],
                                                                      default=str),
                 json.dumps(answer.messages), answer.model_output, answer.narrative, answer.text,
                 [c.id for c in answer.citations], answer.dropped_citations, answer.fallback,
                 answer.injection_blocked is not None, json.dumps(answer.model, default=str), answer.ttft_ms,
                 answer.total_ms)).fetchone()[0]
            conn.execute("UPDATE conversations SET updated_at = now() WHERE id = %s", (conversation_id,))
        return turn_id, position

    def rate(self, turn_id: int, *, up: bool | None = None, good: bool | None = None, note: str | None = None) -> None:
        """Record the PM's thumbs up/down (``up``) and/or the "marked good" flag (``good``) on one turn."""
        sets, params = [], []
        if up is not None:
            sets.append("rating = %s")
            params.append(1 if up else -1)
        if good is not None:
            sets.append("marked_good = %s")
            params.append(good)
        if note is not None:
            sets.append("rating_note = %s")
            params.append(note)
        if not sets:
            return
        with self.db.connect() as conn:
            cur = conn.execute(f"UPDATE conversation_turns SET {', '.join(sets)} WHERE id = %s", [*params, turn_id])
            if cur.rowcount == 0:
                raise UserError(f"No answer with turn id {turn_id}.", hint="See `pma conversations list` for ids.")

    def conversations(self, limit: int = 20) -> list[dict[str, Any]]:
        with self.db.connect() as conn:
            rows = conn.execute(
                "SELECT c.id, c.title, c.created_at, c.updated_at, count(t.id), "
                "count(t.id) FILTER (WHERE t.marked_good) FROM conversations c "
                "LEFT JOIN conversation_turns t ON t.conversation_id = c.id "
                "GROUP BY c.id ORDER BY c.updated_at DESC, c.id DESC LIMIT %s", (limit,)).fetchall()
        return [{"id": r[0], "title": r[1], "created_at": r[2].isoformat(), "updated_at": r[3].isoformat(),
                 "turns": r[4], "marked_good": r[5]} for r in rows]

    def turns(self, conversation_id: int) -> list[dict[str, Any]]:
        with self.db.connect() as conn:
            self._require(conn, conversation_id)
            rows = conn.execute(
                "SELECT id, position, question, route, answer, citations, dropped_citations, retrieved_ids, "
                "numbers_used, model, fallback, injection_blocked, rating, marked_good, created_at "
                "FROM conversation_turns WHERE conversation_id = %s ORDER BY position", (conversation_id,)).fetchall()
        keys = ("turn_id", "position", "question", "route", "answer", "citations", "dropped_citations",
                "retrieved_ids", "numbers_used", "model", "fallback", "injection_blocked", "rating", "marked_good",
                "created_at")
        return [{**dict(zip(keys, r)), "created_at": r[-1].isoformat()} for r in rows]

    def training_rows(self, *, only_good: bool = True) -> Iterator[dict[str, Any]]:
        """Chat examples: the exact messages the model saw plus the checked answer prose as the reply."""
        with self.db.connect() as conn:
            rows = conn.execute(
                "SELECT id, messages, narrative, marked_good FROM conversation_turns "
                f"WHERE jsonb_array_length(messages) > 0 AND narrative <> ''{' AND marked_good' if only_good else ''} "
                "ORDER BY id").fetchall()
        for turn_id, messages, narrative, good in rows:
            yield {"messages": [*messages, {"role": "assistant", "content": narrative}], "good": bool(good),
                   "turn_id": turn_id}

    def _require(self, conn, conversation_id: int, *, lock: bool = False) -> None:
        sql = "SELECT 1 FROM conversations WHERE id = %s" + (" FOR UPDATE" if lock else "")
        if conn.execute(sql, (conversation_id,)).fetchone() is None:
            raise UserError(f"No conversation with id {conversation_id}.",
                            hint="See `pma conversations list`, or leave out --conversation to start a new one.")
