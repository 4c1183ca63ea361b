"""Misspelt words in searches and questions (retrieval/spelling.py): read as the word the stored feedback holds, said
so in the output, and left alone when the data holds the word, when it is an English word the data lacks, when the
question is in another language, or when two stored words are equally likely. Real PostgreSQL and embedder."""

from __future__ import annotations

import json

import pytest

from assistant.chat import AskOptions, Chat
from retrieval.db import Database
from retrieval.ingest import ingest_paths
from retrieval.spelling import correct, edit_distance
from tests.support.cli import cli_env, use_env
from tests.support.fake_llm import FakeLLM
from tests.support.paths import write
from ui.cli import run

ROWS = [
    "Battery drain is terrible while tracking a hike.",
    "The battery dies in two hours with GPS on.",
    "Huge battery drain since the update.",
    "My Garmin watch will not sync the route.",
    "Garmin sync stopped after the last release.",
    "Offline maps fail to download on mobile data.",
    "Download of the offline region never finishes.",
    "I did not recieve the confirmation email.",  # a misspelling the data itself holds
    "The card was declined at checkout.",
    "The cart is empty after login.",
    "The cat food was missing from the order.",  # "csat" is one edit from "cat"
]


@pytest.fixture(scope="module")
def spelled_settings(pg_server, tmp_path_factory, models_cache):
    from tests.support.database import fresh_database

    home = tmp_path_factory.mktemp("spelling")
    settings = fresh_database(pg_server, "m_spelling_module", home / "pma", models_cache)
    rows = "date,text\n" + "".join(f"2026-10-{i + 1:02d},\"{t}\"\n" for i, t in enumerate(ROWS))
    ingest_paths([write(home / "feedback.csv", rows)], settings)
    return settings


def fixes(settings, text: str):
    with Database(settings).connect() as conn:
        spelled = correct(conn, text)
    return spelled.text, spelled.fixes


def test_misspelt_words_are_read_as_the_stored_word(spelled_settings):
    assert fixes(spelled_settings, "Why is there so much batery drian?") == (
        "Why is there so much battery drain?", [("batery", "battery"), ("drian", "drain")])
    # two edits in a long word; a swap is one edit
    assert fixes(spelled_settings, "offline maps donwload")[0] == "offline maps download"
    # a product name the dictionary lacks, held by two items, keeps the typed capital
    assert fixes(spelled_settings, "Garmn watch")[0] == "Garmin watch"


def test_words_that_are_not_misspellings_stay_as_typed(spelled_settings):
    cases = [
        "Why did users not recieve the email?",  # the data holds it as typed: searched as typed
        "What do passengers say about the legroom?",  # an English word the data lacks: nothing to bend it into
        "¿Por qué falla la descarga de mapas?",  # Spanish: 'falla' is not a misspelt 'fall'
        "Problems with the carx",  # 'card' and 'cart', one item each and both one edit away: no guess
        "teh app",  # shorter than four letters
        # an acronym in capitals or a metric's name is meant as written (a grocery tester's "CSAT" became "cat",
        # one edit from "cart" here and "card")
        "What is our CSAT by plan?",
        "what is our csat by plan",
        "Which SLAS were missed?",
    ]
    for text in cases:
        assert fixes(spelled_settings, text) == (text, []), text


def test_inflections_and_compounds_of_english_words_are_english():
    from retrieval.spelling import known_word

    # not in the dictionary as written, made from words that are: never "corrected" into a stored word
    for word in ("summarize", "notifications", "waiters", "hikers", "syncing", "customizable", "onboarding", "signup",
                 "dropdown", "logout"):
        assert known_word(word), word
    for word in ("batery", "donwload", "drian", "recieve", "waitres", "cofee", "garmn"):
        assert not known_word(word), word


def test_edit_distance_counts_a_swap_as_one_edit_and_stops_at_the_limit():
    assert edit_distance("donwload", "download", 2) == 1
    assert edit_distance("batery", "battery", 1) == 1
    assert edit_distance("kitten", "sitting", 2) == 3  # 3 edits: reported as limit + 1
    assert edit_distance("abc", "abcdef", 2) == 3


def test_search_says_what_it_searched_for(spelled_settings, monkeypatch, capsys):
    use_env(monkeypatch, cli_env(spelled_settings))
    assert run(["search", "batery drain", "--k", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Searching for: battery drain ('batery' read as 'battery': no stored feedback has 'batery')")
    assert out.count("battery") >= 3  # both results are about the battery
    # --json: the list stays the only thing on stdout; the note goes to stderr
    assert run(["search", "batery", "--k", "2", "--json"]) == 0
    captured = capsys.readouterr()
    assert all("attery" in hit["text"] for hit in json.loads(captured.out))
    assert "Searching for: battery" in captured.err


def test_a_misspelt_question_is_answered_and_says_how_it_was_read(spelled_settings):
    llm = FakeLLM("")
    answer = Chat(spelled_settings, llm=llm).ask("How many users complain about batery drain?",
                                                 options=AskOptions(max_new_tokens=8))
    assert answer.text.startswith('Read as: "How many users complain about battery drain?" '
                                  "('batery' read as 'battery': no stored feedback has 'batery').")
    assert "No feedback items" not in answer.text and "3 feedback items about 'battery drain'" in answer.text
    assert answer.as_json()["spelling"] == [{"typed": "batery", "read_as": "battery"}]
    # as typed, the same question found nothing before this reading: the word is in no item
    with Database(spelled_settings).connect() as conn:
        assert conn.execute("SELECT count(*) FROM feedback WHERE text ILIKE '%batery%'").fetchone()[0] == 0


def test_a_misspelt_month_is_read_as_the_month_and_keeps_the_questions_window(spelled_settings):
    """A tester's "how many refund requets did we get in novembr?" lost its month: no item holds "november", so the
    word stayed, and the count covered every month."""
    assert fixes(spelled_settings, "battery drain in Octobr")[0] == "battery drain in October"
    assert fixes(spelled_settings, "crashes since septmber")[0] == "crashes since september"
    assert fixes(spelled_settings, "battery in jule")[0] == "battery in jule"  # June or July: left alone
    answer = Chat(spelled_settings, llm=FakeLLM("")).ask("How many users complain about battery drain in octobr?",
                                                         options=AskOptions(max_new_tokens=8))
    assert "since 2026-10-01" in answer.text and "'octobr' read as 'october'" in answer.text


def test_the_feedback_tab_search_says_how_it_read_the_words(spelled_settings):
    from ui.handlers import Services
    from ui.handlers import feedback as feedback_h

    services = Services(spelled_settings)
    query, note = feedback_h.read_query(services, "Garmn sync")
    assert query == "Garmin sync" and note.startswith("Searching for: **Garmin sync**")
    assert feedback_h.browse(services, query)[0][-1].startswith(("My Garmin", "Garmin sync"))
    assert feedback_h.read_query(services, "Garmin sync") == ("Garmin sync", "")
