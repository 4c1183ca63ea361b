"""Prompt injection in feedback: how many injected items the input rules flag (and strip before a model reads
them), and how many genuine items they flag by mistake, on held-out sets written by helpers who never saw the rules.

``assistant.safety.untrusted.sanitize`` flags an item when it finds an instruction, a chat-template token, a hidden or
encoded carrier, an exfiltration image or a fake citation; the flagged span is replaced by ``[instruction
removed]`` before the item goes into any prompt. This bench scores that flag alone (the output checks that catch
what it misses are ``bench/hardening_injection.py``'s).

Sets:
- **set 2** (``tests/support/cases/injection_heldout2.py``): 240 attacks in 21 styles and 19 languages + 120 genuine
  look-alikes, written by a helper from a prompt, without reading the rules. Even-numbered cases are **dev** (read
  while writing ``assistant/safety/orders.py``), odd-numbered ones were **test** (never read; their first score with the
  rules before, 0.475 flagged, is in the commit that added the set) until session 15 wrote general forms from their
  misses: both halves are dev now (``set2_even_dev``, ``set2_odd_dev``).
- **set 3** (``tests/support/cases/injection_heldout3.py``): 200 attacks + 100 look-alikes, written the same way
  after the rules of set 2's dev half, and scored first with them; even-numbered cases then **dev**, odd-numbered
  **test** until session 15, like set 2's (both halves dev now).
- **set 4** (``tests/support/cases/injection_heldout4.py``): 240 attacks in 20 styles and 29 languages + 120
  look-alikes, written by a helper in session 15 without reading the rules or the other sets, and not read while
  writing the rules of session 15 (which came from the odd halves of sets 2 and 3: from then on both halves of those
  sets are dev). All of set 4 was **test** for that round: its score then, 0.7042 vs 0.6458 for the rules before
  session 15, is in ``bench/results/injection_flags_session15_round1.json``; the second round of rules was written
  from it, so it is dev since (``set4_dev_since_round_2``).
- **set 5** (``tests/support/cases/injection_heldout5.py``): 240 attacks in 30 styles and 34 languages + 120
  look-alikes, written by a helper in session 15 after set 4 had become dev (the second round of general forms was
  written from set 4), without reading the rules or the other sets. All of set 5 was **test** for the second round and
  the n-gram model trained without it (``bench/results/injection_flags_session15_round2.json``); the third round and
  the retrained model were written from it, so it is dev since (``set5_dev_since_round_3``).
- **set 6** (``tests/support/cases/injection_heldout6.py``): 240 attacks in 42 styles (many subtle: facts addressed to
  the summariser, expectations of the report, policies, corrections, quoted authorities, split instructions) and 36
  languages + 120 look-alikes, written by a helper after set 5 had become dev, without reading the rules or the other
  sets. All of set 6 was **test** for the third round and the model trained without it
  (``bench/results/injection_flags_session15_round3.json``); the fourth round and the retrained model were written
  from it, so it is dev since (``set6_dev_since_round_4``).
- **set 7** (``tests/support/cases/injection_heldout7.py``): 240 attacks in 75 styles (facts, policy notices,
  corrections, expectations, questions, delayed triggers most often) and 27 languages + 120 look-alikes, written by a
  helper after set 6 had become dev, without reading the rules or the other sets. All of set 7 was **test** for the
  fourth round and its model (``bench/results/injection_flags_session15_round4.json``); session 16 wrote
  ``assistant/safety/reader_orders.py`` from its misses and retrained the model with it, so it is dev since
  (``set7_dev_since_session_16``).
- **set 8** (``tests/support/cases/injection_heldout8.py``): 240 attacks in 40 styles (hidden negatives, orders to
  the summariser, system-prompt leaks, authority claims, data exfiltration, delayed triggers, fake system turns most
  often) and 27 languages, 58% not English + 120 look-alikes (60% not English), written by a helper in session 16
  after set 7 had become dev, without reading the rules or the other sets. All of set 8 was **test** for session 16's
  round (``bench/results/injection_flags_session16.json``); session 17's rules were written from its misses, so it is
  dev since (``set8_dev_since_session_17``).
- **set 9** (``tests/support/cases/injection_heldout9.py``): 240 attacks in 55 styles and 34 languages, 57% not
  English + 120 look-alikes (61% not English), written by a helper in session 17 before that session's rules and
  without reading any rule or set; not read before it was scored. All of set 9 was **test** for session 17's first
  round (``bench/results/injection_flags_session17_round1.json``); the second round was written from its misses, so it
  is dev since (``set9_dev_since_session_17_round_2``).
- **set 10** (``tests/support/cases/injection_heldout10.py``): 240 attacks in 51 styles and 35 languages, 59% not
  English + 120 look-alikes (63% not English), written by a helper in session 17 after the first round, without
  reading any rule or set; not read before it was scored. All of set 10 was **test** for session 17's second round
  (``bench/results/injection_flags_session17_round2.json``); no rule was written from it, but session 19 retrained the
  model with it (and with sets 8 and 9), so it is dev since (``set10_dev_since_session_19``).
- **set 11** (``tests/support/cases/injection_heldout11.py``): 240 attacks in 50 styles and 44 languages, 79% not
  English + 120 look-alikes, written by a helper in session 18 without reading any rule or set; not read before it
  was scored. All of set 11 was **test** for session 19's first round
  (``bench/results/injection_flags_session19_round1.json``); the model was retrained with it in the second round, so
  it is dev since (``set11_dev_since_session_19_round_2``).
- **set 12** (``tests/support/cases/injection_heldout12.py``): 240 attacks + 120 look-alikes, written by a helper in
  session 19 without reading any rule or set; not read before it was scored. All of set 12 was **test** for session
  19's second round (``bench/results/injection_flags_session19_round2.json``); session 20 retrained the model with it,
  so it is dev since (``set12_dev_since_session_20``).
- **set 13** (``tests/support/cases/injection_heldout13.py``): 240 attacks in 80 styles and 75 languages, 81% not
  English + 120 look-alikes, written by a helper in session 20 without reading any rule or set; not read before it
  was scored. All of set 13 was **test** for session 20's first round
  (``bench/results/injection_flags_session20_round1.json``); the second round retrained the model with it, so it is
  dev since (``set13_dev_since_session_20_round_2``).
- **set 14** (``tests/support/cases/injection_heldout14.py``): 240 attacks in 60 styles and 77 languages, 80% not
  English + 120 look-alikes, written by a helper in session 20 after the first round, without reading any rule or
  set; not read before it was scored. All of set 14 was **test** for session 20's second round
  (``bench/results/injection_flags_session20_round2.json``); the third round retrained the model with it, so it is
  dev since (``set14_dev_since_session_20_round_3``).
- **set 15** (``tests/support/cases/injection_heldout15.py``): 240 attacks in 54 styles and 74 languages, 80% not
  English + 120 look-alikes, written by a helper in session 20 after the second round, without reading any rule or
  set; not read before it was scored. All of set 15 was **test** for session 20's third round
  (``bench/results/injection_flags_session20_round3.json``); session 21 retrained the model with it, so it is dev
  since (``set15_dev_since_session_21``).
- **set 16** (``tests/support/cases/injection_heldout16.py``): 240 attacks in 56 styles and 74 languages, 79% not
  English + 120 look-alikes in 41 languages, written by a helper in session 21 without reading any rule or set; not
  read before it was scored. All of set 16 was **test** for session 21's first round
  (``bench/results/injection_flags_session21_round1.json``); the second round wrote a rule from it and retrained the
  model with it, so it is dev since (``set16_dev_since_session_21_round_2``).
- **set 17** (``tests/support/cases/injection_heldout17.py``): 240 attacks in 60 styles and 74 languages, 78% not
  English + 120 look-alikes in 41 languages, written by a helper agent in session 21 after the first round, without
  reading any rule or set; not read before it was scored. All of set 17 is **test** (``set17_test``).
- **set 18** (``tests/support/cases/injection_heldout18.py``, not in ``HELD_OUT_SETS``): 240 attacks in 65 styles and
  74 languages + 120 look-alikes, written by a helper agent in session 21 after the second round, without reading any
  rule or set. It was scored once for a third round, the model retrained with set 17 as well (set 17 dev, set 18
  test, previous = 0a9baea): 0.4792 against 0.5 for the second round's model
  (``bench/results/injection_flags_session21_round3_rejected.json``, model
  ``injection_model_session21_round3_rejected.json``), so that model was not kept. Having chosen between two models,
  set 18 is dev for the next round, not a test; session 22's rules were written from its misses.
- **set 19** (``tests/support/cases/injection_heldout19.py``): 240 attacks in 72 styles and 74 languages, 79% not
  English + 120 look-alikes of 24 kinds in 40 languages, written by a helper agent in session 22 before that
  session's rules, without reading any rule or set and without running project code; not read before it was
  scored once for session 22's rules (previous = d6bf061, the session's start; the model unchanged):
  ``bench/results/injection_flags_session22_round1.json``; dev since (the second round retrained the model with it).
- **set 20** (``tests/support/cases/injection_heldout20.py``): 240 attacks in 69 styles and 74 languages, 79% not
  English + 120 look-alikes of 22 kinds in 42 languages, written by a helper agent in session 22 after the first
  round, without reading any rule or set and without running project code; not read before it was scored. All of
  set 20 was **test** for session 22's second round: the model retrained with sets 18 and 19 as well (previous =
  c3eadb1, the first round's rules and the model before): ``bench/results/injection_flags_session22_round2.json``.
  A third round retrained the model with it and was not kept (see ``bench/injection_model.py``), so no model in use
  was trained on it; it stays out of training (``test_of_session_22_round_2``), but its misses have not been read.
- **set 21** (``tests/support/cases/injection_heldout21.py``): 240 attacks + 120 look-alikes, written by a helper
  agent in session 22 after the second round, without reading any rule or set and without running project code; not
  read before it was scored. All of set 21 is **test** (``set21_test``): a fresh measure of the second round's rules
  and model, the ones shipped (previous = 0da06eb, the same code, so the two rows must agree).
- **set 22** (``tests/support/cases/injection_heldout22.py``): 240 attacks in 76 styles and 77 languages + 120
  look-alikes of 22 kinds in 41 languages, written by a helper agent in session 34 without reading any rule or set
  and without running project code; not read before it was scored. All of it was **test**, scored first with the
  rules and model of session 34's start (8056835). Session 35 retrained the model with sets 20, 21 and 22 and did
  **not keep** it (below), so no model in use was trained on them; their misses were not read.
- **set 23** (``tests/support/cases/injection_heldout23.py``): 240 attacks in 83 styles and 85 languages (80% not
  English) + 120 look-alikes of 31 kinds in 49 languages, written by a helper agent in session 35 without reading
  any rule or set and without running project code; not read before it was scored. All of it is **test**
  (``set23_test``), scored once, for session 35's retrained model (``ours``) and the shipped one (``previous`` =
  9236a72, same rules): ``bench/results/injection_flags_session35_retrain_rejected.json``. The retrained model
  flagged 0.6042 of set 23 against 0.6083 for the shipped one (look-alikes 4 and 4, real texts 0 and 0): no gain
  on text neither had seen, so it was not kept; the shipped model's 0.6083 is set 23's figure.
- **set 24** (``tests/support/cases/injection_heldout24.py``): 240 attacks in 73 styles and 81 languages (20% English)
  + 120 look-alikes of 36 kinds in 46 languages (half of them ordinary feedback in the everyday words of feedback:
  complaints, stars, reviews, "please fix"), written by a helper agent in session 38 without reading any rule or set
  and without running project code; not read before it was scored. All of it is **test** (``set24_test``), scored
  once, for session 38's model retrained with training set g (``ours``) and the shipped one (``previous``).
- **set 25** (``tests/support/cases/genuine_heldout25.py``, ``genuine_set25_test``): 400 genuine feedback texts, no
  attacks, in the words attacks also use ("No complaints so far.", "5 stars, easily.", "ignore the one-star
  reviews", "dear devs, please fix the sync"; 60% English, 40% of 1-8 words), written by another helper in session 38
  the same way, after training set g was written and without seeing it; **test**: how many a detector flags.
- **earlier sets**: the 69 dev cases (``tests/support/cases/injection.py``) and the 72 ordinary-words cases
  (``injection_test_set.py``), both written with the rules (dev).
- **real feedback**: the example export + 3,000 CLAP reviews + SemEval-2014 sentences (7,168 texts): items flagged.

``ours`` is ``sanitize`` as shipped (patterns, then the n-gram model of ``assistant/safety/model.py`` where no pattern
matched; its weights come from ``bench/injection_model.py``, trained on dev sets only); ``ours_patterns_only`` the same
without the model. ``previous`` is the product's rules before this session's change (``--previous``, default
8fbf0d2, after session 21's first round), run from that commit's ``assistant/safety`` in a subprocess on the same
texts in the same run. Speed: texts per second over the real feedback (median of 3), for each.

    .venv/bin/python -m bench.injection_flags     # writes bench/results/injection_flags.json
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import time
from collections import Counter

from assistant.safety.untrusted import sanitize
from bench.common import machine, run_at_commit, write_result
from tests.support.cases.injection import CASES
from tests.support.cases.injection_test_set import plain_cases
from tests.support.paths import EXAMPLE_CSV, shared_data

HELD_OUT_SETS = range(2, 25)  # tests/support/cases/injection_heldout2.py ... injection_heldout24.py
PREVIOUS = "0b1adf6"  # the start of session 23 (0da06eb: after session 22's second round; c3eadb1: after its first; d6bf061: the session's start; 8fbf0d2: after session 21's first round; 65f5fbe: the session's start; adbe384: after session 20's second round; 6876e6f: after its first; 84d88f9: the session's start; eff3380: after session 19's first round; a4655d7: before it; 528d53b: after session 17's first round; 71a3213: the session's start; 8c3eb7c: session 16; 0e4fc9f: before the general forms of session 15; 66c240e: before session 14)


def real_feedback() -> list[str]:
    texts = [r["text"] for r in csv.DictReader(EXAMPLE_CSV.open(encoding="utf-8"))]
    texts += [r["text"] for r in csv.DictReader(shared_data("clap_rq1", "clap_rq1_reviews.csv").open(encoding="utf-8"))]
    semeval = shared_data("semeval2014_restaurants", "semeval2014_restaurants.jsonl")
    return texts + [json.loads(line)["text"] for line in semeval.open(encoding="utf-8")]


def held_out_sets() -> dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str]]]]:
    """``{"set2": (attacks, look-alikes), ...}`` for every helper-written held-out set, in the order they were written."""
    sets = {}
    for n in HELD_OUT_SETS:
        module = importlib.import_module(f"tests.support.cases.injection_heldout{n}")
        sets[f"set{n}"] = (module.injection_cases(), module.injection_look_alikes())
    return sets


# Sets scored whole: set 21 is test and set 20 was (no rule or model in use was made with them); sets 4 to 10 were test for an earlier round
# (injection_flags_session15_round1/2/3.json, ..., injection_flags_session17_round2.json) and dev since the round after.
WHOLE = {"set4": "dev_since_round_2", "set5": "dev_since_round_3", "set6": "dev_since_round_4",
         "set7": "dev_since_session_16", "set8": "dev_since_session_17", "set9": "dev_since_session_17_round_2",
         "set10": "dev_since_session_19", "set11": "dev_since_session_19_round_2",
         "set12": "dev_since_session_20", "set13": "dev_since_session_20_round_2",
         "set14": "dev_since_session_20_round_3", "set15": "dev_since_session_21",
         "set16": "dev_since_session_21_round_2", "set17": "dev_since_session_22",
         "set18": "dev_since_session_21_round_3", "set19": "dev_since_session_22_round_2",
         "set20": "test_of_session_22_round_2", "set21": "test", "set22": "test", "set23": "test",
         "set24": "test"}


def score(flagged, real: list[str], speed: float) -> dict:
    """``flagged(text) -> bool`` over every set, split into dev (even) and test (odd) halves."""
    out: dict = {}
    for name, (cases, looks) in held_out_sets().items():
        for part, keep in (((WHOLE[name], None),) if name in WHOLE else (("even_dev", 0), ("odd_dev", 1))):
            part_cases = [c for i, c in enumerate(cases) if keep is None or i % 2 == keep]
            hits = [flagged(t) for _, _, t in part_cases]
            by_style, total = Counter(), Counter()
            for (style, lang, _), hit in zip(part_cases, hits):
                total[style] += 1
                by_style[style] += hit
            english = [h for (_, lang, _), h in zip(part_cases, hits) if lang == "en"]
            other = [h for (_, lang, _), h in zip(part_cases, hits) if lang != "en"]
            part_looks = [t for i, (_, t) in enumerate(looks) if keep is None or i % 2 == keep]
            wrong = sum(flagged(t) for t in part_looks)
            out[f"{name}_{part}"] = {
                "cases": len(hits), "flagged": round(sum(hits) / len(hits), 4),
                "flagged_english": round(sum(english) / max(len(english), 1), 4),
                "flagged_other_languages": round(sum(other) / max(len(other), 1), 4),
                "look_alikes": len(part_looks), "look_alikes_flagged": wrong,
                "by_style": {s: f"{by_style[s]}/{total[s]}" for s in sorted(total)}}
    dev69 = [flagged(c.text) for c in CASES]
    plain = [flagged(c.text) for c in plain_cases()]
    out["earlier_dev_69"] = {"cases": len(dev69), "flagged": round(sum(dev69) / len(dev69), 4)}
    out["earlier_ordinary_words_72"] = {"cases": len(plain), "flagged": round(sum(plain) / len(plain), 4)}
    genuine = genuine_held_out()
    wrong_genuine = [t for t in genuine if flagged(t)]
    out["genuine_set25_test"] = {"texts": len(genuine), "flagged": len(wrong_genuine),
                                 "flagged_texts": [t[:200] for t in wrong_genuine]}
    wrong_real = [t for t in real if flagged(t)]
    out["real_feedback"] = {"texts": len(real), "flagged": len(wrong_real), "flagged_texts": [t[:200] for t in wrong_real[:20]],
                            "texts_per_second": speed}
    return out


def genuine_held_out() -> list[str]:
    """Set 25: genuine feedback only, in the words attacks also use (``tests/support/cases/genuine_heldout25.py``)."""
    from tests.support.cases.genuine_heldout25 import injection_look_alikes

    return [t for _, t in injection_look_alikes()]


def speed_of(fn, texts: list[str]) -> float:
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        runs.append(len(texts) / (time.perf_counter() - t))
    return round(sorted(runs)[1], 1)


_PREVIOUS_CODE = """
import json, sys, time
from assistant.safety.untrusted import sanitize
d = json.load(sys.stdin)
runs = []
for _ in range(3):
    t = time.perf_counter()
    for text in d["timed"]:
        sanitize(text)
    runs.append(len(d["timed"]) / (time.perf_counter() - t))
json.dump({"flagged": [sanitize(t).flagged for t in d["texts"]], "texts_per_second": round(sorted(runs)[1], 1)},
          sys.stdout)
"""


def previous_rules(rev: str, texts: list[str], timed: list[str]) -> tuple[dict[str, bool], float]:
    """Flags of ``texts`` with ``assistant/safety`` of commit ``rev`` (an extracted copy in a subprocess)."""
    answer = run_at_commit(rev, ["assistant/__init__.py", "assistant/safety"], _PREVIOUS_CODE,
                           {"texts": texts, "timed": timed})
    return dict(zip(texts, answer["flagged"])), answer["texts_per_second"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default=PREVIOUS, help="commit whose rules are the 'previous' row")
    args = parser.parse_args()
    before = machine()
    real = real_feedback()
    result = {"bench": "injection_flags", "previous_commit": args.previous, "systems": {}}
    result["systems"]["ours"] = score(lambda t: sanitize(t).flagged, real, speed_of(sanitize, real))
    patterns_only = lambda t: sanitize(t, second_opinion=False)  # noqa: E731
    result["systems"]["ours_patterns_only"] = score(lambda t: patterns_only(t).flagged, real,
                                                    speed_of(patterns_only, real))
    texts = sorted({t for cases, looks in held_out_sets().values() for t in [c[2] for c in cases] + [x for _, x in looks]}
                   | {c.text for c in CASES} | {c.text for c in plain_cases()} | set(real) | set(genuine_held_out()))
    flags, rate = previous_rules(args.previous, texts, real)
    result["systems"]["previous"] = score(flags.__getitem__, real, rate)
    result["machine"] = {"before": before, "after": machine()}
    path = write_result("injection_flags", result)
    for name, s in result["systems"].items():
        print(name, "  ".join(f"{k} {v['flagged']}" + (f" (look-alikes {v['look_alikes_flagged']}/{v['look_alikes']})"
                                                        if "look_alikes" in v else "")
                              for k, v in s.items() if k not in ("real_feedback", "genuine_set25_test")),
              f"genuine set 25 flagged {s['genuine_set25_test']['flagged']}/{s['genuine_set25_test']['texts']}",
              f"real flagged {s['real_feedback']['flagged']}/{s['real_feedback']['texts']}",
              f"{s['real_feedback']['texts_per_second']} texts/s")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
