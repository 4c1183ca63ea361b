"""Language-model backends behind one small protocol.

    from assistant.llm import get_llm
    llm = get_llm(settings)                 # "local" or "openai", from settings.llm.backend (PMA_LLM_BACKEND)
    llm.warm_up()                           # optional: load weights / check the server now
    text = llm.generate(messages, max_new_tokens=128, temperature=0, stop=["\\n\\n"])
    for piece in llm.stream(messages): ...  # same text, in pieces
    n = llm.count_tokens(messages)          # rendered prompt size, for the prompt budget
    llm.describe()                          # {"backend", "model", "adapter", "device", ...} for stored answers

``BACKENDS`` is a plain dict; the two built-in backends are registered below the same way a plugin would add one.
Importing this package does not import torch, transformers or httpx.
"""

from assistant.llm.base import BACKENDS, LLM, LLMFactory, get_llm
from assistant.llm.local import LocalLLM
from assistant.llm.openai_compat import OpenAICompatLLM

BACKENDS["local"] = LocalLLM
BACKENDS["openai"] = OpenAICompatLLM

__all__ = ["BACKENDS", "LLM", "LLMFactory", "LocalLLM", "OpenAICompatLLM", "get_llm"]
