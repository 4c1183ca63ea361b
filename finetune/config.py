"""The training configuration of one fine-tuning run.

``FinetuneConfig`` holds every knob of ``pma finetune train`` with help text next to each field. It is validated at
construction (a typo in ``finetune.toml`` is an error, not a silently ignored key), read from TOML, and written as
JSON beside every adapter (``finetune_config.json``) so a run can be reproduced, resumed and audited.

It deliberately does not mirror transformers' ``TrainingArguments``: only what this trainer actually uses.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from retrieval.errors import UserError

CONFIG_FILE = "finetune_config.json"

# LoRA targets per architecture family (config.model_type). Anything else falls back to peft's "all-linear",
# which finds every linear layer except the output head.
TARGET_MODULES: dict[str, list[str]] = {
    **{t: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
       for t in ("llama", "mistral", "mixtral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3_text", "phi3", "olmo2")},
    "gpt2": ["c_attn", "c_proj", "c_fc"],
    "gpt_neox": ["query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"],
    "phi": ["q_proj", "k_proj", "v_proj", "dense", "fc1", "fc2"],
}


class FinetuneConfig(BaseModel):
    """Everything that shapes a LoRA run. Defaults fit the bundled SmolLM2-135M on a laptop CPU."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    base_model: str | None = Field(None, description="Base model: 'bundled', a Hub id or a converted folder. Empty: settings.finetune.base_model")
    seed: int | None = Field(None, description="Seed for data order, LoRA init and dropout. Empty: settings.finetune.seed")

    # LoRA
    lora_r: int = Field(16, ge=1, le=1024, description="LoRA rank: size of the low-rank update (higher learns more, costs more)")
    lora_alpha: float = Field(32, gt=0, description="LoRA scaling numerator; the update is scaled by alpha / r")
    lora_dropout: float = Field(0.0, ge=0, lt=1, description="Dropout on the LoRA input; 0 is fastest (peft skips it), 0.05-0.1 may help on very small data")
    target_modules: list[str] | Literal["all-linear"] | None = Field(
        None, description="Module names that get LoRA; empty: chosen per architecture (attention and MLP projections)")

    # data and batching
    max_length: int = Field(512, ge=16, description="Tokens per example; longer ones are cut (chats whose answers fall off are dropped)")
    batching: Literal["pack", "group"] = Field(
        "pack", description="'pack': each batch's examples end to end in one row, kept apart by position ids (no "
        "padding, random batches); 'group': batches of similar length, each padded to its own longest")
    batch_size: int = Field(4, ge=1, description="Examples per micro-batch on each device")
    grad_accum_steps: int = Field(1, ge=1, description="Micro-batches per optimizer step")

    # optimisation
    learning_rate: float = Field(2e-4, gt=0, description="Peak learning rate of AdamW")
    weight_decay: float = Field(0.0, ge=0, description="AdamW weight decay on the LoRA weights")
    lr_scheduler: Literal["cosine", "linear", "constant"] = Field("cosine", description="Learning-rate decay after warm-up")
    warmup_ratio: float = Field(0.05, ge=0, lt=1, description="Fraction of the steps spent warming the learning rate up")
    max_grad_norm: float = Field(1.0, gt=0, description="Gradient clipping norm")
    epochs: float = Field(3.0, gt=0, description="Passes over the training split (ignored when max_steps is set)")
    max_steps: int | None = Field(None, ge=1, description="Stop after this many optimizer steps (overrides epochs)")

    # evaluation, checkpoints, early stopping
    eval_every: int = Field(50, ge=0, description="Evaluate every N optimizer steps (0: only before and after training)")
    eval_batch_size: int = Field(8, ge=1, description="Examples per evaluation batch")
    max_eval_examples: int | None = Field(256, ge=1, description="Cap on evaluation examples during training (empty: all)")
    save_every: int = Field(50, ge=1, description="Write a resumable checkpoint every N optimizer steps")
    keep_checkpoints: int = Field(2, ge=1, description="How many recent checkpoints to keep while training")
    early_stopping_patience: int = Field(3, ge=0, description="Stop after this many evaluations without improvement (0: never)")
    early_stopping_min_delta: float = Field(0.0, ge=0, description="An eval loss must drop by more than this to count as improvement")

    # hardware
    precision: Literal["auto", "fp32", "bf16", "fp16"] = Field(
        "auto", description="'auto': bf16 on GPUs that support it, fp32 otherwise (bf16 is slower on most CPUs)")
    load_in_4bit: bool = Field(False, description="QLoRA: load the base in 4-bit NF4 with bitsandbytes (needs a CUDA GPU)")
    gradient_checkpointing: bool = Field(False, description="Recompute activations in backward: about half the memory, about 40% slower")

    # eval command
    sample_generations: int = Field(3, ge=0, description="Eval prompts shown side by side (base vs adapter) by `pma finetune eval`")
    max_new_tokens: int = Field(64, ge=1, description="Tokens generated per sample in `pma finetune eval`")

    @model_validator(mode="after")
    def _check(self) -> FinetuneConfig:
        if self.load_in_4bit and self.precision == "fp32":
            raise ValueError("load_in_4bit needs precision 'auto', 'bf16' or 'fp16' for the compute dtype")
        return self

    # ---- I/O -----------------------------------------------------------------------------------------------
    @classmethod
    def from_toml(cls, path: Path | str, **overrides: Any) -> FinetuneConfig:
        """Read a ``finetune.toml``: keys at top level or under a ``[finetune]`` table.

        Example:
            >>> FinetuneConfig.from_toml("finetune/configs/finetune.toml", max_steps=10)  # doctest: +SKIP
        """
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UserError(f"{path}: config file not found.") from None
        except tomllib.TOMLDecodeError as exc:
            raise UserError(f"{path}: not valid TOML ({exc}).") from None
        data = data.get("finetune", data)
        return cls.validated({**data, **overrides}, source=str(path))

    @classmethod
    def validated(cls, data: dict[str, Any], *, source: str = "config") -> FinetuneConfig:
        """Build from a plain dict; a bad value becomes a UserError naming the source and the field."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "config"
            raise UserError(f"{source}: field '{field}': {err['msg']}.",
                            hint="See `pma finetune train --help` and finetune/configs/finetune.toml.") from None

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)

    @classmethod
    def from_json(cls, text: str, *, source: str = CONFIG_FILE) -> FinetuneConfig:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"{source}: not valid JSON ({exc.msg}).") from None
        return cls.validated(data, source=source)

    def save(self, folder: Path) -> Path:
        path = Path(folder) / CONFIG_FILE
        path.write_text(self.to_json() + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, folder: Path) -> FinetuneConfig:
        path = Path(folder) / CONFIG_FILE
        if not path.exists():
            raise UserError(f"{folder}: no {CONFIG_FILE}; is this an adapter folder written by `pma finetune train`?")
        return cls.from_json(path.read_text(encoding="utf-8"), source=str(path))

    def diff(self, other: FinetuneConfig) -> list[str]:
        """Names of fields whose values differ."""
        a, b = self.model_dump(), other.model_dump()
        return [k for k in a if a[k] != b[k]]


def target_modules_for(model_type: str, configured: list[str] | str | None) -> list[str] | str:
    """LoRA target modules for an architecture, unless the config names them."""
    if configured:
        return configured
    return TARGET_MODULES.get(model_type, "all-linear")
