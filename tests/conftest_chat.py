"""Helpers for the chat and plan tests: a small feedback set with known counts, a database per module, the bundled
model loaded once per session, and stand-ins for *external* models (scripted replies) where a test needs a model
that misbehaves on purpose (garbage, obeying injections), which the real one does not do on demand.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from injection_cases import CASES, HONEST

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
                     "plan": "Free", "text": case.text})
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


def fresh_database(pg_server, name: str, home: Path, models_cache: Path):
    """Settings for a new, empty database on the session server (like the shared ``db_settings`` fixture, but
    usable from module-scoped fixtures)."""
    import psycopg

    from retrieval.settings import Settings

    name = "m_" + re.sub(r"\W", "_", name.lower())[:50]
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return Settings(home=home, models_cache=models_cache, retrieval={"database_url": pg_server.get_uri(name)},
                    llm={"max_new_tokens": 48})


_LOCAL: dict[str, object] = {}


def bundled_llm(models_cache: Path, home: Path):
    """The real bundled SmolLM2 (local backend), loaded once per test session whatever module asks first."""
    if "llm" not in _LOCAL:
        from assistant.llm import LocalLLM
        from retrieval.settings import Settings

        llm = LocalLLM(Settings(home=home, models_cache=models_cache, llm={"max_new_tokens": 48}))
        llm.warm_up()
        _LOCAL["llm"] = llm
    return _LOCAL["llm"]


class ScriptedLLM:
    """Stands in for an external model with a fixed reply (garbage, an obeyed injection, a perfect answer).

    Implements the ``assistant.llm.LLM`` protocol; records every conversation it was sent.
    """

    name = "scripted"

    def __init__(self, reply, *, fail: Exception | None = None):
        """``reply``: a string, a list of strings (one per call, the last repeats) or ``f(messages) -> str``."""
        self.replies = [reply] if isinstance(reply, str) or callable(reply) else list(reply)
        self.calls: list[list[dict]] = []
        self.fail = fail

    def describe(self) -> dict:
        return {"backend": self.name, "model": "scripted", "adapter": None, "device": None}

    def warm_up(self) -> None:
        pass

    def count_tokens(self, text) -> int:
        if not isinstance(text, str):
            text = " ".join(m["content"] for m in text)
        return len(text) // 4 + 1

    def _next(self, messages) -> str:
        self.calls.append([dict(m) for m in messages])
        if self.fail is not None:
            raise self.fail
        reply = self.replies[min(len(self.calls), len(self.replies)) - 1]
        return reply(messages) if callable(reply) else reply

    def generate(self, messages, *, max_new_tokens=None, temperature=None, stop=None) -> str:
        return self._next(messages)

    def stream(self, messages, *, max_new_tokens=None, temperature=None, stop=None) -> Iterator[str]:
        text = self._next(messages)
        for i in range(0, len(text), 3):  # small pieces, as a server streams tokens
            yield text[i:i + 3]
