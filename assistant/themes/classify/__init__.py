"""Per-item classification: feedback type and sentiment, stored in the database.

Zero-shot (default, works on a new company's data with no labels): each class is described by a few prototype
sentences embedded with the same model as the feedback. An item's score for a class is the mean of its cosine to
the class's mean prototype and to its two closest prototypes; the best class wins. Everything runs on the stored
embeddings, so classifying 10k items is a matrix product. A known star rating (1-5) nudges sentiment.

Trained (``pma classify train LABELED.csv``): multinomial logistic regression (scikit-learn) on the embedding
joined with TF-IDF of words and two-word phrases (Chinese segmented). The model is saved as plain arrays
(``$PMA_HOME/classifier/*.npz``, no pickle) beside a ``meta.json``; labels outside the built-in types are kept, so
a company's own taxonomy survives.

Not handled: several types per item, aspect-level sentiment, non-English prototypes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.errors import UserError
from retrieval.settings import Settings

FEEDBACK_TYPES = ("bug", "feature_request", "performance", "usability", "praise", "question", "other")
ZERO_SHOT_VERSION = "prototypes-v2"

TYPE_PROTOTYPES: dict[str, list[str]] = {
    "bug": ["The app crashes when I open it.", "It doesn't work anymore after the update.",
            "I get an error message and it freezes.", "Login fails and nothing loads.",
            "The button does nothing, it is broken.", "Data got lost, sync is not working.",
            "Force closes every time I try.", "Please fix this bug.", "It keeps showing a blank screen.",
            "Notifications stopped working.", "Downloading fails with an error every time.",
            "It stopped working after the last update."],
    "feature_request": ["Please add a dark mode.", "It would be great if you could add support for widgets.",
                        "I wish it had an option to export my data.", "Can you add more languages?",
                        "Would love a feature to share with friends.", "Need an option to turn this off.",
                        "Add the ability to sort by date.", "Please bring back the old layout option.",
                        "I'd like to see integration with my calendar."],
    "performance": ["The app is very slow and laggy.", "It takes forever to load.", "Drains my battery quickly.",
                    "Uses too much memory and storage.", "The phone gets hot when using it."],
    "usability": ["The interface is confusing and hard to use.", "I can't find where the settings are.",
                  "Too many steps to do something simple.", "The text is too small to read.",
                  "The menu is not intuitive."],
    "praise": ["Great app, I love it!", "Excellent, works perfectly.", "Best app ever, thank you.",
               "Very useful and easy, five stars.", "Awesome, highly recommend."],
    "question": ["How do I change my password?", "Is there a way to do this?", "Why does it ask for this permission?",
                 "Where can I find my history?", "Does it work offline?"],
    "other": ["ok", "Good", "I don't know.", "My review.", "Meh."],
}
SENTIMENT_PROTOTYPES: dict[str, list[str]] = {
    "negative": ["This is terrible, I am very disappointed.", "It does not work and I am frustrated.",
                 "Awful experience, worst ever.", "Too expensive and poor quality.", "I hate it, it keeps failing.",
                 "Really annoying and slow.", "It keeps failing, still not fixed.", "Not acceptable for what I pay."],
    "neutral": ["I used it yesterday.", "It has a settings page.", "How do I export my data?",
                "Please add an option for this.", "The app opens a map.", "I went there on Tuesday."],
    "positive": ["I love it, works great!", "Excellent, thank you so much.", "Very helpful and easy to use.",
                 "Best experience, highly recommend.", "Amazing quality, really happy.", "Nice and friendly, wonderful."],
}
RATING_NUDGE = 0.05  # per star away from 3, added to positive and taken from negative (cosine units)

_SYNONYMS = {"bugs": "bug", "defect": "bug", "crash": "bug", "error": "bug", "feature": "feature_request",
             "features": "feature_request", "feature request": "feature_request", "request": "feature_request",
             "enhancement": "feature_request", "suggestion": "feature_request", "perf": "performance",
             "ux": "usability", "ui": "usability", "compliment": "praise", "positive feedback": "praise",
             "neg": "negative", "pos": "positive", "neu": "neutral", "-1": "negative", "0": "neutral", "1": "positive"}


def normalise_label(value: str) -> str:
    """``"Feature Request"`` -> ``"feature_request"``; known synonyms map to the built-in names."""
    text = " ".join(str(value).strip().lower().replace("_", " ").replace("-", " ").split())
    return _SYNONYMS.get(text, text.replace(" ", "_"))


@dataclass
class Classification:
    feedback_type: str
    type_score: float
    sentiment: str
    sentiment_score: float


_PROTOTYPE_VECTORS: dict[tuple, np.ndarray] = {}  # (model id, sentences) -> vectors, shared in the process


class PrototypeClassifier:
    """Zero-shot: nearest class by similarity to embedded prototype sentences."""

    def __init__(self, prototypes: dict[str, list[str]], embedder):
        self.classes = list(prototypes)
        self._vectors = []
        for c in self.classes:
            key = (embedder.model_id, tuple(prototypes[c]))
            if key not in _PROTOTYPE_VECTORS:
                _PROTOTYPE_VECTORS[key] = embedder.encode(prototypes[c])
            self._vectors.append(_PROTOTYPE_VECTORS[key])

    def scores(self, x: np.ndarray) -> np.ndarray:
        cols = []
        for vectors in self._vectors:
            centre = vectors.mean(0)
            centre /= np.linalg.norm(centre)
            top2 = np.sort(x @ vectors.T, axis=1)[:, -2:].mean(1)
            cols.append(0.5 * (x @ centre) + 0.5 * top2)
        return np.stack(cols, 1)


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


def classifier_dir(settings: Settings) -> Path:
    return settings.home / "classifier"


class FeedbackClassifier:
    """Type + sentiment for items, from their embeddings (and texts for a trained model).

    ``identity`` names the models used; stored labels with another identity are recomputed.
    """

    def __init__(self, settings: Settings, embedder=None):
        from retrieval.embed import Embedder

        self.settings = settings
        self.embedder = embedder or Embedder(settings)
        self.trained: dict[str, LinearClassifier] = {}
        self._trained_ids: dict[str, str] = {}
        mode = settings.themes.classifier
        if mode not in {"auto", "zero-shot", "trained"}:
            raise UserError(f"PMA_THEMES_CLASSIFIER={mode!r} is not a classifier mode.", hint="Use auto, zero-shot or trained.")
        folder = classifier_dir(settings)
        if mode != "zero-shot":
            for task in ("type", "sentiment"):
                path = folder / f"{task}.npz"
                if path.exists():
                    self.trained[task] = LinearClassifier.load(path)
                    self._trained_ids[task] = "trained:" + hashlib.sha256(path.read_bytes()).hexdigest()[:12]
            if mode == "trained" and not self.trained:
                raise UserError(f"PMA_THEMES_CLASSIFIER=trained but there is no trained classifier in {folder}.",
                                hint="Run `pma classify train LABELED.csv` first, or use auto.")
        self._zero_shot: dict[str, PrototypeClassifier] = {}

    @property
    def identity(self) -> str:
        parts = [f"{task}={self._trained_ids.get(task, 'zero-shot:' + ZERO_SHOT_VERSION)}" for task in ("type", "sentiment")]
        return ";".join(parts + [f"emb={self.embedder.model_id}"])

    @property
    def method(self) -> str:
        return "trained" if self.trained else "zero-shot"

    def _prototypes(self, task: str) -> PrototypeClassifier:
        if task not in self._zero_shot:
            protos = TYPE_PROTOTYPES if task == "type" else SENTIMENT_PROTOTYPES
            self._zero_shot[task] = PrototypeClassifier(protos, self.embedder)
        return self._zero_shot[task]

    def _task(self, task: str, x: np.ndarray, texts: list[str], ratings) -> tuple[list[str], np.ndarray]:
        if task in self.trained:
            model = self.trained[task]
            probs = model.scores(x, texts)
            return [model.classes[i] for i in probs.argmax(1)], probs.max(1)
        proto = self._prototypes(task)
        scores = proto.scores(x)
        if task == "sentiment" and ratings is not None:
            stars = np.array([np.nan if r is None else float(r) for r in ratings], dtype=np.float64)
            nudge = np.where((stars >= 1) & (stars <= 5), (stars - 3) * RATING_NUDGE, 0.0)
            scores[:, proto.classes.index("positive")] += nudge
            scores[:, proto.classes.index("negative")] -= nudge
        return [proto.classes[i] for i in scores.argmax(1)], scores.max(1)

    def classify(self, x: np.ndarray, texts: list[str], ratings=None) -> list[Classification]:
        """Classify items given their unit embeddings ``x`` (n, d), texts and optional star ratings."""
        if len(x) == 0:
            return []
        types, type_scores = self._task("type", x, texts, ratings)
        sentiments, sentiment_scores = self._task("sentiment", x, texts, ratings)
        return [Classification(t, round(float(ts), 4), s, round(float(ss), 4))
                for t, ts, s, ss in zip(types, type_scores, sentiments, sentiment_scores)]


def classify_feedback(settings: Settings, filters=None, *, force: bool = False, db=None, classifier=None,
                      loaded=None, progress: bool = False) -> dict:
    """Classify stored feedback that has no label yet (or one from another model; all with ``force``).

    ``loaded`` may pass ``(ids, embeddings, texts)`` already read for the same filters (``summarize`` does), so
    vectors are not read twice. Returns counts: ``classified``, ``total`` matching, ``labelled``, ``by_type``,
    ``by_sentiment``, ``method``, ``model``.
    """
    from retrieval.db import Database
    from retrieval.filters import Filters

    db = db or Database(settings)
    filters = filters or Filters()
    clf = classifier or FeedbackClassifier(settings)
    with db.connect() as conn:
        _check_embedding_model(db, conn, clf.embedder.model_id)
        where, params = filters.sql(conn)
        stale = "TRUE" if force else "(fc.feedback_id IS NULL OR fc.model <> %s)"
        vector = "NULL" if loaded is not None else "f.embedding"
        rows = conn.execute(
            f"SELECT f.id, f.text, f.rating, {vector} FROM feedback f "
            f"LEFT JOIN feedback_classification fc ON fc.feedback_id = f.id "
            f"WHERE {where} AND f.embedding IS NOT NULL AND {stale} ORDER BY f.id",
            params + ([] if force else [clf.identity])).fetchall()
        if rows:
            ids = [r[0] for r in rows]
            if loaded is not None:
                position = {int(i): n for n, i in enumerate(loaded[0])}
                x = loaded[1][[position[i] for i in ids]]
            else:
                from assistant.themes.store import vec

                x = np.vstack([vec(r[3]) for r in rows])
            results = clf.classify(x, [r[1] for r in rows], [r[2] for r in rows])
            store_classifications(conn, ids, results, clf.method, clf.identity)
        counts = conn.execute(
            f"SELECT count(*), count(fc.feedback_id) FROM feedback f LEFT JOIN feedback_classification fc "
            f"ON fc.feedback_id = f.id WHERE {where}", params).fetchone()
        mix = {}
        for col in ("feedback_type", "sentiment"):
            mix[col] = dict(conn.execute(
                f"SELECT fc.{col}, count(*) FROM feedback f JOIN feedback_classification fc ON fc.feedback_id = f.id "
                f"WHERE {where} GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall())
    return {"classified": len(rows), "total": counts[0], "labelled": counts[1], "method": clf.method,
            "model": clf.identity, "by_type": mix["feedback_type"], "by_sentiment": mix["sentiment"]}


def store_classifications(conn, ids: list[int], results: list[Classification], method: str, model: str) -> None:
    """Upsert classifications (COPY into a temporary table, then one INSERT ... ON CONFLICT)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _fc (LIKE feedback_classification INCLUDING DEFAULTS)")
    with conn.cursor().copy("COPY _fc (feedback_id, feedback_type, type_score, sentiment, sentiment_score, method, model) "
                            "FROM STDIN") as copy:
        for fid, r in zip(ids, results):
            copy.write_row((fid, r.feedback_type, r.type_score, r.sentiment, r.sentiment_score, method, model))
    conn.execute(
        "INSERT INTO feedback_classification (feedback_id, feedback_type, type_score, sentiment, sentiment_score, "
        "method, model) SELECT feedback_id, feedback_type, type_score, sentiment, sentiment_score, method, model FROM _fc "
        "ON CONFLICT (feedback_id) DO UPDATE SET feedback_type = EXCLUDED.feedback_type, type_score = EXCLUDED.type_score, "
        "sentiment = EXCLUDED.sentiment, sentiment_score = EXCLUDED.sentiment_score, method = EXCLUDED.method, "
        "model = EXCLUDED.model, classified_at = now()")
    conn.execute("DROP TABLE _fc")


def _check_embedding_model(db, conn, model_id: str) -> None:
    stored = db.get_meta(conn, "embedding_model")
    if stored is not None and stored != model_id:
        raise UserError(f"The stored feedback was embedded with '{stored}' but the configured embedding model is "
                        f"'{model_id}'.", hint="Run `pma reindex`, or set PMA_EMBEDDING_MODEL back.")


# ---- training from a labelled file ------------------------------------------------------------------------------
_TEXT_COLS = ("text", "feedback", "review", "comment", "content", "body", "message")
_TYPE_COLS = ("type", "feedback_type", "label", "category", "class")
_SENTIMENT_COLS = ("sentiment", "polarity")


def train_from_file(settings: Settings, path: Path, *, text_col: str | None = None, type_col: str | None = None,
                    sentiment_col: str | None = None, progress: bool = False, embedder=None) -> dict:
    """Fit classifiers on a labelled CSV/XLSX/JSON export and save them under ``$PMA_HOME/classifier``.

    The file needs a text column and a type and/or a sentiment column (names detected, or given). Rows with an
    empty label are skipped for that task. Prints nothing; returns what was trained with a 5-fold estimate.

    Raises:
        UserError: unreadable file, missing columns, fewer than 10 labelled rows or a single label.
    """
    from retrieval.embed import Embedder
    from retrieval.loaders import load_file
    from retrieval.redact import redact

    loaded = load_file(Path(path))
    cols = {c.strip().lower(): c for c in loaded.columns}

    def pick(given, names, what, required):
        if given:
            if given not in loaded.columns:
                raise UserError(f"{path}: no column {given!r}.", hint=f"Columns are: {', '.join(loaded.columns)}")
            return given
        found = next((cols[n] for n in names if n in cols), None)
        if found is None and required:
            raise UserError(f"{path}: cannot find the {what} column.",
                            hint=f"Name it one of {', '.join(names)} or pass --{what}-col. Columns: {', '.join(loaded.columns)}")
        return found

    tcol = pick(text_col, _TEXT_COLS, "text", True)
    ycol = pick(type_col, _TYPE_COLS, "type", False)
    scol = pick(sentiment_col, _SENTIMENT_COLS, "sentiment", False)
    if ycol is None and scol is None:
        raise UserError(f"{path}: no label column.", hint="Add a 'type' and/or 'sentiment' column, or pass --type-col.")
    rows = [r.values for r in loaded.rows if (r.values.get(tcol) or "").strip()]
    texts = [redact(r[tcol].strip())[0] if settings.retrieval.redact_pii else r[tcol].strip() for r in rows]
    embedder = embedder or Embedder(settings)
    x = embedder.encode(texts, show_progress=progress)
    folder = classifier_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    report: dict = {"file": str(path), "rows": len(rows), "embedding_model": embedder.model_id, "tasks": {}}
    for task, col in (("type", ycol), ("sentiment", scol)):
        if col is None:
            continue
        keep = [i for i, r in enumerate(rows) if (r.get(col) or "").strip()]
        labels = [normalise_label(rows[i][col]) for i in keep]
        if len(keep) < 10:
            raise UserError(f"{path}: only {len(keep)} rows have a {task} label in column {col!r}; need at least 10.")
        sub_texts, sub_x = [texts[i] for i in keep], x[keep]
        model = LinearClassifier.fit(sub_texts, sub_x, labels)
        model.save(folder / f"{task}.npz")
        report["tasks"][task] = {"column": col, "rows": len(keep), "labels": dict(_count(labels)),
                                 "cv_macro_f1": _cv_macro_f1(sub_texts, sub_x, labels)}
    (folder / "meta.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def _count(labels: list[str]) -> list[tuple[str, int]]:
    from collections import Counter

    return Counter(labels).most_common()


def _cv_macro_f1(texts: list[str], x: np.ndarray, labels: list[str]) -> float | None:
    """Stratified 5-fold macro-F1 estimate (None when a label has fewer than 5 examples)."""
    from collections import Counter

    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    if min(Counter(labels).values()) < 5:
        return None
    y = np.array(labels)
    preds = np.empty(len(y), dtype=object)
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        model = LinearClassifier.fit([texts[i] for i in train], x[train], list(y[train]))
        preds[test] = model.predict(x[test], [texts[i] for i in test])
    return round(float(f1_score(y, preds.astype(str), average="macro")), 4)
