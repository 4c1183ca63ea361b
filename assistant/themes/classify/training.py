"""Training the classifier from a company's own labelled export (``pma classify train FILE``).

The text column is found as ingestion finds it (``retrieval.columns``); the type and sentiment columns by their
usual names or given explicitly. Labels are normalised (``"Feature Request"`` -> ``feature_request``) and labels
outside the built-in types are kept, so a company's own taxonomy survives.

Not handled: labels per aspect, or more than one label per item.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.themes.classify.classifier import classifier_dir
from assistant.themes.classify.linear import LinearClassifier
from retrieval.errors import UserError
from retrieval.settings import Settings

_SYNONYMS = {"bugs": "bug", "defect": "bug", "crash": "bug", "error": "bug", "feature": "feature_request",
             "features": "feature_request", "feature request": "feature_request", "request": "feature_request",
             "enhancement": "feature_request", "suggestion": "feature_request", "perf": "performance",
             "ux": "usability", "ui": "usability", "compliment": "praise", "positive feedback": "praise",
             "neg": "negative", "pos": "positive", "neu": "neutral", "-1": "negative", "0": "neutral", "1": "positive"}


def normalise_label(value: str) -> str:
    """``"Feature Request"`` -> ``"feature_request"``; known synonyms map to the built-in names."""
    text = " ".join(str(value).strip().lower().replace("_", " ").replace("-", " ").split())
    return _SYNONYMS.get(text, text.replace(" ", "_"))


TYPE_COLUMNS = ("type", "feedback_type", "label", "category", "class")
SENTIMENT_COLUMNS = ("sentiment", "polarity")


def train_from_file(settings: Settings, path: Path, *, text_col: str | None = None, type_col: str | None = None,
                    sentiment_col: str | None = None, progress: bool = False, embedder=None) -> dict:
    """Fit classifiers on a labelled CSV/XLSX/JSON export and save them under ``$PMA_HOME/classifier``.

    The file needs a text column and a type and/or a sentiment column (names detected, or given). Rows with an
    empty label are skipped for that task. Prints nothing; returns what was trained with a 5-fold estimate.

    Raises:
        UserError: unreadable file, missing columns, fewer than 10 labelled rows or a single label.
    """
    from retrieval.columns import column_named, detect_columns
    from retrieval.embed import Embedder, embedding_text
    from retrieval.loaders import load_file
    from retrieval.redact import redact

    loaded = load_file(Path(path))
    for given in (type_col, sentiment_col):
        if given and given not in loaded.columns:
            raise UserError(f"{path}: no column {given!r}.", hint=f"Columns are: {', '.join(loaded.columns)}")
    ycol = type_col or column_named(loaded.columns, TYPE_COLUMNS)
    scol = sentiment_col or column_named(loaded.columns, SENTIMENT_COLUMNS, {ycol} if ycol else set())
    if ycol is None and scol is None:
        raise UserError(f"{path}: no label column.", hint=f"Name it one of {', '.join(TYPE_COLUMNS)} (type) or "
                        f"{', '.join(SENTIMENT_COLUMNS)} (sentiment), or pass --type-col / --sentiment-col.")
    tcol = detect_columns(loaded, text_col=text_col).get("text")  # found as ingestion finds it
    rows = [r.values for r in loaded.rows if (r.values.get(tcol) or "").strip()]
    texts = [redact(r[tcol].strip())[0] if settings.retrieval.redact_pii else r[tcol].strip() for r in rows]
    embedder = embedder or Embedder(settings)
    x = embedder.encode([embedding_text(t) for t in texts], show_progress=progress)  # as stored items are embedded
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
