"""BM25 inside PostgreSQL (migration 005 + retrieval/bm25.py): scores checked against a formula computed here,
both query plans, statistics kept by the triggers on insert and delete, Chinese, and bad queries."""

from __future__ import annotations

import math

import pytest

from tests.support.paths import write
from retrieval import bm25
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.filters import Filters
from retrieval.ingest import ingest_paths
from retrieval.query import topic
from retrieval.search import Searcher

# Words that English stemming maps one-to-one and that are not stop words, so the expected scores can be computed
# from a plain split.
DOCS = [
    ("app_store", "crash crash login"),
    ("app_store", "crash battery"),
    ("play_store", "battery battery battery screen"),
    ("play_store", "login screen freeze"),
    ("support", "payment refund refund"),
    ("support", "login crash screen battery payment"),
]


def expected_bm25(query: list[str], docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[float]:
    n = len(docs)
    avgdl = sum(len(d) for d in docs) / n
    out = []
    for d in docs:
        score = 0.0
        for term in query:
            df = sum(1 for x in docs if term in x)
            tf = d.count(term)
            if tf:
                idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(d) / avgdl))
        out.append(score)
    return out


@pytest.fixture
def corpus(db_settings, tmp_path):
    rows = "source,text\n" + "".join(f"{s},{t}\n" for s, t in DOCS)
    ingest_paths([write(tmp_path / "tiny.csv", rows)], db_settings)
    with Database(db_settings).connect() as conn:
        ids = {r[1]: r[0] for r in conn.execute("SELECT id, text FROM feedback")}
    return Searcher(db_settings), ids


def test_bm25_scores_match_the_formula(corpus):
    searcher, ids = corpus
    texts = [t for _, t in DOCS]
    expected = expected_bm25(["crash", "login"], [t.split() for t in texts])
    want = sorted((s, -ids[t]) for s, t in zip(expected, texts) if s > 0)[::-1]
    hits = searcher.search("crash login", k=10, mode="lexical")
    assert [h.id for h in hits] == [-i for _, i in want]
    for h in hits:
        assert h.lexical_score == pytest.approx(expected[texts.index(h.text)], rel=1e-5)
    # idf saturates and length normalises: one "battery" in a short item beats three in a longer one only by formula
    expected = expected_bm25(["battery"], [t.split() for t in texts])
    got = {h.text: h.lexical_score for h in searcher.search("battery", k=10, mode="lexical")}
    assert got == {t: pytest.approx(s, rel=1e-5) for t, s in zip(texts, expected) if s > 0}


def test_filters_and_both_plans_agree(corpus, db_settings):
    searcher, ids = corpus
    hits = searcher.search("screen battery", k=10, mode="lexical", filters=Filters(sources=["play_store"]))
    assert {h.source for h in hits} == {"play_store"} and len(hits) == 2
    hybrid = searcher.search("screen battery", k=10, filters=Filters(sources=["support"]))
    assert hybrid and {h.source for h in hybrid} == {"support"}
    with Database(db_settings).connect() as conn:
        words = bm25.query_words(conn, "login crash battery")
        for flt in (Filters(), Filters(sources=["app_store", "support"])):
            where, params = flt.sql(conn)
            exact = bm25.search(conn, words, where, params, limit=10, plan="filtered")
            impact = bm25.search(conn, words, where, params, limit=10, plan="impact", depth=10)
            assert [i for i, _ in impact] == [i for i, _ in exact] and len(exact) >= 3
            assert [s for _, s in impact] == pytest.approx([s for _, s in exact])


def test_statistics_follow_inserts_and_deletes(corpus, db_settings):
    searcher, ids = corpus
    with Database(db_settings).connect() as conn:
        stats = conn.execute("SELECT sum(docs), sum(total_len) FROM search_stats").fetchone()
        assert stats == (len(DOCS), sum(len(t.split()) for _, t in DOCS))
        assert conn.execute("SELECT df FROM search_terms WHERE term = 'crash'").fetchone()[0] == 3
        conn.execute("DELETE FROM feedback WHERE id = %s", (ids["crash battery"],))
        assert conn.execute("SELECT df FROM search_terms WHERE term = 'crash'").fetchone()[0] == 2
        assert conn.execute("SELECT sum(docs) FROM search_stats").fetchone()[0] == len(DOCS) - 1
        assert conn.execute("SELECT count(*) FROM search_postings WHERE feedback_id = %s",
                            (ids["crash battery"],)).fetchone()[0] == 0
    rest = [t.split() for _, t in DOCS if t != "crash battery"]
    expected = expected_bm25(["crash"], rest)
    got = searcher.search("crash", k=10, mode="lexical")
    assert sorted(h.lexical_score for h in got) == pytest.approx(sorted(s for s in expected if s > 0), rel=1e-5)


def test_chinese_and_english_in_one_collection(db_settings, tmp_path):
    rows = ("text\n登录以后应用闪退，请尽快修复\n离线地图下载一直失败\nThe app crashes after login\n"
            "应用很好用，地图很清楚\n")
    ingest_paths([write(tmp_path / "zh.csv", rows)], db_settings)
    searcher = Searcher(db_settings)
    hits = searcher.search("闪退", k=3, mode="lexical")
    assert [h.text for h in hits] == ["登录以后应用闪退，请尽快修复"] and hits[0].lexical_score > 0
    hits = searcher.search("地图", k=3, mode="lexical")
    assert {h.text for h in hits} == {"离线地图下载一直失败", "应用很好用，地图很清楚"}
    assert searcher.search("crashes", k=1, mode="lexical")[0].text == "The app crashes after login"


def test_bad_queries(corpus):
    searcher, _ = corpus
    with pytest.raises(UserError, match="at least 1"):
        searcher.search("crash", k=-3)
    with pytest.raises(UserError, match="query is empty"):
        searcher.search("   ")
    # tsquery operators and quotes are words here, not syntax
    assert searcher.search("crash & | ! ' : * (login", k=3, mode="lexical")[0].text == "crash crash login"
    # only stop words: no lexical result, hybrid falls back to dense alone
    assert searcher.search("the and of", k=3, mode="lexical") == []
    hits = searcher.search("the and of", k=3)
    assert len(hits) == 3 and all(h.lexical_score == 0 for h in hits)


def test_question_topic():
    assert topic("What do users say about the dark mode?") == "the dark mode"
    assert topic("Any feedback on sync?") == "sync"
    assert topic("What do users complain about in billing?") == "complain about in billing"
    assert topic("battery drain") == "battery drain"
    # who is asked about, with a lower-case word before it (a tester's interview question abstained); a capitalised
    # word may be what to search for
    assert topic("What do interview participants say about payroll?") == "payroll"
    assert topic("How do patients feel about video visits?") == "video visits"
    assert topic("What do Android users say about battery?") == "What do Android users say about battery?"
    # a feeling asked about stays, who feels it goes; what people pay is the price (a B2B tester's "Are people
    # unhappy about how much we charge?" found nothing over 110 pricing complaints)
    assert topic("Are people unhappy about the price?") == "unhappy about the price"
    assert topic("Are people unhappy about how much we charge?") == "unhappy about the price"
    assert topic("Are customers happy with what they pay?") == "happy with the price"
    assert topic("Are people happy with the Business plan?") == "happy with the Business plan"
