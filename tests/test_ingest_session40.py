"""Ingest fixes from an outside tester's project-tool exports (session 40)."""

from __future__ import annotations

from retrieval.db import Database
from retrieval.ingest import ingest_paths
from tests.support.paths import write

SHORT_CALL = """Call: Taskloom <> Brightside Tutoring - quarterly check-in
Date: 2026-08-18
Company: Brightside Tutoring
Participants: Jordan Hale (Taskloom), Ethan Castillo (Brightside Tutoring)

00:43 | Jordan Hale (Taskloom)
Thanks for joining. Tell me how the rollout is going at Brightside Tutoring.

02:33 | Ethan Castillo (Brightside Tutoring)
A Gantt chart showing dependencies between tasks is the one thing missing.

03:34 | Jordan Hale (Taskloom)
Thanks, I'll share that with product. Anything else?
"""

NESTED = """Call: Taskloom <> Independent (Free workspace) - check-in
Date: 2026-07-27
Company: Independent (Free workspace)
Participants: Tom Whitaker (Taskloom), Maya Castillo (Independent (Free workspace))

01:52 | Tom Whitaker (Taskloom)
Good to see you again.

04:11 | Maya Castillo (Independent (Free workspace))
We need a proper Gantt chart where I can drag bars and link dependencies.

05:44 | Tom Whitaker (Taskloom)
Understood, I will pass it on.

06:30 | Maya Castillo (Independent (Free workspace))
Also the mobile app logs me out every day.
"""


def test_a_short_call_recording_keeps_only_the_customer_turns(db_settings, tmp_path):
    """A project-tool tester's 17 call files (Gong: "02:33 | Ethan Castillo (Brightside Tutoring)", the file's
    "Company:" the customer's) were stored line by line: 14 had three turns, fewer than a transcript needed, so the
    rep's "Thanks for joining" was customer feedback and the "Call:" and "Participants:" header lines were items
    with the participants' names; in a call whose rep asks nothing by its marks, the speakers' companies say who is
    the team. Each customer turn is an item, the call's title its section, and no participant's name is kept."""
    report = ingest_paths([write(tmp_path / "calls" / "call_brightside_2026-08-18.txt", SHORT_CALL),
                           write(tmp_path / "calls" / "call_independent_2026-07-27.txt", NESTED)], db_settings)
    assert report.total("added") == 3
    with Database(db_settings).connect() as conn:
        got = conn.execute("SELECT text, author_hash, created_at::date::text, metadata FROM feedback "
                           "ORDER BY created_at, id").fetchall()
    assert [t for t, *_ in got] == ["We need a proper Gantt chart where I can drag bars and link dependencies.",
                                    "Also the mobile app logs me out every day.",
                                    "A Gantt chart showing dependencies between tasks is the one thing missing."]
    assert [d for _, _, d, _ in got] == ["2026-07-27", "2026-07-27", "2026-08-18"]
    assert [m.get("Company") for *_, m in got] == ["Independent (Free workspace)"] * 2 + ["Brightside Tutoring"]
    assert got[2][3]["section"] == "Taskloom <> Brightside Tutoring - quarterly check-in"
    assert all(a for _, a, _, _ in got) and len({a for _, a, _, _ in got}) == 2
    stored = " ".join(t + str(m) for t, _, _, m in got)
    for name in ("Jordan", "Hale", "Ethan", "Castillo", "Whitaker", "Participants"):
        assert name not in stored


def test_a_feature_boards_author_email_is_the_user_and_joins_the_customer_file(db_settings, tmp_path):
    """Canny's export names the author "Author Name" and "Author Email": a project-tool tester's posts were stored by
    name, so none joined its account in the customer file (no feature request reached the revenue-ranked plan)."""
    from retrieval.customers import import_customers

    report = ingest_paths([write(tmp_path / "canny_posts.csv",
                                 "Title,Details,Votes,Author Name,Author Email,Created At\n"
                                 "Gantt chart,Please add a Gantt chart,20,Aisha Dubois,aisha@kite.example.com,"
                                 "2026-06-07\n"
                                 "Dark mode,Dark mode for the desktop app,8,Tom Ng,tom@loop.example.com,2026-06-09\n")],
                          db_settings)
    assert report.files[0].columns["user"] == "Author Email"
    import_customers(Database(db_settings), write(tmp_path / "accounts.csv", "Account Name,Contact Email,ARR\n"
                                                                           "Kite Labs,aisha@kite.example.com,120000\n"))
    with Database(db_settings).connect() as conn:
        joined = conn.execute("SELECT c.account, f.text FROM feedback f JOIN customers c ON c.author_hash = "
                              "f.author_hash").fetchall()
    assert [(a, t.split(".")[0]) for a, t in joined] == [("Kite Labs", "Gantt chart")], joined


def test_an_email_replys_quote_of_the_earlier_mail_is_no_feedback(db_settings, tmp_path):
    """A project-tool tester's Intercom replies quoted the agent's earlier mail ("On Tue, Oct 06, 2026 at 10:02 AM
    Maya <...> wrote: > ... Could you tell me which browser you are using?"): 17 items held the agent's words, and
    were flagged as instructions to an assistant. The quote is left out; what the customer wrote is kept."""
    import json

    from assistant.safety.untrusted import sanitize

    bodies = ["Still broken on Chrome and Edge.\n\nOn Tue, Oct 06, 2026 at 10:02 AM Maya <maya@taskloom.example> wrote:"
              "\n> Thanks for reaching out! Could you tell me which browser you are using?",
              "Exports still shift the dates.\n\n> Thanks for reaching out!\n> Could you send a screenshot?",
              "Am 06.10.2026 um 10:02 schrieb Maya:\n> Welcher Browser?"]  # nothing of the customer's: kept whole
    data = [{"id": str(i), "created_at": 1790000000 + i, "source": {"body": b, "author": {"type": "user"}}}
            for i, b in enumerate(bodies)]
    ingest_paths([write(tmp_path / "intercom_conversations.json", json.dumps(data))], db_settings)
    with Database(db_settings).connect() as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM feedback ORDER BY external_id")]
    assert texts[:2] == ["Still broken on Chrome and Edge.", "Exports still shift the dates."], texts
    assert texts[2].startswith("Am 06.10.2026") and "Welcher Browser" in texts[2]
    assert not any(sanitize(t).flagged for t in texts[:2])
