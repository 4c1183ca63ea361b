"""Turn an example into token ids and labels, with the loss on the assistant's tokens only.

A conversation is rendered by ``assistant.llm.chat_template.render_prompt``, the function the assistant uses at inference,
so training and serving see byte-identical prompts. Which characters belong to the assistant is found by rendering:
for each assistant turn, the text before it (rendered with the generation prompt, exactly what the model sees when
asked to answer) must be a prefix of the text that includes it; the difference is the answer plus the template's
end-of-turn token, and is what the model learns. Tokens are mapped to those character spans through the fast
tokenizer's offsets, so no template needs ``{% generation %}`` markers. Documents (continued pre-training) learn
every token and end with EOS.

Deliberately not handled: chat templates that rewrite earlier turns when a later one is added (some "reasoning"
templates drop past thinking); they fail with a clear error rather than training on the wrong tokens.
"""

from __future__ import annotations

from typing import Any

from assistant.llm.chat_template import render_prompt
from retrieval.errors import UserError

IGNORE = -100


def assistant_spans(tokenizer: Any, messages: list[dict[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The rendered conversation and the character spans the model must learn (one per assistant turn)."""
    full = render_prompt(tokenizer, messages, add_generation_prompt=False)
    spans = []
    for i, msg in enumerate(messages):
        if msg["role"] != "assistant":
            continue
        before = render_prompt(tokenizer, messages[:i], add_generation_prompt=True)
        upto = render_prompt(tokenizer, messages[: i + 1], add_generation_prompt=False)
        if not upto.startswith(before) or not full.startswith(upto):
            raise UserError("The model's chat template renders earlier turns differently once a reply is added; "
                            "assistant-only loss cannot be computed for it.",
                            hint="Use a base model with a prefix-stable chat template (ChatML, Llama 3, Qwen, Mistral).")
        spans.append((len(before), len(upto)))
    return full, spans


def encode_example(tokenizer: Any, example: dict[str, Any], max_length: int) -> dict[str, list[int]] | None:
    """Token ids and labels (``-100`` where no loss) for one example, cut to ``max_length``.

    Returns None when nothing is left to learn after cutting (an answer entirely beyond ``max_length``).

    Example:
        >>> enc = encode_example(tok, {"messages": [{"role": "user", "content": "Hi"},
        ...                                          {"role": "assistant", "content": "Hello"}]}, 128)  # doctest: +SKIP
    """
    if not getattr(tokenizer, "is_fast", False):
        raise UserError("Fine-tuning needs a fast (Rust) tokenizer to map answers to tokens.",
                        hint="Pick a base model that ships tokenizer.json.")
    messages = example.get("messages") or []
    if messages:
        text, spans = assistant_spans(tokenizer, messages)
        enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        ids = enc["input_ids"]
        labels = [tok if _inside(start, spans) else IGNORE for tok, (start, _end) in zip(ids, enc["offset_mapping"])]
    else:
        ids = tokenizer(example["text"], add_special_tokens=False)["input_ids"]
        if tokenizer.eos_token_id is not None:
            ids = ids + [tokenizer.eos_token_id]
        labels = list(ids)
    ids, labels = ids[:max_length], labels[:max_length]
    # The first token is never predicted (nothing precedes it), so it cannot count as a learned token.
    if sum(1 for x in labels[1:] if x != IGNORE) == 0:
        return None
    return {"input_ids": ids, "labels": labels}


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def token_count(tokenizer: Any, example: dict[str, Any]) -> int:
    """Untruncated token length of an example as the trainer will see it."""
    if example.get("messages"):
        text = render_prompt(tokenizer, example["messages"], add_generation_prompt=False)
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])
    return len(tokenizer(example["text"], add_special_tokens=False)["input_ids"]) + 1
