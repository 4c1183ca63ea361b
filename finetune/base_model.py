"""Loading the base model for training, evaluation and merging; device, precision and fingerprints.

The base is resolved through ``assistant.llm.weights.resolve_llm`` ("bundled" becomes the converted safetensors folder).
GGUF files are refused: transformers dequantises them on load but then refuses to train or save them, so training
always starts from a converted folder. A fingerprint of the base (architecture fields plus a sample of the embedding
weights) is stored with each adapter so that applying it to another base fails clearly instead of silently.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

from assistant.llm.weights import resolve_llm
from retrieval.errors import UserError
from retrieval.settings import Settings


def resolve_base(name: str | None, settings: Settings) -> str:
    """A loadable base model (Hub id or folder) for ``name`` (default ``settings.finetune.base_model``)."""
    name = name or settings.finetune.base_model
    refuse_gguf(name)
    return resolve_llm(name, settings)


def refuse_gguf(name: str) -> None:
    """UserError for a GGUF file or folder: checked before anything slow happens."""
    path = Path(name)
    gguf = path.suffix.lower() == ".gguf" or (path.is_dir() and not (path / "config.json").exists()
                                              and any(path.glob("*.gguf")))
    if gguf:
        raise UserError(f"{name}: GGUF models cannot be fine-tuned (transformers refuses to train or save them).",
                        hint="Use 'bundled' (converted automatically) or a safetensors folder / Hub id of the same model.")


def device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def compute_dtype(precision: str) -> Any:
    """The torch dtype for a precision setting; 'auto' means bf16 on GPUs that support it, else fp32."""
    import torch

    cuda = torch.cuda.is_available()
    if precision == "auto":
        return torch.bfloat16 if cuda and torch.cuda.is_bf16_supported() else torch.float32
    if precision == "bf16" and cuda and not torch.cuda.is_bf16_supported():
        raise UserError("precision 'bf16' was requested but this GPU does not support bfloat16.", hint="Use 'fp16' or 'auto'.")
    if precision == "fp16" and not cuda:
        raise UserError("precision 'fp16' needs a CUDA GPU.", hint="Use 'auto' (fp32 on CPU).")
    return {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[precision]


def load_tokenizer(path: str) -> Any:
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError) as exc:
        raise UserError(f"Base model '{path}' cannot be loaded: {str(exc).splitlines()[0]}",
                        hint="Check the name or folder; offline, only local folders and cached Hub models work.") from None
    if not getattr(tokenizer, "chat_template", None):
        raise UserError(f"{path}: the tokenizer has no chat template, so prompts cannot match serving.",
                        hint="Fine-tune an instruct/chat model (the bundled SmolLM2-135M-Instruct has one).")
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(path: str, *, precision: str = "auto", load_in_4bit: bool = False, device_map: Any = None) -> Any:
    """Load a causal LM for training or inference (fp32 on CPU, bf16 on capable GPUs, optional 4-bit QLoRA)."""
    from transformers import AutoModelForCausalLM

    dtype = compute_dtype(precision)
    kwargs: dict[str, Any] = {"dtype": dtype}
    if load_in_4bit:
        kwargs["quantization_config"] = _bnb_config(dtype)
        kwargs["device_map"] = device_map if device_map is not None else {"": 0}
    elif device_map is not None:
        kwargs["device_map"] = device_map
    try:
        model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except (OSError, ValueError) as exc:
        raise UserError(f"Base model '{path}' cannot be loaded: {str(exc).splitlines()[0]}",
                        hint="Check the name or folder; offline, only local folders and cached Hub models work.") from None
    if getattr(model, "hf_quantizer", None) is not None and "gguf" in str(getattr(model.config, "quantization_config", "")).lower():
        raise UserError(f"{path}: GGUF-quantised weights cannot be trained.", hint="Train from the converted folder.")
    return model


def _bnb_config(dtype: Any) -> Any:
    import torch

    if not torch.cuda.is_available():
        raise UserError("load_in_4bit (QLoRA) needs a CUDA GPU; none is available here.",
                        hint="Set load_in_4bit = false to train in full precision on this machine.")
    try:
        import bitsandbytes  # noqa: F401
    except ImportError:
        raise UserError("load_in_4bit (QLoRA) needs the bitsandbytes package.",
                        hint="pip install bitsandbytes (CUDA machines only).") from None
    from transformers import BitsAndBytesConfig

    return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                              bnb_4bit_compute_dtype=dtype)


def fingerprint(model: Any) -> dict[str, Any]:
    """What identifies the base weights: architecture fields plus a strided sample of the input embeddings."""
    import torch

    cfg = model.config
    fields = {k: getattr(cfg, k, None) for k in ("model_type", "hidden_size", "num_hidden_layers", "vocab_size",
                                                  "intermediate_size", "num_attention_heads")}
    emb = model.get_input_embeddings().weight
    sample = emb.detach().flatten()[:: max(1, emb.numel() // 256)][:256].to(torch.float32).cpu()
    return {"fields": fields, "embedding_sample": [round(float(x), 6) for x in sample]}


def same_base(saved: dict[str, Any], current: dict[str, Any]) -> bool:
    """True when two fingerprints describe the same weights (fp32 vs bf16 loads of one model agree)."""
    if saved.get("fields") != current.get("fields"):
        return False
    a, b = saved.get("embedding_sample") or [], current.get("embedding_sample") or []
    if len(a) != len(b) or not a:
        return False
    num = sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5
    den = sum(x * x for x in a) ** 0.5 or 1.0
    # bf16 rounding gives ~3e-3; another checkpoint of the same architecture differs by far more.
    return num / den < 1e-2


def hardware() -> dict[str, Any]:
    import os

    import torch

    info: dict[str, Any] = {"platform": platform.platform(), "python": platform.python_version(),
                            "torch": torch.__version__, "cpu_threads": torch.get_num_threads(),
                            "cpu_count": os.cpu_count()}
    if torch.cuda.is_available():
        info["gpus"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    return info
