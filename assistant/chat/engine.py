"""Grounded chat over stored feedback: route, retrieve or count, prompt, generate, check, store.

``Chat(settings).ask("Why do offline maps fail?")`` returns an ``Answer`` whose text is made of parts with
different origins, so a weak model cannot make it wrong:

- aggregate questions start with numbers computed in SQL (``aggregate``), written by code;
- then the model's prose, with invalid citations removed and unusable or injected output replaced
  (``grounding``);
- then an evidence list of retrieved items, built by code, each cited as ``[F123]``.

When nothing relevant is retrieved the model is not called and the answer says there is not enough evidence.
``Chat.stream`` yields the same answer in pieces (``str``) and finally the ``Answer``.

Not handled here: rendering (``ui``), prompt wording (``prompts``), the model itself (``assistant.llm``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.chat import prompt
from assistant.chat.aggregate import Number
from assistant.chat.citations import cited_ids
from assistant.chat.context import AskOptions, Context, ContextBuilder
from assistant.chat.grounding import OutputGuard, evidence_line, fallback_narrative, snippet
from assistant.safety.output import allowed_numbers
from assistant.chat.store import ConversationStore
from assistant.safety.untrusted import sanitize
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.search import SearchHit, Searcher, get_items
from retrieval.settings import Settings

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 2000
STOP = ["\nQuestion:", "<feedback", "\nEvidence:", "</numbers>"]


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
    retrieved_ids: list[int] = field(default_factory=list)
    flagged_ids: list[int] = field(default_factory=list)
    fallback: bool = False
    fallback_reason: str = ""
    injection_blocked: str | None = None  # the planted payload the model's text reproduced, if any
    removed_sentences: list[str] = field(default_factory=list)  # model sentences dropped (numbers not in the data...)
    revised: bool = False  # the streamed draft differed from the checked prose (the stream then repeats the latter)
    note: str | None = None
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
            "route": self.route,
            "narrative": self.narrative,
            "fallback": self.fallback,
            "fallback_reason": self.fallback_reason,
            "removed_sentences": self.removed_sentences,
            "injection_blocked": self.injection_blocked is not None,
            "flagged_ids": self.flagged_ids,
            "retrieved_ids": self.retrieved_ids,
            "note": self.note,
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
        """Yield the answer text in pieces, then the final ``Answer``."""
        started = time.perf_counter()
        opts = options or AskOptions()
        filters = filters or Filters()
        question = (question or "").strip()
        if not question:
            raise UserError("The question is empty.", hint='Example: pma ask "Why do offline maps fail?"')
        if len(question) > MAX_QUESTION_CHARS:
            raise UserError(f"The question is {len(question)} characters long; the limit is {MAX_QUESTION_CHARS}.",
                            hint="Ask a shorter question; put long text in a feedback export instead.")
        history = self.store.history(conversation_id, opts.history_turns) if conversation_id else []
        ctx = self.context.gather(question, history, filters, opts)

        answer = Answer(question=question, text="", route=ctx.route.kind, filters=_filters_dict(filters),
                        retrieved_ids=[h.id for h in ctx.items], conversation_id=conversation_id)
        def emit(piece: str) -> str:
            if piece and answer.first_output_ms is None:
                answer.first_output_ms = _ms(started)
            return piece

        if ctx.no_evidence:
            answer.text = ctx.no_evidence
            answer.note = ctx.facts.note if ctx.facts else None
            if ctx.facts:
                answer.numbers_used = ctx.facts.numbers
            yield emit(answer.text)
            yield self._finish(answer, started, opts)
            return

        sanitized = {h.id: sanitize(h.text) for h in ctx.items}
        answer.flagged_ids = [i for i, s in sanitized.items() if s.flagged]
        payloads = [p for s in sanitized.values() for p in s.payloads]
        facts = ctx.facts
        numbers_block = ""
        if facts is not None:
            answer.numbers_used, answer.note = facts.numbers, facts.note
            numbers_block = "Numbers (computed from the database):\n" + "\n".join(
                line if line[:1].isdigit() and line[1:3] in (". ", ".") else f"- {line}" for line in facts.lines)
            if facts.note:
                numbers_block += f"\n- {facts.note}"
            yield emit(numbers_block + "\n\n")

        blocks = [prompt.feedback_block(h.ref, _cut(sanitized[h.id].text, opts.item_chars)) for h in ctx.items]
        history_pairs = [(t["question"], t["narrative"] or "(no answer)") for t in history]
        # The model reads the code-written sentences (compact); numbers_used keeps every figure behind them.
        numbers_text = list(facts.lines) if facts else []
        max_new = opts.max_new_tokens or self.settings.llm.max_new_tokens
        messages, answer.prompt_tokens = self._fit(question, blocks, numbers_text, history_pairs, ctx.scope, max_new)
        answer.messages = [dict(m) for m in messages]
        answer.prompt_ready_ms = _ms(started)
        answer.model = self.llm.describe()

        allowed = {h.id for h in ctx.items}
        context_texts = [question, *[h.text for h in ctx.items], *(facts.lines if facts else [])]
        numbers_ok = allowed_numbers(context_texts, [n.value for n in facts.numbers] if facts else [])
        guard = OutputGuard(allowed, payloads, question=question, allowed_numbers=numbers_ok,
                            system_prompt=messages[0]["content"], sources=[h.text for h in ctx.items])
        pieces = self.llm.stream(messages, max_new_tokens=max_new, stop=STOP)
        tokens = 0
        failure = None
        try:
            for piece in pieces:
                tokens += 1
                if answer.first_token_ms is None:
                    answer.first_token_ms = _ms(started)
                out = guard.feed(piece)
                if out:
                    if answer.ttft_ms is None:
                        answer.ttft_ms = _ms(started)
                    yield emit(out)
                if guard.done:
                    break
        except UserError:
            raise  # a setting to fix (server down, wrong key, context too long): say so, do not paper over it
        except Exception as exc:  # a model crashing mid-answer still gets an answer built from the evidence
            log.warning("the model failed while answering: %s", exc)
            failure = f"the model failed: {type(exc).__name__}"
        finally:
            close = getattr(pieces, "close", None)
            if close:
                close()  # stops generation when the guard is done or the caller stopped reading
        tail = guard.finish()
        if tail:
            if answer.ttft_ms is None:
                answer.ttft_ms = _ms(started)
            yield emit(tail)
        verdict = guard.result()
        answer.model_output = guard.raw
        answer.model_tokens = tokens
        answer.dropped_citations = list(guard.citations.dropped)
        answer.model_citations = guard.citations.total
        answer.injection_blocked = verdict.blocked
        answer.removed_sentences = verdict.removed_sentences

        quotes = [(h.ref, sanitized[h.id].text) for h in self._evidence(ctx, [], sanitized, opts)]
        if failure or not verdict.usable:
            answer.fallback, answer.fallback_reason = True, failure or verdict.reason
            narrative = fallback_narrative(quotes, aggregate=facts is not None)
        else:
            narrative = verdict.text
        answer.narrative = narrative
        answer.revised = verdict.revised or (answer.fallback and bool(guard.shown.strip()))
        if answer.revised:  # the reader saw a draft that changed; show the checked prose, marked as such
            yield emit(f"\n\n[Checked answer] {narrative}")
        elif answer.fallback:
            yield emit(("\n\n" if guard.shown.strip() else "") + narrative)

        evidence_hits = self._evidence(ctx, cited_ids(narrative), sanitized, opts)
        evidence = "\n".join(evidence_line(h.ref, sanitized[h.id].text, source=h.source, date=_date(h), rating=h.rating)
                             for h in evidence_hits)
        parts = [numbers_block, narrative, ("Evidence:\n" + evidence) if evidence else ""]
        answer.text = "\n\n".join(p for p in parts if p)
        if evidence:
            yield emit("\n\nEvidence:\n" + evidence)
        yield self._finish(answer, started, opts, items={h.id: h for h in ctx.items})

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
        by_id = {h.id: h for h in ctx.items}
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


def _filters_dict(filters: Filters) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in asdict(filters).items()
            if v not in (None, [], {}, True)}


def _date(hit: SearchHit) -> str | None:
    return hit.created_at.date().isoformat() if hit.created_at else None


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else snippet(text, limit)


def _ms(started: float) -> float:
    return round(1000 * (time.perf_counter() - started), 1)
