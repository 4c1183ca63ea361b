"""Fine-tune tab: upload training data, pick base and LoRA settings, run a background job with a live loss chart
and log; the finished adapter becomes selectable in Chat."""

from __future__ import annotations

from typing import Any

import gradio as gr

from retrieval.errors import UserError
from ui.handlers import example as example_h
from ui.handlers import finetune_jobs as jobs_h
from ui.handlers.services import Services
from ui.handlers.uploads import TRAINING_TYPES


def build(services: Services) -> dict[str, Any]:
    gr.Markdown("Teach the model your product's language with LoRA (a small add-on trained on your examples). It "
                "runs in the background on this machine; the result appears in Chat's **Model adapter** list. On a "
                "laptop CPU keep runs short (tens of steps).")
    with gr.Row():
        adapters = gr.Markdown(example_h.adapters_markdown(services), elem_id="pma-ft-adapters")
        try_example = gr.Button("Try fine-tuning on the example", elem_id="pma-ft-example", scale=0, min_width=240)
    with gr.Row():
        with gr.Column(scale=2):
            files = gr.File(label="Training data: chat JSONL, Alpaca JSON, question,answer CSV, .md/.txt",
                            file_count="multiple", file_types=list(TRAINING_TYPES), height=140)
            use_good = gr.Checkbox(label="Also train on chat answers marked good", value=False)
            name = gr.Textbox(label="Adapter name", placeholder="e.g. trailmix-v1", elem_id="pma-ft-name")
        with gr.Column(scale=1):
            base = gr.Textbox(label="Base model", value=services.settings.finetune.base_model)
            lora_r = gr.Slider(label="LoRA rank r", minimum=1, maximum=64, step=1, value=16)
            lora_alpha = gr.Number(label="LoRA alpha", value=32)
            rate = gr.Number(label="Learning rate", value=2e-4)
            steps = gr.Number(label="Max steps", value=30, precision=0, minimum=1)
            max_length = gr.Number(label="Max tokens per example", value=512, precision=0, minimum=16)
    with gr.Row():
        start = gr.Button("Start training", variant="primary", elem_id="pma-ft-start")
        cancel = gr.Button("Cancel", variant="stop")
    status = gr.Markdown(elem_id="pma-ft-status")
    with gr.Row():
        # Drawn on the server: Gradio's native plots keep the first render's series, and eval points come later.
        chart = gr.Plot(label="Loss", elem_id="pma-ft-loss", format="png")
        log = gr.Textbox(label="Log", lines=12, max_lines=12, autoscroll=True, interactive=False)
    job_id = gr.State(None)
    poll = gr.Timer(value=2.0, active=False)

    def do_start(uploaded, good, adapter_name, base_model, r, alpha, lr, max_steps, length):
        request = jobs_h.JobRequest(
            name=adapter_name, files=[getattr(f, "name", f) for f in (uploaded or [])], use_marked_good=bool(good),
            base=base_model or None, lora_r=int(r), lora_alpha=alpha, learning_rate=lr,
            max_steps=int(max_steps) if max_steps else None, max_length=int(length) if length else None)
        try:
            rows = list(services.chat().store.training_rows()) if good else []
            job = services.jobs.start(request, conversations=rows)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return job.id, gr.Timer(active=True), f"Job {job.id} **{job.name}**: starting"

    def do_poll(jid):
        job = services.jobs.get(jid)
        if job is None:
            return gr.Markdown(), gr.Plot(), gr.Textbox(), gr.Timer(active=False)
        snap = job.snapshot()
        rows = jobs_h.loss_points(snap)
        chart = loss_figure(rows) if rows else gr.Plot()
        return jobs_h.status_line(snap), chart, snap["log"], gr.Timer(active=job.active)

    def do_try_example():
        request = example_h.example_finetune_request()
        try:
            job = services.jobs.start(request)
        except UserError as exc:
            raise gr.Error(str(exc)) from None
        return job.id, gr.Timer(active=True), f"Job {job.id} **{job.name}**: starting (the example, 10 steps)"

    inputs = [files, use_good, name, base, lora_r, lora_alpha, rate, steps, max_length]
    try_example.click(do_try_example, None, [job_id, poll, status], api_name="finetune_example")
    start.click(do_start, inputs, [job_id, poll, status], api_name="finetune_start")
    polled = poll.tick(do_poll, job_id, [status, chart, log, poll], api_name="finetune_status",
                       show_progress="hidden")
    polled.then(lambda: example_h.adapters_markdown(services), None, adapters, api_visibility="private",
                show_progress="hidden")
    cancel.click(lambda jid: services.jobs.cancel(jid), job_id, status, api_name="finetune_cancel")
    return {"polled": polled, "job_id": job_id}


def loss_figure(points: list[list[Any]]):
    """Train and eval loss per step as a matplotlib figure (no pyplot: safe in server threads)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 3.2), dpi=100)
    ax = fig.add_subplot()
    for kind, colour, style in (("train", "#6366f1", "-"), ("eval", "#f59e0b", "o--")):
        xs = [p[0] for p in points if p[2] == kind]
        if xs:
            ax.plot(xs, [p[1] for p in points if p[2] == kind], style, color=colour, label=f"{kind} loss")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("loss")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right")
    fig.tight_layout()
    return fig
