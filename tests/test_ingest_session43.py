"""Session 43, from an outside tester's exports: the account a social export is addressed to is the company's, not a
person's handle to redact."""

from __future__ import annotations

import json


def _mentions(tmp_path, n: int):
    """An X (Twitter) API export of mentions: every post starts with the company's handle; one names a person's."""
    from tests.support.paths import write

    texts = ["Map shows the station as available when it is broken",
             "Pre-authorization hold is still on my card after a week",
             "Charging stopped at 80% again on the fast charger"]
    posts = [{"id": str(1795056593364682955 + i), "created_at": f"2026-10-{1 + i:02d}T12:00:00.000Z",
              "author_id": str(703183345 + i), "text": f"@VoltoraEV {texts[i % 3]} ({i})"} for i in range(n)]
    posts[0]["text"] += " My friend @jan_devries88 had the same"
    return write(tmp_path / "x_mentions.json", json.dumps({"data": posts, "meta": {"result_count": n}}))


def _stored(settings) -> list[str]:
    from retrieval.db import Database

    with Database(settings).connect() as conn:
        return [r[0] for r in conn.execute("SELECT text FROM feedback ORDER BY id")]


def test_the_handle_a_social_export_is_addressed_to_is_kept(db_settings, tmp_path):
    """An EV-charging tester's 44 mentions were stored "<HANDLE> Map shows ..." 43 times, counted as redacted: the
    handle in every post is the company's own account. A person's handle in one post is still redacted."""
    from retrieval.ingest import ingest_paths

    report = ingest_paths([_mentions(tmp_path, 12)], db_settings)
    assert report.total("added") == 12 and report.total("redacted") == 1, report.as_dict()
    texts = _stored(db_settings)
    assert all(t.startswith("@VoltoraEV ") for t in texts), texts
    assert "@jan_devries88" not in texts[0] and "<HANDLE>" in texts[0], texts[0]


def test_a_handle_in_a_few_rows_is_no_company_account(db_settings, tmp_path):
    from retrieval.ingest import ingest_paths

    report = ingest_paths([_mentions(tmp_path, 4)], db_settings)
    assert report.total("redacted") == 4, report.as_dict()
    assert all(t.startswith("<HANDLE> ") for t in _stored(db_settings))
