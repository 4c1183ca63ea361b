"""Trained classification: multinomial logistic regression (scikit-learn) on the embedding joined with TF-IDF of words
and two-word phrases (Chinese segmented), saved as plain arrays (``.npz``, no pickle).

Not handled: choosing the training data (``training``) or which model classifies (``classifier``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from retrieval.errors import UserError

class LinearClassifier:
    """Trained: logistic regression on [embedding, TF-IDF]. Saved and loaded as plain arrays."""

    def __init__(self, classes, coef, intercept, vocabulary, idf, embedding_dim: int):
        self.classes = [str(c) for c in classes]
        self.coef, self.intercept = np.asarray(coef, dtype=np.float64), np.asarray(intercept, dtype=np.float64)
        self.vocabulary, self.idf, self.embedding_dim = list(vocabulary), np.asarray(idf), int(embedding_dim)
        self._vectorizer = None

    @classmethod
    def fit(cls, texts: list[str], x: np.ndarray, labels: list[str], *, c: float = 1.0) -> "LinearClassifier":
        """Fit on texts, their embeddings and one label each (at least two distinct labels)."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        from assistant.themes.keywords import tokenize

        if len(set(labels)) < 2:
            raise UserError(f"Training needs at least two different labels; found only {sorted(set(labels))}.")
        vectorizer = TfidfVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None, ngram_range=(1, 2),
                                     min_df=2 if len(texts) >= 50 else 1, sublinear_tf=True)
        words = vectorizer.fit_transform(texts)
        vocab = [None] * len(vectorizer.vocabulary_)
        for term, index in vectorizer.vocabulary_.items():
            vocab[index] = term
        model = LogisticRegression(C=c, max_iter=2000).fit(_features(x, words), labels)
        coef, intercept = model.coef_, model.intercept_
        if len(model.classes_) == 2:  # binary: sklearn keeps one row; store both so scoring is uniform
            coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
        out = cls(model.classes_, coef, intercept, vocab, vectorizer.idf_, x.shape[1])
        out._vectorizer = vectorizer
        return out

    def scores(self, x: np.ndarray, texts: list[str]) -> np.ndarray:
        if x.shape[1] != self.embedding_dim:
            raise UserError("The trained classifier was fitted on embeddings of another size.",
                            hint="Run `pma classify train` again after changing the embedding model.")
        logits = _features(x, self._words().transform(texts)) @ self.coef.T + self.intercept
        logits = np.asarray(logits)
        e = np.exp(logits - logits.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)

    def predict(self, x: np.ndarray, texts: list[str]) -> list[str]:
        return [self.classes[i] for i in self.scores(x, texts).argmax(1)]

    def _words(self):
        if self._vectorizer is None:
            from sklearn.feature_extraction.text import TfidfVectorizer

            from assistant.themes.keywords import tokenize

            vec = TfidfVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None, ngram_range=(1, 2),
                                  vocabulary={t: i for i, t in enumerate(self.vocabulary)}, sublinear_tf=True)
            vec.idf_ = self.idf
            self._vectorizer = vec
        return self._vectorizer

    def save(self, path: Path) -> None:
        import io

        from retrieval.atomic import write_atomic

        buf = io.BytesIO()
        np.savez_compressed(buf, classes=np.array(self.classes), coef=self.coef, intercept=self.intercept,
                            vocabulary=np.array(self.vocabulary, dtype=str), idf=self.idf,
                            embedding_dim=np.array(self.embedding_dim))
        write_atomic(path, buf.getvalue())

    @classmethod
    def load(cls, path: Path) -> "LinearClassifier":
        with np.load(path, allow_pickle=False) as z:
            return cls(z["classes"], z["coef"], z["intercept"], z["vocabulary"], z["idf"], int(z["embedding_dim"]))


def _features(x: np.ndarray, words):
    import scipy.sparse as sp

    return sp.hstack([sp.csr_matrix(x), words]).tocsr()
