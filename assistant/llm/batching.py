"""Continuous batching for the local backend: answers to many people generated together, each streamed on its own.

The engine is transformers' ``ContinuousBatchingManager`` (``model.init_continuous_batching``): one background loop
runs the model; a new request joins the running batch between decode steps (its prompt prefilled in chunks next to
the other requests' next tokens), a finished or cancelled one leaves it, and the key/value cache is paged, so answers
of different lengths share one block of memory. This module adds what the chat needs around that engine:

- **streams**: every request has its own queue of tokens, decoded incrementally into text (``Stream``); its own stop
  strings cancel it inside the engine as soon as they appear, and closing the stream cancels it too;
- **room in the cache**: a request reserves its prompt plus ``max_new_tokens`` before it joins, first come first
  served, so a running answer is never evicted half-way; ``cache_tokens`` bounds the memory;
- **greedy and sampled answers**: the engine's sampling switch is global, so there is one engine per decoding mode,
  started on first use; sampled requests carry their own temperature;
- **GPU speed**: on a GPU the engine replays CUDA graphs, captured when it starts (``GPU_ENGINE_OPTIONS``);
- **CPU attention**: on CPU the engine's SDPA path attends over the whole batch with one block-diagonal mask, which
  costs batch² × length; ``varlen_attention`` computes each request's attention on its own slice instead.

Greedy answers are the same alone and in a batch (up to floating-point summation order, which can flip a near-tie;
``tests/test_llm_batching.py`` checks it on real prompts).

Not handled: priorities or fairness beyond first come first served, several processes sharing one engine (run a
vLLM or ``transformers serve`` server and the ``openai`` backend for that), preempting long answers.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Any

from retrieval.errors import UserError

log = logging.getLogger(__name__)

PAGE_TOKENS = 64
"""Tokens per cache page: small pages waste little memory on short answers."""
STEP_TOKENS = 256
"""Most tokens one forward pass processes on a CPU: the decoding requests' next tokens plus a chunk of a waiting
prompt. Small, so that a long prompt joining the batch delays the other answers' next tokens only a little."""
GPU_STEP_TOKENS = 8192
"""The same on a GPU, where a pass costs about the same for a few tokens or thousands: the prompts of many requests
that arrive together are prefilled in one or two passes (``bench/llm_batching.py``, step sweep on an H200)."""


GPU_ENGINE_OPTIONS: dict[str, Any] = {"use_cuda_graph": True, "q_padding_interval_size": 256,
                                      "kv_padding_interval_size": 4096, "use_async_batching": False}
"""Further ``ContinuousBatchingConfig`` settings for a model on a GPU. A model as small as the bundled one spends most
of an eager forward pass launching kernels from Python, so the engine replays CUDA graphs: each batch is padded to a
multiple of 256 query tokens and 4096 cache tokens, and one graph per padded query size is captured when the engine
starts (``_Engine.capture_graphs``), not while a person waits for an answer; the first batches that read more than 4096
cache tokens capture theirs once, when they happen. On an H200 (``bench/results/llm_batching_h200_s29_kv.json``, same
run): one answer 142.7 tokens/s instead of 32.9 eager, 20 at once first token p95 0.044 s instead of 0.181 s.
Padding the keys to the whole cache instead (one graph per query size) was slower: 83.9 tokens/s alone.
``bench/llm_batching.py --engine`` compares settings (``{"use_cuda_graph": false}`` is the eager engine)."""


def step_tokens(device_type: str) -> int:
    """Most tokens per forward pass for a model on ``device_type`` ("cpu", "cuda", ...)."""
    return STEP_TOKENS if device_type == "cpu" else GPU_STEP_TOKENS


_SAMPLING_BASE_TEMPERATURE = 0.7
"""The sampled engine needs a temperature other than 1.0 to create its per-request temperature processor; every
sampled request passes its own temperature, so this value itself is never used."""


class CacheRoom:
    """Tokens of key/value cache, handed out first come first served.

    ``take(n)`` blocks until ``n`` tokens are free and every earlier caller has been served; ``give(n)`` returns them.
    """

    def __init__(self, tokens: int):
        self.capacity = tokens
        self._free = tokens
        self._line: deque[object] = deque()
        self._cond = threading.Condition()

    def take(self, tokens: int) -> None:
        ticket = object()
        with self._cond:
            self._line.append(ticket)
            while self._line[0] is not ticket or self._free < tokens:
                self._cond.wait()
            self._line.popleft()
            self._free -= tokens
            self._cond.notify_all()  # the next in line may fit too

    def give(self, tokens: int) -> None:
        with self._cond:
            self._free += tokens
            self._cond.notify_all()

    @property
    def free(self) -> int:
        with self._cond:
            return self._free


def whole_pages(tokens: int) -> int:
    """Cache tokens a request of ``tokens`` reserves: the cache is handed out in pages of ``PAGE_TOKENS``."""
    return PAGE_TOKENS * math.ceil(tokens / PAGE_TOKENS)


class Batcher:
    """Generates answers for many callers at once on one model. Thread-safe; engines start on first use.

    Args:
        model: a loaded transformers causal LM (``eval()`` mode, on its device).
        tokenizer: its tokenizer (a fast one: streams decode with ``tokenizers.decoders.DecodeStream``).
        cache_tokens: key/value cache size in tokens, shared by all requests in flight.
        setting: the setting that sizes the cache, named in the error when one request cannot fit.
    """

    def __init__(self, model: Any, tokenizer: Any, *, cache_tokens: int, setting: str = "PMA_LLM_CACHE_TOKENS"):
        self.model = model
        self.tokenizer = tokenizer
        self.setting = setting
        self.room = CacheRoom(cache_tokens - cache_tokens % PAGE_TOKENS)
        self._engines: dict[bool, _Engine] = {}
        self._lock = threading.Lock()
        eos = model.generation_config.eos_token_id
        if eos is None:
            eos = tokenizer.eos_token_id
        self.eos_token_id = eos if eos is not None else -1

    def stream(self, input_ids: Sequence[int], *, max_new_tokens: int, temperature: float,
               stop: Sequence[str] | None = None) -> Iterator[str]:
        """Text pieces of the answer to ``input_ids`` (a rendered prompt), ending before ``max_new_tokens``, at the
        end-of-sequence token, or right after the first piece that completes one of ``stop`` (the caller cuts the
        text at the stop string: see ``assistant.llm.base.stop_filtered``).

        Nothing is submitted until the first ``next()``; closing the iterator cancels the request in the engine.
        """
        need = self._reservation(len(input_ids), max_new_tokens)
        return self._run(list(input_ids), max_new_tokens, temperature, [s for s in (stop or ()) if s], need)

    def start(self, sample: bool = False) -> None:
        """Start the engine for greedy (``sample``: sampled) answers now rather than on the first such request: on a
        GPU it captures its CUDA graphs when it starts (seconds), which nobody should wait for."""
        self._engine(sample)

    def close(self) -> None:
        """Stop the engines (requests still running fail). The batcher starts them again on the next request."""
        with self._lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.stop()

    @property
    def running(self) -> int:
        """Requests the engines hold now (decoding or prefilling), for logs and tests."""
        with self._lock:
            return sum(len(e.queues) for e in self._engines.values())

    # ---- internals -------------------------------------------------------------------------------------------
    def _reservation(self, prompt_tokens: int, max_new_tokens: int) -> int:
        need = whole_pages(prompt_tokens + max_new_tokens)
        if need > self.room.capacity:
            raise UserError(
                f"This request needs {need} tokens of model cache (prompt {prompt_tokens} + answer up to "
                f"{max_new_tokens}), more than the {self.room.capacity} the local model keeps.",
                hint=f"Raise {self.setting}, or lower PMA_LLM_CONTEXT_TOKENS or PMA_LLM_MAX_NEW_TOKENS.",
            )
        return need

    def _engine(self, sample: bool) -> _Engine:
        with self._lock:
            engine = self._engines.get(sample)
            if engine is None or not engine.alive:
                engine = self._engines[sample] = _Engine(self, sample)
            return engine

    def _run(self, input_ids: list[int], max_new_tokens: int, temperature: float, stop: list[str],
             need: int) -> Iterator[str]:
        from tokenizers.decoders import DecodeStream

        self.room.take(need)
        try:
            engine = self._engine(temperature > 0)
            request_id, tokens = engine.submit(input_ids, max_new_tokens, temperature)
            decoder = DecodeStream(skip_special_tokens=True)
            backend = self.tokenizer.backend_tokenizer
            hold = max((len(s) for s in stop), default=0)
            text, seen, finished = "", 0, False
            try:
                while not finished:
                    out = tokens.get()
                    if isinstance(out, BaseException):
                        raise out
                    if out.error is not None:
                        raise RuntimeError(f"the batched generation failed: {out.error}")
                    finished = out.is_finished()
                    for token in out.generated_tokens[seen:]:
                        piece = decoder.step(backend, token)
                        if not piece:
                            continue
                        yield piece
                        # Only the new piece and the few characters before it can complete a stop string.
                        text = (text + piece)[-(hold + len(piece)):] if stop else ""
                        if stop and any(s in text for s in stop):
                            return
                    seen = len(out.generated_tokens)
            finally:
                engine.forget(request_id, cancel=not finished)
        finally:
            self.room.give(need)


class _Engine:
    """One ``ContinuousBatchingManager`` plus the thread that hands its outputs to each request's queue."""

    def __init__(self, batcher: Batcher, sample: bool):
        import copy

        import torch
        from transformers import ContinuousBatchingConfig

        model = batcher.model
        config = copy.deepcopy(model.generation_config)
        config.max_new_tokens = 1  # every request passes its own
        config.max_length = None
        config.eos_token_id = batcher.eos_token_id
        config.do_sample = sample
        config.temperature = _SAMPLING_BASE_TEMPERATURE if sample else None
        if not sample:
            config.top_p = config.top_k = None
        cb_config = ContinuousBatchingConfig(
            page_size=PAGE_TOKENS,
            num_blocks=batcher.room.capacity // PAGE_TOKENS,
            max_batch_tokens=step_tokens(model.device.type),
            safety_margin=0.0,  # admission (CacheRoom) already guarantees every request its room
            # Shared prompt prefixes would keep finished requests' pages as a prefix cache, which the engine only
            # evicts under its own memory-pressure rules; without sharing, the reservations above are exact.
            allow_block_sharing=False,
            per_request_processors=sample,
            **(GPU_ENGINE_OPTIONS if model.device.type != "cpu" else {}),
        )
        self.sample = sample
        self.queues: dict[str, queue.SimpleQueue] = {}
        self._lock = threading.Lock()
        self._stopping = False
        from assistant.llm import varlen_attention

        if model.config._attn_implementation == varlen_attention.ATTENTION_NAME:
            # The manager accepts only built-in implementations when it is created (another engine switched this
            # model already): SDPA computes the same attention, only slower, for the moment in between.
            model.set_attn_implementation("sdpa")
        self.manager = model.init_continuous_batching(generation_config=config, continuous_batching_config=cb_config)
        if model.device.type == "cpu":
            varlen_attention.use_varlen_attention(model)
        started = threading.Event()
        failure: list[BaseException] = []

        def start_then_route() -> None:
            try:
                # The manager's loop thread inherits this thread's daemon flag (so a forgotten engine never keeps
                # the process alive) and its inference mode.
                with torch.inference_mode():
                    self.manager.warmup()  # captures CUDA graphs at their largest size first; else does nothing
                    self.manager.start()
            except BaseException as exc:  # re-raised in the constructor's thread
                failure.append(exc)
                return
            finally:
                started.set()
            self._route()

        self._router = threading.Thread(target=start_then_route, name="pma-llm-batch", daemon=True)
        self._router.start()
        started.wait()
        if failure:
            raise failure[0]
        log.info("continuous batching started (%s, %d cache tokens)", "sampled" if sample else "greedy",
                 batcher.room.capacity)
        self.capture_graphs(batcher)

    @property
    def alive(self) -> bool:
        return not self._stopping and self.manager.is_running()

    def capture_graphs(self, batcher: Batcher) -> None:
        """With CUDA graphs, a batch of a padded size not seen before runs eagerly once and is captured, far slower
        than a replay, and every answer in that batch waits. Run one batch of each padded query size now instead,
        built from short placeholder prompts (the graph's key also holds the cache tokens read and the longest
        request, padded to 4096 and at least 1024 tokens, which chat requests share up to those lengths).

        Runs inside ``__init__``: no real request can have reached the engine yet, so the placeholders may use the
        whole cache. A failure only costs the speed-up (logged)."""
        cfg = self.manager.continuous_batching_config
        if not any(cfg.cuda_graph_booleans):
            return
        import time

        tick = time.perf_counter()
        step = cfg.q_padding_interval_size
        top = min(cfg.max_batch_tokens, batcher.room.capacity - 2 * PAGE_TOKENS)
        piece = min(step, 512)
        eos = batcher.eos_token_id
        token = max(eos[0] if isinstance(eos, (list, tuple)) else eos, 0)  # any real token id will do
        sizes = list(range(step, top + 1, step))
        try:
            for size in sizes:
                lengths = [piece] * (size // piece) + ([size % piece] if size % piece else [])
                with self.manager.pause():  # all of them join the loop's next batch together
                    submitted = [self.submit([token] * n, 1, 1.0) for n in lengths]
                for request_id, tokens in submitted:
                    while True:
                        out = tokens.get(timeout=120)
                        if isinstance(out, BaseException):
                            raise out
                        if out.error is not None:
                            raise RuntimeError(out.error)
                        if out.is_finished():
                            break
                    self.forget(request_id, cancel=False)
        except Exception as exc:  # noqa: BLE001 (an optimisation: answers still work, only slower at first)
            log.warning("could not capture the engine's CUDA graphs ahead of time: %s", exc)
            return
        log.info("captured %d CUDA graph sizes in %.1f s", len(sizes), time.perf_counter() - tick)

    def submit(self, input_ids: list[int], max_new_tokens: int, temperature: float) -> tuple[str, queue.SimpleQueue]:
        request_id = f"pma-{uuid.uuid4().hex}"
        tokens: queue.SimpleQueue = queue.SimpleQueue()
        with self._lock:
            self.queues[request_id] = tokens  # before add_request: the first token may come back at once
        extra = {"temperature": float(temperature)} if self.sample else {}
        added = self.manager.add_request(input_ids, request_id=request_id, max_new_tokens=max_new_tokens,
                                         streaming=True, **extra)
        if added is None:  # the manager refused it (stopping or failed)
            self.forget(request_id, cancel=False)
            raise RuntimeError("the batched generation engine is not accepting requests")
        return request_id, tokens

    def forget(self, request_id: str, *, cancel: bool) -> None:
        with self._lock:
            self.queues.pop(request_id, None)
        if cancel and self.manager.is_running():
            self.manager.cancel_request(request_id)

    def stop(self) -> None:
        self._stopping = True
        if self.manager.is_running():
            self.manager.stop(block=True, timeout=10)

    def _route(self) -> None:
        """Hand every output to its request's queue; when the engine dies, fail whatever is still waiting."""
        while True:
            out = self.manager.get_result(timeout=0.5)
            if out is not None:
                with self._lock:
                    tokens = self.queues.get(out.request_id)
                if tokens is not None:
                    tokens.put(out)
                continue
            if not self.manager.is_running():
                break
        error = self.manager.background_thread_status.fatal_error
        with self._lock:
            waiting = list(self.queues.values())
        for tokens in waiting:
            tokens.put(RuntimeError(f"the batched generation engine stopped: {error or 'closed'}"))
