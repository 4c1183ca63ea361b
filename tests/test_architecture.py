"""The layers, written as tests so they stay visible.

- retrieval <- assistant <- ui; finetune uses only prompt rendering and model files from assistant
  (``assistant.llm.chat_template``, ``assistant.llm.weights``).
- Inside assistant, the features (chat, themes, recommend) share rules only through ``assistant.llm``,
  ``assistant.safety`` and the themes read side (``assistant.themes.view``, ``.kinds``, ``.stats``, ``.store``,
  ``.impact``); they never import each other's internals. ``assistant.workflows`` composes them.
- Importing the library packages, or the CLI with every command registered, does not import torch: `pma --help`,
  `pma config` and `pma stats` start fast and load no model.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests.support.paths import REPO

FORBIDDEN = {
    "retrieval": {"assistant", "ui", "finetune"},
    "assistant": {"ui", "finetune"},
    "finetune": {"ui"},
}
THEMES_READ_SIDE = {"assistant.themes.view", "assistant.themes.kinds", "assistant.themes.stats",
                    "assistant.themes.store", "assistant.themes.impact"}
SHARED = ("assistant.llm", "assistant.safety")
# What each part of assistant may import from assistant (its own package always).
ALLOWED_INSIDE = {
    "assistant.llm": (),
    "assistant.safety": (),
    "assistant.chat": (*SHARED, *THEMES_READ_SIDE),
    "assistant.recommend": (*SHARED, *THEMES_READ_SIDE),
    "assistant.themes": (*SHARED, "assistant.report"),
    "assistant.report": ("assistant.safety", *THEMES_READ_SIDE),
    # Evaluation composes chat (its public package) with search, like workflows; nothing in assistant imports it.
    "assistant.evaluate": (*SHARED, "assistant.chat"),
}
FINETUNE_MAY_USE = ("assistant.llm.chat_template", "assistant.llm.weights")


def _imports(path):
    """(line, dotted module) for every absolute import in ``path``, function-level imports included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:  # "from assistant.themes import kinds" imports assistant.themes.kinds
                yield node.lineno, f"{node.module}.{alias.name}"


def _package_of(path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:2]) if parts[0] == "assistant" and len(parts) > 2 else parts[0]


def _within(module: str, prefixes) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_direction(package):
    bad = [f"{p.relative_to(REPO)}:{line} imports {mod}"
           for p in (REPO / package).rglob("*.py")
           for line, mod in _imports(p) if mod.split(".")[0] in FORBIDDEN[package]]
    assert not bad, bad


@pytest.mark.parametrize("part", sorted(ALLOWED_INSIDE))
def test_features_share_rules_only_through_llm_safety_and_the_themes_read_side(part):
    folder = REPO.joinpath(*part.split("."))
    allowed = (part, *ALLOWED_INSIDE[part])
    bad = [f"{p.relative_to(REPO)}:{line} imports {mod}"
           for p in folder.rglob("*.py")
           for line, mod in _imports(p)
           if mod.startswith("assistant.") and mod.count(".") >= 1 and not _within(mod, allowed)
           and mod not in {"assistant.themes"}]  # a package's own __init__ re-export is checked through its members
    assert not bad, bad


def test_finetune_uses_only_prompt_rendering_and_model_files_from_assistant():
    bad = [f"{p.relative_to(REPO)}:{line} imports {mod}"
           for p in (REPO / "finetune").rglob("*.py")
           for line, mod in _imports(p) if mod.startswith("assistant") and not _within(mod, FINETUNE_MAY_USE)]
    assert not bad, bad


def test_library_import_does_not_load_torch():
    modules = ["retrieval", "retrieval.settings", "retrieval.ingest", "retrieval.search", "retrieval.atomic",
               "assistant", "assistant.llm", "assistant.llm.weights", "assistant.llm.chat_template",
               "assistant.safety.untrusted", "assistant.safety.output", "assistant.safety.escape",
               "assistant.themes.view", "assistant.themes.kinds", "assistant.workflows", "assistant.chat",
               "assistant.safety.support", "assistant.evaluate",
               "assistant.recommend", "ui.cli"]
    code = ("import sys, importlib\n"
            f"for m in {modules!r}:\n"
            "    importlib.import_module(m)\n"
            "importlib.import_module('ui.cli')._register()\n"
            "print(sorted(k for k in ('torch', 'transformers', 'sentence_transformers', 'gradio') if k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
