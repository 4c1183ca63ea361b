"""Which of the PM's own themes each item belongs to: similarity to the definitions plus a classifier trained from
the examples (and from the items the definitions match most clearly), with a confidence per item.

``assign(x, themes)`` takes the unit embeddings of the items in scope and each theme's embedded definition (its
name and criteria) and example items, and returns per item the best theme (or none) and a confidence in [0, 1]:

1. Definition: the theme's name and criteria, widened with the few words of the items in scope that sit closest
   to it (``expand``: "price" gains "prices, priced, pricey, cost"), so a one-word name matches how customers
   actually write.
2. Similarity: cosine of every item to every widened definition, standardised per theme over the items in scope
   (a theme whose name sits close to everything, like "food" in restaurant reviews, does not win every item), plus
   similarity to the theme's examples where there are any.
3. Seeds: each theme's examples, the items whose standardised similarity to it most clearly beats every other
   theme (and whose cosine to the widened definition reaches ``SEED_MIN_SIMILARITY``: a definition nothing is
   close to gets no seeds and matches no items), and, as "none of these", items spread over the less similar half
   of the data (not only the farthest items: with one defined theme the classifier then drew its line halfway to
   the far end and a thermostat tester's "Installer no-show" took 225 items, 48 of them about installers).
4. Classifier: a logistic regression on the embeddings, trained from those seeds, gives each item a probability per
   theme and for "none"; its probability is the confidence, and an item is assigned when the best theme is not
   "none" and the confidence reaches ``threshold`` (chosen on a dev split, see ``bench/defined_themes.py``).

Everything is computed from the items being assigned (transductive), so it needs no labelled data beyond the few
examples. Not handled here: embedding text, storage, sentences that support an assignment (``assign``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

NONE = -1
THRESHOLD = 0.5  # default confidence to assign; bench/defined_themes.py chooses it on the dev split
SEED_SHARE = 0.05  # share of the items in scope taken as clear seeds per theme (bounded)
SEED_MIN_SIMILARITY = 0.25  # cosine to the definition a seed needs (far below it: "no items", not a forced match)
EXPANSION_WORDS, EXPANSION_MIN_SIMILARITY = 5, 0.40  # words added to a definition, and how close each must be
MIN_SEEDS, MAX_SEEDS = 3, 400
# "None of these" seeds: up to NONE_SEED_FACTOR times a theme's seeds, spread evenly over the items least like any
# definition, a NONE_POOL_QUANTILE / k**2 share of all items (k themes; at least a theme's seed count): half the
# items for one defined theme, the far end alone for four or more (chosen on dev, bench/defined_themes.py).
NONE_POOL_QUANTILE, NONE_SEED_FACTOR = 0.5, 3
EXAMPLE_WEIGHT = 3.0  # an example the PM picked counts as much as this many seeds found by similarity


@dataclass
class ThemeDefinition:
    """One defined theme as vectors: its definition texts (name, criteria) and its example items, unit rows."""

    name: str
    definition: np.ndarray  # (m, d), m >= 1
    examples: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))  # (e, d)
    words: list[str] = field(default_factory=list)  # words from the data added by ``expand``
    word_vectors: np.ndarray | None = None

    @property
    def prototype(self) -> np.ndarray:
        """Unit mean of the definition (name, criteria) and the words added to it."""
        parts = [self.definition] + ([self.word_vectors] if self.word_vectors is not None and len(self.words) else [])
        return unit(np.vstack(parts).mean(0))


@dataclass
class Assignment:
    """Per item: index of the theme (``NONE`` = not covered), confidence, and per-theme probabilities."""

    theme: np.ndarray
    confidence: np.ndarray
    probabilities: np.ndarray  # (n, k): probability of each theme
    similarity: np.ndarray  # (n, k): cosine to each theme's definition (what zero-shot similarity alone sees)
    method: str
    seeds: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # seeds found per theme
    scorer: object = None  # ``scorer(vectors) -> (m, k)`` theme probabilities of other texts (sentences)


def unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(norms == 0, 1, norms)


def expand(themes: list[ThemeDefinition], words: list[str], word_vectors: np.ndarray, *,
           n: int = EXPANSION_WORDS, min_similarity: float = EXPANSION_MIN_SIMILARITY) -> list[ThemeDefinition]:
    """Each theme with up to ``n`` of ``words`` (from the items in scope) added: those closest to its definition,
    preferring words that are closer to it than to the other themes, each at least ``min_similarity`` close."""
    if not words or not themes:
        return themes
    defs = np.vstack([unit(t.definition.mean(0)) for t in themes])
    sim = word_vectors @ defs.T  # (words, k)
    own = sim - sim.mean(1, keepdims=True) if len(themes) > 1 else sim
    out = []
    for j, t in enumerate(themes):
        order = np.argsort(-(sim[:, j] + own[:, j]))
        pick = [i for i in order[: 4 * n] if sim[i, j] >= min_similarity and sim[i, j] >= sim[i].max() - 1e-6][:n]
        out.append(ThemeDefinition(t.name, t.definition, t.examples, [words[i] for i in pick],
                                   word_vectors[pick] if pick else None))
    return out


def zero_shot(x: np.ndarray, themes: list[ThemeDefinition], threshold: float, *, use_examples: bool = True
              ) -> tuple[np.ndarray, np.ndarray]:
    """Similarity alone (the baseline): the nearest theme prototype if its cosine reaches ``threshold``.

    The prototype is the unit mean of the definition's vectors and, with ``use_examples``, the examples' vectors.
    """
    protos = []
    for t in themes:
        parts = [t.definition]
        if use_examples and t.examples.size:
            parts.append(t.examples)
        protos.append(unit(np.vstack(parts).mean(0)))
    sim = x @ np.vstack(protos).T
    best = sim.argmax(1)
    score = sim[np.arange(len(x)), best]
    return np.where(score >= threshold, best, NONE), score


def _standardise(s: np.ndarray) -> np.ndarray:
    sd = s.std(0, keepdims=True)
    return (s - s.mean(0, keepdims=True)) / np.where(sd < 1e-6, 1.0, sd)


def _scores(x: np.ndarray, themes: list[ThemeDefinition]) -> tuple[np.ndarray, np.ndarray]:
    """Cosine to the (widened) definitions (n, k) and the standardised score used to pick seeds."""
    sim = x @ np.vstack([t.prototype for t in themes]).T
    z = _standardise(sim)
    with_examples = [j for j, t in enumerate(themes) if t.examples.size]
    if with_examples:
        ex = np.zeros_like(z)
        for j in with_examples:
            ex[:, j] = (x @ unit(themes[j].examples).T).max(1)
        zex = _standardise(ex)
        z[:, with_examples] = 0.5 * (z[:, with_examples] + zex[:, with_examples])
    return sim, z


def _seeds(sim: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Item indices and labels (theme index, or k for "none") of the clearest items per theme and of items that
    fit no theme."""
    n, k = z.shape
    m = int(np.clip(round(SEED_SHARE * n), MIN_SEEDS, MAX_SEEDS))
    order = np.argsort(-z, axis=1)
    best = order[:, 0]
    margin = z[np.arange(n), best] - (z[np.arange(n), order[:, 1]] if k > 1 else 0)
    idx, labels = [], []
    for j in range(k):
        mine = np.flatnonzero((best == j) & (sim[:, j] >= SEED_MIN_SIMILARITY))
        take = mine[np.argsort(-(z[mine, j] + margin[mine]))[:m]]  # high and clearly above the runner-up
        idx.extend(take.tolist())
        labels.extend([j] * len(take))
    taken = set(idx)
    # With several themes each theme's seeds are the others' counter-examples and "none" needs only the far end;
    # with one, "none" is all the counter-example there is, so it spans the less similar half.
    size = max(m, int(NONE_POOL_QUANTILE / k ** 2 * n))
    pool = [i for i in np.argsort(z.max(1)) if i not in taken][:size]
    count = min(len(pool), NONE_SEED_FACTOR * m)
    unlike = [pool[int(p)] for p in np.linspace(0, len(pool) - 1, count)] if count else []
    idx.extend(unlike)
    labels.extend([k] * len(unlike))
    return np.asarray(idx, dtype=np.int64), np.asarray(labels, dtype=np.int64)


def lowest_seeds(sim: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The seeds before session 37, for the bench's ``previous``: as ``_seeds``, but "none of these" is the ``m``
    items least like every definition, the far end alone."""
    n, k = z.shape
    m = int(np.clip(round(SEED_SHARE * n), MIN_SEEDS, MAX_SEEDS))
    idx, labels = _seeds(sim, z)
    themed = labels < k
    idx, labels = list(idx[themed]), list(labels[themed])
    taken = set(idx)
    lowest = [i for i in np.argsort(z.max(1)) if i not in taken][:m]
    return np.asarray(idx + lowest, dtype=np.int64), np.asarray(labels + [k] * len(lowest), dtype=np.int64)


def assign(x: np.ndarray, themes: list[ThemeDefinition], *, threshold: float = THRESHOLD, c: float = 1.0,
           seeds=None) -> Assignment:
    """Assign each row of ``x`` (unit embeddings of the items in scope) to one of ``themes`` or to none.

    Example:
        >>> a = assign(items, [ThemeDefinition("Billing", embed(["Billing", "charged twice, refunds"]))])
        >>> a.theme[:5], a.confidence[:5]  # doctest: +SKIP
    """
    from sklearn.linear_model import LogisticRegression

    n, k = len(x), len(themes)
    if k == 0 or n == 0:
        empty = np.zeros((n, k), dtype=np.float32)
        return Assignment(np.full(n, NONE), np.zeros(n, dtype=np.float32), empty, empty, "none")
    sim, z = _scores(x, themes)
    idx, labels = (seeds or _seeds)(sim, z)
    train_x, train_y, weight = [x[idx]], [labels], [np.ones(len(idx))]
    for j, t in enumerate(themes):
        if t.examples.size:
            train_x.append(unit(t.examples))
            train_y.append(np.full(len(t.examples), j))
            weight.append(np.full(len(t.examples), EXAMPLE_WEIGHT))
    X, y, w = np.vstack(train_x), np.concatenate(train_y), np.concatenate(weight)
    seeds = np.bincount(labels, minlength=k + 1)[:k]
    if not (y < k).any() or len(np.unique(y)) < 2:  # no theme has a seed or an example: nothing matches
        zeros = np.zeros((n, k), dtype=np.float32)
        return Assignment(np.full(n, NONE), np.zeros(n, dtype=np.float32), zeros, sim, "no seeds", seeds)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(X, y, sample_weight=w)

    def scorer(v: np.ndarray) -> np.ndarray:
        p = np.zeros((len(v), k + 1), dtype=np.float32)
        p[:, model.classes_] = model.predict_proba(v)
        return p

    proba = scorer(x)
    best = proba[:, :k].argmax(1)
    conf = proba[np.arange(n), best]
    theme = np.where((conf >= threshold) & (conf >= proba[:, k]), best, NONE)
    return Assignment(theme, conf, proba[:, :k], sim, "similarity + classifier", seeds, scorer)
