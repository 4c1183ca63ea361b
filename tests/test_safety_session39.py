"""Session 39, from a developer platform's answers: a model sentence said "The number of complaints about webhook
delays in the EU region is 7 [F285]" beside the computed 75, and passed the number check on the item's "This is the
7th time this month". An ordinal in an item supports the same ordinal, not the cardinal."""

from __future__ import annotations

from assistant.chat.grounding import OutputGuard
from assistant.safety.output import allowed_numbers

ITEM = "Webhook callbacks from eu-west are delayed again. This is the 7th time this month, 12 minutes behind."


def _guarded(sentence: str) -> tuple[str, OutputGuard]:
    guard = OutputGuard({285}, [], allowed_numbers=allowed_numbers([ITEM]))
    return guard.feed(sentence + " ") + guard.finish(), guard


def _shown(sentence: str) -> str:
    return _guarded(sentence)[0]


def test_an_ordinal_does_not_support_a_count():
    sentence = "The number of complaints about webhook delays in the EU region is 7 [F285]."
    shown, guard = _guarded(sentence)
    assert " 7" not in shown and guard.removed and guard.revised  # the words before the number are taken back


def test_the_item_s_own_numbers_still_pass():
    assert "7th time" in _shown("Callbacks were late for the 7th time this month [F285].")
    assert "12 minutes" in _shown("Callbacks arrive 12 minutes behind [F285].")
