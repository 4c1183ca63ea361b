"""The baselines of ``bench.finetune``: transformers ``Trainer`` + peft and TRL ``SFTTrainer``, set up as a
practitioner would (see that module's docstring), with the same base, LoRA init, optimizer and schedule as ours.

Each returns the same fields as our trainer's run: non-padding tokens, training-step seconds, final eval loss from
``finetune.evaluate.mean_loss`` (the function ours uses), so the numbers are comparable line by line. Not handled:
multi-GPU or quantised baselines.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from transformers import TrainerCallback


class _Setup:
    """Base model with LoRA, tokenizer and the encoded splits, built exactly as ``finetune.train`` builds them."""

    def __init__(self, data: Path, args: Any, cfg: dict):
        import torch
        from peft import LoraConfig, get_peft_model

        from finetune.base_model import compute_dtype, load_model, load_tokenizer, resolve_base
        from finetune.collate import epoch_batches
        from finetune.config import target_modules_for
        from finetune.evaluate import encode_split
        from finetune.prepare import load_prepared
        from retrieval.settings import Settings

        self.cfg = cfg
        settings = Settings(home=Path(tempfile.mkdtemp()) / "pma", models_cache=args.models)
        path = resolve_base("bundled", settings)
        self.tokenizer = load_tokenizer(path)
        torch.manual_seed(cfg["seed"])  # as ours: seed, load, then LoRA init
        model = load_model(path, precision="auto")
        model.config.use_cache = False
        self.model = get_peft_model(model, LoraConfig(
            r=cfg["lora_r"], lora_alpha=cfg["lora_alpha"], lora_dropout=cfg["lora_dropout"], task_type="CAUSAL_LM",
            target_modules=target_modules_for(model.config.model_type, None)))
        self.bf16 = compute_dtype("auto") == torch.bfloat16
        self.rows, _ = load_prepared(data)
        self.train_enc, _ = encode_split(self.tokenizer, self.rows["train"], cfg["max_length"])
        self.eval_enc, _ = encode_split(self.tokenizer, self.rows["eval"], cfg["max_length"])
        # Ours' epoch order (random batches), for the variants that read the data in the same order as ours.
        batches = epoch_batches([len(e["input_ids"]) for e in self.train_enc], batching="pack",
                                batch_size=cfg["batch_size"], seed=cfg["seed"], epoch=0)
        self.order = [i for batch in batches for row in batch for i in row]

    def training_args(self, cls: Any, **extra: Any) -> Any:
        import torch

        cfg = self.cfg
        return cls(output_dir=tempfile.mkdtemp(), per_device_train_batch_size=cfg["batch_size"],
                   max_steps=cfg["max_steps"], learning_rate=cfg["learning_rate"], lr_scheduler_type=cfg["lr_scheduler"],
                   warmup_steps=0, weight_decay=0.0, max_grad_norm=1.0, logging_steps=1, save_strategy="no",
                   eval_strategy="no", report_to=[], seed=cfg["seed"], bf16=self.bf16,
                   use_cpu=not torch.cuda.is_available(), disable_tqdm=True, dataloader_num_workers=0,
                   gradient_checkpointing=False, **extra)

    def eval_loss(self) -> float:
        from finetune.evaluate import mean_loss
        from finetune.loss import TokenLoss

        return mean_loss(TokenLoss(self.model), self.eval_enc, batch_size=8, pad_id=self.tokenizer.pad_token_id,
                         device=self.model.device)


class StepTimer(TrainerCallback):
    """Wall and CPU seconds inside optimizer steps (from the step's first forward to after ``optimizer.step``)."""

    def __init__(self) -> None:
        self.seconds = self.cpu_seconds = 0.0
        self._t = self._c = 0.0

    def on_step_begin(self, *a: Any, **k: Any) -> None:
        self._t, self._c = time.perf_counter(), time.process_time()

    def on_step_end(self, *a: Any, **k: Any) -> None:
        self.seconds += time.perf_counter() - self._t
        self.cpu_seconds += time.process_time() - self._c

    def metrics(self, tokens: int, steps: int) -> dict:
        return {"tokens_per_s": tokens / self.seconds, "s_per_step": self.seconds / steps,
                "cpu_tokens_per_s": tokens / self.cpu_seconds, "cpu_s_per_step": self.cpu_seconds / steps}


def run_baseline(name: str, data: Path, args: Any, cfg: dict) -> dict:
    setup = _Setup(data, args, cfg)
    if name == "trl_padding_free":
        return _trl(setup)
    return _trainer(setup, grouped=name == "trainer_grouped")


def _trainer(setup: _Setup, *, grouped: bool) -> dict:
    """Trainer + peft: ``grouped`` pads each batch to its longest after grouping by length; else pad to max_length."""
    import torch
    from datasets import Dataset
    from transformers import DataCollatorForSeq2Seq, Trainer, TrainingArguments
    from transformers.trainer_pt_utils import get_length_grouped_indices

    cfg, enc = setup.cfg, setup.train_enc
    if grouped:
        # group_by_length as Trainer does it on a real data set: random mega-batches of 50 batches, each sorted
        # by length (transformers shrinks the mega-batch to 2 batches on a set this small, which pads more).
        order = get_length_grouped_indices([len(e["input_ids"]) for e in enc], cfg["batch_size"], mega_batch_mult=50,
                                           generator=torch.Generator().manual_seed(cfg["seed"]))
        padder = DataCollatorForSeq2Seq(setup.tokenizer, padding="longest", label_pad_token_id=-100)
    else:
        order = setup.order
        padder = DataCollatorForSeq2Seq(setup.tokenizer, padding="max_length", max_length=cfg["max_length"],
                                        label_pad_token_id=-100)
    counted: list[tuple[int, int]] = []

    def collator(features: list[dict]) -> dict:
        batch = padder(features)
        counted.append((int(batch["attention_mask"].sum()), batch["attention_mask"].numel()))
        return batch

    timer = StepTimer()
    trainer = Trainer(model=setup.model, args=setup.training_args(TrainingArguments, train_sampling_strategy="sequential"),
                      train_dataset=Dataset.from_list([enc[i] for i in order]), data_collator=collator, callbacks=[timer])
    trainer.train()
    steps = trainer.state.global_step
    tokens, padded = (sum(c[i] for c in counted[:steps]) for i in (0, 1))
    return {**timer.metrics(tokens, steps), "train_tokens": tokens, "padded_tokens": padded,
            "eval_loss": setup.eval_loss(), "steps": steps}


def _trl(setup: _Setup) -> dict:
    """TRL SFTTrainer: prompt-completion chats, completion-only loss, padding-free batches, TRL's own tokenization."""
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    rows = [setup.rows["train"][i]["messages"] for i in setup.order]
    ds = Dataset.from_list([{"prompt": m[:-1], "completion": m[-1:]} for m in rows])
    timer = StepTimer()
    args = setup.training_args(SFTConfig, train_sampling_strategy="sequential", padding_free=True, packing=False,
                               max_length=None, completion_only_loss=True, dataset_num_proc=None)
    trainer = SFTTrainer(model=setup.model, args=args, train_dataset=ds, processing_class=setup.tokenizer,
                         callbacks=[timer])
    prepared = trainer.train_dataset
    ours = [setup.train_enc[i] for i in setup.order]
    same = all(p["input_ids"] == o["input_ids"] and p["labels"] == o["labels"] for p, o in zip(prepared, ours))
    trainer.train()
    steps = trainer.state.global_step
    n = steps * setup.cfg["batch_size"]
    tokens = sum(len(p["input_ids"]) for p in prepared.select(range(min(n, len(prepared)))))
    return {**timer.metrics(tokens, steps), "train_tokens": tokens, "padded_tokens": tokens,
            "eval_loss": setup.eval_loss(), "steps": steps,
            "same_tokens_and_labels_as_ours": same}
