"""Fine-tuning, fast tier: config, input validation, batching arithmetic, folder policy, CLI errors.

Nothing here loads a tokenizer or a model; see test_finetune_train.py for the slow tests with the bundled base.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from finetune.checkpoint import check_out_dir
from finetune.collate import attention_crossover, collate, epoch_batches, pack_rows
from finetune.config import FinetuneConfig, target_modules_for
from finetune.sources import from_conversations, read_inputs
from retrieval.errors import UserError

REPO = Path(__file__).resolve().parents[1]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def chat(q: str, a: str, **extra) -> str:
    return json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}], **extra})


# ---- config ---------------------------------------------------------------------------------------------------
def test_config_json_round_trip_and_help_text():
    cfg = FinetuneConfig(lora_r=8, target_modules=["q_proj"], batching="pack", max_steps=7)
    assert FinetuneConfig.from_json(cfg.to_json()) == cfg
    assert all(f.description for f in FinetuneConfig.model_fields.values())


def test_example_toml_is_valid_and_documents_every_field():
    path = REPO / "finetune" / "configs" / "finetune.toml"
    cfg = FinetuneConfig.from_toml(path)
    text = path.read_text(encoding="utf-8")
    missing = [name for name in FinetuneConfig.model_fields if f"{name} =" not in text]
    assert not missing, missing
    assert cfg == FinetuneConfig()  # the example shows the defaults


@pytest.mark.parametrize("body, field", [
    ("lora_r = 0", "lora_r"),
    ("batching = 'sorted'", "batching"),
    ("[finetune]\nlearning_rate = -1", "learning_rate"),
    ("lora_rank = 8", "lora_rank"),  # a typo is an error, not silently ignored
])
def test_config_errors_name_file_and_field(tmp_path, body, field):
    path = write(tmp_path / "ft.toml", body)
    with pytest.raises(UserError) as err:
        FinetuneConfig.from_toml(path)
    assert str(path) in str(err.value) and f"'{field}'" in str(err.value)


def test_qlora_needs_a_half_precision_compute_dtype():
    with pytest.raises(UserError, match="load_in_4bit"):
        FinetuneConfig.validated({"load_in_4bit": True, "precision": "fp32"})


def test_target_modules_per_architecture():
    assert "gate_proj" in target_modules_for("llama", None)
    assert target_modules_for("gpt2", None) == ["c_attn", "c_proj", "c_fc"]
    assert target_modules_for("something-new", None) == "all-linear"
    assert target_modules_for("llama", ["q_proj"]) == ["q_proj"]


# ---- reading inputs -------------------------------------------------------------------------------------------
def test_all_formats_are_read(tmp_path):
    write(tmp_path / "chat.jsonl", chat("Top issue?", "Offline maps.") + "\n\n" + chat("Skip me", "no", good=False) + "\n")
    write(tmp_path / "alpaca.json", json.dumps([{"instruction": "Summarize", "input": "GPS drifts", "output": "GPS drift."}]))
    write(tmp_path / "qa.csv", "Question,Answer,system\nWhat is Trailmix?,A hiking app.,Be brief\n")
    write(tmp_path / "notes.md", "# Roadmap\n\nResumable downloads first.")
    res = read_inputs([tmp_path])
    kinds = sorted((ex.kind, ex.source.split(",")[0].rsplit("/", 1)[-1]) for ex in res.examples)
    assert kinds == [("chat", "alpaca.json"), ("chat", "chat.jsonl"), ("chat", "qa.csv"), ("text", "notes.md")]
    assert res.skipped_not_good == 1
    alpaca = next(ex for ex in res.examples if "alpaca" in ex.source)
    assert alpaca.messages[0]["content"] == "Summarize\n\nGPS drifts"
    csv_ex = next(ex for ex in res.examples if "qa.csv" in ex.source)
    assert [m["role"] for m in csv_ex.messages] == ["system", "user", "assistant"]


def test_conversations_hook_keeps_only_rows_marked_good():
    rows = [{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}], "good": True},
            {"messages": [{"role": "user", "content": "q2"}, {"role": "assistant", "content": "bad"}], "rating": "down"}]
    res = from_conversations(rows)
    assert [ex.messages[-1]["content"] for ex in res.examples] == ["a"] and res.skipped_not_good == 1


@pytest.mark.parametrize("name, body, expected", [
    ("a.jsonl", chat("q", "a") + "\n{not json\n", "a.jsonl, row 2: not valid JSON"),
    ("b.jsonl", '{"messages": [{"role": "user", "content": "q"}, {"role": "bot", "content": "a"}]}\n',
     "b.jsonl, row 1: field 'messages[1].role' is 'bot'"),
    ("c.jsonl", '{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "  "}]}\n',
     "c.jsonl, row 1: field 'messages[1].content'"),
    ("d.jsonl", '{"messages": [{"role": "assistant", "content": "a"}, {"role": "user", "content": "q"}]}\n',
     "d.jsonl, row 1: field 'messages': the last message must be the assistant"),
    ("e.jsonl", '{"prompt": "q", "completion": "a"}\n', "e.jsonl, row 1: unknown example schema (fields: completion, prompt)"),
    ("f.json", '[{"instruction": "x", "output": ""}]', "f.json, item 1: field 'output' is empty"),
    ("g.csv", "question,reply\nq,a\n", "g.csv: missing column(s) answer (found: question, reply)"),
    ("h.csv", "question,answer\nq,a\n,b\n", "h.csv, row 3: field 'question' is empty"),
    ("i.txt", "   \n", "i.txt: the document is empty"),
    ("j.pdf", "x", "unsupported file type '.pdf'"),
])
def test_bad_input_names_file_row_and_field(tmp_path, name, body, expected):
    path = write(tmp_path / name, body)
    with pytest.raises(UserError) as err:
        read_inputs([path])
    assert expected in str(err.value)


def test_missing_file_and_empty_folder(tmp_path):
    with pytest.raises(UserError, match="file not found"):
        read_inputs([tmp_path / "nope.jsonl"])
    with pytest.raises(UserError, match="no supported files"):
        read_inputs([tmp_path])


# ---- batching -------------------------------------------------------------------------------------------------
LENGTHS = [5, 90, 17, 64, 33, 120, 8, 77, 41, 12, 100, 3, 56]


@pytest.mark.parametrize("batching", ["group", "pack"])
def test_every_example_once_per_epoch_and_deterministic(batching):
    kw = dict(batching=batching, batch_size=2, seed=3)
    batches = epoch_batches(LENGTHS, epoch=0, **kw)
    seen = sorted(i for batch in batches for row in batch for i in row)
    assert seen == list(range(len(LENGTHS)))
    assert batches == epoch_batches(LENGTHS, epoch=0, **kw)  # resume replays the same order
    assert batches != epoch_batches(LENGTHS, epoch=1, **kw)  # a new epoch reshuffles


def test_grouping_cuts_padding():
    batches = epoch_batches(LENGTHS, batching="group", batch_size=4, seed=0, epoch=0)
    padded = sum(len(b) * max(LENGTHS[r[0]] for r in b) for b in batches)
    assert padded <= 0.5 * 128 * len(LENGTHS)  # half of what padding every example to max_length=128 costs
    assert padded / sum(LENGTHS) < 1.3


def test_packing_keeps_batch_size_examples_per_step_in_one_row():
    batches = epoch_batches(LENGTHS, batching="pack", batch_size=4, seed=0, epoch=0)
    assert [len(b) for b in batches] == [1, 1, 1, 1] and [len(b[0]) for b in batches] == [4, 4, 4, 1]


def test_long_examples_are_packed_in_several_rows_short_ones_nearly_without_padding():
    short = [60, 110, 70, 80, 65, 95, 75, 85]
    long = [900, 950, 1000, 980, 2100, 400, 380, 1500]
    for lengths in (short, long):
        batches = epoch_batches(lengths, batching="pack", batch_size=4, seed=0, epoch=0, crossover=3072)
        assert sorted(i for b in batches for row in b for i in row) == list(range(8))
        assert all(sum(len(row) for row in b) == 4 for b in batches)  # still batch_size examples per step
        if lengths is short:  # rows only split where they balance: padding stays under 5%
            computed = sum(len(b) * max(sum(lengths[i] for i in row) for row in b) for b in batches)
            assert computed <= 1.05 * sum(lengths)
    assert pack_rows([0, 1, 2, 3], short, 3072) == [[1, 3, 2, 0]]
    # One 4-example row of ~3,800 tokens would cost about twice what one example per row costs.
    assert pack_rows([0, 1, 2, 3], long, 3072) == [[2], [3], [1], [0]]
    # Shorter examples share a row beside the longest instead of each being padded to its length.
    assert pack_rows([4, 5, 6, 7], long, 3072) == [[4], [7, 5, 6]]
    assert pack_rows([0, 1, 2, 3], long, None) == [[0, 1, 2, 3]]  # no model shape: one row, as before


def test_attention_crossover_from_the_model_shape():
    from types import SimpleNamespace

    smollm2 = SimpleNamespace(hidden_size=576, num_attention_heads=9, num_key_value_heads=3, intermediate_size=1536,
                              head_dim=64)
    assert attention_crossover(smollm2) == 3072
    plain = SimpleNamespace(hidden_size=1024, num_attention_heads=16)  # no GQA, MLP 4x hidden
    assert attention_crossover(plain) == 8 * 1024


def test_packed_collate_restarts_positions_and_drops_first_labels():
    a = {"input_ids": [1, 2, 3], "labels": [1, 2, 3]}
    b = {"input_ids": [4, 5], "labels": [-100, 5]}
    c = {"input_ids": [6, 7, 8, 9], "labels": [6, 7, 8, 9]}
    batch = collate([[a, b], [c]], pad_id=0)
    assert batch["attention_mask"] is None
    assert batch["position_ids"].tolist() == [[0, 1, 2, 0, 1], [0, 1, 2, 3, 0]]
    # The first token of each packed example is never a target of the example before it.
    assert batch["labels"].tolist() == [[-100, 2, 3, -100, 5], [-100, 7, 8, 9, -100]]
    assert batch["n_tokens"] == 9 and batch["n_padded"] == 10


def test_padded_collate_masks_padding():
    batch = collate([[{"input_ids": [1, 2, 3], "labels": [-100, 2, 3]}], [{"input_ids": [4], "labels": [4]}]], pad_id=0)
    assert batch["attention_mask"].tolist() == [[1, 1, 1], [1, 0, 0]]
    assert batch["labels"].tolist() == [[-100, 2, 3], [4, -100, -100]]


# ---- adapter folder policy ------------------------------------------------------------------------------------
def test_existing_adapter_is_never_overwritten_without_force(tmp_path):
    out = tmp_path / "adapters" / "a"
    assert check_out_dir(out, resume=False, force=False) is None  # new folder: fine
    out.mkdir(parents=True)
    (out / "adapter_config.json").write_text("{}")
    with pytest.raises(UserError, match="already holds an adapter"):
        check_out_dir(out, resume=False, force=False)
    with pytest.raises(UserError, match="already finished"):
        check_out_dir(out, resume=True, force=False)
    assert check_out_dir(out, resume=False, force=True) is None and not out.exists()


def test_force_never_deletes_a_foreign_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("precious")
    with pytest.raises(UserError, match="not an adapter folder"):
        check_out_dir(tmp_path, resume=False, force=True)
    assert (tmp_path / "notes.txt").exists()


def test_interrupted_run_asks_for_resume(tmp_path):
    ckpt = tmp_path / "checkpoints" / "step-000004"
    ckpt.mkdir(parents=True)
    (ckpt / "state.json").write_text("{}")
    (tmp_path / "checkpoints" / ".tmp-step-000006").mkdir()  # a half-written one is ignored
    with pytest.raises(UserError, match="interrupted run"):
        check_out_dir(tmp_path, resume=False, force=False)
    assert check_out_dir(tmp_path, resume=True, force=False) == ckpt


# ---- CLI ------------------------------------------------------------------------------------------------------
def test_cli_bad_input_exits_1_with_file_and_row(tmp_path, capsys, monkeypatch):
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(tmp_path / "pma"))
    bad = write(tmp_path / "bad.jsonl", '{"messages": []}\n')
    assert run(["finetune", "prepare", str(bad), "--out", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert "bad.jsonl, row 1: field 'messages'" in err and not (tmp_path / "data").exists()


def test_cli_refuses_gguf_base(tmp_path, capsys, monkeypatch):
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(tmp_path / "pma"))
    (tmp_path / "data").mkdir()
    code = run(["finetune", "train", "--data", str(tmp_path / "data"), "--out", str(tmp_path / "ad"),
                "--base", str(tmp_path / "model.Q4_1.gguf")])
    assert code == 1
    assert "GGUF models cannot be fine-tuned" in capsys.readouterr().err


def test_cli_help_lists_the_four_commands():
    from typer.testing import CliRunner

    from ui.cli import _register, app

    _register()
    result = CliRunner().invoke(app, ["finetune", "--help"])
    assert result.exit_code == 0
    assert all(cmd in result.output for cmd in ("prepare", "train", "eval", "merge"))


def test_cli_prepare_without_any_data_is_a_user_error(tmp_path, capsys, monkeypatch):
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(tmp_path / "pma"))
    assert run(["finetune", "prepare", "--out", str(tmp_path / "data")]) == 1
    assert "No training data given" in capsys.readouterr().err
