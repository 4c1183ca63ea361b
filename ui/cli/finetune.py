"""`pma finetune prepare|train|eval|merge`: LoRA fine-tuning on company data, from raw files to a merged model."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import number_option

finetune_app = typer.Typer(
    name="finetune",
    help="Fine-tune the assistant's model on your own data (LoRA): prepare -> train -> eval -> merge. "
    "Use an adapter with PMA_LLM_ADAPTER=adapters/NAME.",
    no_args_is_help=True,
)
app.add_typer(finetune_app, name="finetune")


def _parse_sets(items: list[str] | None) -> dict[str, object]:
    out: dict[str, object] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--set {item!r}: expected KEY=VALUE.", hint="Example: --set lora_r=8 --set batching=pack")
        try:
            out[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            out[key.strip()] = value
    return out


_ADAPTER = typer.Option(..., "--adapter", help="Adapter folder from `pma finetune train`.")
_ADAPTER_BASE = typer.Option(None, "--base", help="Base model (default: the adapter's own base).")


@finetune_app.command("prepare")
def prepare_command(
    inputs: list[Path] = typer.Argument(None, help="Chat JSONL (messages), Alpaca JSON/JSONL (instruction/input/output), "
                                        "CSV (question,answer), .md/.txt documents, or folders of them."),
    from_conversations: bool = typer.Option(False, "--from-conversations", help="Also use the assistant's stored "
                                            "answers that a PM marked good (`pma ask` conversations)."),
    from_decisions: bool = typer.Option(False, "--from-decisions", help="Also use plan items you accepted or edited "
                                        "(`pma recommend decide`): the evidence the drafter saw -> your final text."),
    out: Path = typer.Option(..., "--out", help="Folder for the dataset (train/eval splits, datasets format)."),
    base: str = typer.Option(None, "--base", help="Model whose tokenizer measures lengths (default: settings.finetune.base_model)."),
    eval_fraction: float = typer.Option(0.1, "--eval-fraction", help="Share of examples held out for evaluation."),
    seed: int = typer.Option(None, "--seed", help="Split seed (default: settings.finetune.seed)."),
    chunk_tokens: int = number_option(512, "--chunk-tokens", help="Target tokens per document chunk.", low=16,
                                      example="--chunk-tokens 512"),
    keep_pii: bool = typer.Option(False, "--keep-pii", help="Do not redact e-mails, phones, cards, IPs, token URLs."),
    force: bool = typer.Option(False, "--force", help="Replace an existing dataset folder."),
    json_output: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Validate, redact, de-duplicate and split training data; print counts and token-length statistics.

    Example: pma finetune prepare examples/finetune_chat.jsonl --out data/trailmix
    Example: pma finetune prepare --from-decisions --out data/plan-decisions
    """
    from finetune.prepare import prepare
    from finetune.sources import ReadResult

    settings = Settings()
    extra = None
    if from_conversations or from_decisions:
        from retrieval.db import Database

        db = Database(settings)
        extra = ReadResult(examples=[])
    if from_conversations:
        from assistant.chat.store import ConversationStore
        from finetune.sources import from_conversations as conversation_examples

        found = conversation_examples(ConversationStore(db).training_rows())
        extra.examples += found.examples
        extra.skipped_not_good += found.skipped_not_good
    if from_decisions:
        from assistant.recommend.decisions import training_rows
        from finetune.sources import from_decisions as decision_examples

        found = decision_examples(training_rows(db))
        if not found.examples:
            raise UserError("--from-decisions: no plan item is accepted or edited yet, so there is nothing to learn "
                            "from.", hint="Decide on drafted items first: pma recommend decide ID --accept|--edit "
                                          "FIELD=TEXT (ids in the plan's exports; list with pma recommend decisions).")
        extra.examples += found.examples
    if not inputs and extra is None:
        raise UserError("No training data given.",
                        hint="Pass files or folders, and/or --from-conversations or --from-decisions.")
    report = prepare(list(inputs or []), out, settings=settings, base=base, eval_fraction=eval_fraction, seed=seed,
                     chunk_tokens=chunk_tokens, redact=False if keep_pii else None, force=force, extra=extra)
    if json_output:
        typer.echo(json.dumps(report.to_dict(), indent=2))
        return
    s = report.token_stats
    typer.echo(f"{report.examples} examples ({report.chats} chats, {report.documents_chunks} document chunks) -> "
               f"train {report.train}, eval {report.eval}; {report.duplicates_removed} duplicates removed"
               + (f", {report.skipped_not_good} not marked good skipped" if report.skipped_not_good else ""))
    typer.echo(f"tokens per example: min {s['min']}, mean {s['mean']}, p50 {s['p50']}, p95 {s['p95']}, max {s['max']} "
               f"(total {s['total']}; {s['over_512']} over 512)")
    if report.redactions:
        typer.echo("redacted: " + ", ".join(f"{k} {v}" for k, v in sorted(report.redactions.items())))
    typer.echo(f"saved to {report.out} (data hash {report.data_hash})")


@finetune_app.command("train")
def train_command(
    data: Path = typer.Option(..., "--data", help="Dataset folder from `pma finetune prepare`."),
    out: Path = typer.Option(..., "--out", help="Adapter folder to write, e.g. adapters/trailmix."),
    base: str = typer.Option(None, "--base", help="Base model: 'bundled', a Hub id or a safetensors folder (not GGUF)."),
    config: Path = typer.Option(None, "--config", help="finetune.toml with LoRA/batching/schedule settings "
                                "(see finetune/configs/finetune.toml)."),
    set_: list[str] = typer.Option(None, "--set", help="Override one config field, KEY=VALUE. Repeatable."),
    max_steps: int = number_option(None, "--max-steps", help="Stop after this many optimizer steps.", low=1,
                                   example="--max-steps 30"),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run from its last checkpoint."),
    force: bool = typer.Option(False, "--force", help="Replace an existing adapter folder."),
    json_output: bool = typer.Option(False, "--json", help="Print the run record as JSON (no progress bar)."),
) -> None:
    """Train a LoRA adapter (loss on the assistant's answers only); writes adapter, model card and loss curve.

    Example: pma finetune train --data data/trailmix --out adapters/trailmix --max-steps 30
    """
    from finetune.config import FinetuneConfig
    from finetune.train import train

    overrides = _parse_sets(set_)
    if max_steps:
        overrides["max_steps"] = max_steps
    cfg = None
    if config or overrides:
        cfg = FinetuneConfig.from_toml(config, **overrides) if config else FinetuneConfig.validated(overrides, source="--set")
    result = train(data, out, settings=Settings(), config=cfg, base=base, resume=resume, force=force,
                   progress=not json_output)
    m = result.run["metrics"]
    if json_output:
        typer.echo(json.dumps({"out": result.out, **result.run}, indent=2, default=str))
        return
    typer.echo(f"eval loss {m['eval_loss_before']:.4f} -> {m['eval_loss_after']:.4f} "
               f"(perplexity {m['eval_perplexity_before']:.2f} -> {m['eval_perplexity_after']:.2f}) after "
               f"{m['steps']} steps{' (early stop)' if m['stopped_early'] else ''}; {m['tokens_per_s']:.0f} tokens/s, "
               f"{result.seconds:.0f} s")
    typer.echo(f"adapter, model card and loss curve in {result.out}; use it with PMA_LLM_ADAPTER={result.out}")


@finetune_app.command("eval")
def eval_command(
    adapter: Path = _ADAPTER,
    data: Path = typer.Option(None, "--data", help="Dataset folder (default: the one the adapter was trained on)."),
    base: str = _ADAPTER_BASE,
    samples: int = number_option(None, "--samples", help="Eval prompts to answer side by side (default 3).", low=0,
                                 example="--samples 3"),
    max_new_tokens: int = number_option(None, "--max-new-tokens", help="Tokens per sample answer (default 64).",
                                        low=1, high=8192, example="--max-new-tokens 64"),
    max_examples: int = number_option(None, "--max-examples", help="Evaluate on the first N eval examples only.",
                                      low=1, example="--max-examples 50"),
    answers: int = number_option(None, "--answers", help="Eval prompts both models answer, scored by ROUGE-L F1 "
                                                         "against the reference (default 20; 0 skips it).", low=0,
                                 example="--answers 20"),
    json_output: bool = typer.Option(False, "--json", help="Print the comparison as JSON."),
) -> None:
    """Compare base and adapter on the eval split: loss, perplexity, and how close each one's answers are to the
    reference answers (ROUGE-L F1), with side-by-side sample answers. On a dataset from
    `pma finetune prepare --from-decisions` this shows whether the adapter drafts closer to your edits.

    Example: pma finetune eval --adapter adapters/trailmix --samples 2
    """
    from finetune.evaluate import compare

    report = compare(adapter, settings=Settings(), data_dir=data, base=base, samples=samples,
                     max_new_tokens=max_new_tokens, max_examples=max_examples, answers=answers)
    if json_output:
        typer.echo(json.dumps(report, indent=2))
        return
    typer.echo(f"{report['eval_examples']} eval examples from {report['data']}")
    typer.echo(f"  base:    loss {report['base_loss']:.4f}  perplexity {report['base_perplexity']:.2f}")
    typer.echo(f"  adapter: loss {report['adapter_loss']:.4f}  perplexity {report['adapter_perplexity']:.2f}")
    sim = report["similarity"]
    if sim:
        typer.echo(f"ROUGE-L F1 against the reference on {sim['examples']} held-back prompt(s): base {sim['base']:.3f}, "
                   f"adapter {sim['adapter']:.3f} (adapter closer on {sim['adapter_closer']}, base closer on "
                   f"{sim['base_closer']}, same on {sim['same']})")
    for i, s in enumerate(report["samples"], start=1):
        typer.echo(f"\n[{i}] {s['prompt'][:300]}")
        typer.echo(f"  reference: {s['reference'][:300]}")
        typer.echo(f"  base:      {s['base'][:300]}")
        typer.echo(f"  adapter:   {s['adapter'][:300]}")


@finetune_app.command("merge")
def merge_command(
    adapter: Path = _ADAPTER,
    out: Path = typer.Option(..., "--out", help="Folder for the standalone merged model (safetensors)."),
    base: str = _ADAPTER_BASE,
    force: bool = typer.Option(False, "--force", help="Replace an existing model folder."),
    json_output: bool = typer.Option(False, "--json", help="Print the check results as JSON."),
) -> None:
    """Merge the adapter into its base and write a model folder that transformers and vLLM load without peft.

    The merged logits are checked against base+adapter (in memory and after reloading the folder).
    Example: pma finetune merge --adapter adapters/trailmix --out models/trailmix
    """
    from finetune.merge import merge

    check = merge(adapter, out, settings=Settings(), base=base, force=force)
    if json_output:
        typer.echo(json.dumps(check, indent=2))
        return
    typer.echo(f"merged model in {check['out']} ({check['dtype']}); logits match base+adapter within "
               f"{check['max_abs_logit_diff_reloaded']:.1e} (tolerance {check['tolerance']:.0e}). "
               f"Use it with PMA_LLM_MODEL={check['out']}")
