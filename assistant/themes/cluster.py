"""Grouping feedback embeddings into themes.

Method (scikit-learn only): k-means on the unit-length sentence embeddings. The number of themes is chosen by the
cosine silhouette score of k-means runs for k in ``[min_themes, max_themes]`` on a sample of at most 2,000 items
(among the k that leave at most 5% of the sample unassigned), then one k-means on all items with that k. Density clustering (HDBSCAN, as in BERTopic) leaves 35-50% of
feedback as outliers; here every item joins its nearest theme unless its cosine similarity to that theme's centre
is below ``min_similarity``, so "unassigned" holds only items unlike anything else ("test", "10/10").
Themes smaller than ``min_size`` are dissolved into their neighbours for the same reason.

Also here: nearest-theme assignment for ``--update``, matching a new clustering to the stored themes (stable ids),
representative items, and splitting one theme. Not handled: hierarchical themes, items in several themes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

UNASSIGNED = -1
SAMPLE = 2000


def _one_thread():
    """k-means on small matrices is fastest single-threaded; OpenMP threads on a busy 2-core machine spin and wait
    (measured: 0.05 s with one thread, 2.8 s with the default on 800 items while other processes ran)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


@dataclass
class Clustering:
    """Theme index per item (``UNASSIGNED`` = -1), unit centres, and how k was chosen."""

    labels: np.ndarray
    centroids: np.ndarray
    similarity: np.ndarray  # cosine of each item to its theme centre (to the nearest one when unassigned)
    chosen_by: str  # "silhouette", "requested" or "too few items"
    silhouette: dict[int, float] = field(default_factory=dict)

    @property
    def k(self) -> int:
        return len(self.centroids)

    @property
    def unassigned(self) -> int:
        return int((self.labels == UNASSIGNED).sum())


def unit(v: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (zero rows stay zero)."""
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(norms == 0, 1, norms)


def choose_k(x: np.ndarray, k_min: int, k_max: int, *, min_similarity: float = -1.0, max_unassigned: float = 0.05,
             seed: int = 0) -> tuple[int, dict[int, float]]:
    """The k in ``[k_min, k_max]`` with the best cosine silhouette on a sample; returns ``(k, scores)``.

    Only k values that leave at most ``max_unassigned`` of the sample below ``min_similarity`` compete (on
    varied feedback the silhouette favours a few broad themes that fit many items badly); when none does, the
    k leaving the fewest items unassigned wins.
    """
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(seed)
    sample = x if len(x) <= SAMPLE else x[rng.choice(len(x), SAMPLE, replace=False)]
    scores: dict[int, float] = {}
    left: dict[int, float] = {}
    with _one_thread():
        for k in range(k_min, min(k_max, len(sample) - 1) + 1):
            labels = KMeans(k, n_init=3, random_state=seed).fit_predict(sample)
            if len(set(labels)) < 2:
                continue
            scores[k] = round(float(silhouette_score(sample, labels, metric="cosine")), 4)
            sims = (sample * centres(sample, labels, k)[labels]).sum(1)
            left[k] = float((sims < min_similarity).mean())
    if not scores:
        return max(1, min(k_min, len(x))), scores
    fitting = [k for k in scores if left[k] <= max_unassigned]
    if not fitting:
        return min(scores, key=lambda k: (left[k], -scores[k])), scores
    return max(fitting, key=lambda k: (scores[k], -k)), scores


def cluster(x: np.ndarray, *, n_themes: int | None = None, min_themes: int = 3, max_themes: int = 20,
            min_similarity: float = 0.3, seed: int = 0) -> Clustering:
    """Cluster unit embeddings ``x`` (n, d) into themes.

    Args:
        x: item embeddings, one row per item, unit length.
        n_themes: exact number of themes (``--themes N``); ``None`` chooses it by silhouette.
        min_themes, max_themes: the range tried when choosing.
        min_similarity: items less similar than this to their nearest centre stay unassigned.
        seed: k-means seed (results are reproducible for the same input).

    Example:
        >>> c = cluster(embeddings)  # doctest: +SKIP
        >>> c.k, c.unassigned  # doctest: +SKIP
        (12, 4)
    """
    from sklearn.cluster import KMeans

    n = len(x)
    scores: dict[int, float] = {}
    if n_themes is not None:
        k, chosen_by = n_themes, "requested"
    else:
        upper = min(max_themes, n // 3)  # at least three items per theme on average
        if upper < 2:
            k, chosen_by = 1, "too few items"
        else:
            k, scores = choose_k(x, min(min_themes, upper), upper, min_similarity=min_similarity, seed=seed)
            chosen_by = "silhouette"
    if k == 1:
        labels = np.zeros(n, dtype=int)
    else:
        with _one_thread():
            labels = KMeans(k, n_init=3, random_state=seed).fit_predict(x)
    centroids = centres(x, labels, k)
    if n_themes is None and k > 1:
        # Dissolve themes too small to matter into their neighbours (or "unassigned"), then renumber.
        min_size = max(2, int(np.ceil(0.005 * n)))
        sizes = np.bincount(labels, minlength=k)
        keep = np.flatnonzero(sizes >= min_size)
        if 0 < len(keep) < k:
            centroids = centroids[keep]
            labels = (x @ centroids.T).argmax(1)
            centroids = centres(x, labels, len(keep))
    labels, sims = nearest(x, centroids, min_similarity)
    return Clustering(labels=labels, centroids=centroids, similarity=sims, chosen_by=chosen_by, silhouette=scores)


def centres(x: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Unit mean embedding of each theme 0..k-1 (a theme with no members keeps a zero row)."""
    out = np.zeros((k, x.shape[1]), dtype=np.float32)
    np.add.at(out, labels[labels >= 0], x[labels >= 0])
    return unit(out)


def nearest(x: np.ndarray, centroids: np.ndarray, min_similarity: float) -> tuple[np.ndarray, np.ndarray]:
    """Index of the most similar centre per item, ``UNASSIGNED`` below ``min_similarity``; and that similarity."""
    if len(centroids) == 0:
        return np.full(len(x), UNASSIGNED), np.zeros(len(x), dtype=np.float32)
    sims = x @ centroids.T
    best = sims.argmax(1)
    best_sim = sims[np.arange(len(x)), best]
    return np.where(best_sim >= min_similarity, best, UNASSIGNED), best_sim.astype(np.float32)


def match(new: np.ndarray, old: np.ndarray, threshold: float = 0.8) -> dict[int, int]:
    """Pair new theme centres with stored ones (one-to-one, most similar first) when cosine >= ``threshold``.

    This keeps theme ids, and names a PM gave them, stable when feedback is clustered again.
    """
    if len(new) == 0 or len(old) == 0:
        return {}
    from scipy.optimize import linear_sum_assignment

    sims = new @ old.T
    rows, cols = linear_sum_assignment(-sims)
    return {int(r): int(c) for r, c in zip(rows, cols) if sims[r, c] >= threshold}


def representatives(x: np.ndarray, centroid: np.ndarray, n: int, *, texts: list[str] | None = None,
                    skip: np.ndarray | None = None, diversity: float = 0.3) -> list[int]:
    """Indices of ``n`` items that represent a theme: close to its centre but not repeating each other (MMR).

    ``skip`` marks items not to quote (near-duplicates); items of 4-60 words are preferred when available.
    """
    if len(x) == 0:
        return []
    sims = x @ centroid
    ok = np.ones(len(x), dtype=bool) if skip is None else ~skip
    if texts is not None:
        lengths = np.array([len(t.split()) for t in texts])
        readable = ok & (lengths >= 4) & (lengths <= 60)
        if readable.sum() >= n:
            ok = readable
    if not ok.any():
        ok = np.ones(len(x), dtype=bool)
    pool = np.flatnonzero(ok)[np.argsort(-sims[ok], kind="stable")[:50]]
    chosen: list[int] = []
    while pool.size and len(chosen) < n:
        if chosen:
            redundancy = (x[pool] @ x[chosen].T).max(1)
            score = (1 - diversity) * sims[pool] - diversity * redundancy
        else:
            score = sims[pool]
        pick = int(pool[int(np.argmax(score))])
        chosen.append(pick)
        pool = pool[pool != pick]
    return chosen


def split(x: np.ndarray, into: int, *, seed: int = 0) -> np.ndarray:
    """Labels 0..into-1 that divide one theme's items (``pma themes split``)."""
    from sklearn.cluster import KMeans

    with _one_thread():
        return KMeans(into, n_init=5, random_state=seed).fit_predict(x)
