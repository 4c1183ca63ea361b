"""Counting by meaning on a help-desk export the rules were not chosen on: "How many … about payroll?" against the
truth of every row, the product rule against the rule before session 30, in one run.

Usage (about 3 minutes on 2 cores):
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.counting_helpdesk        # bench/results/counting_helpdesk.json

Data: ``bench/helpdesk_export.py`` (seeded, stdlib), written by a tester as new data for a fictional shift-scheduling
SaaS: 429 Zendesk tickets, 257 app reviews and 4 interview notes with planted topics (shift swaps, a payroll export
that grows from 6% to 34% of all feedback over five months, notifications, praise, a clock-in crash confined to one
version, pricing, a Slack integration request, a rare geofence topic), typos and paraphrases. Ingested, then
summarized without a model (``pma summarize``), as a PM would.

Measured: for each topic question, the items ``aggregate.count_facts`` counts (``matched_ids``) against the tickets
and reviews whose truth row has that topic (interview notes carry no id to map and are left out of both sides):
precision, recall, F1, macro F1 over the one-word topics and over the two-word ones; ``product`` is this tree's rule
(an item close in meaning to a one-word topic that names a stored theme does not count when another theme holds
it), ``before_theme_rule`` the same code with that check off (``bench.answer_trust.theme_blind``).

Split: the rule was chosen on the dev sets of ``bench/answer_trust.py`` (SemEval train sentences with a theme summary)
and a tester's meal-kit store that is not in the repository; this export is a test set (its counts were read only
for the product rule as it was before the change, in the tester's report).
"""

from __future__ import annotations

import csv
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from bench.common import REPO, machine, write_result

ONE_WORD = [("payroll", "payroll_export"), ("notifications", "notifications"), ("Slack", "slack_request"),
            ("geofence", "geofence"), ("pricing", "pricing"), ("crashes", "clockin_crash"), ("swaps", "shift_swap")]
TWO_WORDS = [("payroll export", "payroll_export"), ("shift swaps", "shift_swap"), ("clock-in crash", "clockin_crash"),
             ("Slack integration", "slack_request")]


def truth_key(source: str, external_id: str | None) -> str | None:
    """The truth row of a stored item: tickets are keyed "T" + ticket id, reviews by their review id."""
    if not external_id:
        return None
    return f"T{external_id}" if source == "zendesk_tickets" else external_id


def prf(got: set, gold: set) -> dict:
    tp = len(got & gold)
    p = tp / len(got) if got else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"counted": len(got), "truth": len(gold), "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def main() -> None:
    from assistant.chat import aggregate
    from assistant.themes import summarize
    from bench.answer_trust import theme_blind
    from retrieval.db import Database
    from retrieval.embed import Embedder
    from retrieval.filters import Filters
    from retrieval.ingest import ingest_paths
    from retrieval.settings import Settings

    started = time.time()
    work = Path(tempfile.mkdtemp(prefix="pma-counting-helpdesk-"))
    subprocess.run([sys.executable, str(REPO / "bench" / "helpdesk_export.py"), str(work)], check=True)
    with (work / "truth.csv").open(encoding="utf-8") as f:
        topic_of = {row["key"]: row["topic"] for row in csv.DictReader(f)}
    models = REPO / ".pma-test-cache" / "models"
    settings = Settings(home=work / "pma", models_cache=models if models.exists() else None)
    data = work / "data"
    ingest_paths([data / "zendesk_tickets.csv", data / "app_reviews.csv", data / "interviews"], settings)
    summarize(settings, llm=None)
    embedder = Embedder(settings)
    result: dict = {"benchmark": "counting_helpdesk", "command": "HF_HUB_OFFLINE=1 .venv/bin/python -m "
                    "bench.counting_helpdesk", "machine": machine(), "split": "test (see the module docstring)"}
    with Database(settings).connect() as conn:
        label = {}
        for item_id, source, external_id in conn.execute("SELECT id, source, external_id FROM feedback"):
            key = truth_key(source, external_id)
            if key in topic_of:
                label[item_id] = topic_of[key]
        result["items"] = {"stored": conn.execute("SELECT count(*) FROM feedback").fetchone()[0],
                           "mapped_to_truth": len(label),
                           "themes": conn.execute("SELECT count(*) FROM themes WHERE status = 'active'").fetchone()[0]}
        for name, blind in (("product", False), ("before_theme_rule", True)):
            rows = {}
            for topic, truth in ONE_WORD + TWO_WORDS:
                vector = embedder.encode([topic])[0]
                with theme_blind() if blind else nullcontext():
                    facts = aggregate.count_facts(conn, Filters(), topic, vector)
                got = {i for i in facts.matched_ids if i in label}
                rows[topic] = prf(got, {i for i, t in label.items() if t == truth})
            result[name] = {"topics": rows,
                            "macro_f1_one_word": round(statistics.mean(rows[t]["f1"] for t, _ in ONE_WORD), 4),
                            "macro_f1_two_words": round(statistics.mean(rows[t]["f1"] for t, _ in TWO_WORDS), 4)}
    result["seconds"] = round(time.time() - started, 1)
    print({k: (v["macro_f1_one_word"], v["macro_f1_two_words"]) for k, v in result.items()
           if isinstance(v, dict) and "macro_f1_one_word" in v})
    print("wrote", write_result("counting_helpdesk", result))


if __name__ == "__main__":
    main()
