"""`pma ask`: a question about the stored feedback, answered with citations (work in ``assistant.chat``).

Only argument parsing and printing live here; heavy modules are imported inside the command so `pma --help` loads
no model.
"""

from __future__ import annotations

import html
import json
import sys

import typer

from retrieval.filters import Filters
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import filter_options, number_option


def one_question_settings(settings: Settings) -> Settings:
    """Settings for a process that answers one question: the local model's key/value cache holds one prompt and its
    answer (the chat trims both to ``context_tokens``), not the batch of a shared UI (``cache_tokens``, about 565 MB
    for the bundled model at the default). A smaller ``cache_tokens`` the user chose is kept."""
    from assistant.llm.batching import PAGE_TOKENS, whole_pages

    llm = settings.llm
    one = whole_pages(llm.context_tokens) + PAGE_TOKENS  # one page to spare
    return settings.model_copy(update={"llm": llm.model_copy(update={"cache_tokens": min(llm.cache_tokens, one)})})


@app.command()
@filter_options
def ask(
    question: str = typer.Argument(..., help="Your question, e.g. \"Why do offline maps fail?\" or \"How many users mention billing?\""),
    filters: Filters = None,
    k: int = number_option(None, "--k", help="Items retrieved before the relevance cut (default from settings: 10).",
                           low=1, high=100, example='pma ask "Why do maps fail?" --k 10'),
    conversation: int = number_option(None, "--conversation", low=1, example="pma ask \"And on Android?\" --conversation 3",
                                      help="Continue this conversation (id from `pma conversations list`)."),
    continue_: bool = typer.Option(False, "--continue", "-c", help="Continue the most recent conversation."),
    max_new_tokens: int = number_option(None, "--max-new-tokens", help="Upper bound on the model's answer length.",
                                        low=1, high=8192, example='pma ask "Why do maps fail?" --max-new-tokens 128'),
    no_save: bool = typer.Option(False, "--no-save", help="Do not store this answer in the conversation history."),
    json_output: bool = typer.Option(False, "--json", help="Print {answer, citations, dropped_citations, numbers_used, ...}."),
) -> None:
    """Ask a question about the stored feedback; the answer cites items as [F123].

    Counting questions ("how many…", "top issues", "what changed since…"), release questions ("did 4.4 fix the login
    bug?", "what got worse after the October release?": the numbers of `pma impact`) and customer questions ("which
    issues hurt enterprise customers most?": accounts and MRR from `pma customers import`) and "what is our NPS?" (from
    the 0-10 scores as customers gave them) are answered with numbers computed in the database; other questions from
    the most relevant items. Citations of items that were not
    retrieved are removed.

    Example: pma ask "Why do people cancel their subscription?" --since 2026-09-01
    """
    from assistant.chat import Answer, AskOptions, Chat

    chat = Chat(one_question_settings(Settings()))
    if continue_ and conversation is None:
        conversation = chat.store.latest()
    options = AskOptions(k=k, max_new_tokens=max_new_tokens, save=not no_save)
    stream = chat.stream(question, conversation_id=conversation, filters=filters, options=options)
    answer = None
    if json_output:
        for event in stream:
            if isinstance(event, Answer):
                answer = event
        data = answer.as_json()
        # feedback is HTML-escaped for the model and the UI's Markdown; JSON carries the text as typed
        data["answer"], data["narrative"] = html.unescape(data["answer"] or ""), html.unescape(data["narrative"] or "")
        data["removed_sentences"] = [html.unescape(s) for s in data["removed_sentences"] or []]
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    for event in stream:
        if isinstance(event, Answer):
            answer = event
        else:
            sys.stdout.write(html.unescape(event))  # feedback is HTML-escaped for the model and the UI's Markdown
            sys.stdout.flush()
    typer.echo("")
    notes = []
    if answer.dropped_citations:
        notes.append(f"{len(answer.dropped_citations)} citation(s) to items outside the context removed")
    if answer.injection_blocked:
        notes.append("the model's text repeated an instruction found inside feedback and was withdrawn")
    elif answer.fallback and answer.fallback_reason:
        notes.append(f"the model added no checked sentence ({answer.fallback_reason})")
    if answer.removed_sentences:
        notes.append(f"{len(answer.removed_sentences)} unsupported or repeated model sentence(s) left out")
    if answer.flagged_ids:
        notes.append("instruction-like text ignored in " + ", ".join(f"F{i}" for i in answer.flagged_ids))
    # the turn id is what `pma conversations rate` takes; the question's place in its conversation is what a reader
    # counts ("conversation 3, turn 3" for a new conversation's first question read as its third)
    where_saved = (f"conversation {answer.conversation_id}, question {answer.position}; rate it with "
                   f"`pma conversations rate {answer.turn_id} --up` or `--down`") if answer.turn_id else "not saved"
    typer.echo(f"\n({where_saved}" + ("; " + "; ".join(notes) if notes else "") + ")", err=True)
