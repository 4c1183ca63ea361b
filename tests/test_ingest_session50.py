"""Session 50: exports of a video-streaming tester (Sprout Social, Discourse)."""

from __future__ import annotations

import json

from retrieval.columns import detect_columns
from retrieval.ingest import ingest_paths
from retrieval.json_records import inner_records
from retrieval.loaders import load_file
from tests.support.paths import write

SPROUT = ("Sprout Social - Listening Export\n"
          "Reelio brand topic, 04/01/2026 - 11/30/2026\n"
          "\n"
          "Date,Network,Message Type,From,Message,Sentiment,Engagements,Permalink\n"
          "05/04/2026 7:37 AM,Reddit,Mention,@streamguy586,binged the new season in two days,Positive,186,"
          "https://www.reddit.com/r/cordcutters/comments/47c358/\n"
          "10/06/2026 4:15 AM,X,Comment,@la_lupe342,Cobrança duplicada depois que mudaram a forma de pagamento.,"
          "Negative,30,https://x.com/la_lupe342/status/332423550885055766\n"
          '10/13/2026 2:39 AM,X,Mention,@nerdalert973,"basic with ads was sold as a few short ads, it is 90 seconds",'
          "Negative,6521,https://x.com/nerdalert973/status/1\n")


def test_a_listening_export_with_a_title_of_two_cells_above_its_header_is_read(db_settings, tmp_path):
    """Sprout Social's export opens with its name and a line "<topic>, <date range>": a streaming tester's 402
    posts were all rejected, read under that line as the header."""
    path = write(tmp_path / "sprout_social_messages.csv", SPROUT)
    loaded = load_file(path)
    assert loaded.columns[:5] == ["Date", "Network", "Message Type", "From", "Message"], loaded.columns
    assert (detect_columns(loaded).fields["text"], detect_columns(loaded).fields["date"]) == ("Message", "Date")
    report = ingest_paths([path], db_settings)
    assert (report.total("added"), report.total("rejected")) == (3, 0), report.files


def _discourse(topics: int = 3, replies: int = 2) -> dict:
    return {"topic_list": {"topics": [
        {"id": 300 + t, "title": f"Topic {t}: subtitles out of sync", "category": "Bugs & Issues",
         "created_at": f"2026-07-2{t}T21:00:24.000Z", "tags": ["subtitles", "web"], "posts_count": replies + 1,
         "post_stream": {"posts": [
             {"id": 9000 + 10 * t + p, "post_number": p + 1, "username": f"user{t}{p}",
              "created_at": f"2026-07-2{t}T2{p}:00:24.000Z",
              "cooked": "<p>Subtitles drift by two seconds on every episode.</p>" if p == 0 else "<p>Same here.</p>",
              "like_count": 3}
             for p in range(replies + 1)]}}
        for t in range(topics)]}}


def test_a_forum_export_is_read_as_its_posts_with_their_topic(db_settings, tmp_path):
    """Discourse's export holds topics, each with its posts under post_stream: a streaming tester's file was refused
    ("JSON object must hold exactly one list of feedback items (found 0)")."""
    path = write(tmp_path / "discourse_community.json", json.dumps(_discourse()))
    loaded = load_file(path)
    assert len(loaded.rows) == 9
    first = loaded.rows[0].values
    assert (first["cooked"], first["topic.title"], first["topic.category"]) == (
        "Subtitles drift by two seconds on every episode.", "Topic 0: subtitles out of sync", "Bugs & Issues")
    fields = detect_columns(loaded).fields
    assert (fields["text"], fields["date"], fields["user"]) == ("cooked", "created_at", "username"), fields
    report = ingest_paths([path], db_settings)
    assert report.total("added") + report.total("duplicates") == 9, report.files


def test_records_with_text_of_their_own_keep_their_nested_lists():
    """A conversation with its replies, an issue with its comments: the outer record is the item."""
    issues = [{"body": "The app crashes on login", "comments": [{"body": "Which version?"}]}]
    assert inner_records(issues, "issues") is None
    conversations = [{"source": {"body": "Sync fails"}, "conversation_parts": {"parts": [{"body": "Still broken"}]}}]
    assert inner_records(conversations, "conversations") is None
    few = [{"title": "A"}, {"title": "B", "posts": [{"text": "x"}]}]  # one of two holds posts: no forum
    assert inner_records(few, "topics") is None


def test_a_saved_cancel_session_is_dated_when_it_started(db_settings, tmp_path):
    """Churnkey writes no canceled_at for a session that kept the customer: a streaming tester's 30 saved sessions
    were undated, beside a session_started_at on every row. Stripe's "created" (the subscription's start, months
    earlier) dates no row."""
    from retrieval.db import Database

    lines = ["session_id,cancel_reason,feedback,saved,session_started_at,canceled_at"] + [
        f"ses_{k},Too expensive,The price went up again ({k}),{'true' if k % 5 == 0 else 'false'},"
        f"2026-10-{1 + k:02d}T10:00:00Z,{'' if k % 5 == 0 else f'2026-10-{1 + k:02d}T10:05:00Z'}" for k in range(20)]
    path = write(tmp_path / "churnkey_sessions.csv", "\n".join(lines) + "\n")
    columns = detect_columns(load_file(path))
    assert (columns.fields["date"], columns.date_fallback) == ("canceled_at", "session_started_at")
    ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        assert conn.execute("SELECT count(*) FROM feedback WHERE created_at IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM feedback "
                            "WHERE text LIKE '%(5)%'").fetchone()[0] == "2026-10-06 10:00"
    stripe = ["id,created,canceled_at,cancellation_details.comment"] + [
        f"sub_{k},2025-0{1 + k % 9}-01,{'' if k % 5 == 0 else '2026-10-01'},Too expensive now ({k})" for k in range(20)]
    assert detect_columns(load_file(write(tmp_path / "stripe.csv", "\n".join(stripe) + "\n"))).date_fallback is None


def test_an_advertisers_accounts_file_ingested_as_feedback_points_to_the_customer_import(tmp_path):
    """A streaming tester's advertiser accounts ("annual_spend_usd", "contact_email") were refused with a hint to
    name a text column, not to import them as customers."""
    import pytest

    from retrieval.errors import UserError

    path = write(tmp_path / "advertiser_accounts.csv", "account_id,advertiser_name,country,annual_spend_usd,tier,"
                                                       "contact_email\n" + "".join(
        f"ADV-{k},Brand {k} Foods,US,{100000 * k},Gold,ads{k}@brand{k}.example\n" for k in range(1, 6)))
    with pytest.raises(UserError) as err:
        detect_columns(load_file(path))
    assert "pma customers import" in str(err.value.hint), err.value.hint


def test_a_call_notes_account_is_a_company_not_a_persons_name(db_settings, tmp_path):
    """"Account: Verde Telecom | Tier: Platinum" in an advertiser's call notes was stored as <NAME> ("Verde" is a first
    name), so the notes joined no account; a contact's name beside it is still redacted."""
    from retrieval.db import Database

    path = write(tmp_path / "advertiser_calls.csv", "Date,Account,Account Owner,Notes\n" + "".join(
        f"2026-10-0{k},Verde Telecom,Maria Silva,Asked for a frequency cap on repeated ads ({k})\n"
        for k in range(1, 4)))
    ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        rows = conn.execute("SELECT metadata->>'Account', metadata->>'Account Owner' FROM feedback").fetchall()
    assert {r[0] for r in rows} == {"Verde Telecom"} and "Maria" not in str(rows), rows



def test_a_help_desks_custom_field_is_read_by_its_name_without_cf(tmp_path):
    """Freshdesk exports its custom fields as "cf_app_version", "cf_plan": a streaming tester's app versions of 560
    tickets were not read."""
    path = write(tmp_path / "freshdesk_tickets.csv", "Ticket ID,Subject,Description,Created time,cf_plan,"
                 "cf_app_version\n" + "".join(f"{k},Crash,The app crashes on start ({k}),2026-10-0{k},Premium,7.{k}.0\n"
                                              for k in range(1, 6)))
    fields = detect_columns(load_file(path)).fields
    assert (fields["version"], fields["segment"]) == ("cf_app_version", "cf_plan"), fields
