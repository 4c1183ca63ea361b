"""`pma finetune train`: LoRA on a prepared dataset, loss on the assistant's tokens only.

A small explicit loop on ``accelerate.Accelerator`` rather than transformers' ``Trainer``: the loss is summed over
labelled tokens and divided by the token count of the whole optimizer step (exact under gradient accumulation and
across devices), batches come from ``finetune.collate`` (packed or length-grouped, never padded to max_length), and
the output head runs only on labelled positions (``finetune.loss``). The same code runs on this CPU, on one GPU
(bf16 when supported, optional QLoRA) and on several GPUs with ``accelerate launch`` (each process takes every
N-th batch). Only LoRA weights train; the base stays frozen.

Around the loop: eval loss/perplexity before and after, early stopping on eval loss (the best weights are kept),
atomic checkpoints with ``--resume`` replaying the exact data order and RNG state, and a folder with the adapter,
its tokenizer, ``finetune_config.json``, ``finetune_run.json``, a model card and a loss-curve PNG.

Not handled: full fine-tuning, DPO/RLHF, multi-node training.
"""

from __future__ import annotations

import contextlib
import math
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from finetune.config import FinetuneConfig, target_modules_for
from retrieval.errors import UserError
from retrieval.settings import Settings

StepCallback = Callable[[int, dict[str, Any]], None]


class TrainingInterrupted(UserError):
    """Ctrl-C (or a stop request) during training; the message says how to resume."""


@dataclass
class TrainResult:
    out: str
    steps: int
    stopped_early: bool
    eval_loss_before: float
    eval_loss_after: float
    seconds: float
    tokens_per_s: float
    run: dict[str, Any]
    model: Any = field(default=None, repr=False)  # the trained peft model, still in memory (best weights)


def train(data_dir: Path | str, out: Path | str, *, settings: Settings, config: FinetuneConfig | None = None,
          base: str | None = None, resume: bool = False, force: bool = False, progress: bool = True,
          on_step: StepCallback | None = None) -> TrainResult:
    """Train a LoRA adapter on ``data_dir`` (from `pma finetune prepare`) and write it to ``out``.

    Args:
        data_dir: prepared dataset folder.
        out: adapter folder; refused if it exists unless ``force`` (replace) or ``resume`` (continue).
        settings: effective settings (default base model and seed, models cache).
        config: the run's knobs; with ``resume`` the interrupted run's saved config is used.
        base: base model name/folder; overrides ``config.base_model`` and ``settings.finetune.base_model``.
        progress: show a progress bar on stderr.
        on_step: called after every optimizer step with ``(step, metrics)``; raising KeyboardInterrupt stops the
            run like Ctrl-C (the UI uses this to cancel).

    Example:
        >>> train("data/ft", "adapters/trailmix", settings=Settings(), config=FinetuneConfig(max_steps=20))  # doctest: +SKIP
    """
    from finetune.checkpoint import check_out_dir

    out = Path(out)
    ckpt_path = check_out_dir(out, resume=resume, force=force)
    config = _resolve_config(config, out, base, settings, resumed=ckpt_path is not None)
    try:
        return _Run(Path(data_dir), out, settings, config, ckpt_path, progress, on_step).execute()
    except MemoryError:
        raise _oom(config) from None
    except RuntimeError as exc:
        if "out of memory" in str(exc).lower() or "can't allocate memory" in str(exc).lower():
            raise _oom(config) from None
        raise


def _resolve_config(config: FinetuneConfig | None, out: Path, base: str | None, settings: Settings, *,
                    resumed: bool) -> FinetuneConfig:
    if resumed:
        saved = FinetuneConfig.load(out)
        if config is not None:
            given = config.model_copy(update={k: getattr(saved, k) for k in ("seed", "base_model")
                                              if getattr(config, k) is None})
            changed = given.diff(saved)
            if changed:
                raise UserError(f"--resume uses the interrupted run's config, but these fields differ: {', '.join(changed)}.",
                                hint=f"Drop --config to continue as started (see {out}/finetune_config.json).")
        if base and base != saved.base_model:
            raise UserError(f"--resume: the run was started on base '{saved.base_model}', not '{base}'.")
        return saved
    config = config or FinetuneConfig()
    return config.model_copy(update={"base_model": base or config.base_model or settings.finetune.base_model,
                                     "seed": settings.finetune.seed if config.seed is None else config.seed})


def _oom(config: FinetuneConfig) -> UserError:
    return UserError(f"Out of memory with batch_size={config.batch_size}, max_length={config.max_length}.",
                     hint="Lower batch_size or max_length (raise grad_accum_steps to keep the effective batch), "
                     "set gradient_checkpointing = true, or use load_in_4bit on a CUDA GPU; then run again with --resume.")


class _Run:
    """One training run; split from ``train`` so each phase reads as a short method."""

    def __init__(self, data_dir: Path, out: Path, settings: Settings, config: FinetuneConfig, ckpt_path: Path | None,
                 progress: bool, on_step: StepCallback | None):
        self.data_dir, self.out, self.settings, self.config = data_dir, out, settings, config
        self.ckpt_path, self.progress, self.on_step = ckpt_path, progress, on_step
        self.history: list[dict[str, Any]] = []
        self.best: dict[str, Any] | None = None
        self.best_loss, self.best_step, self.bad_evals = math.inf, 0, 0
        self.start_step, self.eval_before, self.train_tokens, self.train_seconds = 0, math.nan, 0, 0.0
        self.last_saved: int | None = None

    # ---- setup ---------------------------------------------------------------------------------------------
    def execute(self) -> TrainResult:
        import torch
        from accelerate import Accelerator

        from finetune.base_model import compute_dtype, fingerprint, load_model, load_tokenizer, refuse_gguf, resolve_base
        from finetune.evaluate import encode_split
        from finetune.prepare import load_prepared

        cfg = self.config
        started = time.time()
        refuse_gguf(cfg.base_model)
        data, self.manifest = load_prepared(self.data_dir)
        self.base_path = resolve_base(cfg.base_model, self.settings)
        dtype = compute_dtype(cfg.precision)
        mixed = {torch.bfloat16: "bf16", torch.float16: "fp16"}.get(dtype, "no")
        self.acc = acc = Accelerator(mixed_precision=mixed, cpu=not torch.cuda.is_available())
        torch.manual_seed(cfg.seed)
        self.tokenizer = load_tokenizer(self.base_path)
        device_map = {"": acc.local_process_index} if cfg.load_in_4bit else None
        model = load_model(self.base_path, precision=cfg.precision, load_in_4bit=cfg.load_in_4bit, device_map=device_map)
        self.fingerprint = fingerprint(model)
        from finetune.collate import attention_crossover

        self.crossover = attention_crossover(model.config)
        self.model = self._add_lora(model)

        self.train_enc, dropped = encode_split(self.tokenizer, data["train"], cfg.max_length)
        self.eval_enc, eval_dropped = encode_split(self.tokenizer, data["eval"], cfg.max_length, cfg.max_eval_examples)
        self.dropped = dropped + eval_dropped
        if not self.train_enc or not self.eval_enc:
            split = "train" if not self.train_enc else "eval"
            raise UserError(f"{self.data_dir}: no {split} example has an answer within max_length={cfg.max_length}.",
                            hint="Raise max_length or shorten the prompts.")
        self.lengths = [len(e["input_ids"]) for e in self.train_enc]
        self.total_steps = self._total_steps()

        if acc.is_main_process:
            self.out.mkdir(parents=True, exist_ok=True)
            cfg.save(self.out)
        from finetune.loss import TokenLoss

        trainable = [p for p in self.model.parameters() if p.requires_grad]
        self.optimizer = torch.optim.AdamW(trainable, lr=cfg.learning_rate, weight_decay=cfg.weight_decay)
        from transformers import get_scheduler

        self.scheduler = get_scheduler(cfg.lr_scheduler, self.optimizer,
                                       num_warmup_steps=int(cfg.warmup_ratio * self.total_steps),
                                       num_training_steps=self.total_steps)
        if self.ckpt_path is not None:
            self._restore()
        self.loss_model, self.optimizer = acc.prepare(TokenLoss(self.model), self.optimizer)
        self._loop()
        return self._finish(started)

    def _add_lora(self, model: Any) -> Any:
        from peft import LoraConfig, get_peft_model

        cfg = self.config
        model.config.use_cache = False
        if cfg.load_in_4bit:
            from peft import prepare_model_for_kbit_training

            model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=cfg.gradient_checkpointing,
                                                    gradient_checkpointing_kwargs={"use_reentrant": False})
        elif cfg.gradient_checkpointing:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        lora = LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout, task_type="CAUSAL_LM",
                          target_modules=target_modules_for(model.config.model_type, cfg.target_modules))
        try:
            return get_peft_model(model, lora)
        except ValueError as exc:
            raise UserError(f"LoRA target_modules do not match this model: {str(exc).splitlines()[0][:200]}",
                            hint="Leave target_modules empty to choose them per architecture.") from None

    def _total_steps(self) -> int:
        from finetune.collate import epoch_batches

        cfg = self.config
        per_epoch = len(epoch_batches(self.lengths, batching=cfg.batching, batch_size=cfg.batch_size,
                                      seed=cfg.seed, epoch=0, crossover=self.crossover)) // self.acc.num_processes
        if per_epoch == 0:
            raise UserError(f"{self.data_dir}: {len(self.lengths)} training examples are too few for "
                            f"{self.acc.num_processes} processes with batch_size={cfg.batch_size}.",
                            hint="Add examples, lower batch_size, or launch fewer processes.")
        if cfg.max_steps:
            return cfg.max_steps
        return max(1, int(cfg.epochs * per_epoch) // cfg.grad_accum_steps)

    def _restore(self) -> None:
        import torch

        from finetune.checkpoint import load_checkpoint, restore_rng

        ckpt = load_checkpoint(self.ckpt_path)
        params = dict(self.model.named_parameters())
        with torch.no_grad():
            for name, value in ckpt["trainable"].items():
                params[name].copy_(value)
        self.optimizer.load_state_dict(ckpt["optimizer"])
        self.scheduler.load_state_dict(ckpt["scheduler"])
        restore_rng(ckpt)
        st = ckpt["state"]
        self.start_step, self.history, self.eval_before = st["step"], st["history"], st["eval_before"]
        self.best_loss, self.best_step, self.bad_evals = st["best_loss"], st["best_step"], st["bad_evals"]
        self.train_tokens, self.train_seconds = st["train_tokens"], st["train_seconds"]
        self.best = ckpt["best"]
        self.last_saved = self.start_step

    # ---- the loop ------------------------------------------------------------------------------------------
    def _micro_batches(self, skip: int) -> Iterator[list[list[int]]]:
        """The endless stream of this process's micro-batches, epoch after epoch, minus the first ``skip``."""
        from finetune.collate import epoch_batches

        cfg, acc, index, epoch = self.config, self.acc, 0, 0
        while True:
            batches = epoch_batches(self.lengths, batching=cfg.batching, batch_size=cfg.batch_size,
                                    seed=cfg.seed, epoch=epoch, crossover=self.crossover)
            usable = len(batches) - len(batches) % acc.num_processes
            for batch in batches[acc.process_index:usable:acc.num_processes]:
                if index >= skip:
                    yield batch
                index += 1
            epoch += 1

    def _loop(self) -> None:
        from tqdm.auto import tqdm

        cfg, acc = self.config, self.acc
        stream = self._micro_batches(self.start_step * cfg.grad_accum_steps)
        bar = tqdm(total=self.total_steps, initial=self.start_step, desc="train", unit="step", file=sys.stderr,
                   disable=not (self.progress and acc.is_main_process), dynamic_ncols=True)
        step = self.start_step
        self.stopped_early = False
        try:
            if self.ckpt_path is None:
                self.eval_before = self._evaluate()
                self.history.append({"step": 0, "eval_loss": self.eval_before})
                # The untrained adapter (a no-op) is the first candidate: a run that only gets worse returns to it.
                self._early_stop(0, self.eval_before)
            for step in range(self.start_step + 1, self.total_steps + 1):
                tick = time.perf_counter()
                loss, tokens = self._optimizer_step([next(stream) for _ in range(cfg.grad_accum_steps)])
                self.train_seconds += time.perf_counter() - tick
                self.train_tokens += tokens
                record: dict[str, Any] = {"step": step, "loss": loss, "lr": self.scheduler.get_last_lr()[0]}
                if (cfg.eval_every and step % cfg.eval_every == 0) or step == self.total_steps:
                    record["eval_loss"] = self._evaluate()
                    self.stopped_early = self._early_stop(step, record["eval_loss"])
                self.history.append(record)
                bar.update(1)
                bar.set_postfix(loss=f"{loss:.3f}", **({"eval": f"{record['eval_loss']:.3f}"} if "eval_loss" in record else {}))
                if step % cfg.save_every == 0 and step < self.total_steps and not self.stopped_early:
                    self._save_checkpoint(step)
                if self.on_step is not None:
                    self.on_step(step, record)
                if self.stopped_early:
                    break
        except KeyboardInterrupt:
            bar.close()
            where = f"step {self.last_saved}" if self.last_saved else "none yet: the run starts over"
            raise TrainingInterrupted(f"Training interrupted at step {step} of {self.total_steps}; last checkpoint: {where}.",
                                      hint="Continue with the same command plus --resume." if self.last_saved
                                      else "Run the same command with --force to start again.") from None
        bar.close()
        self.steps_done = step

    def _optimizer_step(self, micro: list[list[list[int]]]) -> tuple[float, int]:
        import torch

        from finetune.collate import collate
        from finetune.loss import move_batch

        acc, pad = self.acc, self.tokenizer.pad_token_id
        batches = [collate([[self.train_enc[i] for i in row] for row in rows], pad) for rows in micro]
        # Normalise by the labelled tokens of the whole step on all devices: DDP averages gradients over devices.
        counts = torch.tensor([float(sum(int((b["labels"][:, 1:] != -100).sum()) for b in batches)),
                               float(sum(b["n_tokens"] for b in batches))], device=acc.device)
        counts = acc.reduce(counts, reduction="sum") if acc.num_processes > 1 else counts
        n_labels = counts[0].clamp(min=1)
        self.loss_model.train()
        total = torch.zeros((), device=acc.device)
        for i, batch in enumerate(batches):
            sync = i == len(batches) - 1
            with (contextlib.nullcontext() if sync else acc.no_sync(self.loss_model)), acc.autocast():
                loss_sum, _ = self.loss_model(**move_batch(batch, acc.device))
                acc.backward(loss_sum * acc.num_processes / n_labels)
            total += loss_sum.detach()
        acc.clip_grad_norm_(self.loss_model.parameters(), self.config.max_grad_norm)
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        total = acc.reduce(total, reduction="sum") if acc.num_processes > 1 else total
        return float(total / n_labels), int(counts[1])

    def _evaluate(self) -> float:
        from finetune.evaluate import mean_loss

        with self.acc.autocast():
            return mean_loss(self.loss_model, self.eval_enc, batch_size=self.config.eval_batch_size,
                             pad_id=self.tokenizer.pad_token_id, device=self.acc.device, accelerator=self.acc)

    def _trainable(self) -> dict[str, Any]:
        return {n: p for n, p in self.model.named_parameters() if p.requires_grad}

    def _early_stop(self, step: int, loss: float) -> bool:
        cfg = self.config
        if loss < self.best_loss - cfg.early_stopping_min_delta:
            self.best_loss, self.best_step, self.bad_evals = loss, step, 0
            self.best = {n: p.detach().to("cpu", copy=True) for n, p in self._trainable().items()}
            return False
        self.bad_evals += 1
        return bool(cfg.early_stopping_patience) and self.bad_evals >= cfg.early_stopping_patience

    def _save_checkpoint(self, step: int) -> None:
        from finetune.checkpoint import save_checkpoint

        self.acc.wait_for_everyone()
        if self.acc.is_main_process:
            state = {"step": step, "history": self.history, "eval_before": self.eval_before,
                     "best_loss": self.best_loss, "best_step": self.best_step, "bad_evals": self.bad_evals,
                     "train_tokens": self.train_tokens, "train_seconds": self.train_seconds}
            save_checkpoint(self.out, step, trainable=self._trainable(), optimizer=self.optimizer,
                            scheduler=self.scheduler, state=state, best=self.best, keep=self.config.keep_checkpoints)
        self.last_saved = step

    # ---- outputs -------------------------------------------------------------------------------------------
    def _finish(self, started: float) -> TrainResult:
        import torch

        from finetune.base_model import hardware
        from finetune.card import write_adapter
        from finetune.evaluate import perplexity

        acc, cfg = self.acc, self.config
        last_eval = next(h["eval_loss"] for h in reversed(self.history) if "eval_loss" in h)
        # Keep the best evaluated weights unless the last evaluation is at least as good; a diverged run's last
        # eval loss is NaN, which compares false both ways, so it is written as "not <=".
        restore = self.best is not None and not last_eval <= self.best_loss
        if restore:
            with torch.no_grad():
                params = self._trainable()
                for name, value in self.best.items():
                    params[name].copy_(value.to(params[name].device))
        after = self.best_loss if restore else last_eval
        seconds = time.time() - started
        metrics = {
            "eval_loss_before": self.eval_before, "eval_perplexity_before": perplexity(self.eval_before),
            "eval_loss_after": after, "eval_perplexity_after": perplexity(after),
            "best_step": self.best_step if restore or self.best_loss <= last_eval else self.steps_done,
            "steps": self.steps_done, "stopped_early": self.stopped_early, "train_tokens": self.train_tokens,
            "tokens_per_s": self.train_tokens / max(self.train_seconds, 1e-9),
            "s_per_step": self.train_seconds / max(self.steps_done, 1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_gpu_mb": torch.cuda.max_memory_allocated() / 2**20 if torch.cuda.is_available() else None,
        }
        run = {
            "base": {"name": cfg.base_model, "path": str(self.base_path), "fingerprint": self.fingerprint},
            "data": {"dir": str(self.data_dir.resolve()), "hash": self.manifest["data_hash"],
                     "train_examples": len(self.train_enc), "eval_examples": len(self.eval_enc), "dropped": self.dropped},
            "metrics": metrics, "history": self.history, "hardware": hardware(),
            "processes": acc.num_processes, "seconds": seconds,
            "finished": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        }
        acc.wait_for_everyone()
        if acc.is_main_process:
            write_adapter(self.out, acc.unwrap_model(self.loss_model).model, self.tokenizer, run, cfg.model_dump())
        return TrainResult(out=str(self.out), steps=self.steps_done, stopped_early=self.stopped_early,
                           eval_loss_before=self.eval_before, eval_loss_after=after, seconds=seconds,
                           tokens_per_s=metrics["tokens_per_s"], run=run,
                           model=acc.unwrap_model(self.loss_model).model)
