"""One question being answered: the steps of ``Chat.stream`` as short methods of a run object (``Turn``).

The order of what a reader sees, and where each part comes from:

1. ``gather``: route, retrieve or count, judge relevance (``context``); nothing on topic -> "not enough evidence"
   and the model is not called (``abstain``);
2. ``code_text``: text written by code, shown at once: the SQL numbers of an aggregate answer, or the
   evidence-first summary of a lookup (``summary``: how many items match, their mix, the points they make);
3. ``generate``: the model's prose through the ``OutputGuard``; with the sentence judge (``assistant.safety
   .sentences``) only complete, supported, non-repeating sentences are shown, each citing the item behind it;
4. ``settle``: a model that failed, was stopped by a planted instruction, or wrote nothing supported adds nothing
   (the code text stands alone);
5. ``evidence``: the code-built evidence list; ``finish`` resolves citations and stores the turn.

Not handled here: the parts themselves (``context``, ``summary``, ``grounding``, ``prompt``, ``store``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from assistant.chat import prompt
from assistant.chat.citations import cited_ids
from assistant.chat.context import FOLLOW_UP_TURNS, AskOptions, Context
from assistant.chat.grounding import GuardResult, OutputGuard, evidence_line, snippet
from assistant.chat.router import ONLY_WORDS, personal_asked, topic_words
from assistant.chat.summary import Summary, summarize
from assistant.safety.output import allowed_numbers
from assistant.safety.sentences import SentenceJudge
from assistant.safety.untrusted import sanitize
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.search import SearchHit

if TYPE_CHECKING:
    from assistant.chat.engine import Answer, Chat

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 2000
_HANDED = frozenset("""seen see saw pasted paste shared share gave given give sent send wrote written posted left know
have has stored provided entered typed used mentioned you we i""".split())  # how personal data came: no subject
PERSONAL_NOT_STORED = ("No {detail} can be given: personal data (phone numbers, e-mail and postal addresses, bank and "
                       "card details, passwords, keys and names) is redacted before feedback is stored, as <PHONE>, "
                       "<EMAIL>, <ADDRESS>, <IBAN> or <SECRET> (unless an export was loaded with --keep-pii).")
STOP = ["\nQuestion:", "<feedback", "\nEvidence:", "</numbers>"]


class Turn:
    """The state of one answer while it streams (see the module docstring)."""

    def __init__(self, chat: "Chat", question: str, conversation_id: int | None, filters: Filters | None,
                 options: AskOptions | None):
        from assistant.chat.engine import Answer

        self.started = time.perf_counter()
        self.chat = chat
        self.opts = options or AskOptions()
        self.filters = filters or Filters()
        self.question = _checked_question(question)
        self.conversation_id = conversation_id
        self.answer = Answer(question=self.question, text="", route="", filters=_filters_dict(self.filters),
                             conversation_id=conversation_id)
        self.ctx: Context | None = None
        self.sanitized: dict = {}
        self.code = ""  # numbers block or evidence-first summary
        self.summary = Summary()
        self.verdict: GuardResult | None = None
        self.failure: str | None = None
        self.guard: OutputGuard | None = None
        self.prose = ""
        self._blank = ""
        self.read_as = ""  # "Read as: ..." when the question had misspelt words

    # ---- the flow ---------------------------------------------------------------------------------------------
    def run(self) -> Iterator["str | Answer"]:
        # More turns than the model sees: a follow-up of follow-ups leans on the last question with a subject
        turns = max(self.opts.history_turns, FOLLOW_UP_TURNS)
        history = self.chat.store.history(self.conversation_id, turns) if self.conversation_id else []
        if self.chat.settings.retrieval.redact_pii and (personal := personal_asked(self.question)) is not None:
            # none is stored (redaction is on): said, then the rest answered
            detail, self.question = personal  # ("What is the phone number of the customer who complained about
            # funnels?": an analytics tester's counted 83 items about 'phone funnels')
            self.read_as = PERSONAL_NOT_STORED.format(detail=detail)
            yield self.emit(self.read_as + "\n\n")
            if not set(topic_words(self.question).lower().split()) - ONLY_WORDS - _HANDED:  # "List the customer
                # e-mail addresses you have seen", "Show me any API keys customers pasted"
                self.answer.text = self.read_as
                yield self.finish()
                return
        self.ctx = self.chat.context.gather(self.question, history, self.filters, self.opts)
        history = history[max(0, len(history) - self.opts.history_turns):]
        if self.ctx.filters is not None and self.ctx.filters != self.filters:  # narrowed by the question's words
            self.filters = self.ctx.filters
            self.answer.filters = _filters_dict(self.filters)
        self.answer.route = self.ctx.route.kind
        self.answer.retrieved_ids = [h.id for h in (self.ctx.matching or self.ctx.items)]
        if (spelling := self.ctx.spelling) is not None:  # the model and the checks read the question as corrected
            self.question = spelling.text
            self.answer.spelling = spelling.fixes
            read_as = f"Read as: \"{spelling.text}\" ({spelling.describe()})."
            self.read_as = "\n\n".join(p for p in (self.read_as, read_as) if p)
            yield self.emit(read_as + "\n\n")
        if self.ctx.no_evidence:
            yield from self.abstain()
            return
        yield from self.code_text()
        messages = self.prompt(history)
        yield from self.generate(messages)
        yield from self.settle()
        yield from self.evidence()
        yield self.finish(items={h.id: h for h in [*self.ctx.items, *self.ctx.matching]})

    def emit(self, piece: str) -> str:
        if piece and self.answer.first_output_ms is None:
            self.answer.first_output_ms = _ms(self.started)
        return piece

    # ---- steps -----------------------------------------------------------------------------------------------
    def abstain(self) -> Iterator["str | Answer"]:
        ctx, answer = self.ctx, self.answer
        answer.text = "\n\n".join(p for p in (self.read_as, ctx.no_evidence) if p)
        answer.note = ctx.facts.note if ctx.facts else None
        if ctx.facts:
            answer.numbers_used = ctx.facts.numbers
        yield self.emit(ctx.no_evidence)
        yield self.finish()

    def code_text(self) -> Iterator[str]:
        """The part written by code, shown before the model starts: numbers, or the evidence-first summary."""
        ctx, answer = self.ctx, self.answer
        items = {h.id: h for h in [*ctx.items, *ctx.matching]}
        self.sanitized = {i: sanitize(h.text) for i, h in items.items()}
        answer.flagged_ids = [i for i in answer.retrieved_ids if self.sanitized[i].flagged]
        facts = ctx.facts
        if facts is not None:
            answer.numbers_used, answer.note, answer.matched_ids = facts.numbers, facts.note, facts.matched_ids
            self.code = "Numbers (computed from the database):\n" + "\n".join(
                line if line[:1].isdigit() and line[1:3] in (". ", ".") else f"- {line}" for line in facts.lines)
            if facts.note:
                self.code += f"\n- {facts.note}"
        else:
            flagged = {i for i, s in self.sanitized.items() if s.flagged}
            with self.chat.db.connect() as conn:
                self.summary = summarize(conn, ctx.matching, {i: s.text for i, s in self.sanitized.items()}, flagged,
                                         question=self.question, scope=ctx.scope,
                                         checked=ctx.checked if ctx.checked >= self.opts.match_items else None,
                                         relevance=ctx.relevance, about=ctx.about, topic=ctx.route.topic)
            answer.numbers_used = self.summary.numbers
            self.code = self.summary.text
        if self.code:
            yield self.emit(self.code + "\n\n")

    def prompt(self, history: list[dict]) -> list[dict]:
        ctx, answer, opts = self.ctx, self.answer, self.opts
        blocks = [prompt.feedback_block(h.ref, _cut(self.sanitized[h.id].text, opts.item_chars)) for h in ctx.items]
        history_pairs = [(t["question"], t["narrative"] or "(no answer)") for t in history]
        numbers_text = list(ctx.facts.lines) if ctx.facts else []  # the model reads the code-written sentences
        self.max_new = opts.max_new_tokens or self.chat.settings.llm.max_new_tokens
        messages, answer.prompt_tokens = self.chat._fit(self.question, blocks, numbers_text, history_pairs, ctx.scope,
                                                        self.max_new)
        answer.messages = [dict(m) for m in messages]
        answer.prompt_ready_ms = _ms(self.started)
        answer.model = self.chat.llm.describe()
        return messages

    def generate(self, messages: list[dict]) -> Iterator[str]:
        """Stream the model's text through the guard; only checked sentences come out."""
        ctx, answer = self.ctx, self.answer
        sources = {h.id: h.text for h in ctx.items}
        facts_lines = list(ctx.facts.lines) if ctx.facts else []
        values = [n.value for n in answer.numbers_used]
        # A model sentence may state a number only as the question or an item writes it. The computed figures are
        # shown verbatim above the prose; restated, the bundled model attached them to the wrong quantity ("with 625
        # of them rated 1-2", where 625 was the items about crashes), which no word check can see.
        numbers_ok = allowed_numbers([self.question, *sources.values()])
        payloads = [p for i in sources for p in self.sanitized[i].payloads]
        # The figures support a sentence, not the words of the summary's labels (those quote other items).
        judge = SentenceJudge(sources, question=self.question, numbers=[*facts_lines, *map(str, values)])
        for point in self.summary.points:  # the model may not repeat what the summary already says
            judge.remember(point.name)
        for line in facts_lines:  # nor the code-written figures shown above it (a restatement can swap "4.3" for
            judge.remember(line)  # "4.4", both in the lines, and still pass as supported)
        self.guard = guard = OutputGuard(set(sources), payloads, question=self.question, allowed_numbers=numbers_ok,
                                         system_prompt=messages[0]["content"], sources=list(sources.values()),
                                         judge=judge)
        pieces = self.chat.llm.stream(messages, max_new_tokens=self.max_new, stop=STOP)
        tokens = 0
        try:
            for piece in pieces:
                tokens += 1
                if answer.first_token_ms is None:
                    answer.first_token_ms = _ms(self.started)
                out = self._model_text(guard.feed(piece)) if piece else ""
                if out:
                    yield out
                if guard.done:
                    break
        except UserError:
            raise  # a setting to fix (server down, wrong key, context too long): say so, do not paper over it
        except Exception as exc:  # a model crashing mid-answer still gets the answer built from the evidence
            log.warning("the model failed while answering: %s", exc)
            self.failure = f"the model failed: {type(exc).__name__}"
        finally:
            close = getattr(pieces, "close", None)
            if close:
                close()  # stops generation when the guard is done or the caller stopped reading
        tail = self._model_text(guard.finish())
        if tail:
            yield tail
        answer.model_tokens = tokens

    def _model_text(self, text: str) -> str:
        """Checked model text as shown: leading and trailing blanks held back, so the stream equals ``text``."""
        text = self._blank + text
        if not self.guard.shown.strip() or self.answer.ttft_ms is None:
            text = text.lstrip()
        body = text.rstrip()
        self._blank = text[len(body):]
        if not body:
            return ""
        if self.answer.ttft_ms is None:
            self.answer.ttft_ms = _ms(self.started)
        return self.emit(body)

    def settle(self) -> Iterator[str]:
        """Decide what of the model's text stays (see the module docstring, step 4)."""
        answer, guard = self.answer, self.guard
        self.verdict = verdict = guard.result()
        answer.model_output = guard.raw
        answer.dropped_citations = list(guard.citations.dropped)
        answer.model_citations = guard.citations.total
        answer.injection_blocked = verdict.blocked
        answer.removed_sentences = verdict.removed_sentences
        prose = "" if self.failure or not verdict.usable else verdict.text
        if not prose:
            answer.fallback = True
            answer.fallback_reason = self.failure or verdict.reason or "no supported sentence"
        narrative = "\n\n".join(p for p in (self.summary.text, prose) if p)
        answer.narrative = narrative
        answer.revised = bool(guard.shown.strip()) and (verdict.revised or not prose)
        if answer.revised:  # the reader saw sentences that were later withdrawn: say which text stands
            yield self.emit("\n\n[Checked answer] " + (prose or "The model's text was withdrawn; the summary above "
                                                                 "stands."))
        self.prose = prose

    def evidence(self) -> Iterator[str]:
        ctx = self.ctx
        hits = self.chat._evidence(ctx, cited_ids(self.answer.narrative), self.sanitized, self.opts)
        lines = "\n".join(evidence_line(h.ref, self.sanitized[h.id].text, source=h.source, date=_date(h),
                                        rating=h.rating, metadata=h.metadata, flagged=self.sanitized[h.id].flagged)
                           for h in hits)
        parts = [p for p in (self.code, self.prose) if p]
        body = "\n\n".join(parts)
        self.answer.text = "\n\n".join(p for p in (self.read_as, body, ("Evidence:\n" + lines) if lines else "") if p)
        if lines:
            # After the model's prose or the "[Checked answer]" line the stream needs a paragraph break of its own.
            yield self.emit(("\n\n" if self.prose or self.answer.revised else "") + "Evidence:\n" + lines)

    def finish(self, items: dict[int, SearchHit] | None = None) -> "Answer":
        return self.chat._finish(self.answer, self.started, self.opts, items=items)


def _checked_question(question: str) -> str:
    question = (question or "").strip()
    if not question:
        raise UserError("The question is empty.", hint='Example: pma ask "Why do offline maps fail?"')
    if len(question) > MAX_QUESTION_CHARS:
        raise UserError(f"The question is {len(question)} characters long; the limit is {MAX_QUESTION_CHARS}.",
                        hint="Ask a shorter question; put long text in a feedback export instead.")
    return question


def _filters_dict(filters: Filters) -> dict:
    from dataclasses import asdict

    # Only what narrows the scope; compared by identity and type, as 1.0 == True would drop a rating of 1.
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in asdict(filters).items()
            if v is not None and v != [] and v != {} and not (k == "include_duplicates" and v is True)}


def _date(hit: SearchHit) -> str | None:
    return hit.created_at.date().isoformat() if hit.created_at else None


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else snippet(text, limit)


def _ms(started: float) -> float:
    return round(1000 * (time.perf_counter() - started), 1)
