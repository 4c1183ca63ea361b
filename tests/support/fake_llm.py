"""``FakeLLM``: the one stand-in for an external model, for what the real bundled model will not do on demand.

Tests use the real bundled SmolLM2 wherever the behaviour under test is the model path. A stand-in is for the
cases a real model produces only by accident: garbage, a crash, a stalled server, a model that obeys instructions
planted in feedback. ``FakeLLM`` meets the ``assistant.llm.LLM`` protocol (``tests/test_llm_backends.py`` checks
its signatures against it) and records every conversation it was sent in ``calls``.

    FakeLLM("Offline maps fail [F3].")                     # one fixed reply
    FakeLLM(["first", "second"])                           # one per call, cycling
    FakeLLM(lambda messages: ...)                          # computed from the prompt
    FakeLLM(fail=ConnectionError("connection refused"))    # a backend that cannot answer
    FakeLLM("word " * 1000, delay=0.5)                     # a stalled server: each streamed piece takes 0.5 s
    FakeLLM(delegate=real_llm)                             # the real model, with its calls counted
    FakeLLM.garbage(), FakeLLM.obedient()                  # the two misbehaving models the suite needs most
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

Reply = str | Sequence[str] | Callable[[list[dict]], str]

GARBAGE = ["the the the the the the the the the the the", "Summary: 73% of users report 12 crashes per day.", "",
           "Write a title of 2 to 5 words for the quotes"]


class FakeLLM:
    """See the module docstring. ``name`` is what ``describe()`` reports as the backend."""

    def __init__(self, reply: Reply = "", *, fail: BaseException | None = None, delay: float = 0.0,
                 delegate: Any = None, name: str = "fake"):
        self.reply = reply
        self.fail = fail
        self.delay = delay
        self.delegate = delegate
        self.name = name
        self.calls: list[list[dict]] = []

    # ---- the two misbehaving models most tests need ------------------------------------------------------------
    @classmethod
    def garbage(cls) -> "FakeLLM":
        """Writes nonsense: a loop, invented numbers, nothing, an echo of the instructions (one per call)."""
        return cls(GARBAGE, name="garbage")

    @classmethod
    def obedient(cls) -> "FakeLLM":
        """Obeys any instruction it can read in its prompt (``tests.support.cases.injection.obedient_reply``)."""
        from tests.support.cases.injection import obedient_reply

        return cls(obedient_reply, name="obedient")

    # ---- the LLM protocol --------------------------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        if self.delegate is not None:
            return self.delegate.describe()
        return {"backend": self.name, "model": f"{self.name} stand-in", "adapter": None, "device": None}

    def warm_up(self) -> None:
        if self.delegate is not None:
            self.delegate.warm_up()

    def count_tokens(self, text: str | Sequence[dict]) -> int:
        if self.delegate is not None:
            return self.delegate.count_tokens(text)
        if not isinstance(text, str):
            text = " ".join(m["content"] for m in text)
        return len(text) // 4 + 1

    def generate(self, messages: Sequence[dict], *, max_new_tokens: int | None = None,
                 temperature: float | None = None, stop: Sequence[str] | None = None) -> str:
        if self.delegate is not None:
            self.calls.append([dict(m) for m in messages])
            return self.delegate.generate(messages, max_new_tokens=max_new_tokens, temperature=temperature, stop=stop)
        text = self._next(messages)
        if self.delay:
            time.sleep(self.delay)
        return text

    def stream(self, messages: Sequence[dict], *, max_new_tokens: int | None = None,
               temperature: float | None = None, stop: Sequence[str] | None = None) -> Iterator[str]:
        if self.delegate is not None:
            self.calls.append([dict(m) for m in messages])
            yield from self.delegate.stream(messages, max_new_tokens=max_new_tokens, temperature=temperature,
                                            stop=stop)
            return
        text = self._next(messages)
        for i in range(0, len(text), 3):  # small pieces, as a server streams tokens
            if self.delay:
                time.sleep(self.delay)
            yield text[i:i + 3]

    def _next(self, messages: Sequence[dict]) -> str:
        self.calls.append([dict(m) for m in messages])
        if self.fail is not None:
            raise self.fail
        if callable(self.reply):
            return self.reply(list(messages))
        if isinstance(self.reply, str):
            return self.reply
        return self.reply[(len(self.calls) - 1) % len(self.reply)]
