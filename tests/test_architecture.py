"""Layering: retrieval <- assistant <- ui; finetune uses assistant (prompts, models, types) and retrieval only.
Importing the library packages must not import torch (the CLI starts fast and `pma --help` loads no model)."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from conftest import REPO

FORBIDDEN = {
    "retrieval": {"assistant", "ui", "finetune"},
    "assistant": {"ui", "finetune"},
    "finetune": {"ui"},
}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module.split(".")[0]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_direction(package):
    bad = [f"{p.relative_to(REPO)}:{line} imports {mod}"
           for p in (REPO / package).rglob("*.py")
           for line, mod in _imports(p) if mod in FORBIDDEN[package]]
    assert not bad, bad


def test_library_import_does_not_load_torch():
    modules = ["retrieval", "retrieval.settings", "retrieval.ingest", "retrieval.search", "assistant",
               "assistant.llm.weights", "assistant.llm.chat_template", "assistant.llm", "ui.cli"]
    code = ("import sys, importlib\n"
            f"for m in {modules!r}:\n"
            "    importlib.import_module(m)\n"
            "importlib.import_module('ui.cli')._register()\n"
            "print(sorted(k for k in ('torch', 'transformers', 'sentence_transformers', 'gradio') if k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
