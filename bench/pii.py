"""PII redaction recall and false-positive rate on the seeded set (tests/support/cases/pii.py).

Baseline in the same run: a naive redactor (one e-mail regex and "7+ digits in a row"), the kind of regex most
feedback tools ship, to show what the typed, Luhn-checked patterns buy.

    .venv/bin/python -m bench.pii        # writes bench/results/pii.json
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from tests.support.cases.pii import NON_PII, leaked, pii_cases  # noqa: E402
from retrieval.redact import PLACEHOLDERS, redact  # noqa: E402

_NAIVE = [re.compile(r"\S+@\S+"), re.compile(r"\d{7,}")]


def naive(text: str) -> str:
    for pattern in _NAIVE:
        text = pattern.sub("<PII>", text)
    return text


def score(fn, placeholders) -> dict:
    cases = pii_cases()
    missed = Counter(k for k, v, s in cases if leaked(v, fn(s)))
    total = Counter(k for k, _, _ in cases)
    fps = [s for s in NON_PII if any(p in fn(s) for p in placeholders)]
    t = time.perf_counter()
    for _ in range(20):
        for _, _, s in cases:
            fn(s)
    per_item_us = (time.perf_counter() - t) / (20 * len(cases)) * 1e6
    return {
        "cases": len(cases),
        "recall": round(1 - sum(missed.values()) / len(cases), 4),
        "recall_by_kind": {k: round(1 - missed[k] / n, 4) for k, n in sorted(total.items())},
        "non_pii_cases": len(NON_PII),
        "false_positive_rate": round(len(fps) / len(NON_PII), 4),
        "false_positives": fps,
        "microseconds_per_text": round(per_item_us, 1),
    }


def main() -> None:
    ours = score(lambda s: redact(s)[0], PLACEHOLDERS)
    base = score(naive, ("<PII>",))
    result = {"ours": ours, "baseline_naive_regex": base,
              "recall_gain": round(ours["recall"] - base["recall"], 4)}
    out = ROOT / "bench" / "results" / "pii.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: (v if not isinstance(v, dict) else {kk: vv for kk, vv in v.items() if kk != "false_positives"})
                      for k, v in result.items()}, indent=2))


if __name__ == "__main__":
    main()
