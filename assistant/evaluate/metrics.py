"""The figures `pma eval` reports, as plain functions of ranked ids, cited ids and grades (checked by hand in tests).

Per question:

- ``ndcg``: nDCG@10 of the search results: gain = the grade, discount log2(rank + 1), ideal = the judged grades
  sorted, so 1.0 means the best possible order of the judged items.
- ``recall``: share of the relevant items (grade > 0) in the top k.
- ``reciprocal_rank``: 1 / rank of the first relevant item in the top k (0 when none).
- ``cited_precision``: of the items the answer cites, how many are judged relevant (unjudged counts as not
  relevant: the team's judgments decide, not the assistant).
- abstention: the answer *abstained* when it cites no item at all (the "not enough evidence" answer); it is
  correct when that matches the question's ``should_abstain``.

Over a run (``summarize``): retrieval figures are means over answerable questions; cited-item precision and the
supported-sentence rate are pooled (relevant cited items / all cited items; supported sentences / all counted
sentences), as a reader meets them; abstention is reported for off-topic questions (abstained / all) and answerable
ones (answered / all); times are medians (and the 90th percentile) over the answers that called the model: time
to first token (the model's first piece, from the moment the question was asked), time to the first text shown
(code-written numbers or summary may come before the model's text) and time to the whole answer.

Not handled: statistical tests between runs (``runs.compare`` counts per-question wins and losses instead).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence

NDCG_AT = 10


def ndcg(ranked: Sequence[int], grades: Mapping[int, float], k: int = NDCG_AT) -> float:
    """nDCG@k with linear gains.

    Example:
        >>> round(ndcg([3, 1, 2], {1: 2, 2: 1}), 4)  # (2/log2(3) + 1/log2(4)) / (2/log2(2) + 1/log2(3))
        0.6713
    """
    dcg = sum(grades.get(i, 0.0) / math.log2(rank + 2) for rank, i in enumerate(ranked[:k]))
    ideal = sorted((g for g in grades.values() if g > 0), reverse=True)[:k]
    best = sum(g / math.log2(rank + 2) for rank, g in enumerate(ideal))
    return dcg / best if best else 0.0


def recall(ranked: Sequence[int], grades: Mapping[int, float], k: int) -> float:
    """Share of the relevant items found in the top ``k``.

    Example:
        >>> recall([5, 1, 9], {1: 1, 2: 1, 3: 0}, k=2)
        0.5
    """
    relevant = {i for i, g in grades.items() if g > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def reciprocal_rank(ranked: Sequence[int], grades: Mapping[int, float], k: int) -> float:
    """1 / rank of the first relevant item within the top ``k``; 0 when there is none.

    Example:
        >>> reciprocal_rank([5, 7, 1], {1: 1}, k=10)
        0.3333333333333333
    """
    for rank, i in enumerate(ranked[:k], start=1):
        if grades.get(i, 0.0) > 0:
            return 1.0 / rank
    return 0.0


def cited_precision(cited: Iterable[int], grades: Mapping[int, float]) -> tuple[int, int]:
    """``(relevant cited items, cited items)``, each item counted once.

    Example:
        >>> cited_precision([4, 1, 4, 8], {1: 2, 8: 0})
        (1, 3)
    """
    items = list(dict.fromkeys(cited))
    return sum(1 for i in items if grades.get(i, 0.0) > 0), len(items)


def abstained(cited: Iterable[int]) -> bool:
    """An answer abstains when it cites nothing (see the module docstring)."""
    return not any(True for _ in cited)


def median(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(statistics.median(vals), 1) if vals else None


def percentile(values: Iterable[float | None], q: float) -> float | None:
    """The ``q`` quantile (0-1) by the nearest-rank method: an observed value, as a reader expects."""
    vals = sorted(v for v in values if v is not None)
    if not vals:
        return None
    return round(vals[max(0, math.ceil(q * len(vals)) - 1)], 1)


def ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def summarize(records: list[dict], *, k: int) -> dict:
    """Run-level figures from the per-question records ``runner`` writes (see the module docstring)."""
    answerable = [r for r in records if not r["should_abstain"]]
    off_topic = [r for r in records if r["should_abstain"]]
    retrieval = [r["retrieval"] for r in answerable if r.get("retrieval")]
    answers = [r["answer"] for r in records if r.get("answer")]
    judged_answers = [r["answer"] for r in answerable if r.get("answer")]
    out: dict = {
        "questions": len(records),
        "answerable": len(answerable),
        "should_abstain": len(off_topic),
        "retrieval": None,
        "answers": None,
    }
    if retrieval:
        out["retrieval"] = {
            f"ndcg@{NDCG_AT}": _mean(x["ndcg"] for x in retrieval),
            f"recall@{k}": _mean(x["recall"] for x in retrieval),
            f"mrr@{k}": _mean(x["reciprocal_rank"] for x in retrieval),
            "questions": len(retrieval),
        }
    if answers:
        relevant_cited = sum(a["cited_relevant"] for a in judged_answers)
        cited = sum(len(a["cited"]) for a in judged_answers)
        counted = sum(a["sentences_counted"] for a in answers)
        supported = sum(a["sentences_supported"] for a in answers)
        off_abstained = sum(1 for r in off_topic if r.get("answer") and r["answer"]["abstained"])
        on_answered = sum(1 for r in answerable if r.get("answer") and not r["answer"]["abstained"])
        correct = sum(1 for r in records if r.get("answer") and r["answer"]["abstained"] == r["should_abstain"])
        timed = [a for a in answers if a.get("ttft_ms") is not None]
        out["answers"] = {
            "cited_item_precision": ratio(relevant_cited, cited),
            "cited_items": cited,
            "cited_items_relevant": relevant_cited,
            "supported_sentence_rate": ratio(supported, counted),
            "sentences": counted,
            "sentences_supported": supported,
            "abstention_accuracy": ratio(correct, len(answers)),
            "off_topic_abstained": ratio(off_abstained, len(off_topic)),
            "off_topic_abstained_count": off_abstained,
            "answerable_answered": ratio(on_answered, len(answerable)),
            "answerable_answered_count": on_answered,
            "fallback_answers": sum(1 for a in answers if a.get("fallback")),
            "ttft_ms_median": median(a["ttft_ms"] for a in timed),
            "ttft_ms_p90": percentile((a["ttft_ms"] for a in timed), 0.9),
            "first_output_ms_median": median(a.get("first_output_ms") for a in timed),
            "total_ms_median": median(a.get("total_ms") for a in timed),
            "model_answers": len(timed),
        }
    return out


def _mean(values: Iterable[float]) -> float | None:
    vals = list(values)
    return round(statistics.fmean(vals), 4) if vals else None
