"""Sentence sentiment without a rating, on SemEval-2014 restaurant sentences (real reviews nobody here wrote).

An item's sentiment decides what chat counts as a complaint, what a plan quotes as counter-evidence and a theme's
negative share. With no star rating, the zero-shot prototypes decide it alone, and they read plain complaints as
positive ("Very disappointed.", "Waste of time.": an insurance tester's plan quoted such tickets as counter-evidence).

Labels: a sentence whose annotated aspect categories all have one polarity (negative, neutral or positive) has that
sentiment; sentences with mixed or "conflict" polarities are left out. Split: SemEval's train sentences are the
**dev** split (the English complaint and praise words of ``assistant/themes/classify/cues.py`` were written looking at
dev misses only), its test sentences the **test** split, scored once per change.

Systems, same sentences, same embeddings, one run:
- ``product``: ``FeedbackClassifier`` (zero-shot), the code `pma summarize` runs;
- ``prototypes``: the product without its English words (``cues.word_sentiment(english=False)``): the product
  before them;
- ``vader``: VADER (``vaderSentiment``), the lexicon a practitioner picks for offline sentence sentiment, with its
  documented thresholds (compound >= 0.05 positive, <= -0.05 negative).
Reported per split: accuracy, macro F1, per-class precision and recall, and how many negative sentences each system
calls positive (the error that turns a complaint into praise).

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.sentiment       # writes bench/results/sentiment.json
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np

from bench.common import DATA, embed_cached, machine, write_result

SEMEVAL = DATA / "semeval2014_restaurants" / "semeval2014_restaurants.jsonl"
CLASSES = ("negative", "neutral", "positive")


def labelled() -> dict[str, list[tuple[str, str]]]:
    """{"dev": [(text, sentiment)], "test": [...]}: sentences whose aspect categories agree on one polarity."""
    out: dict[str, list[tuple[str, str]]] = {"dev": [], "test": []}
    for line in SEMEVAL.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        polarities = {a["polarity"] for a in row["aspect_categories"]}
        if len(polarities) == 1 and (side := polarities.pop()) in CLASSES:
            out["dev" if row["split"] == "train" else "test"].append((row["text"], side))
    return out


def scores(truth: list[str], predicted: list[str]) -> dict:
    t, p = np.array(truth), np.array(predicted)
    per_class, f1s = {}, []
    for c in CLASSES:
        tp = int(((t == c) & (p == c)).sum())
        precision = tp / max(int((p == c).sum()), 1)
        recall = tp / max(int((t == c).sum()), 1)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[c] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                        "n": int((t == c).sum())}
        f1s.append(f1)
    return {"accuracy": round(float((t == p).mean()), 4), "macro_f1": round(float(np.mean(f1s)), 4),
            "negative_called_positive": int(((t == "negative") & (p == "positive")).sum()),
            "positive_called_negative": int(((t == "positive") & (p == "negative")).sum()), "per_class": per_class}


def systems(texts: list[str], x: np.ndarray) -> dict[str, list[str]]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from assistant.themes.classify.classifier import FeedbackClassifier
    from assistant.themes.classify.cues import answer_sides, word_sentiment
    from retrieval.settings import Settings

    with tempfile.TemporaryDirectory(prefix="pma-bench-sentiment-") as home:
        classifier = FeedbackClassifier(Settings(home=Path(home)))
        product = [c.sentiment for c in classifier.classify(x, texts)]
        proto = classifier._prototypes("sentiment")
        before = answer_sides("sentiment", texts, list(proto.classes),
                              word_sentiment(texts, list(proto.classes), proto.scores(x), None, english=False))
        prototypes = [proto.classes[i] for i in before.argmax(1)]
    vader = SentimentIntensityAnalyzer()
    compound = [vader.polarity_scores(t)["compound"] for t in texts]
    return {"product": product, "prototypes": prototypes,
            "vader": ["positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral" for c in compound]}


def main() -> None:
    from retrieval.settings import Settings

    result: dict = {"data": str(SEMEVAL.relative_to(DATA)), "machine": machine(), "splits": {}}
    with tempfile.TemporaryDirectory(prefix="pma-bench-sentiment-") as home:
        settings = Settings(home=Path(home))
        for split, rows in labelled().items():
            texts, truth = [t for t, _ in rows], [s for _, s in rows]
            x = embed_cached(texts, settings, f"sentiment-{split}")
            result["splits"][split] = {"sentences": len(rows), **{name: scores(truth, predicted)
                                                                  for name, predicted in systems(texts, x).items()}}
    path = write_result("sentiment", result)
    for split, figures in result["splits"].items():
        print(split, figures["sentences"], {k: (v["accuracy"], v["macro_f1"], v["negative_called_positive"])
                                            for k, v in figures.items() if k != "sentences"})
    print(path)


if __name__ == "__main__":
    main()
