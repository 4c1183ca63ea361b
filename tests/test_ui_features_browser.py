"""In real headless Chromium: the PM's own themes and a release's impact in the Themes tab, the first minute (the
example loading by itself on an empty install), and customer markup shown as text everywhere it appears.

Screenshots go to tests/artifacts/ (gitignored). Same requirements and skips as tests/test_ui_browser.py.
"""

from __future__ import annotations

import csv
import http.server
import io
import threading
import time

import pytest

from tests.support.database import fresh_database
from tests.support.example import example_copy
from tests.support.fake_llm import FakeLLM
from tests.support.paths import ARTIFACTS, EXAMPLE_CSV
from tests.support.ui import launched
from tests.test_ui_browser import browser_page  # noqa: F401 - the shared Chromium fixture

pytestmark = [pytest.mark.slow, pytest.mark.browser]
LONG = 240_000  # ms: a busy 2-core machine


def _wait_text(locator, text: str, timeout_ms: int = LONG) -> str:
    """Wait until ``text`` is in the element's visible text (Gradio tables keep hidden copies of their cells)."""
    deadline = time.time() + timeout_ms / 1000
    while True:
        shown = locator.inner_text() if locator.count() else ""
        if text in shown or time.time() > deadline:
            assert text in shown, (text, shown[:500])
            return shown
        time.sleep(0.2)


def _ready(page) -> None:
    """The page's load events have run (they fill the model line in Chat)."""
    _wait_text(page.locator("#pma-model"), "Model", 60_000)


def _services(settings, llm=None):
    from ui.handlers.services import Services

    return Services(settings, llm=llm or FakeLLM("Noted."))


def test_define_a_theme_and_see_a_release_impact(browser_page, pg_server, example_template, tmp_path,  # noqa: F811
                                                  models_cache):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    settings = example_copy(pg_server, example_template, "b_defined_impact", tmp_path / "pma", models_cache,
                            themes={"use_llm": False})
    page = browser_page
    with launched(settings, _services(settings)) as (_, url):
        page.goto(url)
        _ready(page)
        page.get_by_role("tab", name="Themes").click()
        release = page.locator("#pma-impact-release input")
        deadline = time.time() + 60
        while not release.input_value() and time.time() < deadline:  # releases are read when the tab opens
            time.sleep(0.2)
        assert release.input_value().startswith("4.4.2")  # newest first
        page.fill("#pma-defined-name textarea, #pma-defined-name input", "Billing and pricing")
        page.fill("#pma-defined-criteria textarea, #pma-defined-criteria input",
                  "charged twice, refunds, price increase, renewal")
        page.click("#pma-defined-save")
        result = page.locator("#pma-defined-result")
        result.get_by_text("Billing and pricing").first.wait_for(timeout=LONG)
        text = result.inner_text()
        assert "items" in text and "billed twice" in text.lower(), text  # a supporting sentence is shown
        _wait_text(page.locator("#pma-defined-table"), "Billing and pricing", 30_000)
        page.locator("#pma-defined-result").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "ui-defined-themes.png"), full_page=True)

        release.click()
        page.get_by_role("option", name="4.4.0 (first feedback").click()
        assert release.input_value().startswith("4.4.0")
        page.click("#pma-impact-run")
        impact = page.locator("#pma-impact-result")
        impact.get_by_text("Impact of 4.4.0").wait_for(timeout=LONG)
        rows = [r.inner_text() for r in impact.locator("tr").all()]
        crash = [r for r in rows if "android" in r.lower() or "saved route" in r.lower() or "crash" in r.lower()]
        assert crash and any("fewer" in r for r in crash), rows  # 4.4.0 fixed the Android 15 crash
        impact.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "ui-release-impact.png"), full_page=True)


def test_first_minute_the_example_loads_by_itself(browser_page, pg_server, tmp_path, models_cache):  # noqa: F811
    from ui.handlers.example import ExampleLoader

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    settings = fresh_database(pg_server, "b_first_minute", tmp_path / "pma", models_cache, themes={"use_llm": False})
    services = _services(settings)
    services.example = ExampleLoader(services)
    page = browser_page
    with launched(settings, services) as (_, url):
        page.goto(url)
        _ready(page)
        banner = page.locator("#pma-first-run")
        banner.get_by_text("Loading the example").wait_for(timeout=30_000)  # the UI is up before the data
        services.example.start()
        banner.get_by_text("The example is loaded").wait_for(timeout=LONG)
        assert "327 items" in banner.inner_text()
        page.screenshot(path=str(ARTIFACTS / "ui-first-minute.png"), full_page=True)

        page.get_by_role("tab", name="Plan").click()
        page.locator("#pma-plan-details").get_by_text("RICE").first.wait_for(timeout=30_000)
        page.get_by_role("tab", name="Themes").click()
        page.locator("#pma-theme-sizes svg rect").first.wait_for(timeout=30_000)
        assert page.locator("#pma-theme-sizes svg rect").count() >= 3
        marker = page.locator("#pma-theme-trend svg line.pma-release")  # the release on the weekly trend
        marker.first.wait_for(state="attached", timeout=30_000)
        titles = page.locator("#pma-theme-trend svg line.pma-release title").all()
        assert any(t.text_content().startswith("4.4 (") for t in titles), [t.text_content() for t in titles]
        page.locator("#pma-theme-trend").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "ui-release-marker.png"), full_page=True)
        page.get_by_role("tab", name="Fine-tune").click()
        page.locator("#pma-ft-example").wait_for(timeout=30_000)
        assert "Try fine-tuning on the example" in page.locator("#pma-ft-adapters").inner_text()


class _Pixel(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the stdlib's name
        _Pixel.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()
        self.wfile.write(b"GIF89a")

    def log_message(self, *args):
        pass


def test_customer_markup_is_shown_as_text_everywhere(browser_page, pg_server, tmp_path, models_cache):  # noqa: F811
    """A review holding an image in Markdown and in HTML shows those characters, loads nothing, in the feedback
    card, the theme detail, the plan details, chat's evidence and your theme's supporting sentences."""
    from retrieval.ingest import ingest_paths

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pixel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host = f"localhost:{server.server_address[1]}"  # a name: ingestion redacts IP addresses
    payload = f"![x](http://{host}/md.gif) <img src=http://{host}/html.gif> "
    with EXAMPLE_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[:80]
    for row in rows:
        row["text"] = payload + row["text"]  # first, so clipped quotes and first sentences keep it
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "markup.csv"
    path.write_text(out.getvalue(), encoding="utf-8")

    settings = fresh_database(pg_server, "b_markup", tmp_path / "pma", models_cache, themes={"use_llm": False})
    ingest_paths([path], settings)
    _Pixel.hits.clear()
    page = browser_page

    def check(where: str, view, *, whole: bool = True) -> None:
        text = view.inner_text()
        if whole:
            assert f"![x](http://{host}/md.gif)" in text and f"<img src=http://{host}/html.gif>" in text, (where, text)
        else:  # chat quotes an excerpt of each item (clipped from the front): what is shown is still text
            assert "<img src=" in text, (where, text)
        assert view.locator("img").count() == 0, where  # no image element was made from customer text
        assert "\\" not in text, (where, text)  # every escape was consumed (none in the data: "\\4.1.1" was a bug)

    with launched(settings, _services(settings)) as (_, url):
        page.goto(url)
        _ready(page)
        page.get_by_role("tab", name="Feedback").click()
        text_cell = page.locator("#pma-feedback-table [data-testid='cell-0-6']")  # Gradio 6: grid cells, not <td>
        text_cell.wait_for(timeout=60_000)
        text_cell.click()
        card = page.locator(".pma-card").filter(has_text="img src").first
        card.wait_for(timeout=60_000)
        check("feedback card", card)

        page.get_by_role("tab", name="Themes").click()
        page.click("#pma-run-summary")
        detail = page.locator("#pma-theme-detail")
        detail.get_by_text("[F").first.wait_for(timeout=LONG)
        check("theme detail", detail)
        page.fill("#pma-defined-name textarea, #pma-defined-name input", "Offline maps")
        page.fill("#pma-defined-criteria textarea, #pma-defined-criteria input", "offline maps fail to download")
        page.click("#pma-defined-save")
        result = page.locator("#pma-defined-result")
        result.get_by_text("img src").first.wait_for(timeout=LONG)
        check("your theme's supporting sentences", result)

        page.get_by_role("tab", name="Plan").click()
        page.click("#pma-plan-draft")
        details = page.locator("#pma-plan-details")
        details.get_by_text("img src").first.wait_for(timeout=LONG)
        check("plan details", details)

        page.get_by_role("tab", name="Chat").click()
        page.fill("#pma-question textarea", "Why do offline maps fail to download?")
        page.click("#pma-ask")
        bot = page.locator("#pma-chatbot [data-testid='bot']").last
        bot.get_by_text("img src").first.wait_for(timeout=LONG)
        check("chat evidence", bot, whole=False)
        page.screenshot(path=str(ARTIFACTS / "ui-markup-as-text.png"), full_page=True)

        assert page.locator(f"img[src*='{host}']").count() == 0
    server.shutdown()
    assert _Pixel.hits == []  # nothing was fetched from the address in the reviews
