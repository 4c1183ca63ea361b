"""Feedback-type classification on CLAP RQ1 (3,000 real app reviews), 5 folds grouped by app (unseen apps).

BUG-vs-rest and FEATURE-vs-rest precision/recall/F1 for (a) the zero-shot classifier (no training data; the same
prediction on every fold, scored per fold), (b) the trained classifier (``pma classify train``: logistic
regression on MiniLM embedding + TF-IDF) fitted on the other four folds, and (c) an in-run baseline: TF-IDF
words + logistic regression. Published comparator: fine-tuned DistilBERT, binary one-vs-rest, unseen apps
(Devine et al.): BUG F1 .868, FEATURE F1 .659.

Run: HF_HUB_OFFLINE=1 .venv/bin/python -m bench.classify   -> bench/results/classify.json
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


from bench.common import DATA, embed_cached, machine, write_result  # noqa: E402

CLAP = DATA / "clap_rq1" / "clap_rq1_reviews.csv"
PUBLISHED = DATA / "published_results" / "devine_rq1_distilbert_binary_summary.csv"
TASKS = {"BUG": "bug", "FEATURE": "feature_request"}


def prf(truth: np.ndarray, pred: np.ndarray) -> dict:
    tp = int((truth & pred).sum())
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / truth.sum() if truth.sum() else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def mean_sd(folds: list[dict]) -> dict:
    return {k: {"mean": round(float(np.mean([f[k] for f in folds])), 4), "sd": round(float(np.std([f[k] for f in folds])), 4)}
            for k in folds[0]}


def published() -> dict:
    out = {}
    with open(PUBLISHED, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["split"] == "separated":
                out[row["positive_class"].upper()] = {"precision": float(row["precision_mean"]),
                                                      "recall": float(row["recall_mean"]), "f1": float(row["f1_mean"])}
    return out


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from assistant.themes.classify import FeedbackClassifier, LinearClassifier, normalise_label
    from retrieval.settings import Settings

    if not CLAP.exists():
        sys.exit(f"dataset not available: {CLAP}")
    with open(CLAP, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = [r["text"] for r in rows]
    gold = np.array([r["label"] for r in rows])
    apps = [r["app"] for r in rows]
    settings = Settings(home=Path(tempfile.mkdtemp(prefix="pma-bench-")), themes={"classifier": "zero-shot"})
    t0 = time.perf_counter()
    x = embed_cached(texts, settings, "clap")
    embed_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    zero = FeedbackClassifier(settings).classify(x, texts, [float(r["rating"]) for r in rows])
    zero_types = np.array([c.feedback_type for c in zero])
    zero_s = time.perf_counter() - t0

    folds = list(GroupKFold(n_splits=5).split(x, gold, apps))
    results = {name: {task: [] for task in TASKS} for name in ("zero_shot", "trained", "tfidf_lr_baseline")}
    train_s = []
    for train, test in folds:
        t0 = time.perf_counter()
        model = LinearClassifier.fit([texts[i] for i in train], x[train], [normalise_label(g) for g in gold[train]])
        pred = np.array(model.predict(x[test], [texts[i] for i in test]))
        train_s.append(time.perf_counter() - t0)
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        base = LogisticRegression(max_iter=2000).fit(vec.fit_transform([texts[i] for i in train]), gold[train])
        base_pred = base.predict(vec.transform([texts[i] for i in test]))
        for task, ours in TASKS.items():
            truth = gold[test] == task
            results["zero_shot"][task].append(prf(truth, zero_types[test] == ours))
            results["trained"][task].append(prf(truth, pred == ours))
            results["tfidf_lr_baseline"][task].append(prf(truth, base_pred == task))
    summary = {name: {task: mean_sd(v) for task, v in tasks.items()} for name, tasks in results.items()}
    comparator = published()
    ratios = {name: {task: round(summary[name][task]["f1"]["mean"] / comparator[task]["f1"], 3) for task in TASKS}
              for name in summary}
    data = {"bench": "classify", "dataset": "clap_rq1 (3,000 reviews, 705 apps)",
            "folds": "GroupKFold(5) by app", "machine": machine(),
            "seconds": {"embed_or_cache": round(embed_s, 1), "zero_shot_all": round(zero_s, 2),
                        "train_predict_per_fold": round(float(np.mean(train_s)), 2)},
            "results": summary, "published_distilbert_unseen_apps": comparator, "f1_ratio_vs_published": ratios}
    path = write_result("classify", data)
    for name in summary:
        line = "  ".join(f"{task} P {summary[name][task]['precision']['mean']:.3f} R {summary[name][task]['recall']['mean']:.3f} "
                         f"F1 {summary[name][task]['f1']['mean']:.3f}" for task in TASKS)
        print(f"{name:<18} {line}")
    print(f"{'DistilBERT (pub.)':<18} " + "  ".join(f"{t} P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}"
                                               for t, c in comparator.items()))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
