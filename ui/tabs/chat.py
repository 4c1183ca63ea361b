"""Chat tab: streamed answers, citation chips that open the cited item, filters, thumbs, adapters, history."""

from __future__ import annotations

from typing import Any

import gradio as gr

from retrieval.errors import UserError
from ui.handlers import chat as chat_h
from ui.handlers import feedback as feedback_h
from ui.handlers.services import Services
from ui.tabs.common import filter_inputs, filters_from, notice


def build(services: Services) -> dict[str, Any]:
    current = services.settings.llm.adapter or ""
    with gr.Row():
        with gr.Column(scale=3):
            model = gr.Markdown(elem_classes="pma-model", elem_id="pma-model")
            history = gr.Chatbot(label="Conversation", height=440, elem_id="pma-chatbot", buttons=["copy"],
                                 placeholder="Ask about your customers' feedback. Answers cite items like [F12]; "
                                             "click a source chip below an answer to read the item.")
            with gr.Row():
                question = gr.Textbox("", show_label=False, placeholder="Ask a question…", scale=5, autofocus=True,
                                      elem_id="pma-question")
                send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="pma-ask")
            examples = gr.Examples(chat_h.example_questions(services), inputs=question, label="Example questions")
            chips = gr.Radio(label="Sources cited (click one to read it)", choices=[], visible=False,
                             elem_classes="pma-chips", elem_id="pma-chips")
            card = gr.Markdown(elem_classes="pma-card", elem_id="pma-card")
            note = gr.Markdown(elem_classes="pma-note", elem_id="pma-chat-note")
        with gr.Column(scale=1, min_width=260):
            with gr.Group():
                gr.Markdown("**Filters** (applied to retrieval)", padding=True)
                filters = filter_inputs("chat")
            adapter = gr.Dropdown(label="Model adapter", value=current, choices=adapter_choices(services),
                                  elem_id="pma-adapter")
            plan_button = gr.Button("Draft iteration plan", elem_id="pma-draft-plan")
            good = gr.Button("Mark last answer good for fine-tuning", size="sm")
            new = gr.Button("New conversation", size="sm")
            with gr.Accordion("Past conversations", open=False):
                past = gr.Dropdown(label="Conversation", choices=[], value=None)
                with gr.Row():
                    refresh_past = gr.Button("Refresh", size="sm")
                    open_past = gr.Button("Open", size="sm")
    session = gr.State(chat_h.new_session())

    def ask(question, history, session, adapter, since, until, sources, min_rating, max_rating, segment):
        q, hist, sess = question, history, session
        try:
            flt = filters_from(since, until, sources, min_rating, max_rating, segment)
        except UserError as exc:
            gr.Warning(str(exc))
            yield hist, sess, gr.Radio(), gr.Markdown(), q
            return
        for upd in chat_h.stream_answer(services, q, hist, sess, flt, adapter=adapter or ""):
            if not upd.done:
                yield upd.history, upd.session, gr.Radio(), gr.Markdown(), ""
                continue
            if upd.error and len(upd.history) == len(hist or []):
                gr.Warning(upd.error)  # nothing was asked (empty question)
            yield (upd.history, upd.session, _chips(upd.citations), "", "")

    ask_inputs = [question, history, session, adapter, *filters["all"]]
    ask_outputs = [history, session, chips, card, question]
    send.click(ask, ask_inputs, ask_outputs, api_name="ask")
    question.submit(ask, ask_inputs, ask_outputs, api_visibility="private")
    chips.change(lambda ref: feedback_h.item_card(services, ref) if ref else "", chips, card,
                 api_visibility="private")

    def show_sources(sess, evt: gr.SelectData):
        found = chat_h.citations_for(sess, evt.index if isinstance(evt.index, int) else None)
        return (_chips(found), "") if found else (gr.Radio(), gr.Markdown())

    history.select(show_sources, session, [chips, card], api_visibility="private")

    def on_like(sess, evt: gr.LikeData):
        liked = evt.liked if isinstance(evt.liked, bool) else None
        return notice(chat_h.rate, services, sess, evt.index if isinstance(evt.index, int) else None, liked)

    history.like(on_like, session, note, api_visibility="private")
    good.click(lambda sess: notice(chat_h.mark_good, services, sess), session, note, api_visibility="private")
    new.click(lambda: ([], chat_h.new_session(), _chips([]), "", ""), None, [history, session, chips, card, note],
              api_visibility="private")

    def list_past():
        try:
            return gr.Dropdown(choices=chat_h.conversations(services))
        except UserError as exc:
            gr.Warning(str(exc))
            return gr.Dropdown()

    def open_conversation(conversation_id):
        try:
            hist, sess = chat_h.load_conversation(services, conversation_id)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return hist, sess, _chips([]), ""

    refresh_past.click(list_past, None, past, api_visibility="private")
    open_past.click(open_conversation, past, [history, session, chips, card], api_visibility="private")
    adapter.change(lambda a: model_line(services, a), adapter, model, api_visibility="private")
    return {"history": history, "model": model, "adapter": adapter, "filters": filters, "plan_button": plan_button,
            "examples": examples.dataset}


def example_samples(services: Services) -> dict:
    """The example questions again, on each page load: the themes may have been made since the UI started (`make
    run` builds the page before the example's summary exists). An update, not a new ``gr.Dataset``: one built
    without the question box drops its samples."""
    return gr.update(samples=[[q] for q in chat_h.example_questions(services)])


def model_line(services: Services, adapter: str | None) -> str:
    try:
        return f"**Model:** {chat_h.model_label(services, adapter or '')}"
    except UserError as exc:
        return f"**Model:** not available ({exc})"


def adapter_choices(services: Services) -> list[tuple[str, str]]:
    return [("Base model (no adapter)", "")] + [(a, a) for a in services.jobs.adapters()]


def _chips(citations: list[dict[str, Any]]):
    return gr.Radio(choices=[(c["label"], c["ref"]) for c in citations], value=None, visible=bool(citations))
