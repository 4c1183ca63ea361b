"""Session 51: exports of an HR/payroll tester (Gong call notes with a header of properties, Help Scout's
satisfaction rating in words)."""

from __future__ import annotations

from retrieval.ingest import ingest_paths
from retrieval.notes import items_from_lines, markdown_lines
from retrieval.ratings import read_rating
from tests.support.paths import write

GONG = """# Gong call: Fernhill Bakeries - Renewal review
Call: Fernhill Bakeries / Payroo - Renewal review
Date: 2026-10-02
Company: Fernhill Bakeries
Plan: Growth
Deal stage: Closed Lost
Participants: Aoife Brennan (Fernhill Bakeries), Ciaran Walsh (Payroo)

00:30 | Ciaran Walsh (Payroo)
Thanks for joining. How has payroll been this quarter?

01:24 | Aoife Brennan (Fernhill Bakeries)
The tax code import failed twice in September and we had to run payroll by hand.

03:10 | Ciaran Walsh (Payroo)
What would make you stay?

03:57 | Aoife Brennan (Fernhill Bakeries)
Honestly the price per employee at renewal is the deciding factor for our board.

## Next steps
- Deal marked Closed Lost in the CRM.
"""


def test_a_call_recorders_header_is_the_calls_properties_not_items():
    """An HR tester's 17 Gong files opened with "Call:", "Company:", "Plan:", "Deal stage:" and "Participants:"
    lines: the title line above the others made them paragraphs, and 120 items were stored for 69 customer turns,
    among them "Enterprise Deal stage: Closed Lost" and the participants' names."""
    items = items_from_lines(markdown_lines(GONG))
    assert [v["text"] for _, v in items] == [
        "The tax code import failed twice in September and we had to run payroll by hand.",
        "Honestly the price per employee at renewal is the deciding factor for our board."]
    for _, values in items:
        assert (values["Company"], values["Plan"], values["Deal stage"], values["date"]) == (
            "Fernhill Bakeries", "Growth", "Closed Lost", "2026-10-02")
        assert "Participants" not in values and "Call" not in values
        # the speaker is stored as a keyed hash, like any user; no other field holds a participant's name
        assert not any("Ciaran" in v or "Brennan" in v for k, v in values.items() if k != "speaker")


def test_help_scouts_not_good_rating_is_read(db_settings, tmp_path):
    """Help Scout rates a conversation "Great", "Okay" or "Not Good": the 41 "Not Good" rows of an HR tester's export,
    the unhappiest conversations, were rejected as "not a rating number" while the others were read."""
    assert [read_rating(v)[0] for v in ("Great", "Okay", "Not Good", "not good")] == [4.0, 3.0, 1.0, 1.0]
    path = write(tmp_path / "helpscout_conversations.csv",
                 "Conversation ID,Subject,Created At,Satisfaction Rating,Preview\n"
                 "1,Payslips,2026-10-01T09:00:00Z,Great,Payslips arrived on time and look right.\n"
                 "2,RTI,2026-10-02T09:00:00Z,Not Good,The RTI submission failed again and nobody called back.\n"
                 "3,Leave,2026-10-03T09:00:00Z,Okay,Leave balance fixed after a week.\n")
    report = ingest_paths([path], db_settings)
    assert (report.total("added"), report.total("rejected")) == (3, 0), report.files


def test_g2s_problems_solved_answer_is_what_the_reviewer_likes(db_settings, tmp_path):
    """G2 asks "What problems is X solving and how is that benefiting you?": an HR tester's 100 answers ("Gives
    managers visibility of who is off") were typed as feature requests and led "most requested features"."""
    from retrieval.columns import answer_side, text_part_side
    from retrieval.db import Database

    assert text_part_side("What problems is Payroo solving and how is that benefiting you?") == "liked"
    assert text_part_side("What problems are you trying to solve?") is None  # the reviewer's own needs
    path = write(tmp_path / "g2_reviews.csv",
                 "Review ID,Star Rating,Submitted At,What do you like best about Payroo?,"
                 "What do you dislike about Payroo?,What problems is Payroo solving and how is that benefiting you?\n"
                 "1,4,2026-10-01,Payslips are clear,Reports time out,Gives managers visibility of who is off\n"
                 "2,5,2026-10-02,Support answers fast,No DATEV export,Lets us run payroll in-house\n")
    ingest_paths([path], db_settings)
    with Database(db_settings).connect() as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM feedback WHERE text LIKE '%problems is Payroo%'")]
    assert len(texts) == 2 and all(answer_side(t) == "liked" for t in texts), texts
