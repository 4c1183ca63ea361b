"""Themes: quality on SemEval-2014 restaurants (vs BERTopic, same embeddings, same run) and speed on 10k items.

Quality: the 800 test sentences, gold = first aspect category (5 categories; also reported on the 611 sentences
with one category). NMI/ARI of our theme assignment (``assistant.themes.cluster.cluster`` with the default
settings, the same call ``pma summarize`` makes) and of BERTopic's default pipeline (UMAP 5-d + HDBSCAN
min_cluster_size=10; outliers are topic -1): ours and BERTopic with a seeded UMAP over 5 seeds, and BERTopic's
literal default (unseeded) 3 times. "all" counts unassigned/outliers as one more
cluster; "assigned" scores only items that got a theme. Also the zero-shot sentiment accuracy against the
sentence polarity (sentences whose aspects agree; conflict excluded) with a majority-class baseline.

Speed: 10,000 items with stored embeddings (SemEval + CLAP + Trailmix texts, reused to reach 10k, dates over 16
weeks) -> ``summarize`` with the bundled LLM -> HTML report, in a child process (time per stage, peak RSS), and
BERTopic ``fit_transform`` on the same texts and embeddings.

Run: HF_HUB_OFFLINE=1 .venv/bin/python -m bench.themes [--quality] [--speed]   -> bench/results/themes.json
Needs ``pip install bertopic`` (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np


from bench.common import DATA, REPO, embed_cached, machine, write_result  # noqa: E402

SEMEVAL = DATA / "semeval2014_restaurants" / "semeval2014_restaurants.jsonl"
CLAP = DATA / "clap_rq1" / "clap_rq1_reviews.csv"
TRAILMIX = REPO / "examples" / "feedback.csv"
SEEDS = (0, 1, 2, 3, 4)


def _semeval():
    with open(SEMEVAL, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _bertopic(texts, x, seed):
    """BERTopic's default pipeline; ``seed`` None is the literal default (unseeded, parallel UMAP), an int seeds
    UMAP (otherwise identical settings) so runs repeat."""
    from bertopic import BERTopic

    if seed is None:
        model = BERTopic()
    else:
        from umap import UMAP

        model = BERTopic(umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed))
    topics, _ = model.fit_transform(texts, embeddings=x)
    return np.array(topics)


def _scores(gold, labels, unassigned_value) -> dict:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    gold = np.asarray(gold)
    kept = labels != unassigned_value
    return {"nmi_all": normalized_mutual_info_score(gold, labels), "ari_all": adjusted_rand_score(gold, labels),
            "nmi_assigned": normalized_mutual_info_score(gold[kept], labels[kept]),
            "ari_assigned": adjusted_rand_score(gold[kept], labels[kept]),
            "unassigned_share": float(1 - kept.mean()), "themes": int(len(set(labels[kept])))}


def _avg(runs: list[dict]) -> dict:
    return {k: round(float(np.mean([r[k] for r in runs])), 4) for k in runs[0]}


def quality(settings) -> dict:
    from assistant.themes.classify import FeedbackClassifier
    from assistant.themes.cluster import UNASSIGNED, cluster

    test = [r for r in _semeval() if r["split"] == "test"]
    texts = [r["text"] for r in test]
    gold = [r["aspect_categories"][0]["category"] for r in test]
    single = np.array([len(r["aspect_categories"]) == 1 for r in test])
    x = embed_cached(texts, settings, "semeval-test")
    out: dict = {"sentences": len(test), "single_category": int(single.sum())}
    for name in ("ours", "bertopic_seeded", "bertopic_default"):
        runs, runs_single, seconds = [], [], []
        for seed in (SEEDS if name != "bertopic_default" else (None, None, None)):
            t0 = time.perf_counter()
            if name == "ours":
                opts = settings.themes
                labels = cluster(x, min_themes=opts.min_themes, max_themes=opts.max_themes,
                                 min_similarity=opts.min_similarity, seed=seed).labels
                missing = UNASSIGNED
            else:
                labels, missing = _bertopic(texts, x, seed), -1
            seconds.append(time.perf_counter() - t0)
            runs.append(_scores(gold, labels, missing))
            runs_single.append(_scores(np.array(gold)[single], labels[single], missing))
        out[name] = {"all_sentences": _avg(runs), "single_category": _avg(runs_single),
                     "seconds": round(float(np.mean(seconds)), 2), "per_seed": runs}
    for name in ("bertopic_seeded", "bertopic_default"):
        out[f"nmi_ratio_ours_vs_{name}"] = round(out["ours"]["all_sentences"]["nmi_all"] /
                                                 out[name]["all_sentences"]["nmi_all"], 3)

    polarity = []
    for r in test:
        ps = {a["polarity"] for a in r["aspect_categories"]}
        polarity.append(ps.pop() if len(ps) == 1 and "conflict" not in ps else None)
    keep = [i for i, p in enumerate(polarity) if p]
    pred = FeedbackClassifier(settings).classify(x[keep], [texts[i] for i in keep])
    truth = [polarity[i] for i in keep]
    majority = max(set(truth), key=truth.count)
    out["sentiment"] = {"sentences": len(keep), "accuracy_zero_shot": round(float(np.mean(
        [p.sentiment == t for p, t in zip(pred, truth)])), 4),
        "accuracy_majority_baseline": round(truth.count(majority) / len(truth), 4), "majority": majority}
    return out


def _corpus(settings, n: int):
    """Texts, embeddings, ratings, sources for ``n`` items (real texts reused as needed)."""
    sem = [r["text"] for r in _semeval()]
    with open(CLAP, newline="", encoding="utf-8") as fh:
        clap = list(csv.DictReader(fh))
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
import json, sys, time
from pathlib import Path
from retrieval.settings import Settings
from assistant.themes import summarize
from assistant.report import write_report
s = Settings(home=Path(sys.argv[1]), models_cache=Path(sys.argv[2]))
t0 = time.perf_counter()
r = summarize(s)
t1 = time.perf_counter()
write_report(r, Path(sys.argv[1]) / "report.html")
r["timings"]["report"] = round(time.perf_counter() - t1, 3)
print(json.dumps({"total_s": round(time.perf_counter() - t0, 2), "timings": r["timings"], "themes": len(r["themes"]),
                  "unassigned": r["totals"]["unassigned"], "llm": {k: v for k, v in r["method"]["llm"].items()
                  if k in ("labels", "summaries", "calls", "fallbacks")}}))
"""


def speed(settings, n: int = 10_000) -> dict:
    home = settings.home
    t0 = time.perf_counter()
    _load_db(settings, n)
    setup_s = time.perf_counter() - t0
    models = REPO / ".pma-test-cache" / "models"
    from assistant.llm.weights import ensure_bundled_llm

    ensure_bundled_llm(models)  # conversion (once per cache) is not part of the measured run
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(home), str(models)], capture_output=True, text=True,
                          env={**__import__("os").environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"})
    if proc.returncode != 0:
        raise SystemExit(f"summarize failed:\n{proc.stderr[-3000:]}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["peak_rss_mb"] = round(max(peak_kb, before) / 1024, 1)
    result["setup_s"] = round(setup_s, 1)
    result["items"] = n

    texts, x, _, _ = _corpus(settings, n)
    t0 = time.perf_counter()
    topics = _bertopic(texts, x, 0)
    result["bertopic"] = {"seconds": round(time.perf_counter() - t0, 2), "topics": int(len(set(topics)) - (-1 in topics)),
                          "outlier_share": round(float((topics == -1).mean()), 4),
                          "note": "clustering + c-TF-IDF only: no classification, statistics, labels or report"}
    result["ratio_total_vs_bertopic"] = round(result["total_s"] / result["bertopic"]["seconds"], 2)
    return result


def main() -> None:
    from retrieval.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    both = not (args.quality or args.speed)
    home = Path(tempfile.mkdtemp(prefix="pma-bench-themes-"))
    settings = Settings(home=home, themes={"classifier": "zero-shot"})
    data: dict = {"bench": "themes", "machine": machine()}
    if args.quality or both:
        data["semeval2014_restaurants_test"] = q = quality(settings)
        for name in ("ours", "bertopic_seeded", "bertopic_default"):
            a = q[name]["all_sentences"]
            print(f"SemEval {name:<17} NMI {a['nmi_all']:.3f} (assigned only {a['nmi_assigned']:.3f}) ARI {a['ari_all']:.3f} "
                  f"unassigned {a['unassigned_share']:.1%} themes {a['themes']:.1f} in {q[name]['seconds']} s")
        print(f"Sentiment accuracy {q['sentiment']['accuracy_zero_shot']:.3f} (majority {q['sentiment']['accuracy_majority_baseline']:.3f})")
    if args.speed or both:
        data["speed"] = s = speed(settings, args.items)
        print(f"Speed: {s['items']} items in {s['total_s']} s, peak RSS {s['peak_rss_mb']} MB, stages {s['timings']}; "
              f"BERTopic {s['bertopic']['seconds']} s")
    data["machine_after"] = machine()
    previous = REPO / "bench" / "results" / "themes.json"
    if previous.exists() and not both:  # keep the other half of an earlier full run
        old = json.loads(previous.read_text())
        data = {**{k: v for k, v in old.items() if k in ("semeval2014_restaurants_test", "speed")}, **data}
    print(f"wrote {write_result('themes', data)}")


if __name__ == "__main__":
    main()
