"""The contract every language-model backend meets, the registry that names them, and shared helpers.

A backend is any object with the ``LLM`` shape below; ``BACKENDS`` maps the value of ``settings.llm.backend`` to a
factory ``(settings) -> LLM``. The built-in backends register themselves in ``assistant/llm/__init__.py`` exactly
as a third party would (``BACKENDS["mine"] = MyLLM``); ``get_llm`` only looks names up.

Semantics shared by all backends (the contract tests in ``tests/test_llm_backends.py`` check them):

- ``messages`` are chat messages (``assistant.llm.chat_template.Message``); the backend applies the model's chat template.
- ``max_new_tokens`` / ``temperature`` default to ``settings.llm``; ``temperature == 0`` means greedy decoding.
- ``stop`` strings end the answer; the returned text never contains them (OpenAI semantics).
- ``stream`` yields text pieces whose concatenation is what ``generate`` returns for the same call under greedy
  decoding. Closing the iterator early stops generation.
- Problems a person can fix raise ``UserError`` naming the setting to change; secrets never appear in messages.

Not handled here: retrieval, prompt budgeting policy and citations (``assistant.chat`` builds on this).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from assistant.llm.chat_template import Message
from retrieval.errors import UserError
from retrieval.settings import Settings


@runtime_checkable
class LLM(Protocol):
    """A chat model that writes text. Constructors are cheap; weights load or connections open on first use."""

    name: str
    """The registry key this backend was built from (``"local"``, ``"openai"``, ...)."""

    def describe(self) -> dict[str, Any]:
        """What answers come from, for logs and stored conversations: at least ``backend``, ``model``,
        ``adapter`` and ``device`` (``None`` where it does not apply). Never contains secrets."""
        ...

    def warm_up(self) -> None:
        """Do the heavy part now (load weights, check the server) instead of on the first request. Idempotent."""
        ...

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_new_tokens: int | None = None,
        temperature: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> str:
        """Return the assistant's reply to ``messages``."""
        ...

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_new_tokens: int | None = None,
        temperature: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> Iterator[str]:
        """Yield the reply in pieces as they are produced."""
        ...

    def count_tokens(self, text: str | Sequence[Message]) -> int:
        """Tokens in ``text``, or in the rendered prompt for a list of messages (chat template and generation
        header included): what the prompt budget (``settings.llm.context_tokens``) is measured in."""
        ...


LLMFactory = Callable[[Settings], LLM]

BACKENDS: dict[str, LLMFactory] = {}
"""Backend name (the value of ``PMA_LLM_BACKEND``) -> factory. Add an entry to plug in another backend."""


def get_llm(settings: Settings) -> LLM:
    """Build the backend named by ``settings.llm.backend``. Cheap: nothing is loaded until first use.

    Example:
        >>> llm = get_llm(Settings(llm={"backend": "local"}))  # doctest: +SKIP
        >>> llm.generate([{"role": "user", "content": "Top issues?"}], max_new_tokens=64)  # doctest: +SKIP
    """
    name = settings.llm.backend
    try:
        factory = BACKENDS[name]
    except KeyError:
        known = ", ".join(sorted(BACKENDS)) or "none registered"
        raise UserError(f"Unknown LLM backend {name!r}.", hint=f"Set PMA_LLM_BACKEND to one of: {known}.") from None
    return factory(settings)


# ---- helpers shared by the built-in backends -----------------------------------------------------------------


def check_messages(messages: Sequence[Message]) -> list[dict[str, str]]:
    """Validate the conversation shape early, with a message a caller can act on; return plain dicts."""
    if not messages:
        raise ValueError("messages is empty: pass at least one {'role': 'user', 'content': ...} message")
    out = []
    for i, m in enumerate(messages):
        role, content = m.get("role"), m.get("content")
        if role not in ("system", "user", "assistant") or not isinstance(content, str):
            raise ValueError(f"messages[{i}] must be {{'role': 'system'|'user'|'assistant', 'content': str}}, got {m!r:.200}")
        out.append({"role": role, "content": content})
    return out


def truncate_at_stop(text: str, stop: Sequence[str] | None) -> tuple[str, bool]:
    """Cut ``text`` before the earliest stop string. Returns ``(text, stopped)``."""
    if not stop:
        return text, False
    cut = min((i for i in (text.find(s) for s in stop if s) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


def stop_filtered(pieces: Iterable[str], stop: Sequence[str] | None) -> Iterator[str]:
    """Pass streamed pieces through, ending before the first stop string.

    A stop string may be split across pieces, so text that could be the start of one is held back until the
    next piece decides it. The concatenation of the output equals ``truncate_at_stop(full_text, stop)``.
    """
    stop = [s for s in (stop or ()) if s]
    if not stop:
        yield from pieces
        return
    hold = max(len(s) for s in stop) - 1
    buffer = ""
    for piece in pieces:
        buffer += piece
        # The longest tail that is the start of some stop string: nothing from there on is decided yet.
        keep = 0
        for n in range(min(hold, len(buffer)), 0, -1):
            if any(s.startswith(buffer[-n:]) for s in stop):
                keep = n
                break
        start = len(buffer) - keep
        head, stopped = truncate_at_stop(buffer, stop)
        if stopped and len(head) <= start:  # no longer stop string can still begin before this one
            if head:
                yield head
            return
        if start:
            yield buffer[:start]
            buffer = buffer[start:]
    head, _ = truncate_at_stop(buffer, stop)
    if head:
        yield head
