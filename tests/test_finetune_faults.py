"""Faults during fine-tuning: SIGKILL during `pma finetune train` resumes from the last whole checkpoint.

`pma` runs as a real process so SIGKILL hits it where it would in production; an in-process interrupt is covered by
``tests/test_finetune_train.py::test_interrupted_run_resumes_from_its_last_checkpoint``.
"""

from __future__ import annotations

import json
import time

import pytest

from tests.support.cli import Pma, cli_env, use_env
from tests.support.finetune import tiny_llama
from tests.support.paths import REPO

pytestmark = pytest.mark.slow


def test_sigkill_during_finetune_train_resumes_from_the_last_whole_checkpoint(tmp_path, settings, bundled_llm_dir,
                                                                             models_cache, monkeypatch, capsys):
    from finetune.checkpoint import latest_checkpoint, load_checkpoint
    from finetune.prepare import prepare
    from ui.cli import run

    base = tiny_llama(models_cache / "tiny-llama-hardening", bundled_llm_dir)
    prepare([REPO / "examples" / "finetune_chat.jsonl"], tmp_path / "data", settings=settings, base=str(base))
    env = cli_env(settings)
    out = tmp_path / "adapters" / "killed"
    args = ["finetune", "train", "--data", str(tmp_path / "data"), "--out", str(out), "--base", str(base),
            "--set", "batch_size=2", "--set", "max_length=96", "--set", "lora_r=4", "--set", "save_every=1",
            "--set", "eval_every=0", "--set", "keep_checkpoints=2", "--set", "early_stopping_patience=0",
            "--max-steps", "30"]
    child = Pma(env, *args)
    steps = out / "checkpoints"
    assert child.wait_for(lambda: len(list(steps.glob("step-*"))) >= 2, timeout=240), child.err[-2000:]
    time.sleep(0.3)  # checkpoints are written every step: the kill often lands inside one
    assert child.proc.poll() is None, "training finished before it could be killed"
    child.kill()

    last = latest_checkpoint(out)
    assert last is not None and not (out / "adapter_config.json").exists()
    ckpt = load_checkpoint(last)  # the latest complete checkpoint loads whole
    killed_at = ckpt["state"]["step"]
    assert killed_at >= 1 and ckpt["trainable"] and ckpt["optimizer"]["state"]

    use_env(monkeypatch, env)
    assert run(args) == 1  # never silently starts over
    assert "--resume" in capsys.readouterr().err
    assert run([*args, "--resume", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    trained = [h["step"] for h in result["history"] if "loss" in h]
    assert trained == list(range(1, 31))  # no step lost or repeated across the kill
    assert (out / "adapter_config.json").exists() and not steps.exists()
