"""Session 48: exports of a food-delivery tester."""

from __future__ import annotations

import pytest

from retrieval.columns import detect_columns
from retrieval.ingest import FilesFailed, ingest_paths
from retrieval.loaders import load_file
from tests.support.paths import write

ACCOUNTS = ("Account ID,Restaurant name,City,Commission %,GMV last 90 days,Currency,Account manager,Churn risk,"
            "Contract renewal date\nRST-1000,Bombay Spice House,London,30,14049.69,GBP,Hollie Price,Medium,07/04/2027\n"
            "RST-1001,Luigi's Trattoria,London,25,127814.47,GBP,Sam Okafor,High,12/07/2027\n")


def test_an_accounts_report_among_the_exports_is_refused_and_the_others_stored(db_settings, tmp_path):
    """A food-delivery tester's restaurant accounts, left in the exports folder, became 38 feedback items whose text
    was the restaurant's name, dated by the contract's renewal, with no way to take them out."""
    folder = tmp_path / "exports"
    write(folder / "restaurant_accounts.csv", ACCOUNTS)
    write(folder / "merchant_feedback.csv", "Submitted,Restaurant,Feedback\n2026-10-01,Luigi's Trattoria,"
                                            "The tablet crashes during the lunch rush\n")
    with pytest.raises(FilesFailed) as err:
        ingest_paths([folder], db_settings)
    report = err.value.report
    assert report.total("added") == 1 and [f["file"] for f in report.failed] == [str(folder / "restaurant_accounts.csv")]
    said = report.failed[0]["error"]
    assert "'Restaurant name' holds company names, not feedback" in said and "pma customers import FILE" in said, said


def test_a_help_desks_custom_fields_are_read_without_their_kind(tmp_path):
    """Zendesk names a custom field with its kind: "App version [txt]" was no version column."""
    path = write(tmp_path / "zendesk_tickets.csv", "Id,Subject,Description,Created at,App version [txt],"
                                                   "Order ID [txt]\n48002,Waiting,I wait 20 minutes at restaurants,"
                                                   "2026-07-03T18:04:35Z,4.1.0,FK-66971164\n")
    fields = detect_columns(load_file(path)).fields
    assert fields["version"] == "App version [txt]" and fields["external_id"] == "Id", fields


def test_a_commission_tier_with_its_percentage_is_no_subscription_plan():
    """A food-delivery tester's restaurants' commission tier "Plus 25%" and its subscribers' "forkful_plus_monthly"
    were one plan Plus (207 items: 149 cancellations and 58 restaurant rows), and the survey's "Forkful+" another."""
    from retrieval.plans import plan_names_of

    names = plan_names_of(["Plus 25%", "Standard 30%", "forkful_plus_monthly", "Forkful+", "plus 25%"])
    assert names == {"forkful_plus_monthly": "Forkful+", "forkful+": "Forkful+", "plus 25%": "Plus 25%"}, names


def test_a_notes_line_of_properties_with_its_date_is_no_item():
    """A food-delivery tester's focus-group notes opened each session with "Date: 2026-06-04 | City: London |
    Participant type: courier | Participant: 6 couriers": each was a feedback item, and its city lost."""
    from retrieval.notes import markdown_lines

    lines = markdown_lines("# Courier focus groups 2026\n\n## 04 June 2026 - Courier focus group, London\n\n"
                           "Date: 2026-06-04 | City: London | Participant type: courier | Participant: 6 couriers "
                           "(bike and scooter)\n\n- I wait 20-30 minutes at restaurants for orders.\n")
    items = [line for line in lines if line.text]
    assert [line.text for line in items] == ["- I wait 20-30 minutes at restaurants for orders."], items
    assert items[0].date == "2026-06-04" and dict(items[0].properties) == {
        "City": "London", "Participant type": "courier", "Participant": "6 couriers (bike and scooter)"}, items[0]


def test_zendesk_tags_written_with_spaces_are_each_a_tag(db_settings, tmp_path):
    """Zendesk's CSV export writes a ticket's tags with spaces ("tablet_crash restaurant es"): --where
    tags=tablet_crash found nothing, only the whole cell did."""
    from retrieval.db import Database
    from retrieval.filters import Filters

    ingest_paths([write(tmp_path / "zendesk_tickets.csv", "Id,Description,Tags,Created at\n"
                        "1,The merchant tablet crashes at lunch,tablet_crash restaurant es,2026-10-01\n"
                        "2,My refund takes weeks,refund_slow customer gb,2026-10-02\n")], db_settings)
    with Database(db_settings).connect() as conn:
        where, params = Filters(where={"Tags": "tablet_crash"}).sql(conn)
        found = [r[0] for r in conn.execute(f"SELECT f.text FROM feedback f WHERE {where}", params)]
    assert found == ["The merchant tablet crashes at lunch"], found


@pytest.mark.parametrize("text, lang", [
    ("Ara és massa car, em passo a un altre servei.", "ca"),
    ("Molt bé, gràcies! El repartidor va ser molt amable.", "ca"),
    ("Si us plau, traduïu els menús al català.", "ca"),
    ("La comida llegó fría y tarde, muy decepcionado.", "es"),
    ("El pedido no llegó y nadie me ayuda con el reembolso.", "es"),
    ("Love it, fast delivery!", "en"),
])
def test_catalan_is_told_from_spanish(text, lang):
    """A food-delivery tester's 44 Catalan items read as English, Spanish, French or Portuguese."""
    from retrieval.languages import latin_language

    assert latin_language(text) == lang


def test_a_subscriber_id_is_who_cancelled(db_settings, tmp_path):
    """Two subscribers who cancelled on one day with the same comment are two cancellations: "subscriber_id" was no
    user column, and they were stored as one item and a duplicate."""
    report = ingest_paths([write(tmp_path / "forkful_plus_cancellations.csv",
                                 "subscriber_id,cancelled_on,comment\nsub_1,2026-08-03,Too expensive now\n"
                                 "sub_2,2026-08-03,Too expensive now\n")], db_settings).files[0]
    assert report.columns["user"] == "subscriber_id" and (report.added, report.duplicates) == (2, 0), report
