"""Evaluation on the team's own questions (`pma eval`): search quality, cited-item precision, supported sentences,
abstention and time to first token, saved as runs that can be compared (settings, model or adapter changes).

    from assistant.evaluate import run_eval, save_run, load_run, compare
    run = run_eval(settings, Path("questions.csv"))
    save_run(settings, run)                       # $PMA_HOME/evals/<run id>.json
    compare(load_run(settings, "A"), load_run(settings, "B"))

Modules: ``questions`` (reading and checking a question set), ``metrics`` (the figures, as plain functions),
``runner`` (search + chat per question, scored), ``runs`` (saving, listing, comparing). Evaluation composes search
and chat, so it sits beside ``assistant.workflows``, not inside chat; the sentence-support rule it scores with is
the shared one in ``assistant.safety.support``. Importing this package does not import torch.
"""

from assistant.evaluate.questions import EvalQuestion, load_questions, resolve
from assistant.evaluate.runner import AnswerRecord, Answerer, ChatAnswerer, run_eval
from assistant.evaluate.runs import compare, list_runs, load_run, save_run

__all__ = ["AnswerRecord", "Answerer", "ChatAnswerer", "EvalQuestion", "compare", "list_runs",
           "load_questions", "load_run", "resolve", "run_eval", "save_run"]
