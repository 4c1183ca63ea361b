"""Themes: quality against BERTopic and k-means on public data (dev and test splits), and speed at 10k-100k items.

Quality (``--quality``, no lock needed): two public sets with gold groups, each split in two.

- SemEval-2014 restaurants, gold = first aspect category (5). dev = the official train split (3,041 sentences),
  test = the official test split (800).
- CLAP app reviews, gold = the review label (7: bug, feature, performance, ...). dev/test = the 705 apps split in
  two by CRC32 of the app id (even -> dev), so no app is in both.

Every choice in ``assistant/themes/cluster.py`` was made on the dev splits; the test splits are reported.
All methods cluster the same MiniLM embeddings; each runs with seeds 0-4 and the file keeps the median, the
min and max, and every run:

- ``ours``: ``assistant.themes.cluster.cluster`` with the default settings, the call ``pma summarize`` makes
  (number of themes chosen automatically). ``ours_fitted_on_a_sample``: the same with the themes fitted on 1,000
  items and every other item assigned to the nearest one, the path ``pma summarize`` takes past 20,000 items.
- ``kmeans_same_k``: scikit-learn ``KMeans(n_init=10)`` on the unit embeddings with the number of themes ours chose
  for that seed; ``kmeans_gold_k``: the same with the gold number of groups.
- ``bertopic_default``: ``BERTopic()`` with its default UMAP seeded (otherwise identical); outliers are topic -1.
- ``bertopic_reduce_outliers``: the same model, then ``reduce_outliers(strategy="embeddings")`` as BERTopic's docs
  advise when every document needs a topic.
- ``bertopic_min_topic_size_5``: ``min_topic_size=5``, the docs' advice for controlling topics on a small corpus.
- ``bertopic_nr_topics_gold``: ``nr_topics`` = the gold number of groups (topic reduction after HDBSCAN).
- ``bertopic_kmeans_gold_k`` / ``bertopic_kmeans_same_k``: BERTopic with ``hdbscan_model=KMeans(k, n_init=10)``
  (UMAP + k-means, no outliers) with the gold k / our k.

Scores: NMI and ARI over all items (unassigned items / outliers count as one more group), NMI over assigned items
only, the number of themes (outlier topic not counted) and the unassigned share. ``equal_counts``: ours asked for
exactly the number of themes each baseline found with the same seed, so every baseline is also compared at its own
theme count. ``target``: per baseline, ours at equal or fewer themes (our automatic run when it has no more themes,
else ours at the baseline's count) against the baseline, median NMI, with at most 5% unassigned.

The UMAP reduction of one split and seed is computed once and shared by the BERTopic variants that use it (a
seeded UMAP is deterministic, so this changes no result, only the run time). Also: zero-shot sentiment accuracy
on the SemEval test sentences whose aspects agree, with a majority-class baseline.

Speed (``--speed``, timed: run under the bench lock): ``--items`` items (10,000 by default; 100,000 for the
issue-14 target) with stored embeddings (SemEval + CLAP + Trailmix texts, reused to reach the count, dates over 16
weeks) -> ``summarize`` with the bundled LLM -> HTML report, in a child process (time per stage, peak RSS), and
BERTopic ``fit_transform`` on the same texts and embeddings (``--no-bertopic`` skips it; the committed 100k run
did, to keep the timed run short on a shared machine).

Run from the repository root (needs the ``bench`` extra: ``pip install -e ".[bench]"``):
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.themes --quality
    flock /work/coord/bench.lock env HF_HUB_OFFLINE=1 .venv/bin/python -m bench.themes --speed
    HF_HUB_OFFLINE=1 flock /work/coord/bench.lock .venv/bin/python -m bench.themes --speed --items 100000 --no-bertopic
Results: bench/results/themes.json (a partial run keeps the other parts of the file).
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from bench.common import DATA, REPO, embed_cached, machine, write_result

SEMEVAL = DATA / "semeval2014_restaurants" / "semeval2014_restaurants.jsonl"
CLAP = DATA / "clap_rq1" / "clap_rq1_reviews.csv"
TRAILMIX = REPO / "examples" / "feedback.csv"
SEEDS = (0, 1, 2, 3, 4)
MAX_UNASSIGNED = 0.05
SAMPLED_FIT = 1000  # ``ours_fitted_on_a_sample``: themes fitted on 1,000 items, the rest assigned (as at 100k items)
METRICS = ("nmi", "ari", "nmi_assigned", "themes", "unassigned_share", "seconds")


def _semeval() -> list[dict]:
    with open(SEMEVAL, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _clap() -> list[dict]:
    with open(CLAP, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def splits(settings) -> dict[str, dict]:
    """name -> texts, embeddings, gold labels, role; embeddings cached outside the repository."""
    sem = _semeval()
    sem_x = embed_cached([r["text"] for r in sem], settings, "semeval-all")
    clap = _clap()
    clap_x = embed_cached([r["text"] for r in clap], settings, "clap")
    clap_dev = [zlib.crc32(r["app"].encode()) % 2 == 0 for r in clap]
    out = {}
    for part, official in (("dev", "train"), ("test", "test")):
        keep = np.array([r["split"] == official for r in sem])
        out[f"semeval_{part}"] = {"texts": [r["text"] for r, k in zip(sem, keep) if k], "x": sem_x[keep],
                                  "gold": [r["aspect_categories"][0]["category"] for r, k in zip(sem, keep) if k],
                                  "role": part, "source": f"SemEval-2014 restaurants, official {official} split"}
        keep = np.array(clap_dev) if part == "dev" else ~np.array(clap_dev)
        out[f"clap_{part}"] = {"texts": [r["text"] for r, k in zip(clap, keep) if k], "x": clap_x[keep],
                               "gold": [r["label"] for r, k in zip(clap, keep) if k], "role": part,
                               "source": f"CLAP reviews of the apps with crc32(app) {'even' if part == 'dev' else 'odd'}"}
    return out


# --- methods -------------------------------------------------------------------------------------------------

def _ours(x, texts, seed, settings, n_themes=None, **options) -> np.ndarray:
    from assistant.themes.cluster import cluster

    opts = settings.themes
    return cluster(x, texts, n_themes=n_themes, min_themes=opts.min_themes, max_themes=opts.max_themes,
                   min_similarity=opts.min_similarity, seed=seed, **options).labels


def _kmeans(x, k, seed) -> np.ndarray:
    from sklearn.cluster import KMeans

    return KMeans(k, n_init=10, random_state=seed).fit_predict(x)


class _SharedUMAP:
    """BERTopic's default UMAP (n_neighbors=15, 5 components, min_dist 0, cosine) with ``random_state=seed``; the
    reduction of one (split, seed) is computed once and reused by every BERTopic variant of that split and seed."""

    _cache: dict = {}

    def __init__(self, key: str, seed: int):
        self.key, self.seed = key, seed

    def fit_transform(self, x, y=None):
        from umap import UMAP

        if (self.key, self.seed) not in self._cache:
            self._cache[(self.key, self.seed)] = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine",
                                                      random_state=self.seed).fit_transform(x)
        return self._cache[(self.key, self.seed)]

    def fit(self, x, y=None):
        self.fit_transform(x)
        return self

    def transform(self, x):
        return self._cache[(self.key, self.seed)]


def _bertopic(texts, x, seed, key, *, variant: str, k: int | None = None) -> np.ndarray:
    from bertopic import BERTopic
    from sklearn.cluster import KMeans

    umap = _SharedUMAP(key, seed)
    if variant in ("default", "reduce_outliers"):
        model = BERTopic(umap_model=umap)
    elif variant == "min_topic_size_5":
        model = BERTopic(umap_model=umap, min_topic_size=5)
    elif variant == "nr_topics":
        model = BERTopic(umap_model=umap, nr_topics=k)
    elif variant == "kmeans":
        model = BERTopic(umap_model=umap, hdbscan_model=KMeans(k, n_init=10, random_state=seed))
    else:
        raise ValueError(variant)
    topics, _ = model.fit_transform(texts, embeddings=x)
    if variant == "reduce_outliers" and -1 in topics:  # BERTopic refuses a run without outliers
        topics = model.reduce_outliers(texts, topics, strategy="embeddings", embeddings=x)
    return np.asarray(topics)


def _scores(gold, labels: np.ndarray, seconds: float) -> dict:
    """Scores of one run; ``labels`` use -1 for unassigned / outlier."""
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    gold = np.asarray(gold)
    kept = labels != -1
    return {"nmi": round(float(normalized_mutual_info_score(gold, labels)), 4),
            "ari": round(float(adjusted_rand_score(gold, labels)), 4),
            "nmi_assigned": round(float(normalized_mutual_info_score(gold[kept], labels[kept])), 4) if kept.any() else 0.0,
            "themes": int(len(set(labels[kept].tolist()))), "unassigned_share": round(float(1 - kept.mean()), 4),
            "seconds": round(seconds, 2)}


def _summary(runs: list[dict]) -> dict:
    return {stat: {m: round(float(fn([r[m] for r in runs])), 4) for m in METRICS}
            for stat, fn in (("median", np.median), ("min", np.min), ("max", np.max))}


def _timed(fn):
    t0 = time.perf_counter()
    labels = fn()
    return labels, time.perf_counter() - t0


def quality_split(name: str, data: dict, settings) -> dict:
    texts, x, gold = data["texts"], data["x"], data["gold"]
    gold_k = len(set(gold))
    runs: dict[str, list[dict]] = {}
    labels_of: dict[str, list[np.ndarray]] = {}

    def record(method: str, seed_labels: np.ndarray, seconds: float) -> None:
        runs.setdefault(method, []).append(_scores(gold, seed_labels, seconds))
        labels_of.setdefault(method, []).append(seed_labels)

    for seed in SEEDS:
        ours, s = _timed(lambda: _ours(x, texts, seed, settings))
        record("ours", ours, s)
        record("ours_fitted_on_a_sample", *_timed(lambda: _ours(x, texts, seed, settings, sample=SAMPLED_FIT)))
        k = runs["ours"][-1]["themes"]
        record("kmeans_same_k", *_timed(lambda: _kmeans(x, k, seed)))
        record("kmeans_gold_k", *_timed(lambda: _kmeans(x, gold_k, seed)))
        default, s = _timed(lambda: _bertopic(texts, x, seed, name, variant="default"))
        record("bertopic_default", default, s)
        record("bertopic_reduce_outliers",
               *_timed(lambda: _bertopic(texts, x, seed, name, variant="reduce_outliers")))
        record("bertopic_min_topic_size_5",
               *_timed(lambda: _bertopic(texts, x, seed, name, variant="min_topic_size_5")))
        record("bertopic_nr_topics_gold",
               *_timed(lambda: _bertopic(texts, x, seed, name, variant="nr_topics", k=gold_k)))
        record("bertopic_kmeans_gold_k", *_timed(lambda: _bertopic(texts, x, seed, name, variant="kmeans", k=gold_k)))
        record("bertopic_kmeans_same_k", *_timed(lambda: _bertopic(texts, x, seed, name, variant="kmeans", k=k)))
        print(f"  {name} seed {seed}: ours {runs['ours'][-1]['themes']} themes NMI {runs['ours'][-1]['nmi']:.3f}; "
              f"BERTopic default {runs['bertopic_default'][-1]['themes']} topics NMI "
              f"{runs['bertopic_default'][-1]['nmi']:.3f}", flush=True)

    # Ours at exactly the theme count each baseline found with the same seed.
    equal: dict[str, dict] = {}
    for method in runs:
        if method.startswith("ours"):
            continue
        ours_runs = []
        for seed, base in zip(SEEDS, runs[method]):
            k_b = max(1, base["themes"])
            ours_runs.append(_scores(gold, *_timed(lambda: _ours(x, texts, seed, settings, n_themes=k_b))))
        equal[method] = {"baseline": _summary(runs[method])["median"], "ours_same_count": _summary(ours_runs)["median"],
                         "ours_per_seed": ours_runs}

    methods = {m: {**_summary(r), "per_seed": r} for m, r in runs.items()}
    return {"items": len(texts), "gold_groups": gold_k, "role": data["role"], "source": data["source"],
            "methods": methods, "equal_counts": equal, "target": _target(methods, equal)}


def _target(methods: dict, equal: dict) -> dict:
    """Ours at equal or fewer themes vs each baseline (median NMI), with at most 5% unassigned."""
    ours = methods["ours"]["median"]
    per: dict[str, dict] = {}
    for name, m in methods.items():
        if name.startswith("ours"):
            continue
        base = m["median"]
        mine = ours if ours["themes"] <= base["themes"] else equal[name]["ours_same_count"]
        per[name] = {"baseline_themes": base["themes"], "baseline_nmi": base["nmi"],
                     "baseline_unassigned": base["unassigned_share"],
                     "ours_run": "automatic" if mine is ours else "same count", "ours_themes": mine["themes"],
                     "ours_nmi": mine["nmi"], "ours_unassigned": mine["unassigned_share"],
                     "nmi_ratio": round(mine["nmi"] / base["nmi"], 3) if base["nmi"] else None,
                     "win": bool(mine["nmi"] > base["nmi"] and mine["unassigned_share"] <= MAX_UNASSIGNED)}
    best = max(per, key=lambda b: per[b]["baseline_nmi"])
    return {"rule": "median NMI of ours at equal or fewer themes (automatic run when it has no more themes than "
                    "the baseline, else ours asked for the baseline's count) > the baseline's, with <= 5% unassigned",
            "best_baseline": best, "beats_best": per[best]["win"], "beats_all": all(p["win"] for p in per.values()),
            "per_baseline": per}


def sentiment(settings, data: dict) -> dict:
    """Zero-shot sentiment accuracy on SemEval test sentences whose aspects agree (conflict excluded)."""
    from assistant.themes.classify import FeedbackClassifier

    test = [r for r in _semeval() if r["split"] == "test"]
    x = embed_cached([r["text"] for r in _semeval()], settings, "semeval-all")[
        np.array([r["split"] == "test" for r in _semeval()])]
    polarity = []
    for r in test:
        ps = {a["polarity"] for a in r["aspect_categories"]}
        polarity.append(ps.pop() if len(ps) == 1 and "conflict" not in ps else None)
    keep = [i for i, p in enumerate(polarity) if p]
    pred = FeedbackClassifier(settings).classify(x[keep], [test[i]["text"] for i in keep])
    truth = [polarity[i] for i in keep]
    majority = max(set(truth), key=truth.count)
    return {"sentences": len(keep), "accuracy_zero_shot": round(float(np.mean(
        [p.sentiment == t for p, t in zip(pred, truth)])), 4),
        "accuracy_majority_baseline": round(truth.count(majority) / len(truth), 4), "majority": majority}


def quality(settings) -> dict:
    from threadpoolctl import threadpool_limits

    logging.getLogger("BERTopic").setLevel(logging.WARNING)
    out: dict = {"seeds": list(SEEDS), "splits": {}}
    with threadpool_limits(limits=1):  # the same single thread for every method (fastest on a shared 2-core box)
        for name, data in splits(settings).items():
            print(f"{name}: {len(data['texts'])} items", flush=True)
            out["splits"][name] = quality_split(name, data, settings)
        out["sentiment_semeval_test"] = sentiment(settings, {})
    return out


# --- speed ---------------------------------------------------------------------------------------------------

def _corpus(settings, n: int):
    """Texts, embeddings, ratings, sources for ``n`` items (real texts reused as needed)."""
    sem = [r["text"] for r in _semeval()]
    clap = _clap()
    with open(TRAILMIX, newline="", encoding="utf-8") as fh:
        trail = list(csv.DictReader(fh))
    parts = [("semeval", sem, embed_cached(sem, settings, "semeval-all"), [None] * len(sem)),
             ("clap", [r["text"] for r in clap], embed_cached([r["text"] for r in clap], settings, "clap"),
              [float(r["rating"]) for r in clap]),
             ("trailmix", [r["text"] for r in trail], embed_cached([r["text"] for r in trail], settings, "trailmix"),
              [float(r["rating"]) if r["rating"] else None for r in trail])]
    texts = [t for _, ts, _, _ in parts for t in ts]
    x = np.vstack([e for _, _, e, _ in parts])
    ratings = [r for *_, rs in parts for r in rs]
    sources = [name for name, ts, _, _ in parts for _ in ts]
    idx = np.arange(n) % len(texts)
    return [texts[i] for i in idx], x[idx], [ratings[i] for i in idx], [sources[i] for i in idx]


def _load_db(settings, n: int) -> None:
    """Store ``n`` items with their embeddings directly (the bench measures summarize, not ingest)."""
    from retrieval.db import Database
    from retrieval.embed import Embedder

    texts, x, ratings, sources = _corpus(settings, n)
    db = Database(settings)
    rng = np.random.default_rng(0)
    start = datetime(2026, 7, 27, tzinfo=timezone.utc)
    with db.connect() as conn:
        db.ensure_embedding_space(conn, Embedder(settings).model_id, x.shape[1])
        with conn.cursor().copy("COPY feedback (content_hash, source, external_id, text, created_at, rating, "
                                "author_hash, segment, app_version, embedding, embedding_model) FROM STDIN") as copy:
            for i in range(n):
                copy.write_row((f"bench-{i}", sources[i], str(i), texts[i],
                                start + timedelta(minutes=int(rng.integers(0, 16 * 7 * 24 * 60))), ratings[i],
                                f"user-{rng.integers(0, n // 3)}", ["Free", "Plus", "Team"][i % 3],
                                f"4.{i % 5}.0", x[i], Embedder(settings).model_id))


_CHILD = """
import json, resource, sys, time
from pathlib import Path
from retrieval.settings import Settings
from assistant.themes import summarize
from assistant.report import write_report
s = Settings(home=Path(sys.argv[1]), models_cache=Path(sys.argv[2]), themes={"use_llm": sys.argv[3] == "llm"})
t0 = time.perf_counter()
r = summarize(s)
t1 = time.perf_counter()
write_report(r, Path(sys.argv[1]) / "report.html")
timings = {**r.timings, "report": round(time.perf_counter() - t1, 3)}
print(json.dumps({"total_s": round(time.perf_counter() - t0, 2), "timings": timings, "themes": len(r.themes),
                  "unassigned": r.totals.unassigned, "unassigned_share": r.totals.unassigned_share,
                  "chosen_by": r.method.chosen_by, "llm": r.method.llm.model_dump(include={"labels", "summaries",
                  "calls", "fallbacks"}), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def speed(settings, n: int = 10_000, *, llm: bool = True, bertopic: bool = True) -> dict:
    """``pma summarize`` on ``n`` stored items in a child process (2 threads at most), then BERTopic on the same
    texts and embeddings."""
    home = settings.home
    t0 = time.perf_counter()
    _load_db(settings, n)
    setup_s = time.perf_counter() - t0
    models = REPO / ".pma-test-cache" / "models"
    if llm:
        from assistant.llm.weights import ensure_bundled_llm

        ensure_bundled_llm(models)  # conversion (once per cache) is not part of the measured run
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "2",
           "OPENBLAS_NUM_THREADS": "2", "MKL_NUM_THREADS": "2"}
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(home), str(models), "llm" if llm else "no-llm"],
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"summarize failed:\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result.update(setup_s=round(setup_s, 1), items=n, llm_model="bundled SmolLM2-135M" if llm else "off (--no-llm)",
                  note="peak_rss_mb: the summarize process (the embedded PostgreSQL server is a separate process)")
    if bertopic:
        texts, x, _, _ = _corpus(settings, n)
        t0 = time.perf_counter()
        topics = _bertopic(texts, x, 0, f"speed-{n}", variant="default")
        result["bertopic"] = {"seconds": round(time.perf_counter() - t0, 2),
                              "topics": int(len(set(topics)) - (-1 in topics)),
                              "outlier_share": round(float((topics == -1).mean()), 4),
                              "note": "clustering + c-TF-IDF only: no classification, statistics, labels or report"}
        result["ratio_total_vs_bertopic"] = round(result["total_s"] / result["bertopic"]["seconds"], 2)
    return result


# --- main ----------------------------------------------------------------------------------------------------

def _print_quality(q: dict) -> None:
    for name, split in q["splits"].items():
        print(f"\n{name} ({split['role']}, {split['items']} items, {split['gold_groups']} gold groups): median [min-max]")
        for method, m in split["methods"].items():
            med, lo, hi = m["median"], m["min"], m["max"]
            print(f"  {method:<27} NMI {med['nmi']:.3f} [{lo['nmi']:.3f}-{hi['nmi']:.3f}]  ARI {med['ari']:.3f}  "
                  f"themes {med['themes']:>4.0f} [{lo['themes']:.0f}-{hi['themes']:.0f}]  "
                  f"unassigned {med['unassigned_share']:.1%}")
        t = split["target"]
        print(f"  target: best baseline {t['best_baseline']}; beats best: {t['beats_best']}; beats all: {t['beats_all']}")
        for b, p in t["per_baseline"].items():
            print(f"    vs {b:<27} ours ({p['ours_run']}, {p['ours_themes']:.0f} themes) NMI {p['ours_nmi']:.3f} vs "
                  f"{p['baseline_nmi']:.3f} ({p['baseline_themes']:.0f} themes){'' if p['win'] else '  MISSED'}")


def main() -> None:
    from retrieval.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true", help="Cluster quality on the dev and test splits.")
    parser.add_argument("--speed", action="store_true", help="summarize on --items stored items (timed).")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--no-llm", action="store_true", help="--speed without LLM labels (keyword labels).")
    parser.add_argument("--no-bertopic", action="store_true", help="--speed without the BERTopic comparison.")
    args = parser.parse_args()
    both = not (args.quality or args.speed)
    home = Path(tempfile.mkdtemp(prefix="pma-bench-themes-"))
    settings = Settings(home=home, themes={"classifier": "zero-shot"})
    command = "python -m bench.themes " + " ".join(sys.argv[1:])
    data: dict = {"bench": "themes"}

    def run_part(key: str, fn):
        before = machine()
        part = fn()
        data[key] = {"command": command, "machine": before, "machine_after": machine(), **part}
        return part

    if args.quality or both:
        q = run_part("quality", lambda: quality(settings))
        _print_quality(q)
        s = q["sentiment_semeval_test"]
        print(f"Sentiment accuracy {s['accuracy_zero_shot']:.3f} (majority {s['accuracy_majority_baseline']:.3f})")
    if args.speed or both:
        key = f"speed_{args.items // 1000}k" if args.items % 1000 == 0 else f"speed_{args.items}"
        s = run_part(key, lambda: speed(settings, args.items, llm=not args.no_llm, bertopic=not args.no_bertopic))
        print(f"Speed: {s['items']} items in {s['total_s']} s, peak RSS {s['peak_rss_mb']} MB, stages {s['timings']}"
              + (f"; BERTopic {s['bertopic']['seconds']} s" if "bertopic" in s else ""))
    previous = REPO / "bench" / "results" / "themes.json"
    if previous.exists():  # keep the other parts of earlier runs; each part records its command and machine
        old = json.loads(previous.read_text())
        for key, part in old.items():
            if key.startswith(("quality", "speed_")) and key not in data:
                data[key] = {**{k: old[k] for k in ("command", "machine", "machine_after") if k in old}, **part}
    print(f"wrote {write_result('themes', data)}")


if __name__ == "__main__":
    main()
