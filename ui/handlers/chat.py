"""Chat tab: stream grounded answers into a chat history, citation chips, thumbs up/down, past conversations.

The answer itself comes from ``assistant.chat.Chat`` (routing, retrieval, SQL numbers, citation checks); this module
only turns its stream into what the chat window shows. A browser session's state is a plain dict::

    {"conversation_id": 12, "turns": {1: 40, 3: 41}, "citations": {1: [...], 3: [...]}}

``turns`` maps the index of an assistant message in the history to its stored turn id (for thumbs up/down);
``citations`` maps it to the chips shown for that answer.

Not handled: editing or deleting past answers (conversations are an append-only log).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from retrieval.errors import UserError
from retrieval.filters import Filters
from ui.handlers.services import Services

# Questions that fit any feedback; ``example_questions`` adds two about the stored themes' own subjects (a tester's
# invoicing data was offered "Why do offline maps fail to download?", a question about the bundled example).
EXAMPLE_QUESTIONS = [
    "What are the top issues?",
    "What should we fix first?",
    "What new problems appeared last month?",
    "Why do people give 1 star?",
    "Is sentiment improving?",
]


def example_questions(services: Services) -> list[str]:
    """``EXAMPLE_QUESTIONS`` with, first, questions about the subjects of the two largest stored themes that are not
    praise or a language ("What do users say about export?", "How many people mention wrong currency?")."""
    import psycopg

    from assistant.themes.kinds import language_named

    try:
        rows = _largest_problem_themes(services)
    except (UserError, psycopg.Error):  # no database yet: the questions that fit any feedback
        return list(EXAMPLE_QUESTIONS)
    # a phrase among the first three keywords, else the first
    subjects = [next((k for k in keywords[:3] if " " in k), keywords[0])
                for label, keywords in rows if not language_named(label) and keywords]
    asked = [f"What do users say about {s}?" for s in subjects[:1]] + \
        [f"How many people mention {s}?" for s in subjects[1:2]]
    return asked + EXAMPLE_QUESTIONS


def _largest_problem_themes(services: Services) -> list[tuple[str, list[str]]]:
    with services.db.connect() as conn:
        return conn.execute(
            "SELECT t.label, t.keywords FROM themes t JOIN feedback_themes ft ON ft.theme_id = t.id "
            "LEFT JOIN feedback_classification fc ON fc.feedback_id = ft.feedback_id "
            "WHERE t.status = 'active' AND NOT t.candidate GROUP BY t.id, t.label, t.keywords "
            "HAVING count(*) FILTER (WHERE fc.feedback_type = 'praise' OR fc.sentiment = 'positive') < 0.5 * count(*) "
            "ORDER BY count(*) DESC, t.id LIMIT 5").fetchall()


def new_session() -> dict[str, Any]:
    return {"conversation_id": None, "turns": {}, "citations": {}}


@dataclass
class ChatUpdate:
    """One frame of a streamed answer: the whole history, the chips of the answer being written, the session."""

    history: list[dict[str, str]]
    citations: list[dict[str, Any]] = field(default_factory=list)
    session: dict[str, Any] = field(default_factory=new_session)
    done: bool = False
    error: str | None = None


def stream_answer(services: Services, question: str, history: list[dict[str, str]] | None, session: dict | None,
                  filters: Filters | None = None, *, adapter: str | None = None) -> Iterator[ChatUpdate]:
    """Yield the chat history as the answer streams in, ending with a frame whose ``done`` is true.

    A problem the user can fix (no feedback stored, a bad filter, a model that cannot load) ends the stream with the
    message as the assistant's reply and ``error`` set, rather than an exception.
    """
    session = _copy_session(session)
    history = [dict(m) for m in (history or [])]
    question = (question or "").strip()
    if not question:
        yield ChatUpdate(history, session=session, done=True, error="Type a question first.")
        return
    history += [{"role": "user", "content": question}, {"role": "assistant", "content": ""}]
    index = len(history) - 1
    yield ChatUpdate(history, session=session)
    text = ""
    try:
        chat = services.chat(adapter)
        for event in chat.stream(question, conversation_id=session["conversation_id"], filters=filters):
            if isinstance(event, str):
                text += event
                history[index] = {"role": "assistant", "content": text}
                yield ChatUpdate(history, session=session)
                continue
            answer = event
            chips = [citation_chip(c) for c in answer.citations]
            history[index] = {"role": "assistant", "content": answer.text}
            session["conversation_id"] = answer.conversation_id
            if answer.turn_id is not None:
                session["turns"][index] = answer.turn_id
            session["citations"][index] = chips
            yield ChatUpdate(history, chips, session, done=True)
            return
    except UserError as exc:
        history[index] = {"role": "assistant", "content": f"⚠️ {exc}"}
        yield ChatUpdate(history, session=session, done=True, error=str(exc))


def citation_chip(citation: Any) -> dict[str, Any]:
    """A chip for one cited item: ``{"id", "ref", "label", "text"}``, labelled ``F12 · app_store · 2026-09-01``."""
    date = (citation.created_at or "")[:10]
    label = " · ".join(x for x in (citation.ref, citation.source, date) if x)
    return {"id": citation.id, "ref": citation.ref, "label": label, "text": citation.text}


def citations_for(session: dict | None, index: int | None) -> list[dict[str, Any]]:
    """The chips of the assistant message at ``index`` (a click on an earlier answer shows its sources)."""
    if not session or index is None:
        return []
    return list(session.get("citations", {}).get(index, []))


def rate(services: Services, session: dict | None, index: int | None, liked: bool | None) -> str:
    """Store thumbs up (``liked`` true) or down for the answer at ``index``; returns a short confirmation."""
    turn_id = (session or {}).get("turns", {}).get(index)
    if turn_id is None or liked is None:
        return "Only answers from this session can be rated."
    services.chat().store.rate(turn_id, up=bool(liked))
    return "Thanks: rated 👍." if liked else "Thanks: rated 👎."


def mark_good(services: Services, session: dict | None) -> str:
    """Mark the latest answer of this session as a good example for fine-tuning."""
    turns = (session or {}).get("turns", {})
    if not turns:
        return "Ask a question first: there is no answer to mark."
    services.chat().store.rate(turns[max(turns)], good=True)
    return "Marked the latest answer as a good example; the Fine-tune tab can train on answers marked good."


def conversations(services: Services, limit: int = 20) -> list[tuple[str, int]]:
    """Past conversations as ``(label, id)`` choices, newest first."""
    return [(f"#{c['id']} {c['title']} ({c['turns']} turn{'s' if c['turns'] != 1 else ''})", c["id"])
            for c in services.chat().store.conversations(limit)]


def load_conversation(services: Services, conversation_id: int | None) -> tuple[list[dict[str, str]], dict]:
    """History and session state to continue a stored conversation."""
    session = new_session()
    if not conversation_id:
        return [], session
    from retrieval.search import get_items

    store = services.chat().store
    turns = store.turns(int(conversation_id))
    cited = get_items(services.db, sorted({i for t in turns for i in (t["citations"] or [])}))
    history: list[dict[str, str]] = []
    for t in turns:
        history += [{"role": "user", "content": t["question"]}, {"role": "assistant", "content": t["answer"]}]
        index = len(history) - 1
        session["turns"][index] = t["turn_id"]
        session["citations"][index] = [_chip_from_hit(cited[i]) for i in (t["citations"] or []) if i in cited]
    session["conversation_id"] = int(conversation_id)
    return history, session


def model_label(services: Services, adapter: str | None = None) -> str:
    """What writes the answers, e.g. ``local · bundled (SmolLM2-135M-Instruct) · cpu · adapter: none``."""
    info = services.llm(adapter).describe()
    model = info.get("model") or "?"
    if model == "bundled":
        model = "bundled (SmolLM2-135M-Instruct)"
    adapter_name = info.get("adapter")
    parts = [str(info.get("backend") or "?"), model]
    if info.get("device") and info.get("device") != "auto":
        parts.append(str(info["device"]))
    parts.append(f"adapter: {adapter_name}" if adapter_name else "adapter: none")
    return " · ".join(parts)


def _chip_from_hit(hit: Any) -> dict[str, Any]:
    date = hit.created_at.date().isoformat() if hit.created_at else ""
    return {"id": hit.id, "ref": hit.ref, "label": " · ".join(x for x in (hit.ref, hit.source, date) if x),
            "text": hit.text}


def _copy_session(session: dict | None) -> dict[str, Any]:
    session = session or new_session()
    return {"conversation_id": session.get("conversation_id"), "turns": dict(session.get("turns", {})),
            "citations": dict(session.get("citations", {}))}
