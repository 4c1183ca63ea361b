"""The seeded PII set (``tests/support/cases/pii.py``, 200+ strings in varied formats and languages; with the IBAN,
ID-number, date-of-birth and address dev cases of ``pii_shapes.py`` and the secrets and logins of
``pii_secrets.py``) and the dev set of
person names in signatures, greetings and introductions (``tests/support/cases/names.py``) end to end.

One export carries every seeded string in its text, in a metadata column and (for e-mail addresses) as the
author, and every name case in a ticket's text. After `pma ingest` through the CLI with debug logging on, a chat answer and a `summarize` run with a model
that records every prompt it is sent, no raw value may be found in the database (every table), the log records,
the command's output, any file under $PMA_HOME, or any prompt.
"""

from __future__ import annotations

import csv
import json
import logging
import re

import pytest

from tests.support.cases.names import names_dev
from tests.support.cases.pii import leaked_values, pii_cases
from tests.support.cases.pii_secrets import secret_cases
from tests.support.cases.pii_shapes import shape_cases
from tests.support.fake_llm import FakeLLM


def _export(tmp_path):
    """Every seeded string in the text and in a kept ``agent_note`` column; e-mail addresses also as the author."""
    rows, values = [], []
    # Each secret once (its first phrasing). "553" alone could be any number in a dump, and a MAC address's digits
    # ("0012345") any run of digits in it.
    secrets = list({c[1]: c for c in reversed(secret_cases()) if len(c[1]) >= 6 and c[0] != "mac"}.values())
    for i, (kind, value, sentence) in enumerate(pii_cases() + shape_cases() + secrets):
        values.append(value)
        rows.append({"date": f"2026-10-{1 + i % 28:02d}", "source": "support_ticket", "rating": 1 + i % 5,
                     "user": value if kind == "email" else f"customer{i}", "plan": ("Free", "Plus", "Team")[i % 3],
                     "text": f"Offline maps fail to download on my phone. {sentence}",
                     "agent_note": f"note: {sentence}"})
    for j, (_, names, text) in enumerate(names_dev()):
        rows.append({"date": f"2026-11-{1 + j % 28:02d}", "source": "support_ticket", "rating": "", "user": f"signer{j}",
                     "plan": "Team", "text": text, "agent_note": ""})
    path = tmp_path / "tickets.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path, values


def _found(values: list[str], text: str) -> list[str]:
    return leaked_values(values, text)


def _names_found(text: str) -> list[str]:
    names = {n for _, ns, _ in names_dev() for n in ns}
    return sorted(n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text))


@pytest.mark.slow
def test_no_raw_pii_reaches_the_database_logs_files_or_prompts(db_settings, tmp_path, capsys, caplog, monkeypatch):
    import psycopg
    from pgvector import HalfVector, Vector

    from assistant.chat import AskOptions, Chat
    from assistant.themes import summarize
    from retrieval.db import Database
    from ui.cli import run

    path, values = _export(tmp_path)
    assert len(values) >= 200
    assert len(_found(values, path.read_text(encoding="utf-8"))) == len(values)  # the check sees raw values
    assert len(_names_found(path.read_text(encoding="utf-8"))) == len({n for _, ns, _ in names_dev() for n in ns})
    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(db_settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    caplog.set_level(logging.DEBUG)

    assert run(["ingest", str(path), "--json"]) == 0
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert report["added"] + report["duplicates"] == len(values) + len(names_dev()) and report["rejected"] == 0

    llm = FakeLLM.obedient()
    chat = Chat(db_settings, llm=llm)
    answers = [chat.ask(q, options=AskOptions(max_new_tokens=32, save=True)).text
               for q in ("Which customers left an e-mail address or phone number?", "Who signed the support tickets?",
                         "Why do offline maps fail?")]
    summarize(db_settings, llm=llm)

    with Database(db_settings).connect() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").fetchall()]
        dump = []
        for table in tables:
            cur = conn.execute(psycopg.sql.SQL("SELECT * FROM {}").format(psycopg.sql.Identifier(table)))
            # vectors and floats are numbers, not text: "0.0937164" of an embedding contains the 6-digit PIN "093716"
            dump += [" ".join(str(v) for v in row if not isinstance(v, (bytes, memoryview, float, Vector, HalfVector)))
                     for row in cur.fetchall()]
    assert "feedback" in tables and len(dump) >= len(values)
    files = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in db_settings.home.rglob("*")
                      if p.is_file() and p.stat().st_size < 5_000_000)
    prompts = "\n".join(m["content"] for call in llm.calls for m in call)
    places = {"database": "\n".join(dump), "logs": caplog.text, "files under PMA_HOME": files, "prompts": prompts,
              "command output": out.out + out.err + capsys.readouterr().err, "answers": "\n".join(answers)}
    leaks = {where: found[:5] for where, text in places.items() if (found := _found(values, text))}
    # where a leak sits: the database rows (or lines) that hold the first value found in each place
    assert leaks == {}, {where: [line[:300] for line in places[where].splitlines() if found[0] in line][:3]
                         for where, found in leaks.items()}
    assert {where: found[:5] for where, text in places.items() if (found := _names_found(text))} == {}
    assert llm.calls and "<EMAIL>" in prompts  # redacted items did reach the model
