"""Grounded chat over stored feedback: route, retrieve or count, prompt, generate, check, store.

``Chat(settings).ask("Why do offline maps fail?")`` returns an ``Answer`` whose text is made of parts with
different origins, so a weak model cannot make it wrong:

- text written by code first: numbers computed in SQL for aggregate questions (``aggregate``), or for other
  questions an evidence-first summary of the items on topic (``summary``: how many, their mix, the points they make);
- then the model's sentences, only those supported by the items they cite, each citing one (``grounding`` with
  ``assistant.safety.sentences``); a model that writes nothing supported adds nothing;
- then an evidence list of retrieved items, built by code, each cited as ``[F123]``.

When nothing on topic is retrieved (``relevance``) the model is not called and the answer says there is not enough
evidence. ``Chat.stream`` yields the same answer in pieces (``str``) and finally the ``Answer``; the steps are
``turn.Turn``.

Not handled here: rendering (``ui``), prompt wording (``prompts``), the model itself (``assistant.llm``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.chat import prompt
from assistant.chat.aggregate import Number
from assistant.chat.citations import cited_ids
from assistant.chat.context import AskOptions, Context, ContextBuilder
from assistant.chat.store import ConversationStore
from assistant.chat.turn import MAX_QUESTION_CHARS, STOP, Turn, _ms  # noqa: F401  (re-exported names)
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.search import SearchHit, Searcher, get_items
from retrieval.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Citation:
    """A feedback item an answer cites, as stored (not the sanitized prompt copy)."""

    id: int
    ref: str
    text: str
    source: str
    created_at: str | None

    @classmethod
    def of(cls, hit: SearchHit) -> "Citation":
        return cls(hit.id, hit.ref, hit.text, hit.source, hit.created_at.isoformat() if hit.created_at else None)


@dataclass
class Answer:
    """One checked answer. ``text`` is what a person reads; the rest explains where it came from."""

    question: str
    text: str
    route: str
    narrative: str = ""
    citations: list[Citation] = field(default_factory=list)
    dropped_citations: list[str] = field(default_factory=list)
    model_citations: int = 0  # citations the model wrote (before the check); dropped / this = drop rate
    numbers_used: list[Number] = field(default_factory=list)
    matched_ids: list[int] = field(default_factory=list)  # every item a count question counted
    retrieved_ids: list[int] = field(default_factory=list)
    flagged_ids: list[int] = field(default_factory=list)
    fallback: bool = False
    fallback_reason: str = ""
    injection_blocked: str | None = None  # the planted payload the model's text reproduced, if any
    removed_sentences: list[str] = field(default_factory=list)  # model sentences dropped (numbers not in the data...)
    revised: bool = False  # the streamed draft differed from the checked prose (the stream then repeats the latter)
    note: str | None = None
    spelling: list[tuple[str, str]] = field(default_factory=list)  # (as typed, as read) for misspelt question words
    filters: dict = field(default_factory=dict)
    messages: list[dict] = field(default_factory=list)
    model_output: str | None = None
    model: dict = field(default_factory=dict)
    conversation_id: int | None = None
    turn_id: int | None = None
    position: int | None = None
    prompt_ready_ms: float | None = None  # routing, retrieval or SQL, and prompt building done
    prompt_tokens: int | None = None
    first_token_ms: float | None = None  # first piece the model produced (shown or not)
    ttft_ms: float | None = None  # first piece of the model's text that was shown
    first_output_ms: float | None = None  # first text of any kind shown (numbers come before the model's text)
    total_ms: float | None = None
    model_tokens: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``pma ask --json`` shape: answer, citations, dropped_citations, numbers_used, and context."""
        return {
            "answer": self.text,
            "citations": [asdict(c) for c in self.citations],
            "dropped_citations": len(self.dropped_citations),
            "dropped_refs": self.dropped_citations,
            "numbers_used": [n.as_dict() for n in self.numbers_used],
            "matched_ids": self.matched_ids,
            "route": self.route,
            "narrative": self.narrative,
            "fallback": self.fallback,
            "fallback_reason": self.fallback_reason,
            "removed_sentences": self.removed_sentences,
            "injection_blocked": self.injection_blocked is not None,
            "flagged_ids": self.flagged_ids,
            "retrieved_ids": self.retrieved_ids,
            "note": self.note,
            "spelling": [{"typed": typed, "read_as": read} for typed, read in self.spelling],
            "conversation_id": self.conversation_id,
            "turn_id": self.turn_id,
            "model": self.model,
            "ttft_ms": self.ttft_ms,
            "total_ms": self.total_ms,
        }


class Chat:
    """Answers questions about stored feedback. Reuse one instance: it keeps the models loaded.

    Args:
        settings: the effective settings.
        llm: any object with the ``assistant.llm.LLM`` shape; default ``get_llm(settings)``.
        searcher, db: share these with other components to reuse loaded models and connections.
        themes: theme statistics (``assistant.themes.view.ThemesView``); default: read from the database.
    """

    def __init__(self, settings: Settings, *, llm=None, searcher: Searcher | None = None, db: Database | None = None,
                 themes=None):
        self.settings = settings
        self.db = db or (searcher.db if searcher else Database(settings))
        self.searcher = searcher or Searcher(settings, db=self.db)
        self._llm = llm
        self.context = ContextBuilder(settings, self.db, self.searcher, themes=themes)
        self.store = ConversationStore(self.db)

    @property
    def llm(self):
        if self._llm is None:
            from assistant.llm import get_llm

            self._llm = get_llm(self.settings)
        return self._llm

    def ask(self, question: str, *, conversation_id: int | None = None, filters: Filters | None = None,
            options: AskOptions | None = None) -> Answer:
        """Answer ``question`` (see the module docstring); ``conversation_id`` continues a conversation.

        Example:
            >>> Chat(Settings()).ask("What do users say about offline maps?").text  # doctest: +SKIP
        """
        for event in self.stream(question, conversation_id=conversation_id, filters=filters, options=options):
            if isinstance(event, Answer):
                return event
        raise RuntimeError("Chat.stream ended without an Answer")  # a bug, not a user error

    def stream(self, question: str, *, conversation_id: int | None = None, filters: Filters | None = None,
               options: AskOptions | None = None) -> Iterator[str | Answer]:
        """Yield the answer text in pieces, then the final ``Answer`` (the steps are ``turn.Turn``)."""
        yield from Turn(self, question, conversation_id, filters, options).run()

    # ---- steps ---------------------------------------------------------------------------------------------
    def _fit(self, question, blocks, numbers_text, history_pairs, scope, max_new) -> tuple[list[dict], int]:
        """Drop the lowest-ranked items, then old turns, until the prompt fits ``settings.llm.context_tokens``."""
        budget = self.settings.llm.context_tokens - max_new
        blocks, history_pairs = list(blocks), list(history_pairs)
        while True:
            messages = prompt.build_messages(question, blocks, numbers=numbers_text, history=history_pairs, scope=scope)
            tokens = self.llm.count_tokens(messages)
            if tokens <= budget:
                return messages, tokens
            if history_pairs:
                history_pairs.pop(0)
            elif len(blocks) > 1:
                blocks.pop()
            else:
                raise UserError(
                    f"The question and one feedback item do not fit in {self.settings.llm.context_tokens} tokens "
                    f"with {max_new} tokens left for the answer.",
                    hint="Raise PMA_LLM_CONTEXT_TOKENS, lower PMA_LLM_MAX_NEW_TOKENS, or ask a shorter question.")

    def _evidence(self, ctx: Context, cited: list[int], sanitized, opts: AskOptions) -> list[SearchHit]:
        """Items cited by the prose first, then the best-ranked; items that carried instructions go last."""
        by_id = {h.id: h for h in [*ctx.items, *ctx.matching]}
        order = [i for i in cited if i in by_id] + [h.id for h in ctx.items if h.id not in cited]
        order.sort(key=lambda i: sanitized[i].flagged)  # stable: keeps the rank order within each group
        chosen = order[: opts.evidence_items]
        if ctx.facts is not None:  # an aggregate answer's numbers may cite items: those must be listed too
            for line_id in cited_ids("\n".join(ctx.facts.lines)):
                if line_id in by_id and line_id not in chosen:
                    chosen.append(line_id)
        return [by_id[i] for i in chosen]

    def _finish(self, answer: Answer, started: float, opts: AskOptions, items: dict[int, SearchHit] | None = None):
        ids = cited_ids(answer.text)
        items = dict(items or {})
        missing = [i for i in ids if i not in items]
        if missing:
            items.update(get_items(self.db, missing))
        answer.citations = [Citation.of(items[i]) for i in ids if i in items]
        answer.total_ms = _ms(started)
        if opts.save:
            if answer.conversation_id is None:
                answer.conversation_id = self.store.start(answer.question)
            answer.turn_id, answer.position = self.store.add_turn(answer.conversation_id, answer)
        return answer
