"""`pma eval` on public data nobody here wrote: cited-item precision, supported sentences and abstention of the
product's answers, with a plain RAG prompt over the same search and the same model as the baseline in the same run
(issue 15, items 3 and 5).

Usage (answers are timed, so under the bench lock; about 40 minutes on 2 shared cores):
    flock /work/coord/bench.lock .venv/bin/python -m bench.eval_public            # writes bench/results/eval_public.json
    .venv/bin/python -m bench.eval_public --write-questions DIR                   # only the dev/test question sets,
                                                                                  # for `pma eval` while tuning on dev
    .venv/bin/python -m bench.eval_public --split dev --limit 5 --no-baseline     # a quick look

The question sets (built here from ../shared/data, never committed; written to ~/.cache/pma-bench/eval_public):

- corpus: the 3,000 CLAP app reviews and 3,841 SemEval-2014 restaurant sentences, ingested together exactly as
  ``bench/retrieval_eval.py`` does (kept columns ``app`` and ``split``);
- ``app_labels``: "What do users say about <topic>?"-style questions filtered to one app (``where app=...``), relevant
  = that app's reviews with the CLAP label the topic describes; apps split in half into dev and test, topics worded
  differently per split (``bench.retrieval_eval.build_queries``, so the dev/test split is the one search was tuned on);
- ``aspect_categories``: "What do guests complain about / like about <category>?" over SemEval train (dev) or test
  (test) sentences, graded: 2 = the category with that polarity, 1 = the category;
- ``aspect_terms``: 8 seeded questions per split about annotated aspect terms ("the sushi"), graded as in
  retrieval_eval;
- ``off_topic``: 8 questions per split about things no item mentions (airline legroom, a dental clinic, ...), asked
  within one app, within the restaurant sentences, or over everything; each must be answered "not enough evidence"
  (``should_abstain``). The script checks that none of a question's key words occurs in any stored item.

Systems, same questions, same filters, same bundled model, one after the other in this process:

- ``product``: ``assistant.evaluate.run_eval`` with the chat pipeline, the code `pma eval` runs;
- ``plain_rag``: the top 4 results of the same search in a plain prompt ("Answer the question using the customer
  feedback below. Cite feedback ids like [F12]."), the model's text as the answer; scored by the same code.

Figures per split and per family; the targets (issue 15) are checked on the test split: cited-item precision >= 0.80,
supported sentences >= 0.90, off-topic abstained 100%. Dev is what other work packages may tune on; test is not.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from bench.common import CACHE, embed_cached, machine, write_result
from bench.retrieval_eval import CachedEmbedder, build_queries, ingest, load_corpus

OUT = CACHE / "eval_public"
SEED = 1515
TERMS_PER_SPLIT = 8
CONTEXT_ITEMS = 4
PLAIN_SYSTEM = ("You are a helpful assistant for a product manager. Answer the question using the customer feedback "
                "below. Cite feedback ids like [F12].")
TARGETS = {"cited_item_precision": 0.80, "supported_sentence_rate": 0.90, "off_topic_abstained": 1.0}
# (question, key words no stored item may contain, scope) per split; scope: "app", "restaurants" or "all"
OFF_TOPIC = {
    "dev": [("What do passengers say about the airline's legroom?", ("airline", "legroom"), "app"),
            ("How do patients rate the dental clinic's waiting room?", ("dental", "clinic"), "app"),
            ("Any complaints about the washing machine's spin cycle?", ("washer", "spin cycle"), "restaurants"),
            ("What do tenants say about the apartment's plumbing?", ("tenant", "plumbing"), "restaurants"),
            ("How do farmers like the tractor's towing capacity?", ("tractor", "towing"), "all"),
            ("What do gardeners think of the lawn mower's blade?", ("lawn mower", "gardener"), "all"),
            ("Are owners happy with the aquarium filter?", ("aquarium",), "app"),
            ("What do skiers say about the chairlift queues?", ("chairlift", "skiers"), "all")],
    "test": [("How do students rate the chemistry lectures?", ("chemistry", "lectures"), "app"),
             ("What do buyers say about the sofa's upholstery?", ("upholstery", "sofa"), "app"),
             ("Any complaints about the hospital's night nurses?", ("hospital", "nurses"), "restaurants"),
             ("How do passengers rate the ferry timetable?", ("ferry", "timetable"), "restaurants"),
             ("What do cyclists say about the bike lane on Main Street?", ("bike lane", "cyclists"), "all"),
             ("Do homeowners complain about the solar panel installation?", ("solar panel", "homeowners"), "all"),
             ("What do divers think of the snorkel masks?", ("snorkel",), "app"),
             ("How do golfers rate the course's bunkers?", ("golfers", "bunkers"), "all")],
}


# ---- the question sets ----------------------------------------------------------------------------------------------
def question_sets(docs: list[dict], stored: set[str]) -> dict[str, list[dict]]:
    """Eval rows (the JSONL `pma eval` reads) per split, each with its family."""
    rng = random.Random(SEED)
    queries = build_queries(docs)
    texts = [d["text"].lower() for d in docs if d["external_id"] in stored]
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    for split in ("dev", "test"):
        mine = [q for q in queries if q.split == split]
        terms = [q for q in mine if q.family == "aspect_terms"]
        chosen = {q.qid for q in rng.sample(terms, min(TERMS_PER_SPLIT, len(terms)))}
        apps = sorted({q.where["app"] for q in mine if q.family == "app_labels"})
        for q in mine:
            if q.family == "aspect_terms" and q.qid not in chosen:
                continue
            qrels = {e: g for e, g in q.qrels.items() if e in stored and e in q.pool}
            if not any(g > 0 for g in qrels.values()):
                continue
            out[split].append({"id": q.qid, "family": q.family, "question": q.text, "relevant": qrels,
                               "filters": {"where": dict(q.where)}})
        for n, (question, words, scope) in enumerate(OFF_TOPIC[split]):
            for word in words:
                hits = [t for t in texts if re.search(rf"\b{re.escape(word)}", t)]
                if hits:
                    raise SystemExit(f"off-topic question {question!r}: '{word}' occurs in the corpus: {hits[0][:80]}")
            filters = ({"where": {"app": apps[n % len(apps)]}} if scope == "app" else
                       {"where": {"split": "train" if split == "dev" else "test"}} if scope == "restaurants" else {})
            out[split].append({"id": f"off-{split}-{n + 1}", "family": "off_topic", "question": question,
                               "should_abstain": True, "filters": filters})
    return out


def write_sets(sets: dict[str, list[dict]], folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split, rows in sets.items():
        paths[split] = folder / f"{split}.jsonl"
        paths[split].write_text("".join(json.dumps({k: v for k, v in r.items() if k != "family"}) + "\n"
                                        for r in rows), encoding="utf-8")
    return paths


# ---- the baseline ------------------------------------------------------------------------------------------------
class PlainRAG:
    """What a practitioner writes first: the search's top items in a prompt that asks for citations."""

    def __init__(self, settings, searcher, llm, max_new_tokens: int | None):
        self.settings, self.searcher, self.llm, self.max_new_tokens = settings, searcher, llm, max_new_tokens

    def describe(self):
        return {**self.llm.describe(), "prompt": "plain RAG"}

    def warm_up(self):
        self.llm.warm_up()

    def answer(self, question, k):
        from assistant.evaluate import AnswerRecord
        from retrieval.search import get_items

        started = time.perf_counter()
        hits = self.searcher.search(question.question, k=CONTEXT_ITEMS, filters=question.filters)
        blocks = "\n".join(f"[{h.ref}] {' '.join(h.text.split())[:240]}" for h in hits)
        messages = [{"role": "system", "content": PLAIN_SYSTEM},
                    {"role": "user", "content": f"Customer feedback:\n{blocks}\n\nQuestion: {question.question}"}]
        text, ttft = "", None
        for piece in self.llm.stream(messages, max_new_tokens=self.max_new_tokens or self.settings.llm.max_new_tokens):
            if ttft is None and piece:
                ttft = round(1000 * (time.perf_counter() - started), 1)
            text += piece
        cited = list(dict.fromkeys(int(i) for i in re.findall(r"\[F(\d+)\]", text)))
        items = {i: h.text for i, h in get_items(self.searcher.db, cited).items()}
        return AnswerRecord(text=text, narrative=text, cited=cited, items=items, route="plain", ttft_ms=ttft,
                            first_output_ms=ttft, total_ms=round(1000 * (time.perf_counter() - started), 1))


# ---- running ---------------------------------------------------------------------------------------------------------
def by_family(run: dict, rows: list[dict]) -> dict:
    from assistant.evaluate.metrics import summarize

    family = {r["id"]: r["family"] for r in rows}
    out = {}
    for fam in dict.fromkeys(family.values()):
        records = [q for q in run["questions"] if family[q["id"]] == fam]
        out[fam] = summarize(records, k=run["options"]["k"])
    return out


def compact(run: dict) -> list[dict]:
    """One line per question: what was cited, how much of it was relevant, how many sentences held up."""
    out = []
    for q in run["questions"]:
        a = q.get("answer") or {}
        out.append({"id": q["id"], "ndcg": (q.get("retrieval") or {}).get("ndcg"),
                    "cited": len(a.get("cited", [])), "cited_relevant": a.get("cited_relevant"),
                    "sentences": a.get("sentences_counted"), "supported": a.get("sentences_supported"),
                    "abstained": a.get("abstained"), "should_abstain": q["should_abstain"],
                    "fallback": a.get("fallback"), "ttft_ms": a.get("ttft_ms")})
    return out


def targets(summary: dict) -> dict:
    a = summary.get("answers") or {}
    return {name: {"target": goal, "value": a.get(name), "met": a.get(name) is not None and a[name] >= goal}
            for name, goal in TARGETS.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--limit", type=int, help="only the first N questions of each split (a quick look)")
    parser.add_argument("--max-new-tokens", type=int, help="answer length for both systems (default: settings)")
    parser.add_argument("--no-baseline", action="store_true", help="product only")
    parser.add_argument("--write-questions", type=Path, metavar="DIR", help="write dev.jsonl/test.jsonl and stop")
    args = parser.parse_args()

    from assistant.evaluate import ChatAnswerer, run_eval
    from assistant.llm import get_llm
    from retrieval.db import Database
    from retrieval.search import Searcher
    from retrieval.settings import Settings
    from tests.support.paths import MODELS_CACHE

    started = time.time()
    docs = load_corpus()
    home = Path(tempfile.mkdtemp(prefix="pma-eval-public-"))
    settings = Settings(home=home, models_cache=MODELS_CACHE)
    texts = [d["text"] for d in docs]
    embedder = CachedEmbedder(settings, dict(zip(texts, embed_cached(texts, settings, "retrieval_eval_corpus"))))
    ingest(settings, docs, embedder)
    db = Database(settings)
    with db.connect() as conn:
        stored = {r[0] for r in conn.execute("SELECT external_id FROM feedback")}
    sets = question_sets(docs, stored)
    paths = write_sets(sets, args.write_questions or OUT)
    print({s: len(r) for s, r in sets.items()}, "questions written to", paths, file=sys.stderr)
    if args.write_questions:
        return
    searcher = Searcher(settings, db=db, embedder=embedder)
    llm = get_llm(settings)
    systems = {"product": ChatAnswerer(settings, searcher=searcher, llm=llm, max_new_tokens=args.max_new_tokens)}
    if not args.no_baseline:
        systems["plain_rag"] = PlainRAG(settings, searcher, llm, args.max_new_tokens)
    results: dict = {}
    for split in (["dev", "test"] if args.split == "both" else [args.split]):
        rows = sets[split][: args.limit] if args.limit else sets[split]
        results[split] = {}
        for name, answerer in systems.items():
            print(f"[{time.strftime('%H:%M:%S')}] {split}: {name}", file=sys.stderr, flush=True)
            run = run_eval(settings, paths[split], answerer=answerer, searcher=searcher, limit=args.limit,
                           name=f"public-{split}-{name}", progress=True)
            results[split][name] = {"summary": run["summary"], "by_family": by_family(run, rows),
                                    "targets": targets(run["summary"]), "model": run["model"],
                                    "questions": compact(run), "seconds": run["seconds"]}
    out = {
        "benchmark": "eval_public",
        "command": "flock /work/coord/bench.lock .venv/bin/python -m bench.eval_public",
        "machine": machine(),
        "questions": {s: {fam: sum(1 for r in rows if r["family"] == fam) for fam in dict.fromkeys(
            r["family"] for r in rows)} for s, rows in sets.items()},
        "corpus_items": len(stored),
        "options": {"limit": args.limit, "max_new_tokens": args.max_new_tokens or settings.llm.max_new_tokens,
                    "context_items_plain_rag": CONTEXT_ITEMS},
        "targets_on": "test",
        "results": results,
        "seconds": round(time.time() - started, 1),
    }
    if args.limit or args.split != "both" or args.no_baseline:
        print(json.dumps({s: {n: r["summary"] for n, r in v.items()} for s, v in results.items()}, indent=1))
        return  # a partial run is not written over the committed result
    path = write_result("eval_public", out)
    for split, per in results.items():
        for name, r in per.items():
            a = r["summary"]["answers"]
            print(f"{split:5s} {name:10s} cited precision {a['cited_item_precision']}  supported "
                  f"{a['supported_sentence_rate']}  off-topic abstained {a['off_topic_abstained']}  answered "
                  f"{a['answerable_answered']}  TTFT median {a['ttft_ms_median']} ms")
    print("wrote", path)


if __name__ == "__main__":
    main()
