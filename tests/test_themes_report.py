"""The themes report as files: structure (golden), self-contained safe HTML, atomic writes, and the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.report import render, write_report
from assistant.report.document import ThemesReport
from assistant.themes import summarize
from retrieval.errors import UserError

GOLDEN = Path(__file__).parent / "golden" / "themes_report_structure.json"


def _shape(value, path="$"):
    """Key paths and value types of the report (content-free, so it survives different data)."""
    if isinstance(value, dict):
        out = {path: "object"}
        for key, v in value.items():
            # Maps keyed by data (theme id, sentiment, type, silhouette k) are described by one entry.
            k = "*" if path.endswith((".sentiment", ".types", ".silhouette", ".unassigned_by_k", ".timings")) else key
            out.update(_shape(v, f"{path}.{k}"))
        return out
    if isinstance(value, list):
        out = {path: "array"}
        for v in value[:1]:
            out.update(_shape(v, f"{path}[]"))
        return out
    return {path: "number" if isinstance(value, (int, float)) and not isinstance(value, bool) else type(value).__name__}


def _markdown_outline(md: str) -> list[str]:
    heads = [line for line in md.splitlines() if line.startswith("#")]
    return [h if h in {"# What customers are telling us", "## Unassigned", "## Method", "## Notes"} else h.split(" ")[0]
            for h in heads]


@pytest.fixture
def report(loaded):  # noqa: F811
    return summarize(loaded, llm=None)


def test_report_structure_matches_golden(report):
    """Regenerate with PMA_UPDATE_GOLDEN=1 after a deliberate change, and review the diff."""
    shape = {k: v for k, v in sorted(_shape(report.to_json()).items()) if v != "NoneType"}
    outline = _markdown_outline(render(report, "markdown"))
    current = {"json": shape, "markdown_outline": outline}
    if os.environ.get("PMA_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert current["markdown_outline"] == expected["markdown_outline"]
    missing = {k: v for k, v in expected["json"].items() if shape.get(k) != v}
    assert not missing, f"report fields changed: {missing}"


def test_html_is_self_contained_and_escapes_feedback(report, tmp_path):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    theme = report.themes[0]
    theme.label = evil
    theme.quotes[0].text = evil
    paths = write_report(report, tmp_path / "out" / "themes.html")
    assert [p.name for p in paths] == ["themes.html", "themes.json"]
    html = paths[0].read_text(encoding="utf-8")
    assert "<script" not in html and "onerror=alert(1)>" not in html and "&lt;script&gt;" in html
    assert html.count("<svg") >= 3 + len(report.themes)  # sizes, sentiment, weekly lines + one per theme
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html
    for th in report.themes:
        assert all(q.id in html for q in th.quotes) and f'id="theme-{th.id}"' in html
    data = json.loads(paths[1].read_text(encoding="utf-8"))
    assert data["themes"][0]["label"] == evil and data["totals"]["items"] == 24
    assert sorted(p.name for p in paths[0].parent.iterdir()) == ["themes.html", "themes.json"]  # no temp files


def test_report_json_round_trips_and_other_shapes_are_refused(report):
    data = json.loads(render(report, "json"))
    assert data["schema"] == "pma.themes-report/1" and data["totals"]["items"] == 24
    again = ThemesReport.from_json(data)
    assert again == report and again.theme(report.themes[0].id) == report.themes[0]
    for bad in ({**data, "themes": [{"label": "x"}]}, {**data, "colour": "red"},
                {k: v for k, v in data.items() if k != "totals"}):
        with pytest.raises(ValidationError):
            ThemesReport.from_json(bad)
    with pytest.raises(ValidationError):  # assignments are checked too
        report.themes[0].size = "many"


def test_markdown_has_numbers_and_quotes_from_the_data(report, tmp_path):
    (path, _) = write_report(report, tmp_path / "r.md")
    md = path.read_text(encoding="utf-8")
    for th in report.themes:
        assert f"## {th.label} (#{th.id})" in md and f"| {th.id} |" in md
        assert all(f"[{q.id}]" in md for q in th.quotes)
    assert "Emerging:" in md and "24 feedback items" in md


def test_a_week_the_data_covers_in_part_is_said_and_dotted(report, tmp_path):
    """A tester's report ended on a Monday holding one day of data: the login line fell from 13 to 2 and looked fixed."""
    from datetime import date, datetime

    from assistant.report import charts

    end = datetime.fromisoformat(report.window.end)
    covered = (end.date() - date.fromisoformat(report.weeks[-1])).days + (end.time() != datetime.min.time())
    partial = charts.partial_weeks(report.weeks, report.window)
    assert (len(report.weeks) - 1 in partial) == (covered < 7)
    if covered < 7:
        assert partial[len(report.weeks) - 1] == covered
    # the same check on a window cut to one day of the last week
    cut = report.window.model_copy(update={"end": f"{report.weeks[-1]}T12:00:00+00:00"})
    partial = charts.partial_weeks(report.weeks, cut)
    assert partial[len(report.weeks) - 1] == 1
    svg = charts.lines([("a", [w.count for w in report.themes[0].weekly])], report.weeks, title="t", partial=partial)
    assert 'class="pma-partial"' in svg
    note = charts.partial_note(report.weeks, partial)
    assert f"Last week (from {report.weeks[-1]}): 1 of 7 days of data so far" in note
    report.window = cut
    md = render(report, "markdown")
    assert "1 of 7 days of data so far" in md and "1 of 7 days of data so far" in render(report, "html")


def test_exports_without_user_ids_show_no_users_rather_than_zero(report):
    """An export with no user column has no distinct users to count: the report says "-" / "no user ids", never
    "0 users"; a theme whose items are mostly one kind says "mostly", otherwise which kind is largest."""
    from assistant.report.text import theme_numbers
    from assistant.themes.summarize import fallback_summary

    anonymous = report.model_copy(deep=True)
    anonymous.totals.distinct_users = 0
    for th in anonymous.themes:
        th.distinct_users = 0
    md, html = render(anonymous, "markdown"), render(anonymous, "html")
    th = anonymous.themes[0]
    assert f"| {th.id} | {th.label}" in md and f"| {th.size} | " in md
    row = next(line for line in md.splitlines() if line.startswith(f"| {th.id} | "))
    assert row.split(" | ")[4] == "-"
    assert '<td class="n">0</td>' not in html and "<b>-</b><span>distinct users</span>" in html
    assert "no user ids" in "\n".join(theme_numbers(th, anonymous)) and "0 distinct users" not in md
    unrated = anonymous.model_copy(deep=True)  # e.g. restaurant sentences: no rating column
    unrated.themes[0].avg_rating = None
    assert theme_numbers(unrated.themes[0], unrated)[0].endswith("no user ids, no ratings")
    undated = unrated.model_copy(deep=True)
    undated.window.start = None
    assert "Trend: none: the items have no dates" in theme_numbers(undated.themes[0], undated)
    assert any(line.startswith("Trend: ") and "days vs" in line for line in theme_numbers(th, anonymous))
    assert f"average rating {th.avg_rating:.1f} from {th.rated} ratings" in theme_numbers(th, anonymous)[0]
    known = render(report, "markdown")
    assert next(line for line in known.splitlines() if line.startswith(f"| {th.id} | ")).split(" | ")[4] == str(
        report.themes[0].distinct_users)
    assert fallback_summary(["login"], {"size": 100, "types": {"bug": 51}}) == "Items mentioning login; mostly bug (51%)."
    assert fallback_summary(["ads"], {"size": 100, "types": {"praise": 37, "bug": 30}}) == (
        "Items mentioning ads; largest type: praise (37%).")


def test_a_failed_render_leaves_the_old_report_untouched(report, tmp_path):
    target = tmp_path / "r.html"
    target.write_text("old report", encoding="utf-8")
    # A report built without validation (model_copy) with a theme that lacks its trend: rendering raises.
    broken = report.model_copy(update={"themes": [report.themes[0].model_copy(update={"trend": None})]})
    with pytest.raises(AttributeError):
        write_report(broken, target)
    assert target.read_text(encoding="utf-8") == "old report" and sorted(os.listdir(tmp_path)) == ["r.html"]
    with pytest.raises(UserError, match="unknown report format"):
        write_report(report, tmp_path / "r.txt")


def test_cli_summarize_and_edit_themes(loaded, monkeypatch, capsys, tmp_path):  # noqa: F811
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(loaded.home))
    monkeypatch.setenv("PMA_DATABASE_URL", loaded.retrieval.database_url.get_secret_value())
    monkeypatch.setenv("PMA_THEMES_MAX_THEMES", "6")
    out = tmp_path / "report.md"
    assert run(["summarize", "--no-llm", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "24 items (all feedback): 3 themes, 0 unassigned" in text and "[emerging]" in text
    assert out.exists() and out.with_suffix(".json").exists()
    assert run(["themes", "list", "--json"]) == 0
    themes = json.loads(capsys.readouterr().out)
    ids = [t["id"] for t in themes]
    assert len(ids) == 3 and sum(t["size"] for t in themes) == 24
    assert run(["themes", "rename", str(ids[0]), "Battery and GPS"]) == 0
    assert run(["themes", "merge", str(ids[0]), str(ids[1]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["size"] == 16
    assert run(["themes", "split", str(ids[0]), "--into", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Split #{ids[0]} into #") and "a full `pma summarize` groups all feedback again" in out
    assert run(["summarize", "--update", "--no-llm", "--json", "--out", str(tmp_path / "u.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["mode"] == "update" and len(data["themes"]) == 3 and data["totals"]["unassigned"] == 0
    assert run(["summarize", "--out", str(tmp_path / "r.txt")]) == 1
    assert run(["summarize", "--where", "colour=red", "--no-llm"]) == 1
    assert run(["summarize", "--themes", "99", "--no-llm"]) == 1
    assert run(["themes", "rename", "999", "x"]) == 1
    err = capsys.readouterr().err
    assert "unknown report format" in err and "unknown field 'colour'" in err and "--themes 99" in err
    assert "No active theme with id 999" in err
