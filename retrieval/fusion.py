"""How dense and lexical scores become one ranking.

Every candidate (the union of both retrievers' top lists) has both scores computed exactly in the database, so no
score is guessed for an item one retriever did not return. The two scores are put on fixed scales, the same for
every query, then blended: ``lexical_weight * bm25_share + (1 - lexical_weight) * cosine``, where ``bm25_share`` is
the item's BM25 over the most any item could score on this query (every query word at saturation:
``sum(idf) * (k1 + 1)``) and the cosine is taken as it is (below 0 counts as 0). A weak match therefore stays weak:
min-max normalisation per query (``minmax``, the default until session 15) stretched the best candidate of each
list to 1.0 however poor it was, so that a query word found in many items (``food`` in restaurant reviews) pulled
any item holding it above closer meanings. Fixed scales are the theoretical bounds of Bruch et al., "An Analysis of
Fusion Functions for Hybrid Retrieval" (2023), taken at both ends. When the query has no indexed word (all stop
words, a typo no item contains), the ranking is dense alone. The weight was chosen on the dev split of
``bench/retrieval_eval.py``; reciprocal rank fusion is kept for comparison (``rrf``).

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


def blend(dense: dict[int, float], lexical: dict[int, float], *, lexical_max: float,
          lexical_weight: float = LEXICAL_WEIGHT) -> dict[int, float]:
    """Fused score in [0, 1] per item from exact cosine similarities and BM25 scores of the same candidates;
    ``lexical_max`` is the highest BM25 any item could get on this query (``retrieval.bm25.QueryWords.best_score``).

    Example:
        >>> blend({1: 0.5, 2: 0.25}, {1: 0.0, 2: 2.0}, lexical_max=4.0)
        {1: 0.3, 2: 0.35}
    """
    ids = set(dense) | set(lexical)
    if lexical_max <= 0 or not any(v > 0 for v in lexical.values()):
        lexical_weight = 0.0
    out = {}
    for i in ids:
        share = min(max(lexical.get(i, 0.0), 0.0) / lexical_max, 1.0) if lexical_weight else 0.0
        cosine = min(max(dense.get(i, 0.0), 0.0), 1.0)
        out[i] = round(lexical_weight * share + (1.0 - lexical_weight) * cosine, 12)
    return out


def blend_minmax(dense: dict[int, float], lexical: dict[int, float], *,
                 lexical_weight: float = LEXICAL_WEIGHT) -> dict[int, float]:
    """The fusion used until session 15, kept for comparison (``bench/retrieval_eval.py``): each score min-max
    normalised over this query's candidates, then blended with the same weight."""
    ids = set(dense) | set(lexical)
    if not any(v > 0 for v in lexical.values()):
        lexical_weight = 0.0
    d = _minmax({i: dense.get(i, 0.0) for i in ids})
    lx = _minmax({i: lexical.get(i, 0.0) for i in ids})
    return {i: lexical_weight * lx[i] + (1.0 - lexical_weight) * d[i] for i in ids}


def rrf(*rankings: list[int], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion of ranked id lists (the default before the blend, kept as a baseline)."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item_id in enumerate(ranking, start=1):
            scores[item_id] = scores.get(item_id, 0.0) + 1.0 / (k + rank)
    return scores
