"""End to end in real headless Chromium: upload the example export, wait for the ingest, ask a question and watch
the answer stream in with citation chips, open a cited item, then run the themes summary and see its charts.

Screenshots go to tests/artifacts/ (gitignored). Needs Debian's chromium at /usr/bin/chromium (`make system-deps`)
and Playwright's Python package; skipped with the reason when either is missing.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.support.database import fresh_database
from tests.support.paths import ARTIFACTS, EXAMPLE_CSV
from tests.support.ui import launched

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run"]


@pytest.fixture
def browser_page():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (`make system-deps`) to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            yield browser.new_page(viewport={"width": 1400, "height": 1000})
        finally:
            browser.close()


def test_upload_ask_and_see_themes(browser_page, pg_server, tmp_path, models_cache, bundled_llm_dir):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    settings = fresh_database(pg_server, "t_ui_browser", tmp_path / "pma", models_cache,
                              llm={"max_new_tokens": 64}, themes={"use_llm": False})
    page = browser_page
    with launched(settings) as (_, url):
        page.goto(url)
        page.get_by_role("tab", name="Feedback").click()
        upload = page.locator("#pma-upload input[type=file]")
        upload.set_input_files(str(EXAMPLE_CSV))
        # the file name shows once Gradio has uploaded it; it took over 30 s on a loaded 2-core machine, and over
        # 90 s once with the other test worker and a benchmark busy on both cores; once (session 14, fresh clone) it
        # never showed in 180 s while the same test alone took 20 s: the upload event was lost, so it is sent again
        try:
            page.get_by_text("feedback.csv").first.wait_for(timeout=90_000)
        except Exception:  # playwright's TimeoutError
            upload.set_input_files(str(EXAMPLE_CSV))
            page.get_by_text("feedback.csv").first.wait_for(timeout=180_000)
        page.click("#pma-ingest")
        result = page.locator("#pma-ingest-result")
        result.get_by_text("327 added").wait_for(timeout=240_000)
        page.get_by_text("327 feedback items").wait_for(timeout=30_000)  # the table reloads after the ingest
        page.get_by_text("Remove a file loaded by mistake").click()  # the file is offered (not removed here)
        page.click("#pma-remove-file input")
        page.get_by_role("option", name=re.compile(r"feedback\.csv · 327 items")).wait_for(timeout=30_000)
        page.keyboard.press("Escape")
        page.screenshot(path=str(ARTIFACTS / "ui-feedback.png"), full_page=True)

        page.get_by_role("tab", name="Chat").click()
        page.fill("#pma-question textarea", "Why do offline maps fail to download?")
        page.click("#pma-ask")
        bot = page.locator("#pma-chatbot [data-testid='bot']").last
        seen: list[str] = []
        chips = page.locator("#pma-chips label")
        deadline = time.time() + 240
        while chips.count() == 0 and time.time() < deadline:
            if bot.count():
                text = bot.inner_text()
                if text and (not seen or text != seen[-1]):
                    seen.append(text)
            time.sleep(0.1)
        assert chips.count() >= 1, "no citation chip appeared"
        final = bot.inner_text()
        # Streaming: the evidence summary is on screen before the model has finished (the chips come last), and the
        # final answer starts with it (checked model sentences, if any, are only appended).
        assert seen, "nothing was shown before the answer finished"
        assert final.startswith(seen[0][:40]), (seen[0], final)
        ref = chips.first.inner_text().split(" · ")[0]
        assert ref.startswith("F") and f"[{ref}]" in final
        chips.first.click()
        card = page.locator("#pma-card")
        card.get_by_text("source").first.wait_for(timeout=30_000)
        assert ref in card.inner_text()
        page.screenshot(path=str(ARTIFACTS / "ui-chat.png"), full_page=True)

        page.get_by_role("tab", name="Themes").click()
        page.click("#pma-run-summary")
        page.locator("#pma-themes-status").get_by_text("themes;").wait_for(timeout=240_000)
        bars = page.locator("#pma-theme-sizes svg rect")
        bars.first.wait_for(timeout=30_000)
        assert bars.count() >= 3  # one bar per theme
        box = page.locator("#pma-theme-sizes svg").bounding_box()
        assert box and box["width"] > 300 and box["height"] > 60
        assert page.locator("#pma-theme-trend svg polyline").count() >= 3
        page.locator("#pma-theme-detail").get_by_text("[F").first.wait_for(timeout=30_000)  # quotes with ids
        page.screenshot(path=str(ARTIFACTS / "ui-themes.png"), full_page=True)
