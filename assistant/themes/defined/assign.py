"""Assigning stored feedback to the defined themes: definitions embedded, widened with words of the data, scored
(``model``), each assignment saved with its confidence and the sentence of the item that supports it.

``claim(conn, items, embedder)`` runs over the items of one `pma summarize` or `pma themes define` run
(``assistant.themes.store.Items``) and returns which items the defined themes hold; the discovered themes are then
built from the rest only ("not covered by your themes"). The PM's examples always stay in their theme.

The supporting sentence is the one the classifier rates highest for the theme (sentences embedded for at most
``SENTENCE_ITEMS`` multi-sentence items per run, most confident first); beyond that, the sentence sharing most
words with the definition. Not handled: storage details (``store``), the scoring itself (``model``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from assistant.themes.defined import model
from assistant.themes.defined import store as defined_store

SENTENCE_ITEMS = 2000
MAX_WORDS = 3000  # most frequent words of the items in scope that may widen a definition
MAX_SENTENCE_CHARS = 300


@dataclass
class Claimed:
    """Per item of the run (aligned with ``Items``): the defined theme holding it (0 = none) and the confidence."""

    theme_of: np.ndarray
    confidence: np.ndarray
    themes: list[defined_store.DefinedTheme] = field(default_factory=list)
    words: dict[int, list[str]] = field(default_factory=dict)
    seeds: dict[int, int] = field(default_factory=dict)
    best: dict[int, tuple[int, float]] = field(default_factory=dict)  # theme -> (item index, probability) at best

    @property
    def mask(self) -> np.ndarray:
        return self.theme_of > 0

    def sizes(self) -> dict[int, int]:
        counts = Counter(int(t) for t in self.theme_of if t)
        return {t.id: counts.get(t.id, 0) for t in self.themes}


def nothing(n: int) -> Claimed:
    return Claimed(np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.float32))


def claim(conn, items, embedder, *, min_confidence: float = model.THRESHOLD, run_id: int | None = None,
          todo: np.ndarray | None = None) -> Claimed:
    """Assign ``items`` to the stored defined themes and save it.

    Args:
        conn: open connection holding the taxonomy lock.
        items: the run's items (ids, unit embeddings, texts, current theme).
        embedder: ``retrieval.embed.Embedder`` (definitions, words and sentences are embedded with it).
        min_confidence: probability an item needs to join a theme.
        run_id: the summary run (or None for `pma themes define`).
        todo: indices of the items to judge now (``--update``: the new ones); default all. Items not judged keep
            the defined theme they have.
    """
    themes = defined_store.load(conn)
    n = len(items)
    if not themes or n == 0:
        return nothing(n)
    ids = np.array([t.id for t in themes], dtype=np.int64)
    definitions = _definitions(conn, themes, embedder)
    words, word_vectors = vocabulary(items.texts, embedder)
    widened = model.expand(definitions, words, word_vectors)
    result = model.assign(items.x, widened, threshold=min_confidence)

    theme_of = np.where(result.theme >= 0, ids[np.maximum(result.theme, 0)], 0).astype(np.int64)
    confidence = result.confidence.astype(np.float32)
    example = np.zeros(n, dtype=bool)
    position = {int(fid): i for i, fid in enumerate(items.ids)}
    for t in themes:  # the PM's examples stay in their theme whatever the classifier says
        for fid in t.examples:
            i = position.get(int(fid))
            if i is not None:
                theme_of[i], example[i], confidence[i] = t.id, True, 1.0
    judged = np.arange(n) if todo is None else np.asarray(todo, dtype=np.int64)
    keep = np.setdiff1d(np.arange(n), judged)
    defined = set(ids.tolist())
    kept_theme = np.array([t if t in defined else 0 for t in items.theme[keep]], dtype=np.int64)
    theme_of[keep], confidence[keep] = kept_theme, np.where(kept_theme > 0, 1.0, 0.0)

    assigned = judged[theme_of[judged] > 0]
    sentences = _supporting_sentences(items, assigned, theme_of, ids, widened, result, embedder)
    defined_store.save_matches(conn, items.ids[judged], items.ids[assigned], theme_of[assigned],
                               confidence[assigned], sentences, example[assigned], run_id)
    for t, w in zip(themes, widened):
        defined_store.save_words(conn, t.id, w.words)
    _centroids(conn, items, theme_of, themes)
    best = {}
    if result.probabilities.size:
        for j, t in enumerate(themes):
            i = int(result.probabilities[:, j].argmax())
            best[t.id] = (i, float(result.probabilities[i, j]))
    return Claimed(theme_of, confidence, themes, {t.id: w.words for t, w in zip(themes, widened)},
                   {t.id: int(s) for t, s in zip(themes, result.seeds)} if len(result.seeds) else {}, best)


def _definitions(conn, themes, embedder) -> list[model.ThemeDefinition]:
    texts, spans = [], []
    for t in themes:
        parts = [t.name] + ([t.criteria] if t.criteria else [])
        spans.append((len(texts), len(texts) + len(parts)))
        texts.extend(parts)
    vectors = embedder.encode(texts)
    examples = _vectors(conn, [fid for t in themes for fid in t.examples])
    out = []
    for t, (a, b) in zip(themes, spans):
        ex = [examples[fid] for fid in t.examples if fid in examples]
        out.append(model.ThemeDefinition(t.name, vectors[a:b], np.vstack(ex) if ex else
                                         np.zeros((0, vectors.shape[1]), dtype=np.float32)))
    return out


def _vectors(conn, feedback_ids: list[int]) -> dict[int, np.ndarray]:
    from assistant.themes.store import vec

    if not feedback_ids:
        return {}
    rows = conn.execute("SELECT id, embedding FROM feedback WHERE id = ANY(%s) AND embedding IS NOT NULL",
                        (sorted(set(feedback_ids)),), binary=True).fetchall()
    return {r[0]: vec(r[1]) for r in rows}


def vocabulary(texts: list[str], embedder) -> tuple[list[str], np.ndarray | None]:
    """Words used by at least 3 items (2 in small sets), the ``MAX_WORDS`` most frequent, and their vectors."""
    from assistant.themes.keywords import tokenize

    df: Counter[str] = Counter()
    for text in texts:
        df.update(set(tokenize(text)))
    floor = 3 if len(texts) >= 200 else 2
    words = [w for w, c in df.most_common(MAX_WORDS) if c >= floor]
    if not words:
        return [], None
    return words, embedder.encode(words)


def _sentences(text: str) -> list[str]:
    from assistant.safety.support import split_sentences

    found = [s for paragraph in split_sentences(text) for s in paragraph if len(s.split()) >= 2 or len(s) >= 6]
    return found or [" ".join(text.split())]


def _clip(sentence: str) -> str:
    s = " ".join(sentence.split())
    return s if len(s) <= MAX_SENTENCE_CHARS else s[: MAX_SENTENCE_CHARS - 1] + "…"


def _supporting_sentences(items, assigned, theme_of, ids, widened, result, embedder) -> list[str]:
    from assistant.themes.keywords import tokenize

    column = {int(t): j for j, t in enumerate(ids)}
    split = {int(i): _sentences(items.texts[i]) for i in assigned}
    chosen: dict[int, str] = {i: parts[0] for i, parts in split.items()}
    multi = [i for i in assigned if len(split[int(i)]) > 1]
    multi.sort(key=lambda i: -float(result.confidence[i]))
    semantic, lexical = multi[:SENTENCE_ITEMS], multi[SENTENCE_ITEMS:]
    if semantic and result.scorer is not None:
        flat = [(int(i), s) for i in semantic for s in split[int(i)]]
        probs = result.scorer(embedder.encode([s for _, s in flat]))
        best: dict[int, tuple[float, str]] = {}
        for (i, s), p in zip(flat, probs):
            score = float(p[column[int(theme_of[i])]])
            if i not in best or score > best[i][0]:
                best[i] = (score, s)
        chosen.update({i: s for i, (_, s) in best.items()})
    else:
        lexical = multi
    for i in lexical:
        w = widened[column[int(theme_of[i])]]
        vocab = set(tokenize(w.name)) | set(w.words)
        chosen[int(i)] = max(split[int(i)], key=lambda s: len(vocab & set(tokenize(s))))
    return [_clip(chosen[int(i)]) for i in assigned]


def _centroids(conn, items, theme_of, themes) -> None:
    """Each defined theme's centre (unit mean of its items) for quotes and the report; none when it is empty."""
    for t in themes:
        members = theme_of == t.id
        centre = model.unit(items.x[members].mean(0)) if members.any() else None
        conn.execute("UPDATE themes SET centroid = %s, updated_at = now() WHERE id = %s", (centre, t.id))
