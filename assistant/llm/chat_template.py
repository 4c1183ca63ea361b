"""Prompt rendering shared by serving and fine-tuning.

``render_prompt`` is the only place a conversation becomes model input text: the assistant uses it at inference
and ``finetune`` uses it to build training examples, so both see byte-identical formatting (template mismatch
between training and serving is the most reported cause of endless repetition after fine-tuning).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict


class Message(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


def render_prompt(tokenizer: Any, messages: list[Message], *, add_generation_prompt: bool = True) -> str:
    """Render ``messages`` with the tokenizer's chat template.

    Args:
        tokenizer: a transformers tokenizer with a chat template.
        messages: the conversation, system message first if any.
        add_generation_prompt: end with the assistant header so the model writes the reply (inference); False when
            the last message is the assistant's reply (training).

    Example:
        >>> render_prompt(tok, [{"role": "user", "content": "Top issues?"}])  # doctest: +SKIP
    """
    return tokenizer.apply_chat_template(list(messages), tokenize=False, add_generation_prompt=add_generation_prompt)
