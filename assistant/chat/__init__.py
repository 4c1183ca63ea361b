"""Grounded chat over stored feedback (`pma ask`): answers cite items as ``[F123]``, numbers come from SQL.

    from assistant.chat import Chat
    answer = Chat(settings).ask("Why do offline maps fail?")
    answer.text, answer.citations, answer.dropped_citations, answer.numbers_used

Modules: ``engine`` (the flow), ``router`` (aggregate or lookup), ``aggregate`` (SQL numbers), ``untrusted``
(feedback as data: sanitizing, injection payloads), ``citations`` (checking ``[F123]``), ``grounding`` (cleaning
model text, evidence, fallbacks), ``prompts`` (system prompt and layout), ``store`` (conversations).
Importing this package does not import torch.
"""

from assistant.chat.engine import Answer, AskOptions, Chat, Citation
from assistant.chat.store import ConversationStore

__all__ = ["Answer", "AskOptions", "Chat", "Citation", "ConversationStore"]
