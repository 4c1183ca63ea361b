"""How dense and lexical scores become one ranking.

Every candidate (the union of both retrievers' top lists) has both scores computed exactly in the database, so no
score is guessed for an item one retriever did not return. Each score is min-max normalised over the candidates of
this query, then blended: ``lexical_weight * bm25 + (1 - lexical_weight) * cosine``. When the query has no indexed
word (all stop words, a typo no item contains), the ranking is dense alone. The weight was chosen on the dev split
of ``bench/retrieval_eval.py``; reciprocal rank fusion is kept for comparison (``rrf``).

Not handled here: retrieving candidates (``retrieval.search``), learning a weight per query.
"""

from __future__ import annotations

LEXICAL_WEIGHT = 0.4
RRF_K = 60


def _minmax(values: dict[int, float]) -> dict[int, float]:
    if not values:
        return {}
    lo, hi = min(values.values()), max(values.values())
    if hi - lo <= 1e-12:
        return {i: (1.0 if hi > 0 else 0.0) for i in values}
    return {i: (v - lo) / (hi - lo) for i, v in values.items()}


def blend(dense: dict[int, float], lexical: dict[int, float], *,
          lexical_weight: float = LEXICAL_WEIGHT) -> dict[int, float]:
    """Fused score per item from exact cosine similarities and BM25 scores of the same candidates."""
    ids = set(dense) | set(lexical)
    if not any(v > 0 for v in lexical.values()):
        lexical_weight = 0.0
    d = _minmax({i: dense.get(i, 0.0) for i in ids})
    lx = _minmax({i: lexical.get(i, 0.0) for i in ids})
    return {i: lexical_weight * lx[i] + (1.0 - lexical_weight) * d[i] for i in ids}


def rrf(*rankings: list[int], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion of ranked id lists (the previous default, kept as a baseline)."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item_id in enumerate(ranking, start=1):
            scores[item_id] = scores.get(item_id, 0.0) + 1.0 / (k + rank)
    return scores
