"""The launched UI through ``gradio_client``: ingest and browse, a streamed answer through the queue, the upload
limit, masked settings, and sign-in. One real Gradio server on a free 127.0.0.1 port for the module."""

from __future__ import annotations

import csv

import pytest

from tests.support.database import fresh_database
from tests.support.ui import launched, sample_csv
from retrieval.settings import Settings

pytestmark = pytest.mark.slow

LIMIT_MB = 0.03  # small, so the over-limit upload below stays small too


@pytest.fixture(scope="module")
def server(pg_server, tmp_path_factory, models_cache, bundled_llm_dir):
    tmp = tmp_path_factory.mktemp("ui-api")
    settings = fresh_database(pg_server, "t_ui_api", tmp / "pma", models_cache,
                              ui={"max_upload_mb": LIMIT_MB, "concurrency_limit": 2},
                              llm={"max_new_tokens": 48, "api_key": "sk-api-secret"}, themes={"use_llm": False})
    with launched(settings) as (app, url):
        yield settings, app, url, tmp


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server[2], verbose=False)


@pytest.fixture(scope="module")
def ingested(server, client):
    from gradio_client import handle_file

    upload = sample_csv(server[3] / "upload" / "sample.csv", 30, bad_rows=1)
    return client.predict([handle_file(str(upload))], "", api_name="/ingest")


def test_server_settings(server):
    settings, app, url, _ = server
    assert url.startswith("http://127.0.0.1:")
    assert app.analytics_enabled is False
    assert app.max_file_size == int(LIMIT_MB * 1024 * 1024)
    assert app._queue.default_concurrency_limit == settings.ui.concurrency_limit


def test_ingest_reports_counts_and_offers_rejected_rows(ingested):
    summary, rejects = ingested
    assert summary.startswith("**Ingested 1 file(s):** 30 added") and "1 rejected" in summary
    assert rejects["visible"] is True
    with open(rejects["value"][0], encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1 and "text is empty" in str(rows[0])


def test_browse_with_search_and_filters(client, ingested):
    summary, table = client.predict(query="", sources=["app_store"], api_name="/browse")
    assert summary.startswith("30 feedback items")
    rows = table["data"]
    assert rows and all(r[2] == "app_store" for r in rows)
    _, found = client.predict(query="battery drain while tracking", api_name="/browse")
    assert "battery" in found["data"][0][6].lower()


def test_a_file_loaded_by_mistake_is_removed_once_the_box_is_ticked(server, client, ingested):
    from gradio_client import handle_file

    from retrieval.db import Database

    wrong = server[3] / "upload" / "wrong export.csv"
    wrong.write_text("id,text\n" + "".join(f"w{k},Row {k} of the wrong export: {word} was fine\n" for k, word in
                                          enumerate(("login", "search", "billing", "sync", "export"))), encoding="utf-8")
    summary, _ = client.predict([handle_file(str(wrong))], "", api_name="/ingest")
    assert summary.startswith("**Ingested 1 file(s):** 5 added"), summary
    with Database(server[0]).connect() as conn:
        run = conn.execute("SELECT max(id) FROM ingest_runs").fetchone()[0]
    asked, _, _ = client.predict(run, False, api_name="/remove_file")
    assert asked == "Removing `wrong_export.csv` takes 5 feedback items. Tick the box to remove them."
    done, _, _ = client.predict(run, True, api_name="/remove_file")
    assert done.startswith("**Removed `wrong_export.csv`:** 5 feedback items.")
    summary, _ = client.predict(query="", api_name="/browse")
    assert summary.startswith("30 feedback items")


def test_ask_streams_an_answer_with_citation_chips(client, ingested):
    job = client.submit(question="What do users say about battery drain while tracking?", api_name="/ask")
    frames = [frame for frame in job]
    history, chips, card, question = job.outputs()[-1]
    answer = history[-1]["content"][0]["text"]
    partial = {frame[0][-1]["content"][0]["text"] for frame in frames if len(frame[0]) == 2 and frame[0][-1]["content"]}
    assert len(partial) >= 3  # streamed: the client saw the answer grow
    refs = [value for _, value in chips["choices"]]
    assert chips["visible"] and refs and all(f"[{ref}]" in answer for ref in refs)
    assert question == "" and "Evidence:" in answer


def test_upload_over_the_limit_is_refused(server, client):
    from gradio_client import handle_file

    settings, _, _, tmp = server
    big = sample_csv(tmp / "big" / "big.csv", 250)
    assert big.stat().st_size > LIMIT_MB * 1024 * 1024
    with pytest.raises(Exception, match="(?i)maximum allowed size|too large|exceed"):
        client.predict([handle_file(str(big))], "", api_name="/ingest")
    assert not list(settings.uploads_dir.rglob("big.csv"))


def test_settings_are_shown_with_secrets_masked(client):
    table, effective = client.predict(api_name="/settings")
    shown = repr(table) + repr(effective)
    assert "sk-api-secret" not in shown and "****" in shown
    assert ["LLM backend", "local"] == table["data"][0][:2]


def test_sign_in_is_required_when_auth_is_set(tmp_path):
    from gradio_client import Client

    settings = Settings(home=tmp_path / "pma")
    with launched(settings, auth=("pm", "s3cret")) as (_, url):
        with pytest.raises(Exception):
            Client(url, verbose=False)
        signed_in = Client(url, auth=("pm", "s3cret"), verbose=False)
        assert "/ask" in signed_in.view_api(print_info=False, return_format="dict")["named_endpoints"]
