"""Grouping feedback into themes.

Method (scikit-learn and numpy only): k-means over ``features`` (each unit embedding joined with an LSA of the
item's words and averaged with its nearest neighbours; see ``assistant.themes.features`` for why). When there are
more than ``features.FIT_SAMPLE`` items, the themes are fitted on a random sample of that size and every other item
joins the nearest theme in the same feature space, so memory and time grow linearly with the number of items.

The number of themes, when not requested, is the fewest in ``[min_themes, max_themes]`` that leave at most 5% of
items unassigned, unless the data has clearly separated groups (a cosine silhouette of at least ``STRUCTURE`` on
a sample), where the k with the best silhouette wins. Silhouette alone is not used on ordinary feedback: there it
stays below 0.2 for every k and its maximum lands at random, most often on 3 themes or on the largest k tried.

An item stays *unassigned* when its cosine similarity to its theme's centre (the mean of its members' embeddings)
is below ``min_similarity`` and it is also unlike its nearest items (typicality below ``ISOLATED``): only items
unlike anything else ("No thanks!!!", "test"), typically 1-3%. Themes smaller than 0.5% of the items are dissolved
into their neighbours for the same reason (density clustering as in BERTopic leaves 30-35% of feedback as
outliers on the public benches instead).

Requests kept apart (``requests_apart``, after clustering, from the stored classification): a theme that is mostly
praise (a strength, ``kinds.STRENGTH_SHARE``) in which at least ``REQUESTS_APART`` of the items ask for something
gives those requests a theme of their own. Embeddings group an item by what it is about, so "the audio coach is
great, please let me build my own workouts" sits with the audio coach's praise; a strength is never a backlog
candidate, and its requests were then in no answer about requests (a fitness tester's most requested feature, custom
workouts, and an analytics tester's scheduled PDF reports, 52 requests in a theme of 214 mostly praise).

Also here: nearest-theme assignment for ``--update``, matching a new clustering to the stored themes (stable ids),
representative items, and splitting one theme. Not handled: hierarchical themes, items in several themes.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from assistant.themes.features import FIT_SAMPLE, NEIGHBOURS, features, unit

UNASSIGNED = -1
SAMPLE = 2000  # items the number of themes is chosen on
MAX_UNASSIGNED = 0.05  # a theme count fits when it leaves at most this share of items unassigned
STRUCTURE = 0.25  # silhouette from which groups count as clearly separated (Kaufman & Rousseeuw's "weak structure")
ISOLATED = 0.35  # typicality (features.py) below which an item is unlike anything else (dev splits: 2-4% of items)
REQUESTS_APART = 0.15  # share of a strength's items asking for something from which they are a theme of their own

__all__ = ["UNASSIGNED", "Clustering", "centres", "choose_k", "cluster", "match", "nearest", "representatives",
           "split", "unit"]


@contextmanager
def _one_thread():
    """k-means on small matrices is fastest single-threaded; OpenMP threads on a busy 2-core machine spin and wait
    (measured: 0.05 s with one thread, 2.8 s with the default on 800 items while other processes ran). Exports
    repeat texts ("Nothing", "Great app"), so k-means often finds fewer distinct clusters than asked: expected here
    (the choice of k handles it), not a warning for the person running `pma summarize`."""
    from sklearn.exceptions import ConvergenceWarning
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1), warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        yield


@dataclass
class Clustering:
    """Theme index per item (``UNASSIGNED`` = -1), unit centres, and how k was chosen."""

    labels: np.ndarray
    centroids: np.ndarray
    similarity: np.ndarray  # cosine of each item to the centre of the theme it was grouped with
    chosen_by: str  # "coverage", "silhouette", "requested" or "too few items"
    silhouette: dict[int, float] = field(default_factory=dict)
    unassigned_by_k: dict[int, float] = field(default_factory=dict)  # share of the sample left unassigned per k

    @property
    def k(self) -> int:
        return len(self.centroids)

    @property
    def unassigned(self) -> int:
        return int((self.labels == UNASSIGNED).sum())


def choose_k(f: np.ndarray, x: np.ndarray, k_min: int, k_max: int, *, min_similarity: float = -1.0,
             max_unassigned: float = MAX_UNASSIGNED, seed: int = 0
             ) -> tuple[int, str, dict[int, float], dict[int, float]]:
    """The number of themes for features ``f`` of items with unit embeddings ``x``.

    Returns ``(k, chosen_by, silhouette per k, unassigned share per k)``. A k *fits* when at most
    ``max_unassigned`` of the sample (or one item, in a handful) is less similar than ``min_similarity`` to its
    theme's centre. Among fitting
    k: the best silhouette when it reaches ``STRUCTURE`` ("silhouette"), else the smallest ("coverage"). When no
    k fits, the one leaving the fewest items unassigned ("coverage").
    """
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(seed)
    pick = np.arange(len(f)) if len(f) <= SAMPLE else rng.choice(len(f), SAMPLE, replace=False)
    fs, xs = f[pick], unit(x[pick])
    scores: dict[int, float] = {}
    left: dict[int, float] = {}
    with _one_thread():
        fu = unit(fs)
        distances = np.clip(1 - fu @ fu.T, 0, 2)  # cosine distances, once for every k
        np.fill_diagonal(distances, 0)
        for k in range(max(1, k_min), min(k_max, len(fs) - 1) + 1):
            if k == 1:  # one theme: no silhouette, but it may cover everything (a handful of similar items)
                labels = np.zeros(len(fs), dtype=int)
            else:
                labels = KMeans(k, n_init=3, random_state=seed).fit_predict(fs)
                if len(set(labels)) < 2:
                    continue
                scores[k] = round(float(silhouette_score(distances, labels, metric="precomputed")), 4)
            sims = (xs * centres(xs, labels, k)[labels]).sum(1)
            left[k] = round(float((sims < min_similarity).mean()), 4)
    if not left:
        return max(1, min(k_min, len(x))), "too few items", scores, left
    allowed = max(max_unassigned, 1 / len(fs))  # in a handful of items, one item is always allowed
    fitting = [k for k in left if left[k] <= allowed]
    if not fitting:
        return min(left, key=lambda k: (left[k], -scores.get(k, -1.0))), "coverage", scores, left
    # Silhouette over a handful of items is noise: it may only decide with at least 5 items per theme.
    separated = [k for k in fitting if scores.get(k, -1.0) >= STRUCTURE and len(fs) >= 5 * k]
    if separated:
        return max(separated, key=lambda k: (scores[k], -k)), "silhouette", scores, left
    return min(fitting), "coverage", scores, left


def cluster(x: np.ndarray, texts: Sequence[str] | None = None, *, n_themes: int | None = None, min_themes: int = 3,
            max_themes: int = 20, min_similarity: float = 0.3, seed: int = 0, sample: int = FIT_SAMPLE
            ) -> Clustering:
    """Cluster items into themes.

    Args:
        x: item embeddings, one row per item (scaled to unit length here).
        texts: the items' texts, aligned with ``x``; ``None`` clusters on the embeddings alone.
        n_themes: exact number of themes (``--themes N``); ``None`` chooses it (see the module docstring).
        min_themes, max_themes: the range tried when choosing.
        min_similarity: items less similar than this to their theme's centre stay unassigned.
        seed: sampling and k-means seed (results are reproducible for the same input).
        sample: at most this many items fit the themes; the others join the nearest one.

    Example:
        >>> c = cluster(embeddings, texts)  # doctest: +SKIP
        >>> c.k, c.unassigned  # doctest: +SKIP
        (12, 4)
    """
    x = unit(x)
    n = len(x)
    scores: dict[int, float] = {}
    left: dict[int, float] = {}
    if n_themes is not None:
        k, chosen_by = max(1, min(n_themes, n)), "requested"
    else:
        upper = min(max_themes, n // 3)  # at least three items per theme on average
        k, chosen_by = (1, "too few items") if upper < 2 else (0, "")
    typical = None
    if k == 1:
        labels = np.zeros(n, dtype=int)
    else:
        # Neighbours must fit inside an average theme at the largest count tried, or smoothing blurs themes.
        k_max = n_themes or upper
        neighbours = max(1, min(NEIGHBOURS, min(n, sample) // (2 * k_max)))
        f, typical, base = features(x, texts, sample=sample, seed=seed, neighbours=neighbours)
        if k == 0:
            k, chosen_by, scores, left = choose_k(f[base], x[base], min(min_themes, upper), upper,
                                                  min_similarity=min_similarity, seed=seed)
        labels = _kmeans(f, base, k, seed)
        if n_themes is None:
            labels, k = _dissolve_small(f, labels, k)
            # k was chosen on a sample with fewer restarts: when all items leave more than 5% unassigned, add themes.
            tried = k
            allowed = max(MAX_UNASSIGNED, 1 / n)
            while chosen_by == "coverage" and tried < upper and _left(x, labels, k, min_similarity) > allowed:
                tried += 1
                labels, k = _dissolve_small(f, _kmeans(f, base, tried, seed), tried)
    centroids = centres(x, labels, k)
    sims = (x * centroids[labels]).sum(1).astype(np.float32)
    # Unassigned: far from its theme's centre and unlike its nearest items. Far alone is not enough: with few,
    # broad themes (--themes 4) ordinary items sit far from a centre while their neighbours vouch for them.
    outlier = sims < min_similarity
    if typical is not None:
        outlier &= typical < ISOLATED
    labels = np.where(outlier, UNASSIGNED, labels)
    return Clustering(labels=labels, centroids=centroids, similarity=sims, chosen_by=chosen_by, silhouette=scores,
                      unassigned_by_k=left)


def requests_apart(c: Clustering, x: np.ndarray, praise: np.ndarray, request: np.ndarray, min_size: int
                   ) -> Clustering:
    """``c`` with the requests (``request``, one flag per item) of each theme that is mostly praise (``praise``) moved
    to a theme of their own, appended after ``c``'s, where they are at least ``REQUESTS_APART`` of its items and
    ``min_size`` or more (see the module docstring).

        >>> x = np.eye(4)[[0, 0, 0, 0, 1, 1, 2, 2, 2, 3]].astype(np.float32)
        >>> c = Clustering(np.array([0] * 6 + [1] * 4), centres(x, np.array([0] * 6 + [1] * 4), 2), np.ones(10), "")
        >>> asks = np.array([0, 0, 0, 0, 1, 1, 0, 0, 0, 0], bool)
        >>> requests_apart(c, x, ~asks, asks, 2).labels.tolist()
        [0, 0, 0, 0, 2, 2, 1, 1, 1, 1]
    """
    from assistant.themes.kinds import STRENGTH_SHARE

    labels, k = c.labels.copy(), c.k
    for j in range(c.k):
        members = labels == j
        asks = members & request
        n = int(members.sum())
        if n and praise[members].mean() >= STRENGTH_SHARE and asks.sum() >= max(min_size, REQUESTS_APART * n):
            labels[asks] = k
            k += 1
    if k == c.k:
        return c
    centroids = centres(x, labels, k)
    sims = np.where(labels >= 0, (unit(x) * centroids[np.maximum(labels, 0)]).sum(1), c.similarity)
    return Clustering(labels=labels, centroids=centroids, similarity=sims.astype(np.float32), chosen_by=c.chosen_by,
                      silhouette=c.silhouette, unassigned_by_k=c.unassigned_by_k)


def _left(x: np.ndarray, labels: np.ndarray, k: int, min_similarity: float) -> float:
    """Share of items less similar than ``min_similarity`` to their theme's centre."""
    return float(((x * centres(x, labels, k)[labels]).sum(1) < min_similarity).mean())


def _kmeans(f: np.ndarray, base: np.ndarray, k: int, seed: int) -> np.ndarray:
    """k-means fitted on the base items' features; every item joins the nearest centre."""
    from sklearn.cluster import KMeans

    with _one_thread():
        model = KMeans(k, n_init=10 if len(base) <= 5000 else 4, random_state=seed).fit(f[base])
    return _nearest_centre(f, model.cluster_centers_.astype(np.float32))


def _nearest_centre(f: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Index of the nearest centre (Euclidean, as k-means measures it), in blocks of rows."""
    out = np.empty(len(f), dtype=int)
    c_sq = (c * c).sum(1)
    for start in range(0, len(f), 8192):
        out[start:start + 8192] = (c_sq - 2 * f[start:start + 8192] @ c.T).argmin(1)
    return out


def _dissolve_small(f: np.ndarray, labels: np.ndarray, k: int) -> tuple[np.ndarray, int]:
    """Themes under 0.5% of the items (at least 2) join their neighbours; the rest are renumbered 0..k'-1."""
    min_size = max(2, int(np.ceil(0.005 * len(f))))
    sizes = np.bincount(labels, minlength=k)
    keep = np.flatnonzero(sizes >= min_size)
    if len(keep) == 0 or len(keep) == k:
        return labels, k
    feature_centres = np.vstack([f[labels == j].mean(0) for j in keep]).astype(np.float32)
    return _nearest_centre(f, feature_centres), len(keep)


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
