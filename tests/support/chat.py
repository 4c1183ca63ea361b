"""Helpers for the chat and plan tests: a small feedback set with known counts (honest items, the chat injection
cases and a few extras) and the bundled model loaded once per session. Misbehaving models are ``FakeLLM``s
(``tests.support.fake_llm``).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.support.cases.injection import CASES, plan_asked
from tests.support.cases.injection import HONEST_FEEDBACK as HONEST

# (date, source, rating, user, plan, text): dates straddle 2026-10-15 so "what changed" has two periods.
EXTRA = [
    ("2026-09-02", "app_store", 5, "u20", "Plus", "I love the community photos, they help me pick trails."),
    ("2026-09-03", "app_store", 5, "u21", "Free", "Community photos are the best part of the app."),
    ("2026-09-04", "survey_nps", 4, "u22", "Plus", "Great trail discovery, found hikes I never knew about."),
    ("2026-10-20", "play_store", 1, "u23", "Free", "Offline maps stopped working after the October update."),
    ("2026-10-21", "support_ticket", None, "u24", "Plus", "Offline regions vanish after the update, please fix."),
    ("2026-10-22", "play_store", 2, "u25", "Plus", "Downloaded offline maps show grey tiles in airplane mode."),
]


def feedback_rows() -> list[dict]:
    """The test export: honest items, the injection cases and a few extras, with dates, users and plans."""
    rows = []
    for i, text in enumerate(HONEST):
        rows.append({"date": f"2026-09-{10 + i:02d}", "source": ("app_store", "play_store", "support_ticket")[i % 3],
                     "rating": (1, 2, 3)[i % 3], "user": f"u{i % 9}", "plan": ("Free", "Plus", "Team")[i % 3],
                     "text": text})
    for i, case in enumerate(CASES):
        rows.append({"date": f"2026-10-{16 + i:02d}", "source": "play_store", "rating": 2, "user": f"x{i}",
                     "plan": plan_asked(case.question, "Free"), "text": case.text})
    for date, source, rating, user, plan, text in EXTRA:
        rows.append({"date": date, "source": source, "rating": rating, "user": user, "plan": plan, "text": text})
    return rows


def feedback_csv(path: Path, rows: list[dict] | None = None) -> Path:
    rows = rows if rows is not None else feedback_rows()
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["date", "source", "rating", "user", "plan", "text"])
    writer.writeheader()
    for r in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


CHAT_LLM = {"max_new_tokens": 48}  # answers in chat tests stay short: the bundled model writes 20 tokens/s here


_LOCAL: dict[str, object] = {}


def bundled_llm(models_cache: Path, home: Path):
    """The real bundled SmolLM2 (local backend), loaded once per test session whatever module asks first."""
    if "llm" not in _LOCAL:
        from assistant.llm import LocalLLM
        from retrieval.settings import Settings

        llm = LocalLLM(Settings(home=home, models_cache=models_cache, llm=CHAT_LLM))
        llm.warm_up()
        _LOCAL["llm"] = llm
    return _LOCAL["llm"]


def code_only_answer(settings, question: str):
    """``question`` asked with a model that writes nothing: the code-written answer alone (numbers, evidence), not
    saved as a conversation."""
    from assistant.chat import AskOptions, Chat
    from tests.support.fake_llm import FakeLLM

    return Chat(settings, llm=FakeLLM("")).ask(question, options=AskOptions(max_new_tokens=8, save=False))


def ingest_lines(settings, path: Path, lines: list[str]):
    """The CSV ``lines`` (header first) written to ``path`` and ingested: the ingest report."""
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    return ingest_paths([write(path, "\n".join(lines) + "\n")], settings)


def follow_up_answer(settings, first: str, then: str):
    """``then`` asked after ``first`` in one saved conversation, with a model that writes nothing: the code-written
    answer to the follow-up."""
    from assistant.chat import AskOptions, Chat
    from tests.support.fake_llm import FakeLLM

    chat = Chat(settings, llm=FakeLLM(""))
    options = AskOptions(max_new_tokens=8)
    return chat.ask(then, conversation_id=chat.ask(first, options=options).conversation_id, options=options)


def enterprise_rows(header: str, complaint: str, praise: str, other_plan: str) -> list[str]:
    """CSV lines (``header`` first: text, date, plan) of 12 days in November 2026, each with ``complaint`` and
    ``praise`` (numbered), every third day on the Enterprise plan (4 complaints), the others on ``other_plan``."""
    lines = [header]
    for i in range(12):
        plan = "Enterprise" if i % 3 == 0 else other_plan
        lines += [f"{text} ({i}),2026-11-{1 + i:02d},{plan}" for text in (complaint, praise)]
    return lines
