"""Session 54: a marketplace tester's exports (a Discourse forum, seller interview notes)."""

from __future__ import annotations

import json

from retrieval.db import Database
from retrieval.ingest import ingest_paths
from tests.support.paths import write


def _forum(scores: list[int], **post_fields) -> dict:
    posts = [{"id": 9000 + i, "username": f"seller_{i}", "created_at": f"2026-05-{1 + i:02d}T08:00:00.000Z",
              "raw": f"The shipping label screen crashes on my phone ({i})", "score": score, **post_fields}
             for i, score in enumerate(scores)]
    return {"topic_list": {"topics": [{"id": 300, "title": "Label crash", "post_stream": {"posts": posts}}]}}


def test_a_forum_posts_score_beside_its_replies_is_no_rating(db_settings, tmp_path):
    """Discourse gives each post a "score" (its likes and reads): a marketplace tester's forum posts were read as
    ratings out of 100, 22 as 1.9 stars."""
    path = write(tmp_path / "seller_forum_discourse.json", json.dumps(_forum([22, 16, 3, 40], reply_count=0)))
    report = ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        rated = conn.execute("SELECT count(*) FROM feedback WHERE rating IS NOT NULL").fetchone()[0]
    assert rated == 0 and report.files[0].added == 4, report


def test_a_score_of_stars_beside_likes_is_still_a_rating(db_settings, tmp_path):
    """A review scraper's 1-5 "score" beside the review's likes stays its stars."""
    path = write(tmp_path / "reviews.json", json.dumps(_forum([5, 1, 4, 2], like_count=3)))
    ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        ratings = sorted(r[0] for r in conn.execute("SELECT rating FROM feedback"))
    assert ratings == [1, 2, 4, 5], ratings
