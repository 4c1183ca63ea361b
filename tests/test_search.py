"""Hybrid search, filters, Chinese queries and the CLI, on real PostgreSQL with the bundled embedder."""

from __future__ import annotations

import json
import re

import pytest

from tests.support.paths import write
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.ingest import ingest_paths
from retrieval.search import Searcher

ITEMS = """date,source,text,rating,plan,platform
2026-08-20,app_store,Offline maps never finish downloading before my hike,1,Free,ios
2026-09-05,play_store,The offline map download gets stuck at 90 percent,2,Plus,android
2026-09-10,support_ticket,Battery drains within two hours when GPS tracking runs,2,Team,android
2026-10-01,app_store,I love discovering new trails from community photos,5,Plus,ios
2026-10-12,play_store,离线地图下载一直失败，户外没有信号时根本用不了,1,Free,android
2026-10-15,play_store,登录以后应用闪退，请尽快修复,1,Free,android
2026-11-01,survey_nps,Please add an Apple Watch app for tracking,4,Team,ios
2026-11-02,support_ticket,Billing charged me twice for the annual subscription,1,Plus,web
"""


@pytest.fixture
def loaded(db_settings, tmp_path):
    ingest_paths([write(tmp_path / "items.csv", ITEMS)], db_settings)
    return Searcher(db_settings)


def texts(hits):
    return [h.text for h in hits]


def test_hybrid_finds_by_meaning_and_keyword(loaded):
    hits = loaded.search("maps won't download offline", k=3)
    assert {"Offline maps never finish downloading before my hike",
            "The offline map download gets stuck at 90 percent"} <= set(texts(hits))
    assert hits[0].score >= hits[-1].score and hits[0].ref == f"F{hits[0].id}"
    dense_only = loaded.search("charged twice", k=1, mode="dense")
    assert dense_only[0].text.startswith("Billing charged me twice")
    lexical = loaded.search("subscription", k=5, mode="lexical")
    assert texts(lexical) == ["Billing charged me twice for the annual subscription"]


def test_chinese_query_matches_chinese_text(loaded):
    lexical = loaded.search("离线地图", k=3, mode="lexical")
    assert texts(lexical) == ["离线地图下载一直失败，户外没有信号时根本用不了"]
    hybrid = loaded.search("闪退", k=2)
    assert hybrid[0].text == "登录以后应用闪退，请尽快修复"


def test_filters_are_applied_in_the_database(loaded):
    f = Filters.from_cli(since="2026-09-01", until="2026-10-15", source=["play_store"])
    hits = loaded.search("offline maps", k=10, filters=f)
    assert hits and all(h.source == "play_store" and "2026-09-01" <= h.created_at.date().isoformat() <= "2026-10-15"
                        for h in hits)
    assert len(hits) == 3
    low = loaded.search("app", k=10, filters=Filters(max_rating=1))
    assert low and all(h.rating == 1 for h in low)
    ios = loaded.search("app", k=10, filters=Filters.from_cli(where=["platform=ios"]))
    assert len(ios) == 3 and all(h.metadata["platform"] == "ios" for h in ios)
    team = loaded.search("app", k=10, filters=Filters.from_cli(where=["plan=team"]))
    assert {h.segment for h in team} == {"Team"}
    with pytest.raises(UserError, match="unknown field 'platfrom'"):
        loaded.search("app", filters=Filters.from_cli(where=["platfrom=ios"]))
    with pytest.raises(UserError, match="--since 'last tuesday'"):
        Filters.from_cli(since="last tuesday")


def test_empty_database_and_empty_query(db_settings):
    searcher = Searcher(db_settings)
    assert searcher.search("anything") == []
    with pytest.raises(UserError, match="query is empty"):
        searcher.search("  ")


def test_cli_search_json_gives_the_exports_own_id(db_settings, tmp_path, monkeypatch, capsys):
    """A tester mapped `pma search --json` results back to tickets through their text: each result now carries the
    export's own id (the ticket or review id a PM looks it up by)."""
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(db_settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    assert run(["ingest", str(write(tmp_path / "zendesk.csv", "id,text\n1042,Battery drains fast since the update\n"
                                    "1043,Offline maps never finish downloading\n")), "--json"]) == 0
    capsys.readouterr()
    assert run(["search", "battery drains fast", "--json", "--k", "1"]) == 0
    assert [(r["external_id"], r["text"]) for r in json.loads(capsys.readouterr().out)] == [
        ("1042", "Battery drains fast since the update")]


def test_cli_search_stats_config(db_settings, tmp_path, monkeypatch, capsys):
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(db_settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    monkeypatch.setenv("PMA_LLM_API_KEY", "sk-secret-value")
    assert run(["ingest", str(write(tmp_path / "items.csv", ITEMS)), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 8
    assert run(["search", "battery drain", "--k", "2", "--json", "--source", "support_ticket"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["text"].startswith("Battery drains") and set(out[0]) == {
        "id", "external_id", "score", "text", "source", "created_at", "rating", "metadata"}

    for flag in ("-k", "--limit"):  # what a PM types from other tools
        assert run(["search", "battery drain", flag, "1", "--json"]) == 0 and len(json.loads(capsys.readouterr().out)) == 1
    assert run(["search", "battery drain", "--source", "Support_Ticket"]) == 0  # a source typed another way
    out = capsys.readouterr().out
    assert "No stored feedback has source Support_Ticket" in out and "support_ticket" in out.split("Stored sources:")[1]
    assert run(["stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["total"] == 8 and stats["by_language"] == {"en": 6, "zh": 2} and stats["by_month"]["2026-10"] == 3
    assert run(["stats"]) == 0
    text = capsys.readouterr().out
    assert re.search(r"^dates: \d{4}-\d\d-\d\d \.\. \d{4}-\d\d-\d\d$", text, re.M), text  # days, not timestamps
    assert "by month: " in text and "2026-10 3" in text
    assert run(["config", "--json"]) == 0
    config = capsys.readouterr().out
    assert "sk-secret-value" not in config and json.loads(config)["llm"]["api_key"] == "****"
    # bad input: one line, exit 1, nothing lost
    assert run(["ingest", str(tmp_path / "nope.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.csv: file not found" in err
    assert run(["search", "x", "--where", "bogus"]) == 1
    assert "expected KEY=VALUE" in capsys.readouterr().err
    assert run(["stats", "--json"]) == 0 and json.loads(capsys.readouterr().out)["total"] == 8


def test_repeated_filtered_searches_are_planned_with_their_own_values(loaded, monkeypatch):
    """psycopg prepares a statement after 5 runs on one connection; PostgreSQL must not then switch to one plan for
    any date range (it estimated 0.5% of the items and sorted every item in range instead of using the index)."""
    import retrieval.search as search

    monkeypatch.setattr(search, "EXACT_MAX_ROWS", 0)  # the index plan, as for a large filter
    since = Filters.from_cli(since="2026-09-01", until="2026-10-31")
    for _ in range(14):  # prepared after 5; PostgreSQL considers a generic plan after 5 more
        hits = loaded.search("offline maps", k=3, filters=since, mode="dense")
        assert hits and all("2026-09-01" <= h.created_at.date().isoformat() <= "2026-10-31" for h in hits)
    with loaded._connection() as conn:
        custom, generic = conn.execute("SELECT coalesce(sum(custom_plans), 0), coalesce(sum(generic_plans), 0) "
                                       "FROM pg_prepared_statements").fetchone()
    assert custom >= 3 and generic == 0


def test_low_ratings_have_their_own_vector_index(loaded):
    """A partial HNSW index over ratings <= 2 (the filter PMs use most): the planner takes it for any filter within it,
    the full index otherwise; a database that held vectors before it existed gets it from migration 010."""
    from retrieval.db import VECTOR_INDEXES, migrate

    vector = loaded.embedder.encode(["offline maps"])[0]
    with loaded.db.connect(autocommit=True) as conn:
        conn.execute("DROP INDEX feedback_low_rating_hnsw")  # as before migration 010
        conn.execute("DELETE FROM schema_migrations WHERE version = 10")
        assert migrate(conn) == [10]
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'feedback'")}
        assert set(VECTOR_INDEXES) <= names
        # 8 items: left to itself the planner would read them all; only the index plans are compared here
        conn.execute("SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off")
        for flt, index in ((Filters(max_rating=2), "feedback_low_rating_hnsw"),
                           (Filters(min_rating=1, max_rating=1, sources=["app_store"]), "feedback_low_rating_hnsw"),
                           (Filters(max_rating=4), "feedback_embedding_hnsw"), (Filters(), "feedback_embedding_hnsw")):
            where, params = flt.sql(conn)
            plan = "\n".join(r[0] for r in conn.execute(
                f"EXPLAIN SELECT f.id FROM feedback f WHERE {where} ORDER BY f.embedding <=> %s LIMIT 5",
                [*params, vector]))
            assert f"Index Scan using {index} " in plan, (flt.describe(), plan)


def test_stats_lists_the_last_twelve_months_and_sums_the_earlier_ones():
    from ui.cli.feedback import _counts_line

    months = {f"{2025 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}": m for m in range(1, 15)}  # 2025-01 .. 2026-02
    line = _counts_line(months, last=12)
    assert line.startswith("2025-01 to 2025-02 3, 2025-03 3, ") and line.endswith("2026-02 14")
    assert _counts_line({"a": 1}, last=12) == "a 1" and _counts_line({}) == "-"


def test_a_version_filter_takes_its_point_releases(db_settings, tmp_path):
    """`--where version=4.4` is 4.4 and every 4.4.x (a PM names the release, not the build), never 4.40 or 4.5."""
    from retrieval.db import Database

    rows = "".join(f"Maps fail on {v} release number {k},{v}\n" for k, v in enumerate(["4.4", "4.4.1", "4.4.2", "4.40",
                                                                                        "4.5", "14.4.1"]))
    path = tmp_path / "v.csv"
    path.write_text("text,version\n" + rows, encoding="utf-8")
    ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        where, params = Filters.from_cli(where=["version=4.4"]).sql(conn)
        found = {r[0] for r in conn.execute(f"SELECT f.app_version FROM feedback f WHERE {where}", params)}
    assert found == {"4.4", "4.4.1", "4.4.2"}


def test_a_weak_keyword_match_does_not_outrank_a_closer_meaning():
    """Fused scores sit on fixed scales: a candidate whose only lexical evidence is a common word (an eighth of the
    best BM25 the query allows) stays below the item closest in meaning; per-query min-max stretched that weak
    match to 1.0 and put it first."""
    from retrieval.fusion import blend, blend_minmax

    cosine = {1: 0.60, 2: 0.50, 3: 0.20}
    bm25 = {1: 0.0, 2: 1.0, 3: 0.0}
    fixed = blend(cosine, bm25, lexical_max=8.0)
    assert max(fixed, key=fixed.get) == 1
    assert fixed[1] == pytest.approx(0.6 * 0.60) and fixed[2] == pytest.approx(0.4 / 8 + 0.6 * 0.50)
    stretched = blend_minmax(cosine, bm25)
    assert max(stretched, key=stretched.get) == 2
    # a full match (every query word at saturation) with cosine 1 is 1.0; no query word in the index: dense alone
    assert blend({1: 1.0}, {1: 8.0}, lexical_max=8.0) == {1: 1.0}
    assert blend({1: 0.7, 2: -0.1}, {1: 0.0, 2: 0.0}, lexical_max=0.0) == {1: 0.7, 2: 0.0}


def test_hybrid_scores_are_the_fixed_scale_blend_of_both_sides(loaded):
    from retrieval import bm25
    from retrieval.fusion import LEXICAL_WEIGHT

    hits = loaded.search("offline map download", k=5)
    with loaded.db.connect() as conn:
        best = bm25.query_words(conn, "offline map download").best_score
    assert best > 0 and any(h.lexical_score for h in hits)
    for h in hits:
        expected = LEXICAL_WEIGHT * h.lexical_score / best + (1 - LEXICAL_WEIGHT) * max(h.dense_score, 0.0)
        assert 0.0 <= h.score <= 1.0 and h.score == pytest.approx(expected, abs=1e-5)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
