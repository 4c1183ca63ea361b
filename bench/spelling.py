"""Misspelt questions on public data: search and the chat's answer-or-abstain rule, with the question as typed (what
the product did before ``retrieval.spelling``), as corrected (the product) and as it was before the typo, in one run.

Usage (quality only, no timings, so no bench lock; about 5 minutes on 2 cores):
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.spelling          # writes bench/results/spelling.json

Corpus and questions are ``bench/answer_trust.py``'s (``bench/retrieval_eval.py``'s CLAP app reviews and SemEval
restaurant sentences with judged items, plus the off-topic questions), split the same way (dev / test).

Typos: in each on-topic question one word of 5+ letters that some stored item holds (not a template word such as
"users" or "complain") gets one seeded edit at a random position after the first letter: a letter dropped,
doubled, swapped with the next, or replaced by a neighbour on a QWERTY keyboard. An edit that makes an English word
(``retrieval.spelling.known_word``) or a word the corpus holds is drawn again (up to 20 times, else the question is
left out and counted). Nothing in ``retrieval.spelling`` was tuned on these questions: its limits (4+ letters,
one edit up to 6 letters and two beyond, stored words held by 2+ items) were set before this bench was written, so
dev and test are reported side by side without a dev-chosen constant.

Figures, per split:
- ``search_ndcg10``: nDCG@10 of ``pma search`` (hybrid), macro over the three families, for the question as typed,
  corrected, and clean;
- ``answered``: share of on-topic questions the chat answers (``assistant.chat.relevance``: some retrieved item is
  on topic) rather than saying there is no such feedback;
- ``corrections``: typos read back as the word they came from (same stem), read as another word, left as typed;
- ``clean_questions_changed``: clean questions (on- and off-topic) in which the product changed a word at all, and
  off-topic questions abstained with and without the correction (a correction must not make the chat answer what
  the data does not hold).
"""

from __future__ import annotations

import os
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from bench.answer_trust import questions  # noqa: E402
from bench.common import machine, write_result  # noqa: E402
from bench.retrieval_eval import K, corpus_database, ndcg  # noqa: E402

SEED = 24
TEMPLATE_WORDS = {"users", "people", "guests", "complain", "regarding", "complaints", "about", "what", "think"}
_NEIGHBOURS = {row[i]: row[max(i - 1, 0):i] + row[i + 1:i + 2] for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
               for i in range(len(row))}


def typo(word: str, rng: random.Random) -> str:
    """One edit after the first letter: drop, double, swap with the next, or a keyboard neighbour."""
    i = rng.randrange(1, len(word))
    kind = rng.choice(("drop", "double", "swap", "neighbour"))
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap" and i < len(word) - 1 and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    near = _NEIGHBOURS.get(word[i], "")
    return word[:i] + rng.choice(near) + word[i + 1:] if near else word


def misspell(conn, text: str, rng: random.Random) -> tuple[str, str, str] | None:
    """(question with one typo, the word, its typo), or None when no word can take one."""
    from retrieval.spelling import _not_stored, known_word

    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 5 and w.lower() not in TEMPLATE_WORDS]
    words = [w for w in words if w.lower() not in set(_not_stored(conn, [w.lower()]))]
    if not words:
        return None
    word = rng.choice(words)
    for _ in range(20):
        bad = typo(word.lower(), rng)
        if bad != word.lower() and not known_word(bad) and _not_stored(conn, [bad]) == [bad]:
            return re.sub(rf"\b{word}\b", bad, text, count=1), word.lower(), bad
    return None


def main() -> None:
    from assistant.chat import relevance as rel
    from assistant.chat.context import AskOptions
    from retrieval.db import Database
    from retrieval.filters import Filters
    from retrieval.search import Searcher
    from retrieval.settings import Settings
    from retrieval.spelling import _stem, correct

    started = time.time()
    settings, docs, embedder = corpus_database(Settings(home=Path(tempfile.mkdtemp(prefix="pma-spelling-"))))
    db = Database(settings)
    with db.connect() as conn:
        ext_of = dict(conn.execute("SELECT id, external_id FROM feedback").fetchall())
    qs = questions(docs)
    searcher = Searcher(settings, db=db, embedder=embedder)
    opts = AskOptions()
    rng = random.Random(SEED)

    def run(text: str, where: dict) -> tuple[list[str], bool]:
        hits = searcher.search(text, k=max(K, opts.match_items), filters=Filters(where=dict(where)))
        with db.connect() as conn:
            judged = rel.judge(conn, text, hits, embedder)
        return [ext_of[h.id] for h in hits[:K]], any(judged[h.id].on_topic for h in hits)

    rows = []
    with db.connect() as conn:
        for q in qs:
            fixed_clean = correct(conn, q["text"])
            row = {"q": q, "clean_changed": bool(fixed_clean.fixes), "clean_fixes": fixed_clean.fixes}
            if q["on_topic"]:
                made = misspell(conn, q["text"], rng)
                if made is None:
                    row["skipped"] = True
                    rows.append(row)
                    continue
                row["typed"], row["word"], row["typo"] = made
                spelled = correct(conn, row["typed"])
                row["read"] = dict((t.lower(), r) for t, r in spelled.fixes).get(row["typo"])
                row["corrected"] = spelled.text
                row["read_same_stem"] = row["read"] is not None and _stem(conn, row["read"]) == _stem(conn, row["word"])
            rows.append(row)
        for row in rows:
            q = row["q"]
            if row.get("skipped"):
                continue
            if q["on_topic"]:
                for system, text in (("as_typed", row["typed"]), ("corrected", row["corrected"]),
                                     ("clean", q["text"])):
                    ranked, answered = run(text, q["where"])
                    row[system] = {"ndcg": ndcg(ranked, q["qrels"]), "answered": answered}
            else:
                fixed = correct(conn, q["text"]).text
                row["off_as_typed"] = run(q["text"], q["where"])[1]
                row["off_corrected"] = run(fixed, q["where"])[1] if fixed != q["text"] else row["off_as_typed"]
    searcher.close()

    result = {
        "benchmark": "spelling",
        "command": "HF_HUB_OFFLINE=1 .venv/bin/python -m bench.spelling",
        "machine": machine(),
        "splits": {"dev": "answer_trust's dev questions", "test": "answer_trust's test questions"},
        "tuning": "none: retrieval.spelling's limits were set before this bench; dev and test are both unseen",
        "seed": SEED,
    }
    for split in ("dev", "test"):
        part = [r for r in rows if r["q"]["split"] == split]
        on = [r for r in part if r["q"]["on_topic"] and not r.get("skipped")]
        off = [r for r in part if not r["q"]["on_topic"]]
        families = sorted({r["q"]["family"] for r in on})
        res = {"questions_misspelt": len(on),
               "questions_left_out": sum(1 for r in part if r.get("skipped"))}
        for system in ("as_typed", "corrected", "clean"):
            res[system] = {
                "search_ndcg10": round(statistics.mean(statistics.mean(r[system]["ndcg"] for r in on
                                                                       if r["q"]["family"] == fam)
                                                       for fam in families), 4),
                "search_ndcg10_by_family": {fam: round(statistics.mean(r[system]["ndcg"] for r in on
                                                                       if r["q"]["family"] == fam), 4)
                                            for fam in families},
                "answered": round(sum(r[system]["answered"] for r in on) / len(on), 4),
            }
        res["corrections"] = {
            "read_as_the_word": sum(1 for r in on if r["read_same_stem"]),
            "read_as_another_word": sum(1 for r in on if r["read"] is not None and not r["read_same_stem"]),
            "left_as_typed": sum(1 for r in on if r["read"] is None),
            "examples_wrong": [(r["typo"], r["word"], r["read"]) for r in on
                               if r["read"] is not None and not r["read_same_stem"]][:15],
            "examples_left": [(r["typo"], r["word"]) for r in on if r["read"] is None][:15],
        }
        res["clean_questions_changed"] = {
            "on_topic": sum(1 for r in part if r["q"]["on_topic"] and r["clean_changed"]),
            "off_topic": sum(1 for r in off if r["clean_changed"]),
            "examples": [f for r in part for f in r["clean_fixes"]][:20],
            "off_topic_questions": len(off),
            "off_topic_abstained_as_typed": round(sum(not r["off_as_typed"] for r in off) / len(off), 4),
            "off_topic_abstained_corrected": round(sum(not r["off_corrected"] for r in off) / len(off), 4),
        }
        result[split] = res
    result["seconds"] = round(time.time() - started, 1)
    print("wrote", write_result("spelling", result))


if __name__ == "__main__":
    main()
