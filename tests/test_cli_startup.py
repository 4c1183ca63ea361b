"""The command line starts fast: commands that need only a query vector or no model never import torch, and the
ways a user can hold it wrong end in one line, not a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from retrieval.ingest import ingest_paths
from tests.support.paths import REPO
from ui.cli import run

HEAVY = ("torch", "transformers", "sentence_transformers", "sklearn", "gradio")

# `pma search` (hybrid and dense), `stats`, `themes list`, `conversations list`, `config` and `--help`, run in one
# fresh interpreter against a database with feedback in it; none may import torch or the other heavy libraries.
_COMMANDS = [["--help"], ["config"], ["stats"], ["search", "offline maps keep failing", "--k", "3"],
             ["search", "battery drain", "--mode", "dense", "--json"], ["themes", "list"], ["conversations", "list"]]
_RUN = """
import contextlib, io, json, sys
from ui.cli import run
results = []
for argv in json.loads(sys.argv[1]):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = run(argv)
    results.append([argv, code, out.getvalue()])
print(json.dumps({"results": results, "heavy": sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)}))
"""


def test_query_and_read_only_commands_do_not_import_torch(db_settings, tmp_path):
    path = tmp_path / "feedback.csv"
    shutil.copy(REPO / "examples" / "feedback.csv", path)
    ingest_paths([path], db_settings)  # also makes (or finds) the ONNX export in the shared model cache
    env = {**os.environ, "PMA_HOME": str(db_settings.home), "PMA_MODELS_CACHE": str(db_settings.models_dir),
           "PMA_DATABASE_URL": db_settings.retrieval.database_url.get_secret_value(), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(_COMMANDS), json.dumps(HEAVY)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert [(argv, code) for argv, code, _ in got["results"]] == [(argv, 0) for argv in _COMMANDS], done.stderr
    outputs = {" ".join(argv): out for argv, _, out in got["results"]}
    assert "[F" in outputs["search offline maps keep failing --k 3"]  # the dense path ran and found items
    assert len(json.loads(outputs["search battery drain --mode dense --json"])) == 10
    assert got["heavy"] == []


def test_a_command_group_alone_prints_its_help(capsys):
    assert run(["conversations"]) == 0
    assert "list" in capsys.readouterr().out
    assert run([]) == 0
    assert "search" in capsys.readouterr().out


def test_an_invalid_setting_is_a_one_line_user_error(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PMA_HOME", str(tmp_path / "pma"))
    monkeypatch.setenv("PMA_RETRIEVAL_EMBEDDING_RUNTIME", "tensorflow")
    assert run(["stats"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "retrieval.embedding_runtime" in err and "PMA_RETRIEVAL_EMBEDDING_RUNTIME" in err
