"""Bad training data never crashes `pma finetune prepare`: exit 0 or 1 (one clear line), never 2.

Generated cases come from ``tests/support/cases/fuzz.py``; ``bench/hardening_fuzz.py`` runs the same checks with
many more cases and reports the counts. The reader regressions first (deep nesting, huge CSV fields, huge integers,
half an emoji), then the generated files.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given

from retrieval.errors import UserError
from tests.support.cases.fuzz import check_prepare_cli, check_read_inputs, fuzz, training_file, write_case


@pytest.mark.parametrize("name, body, message", [
    ("deep.json", "[" * 5000 + "]" * 5000, "not usable JSON (nested too deeply)"),
    ("deep.jsonl", '{"messages": ' + "[" * 5000 + "]" * 5000 + "}", "row 1: not usable JSON (nested too deeply)"),
    ("big.jsonl", '{"text": ' + "7" * 5000 + "}", "row 1: not usable JSON (Exceeds the limit"),
    ("wide.csv", "question,answer\nq,\"" + "a" * 11_000_000 + "\"\n", "near line 2: not valid CSV (field larger than"),
])
def test_training_reader_turns_parser_limits_into_user_errors(tmp_path, name, body, message):
    from finetune.sources import read_inputs

    with pytest.raises(UserError, match=re.escape(message)):
        read_inputs([write_case(tmp_path, name, body.encode())])


def test_training_text_with_half_an_emoji_is_repaired_not_fatal(tmp_path):
    from finetune.sources import read_inputs

    path = write_case(tmp_path, "chat.jsonl", b'{"messages": [{"role": "user", "content": "hi \\ud83d"}, '
                                              b'{"role": "assistant", "content": "ok"}]}\n')
    assert read_inputs([path]).examples[0].messages[0]["content"] == "hi \ufffd"


# ---- generated cases ------------------------------------------------------------------------------------------
@fuzz(150)
@given(case=training_file())
def test_training_files_never_crash_the_reader(tmp_path_factory, case):
    outcome = check_read_inputs(write_case(tmp_path_factory.mktemp("ft"), *case))
    assert outcome in ("ok", "user_error"), outcome


@pytest.mark.slow
def test_pma_finetune_prepare_exits_0_or_1(tmp_path_factory, bundled_llm_dir, capsys, monkeypatch):
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(tmp_path_factory.mktemp("pma")))
    outcomes = []

    @fuzz(30)
    @given(case=training_file(valid=True))
    def hostile_but_valid(case):
        folder = tmp_path_factory.mktemp("prep")
        outcomes.append(check_prepare_cli(run, capsys, write_case(folder, *case), folder / "out", str(bundled_llm_dir)))
        assert outcomes[-1] in ("ok", "user_error"), outcomes[-1]

    hostile_but_valid()
    assert outcomes.count("ok") >= 10  # the generator must mostly produce data that reaches the tokenizer
