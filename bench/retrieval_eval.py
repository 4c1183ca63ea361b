"""Search relevance on public data with a dev/test split: the product's hybrid search against BM25 alone (bm25s),
dense alone and naive RRF, all in the same run (issue 15, item 1).

Usage (quality only, no timings, so no bench lock):
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.retrieval_eval            # writes bench/results/retrieval_eval.json
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.retrieval_eval --tune     # dev split only: the grid that chose the
                                                                         # defaults (bench/results/retrieval_tuning.json)

Candidates tried on dev after the defaults and rejected (none beat them beyond noise; none is in the product):
``bench/results/retrieval_tuning_candidates.json`` and ``retrieval_tuning_candidates_second_look.json``, produced by
``--tune`` / ``--tune --second-look`` on branch ``wp/retrieval-3-experiments`` (commits 5fd6cb2 and 8d17411),
which keeps the code of those options (score normalisations, pseudo-relevance feedback, a learned blend). Query
phrases scored as extra BM25 terms: ``retrieval_tuning_phrases.json`` (``--tune-phrases``, dev) and
``retrieval_eval_with_phrases.json`` (this bench with phrases on; test fell, so not adopted), both from branch
``wp/lead-phrases`` (commit 74acb95).

How the evaluation is built (all from ../shared/data; nothing written into the repository):

Corpus: the 3,000 CLAP Google Play reviews (source ``app_reviews``, kept column ``app``) and the 3,841 SemEval-2014
restaurant sentences (source ``restaurant_reviews``, kept column ``split`` = train/test), ingested together through
``retrieval.ingest.ingest_paths`` into a fresh embedded PostgreSQL (vectors from the bundled MiniLM, cached under
~/.cache/pma-bench). Every query carries a filter, as a PM's would.

Three query families, each split into dev and test with nothing shared between the splits but the corpus:

- ``app_labels`` (semantic): "What do users say about <topic>?"-style questions filtered to one app
  (``--where app=...``); the topic describes a CLAP label (BUG, FEATURE, PERFORMANCE, ENERGY, USABILITY, SECURITY),
  relevant = reviews of that app with that label (grade 1). Apps with >= 20 reviews and labels with >= 2 reviews
  in the app and >= 2 other reviews; apps are split in half by a seeded shuffle, and dev and test use different
  wordings of every topic (``TOPICS``).
- ``aspect_terms`` (features): questions about an annotated aspect term ("the sushi", "the wait staff"), filtered to
  the SemEval split (dev: train sentences and their terms, test: test sentences and their terms; terms annotated in
  >= 3 sentences of that split). Grade 2: the sentence is annotated with the term (plural folded); grade 1: it is
  annotated with another term sharing a content word ("wine" / "wine list").
- ``aspect_categories`` (themes with sentiment): "What do guests complain about / like about <category>?" for food,
  service, ambience and price, filtered like aspect_terms; grade 2: category with that polarity, grade 1: the
  category with another polarity. Dev and test word the categories differently.

Question templates rotate over the same three forms in both splits (``TEMPLATES``). The headline is nDCG@10 (linear
gains, ideal over all judged items in the filter) macro-averaged over the three families, per split. Defaults of
``retrieval.search.Ranking`` were chosen with ``--tune`` on dev only; the test figures were not looked at while
tuning.

Systems, same queries, same filters:
- ``bm25s`` / ``bm25s_stem``: the bm25s library (Lucene BM25, English stop words; ``_stem`` adds the Snowball
  stemmer), index over the whole corpus, scores masked to the filter; on the question as typed and on its topic.
- ``dense``: exact cosine over the stored vectors (numpy), question as typed and topic.
- ``naive_rrf``: RRF (k = 60, 50 candidates each) of ``bm25s`` and ``dense`` on the question as typed (what the
  product did before, with a library BM25 in place of ts_rank_cd).
- ``product_*``: ``retrieval.search.Searcher`` (the code ``pma search`` runs) in lexical, dense and hybrid mode, and
  hybrid with RRF fusion and with the per-query min-max blend (``product_hybrid_minmax``, the default until session
  15; the blend on fixed score scales replaced it after a dev-only comparison of candidate score dumps: dev nDCG@10
  0.7429 -> 0.7554, and no worse on any family; Bruch et al.'s TM2C2 and per-query adaptive weights lost on dev).

Not measured here: latency (bench/search_latency.py), chat answers (pma eval).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import random
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bench.common import DATA, machine, write_result

CLAP = DATA / "clap_rq1" / "clap_rq1_reviews.csv"
SEMEVAL = DATA / "semeval2014_restaurants" / "semeval2014_restaurants.jsonl"
SEED = 15
K = 10

TEMPLATES = ("What do users say about {t}?", "{t}", "How do people feel about {t}?")
TOPICS = {  # label -> (dev wording, test wording)
    "BUG": ("crashes and bugs", "errors, freezes and things that stop working"),
    "FEATURE": ("missing features they want added", "feature requests"),
    "PERFORMANCE": ("speed and lag", "the app being slow"),
    "ENERGY": ("battery drain", "battery usage and power consumption"),
    "USABILITY": ("ease of use and the interface", "how confusing or simple the app is to use"),
    "SECURITY": ("privacy and permissions", "security and personal data"),
}
CATEGORIES = {  # category -> (dev wording, test wording)
    "food": ("the food", "the dishes and their taste"),
    "service": ("the service and staff", "the waiters"),
    "ambience": ("the atmosphere and decor", "the ambience of the place"),
    "price": ("the prices", "value for money"),
}
POLARITY_FORMS = {  # polarity -> (dev form, test form)
    "negative": ("What do guests complain about regarding {t}?", "Complaints about {t}"),
    "positive": ("What do guests like about {t}?", "What do people love about {t}?"),
}
_STOP = {"the", "of", "a", "an", "and", "in", "on", "for", "to", "with"}


@dataclass
class Query:
    qid: str
    family: str
    split: str
    text: str
    where: dict[str, str]
    qrels: dict[str, int]  # external id -> grade
    pool: set[str] = field(default_factory=set)  # external ids the filter leaves


# ---- building the evaluation ------------------------------------------------------------------------------------
def load_corpus() -> list[dict]:
    docs = []
    with CLAP.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            docs.append({"external_id": f"clap-{r['id']}", "text": r["text"], "source": "app_reviews",
                         "app": r["app"], "label": r["label"], "rating": r["rating"]})
    with SEMEVAL.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            docs.append({"external_id": f"semeval-{r['split']}-{r['id']}", "text": r["text"],
                         "source": "restaurant_reviews", "split": r["split"],
                         "terms": sorted({t["term"].lower() for t in r["aspect_terms"]}),
                         "categories": {c["category"]: c["polarity"] for c in r["aspect_categories"]}})
    return docs


def _fold(term: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in term.split())


def build_queries(docs: list[dict]) -> list[Query]:
    rng = random.Random(SEED)
    queries: list[Query] = []
    # app_labels
    by_app: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        if d["source"] == "app_reviews":
            by_app[d["app"]].append(d)
    apps = sorted(a for a, items in by_app.items() if len(items) >= 20)
    rng.shuffle(apps)
    dev_apps = set(apps[: len(apps) // 2])
    n = 0
    for app in sorted(apps):
        split = "dev" if app in dev_apps else "test"
        items = by_app[app]
        for label, wording in TOPICS.items():
            rel = {d["external_id"] for d in items if d["label"] == label}
            if len(rel) < 2 or len(items) - len(rel) < 2:
                continue
            text = TEMPLATES[n % len(TEMPLATES)].format(t=wording[0 if split == "dev" else 1])
            n += 1
            queries.append(Query(f"app-{app}-{label}", "app_labels", split, text, {"app": app},
                                 {e: 1 for e in rel}, {d["external_id"] for d in items}))
    # aspect_terms and aspect_categories, per SemEval split
    for semeval_split, split in (("train", "dev"), ("test", "test")):
        sents = [d for d in docs if d["source"] == "restaurant_reviews" and d["split"] == semeval_split]
        pool = {d["external_id"] for d in sents}
        count: dict[str, int] = defaultdict(int)
        for d in sents:
            for t in {_fold(t) for t in d["terms"]}:
                count[t] += 1
        terms = sorted(t for t, c in count.items() if c >= 3)
        for i, term in enumerate(terms):
            words = set(term.split()) - _STOP
            qrels = {}
            for d in sents:
                folded = {_fold(t) for t in d["terms"]}
                if term in folded:
                    qrels[d["external_id"]] = 2
                elif any(words & (set(t.split()) - _STOP) for t in folded):
                    qrels[d["external_id"]] = 1
            text = TEMPLATES[i % len(TEMPLATES)].format(t=f"the {term}")
            queries.append(Query(f"term-{split}-{term}", "aspect_terms", split, text, {"split": semeval_split},
                                 qrels, pool))
        for cat, wording in CATEGORIES.items():
            for polarity, forms in POLARITY_FORMS.items():
                form = forms[0 if split == "dev" else 1]
                qrels = {}
                for d in sents:
                    if cat in d["categories"]:
                        qrels[d["external_id"]] = 2 if d["categories"][cat] == polarity else 1
                queries.append(Query(f"cat-{split}-{cat}-{polarity}", "aspect_categories", split,
                                     form.format(t=wording[0 if split == "dev" else 1]), {"split": semeval_split},
                                     qrels, pool))
    return queries


# ---- metrics -----------------------------------------------------------------------------------------------------
def ndcg(ranked: list[str], qrels: dict[str, int], k: int = K) -> float:
    dcg = sum(qrels.get(e, 0) / math.log2(i + 2) for i, e in enumerate(ranked[:k]))
    ideal = sorted(qrels.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def precision(ranked: list[str], qrels: dict[str, int], k: int = K) -> float:
    return sum(1 for e in ranked[:k] if qrels.get(e, 0) > 0) / k


def summarise(runs: dict[str, list[str]], queries: list[Query]) -> dict:
    """Per split: nDCG@10 and P@10 per family, and the macro average over families (the headline)."""
    out = {}
    for split in ("dev", "test"):
        fams = {}
        for fam in ("app_labels", "aspect_terms", "aspect_categories"):
            qs = [q for q in queries if q.split == split and q.family == fam]
            fams[fam] = {"queries": len(qs),
                         "ndcg@10": round(statistics.mean(ndcg(runs[q.qid], q.qrels) for q in qs), 4),
                         "p@10": round(statistics.mean(precision(runs[q.qid], q.qrels) for q in qs), 4)}
        out[split] = {"ndcg@10": round(statistics.mean(f["ndcg@10"] for f in fams.values()), 4), "families": fams}
    return out


# ---- baselines ---------------------------------------------------------------------------------------------------
class LibraryBaselines:
    """bm25s and exact dense search over the stored texts and vectors, filters as masks."""

    def __init__(self, ext_ids: list[str], texts: list[str], vectors: np.ndarray):
        import bm25s
        import Stemmer

        self.ext_ids = np.array(ext_ids)
        self.index = {e: i for i, e in enumerate(ext_ids)}
        self.vectors = vectors
        self.stemmer = Stemmer.Stemmer("english")
        self.bm25 = {}
        for name, stemmer in (("bm25s", None), ("bm25s_stem", self.stemmer)):
            retriever = bm25s.BM25()
            retriever.index(bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False),
                            show_progress=False)
            self.bm25[name] = (retriever, stemmer)

    def _mask(self, pool: set[str]) -> np.ndarray:
        m = np.zeros(len(self.ext_ids), dtype=bool)
        m[[self.index[e] for e in pool if e in self.index]] = True
        return m

    def bm25s(self, name: str, text: str, pool: set[str], n: int) -> list[str]:
        import bm25s

        retriever, stemmer = self.bm25[name]
        tokens = bm25s.tokenize([text], stopwords="en", stemmer=stemmer, return_ids=False, show_progress=False)[0]
        vocab = retriever.vocab_dict
        tokens = [t for t in tokens if t in vocab]
        if not tokens:
            return []
        scores = np.where(self._mask(pool), retriever.get_scores(tokens), -np.inf)
        top = np.argsort(-scores, kind="stable")[:n]
        return [self.ext_ids[i] for i in top if np.isfinite(scores[i]) and scores[i] > 0]

    def dense(self, qv: np.ndarray, pool: set[str], n: int) -> list[str]:
        scores = np.where(self._mask(pool), self.vectors @ qv, -np.inf)
        top = np.argsort(-scores, kind="stable")[:n]
        return [self.ext_ids[i] for i in top if np.isfinite(scores[i])]


def rrf_lists(*lists: list[str], k: int = 60) -> list[str]:
    scores: dict[str, float] = defaultdict(float)
    for lst in lists:
        for r, e in enumerate(lst, start=1):
            scores[e] += 1.0 / (k + r)
    return sorted(scores, key=lambda e: (-scores[e], e))


# ---- the product ------------------------------------------------------------------------------------------------
class CachedEmbedder:
    """The bundled embedder with a text -> vector cache (corpus vectors computed once, queries on demand)."""

    def __init__(self, settings, known: dict[str, np.ndarray]):
        from retrieval.embed import Embedder

        self.inner = Embedder(settings)
        self.model_id = self.inner.model_id
        self.known = dict(known)

    @property
    def dim(self) -> int:
        return 384 if self.known else self.inner.dim

    def encode(self, texts, **kw) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.known]
        if missing:
            for t, v in zip(missing, self.inner.encode(missing)):
                self.known[t] = v
        return np.stack([self.known[t] for t in texts]).astype(np.float32)

    def encode_batches(self, texts, **kw):
        """What ``retrieval.ingest`` calls since it stores batches as they are done: one batch, from the cache."""
        if texts:
            yield list(range(len(texts))), self.encode(texts)

    def warm_up(self, **kw):
        return self.inner.warm_up(**kw)


def ingest(settings, docs: list[dict], embedder) -> None:
    from retrieval.ingest import ingest_paths

    folder = Path(tempfile.mkdtemp(prefix="retrieval-eval-"))
    clap = folder / "app_reviews.csv"
    with clap.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "app", "rating", "text"])
        for d in docs:
            if d["source"] == "app_reviews":
                w.writerow([d["external_id"], d["app"], d["rating"], d["text"]])
    sem = folder / "restaurant_reviews.jsonl"
    with sem.open("w", encoding="utf-8") as f:
        for d in docs:
            if d["source"] == "restaurant_reviews":
                f.write(json.dumps({"id": d["external_id"], "split": d["split"], "text": d["text"]}) + "\n")
    ingest_paths([clap], settings, source="app_reviews", embedder=embedder)
    ingest_paths([sem], settings, source="restaurant_reviews", embedder=embedder)


def corpus_database(settings) -> tuple[object, list[dict], "CachedEmbedder"]:
    """The public corpus (CLAP + SemEval) ingested into ``settings``' fresh database with cached vectors:
    ``(settings, docs, embedder)``; the embedder answers for the corpus texts without running the model."""
    from bench.common import embed_cached

    docs = load_corpus()
    texts = [d["text"] for d in docs]
    vectors = embed_cached(texts, settings, "retrieval_eval_corpus")
    embedder = CachedEmbedder(settings, dict(zip(texts, vectors)))
    ingest(settings, docs, embedder)
    return settings, docs, embedder


def run_product(searcher, queries: list[Query], ext_of: dict[int, str], mode: str) -> dict[str, list[str]]:
    from retrieval.filters import Filters

    runs = {}
    for q in queries:
        hits = searcher.search(q.text, k=K, filters=Filters(where=dict(q.where)), mode=mode)
        runs[q.qid] = [ext_of[h.id] for h in hits]
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tune", action="store_true", help="run only the dev-split grid over ranking options")
    args = parser.parse_args()

    from retrieval.search import Ranking, Searcher
    from retrieval.settings import Settings

    started = time.time()
    settings, docs, embedder = corpus_database(Settings(home=Path(tempfile.mkdtemp(prefix="pma-retrieval-eval-"))))
    queries = build_queries(docs)

    from retrieval.db import Database

    db = Database(settings)
    with db.connect() as conn:
        with conn.cursor(binary=True) as cur:
            rows = cur.execute("SELECT id, external_id, text, embedding FROM feedback ORDER BY id").fetchall()
    ext_of = {r[0]: r[1] for r in rows}
    stored_ext = [r[1] for r in rows]
    stored_vecs = np.stack([r[3].to_numpy().astype(np.float32) for r in rows])
    base = LibraryBaselines(stored_ext, [r[2] for r in rows], stored_vecs)
    stored = set(stored_ext)
    for q in queries:  # exact repeats are stored once: judge only what exists
        q.pool &= stored
        q.qrels = {e: g for e, g in q.qrels.items() if e in stored}

    from retrieval.query import topic

    qvec = {}
    for q in queries:
        for t in (q.text, topic(q.text)):
            if t not in qvec:
                qvec[t] = embedder.encode([t])[0]

    systems: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for q in ([q for q in queries if q.split == "dev"] if args.tune else queries):
        for name in ("bm25s", "bm25s_stem"):
            systems[name][q.qid] = base.bm25s(name, q.text, q.pool, 50)
            systems[name + "_topic"][q.qid] = base.bm25s(name, topic(q.text), q.pool, 50)
        systems["dense"][q.qid] = base.dense(qvec[q.text], q.pool, 50)
        systems["dense_topic"][q.qid] = base.dense(qvec[topic(q.text)], q.pool, 50)
        systems["naive_rrf"][q.qid] = rrf_lists(systems["bm25s"][q.qid], systems["dense"][q.qid])
    if args.tune:  # dev only: test queries are not run at all while tuning
        dev = [q for q in queries if q.split == "dev"]
        grid = tune(settings, db, embedder, dev, ext_of)
        for name in ("bm25s", "bm25s_stem", "bm25s_topic", "bm25s_stem_topic", "dense", "dense_topic", "naive_rrf"):
            grid.append({"baseline": name, **summarise_split({q.qid: systems[name][q.qid] for q in dev}, dev)})
        path = write_result("retrieval_tuning", {
            "benchmark": "retrieval_eval --tune", "command": "HF_HUB_OFFLINE=1 .venv/bin/python -m bench.retrieval_eval --tune",
            "machine": machine(), "split": "dev", "grid": grid, "seconds": round(time.time() - started, 1)})
        print("wrote", path)
        return
    searcher = Searcher(settings, db=db, embedder=embedder)
    for mode in ("lexical", "dense", "hybrid"):
        systems[f"product_{mode}"] = run_product(searcher, queries, ext_of, mode)
    rrf_searcher = Searcher(settings, db=db, embedder=embedder, ranking=Ranking(fusion="rrf"))
    systems["product_hybrid_rrf"] = run_product(rrf_searcher, queries, ext_of, "hybrid")
    minmax_searcher = Searcher(settings, db=db, embedder=embedder, ranking=Ranking(fusion="minmax"))
    systems["product_hybrid_minmax"] = run_product(minmax_searcher, queries, ext_of, "hybrid")

    results = {name: summarise(runs, queries) for name, runs in systems.items()}
    baselines = [n for n in results if n.startswith(("bm25s", "dense"))]
    best = {split: max(baselines, key=lambda n: results[n][split]["ndcg@10"]) for split in ("dev", "test")}
    out = {
        "benchmark": "retrieval_eval",
        "command": "HF_HUB_OFFLINE=1 .venv/bin/python -m bench.retrieval_eval",
        "machine": machine(),
        "ranking_defaults": vars(Ranking()),
        "queries": {split: {fam: sum(1 for q in queries if q.split == split and q.family == fam)
                            for fam in ("app_labels", "aspect_terms", "aspect_categories")} for split in ("dev", "test")},
        "corpus_items": len(rows),
        "headline": "nDCG@10 macro-averaged over the three families",
        "results": results,
        "goal": {split: {"product_hybrid": results["product_hybrid"][split]["ndcg@10"],
                         "best_single_baseline": best[split],
                         "best_single_ndcg@10": results[best[split]][split]["ndcg@10"],
                         "margin": round(results["product_hybrid"][split]["ndcg@10"]
                                         - results[best[split]][split]["ndcg@10"], 4),
                         "target_margin": 0.05} for split in ("dev", "test")},
    }
    out["seconds"] = round(time.time() - started, 1)
    searcher.close()
    rrf_searcher.close()
    minmax_searcher.close()
    path = write_result("retrieval_eval", out)
    for name, r in results.items():
        print(f"{name:22s} dev {r['dev']['ndcg@10']:.4f}  test {r['test']['ndcg@10']:.4f}  "
              + "  ".join(f"{f[:8]} {v['ndcg@10']:.3f}/{r['test']['families'][f]['ndcg@10']:.3f}"
                          for f, v in r["dev"]["families"].items()))
    print(json.dumps(out["goal"], indent=1))
    print("wrote", path)


def tune(settings, db, embedder, dev: list[Query], ext_of: dict[int, str]) -> list[dict]:
    """Dev split only: nDCG@10 of hybrid search for each ranking option (the defaults are the best row)."""
    from retrieval.search import Ranking, Searcher

    grid = []
    for fusion, weight, dense_topic, lexical_topic in itertools.product(
            ("blend", "minmax"), (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8), (True, False), (True, False)):
        ranking = Ranking(fusion=fusion, lexical_weight=weight, dense_topic=dense_topic, lexical_topic=lexical_topic)
        searcher = Searcher(settings, db=db, embedder=embedder, ranking=ranking)
        s = summarise_split(run_product(searcher, dev, ext_of, "hybrid"), dev)
        searcher.close()
        grid.append({**vars(ranking), **s})
        print("tune", vars(ranking), s)
    return sorted(grid, key=lambda g: -g["ndcg@10"])


def summarise_split(runs: dict[str, list[str]], queries: list[Query]) -> dict:
    fams = defaultdict(list)
    for q in queries:
        fams[q.family].append(ndcg(runs[q.qid], q.qrels))
    per = {f: round(statistics.mean(v), 4) for f, v in fams.items()}
    return {"ndcg@10": round(statistics.mean(per.values()), 4), "families": per}


if __name__ == "__main__":
    main()
