"""Every measured figure the README quotes comes from a committed ``bench/results/*.json``.

A README block (a paragraph, a list item or a table row) that quotes a measured figure names where it comes from:
a results file (``bench/results/NAME.json``) or the bench that writes it (``bench/NAME.py``, results
``bench/results/NAME*.json``); a block that names none takes the sources named in its section. A measured figure
is a decimal with two or more decimals (``0.767``), or a ratio or share with a decimal (``1.27x``, ``12.5%``); it
must equal a number in one of those files at the precision the README prints (as is, or times 100 for a share).
Not checked: round integers (sizes, counts), software versions, targets (a figure after "target", ">=" or "<="),
and settings (a figure that is a literal in the product's code, e.g. a threshold): those are not results.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.paths import REPO

RESULTS = REPO / "bench" / "results"
_SOURCE = re.compile(r"bench/results/([\w.-]+)\.json|bench/([a-z_]+)\.py|python -m bench\.([a-z_]+)")
_FIGURE = re.compile(r"(?<![\w.\-/])(\d+\.\d+)(x|%)?(?![\w.]*\d)|(?<![\w.\-/])(\d+\.\d{2,})(?![\w.])")
_VERSION_OR_DATE = re.compile(r"\d+\.\d+\.\d+|\d{4}-\d{2}-\d{2}|(?:Python|Gradio|PostgreSQL|transformers|torch|"
                              r"peft|trl|pgvector)\s*[=v]*\d+(?:\.\d+)*\+?", re.IGNORECASE)
_TARGET = re.compile(r"(?:target(?:s| was| is| of)?|>=|<=|≥|≤)\s*[:=]?\s*$", re.IGNORECASE)
CODE_FOLDERS = ("assistant", "retrieval", "finetune", "ui")
_NUMBER_IN_TEXT = re.compile(r"-?\d+(?:\.\d+)?")


def _blocks(text: str) -> list[tuple[str, str]]:
    """(section heading, block) pairs; code blocks are skipped (they show commands, not results)."""
    out, section, lines, fence = [], "", [], False

    def flush():
        if lines:
            out.append((section, "\n".join(lines)))
            lines.clear()

    for line in text.splitlines():
        if line.startswith("```"):
            fence = not fence
            flush()
            continue
        if fence:
            continue
        if line.startswith("#"):
            flush()
            section = line.strip("# ").strip()
        elif not line.strip() or line.startswith("|") or re.match(r"\s*[-*] ", line):
            flush()
            if line.strip():
                lines.append(line)
                if line.startswith("|"):
                    flush()
        else:
            lines.append(line)
    flush()
    return out


def _sources(block: str) -> set[Path]:
    files: set[Path] = set()
    for result, bench, module in _SOURCE.findall(block):
        if result:
            files.add(RESULTS / f"{result}.json")
        for name in (bench, module):
            if name:
                files.update(RESULTS.glob(f"{name}*.json"))
    return files


def _numbers(value, out: set[float]) -> set[float]:
    if isinstance(value, bool):
        return out
    if isinstance(value, (int, float)):
        out.add(float(value))
    elif isinstance(value, str):
        out.update(float(n) for n in _NUMBER_IN_TEXT.findall(value.replace(",", "")))
    elif isinstance(value, dict):
        for v in value.values():
            _numbers(v, out)
    elif isinstance(value, list):
        for v in value:
            _numbers(v, out)
    return out


_CACHE: dict[Path, set[float]] = {}


def _values(path: Path) -> set[float]:
    if path not in _CACHE:
        _CACHE[path] = _numbers(json.loads(path.read_text(encoding="utf-8")), set())
    return _CACHE[path]


def _figures(block: str) -> list[tuple[str, float, int, str]]:
    """(as written, value, decimals, suffix) for each measured figure in ``block``."""
    text = _VERSION_OR_DATE.sub(" ", re.sub(r"`[^`]*`", " ", block))  # code spans are names, not results
    out = []
    for m in _FIGURE.finditer(text):
        raw, suffix = (m.group(1), m.group(2) or "") if m.group(1) else (m.group(3), "")
        decimals = len(raw.split(".")[1])
        if (suffix or decimals >= 2) and not _TARGET.search(text[max(0, m.start() - 12):m.start()]) \
                and raw not in _settings():
            out.append((raw + suffix, float(raw), decimals, suffix))
    return out


_SETTINGS: set[str] = set()


def _settings() -> set[str]:
    """Decimal literals in the product's code (thresholds, weights, defaults)."""
    if not _SETTINGS:
        for folder in CODE_FOLDERS:
            for path in (REPO / folder).rglob("*.py"):
                _SETTINGS.update(re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", path.read_text(encoding="utf-8")))
    return _SETTINGS


def _found(value: float, decimals: int, suffix: str, numbers: set[float]) -> bool:
    scales = (1.0, 100.0) if suffix == "%" else (1.0,)
    tolerance = 0.5 * 10 ** -decimals + 1e-9
    return any(abs(n * s - value) <= tolerance for n in numbers for s in scales)


def _check() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section_sources: dict[str, set[Path]] = {}
    blocks = _blocks(readme)
    for section, block in blocks:
        section_sources.setdefault(section, set()).update(_sources(block))
    problems = []
    for section, block in blocks:
        figures = _figures(block)
        if not figures:
            continue
        files = _sources(block) or section_sources.get(section, set())
        missing = [f for f in files if not f.exists()]
        if missing:
            problems.append(f"[{section}] names {', '.join(str(f.relative_to(REPO)) for f in missing)}, which is not "
                            "committed")
            continue
        if not files:
            problems.append(f"[{section}] quotes {', '.join(f[0] for f in figures)} without naming a results file: "
                            f"{block[:120]!r}")
            continue
        numbers = set().union(*(_values(f) for f in files))
        for raw, value, decimals, suffix in figures:
            if not _found(value, decimals, suffix, numbers):
                names = ", ".join(sorted(f.name for f in files))
                problems.append(f"[{section}] {raw} is in none of {names}: {block[:160]!r}")
    return problems


def test_every_measured_figure_in_the_readme_is_in_its_results_file():
    problems = _check()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("block, ok", [
    ("Recall 0.986 (`bench/results/pii.json`).", True),
    ("Recall 0.987 (`bench/results/pii.json`).", False),
    ("Version 4.4.0 shipped on 2026-10-28 with `max_length 0.25` in `bench/results/pii.json`.", True),
])
def test_the_check_itself_can_fail(tmp_path, monkeypatch, block, ok):
    import tests.test_readme_numbers as module

    results = tmp_path / "bench" / "results"
    results.mkdir(parents=True)
    (results / "pii.json").write_text(json.dumps({"test": {"recall": 0.98567}}), encoding="utf-8")
    (tmp_path / "README.md").write_text(f"# Title\n\n## Section\n\n{block}\n", encoding="utf-8")
    monkeypatch.setattr(module, "REPO", tmp_path)
    monkeypatch.setattr(module, "RESULTS", results)
    monkeypatch.setattr(module, "_CACHE", {})
    assert (module._check() == []) is ok
