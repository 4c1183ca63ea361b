"""Theme quality on real public data (SemEval-2014 restaurant sentences, the dev split only): the clustering must
group by aspect better than k-means on the same embeddings with the same number of themes. A small, fast version
of ``bench/themes.py``; the test split is never used here."""

from __future__ import annotations

import json

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import normalized_mutual_info_score
from tests.support.paths import shared_data

from assistant.themes.cluster import cluster
from retrieval.embed import Embedder


def test_themes_group_real_feedback_better_than_kmeans_on_the_same_embeddings(settings):
    path = shared_data("semeval2014_restaurants", "semeval2014_restaurants.jsonl")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    dev = [r for r in rows if r["split"] == "train"][:600]
    texts = [r["text"] for r in dev]
    gold = [r["aspect_categories"][0]["category"] for r in dev]
    x = Embedder(settings).encode(texts)
    ours = [normalized_mutual_info_score(gold, cluster(x, texts, n_themes=5, seed=s).labels) for s in range(3)]
    plain = [normalized_mutual_info_score(gold, KMeans(5, n_init=10, random_state=s).fit_predict(x)) for s in range(3)]
    assert np.median(ours) >= np.median(plain) + 0.02, (ours, plain)
