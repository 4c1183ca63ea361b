"""UI handlers without a browser: binding rules, uploads, ingest/browse, themes and plan views, settings masking,
chat streaming with ratings, fine-tuning jobs. Real database, real bundled models; no Gradio server."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from tests.support.database import fresh_database
from tests.support.ui import sample_csv
from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.handlers import Services
from ui.handlers import chat as chat_h
from ui.handlers import feedback as feedback_h
from ui.handlers import plan as plan_h
from ui.handlers import settings_view
from ui.handlers import themes as themes_h
from ui.handlers.finetune_jobs import FinetuneJobs, JobRequest, loss_points, status_line
from ui.handlers.security import check_bind, is_loopback, parse_auth
from ui.handlers.uploads import TRAINING_TYPES, sanitize_filename, save_upload


# ---- binding and auth ----------------------------------------------------------------------------------------
def test_loopback_is_allowed_without_auth_and_anything_else_is_not():
    for host in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"):
        assert is_loopback(host)
        check_bind(host, None)
    for host in ("0.0.0.0", "192.168.1.20", "::", "my-laptop.example.com"):
        assert not is_loopback(host)
        with pytest.raises(UserError, match="without a password.*--auth USER:PASS"):
            check_bind(host, None)
        check_bind(host, ("pm", "secret"))


def test_auth_parsing():
    assert parse_auth("pm:s3:cret") == ("pm", "s3:cret")
    assert parse_auth("") is None and parse_auth(None) is None
    for bad in ("pm", ":pw", "pm:"):
        with pytest.raises(UserError, match="USER:PASS"):
            parse_auth(bad)


def test_cli_refuses_a_public_host_without_auth(capsys):
    from ui.cli import run

    assert run(["ui", "--host", "0.0.0.0", "--port", "7999"]) == 1
    assert "Refusing to serve the UI on 0.0.0.0 without a password" in capsys.readouterr().err


# ---- uploads -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd.csv", "passwd.csv"),
    ("..\\..\\windows\\evil.CSV", "evil.csv"),
    (".bashrc", "upload.bashrc"),
    ("Ümlaut feedback (1).xlsx", "Umlaut_feedback_1.xlsx"),
    ("..", "upload"),
    ("", "upload"),
])
def test_sanitize_filename(name, expected):
    assert sanitize_filename(name) == expected


def test_uploads_stay_under_pma_home_uploads(tmp_path):
    settings = Settings(home=tmp_path / "home")
    src = tmp_path / "in" / "export.csv"
    src.parent.mkdir()
    src.write_text("text\nhello\n", encoding="utf-8")
    first = save_upload(src, settings, name="../../../outside/export.csv")
    second = save_upload(src, settings)
    root = settings.uploads_dir.resolve()
    assert first.is_relative_to(root) and second.is_relative_to(root)
    assert first.name == second.name == "export.csv" and first != second  # same name, kept apart
    assert first.read_text(encoding="utf-8") == "text\nhello\n"
    assert not (tmp_path / "outside").exists()


def test_upload_size_and_type_limits(tmp_path):
    settings = Settings(home=tmp_path / "home", ui={"max_upload_mb": 0.001})  # about 1 KB
    big = tmp_path / "big.csv"
    big.write_text("text\n" + "x" * 3000 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"big.csv is 0.0 MB; the upload limit is 0.001 MB.*PMA_UI_MAX_UPLOAD_MB"):
        save_upload(big, settings)
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(UserError, match="tool.exe: file type not supported"):
        save_upload(exe, settings)
    with pytest.raises(UserError, match="notes.docx: file type not supported"):
        save_upload(_write(tmp_path / "notes.docx", "# hi"), Settings(home=tmp_path / "h2"))  # exports and notes only
    lines = _write(tmp_path / "events.ndjson", '{"text": "hi"}')  # every format ingest reads can be uploaded
    assert save_upload(lines, Settings(home=tmp_path / "h3")).name == "events.ndjson"
    notes = _write(tmp_path / "guide.md", "# hi")
    assert save_upload(notes, Settings(home=tmp_path / "h2"), allowed=TRAINING_TYPES).read_text() == "# hi"
    assert not list((tmp_path / "home").rglob("*.csv"))


def test_filter_form_errors_name_the_field():
    with pytest.raises(UserError, match="--since 'yesterday-ish': not a date"):
        feedback_h.make_filters(since="yesterday-ish")
    with pytest.raises(UserError, match="Minimum rating 4 is above maximum rating 2"):
        feedback_h.make_filters(min_rating="4", max_rating="2")
    f = feedback_h.make_filters(since="2026-09-01", sources=["app_store"], min_rating="", segment="Plus")
    assert f.describe() == "since 2026-09-01, source app_store, segment=Plus"


# ---- a database with feedback, themes and a plan (loaded once for the module) -------------------------------
@pytest.fixture(scope="module")
def loaded(pg_server, tmp_path_factory, models_cache):
    tmp = tmp_path_factory.mktemp("ui-handlers")
    settings = fresh_database(pg_server, "t_ui_handlers", tmp / "pma", models_cache,
                              themes={"use_llm": False}, llm={"max_new_tokens": 64},
                              finetune={"output_dir": str(tmp / "adapters")})
    services = Services(settings)
    upload = sample_csv(tmp / "browser upload" / "feedback sample.csv", 80, bad_rows=1)
    steps = []
    summary = feedback_h.ingest_uploads(services, [upload], on_progress=lambda f, m: steps.append((f, m)))
    return settings, services, summary, steps


def test_ingest_counts_rejects_and_progress(loaded):
    settings, services, summary, steps = loaded
    assert summary.totals["read"] == 81 and summary.totals["rejected"] == 1
    assert summary.totals["added"] + summary.totals["duplicates"] == 80
    stored = Path(summary.files[0]["file"])
    assert stored.is_relative_to(settings.uploads_dir.resolve()) and stored.name == "feedback_sample.csv"
    with open(summary.rejects[0], encoding="utf-8") as f:
        rejected = list(csv.DictReader(f))
    assert len(rejected) == 1 and "text is empty" in str(rejected[0])
    assert steps[-1] == (1.0, "done") and any("embedded" in m for _, m in steps)
    assert "1 rejected" in summary.markdown() and "feedback_sample.csv" in summary.markdown()
    assert summary.totals["scores"] == 0 and "without a comment" not in summary.markdown()


def test_ingest_summary_says_how_many_scores_came_without_a_comment(tmp_path):
    """A survey export's answers with a score and no comment are stored apart; the Feedback tab says how many."""
    from ui.handlers.feedback import IngestSummary

    totals = {"read": 12, "added": 9, "duplicates": 0, "near_duplicates": 0, "redacted": 0, "rejected": 0, "scores": 3}
    text = IngestSummary(files=[], totals=totals).markdown()
    assert "3 survey scores without a comment (counted by NPS and ratings, not searched)" in text


def test_browse_search_filters_and_item_card(loaded):
    _, services, _, _ = loaded
    newest = feedback_h.browse(services)
    dates = [r[1] for r in newest]
    assert len(newest) == 80 and dates == sorted(dates, reverse=True)
    only_stores = feedback_h.browse(services, "", feedback_h.make_filters(sources=["app_store"], max_rating="2"))
    assert only_stores and all(r[2] == "app_store" and float(r[3]) <= 2 for r in only_stores)
    found = feedback_h.browse(services, "battery drains while tracking")
    assert "battery" in found[0][6].lower()
    card = feedback_h.item_card(services, f"{found[0][0]} · app_store")
    assert card.startswith(f"#### {found[0][0]}") and "| platform |" in card and "| segment |" in card
    assert feedback_h.item_card(services, "F999999") == "Feedback F999999 is no longer stored."
    facets = feedback_h.facets(services)
    assert "app_store" in facets["sources"] and facets["segments"] == ["Free", "Plus", "Team"]
    assert feedback_h.overview(services).startswith("80 feedback items (")


def test_settings_tab_masks_secrets(tmp_path):
    settings = Settings(home=tmp_path, llm={"backend": "openai", "base_url": "http://10.0.0.5:8000/v1",
                                            "api_key": "sk-very-secret"},
                        retrieval={"database_url": "postgresql://pm:hunter2@db.internal:5432/feedback"},
                        ui={"auth": "pm:letmein"})
    services = Services(settings)
    shown = repr(settings_view.overview(services)) + repr(settings_view.effective(services))
    for secret in ("sk-very-secret", "hunter2", "letmein"):
        assert secret not in shown
    rows = {r[0]: r[1] for r in settings_view.overview(services)}
    assert rows["API key"] == "****" and rows["Database"] == "postgresql://****@db.internal:5432/feedback"
    assert rows["LLM backend"] == "openai" and rows["UI password"] == "****"


@pytest.fixture(scope="module")
def report(loaded):
    _, services, _, _ = loaded
    return themes_h.run_summary(services, n_themes=4)


def test_example_questions_are_about_the_stored_feedback(loaded, report):
    """A tester's invoicing data was offered "Why do offline maps fail to download?": the bundled example's topic."""
    _, services, _, _ = loaded
    questions = chat_h.example_questions(services)
    assert questions[2:] == chat_h.EXAMPLE_QUESTIONS and not any("offline maps" in q for q in chat_h.EXAMPLE_QUESTIONS)
    keywords = {k for t in report.themes for k in t.keywords[:3]}
    first, second = questions[:2]
    assert first.startswith("What do users say about ") and first[len("What do users say about "):-1] in keywords
    assert second.startswith("How many people mention ") and second[len("How many people mention "):-1] in keywords
    # each page load asks again (the Chat tab is built before `make run`'s example summary exists)
    from ui.tabs.chat import example_samples

    assert example_samples(services)["samples"] == [[q] for q in questions]


def test_theme_views_come_from_the_report(loaded, report):
    from html import escape

    _, services, _, _ = loaded
    themes = report.themes
    assert report.totals.themes == len(themes) == 4
    svg = themes_h.charts(report, trend_themes=3)
    for th in themes:
        name = escape(f"#{th.id} {th.label}")[:39]
        assert name in svg["sizes"] and name in svg["sentiment"]
        assert f">{th.size} (" in svg["sizes"]  # the bar's value label
    assert svg["trend"].count("<polyline") == 3
    rows = themes_h.table_rows(report)
    assert [r[0] for r in rows] == [th.id for th in themes] and [r[2] for r in rows] == [th.size for th in themes]
    assert sum(r[2] for r in rows) == report.totals.items - report.totals.unassigned
    assert [c[1] for c in themes_h.theme_choices(report)] == [th.id for th in themes]
    first = report.themes[0]
    text = themes_h.detail(report, first.id)
    assert text.startswith(f"### {first.label} (#{first.id})")
    assert all(f"[{q.id}]" in text for q in first.quotes)
    assert themes_h.latest(services).run_id == report.run_id  # kept for the next page load


def test_report_downloads(loaded, report):
    _, services, _, _ = loaded
    for fmt, marker in (("HTML", "<html"), ("Markdown", "# "), ("JSON", '"schema"')):
        path = themes_h.export(services, report, fmt)
        assert path.parent == services.settings.reports_dir and marker in path.read_text(encoding="utf-8")[:500]
    with pytest.raises(UserError, match="no report yet"):
        themes_h.export(services, None, "HTML")


@pytest.fixture(scope="module")
def plan(loaded, report):
    _, services, _, _ = loaded
    return plan_h.draft(services, top=3, llm=None)


def test_plan_effort_edit_rescores_and_reranks(loaded, plan):
    _, services, _, _ = loaded
    rows = plan_h.table(plan)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1)) and len(rows) >= 2
    last = rows[-1]
    edited = [list(r) for r in rows]
    edited[-1][plan_h.EFFORT_COLUMN] = 0.01  # a tiny effort makes the last item the best
    new = plan_h.apply_efforts(plan, edited)
    top = new["items"][0]
    assert top["theme_id"] == last[-1] and top["rank"] == 1 and top["priority"] == "High"
    r = top["rice"]
    assert r["effort"] == 0.01 and r["effort_source"] == "pm"
    assert r["score"] == round(r["reach"] * r["impact"] * r["confidence"] / 0.01, 2)
    assert plan["items"][-1]["rice"]["effort"] != 0.01  # the original plan is untouched
    for bad in ("two", 0, -1):
        edited[0][plan_h.EFFORT_COLUMN] = bad
        with pytest.raises(UserError, match="Effort"):
            plan_h.apply_efforts(plan, edited)
    for fmt in ("Markdown", "JSON", "CSV"):
        path = plan_h.export(services, new, fmt)
        assert top["title"] in path.read_text(encoding="utf-8")
    assert "0.01" in plan_h.export(services, new, "CSV").read_text(encoding="utf-8")


def test_rename_and_merge_change_the_stored_themes(loaded, report):
    _, services, _, _ = loaded
    first, second, third = report.themes[:3]
    renamed = themes_h.rename(services, report, first.id, "  Offline   maps  ")
    assert renamed.themes[0].label == "Offline maps"
    assert themes_h.latest(services).themes[0].label == "Offline maps"
    with pytest.raises(UserError, match="1 to 80 characters"):
        themes_h.rename(services, report, first.id, "")
    note = themes_h.merge(services, second.id, [third.id])
    assert f"Merged #{third.id} into #{second.id} ({second.size + third.size} items)" in note
    refreshed = themes_h.run_summary(services, update=True)
    labels = {t.id: t.label for t in refreshed.themes}
    assert labels[first.id] == "Offline maps" and third.id not in labels


# ---- chat (loads the bundled LLM) ----------------------------------------------------------------------------
@pytest.mark.slow
def test_chat_streams_cites_rates_and_reloads(loaded, bundled_llm_dir, pg_server, tmp_path):
    settings, services, _, _ = loaded
    frames = list(chat_h.stream_answer(services, "Why do offline maps fail to download?", [], None))
    assert len(frames) > 3 and not any(f.done for f in frames[:-1])
    final = frames[-1]
    assert final.done and final.error is None
    answer = final.history[-1]["content"]
    assert final.history[-2] == {"role": "user", "content": "Why do offline maps fail to download?"}
    assert final.citations and all(f"[{c['ref']}]" in answer for c in final.citations)
    partial = [f.history[-1]["content"] for f in frames[1:-1]]
    assert all(answer.startswith(p[:20]) or "[Checked answer]" in answer for p in partial if p)
    index = len(final.history) - 1
    assert chat_h.citations_for(final.session, index) == final.citations
    assert "rated 👍" in chat_h.rate(services, final.session, index, True)
    assert "Marked the latest answer" in chat_h.mark_good(services, final.session)
    turn = services.chat().store.turns(final.session["conversation_id"])[0]
    assert turn["rating"] == 1 and turn["marked_good"]
    # A follow-up continues the same conversation; reopening it restores history, turns and chips.
    again = list(chat_h.stream_answer(services, "Which app versions?", final.history, final.session))[-1]
    assert again.session["conversation_id"] == final.session["conversation_id"] and len(again.history) == 4
    history, session = chat_h.load_conversation(services, final.session["conversation_id"])
    assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]
    assert session["turns"] == again.session["turns"] and session["citations"][1] == final.citations
    assert "adapter: none" in chat_h.model_label(services) and "bundled" in chat_h.model_label(services)
    empty = Services(fresh_database(pg_server, "t_ui_empty", tmp_path / "pma", settings.models_cache),
                     llm=services.llm())
    last = list(chat_h.stream_answer(empty, "Top issues?", [], None))[-1]
    assert last.done and "No feedback is stored yet" in last.error and last.history[-1]["content"].startswith("⚠️")


# ---- fine-tuning jobs ----------------------------------------------------------------------------------------
def test_finetune_request_validation(tmp_path):
    jobs = FinetuneJobs(Settings(home=tmp_path, finetune={"output_dir": str(tmp_path / "adapters")}))
    data = _write(tmp_path / "chat.jsonl", '{"messages": [{"role": "user", "content": "hi"}, '
                                           '{"role": "assistant", "content": "hello"}]}\n')
    with pytest.raises(UserError, match="Give the adapter a name"):
        jobs.start(JobRequest(name=" ", files=[str(data)]))
    with pytest.raises(UserError, match="No training data"):
        jobs.start(JobRequest(name="v1"))
    with pytest.raises(UserError, match="field 'lora_r'"):
        jobs.start(JobRequest(name="v1", files=[str(data)], lora_r=5000))
    (tmp_path / "adapters" / "v1").mkdir(parents=True)
    with pytest.raises(UserError, match="already exists"):
        jobs.start(JobRequest(name="v1", files=[str(data)]))
    assert jobs.adapters() == []  # a folder without adapter_config.json is not an adapter


@pytest.mark.slow
def test_finetune_job_trains_in_the_background_and_offers_the_adapter(tmp_path, models_cache, bundled_llm_dir):
    from tests.support.finetune import tiny_llama

    base = tiny_llama(models_cache / "tiny-llama-ui", bundled_llm_dir)
    settings = Settings(home=tmp_path, models_cache=models_cache, finetune={"output_dir": str(tmp_path / "adapters")})
    jobs = FinetuneJobs(settings)
    lines = [f'{{"messages": [{{"role": "user", "content": "Which theme is issue {i} in?"}}, '
             f'{{"role": "assistant", "content": "Offline maps, item F{i}."}}]}}' for i in range(12)]
    data = _write(tmp_path / "upload" / "pm answers.jsonl", "\n".join(lines) + "\n")
    job = jobs.start(JobRequest(name="ui-tiny", files=[str(data)], base=str(base), max_steps=3, lora_r=4,
                                max_length=64, batch_size=4))
    with pytest.raises(UserError, match="already running"):
        jobs.start(JobRequest(name="other", files=[str(data)], base=str(base), max_steps=1))
    job.thread.join(timeout=240)
    snap = job.snapshot()
    assert snap["status"] == "done", snap["log"]
    assert [h["step"] for h in snap["history"]] == [0, 1, 2, 3]
    points = loss_points(snap)
    assert {p[2] for p in points} == {"train", "eval"} and all(p[1] > 0 for p in points)
    assert str(tmp_path / "adapters" / "ui-tiny") in jobs.adapters()
    assert "selectable in Chat" in status_line(snap) and "step 3: loss" in snap["log"]
    # Cancelling stops a running job after the current step.
    slow = jobs.start(JobRequest(name="ui-cancel", files=[str(data)], base=str(base), max_steps=200, lora_r=4,
                                 max_length=64, batch_size=2))
    deadline = time.time() + 120
    while slow.status != "training" and time.time() < deadline:
        time.sleep(0.2)
    assert jobs.cancel(slow.id) == "Stopping after the current step."
    slow.thread.join(timeout=120)
    assert slow.status == "cancelled" and len(slow.history) < 200
    assert str(tmp_path / "adapters" / "ui-cancel") not in jobs.adapters()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
