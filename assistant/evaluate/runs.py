"""Saved evaluation runs (``$PMA_HOME/evals/RUN_ID.json``) and the comparison of two runs.

A run is one JSON file: the settings, model and adapter used, the summary figures and every question's scores,
so two runs on the same question set can be compared question by question (`pma eval compare A B`): for each
figure, how many questions B does better on (a *win*), worse on (a *loss*) or the same.

Not handled: deleting runs (they are plain files) and comparing runs of different question sets (only questions
present in both, matched by id and text, are compared; the rest are listed).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from retrieval.atomic import write_atomic
from retrieval.errors import UserError
from retrieval.settings import Settings

# Per-question figures compared between runs: (label, how to read it from a question record), higher is better.
PER_QUESTION = {
    "nDCG@10": lambda r: (r.get("retrieval") or {}).get("ndcg"),
    "recall@k": lambda r: (r.get("retrieval") or {}).get("recall"),
    "MRR": lambda r: (r.get("retrieval") or {}).get("reciprocal_rank"),
    "cited-item precision": lambda r: (r.get("answer") or {}).get("cited_precision"),
    "supported sentences": lambda r: _share((r.get("answer") or {}).get("sentences_supported"),
                                            (r.get("answer") or {}).get("sentences_counted")),
    "abstention correct": lambda r: None if not r.get("answer") else float(r["answer"]["abstention_correct"]),
}
_EPS = 1e-9


def evals_dir(settings: Settings) -> Path:
    return settings.home / "evals"


def save_run(settings: Settings, run: dict) -> Path:
    """Write ``run`` under ``$PMA_HOME/evals`` with a new id (timestamp + name); sets ``run["run_id"]``."""
    folder = evals_dir(settings)
    slug = re.sub(r"[^a-z0-9]+", "-", str(run.get("name") or "run").lower()).strip("-")[:40] or "run"
    base = f"{time.strftime('%Y%m%d-%H%M%S')}-{slug}"
    run_id, n = base, 2
    while (folder / f"{run_id}.json").exists():
        run_id, n = f"{base}-{n}", n + 1
    run["run_id"] = run_id
    path = folder / f"{run_id}.json"
    write_atomic(path, json.dumps(run, indent=2, ensure_ascii=False, default=str) + "\n",
                 hint="Free some disk space or set PMA_HOME to a writable folder; nothing else was changed.")
    return path


def list_runs(settings: Settings) -> list[dict]:
    """Saved runs, newest first: id, name, when, model, adapter and headline figures."""
    out = []
    for path in sorted(evals_dir(settings).glob("*.json"), reverse=True):
        try:
            run = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        summary = run.get("summary") or {}
        answers = summary.get("answers") or {}
        model = run.get("model") or {}
        out.append({"run_id": run.get("run_id") or path.stem, "name": run.get("name"),
                    "created_at": run.get("created_at"), "questions": summary.get("questions"),
                    "model": model.get("model"), "adapter": model.get("adapter"),
                    "ndcg@10": (summary.get("retrieval") or {}).get("ndcg@10"),
                    "cited_item_precision": answers.get("cited_item_precision"),
                    "supported_sentence_rate": answers.get("supported_sentence_rate"),
                    "abstention_accuracy": answers.get("abstention_accuracy"), "path": str(path)})
    return out


def load_run(settings: Settings, ref: str) -> dict:
    """A run by id, by the start of its id (when only one matches) or by file path."""
    path = Path(ref)
    if not (path.suffix == ".json" and path.is_file()):
        folder = evals_dir(settings)
        exact = folder / f"{ref}.json"
        matches = [exact] if exact.is_file() else sorted(folder.glob(f"{glob_escape(ref)}*.json"))
        if len(matches) != 1:
            what = "matches no saved run" if not matches else f"matches {len(matches)} runs"
            raise UserError(f"Evaluation run '{ref}' {what} in {folder}.",
                            hint="See the ids with `pma eval list`, or give the path of a run's JSON file.")
        path = matches[0]
    try:
        run = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: not a readable evaluation run ({exc}).",
                        hint="Give a file written by `pma eval`.") from exc
    if not isinstance(run, dict) or not isinstance(run.get("questions"), list):
        raise UserError(f"{path}: not an evaluation run (no questions).", hint="Give a file written by `pma eval`.")
    run.setdefault("run_id", path.stem)
    return run


def compare(a: dict, b: dict) -> dict:
    """Per-question wins and losses of run ``b`` against run ``a`` (see the module docstring)."""
    by_key_a = {(r["id"], r["question"]): r for r in a["questions"]}
    by_key_b = {(r["id"], r["question"]): r for r in b["questions"]}
    common = [key for key in by_key_a if key in by_key_b]
    if not common:
        raise UserError(f"Runs {a['run_id']} and {b['run_id']} share no question (matched by id and text).",
                        hint="Compare two runs of the same question set.")
    figures = {}
    changed: dict[tuple, dict] = {}
    for label, read in PER_QUESTION.items():
        wins = losses = ties = 0
        for key in common:
            va, vb = read(by_key_a[key]), read(by_key_b[key])
            if va is None or vb is None:
                continue
            if vb > va + _EPS:
                wins += 1
            elif vb < va - _EPS:
                losses += 1
            else:
                ties += 1
                continue
            changed.setdefault(key, {})[label] = [round(va, 4), round(vb, 4)]
        if wins + losses + ties:
            figures[label] = {"wins": wins, "losses": losses, "ties": ties}
    sa, sb = a.get("summary") or {}, b.get("summary") or {}
    totals = {}
    for section in ("retrieval", "answers"):
        for key, value in ((sa.get(section) or {}) | (sb.get(section) or {})).items():
            va, vb = (sa.get(section) or {}).get(key), (sb.get(section) or {}).get(key)
            if isinstance(va, (int, float)) or isinstance(vb, (int, float)):
                totals[key] = {"a": va, "b": vb,
                               "change": round(vb - va, 4) if isinstance(va, (int, float)) and
                               isinstance(vb, (int, float)) else None}
    return {
        "a": _describe(a), "b": _describe(b), "questions_compared": len(common),
        "only_in_a": [k[0] for k in by_key_a if k not in by_key_b],
        "only_in_b": [k[0] for k in by_key_b if k not in by_key_a],
        "totals": totals, "per_question": figures,
        "changed_questions": [{"id": key[0], "question": key[1], "changes": changes}
                              for key, changes in changed.items()],
    }


def _describe(run: dict) -> dict:
    model = run.get("model") or {}
    return {"run_id": run.get("run_id"), "name": run.get("name"), "created_at": run.get("created_at"),
            "model": model.get("model"), "adapter": model.get("adapter"), "backend": model.get("backend"),
            "questions_file": run.get("questions_file")}


def _share(num, den) -> float | None:
    return num / den if num is not None and den else None


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
