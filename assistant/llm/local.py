"""The ``local`` backend: a transformers causal LM running in this process, optionally with a LoRA adapter.

The model comes from ``resolve_llm(settings.llm.model)`` ("bundled" -> the converted SmolLM2 folder, else a Hub id
or folder) and loads on first use (``warm_up``). Device ``auto`` picks CUDA when present, else CPU; weights are
bf16 on GPUs that support it and fp32 otherwise, unless ``settings.llm.dtype`` says which. A LoRA adapter (``settings.llm.adapter``) is checked against the
base model, loaded with peft and merged for inference speed. The prompt is rendered with
``assistant.llm.chat_template.render_prompt``, the same function fine-tuning uses.

Concurrent requests are batched (``assistant.llm.batching``): transformers' continuous batching runs one loop over
the model, new requests join the running batch between decode steps, and each caller streams its own answer with its
own stop strings. The key/value cache holds ``settings.llm.cache_tokens`` tokens; a request waits until its prompt
and ``max_new_tokens`` fit.

Not handled: quantized weights, multi-GPU placement, several processes sharing one model (serve it with vLLM and
use the ``openai`` backend).
"""

from __future__ import annotations

import logging
import threading
import weakref
from contextlib import contextmanager
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.llm.base import check_messages, stop_filtered, truncate_at_stop
from assistant.llm.batching import Batcher
from assistant.llm.chat_template import Message, render_prompt
from assistant.llm.weights import BUNDLED_LLM_NAME, resolve_llm
from retrieval.errors import UserError
from retrieval.settings import BUNDLED, Settings

log = logging.getLogger(__name__)


class LocalLLM:
    """transformers model in this process. ``LocalLLM(settings)`` is cheap; ``warm_up()`` loads the weights."""

    name = "local"

    def __init__(self, settings: Settings):
        self.settings = settings
        self._load_lock = threading.Lock()
        self._model: Any = None
        self._batcher: Any = None
        self._tokenizer: Any = None
        self._path: str | None = None
        self._device: str | None = None
        self._dtype: str | None = None

    # ---- LLM protocol ----------------------------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        """Backend, model setting, resolved path, adapter, device and dtype (the last three resolved after load)."""
        cfg = self.settings.llm
        return {
            "backend": self.name,
            "model": cfg.model,
            "path": self._path,
            "adapter": cfg.adapter,
            "device": self._device or cfg.device,
            "dtype": self._dtype,
        }

    def warm_up(self) -> None:
        if self._model is not None:
            return
        with self._load_lock:
            if self._model is None:
                self._load()

    def count_tokens(self, text: str | Sequence[Message]) -> int:
        self.warm_up()
        if not isinstance(text, str):
            text = render_prompt(self._tokenizer, check_messages(text))
        return len(self._tokenizer(text, add_special_tokens=False)["input_ids"])

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_new_tokens: int | None = None,
        temperature: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> str:
        pieces = self._pieces(messages, max_new_tokens, temperature, stop)
        try:
            return truncate_at_stop("".join(pieces), stop)[0]
        finally:
            pieces.close()

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_new_tokens: int | None = None,
        temperature: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> Iterator[str]:
        pieces = self._pieces(messages, max_new_tokens, temperature, stop)
        try:
            yield from stop_filtered(pieces, stop)
        finally:
            pieces.close()  # cancels the request in the batch when the caller stops reading

    def close(self) -> None:
        """Stop the batching engine and free its cache; the next request starts it again."""
        if self._batcher is not None:
            self._batcher.close()

    # ---- internals -------------------------------------------------------------------------------------------
    def _load(self) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        cfg = self.settings.llm
        path = resolve_llm(cfg.model, self.settings)
        device = _pick_device(cfg.device)
        dtype = _pick_dtype(cfg.dtype, device)
        if cfg.adapter:  # before the weights load, so a wrong adapter fails fast
            _check_adapter(cfg.adapter, path, cfg.model)
        try:
            with _quiet_local_load(path):
                tokenizer = AutoTokenizer.from_pretrained(path)
                model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype)
        except (OSError, ValueError) as exc:
            raise UserError(
                f"Cannot load the model {cfg.model!r}: {_first_line(exc)}",
                hint="Set PMA_LLM_MODEL to 'bundled', a Hub id already in the local cache, or a folder with config.json.",
            ) from exc
        if not getattr(tokenizer, "chat_template", None):
            raise UserError(
                f"The model {cfg.model!r} has no chat template, so it cannot hold a conversation.",
                hint="Set PMA_LLM_MODEL to an instruction-tuned (chat) model.",
            )
        if cfg.adapter:
            model = _apply_adapter(model, cfg.adapter, cfg.model)
        model.to(device).eval()
        log.info("loaded %s on %s (%s)%s", path, device, dtype, f" with adapter {cfg.adapter}" if cfg.adapter else "")
        self._tokenizer, self._path, self._device, self._dtype = tokenizer, str(path), str(device), str(dtype).removeprefix("torch.")
        self._batcher = Batcher(model, tokenizer, cache_tokens=cfg.cache_tokens)
        weakref.finalize(self, self._batcher.close)  # engine threads hold the model, not this object
        if device.type != "cpu":
            # the engine of the configured decoding captures its CUDA graphs as it starts: while loading (the UI
            # loads in the background when it starts), not on the first question. A CPU engine captures nothing and
            # keeps its cache memory free until the first answer.
            self._batcher.start(sample=cfg.temperature > 0)
        self._model = model  # last: warm_up's unlocked fast path checks this

    def _pieces(
        self, messages: Sequence[Message], max_new_tokens: int | None, temperature: float | None, stop: Sequence[str] | None
    ) -> Iterator[str]:
        """The batcher's stream of text pieces for this prompt (stop strings not cut yet)."""
        self.warm_up()
        cfg = self.settings.llm
        max_new_tokens = cfg.max_new_tokens if max_new_tokens is None else max_new_tokens
        temperature = cfg.temperature if temperature is None else temperature
        if max_new_tokens < 1 or temperature < 0:
            raise ValueError(f"max_new_tokens must be >= 1 and temperature >= 0, got {max_new_tokens}, {temperature}")
        prompt = render_prompt(self._tokenizer, check_messages(messages))
        # The chat template already contains the special tokens; adding BOS again would differ from training.
        input_ids = self._tokenizer(prompt, add_special_tokens=False)["input_ids"]
        window = getattr(self._model.config, "max_position_embeddings", None)
        if window and len(input_ids) + max_new_tokens > window:
            raise UserError(
                f"The prompt is {len(input_ids)} tokens and the answer may take {max_new_tokens}, more than the "
                f"{window}-token window of {cfg.model!r}.",
                hint=f"Lower k (fewer retrieved items) or PMA_LLM_CONTEXT_TOKENS (now {cfg.context_tokens}), or PMA_LLM_MAX_NEW_TOKENS.",
            )
        return self._batcher.stream(input_ids, max_new_tokens=max_new_tokens, temperature=temperature, stop=stop)


def _pick_device(requested: str) -> Any:
    import torch

    if requested == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(requested)
    except RuntimeError:
        raise UserError(f"PMA_LLM_DEVICE={requested!r} is not a device name.", hint="Use auto, cpu, cuda or cuda:N.") from None
    if device.type == "cuda" and (not torch.cuda.is_available() or (device.index or 0) >= torch.cuda.device_count()):
        raise UserError(f"PMA_LLM_DEVICE={requested!r} but that CUDA device is not available here.", hint="Set PMA_LLM_DEVICE=auto or cpu.")
    return device


def _pick_dtype(requested: str, device: Any) -> Any:
    """Weights' dtype: ``auto`` is bf16 on a GPU that supports it, else fp32 (CPUs without bf16 instructions run
    bf16 slower, and some with them decode one answer slower: ``bfloat16`` is the user's call there)."""
    import torch

    if requested == "float32":
        return torch.float32
    if requested == "bfloat16":
        return torch.bfloat16
    return torch.bfloat16 if device.type == "cuda" and torch.cuda.is_bf16_supported() else torch.float32


def model_key(name: str) -> str:
    """A comparable identity for a model setting: the last path/Hub-id component, lower-cased.

    ``"bundled"``, ``".pma/models/smollm2-135m-instruct"`` and ``"HuggingFaceTB/SmolLM2-135M-Instruct"`` all give
    ``"smollm2-135m-instruct"``, so an adapter trained on the converted bundled folder fits the same Hub model.
    """
    if name == BUNDLED:
        return BUNDLED_LLM_NAME
    return name.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1].split("@", 1)[0].lower()


def _check_adapter(adapter: str, base_path: str, model_setting: str) -> None:
    """Fail with a UserError unless ``adapter`` is a LoRA folder trained on the same base model."""
    from peft import PeftConfig

    folder = Path(adapter)
    if not (folder / "adapter_config.json").is_file():
        raise UserError(
            f"{adapter} is not a LoRA adapter folder (no adapter_config.json).",
            hint="Set PMA_LLM_ADAPTER to a folder written by `pma finetune train`, or unset it.",
        )
    trained_on = PeftConfig.from_pretrained(str(folder)).base_model_name_or_path
    if trained_on and model_key(trained_on) != model_key(base_path):
        raise UserError(
            f"The adapter {adapter} was trained on {trained_on!r}, but PMA_LLM_MODEL is {model_setting!r}.",
            hint="Set PMA_LLM_MODEL to the adapter's base model, or PMA_LLM_ADAPTER to an adapter trained on this model.",
        )


def _apply_adapter(model: Any, adapter: str, model_setting: str) -> Any:
    from peft import PeftModel

    try:
        model = PeftModel.from_pretrained(model, adapter)
    except (RuntimeError, ValueError, KeyError) as exc:  # shape mismatch or missing target modules
        raise UserError(
            f"The adapter {adapter} does not fit the model {model_setting!r}: {_first_line(exc)}",
            hint="Set PMA_LLM_ADAPTER to an adapter trained on this model, or PMA_LLM_MODEL to its base model.",
        ) from exc
    # Merging removes the LoRA detour from every forward pass; the adapter folder itself is not modified.
    return model.merge_and_unload()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


@contextmanager
def _quiet_local_load(path) -> Iterator[None]:
    """No "Loading weights" progress bar under a chat answer when the weights are already on disk (a download from
    the Hub keeps its progress bar)."""
    from transformers.utils import logging as hf_logging

    if not Path(str(path)).is_dir() or not hf_logging.is_progress_bar_enabled():
        yield
        return
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.enable_progress_bar()
