"""The UI side of defined themes, release impact and the first minute, through the handlers the pages call (the
browser versions are in tests/test_ui_features_browser.py): releases as the data shows them and their markers on the
weekly trend, a release's impact table with customer text escaped, the theme form, and the example loading by itself
on an empty install (and leaving a PM's own data alone).
"""

from __future__ import annotations

import re

import pytest

from assistant.report.charts import RELEASE_MARKERS
from assistant.report.html import render_html
from assistant.safety.escape import markdown_text
from retrieval.errors import UserError
from tests.support.database import fresh_database
from tests.support.fake_llm import FakeLLM
from tests.support.ui import sample_csv
from ui.handlers import defined_themes as defined_h
from ui.handlers import impact as impact_h
from ui.handlers import themes as themes_h
from ui.handlers.services import Services

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def services(example):
    return Services(example, llm=FakeLLM("Noted."))


def test_releases_are_dated_by_their_first_feedback_and_marked_on_the_trend(services):
    with services.db.connect() as conn:
        first = conn.execute("SELECT min(created_at) FROM feedback WHERE app_version LIKE '4.4.%'").fetchone()[0]
    choices = impact_h.release_choices(services)
    assert choices[0][1] == "4.4.2" and any(v == "4.4.0" for _, v in choices)  # newest first
    report = themes_h.run_summary(services)
    assert {rel.label: rel.at for rel in report.releases}["4.4"] == first.isoformat()
    svg = themes_h.charts(report)["trend"]  # the Themes tab marks the releases the report holds
    marked = report.releases[-RELEASE_MARKERS:]
    assert 0 < svg.count('class="pma-release"') == sum(report.weeks[0] <= rel.at[:10] for rel in marked)
    assert f"<title>4.4 ({first.date().isoformat()})</title>" in svg
    assert svg.count('class="pma-release"') == render_html(report).count('class="pma-release"')  # as downloaded
    assert 'class="pma-release"' not in themes_h.charts(report.model_copy(update={"releases": []}))["trend"]


def test_release_impact_table_names_the_fix_and_escapes_labels(services):
    result = impact_h.release_impact(services, "4.4.0", None, 28)
    crash = next(r for r in result["themes"] if "android" in r["label"].lower() or "crash" in r["label"].lower()
                 or "saved" in r["label"].lower())
    assert crash["direction"] == "fewer"
    label = "<img src=x> ![x](http://example.invalid/p.gif)"
    result["themes"][0]["label"] = label
    text = impact_h.impact_markdown(result)
    assert markdown_text(label) in text  # escaped: shown as text (the browser test checks what the page shows)
    assert not re.search(r"(?<!\\)<img", text) and not re.search(r"(?<!\\)!(?!\\)\[", text)
    assert "**fewer** ↓" in text
    with pytest.raises(UserError, match="not both"):
        impact_h.release_impact(services, "4.4.0", "2026-10-28", 28)
    with pytest.raises(UserError):
        impact_h.release_impact(services, "9.9.9", None, 28)


def test_the_theme_form_defines_changes_and_removes(services):
    with pytest.raises(UserError, match="name"):
        defined_h.save(services, "  ", "refunds", "")
    done = defined_h.save(services, "Billing and pricing", "charged twice, refunds, price increase, renewal", "")
    text = defined_h.result_markdown(done)
    theme = done["themes"][0]
    assert theme["items"] > 5 and f"{theme['items']} items" in text and "not covered" in text
    assert any(r[1] == "Billing and pricing" and r[3] == theme["items"] for r in defined_h.rows(services))
    again = defined_h.save(services, "Billing and pricing", "charged twice, refunds", "")
    assert again["themes"][0]["id"] == theme["id"] and not again["themes"][0]["created"]  # same id when changed
    note = defined_h.remove(services, theme["id"])
    assert "Removed" in note and defined_h.rows(services) == []


def test_the_example_loads_by_itself_on_an_empty_install(pg_server, tmp_path, models_cache):
    from ui.handlers.example import ExampleLoader, latest_plan, status_markdown

    settings = fresh_database(pg_server, "u_first_minute", tmp_path / "pma", models_cache, themes={"use_llm": False})
    services = Services(settings, llm=FakeLLM("Noted."))
    loader = ExampleLoader(services)
    assert "Loading the example" in status_markdown(loader.snapshot())
    loader.start().thread.join(timeout=600)
    snap = loader.snapshot()
    assert snap["status"] == "done", snap
    assert snap["done"] == ["ingest", "themes", "plan"] and snap["items"] > 300
    with services.db.connect() as conn:
        assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == snap["items"]
    assert themes_h.latest(services) is not None  # the Themes tab opens on it
    assert len(latest_plan(services)["items"]) == snap["plan_items"] > 0  # and the Plan tab
    assert f"{snap['items']} items" in status_markdown(snap)

    # A second start (or a database with the PM's own feedback) leaves the data alone.
    mine = fresh_database(pg_server, "u_first_minute_own", tmp_path / "own", models_cache)
    from retrieval.ingest import ingest_paths

    ingest_paths([sample_csv(tmp_path / "own.csv", 20)], mine)
    own = ExampleLoader(Services(mine, llm=FakeLLM("Noted.")))
    own.start().thread.join(timeout=120)
    assert own.snapshot()["status"] == "skipped" and status_markdown(own.snapshot()) == ""
    with Services(mine).db.connect() as conn:
        assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 20
