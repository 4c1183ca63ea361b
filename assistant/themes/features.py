"""What the theme clustering looks at: each item's embedding joined with its words, smoothed over its neighbours.

Two cheap, general changes to plain k-means on sentence embeddings, each measured on the dev splits of
``bench/themes.py`` (never on the test splits):

- **Words beside meaning.** A TF-IDF of the item's content words (``keywords.tokenize``: stop words dropped,
  Chinese segmented), reduced to ``LEXICAL_DIMS`` dimensions by truncated SVD (LSA) and scaled to
  ``LEXICAL_WEIGHT``, is appended to the unit embedding. Feedback themes are often named by a few words
  ("crash", "refund", "dark mode") that a small sentence encoder blurs; the same idea as BERTopic's c-TF-IDF, used
  for grouping instead of only for naming.
- **Neighbour smoothing.** Each item's vector is averaged with the mean of its ``NEIGHBOURS`` nearest items
  (cosine) before clustering: one step of graph diffusion that pulls an item toward the dense region it belongs to,
  the effect UMAP gives BERTopic, for the price of one nearest-neighbour search and no extra dependency.

Both parts are fitted on a *base* set of at most ``FIT_SAMPLE`` items (all items when there are fewer) and applied
to any number of items in batches, so 100k items need memory for the base set plus one batch, not n x n.

Not handled here: choosing the number of themes or assigning items (``cluster``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

LEXICAL_WEIGHT = 0.5  # length of the word part beside the unit embedding (dev splits: 0.35-0.75 tried)
LEXICAL_DIMS = 100  # LSA dimensions of the word part
NEIGHBOURS = 20  # items averaged into each item's vector (dev splits: 10, 15, 20 tried)
TYPICAL_OF = 5  # typicality: mean similarity to this many nearest items
FIT_SAMPLE = 20_000  # at most this many items fit the word model and serve as neighbours
BATCH = 2048  # rows per block in the nearest-neighbour search (memory: BATCH x base size floats)


def unit(v: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (zero rows stay zero)."""
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(norms == 0, 1, norms)


@dataclass
class FeatureSpace:
    """A fitted word model plus the base items whose neighbourhoods smooth every item's vector."""

    vectorizer: object | None  # TfidfVectorizer, or None when there are no texts / too few words
    svd: object | None  # TruncatedSVD over the TF-IDF
    lexical_weight: float
    neighbours: int
    base: np.ndarray | None = None  # unsmoothed feature vectors of the base items (unit rows)

    @classmethod
    def fit(cls, x: np.ndarray, texts: Sequence[str] | None, *, neighbours: int = NEIGHBOURS,
            lexical_weight: float = LEXICAL_WEIGHT, seed: int = 0) -> FeatureSpace:
        """Fit on the base items ``x`` (unit embeddings) and their ``texts`` (``None``: embeddings only)."""
        vectorizer = svd = None
        if texts is not None and lexical_weight > 0 and len(texts) >= 20:
            vectorizer, svd = _fit_words(texts, seed)
        space = cls(vectorizer, svd, lexical_weight, neighbours)
        space.base = space._raw(x, texts)
        return space

    def transform(self, x: np.ndarray, texts: Sequence[str] | None, *, base_index: np.ndarray | None = None
                  ) -> np.ndarray:
        """Smoothed unit feature vectors of items ``x``/``texts``, computed in blocks.

        ``base_index[i]`` is item i's row in the base set (``-1`` if it is not a base item), so that an item is
        not counted among its own neighbours.
        """
        return self.transform_with_typicality(x, texts, base_index=base_index)[0]

    def transform_with_typicality(self, x: np.ndarray, texts: Sequence[str] | None, *,
                                  base_index: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """``transform`` plus each item's *typicality*: its mean cosine (in this feature space) to its
        ``TYPICAL_OF`` nearest base items. Low typicality marks an item unlike anything else ("No thanks!!!")."""
        out = np.empty((len(x), self.base.shape[1]), dtype=np.float32)
        typical = np.empty(len(x), dtype=np.float32)
        for start in range(0, len(x), BATCH):
            stop = min(start + BATCH, len(x))
            raw = self._raw(x[start:stop], None if texts is None else texts[start:stop])
            own = None if base_index is None else base_index[start:stop]
            mean, typical[start:stop] = self._neighbours(raw, own)
            out[start:stop] = unit(raw + mean)
        return out, typical

    def _raw(self, x: np.ndarray, texts: Sequence[str] | None) -> np.ndarray:
        x = unit(x)
        if self.vectorizer is None:
            return x
        words = np.zeros((len(x), self.svd.n_components), dtype=np.float32)
        if texts is not None:
            words = unit(self.svd.transform(self.vectorizer.transform(list(texts))))
        return unit(np.hstack([x, self.lexical_weight * words]))

    def _neighbours(self, rows: np.ndarray, own: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Mean vector of each row's nearest base items, and its typicality (mean similarity to the closest).

        torch's ``topk`` does the selection (about 25x faster than numpy's ``argpartition`` on 2,048 x 20,000
        similarities); torch is already a dependency and is imported only here, on first use.
        """
        import torch

        k = min(self.neighbours, len(self.base) - 1)
        if k < 1:
            return np.zeros_like(rows), np.ones(len(rows), dtype=np.float32)
        sims = torch.from_numpy(rows) @ torch.from_numpy(self.base).T
        if own is not None:
            mine = np.flatnonzero(own >= 0)
            sims[torch.from_numpy(mine), torch.from_numpy(own[mine])] = -torch.inf  # not its own neighbour
        near, idx = sims.topk(k, dim=1)  # sorted, most similar first
        typical = near[:, :min(TYPICAL_OF, k)].mean(1).numpy()
        return self.base[idx.numpy()].mean(1), typical


def _fit_words(texts: Sequence[str], seed: int):
    """TF-IDF over content words (seen in at least two items) and its LSA; ``(None, None)`` with too few words."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    from assistant.themes.keywords import tokenize

    vectorizer = TfidfVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None, min_df=2,
                                 sublinear_tf=True, dtype=np.float32)
    try:
        tfidf = vectorizer.fit_transform(list(texts))
    except ValueError:  # no word occurs twice (emoji, numbers, a handful of items)
        return None, None
    dims = min(LEXICAL_DIMS, tfidf.shape[1] - 1, tfidf.shape[0] - 1)
    if dims < 2:
        return None, None
    return vectorizer, TruncatedSVD(dims, random_state=seed).fit(tfidf)


def features(x: np.ndarray, texts: Sequence[str] | None, *, sample: int = FIT_SAMPLE, seed: int = 0,
             neighbours: int = NEIGHBOURS, lexical_weight: float = LEXICAL_WEIGHT
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature vectors of all items, each item's typicality, and the indices of the base items.

    Example:
        >>> f, typical, base = features(embeddings, texts)  # doctest: +SKIP
        >>> f.shape[0] == len(typical) == len(texts)  # doctest: +SKIP
        True
    """
    n = len(x)
    rng = np.random.default_rng(seed)
    base = np.arange(n) if n <= sample else np.sort(rng.choice(n, sample, replace=False))
    base_texts = None if texts is None else [texts[i] for i in base]
    space = FeatureSpace.fit(x[base], base_texts, neighbours=neighbours, lexical_weight=lexical_weight, seed=seed)
    base_index = np.full(n, -1)
    base_index[base] = np.arange(len(base))
    f, typical = space.transform_with_typicality(x, texts, base_index=base_index)
    return f, typical, base
