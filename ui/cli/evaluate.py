"""`pma eval QUESTIONS`, `pma eval compare RUN_A RUN_B`, `pma eval list`: evaluation on the team's own questions
(work in ``assistant.evaluate``).

``pma eval FILE`` is short for ``pma eval run FILE``. Only argument parsing and printing live here.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.core import TyperGroup

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import JSON_OUTPUT, number_option, print_rows


class _RunByDefault(TyperGroup):
    """``pma eval questions.csv`` runs ``pma eval run questions.csv``: a first word that is no subcommand (and no
    option) is taken as the question set."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(cls=_RunByDefault, no_args_is_help=True,
                       help="Evaluate search and answers on your own questions: `pma eval QUESTIONS.csv`, "
                            "`pma eval compare RUN_A RUN_B`, `pma eval list`.")
app.add_typer(eval_app, name="eval")


@eval_app.command("run")
def eval_run(
    questions: Path = typer.Argument(..., help="CSV/JSONL/JSON/XLSX: question, relevant (ids, optional grades), "
                                               "optional should_abstain and filters (since, until, source, where, "
                                               "min_rating, max_rating)."),
    name: str = typer.Option(None, "--name", help="A name for the run (default: the file name)."),
    k: int = number_option(None, "--k", help="Search depth scored by recall@k and MRR, and items retrieved for "
                                              "answers (default from settings: 10).", low=1, high=100,
                           example="pma eval questions.csv --k 10"),
    limit: int = number_option(None, "--limit", help="Only the first N questions.", low=1,
                               example="pma eval questions.csv --limit 5"),
    max_new_tokens: int = number_option(None, "--max-new-tokens", help="Upper bound on each answer's length "
                                        "(default from settings).", low=1, high=4096,
                                        example="pma eval questions.csv --max-new-tokens 128"),
    retrieval_only: bool = typer.Option(False, "--retrieval-only", help="Score search only (no model, fast)."),
    adapter: Path = typer.Option(None, "--adapter", help="Also evaluate this LoRA adapter (from `pma finetune "
                                                         "train`) and compare it with the base model."),
    json_output: bool = typer.Option(False, "--json", help="Print the run (or, with --adapter, the comparison) "
                                                           "as JSON."),
) -> None:
    """Score search and answers on a question set; the run is saved under $PMA_HOME/evals.

    Figures: nDCG@10, recall@k, MRR (search); cited-item precision, supported-sentence rate, abstention, time to
    first token (answers). Nothing is stored in the conversations and no feedback is changed.

    Example: pma eval examples/eval_questions.csv
    """
    from assistant.evaluate import compare, run_eval, save_run

    settings = Settings()
    if adapter is not None and retrieval_only:
        raise UserError("--adapter and --retrieval-only do not go together: an adapter changes answers, not search.",
                        hint="Drop --retrieval-only.")
    if adapter is not None and not (adapter / "adapter_config.json").is_file():
        raise UserError(f"--adapter {adapter}: not a LoRA adapter folder (no adapter_config.json).",
                        hint="Give a folder written by `pma finetune train`.")
    options = dict(k=k, limit=limit, retrieval_only=retrieval_only, max_new_tokens=max_new_tokens,
                   progress=not json_output)
    if adapter is None:
        run = run_eval(settings, questions, name=name, **options)
        path = save_run(settings, run)
        if json_output:
            typer.echo(json.dumps(run, indent=2, ensure_ascii=False, default=str))
        else:
            _print_summary(run, path)
        return
    from retrieval.search import Searcher

    base_settings = settings.model_copy(update={"llm": settings.llm.model_copy(update={"adapter": None})})
    tuned_settings = settings.model_copy(update={"llm": settings.llm.model_copy(update={"adapter": str(adapter)})})
    searcher = Searcher(settings)
    label = name or Path(questions).stem
    runs = []
    for which, s in (("base", base_settings), ("adapter", tuned_settings)):
        run = run_eval(s, questions, name=f"{label}-{which}", searcher=searcher, extra={"role": which}, **options)
        runs.append((run, save_run(settings, run)))
    result = compare(runs[0][0], runs[1][0])
    if json_output:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return
    for run, path in runs:
        _print_summary(run, path)
        typer.echo("")
    _print_comparison(result)


@eval_app.command("compare")
def eval_compare(
    run_a: str = typer.Argument(..., help="Run id (see `pma eval list`), the start of one, or a run's JSON file."),
    run_b: str = typer.Argument(..., help="The run to judge against RUN_A."),
    json_output: bool = JSON_OUTPUT,
) -> None:
    """Compare two runs question by question: wins, losses and ties of RUN_B against RUN_A for each figure.

    Example: pma eval compare 20261130-101500-questions 20261130-113000-questions
    """
    from assistant.evaluate import compare, load_run

    settings = Settings()
    result = compare(load_run(settings, run_a), load_run(settings, run_b))
    if json_output:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return
    _print_comparison(result)


@eval_app.command("list")
def eval_list(json_output: bool = JSON_OUTPUT) -> None:
    """Saved evaluation runs, newest first, with their headline figures.

    Example: pma eval list
    """
    from assistant.evaluate import list_runs

    print_rows(list_runs(Settings()), json_output=json_output,
               empty="No evaluation runs yet. Start one with: pma eval QUESTIONS.csv",
               line=lambda r: f"{r['run_id']}  {r['questions']} question(s)  model {r['model'] or '-'}"
                              f"{' + ' + str(r['adapter']) if r['adapter'] else ''}  nDCG@10 {_f(r['ndcg@10'])}  "
                              f"cited precision {_f(r['cited_item_precision'])}  supported "
                              f"{_f(r['supported_sentence_rate'])}  abstention {_f(r['abstention_accuracy'])}")


# ---- printing -----------------------------------------------------------------------------------------------------
def _f(value) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _print_summary(run: dict, path: Path) -> None:
    s = run["summary"]
    model = run.get("model") or {}
    typer.echo(f"Run {run['run_id']}: {s['questions']} question(s) ({s['answerable']} answerable, "
               f"{s['should_abstain']} should abstain) from {run['questions_file']}")
    if model:
        typer.echo(f"model: {model.get('backend')} {model.get('model')}"
                   + (f" + adapter {model['adapter']}" if model.get("adapter") else ""))
    r = s.get("retrieval")
    k = run["options"]["k"]
    if r:
        typer.echo(f"search:  nDCG@10 {_f(r['ndcg@10'])}   recall@{k} {_f(r[f'recall@{k}'])}   "
                   f"MRR@{k} {_f(r[f'mrr@{k}'])}   ({r['questions']} questions)")
    a = s.get("answers")
    if a:
        typer.echo(f"answers: cited-item precision {_f(a['cited_item_precision'])} "
                   f"({a['cited_items_relevant']} of {a['cited_items']} cited items judged relevant)")
        typer.echo(f"         supported sentences {_f(a['supported_sentence_rate'])} "
                   f"({a['sentences_supported']} of {a['sentences']})")
        typer.echo(f"         abstention accuracy {_f(a['abstention_accuracy'])}: off-topic abstained "
                   f"{a['off_topic_abstained_count']} of {s['should_abstain']}, answerable answered "
                   f"{a['answerable_answered_count']} of {s['answerable']}")
        typer.echo(f"         time to first token median {_f(a['ttft_ms_median'])} ms (p90 {_f(a['ttft_ms_p90'])}), "
                   f"first text shown {_f(a['first_output_ms_median'])} ms, whole answer "
                   f"{_f(a['total_ms_median'])} ms ({a['model_answers']} answers that called the model)")
    typer.echo(f"saved: {path}")


def _print_comparison(result: dict) -> None:
    a, b = result["a"], result["b"]
    typer.echo(f"A: {a['run_id']} ({a['model'] or 'no model'}{' + ' + str(a['adapter']) if a['adapter'] else ''})")
    typer.echo(f"B: {b['run_id']} ({b['model'] or 'no model'}{' + ' + str(b['adapter']) if b['adapter'] else ''})")
    typer.echo(f"{result['questions_compared']} question(s) in both runs"
               + (f"; only in A: {len(result['only_in_a'])}" if result["only_in_a"] else "")
               + (f"; only in B: {len(result['only_in_b'])}" if result["only_in_b"] else ""))
    typer.echo(f"{'figure':<26}{'A':>9}{'B':>9}{'B wins':>8}{'B losses':>10}{'ties':>6}")
    totals = result["totals"]
    rows = [("nDCG@10", "ndcg@10"), ("recall@k", next((k for k in totals if k.startswith("recall@")), "")),
            ("MRR", next((k for k in totals if k.startswith("mrr@")), "")),
            ("cited-item precision", "cited_item_precision"), ("supported sentences", "supported_sentence_rate"),
            ("abstention correct", "abstention_accuracy")]
    for label, key in rows:
        per = result["per_question"].get(label)
        total = totals.get(key)
        if per is None and total is None:
            continue
        per = per or {"wins": 0, "losses": 0, "ties": 0}
        typer.echo(f"{label:<26}{_f((total or {}).get('a')):>9}{_f((total or {}).get('b')):>9}"
                   f"{per['wins']:>8}{per['losses']:>10}{per['ties']:>6}")
    ttft = totals.get("ttft_ms_median")
    if ttft:
        typer.echo(f"{'time to first token (ms)':<26}{_f(ttft['a']):>9}{_f(ttft['b']):>9}")
    if result["changed_questions"]:
        typer.echo("\nQuestions that changed (A -> B):")
        for q in result["changed_questions"]:
            changes = "; ".join(f"{k} {v[0]:g} -> {v[1]:g}" for k, v in q["changes"].items())
            typer.echo(f"  {q['id']}: {q['question'][:70]}  {changes}")
