"""Ingest fixes from an outside tester's invoicing exports (session 38)."""

from __future__ import annotations

from retrieval.customers import import_customers
from retrieval.db import Database
from retrieval.ingest import ingest_paths
from tests.support.paths import write


def test_a_help_desk_contact_email_is_the_ticket_author_and_joins_its_account(db_settings, tmp_path):
    """HubSpot's ticket export names the requester "Contact email": an invoicing tester's 209 tickets were stored
    with no author, so none joined its customer's account (every account answer came from 6 survey answers), and
    the accounts file's "Contact Email" needed --map to import."""
    tickets = ("Ticket ID,Ticket name,Ticket description,Create date,Associated Company,Contact email,Ticket owner\n"
               "48217,Spam,Invoice emails land in spam,2026-06-02 15:00,Copperline,ravi@copperline.example.com,Maya Chen\n"
               "48222,Approvals,We need bill approval chains,2026-06-03 08:51,Ironclad,chloe@ironclad.example.com,Unassigned\n"
               "48230,Bank feed,The bank feed disconnects daily,2026-06-04 09:10,Copperline,ravi@copperline.example.com,Maya Chen\n")
    report = ingest_paths([write(tmp_path / "hubspot-tickets-export.csv", tickets)], db_settings)
    assert report.files[0].columns["user"] == "Contact email"
    accounts = write(tmp_path / "accounts.csv", "Account Name,Contact Email,Plan,ARR (USD)\n"
                                                "Copperline Freight,ravi@copperline.example.com,Enterprise,52000\n"
                                                "Ironclad Security,chloe@ironclad.example.com,Growth,18000\n")
    result = import_customers(Database(db_settings), accounts)
    assert result.columns["user"] == "Contact Email" and result.matched_feedback_authors == 2
    with Database(db_settings).connect() as conn:
        joined = conn.execute("SELECT c.account, count(*) FROM feedback f JOIN customers c ON c.author_hash = "
                              "f.author_hash GROUP BY 1 ORDER BY 1").fetchall()
    assert joined == [("Copperline Freight", 2), ("Ironclad Security", 1)]


GONG = """Date: 2026-10-21
Company: Kessler Bau GmbH

00:55 | Dana Whitfield (Ledgerly)
Thanks for making time. How has the last quarter been with Ledgerly?

01:54 | Greta Schulz (Kessler Bau GmbH)
Honestly the invoicing part is great. But the bank feed disconnects almost every week now.

03:05 | Dana Whitfield (Ledgerly)
That's painful. Anything else blocking you?

04:13 | Greta Schulz (Kessler Bau GmbH)
XRechnung. If Ledgerly can't do that by spring we have to look at other tools.

04:41 | Dana Whitfield (Ledgerly)
Understood. And approvals?

05:06 | Greta Schulz (Kessler Bau GmbH)
Yes, we need the CFO to approve every bill above ten thousand euros.
"""


def test_a_call_recording_transcript_keeps_the_customer_turns_without_names(db_settings, tmp_path):
    """A call recorder's transcript (Gong: "01:54 | Greta Schulz (Kessler Bau GmbH)" above what was said) was stored
    one item per line: the sales rep's questions were quoted as customer evidence ("Thanks for making time"), and the
    speakers' names stood in the text. Each customer turn is an item with its speaker as the (hashed) author; the
    rep, asking in every turn, is the interviewer."""
    report = ingest_paths([write(tmp_path / "gong_call_kessler-bau_2026-10-21.txt", GONG)], db_settings)
    assert report.total("added") == 3
    with Database(db_settings).connect() as conn:
        got = conn.execute("SELECT text, author_hash, created_at::date::text, metadata FROM feedback "
                           "ORDER BY id").fetchall()
    assert [t.split(".")[0] for t, *_ in got] == ["Honestly the invoicing part is great", "XRechnung",
                                                 "Yes, we need the CFO to approve every bill above ten thousand euros"]
    assert len({a for _, a, _, _ in got}) == 1 and all(a for _, a, _, _ in got)
    assert all(d == "2026-10-21" for _, _, d, _ in got)
    assert all(m.get("Company") == "Kessler Bau GmbH" for *_, m in got)
    stored = " ".join(t + str(m) for t, _, _, m in got)
    assert "Whitfield" not in stored and "Schulz" not in stored


def test_a_ticket_owner_column_is_a_person_redacted_whole_and_not_counted(db_settings, tmp_path):
    """HubSpot's "Ticket owner" holds the agent's name on every row: an invoicing tester's export said "redacted 140"
    for 140 tickets with a person as owner, so the figure could not tell how much PII the feedback held."""
    tickets = ("Ticket ID,Ticket description,Create date,Ticket owner\n"
               "1,Invoice emails land in spam,2026-06-02 15:00,Maya Chen\n"
               "2,Call me at +1 415 555 0100 about the bank feed,2026-06-03 08:51,Tom Becker\n"
               "3,Approvals are missing,2026-06-04 09:10,Unassigned\n")
    report = ingest_paths([write(tmp_path / "hubspot-tickets.csv", tickets)], db_settings)
    assert report.total("added") == 3 and report.total("redacted") == 1  # the phone number only
    with Database(db_settings).connect() as conn:
        owners = [m.get("Ticket owner") for (m,) in conn.execute("SELECT metadata FROM feedback ORDER BY id")]
    assert owners == ["<NAME>"] * 3


def test_every_exports_region_is_one_field_by_one_name(db_settings, tmp_path):
    """An invoicing tester's "What is our NPS by region?" said "not given" for all 129 survey answers: the tickets'
    "Region" (NA, EMEA) was the region, and the survey's "Where is your business based?" (North America, Europe /
    Middle East / Africa) held it in other words. Both are stored under ``region`` by one name each."""
    from assistant.chat import AskOptions, Chat
    from tests.support.fake_llm import FakeLLM

    tickets = ("Ticket ID,Ticket description,Create date,Region\n"
               "1,Invoice emails land in spam,2026-10-02,NA\n2,The bank feed disconnects,2026-10-03,EMEA\n"
               "3,Approvals are missing,2026-10-04,emea\n")
    answers = [(9, "Great tool for sending invoices to our clients every week", "North America"),
               (10, "Love how quickly we get paid since we moved to it", "North America"),
               (3, "Invoice emails keep landing in our clients' spam folders", "North America"),
               (2, "The bank feed disconnects every few days and we re-link it by hand", "Europe / Middle East / Africa"),
               (6, "We need XRechnung e-invoices before our public-sector clients require them",
                "Europe / Middle East / Africa"),
               (9, "Support answered within the hour and fixed the sync for us", "Asia-Pacific")]
    survey = ("Respondent ID,How likely is it that you would recommend us to a friend?,What is the main reason for your "
              "score?,Where is your business based?\n" + "".join(
                  f'{i},{score},"{why}",{where}\n' for i, (score, why, where) in enumerate(answers, start=100)))
    ingest_paths([write(tmp_path / "tickets.csv", tickets), write(tmp_path / "nps_survey.csv", survey)], db_settings)
    with Database(db_settings).connect() as conn:
        regions = sorted(r for (r,) in conn.execute("SELECT metadata ->> 'region' FROM feedback"))
    assert regions == ["APAC", "EMEA", "EMEA", "EMEA", "EMEA", "North America", "North America", "North America",
                       "North America"]
    answer = Chat(db_settings, llm=FakeLLM("")).ask("What is our NPS by region?", options=AskOptions(save=False))
    assert "nps by region: north america +33 (3 answers), emea -100 (2 answers), apac +100 (1 answer)" in \
        answer.text.lower(), answer.text
