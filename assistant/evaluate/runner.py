"""Run a question set through search and chat and score every answer: what `pma eval` does.

For each question: the search `pma search` runs (same filters) is scored against the judgments (nDCG@10,
recall@k, MRR), then the question is answered the way `pma ask` answers it (``assistant.chat.Chat``, nothing
saved) and the answer is scored: which cited items are judged relevant, which narrative sentences are supported by
what they cite (``assistant.safety.support``), whether it abstained, and how long the first text took.

The answering side is an ``Answerer``: ``ChatAnswerer`` is the product; a benchmark can pass another (a plain RAG
prompt, say) and have it scored by exactly the same code.

An evaluation reads the database and writes one file, the run (``runs.save_run``): it never stores a conversation
or changes feedback, themes or settings.

Not handled: judging (the grades come from the question set) and comparing runs (``runs.compare``).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.evaluate import metrics
from assistant.evaluate.questions import EvalQuestion, load_questions, resolve
from assistant.safety.support import SUPPORT_SHARE, judge_text
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.settings import Settings

FORMAT = "pma-eval/1"


@dataclass
class AnswerRecord:
    """What an answerer produced for one question, in the terms the scoring needs."""

    text: str  # the whole answer as a reader sees it
    narrative: str  # the prose part whose sentences are judged (no numbers block, no evidence list)
    cited: list[int]  # items the answer cites, in order
    items: dict[int, str]  # stored text of every cited item
    numbers: list[str] = field(default_factory=list)  # code-computed figures the prose may lean on
    route: str = ""
    fallback: bool = False
    fallback_reason: str = ""
    ttft_ms: float | None = None  # the model's first token, from the question (None: no model call)
    first_output_ms: float | None = None  # the first text shown to the reader (code-written text may come first)
    total_ms: float | None = None


class Answerer(Protocol):
    """Anything that answers evaluation questions."""

    def describe(self) -> dict[str, Any]:
        """The model (and adapter) behind the answers, as saved with the run."""
        ...

    def warm_up(self) -> None:
        """Load the model now, so the first answer's time is not the load time."""
        ...

    def answer(self, question: EvalQuestion, k: int) -> AnswerRecord:
        ...


class ChatAnswerer:
    """The product's answers: ``Chat.ask`` exactly as `pma ask --no-save` runs it."""

    def __init__(self, settings: Settings, *, searcher=None, llm=None, max_new_tokens: int | None = None):
        from assistant.chat import Chat

        self.chat = Chat(settings, llm=llm, searcher=searcher)
        self.max_new_tokens = max_new_tokens

    def describe(self) -> dict[str, Any]:
        return self.chat.llm.describe()

    def warm_up(self) -> None:
        self.chat.llm.warm_up()

    def answer(self, question: EvalQuestion, k: int) -> AnswerRecord:
        from assistant.chat import AskOptions

        options = AskOptions(k=k, max_new_tokens=self.max_new_tokens, save=False)
        a = self.chat.ask(question.question, filters=question.filters, options=options)
        return AnswerRecord(text=a.text, narrative=a.narrative, cited=[c.id for c in a.citations],
                            items={c.id: c.text for c in a.citations}, numbers=[n.text() for n in a.numbers_used],
                            route=a.route, fallback=a.fallback, fallback_reason=a.fallback_reason or "",
                            ttft_ms=a.first_token_ms, first_output_ms=a.first_output_ms, total_ms=a.total_ms)


def run_eval(settings: Settings, questions_file: Path, *, answerer: Answerer | None = None, searcher=None,
             k: int | None = None, limit: int | None = None, retrieval_only: bool = False, name: str | None = None,
             max_new_tokens: int | None = None, progress: bool = False, extra: dict | None = None) -> dict:
    """Evaluate ``questions_file`` against the stored feedback and return the run (not yet saved).

    Args:
        answerer: default ``ChatAnswerer(settings)`` (with ``max_new_tokens``); ignored with ``retrieval_only``.
        k: search depth scored by recall@k and MRR, and items retrieved for answers (default settings.retrieval.k).
        limit: only the first ``limit`` questions.
        extra: more facts to keep in the run (e.g. which adapter it compares).

    Raises:
        UserError: a bad question set (file and row named), no feedback stored, a model setting to fix.
    """
    from retrieval.search import Searcher

    started = time.time()
    k = settings.retrieval.k if k is None else k
    questions = load_questions(questions_file)
    if limit is not None:
        questions = questions[:limit]
    db = searcher.db if searcher is not None else Database(settings)
    resolve(questions, db)
    searcher = searcher or Searcher(settings, db=db)
    if not retrieval_only:
        answerer = answerer or ChatAnswerer(settings, searcher=searcher, max_new_tokens=max_new_tokens)
        answerer.warm_up()
    bar = _bar(len(questions), progress)
    records = []
    try:
        for q in questions:
            records.append(_evaluate(q, searcher, None if retrieval_only else answerer, k))
            bar.update(1)
    finally:
        bar.close()
    path = Path(questions_file)
    return {
        "format": FORMAT,
        "run_id": None,
        "name": name or path.stem,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "questions_file": str(path),
        "questions_sha256": _sha256(path),
        "options": {"k": k, "retrieval_only": retrieval_only, "limit": limit, "max_new_tokens": max_new_tokens},
        "model": None if retrieval_only else answerer.describe(),
        "embedding_model": searcher.embedder.model_id,
        "database": db.describe(),
        "settings": settings.masked(),
        "definitions": {"support_share": SUPPORT_SHARE, "ndcg_at": metrics.NDCG_AT,
                        "abstained": "the answer cites no item",
                        "supported_sentence": "more than half of its content words occur in the items it cites "
                                              "(else its paragraph's, else the answer's; "
                                              "assistant/safety/support.py)"},
        **(extra or {}),
        "summary": metrics.summarize(records, k=k),
        "questions": records,
        "seconds": round(time.time() - started, 1),
    }


def _evaluate(q: EvalQuestion, searcher, answerer: Answerer | None, k: int) -> dict:
    record: dict[str, Any] = {"id": q.qid, "row": q.row, "question": q.question, "filters": q.filters_dict(),
                              "should_abstain": q.should_abstain, "judged": len(q.grades),
                              "relevant": len(q.relevant), "judged_outside_filters": q.outside_filters}
    if not q.should_abstain:
        hits = searcher.search(q.question, k=max(k, metrics.NDCG_AT), filters=q.filters)
        ranked = [h.id for h in hits]
        record["retrieval"] = {"ranked": ranked[: max(k, metrics.NDCG_AT)],
                               "ndcg": round(metrics.ndcg(ranked, q.grades), 4),
                               "recall": round(metrics.recall(ranked, q.grades, k), 4),
                               "reciprocal_rank": round(metrics.reciprocal_rank(ranked, q.grades, k), 4)}
    if answerer is None:
        return record
    a = answerer.answer(q, k)
    sentences = judge_text(a.narrative, a.items, a.numbers, answer_cited=a.cited)
    counted = [s for s in sentences if s.counted]
    relevant_cited, _ = metrics.cited_precision(a.cited, q.grades)
    cited = list(dict.fromkeys(a.cited))
    abstained = metrics.abstained(cited)
    record["answer"] = {
        "text": a.text, "narrative": a.narrative, "route": a.route, "cited": cited,
        "cited_relevant": relevant_cited,
        "cited_precision": metrics.ratio(relevant_cited, len(cited)),
        "abstained": abstained, "abstention_correct": abstained == q.should_abstain,
        "sentences_counted": len(counted), "sentences_supported": sum(1 for s in counted if s.supported),
        "sentences": [s.as_dict() for s in sentences],
        "fallback": a.fallback, "fallback_reason": a.fallback_reason,
        "ttft_ms": a.ttft_ms, "first_output_ms": a.first_output_ms, "total_ms": a.total_ms,
    }
    return record


def _bar(total: int, show: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="Evaluating", unit="question", file=sys.stderr, disable=not show)


def _sha256(path: Path) -> str:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        raise UserError(f"{path}: cannot read the question set ({exc.strerror}).") from exc
