"""Grounded chat over stored feedback (`pma ask`): answers cite items as ``[F123]``, numbers come from SQL.

    from assistant.chat import Chat
    answer = Chat(settings).ask("Why do offline maps fail?")
    answer.text, answer.citations, answer.dropped_citations, answer.numbers_used

Modules: ``engine`` (the flow), ``router`` (aggregate or lookup), ``aggregate`` (SQL numbers), ``citations``
(checking ``[F123]``), ``grounding`` (the streaming output guard, evidence, fallbacks), ``prompt`` (system prompt
and layout), ``store`` (conversations). Feedback-as-data rules shared with themes and plans live in
``assistant.safety``; theme numbers come from the themes read side (``assistant.themes.view``).
Importing this package does not import torch.
"""

from assistant.chat.engine import Answer, AskOptions, Chat, Citation
from assistant.chat.store import ConversationStore

__all__ = ["Answer", "AskOptions", "Chat", "Citation", "ConversationStore"]
