"""Session 49: exports of a travel-booking tester."""

from __future__ import annotations

from retrieval.columns import detect_columns
from retrieval.ingest import ingest_paths
from retrieval.loaders import load_file
from tests.support.paths import write

REASONS = ("too_expensive", "unused", "switched_service", "low_quality", "missing_features")


def _stripe(path, rows: int = 30):
    """A Stripe export of cancelled subscriptions: created (the subscription's start) before canceled_at, the reason
    as a code, the comment mostly empty."""
    lines = ["id,customer,plan.nickname,plan.amount,plan.currency,status,created,canceled_at,"
             "cancellation_details.feedback,cancellation_details.comment,metadata.switched_to"]
    for k in range(rows):
        comment = f"The price went up again and I barely travel ({k})" if k % 3 == 0 else ""
        lines.append(f"sub_{k:04d},cus_{k:04d},Roamly Plus Monthly,399,gbp,canceled,{1741395960 + k * 86400},"
                     f"{1788000000 + k * 3600},{REASONS[k % len(REASONS)]},{comment},Booking.com")
    return write(path, "\n".join(lines) + "\n")


def test_a_stripe_cancellation_is_its_comment_dated_when_cancelled_with_its_reason_kept(db_settings, tmp_path):
    """A travel tester's Stripe export was stored as its reason codes ("unused", "low_quality"), dated by
    `created`, when each subscription started (2024-2025); once the comment was mapped as the text, the 73
    cancellations that gave a reason and no comment were rejected as empty."""
    path = _stripe(tmp_path / "stripe_subscriptions_canceled.csv")
    columns = detect_columns(load_file(path))
    assert (columns.fields["text"], columns.fields["date"]) == ("cancellation_details.comment", "canceled_at"), \
        columns.fields
    assert columns.choice_columns == ["cancellation_details.feedback"], columns.choice_columns
    report = ingest_paths([path], db_settings)
    assert (report.total("added"), report.total("choices"), report.total("rejected")) == (10, 20, 0), report.files


def test_a_created_date_still_dates_an_export_of_mostly_live_subscriptions(tmp_path):
    """A subscriptions export where few rows are cancelled keeps its creation date: the cancellation time is the
    feedback's only where nearly every row has one."""
    lines = ["id,created,canceled_at,comment"] + [
        f"sub_{k},2026-0{1 + k % 9}-01,{'2026-10-01' if k < 5 else ''},Comment number {k} about the app" for k in range(30)]
    fields = detect_columns(load_file(write(tmp_path / "subscriptions.csv", "\n".join(lines) + "\n"))).fields
    assert fields["date"] == "created", fields


def test_a_column_mapped_to_none_is_read_by_no_guess(tmp_path):
    """A travel tester's hotel partners' export has "Star Rating", the hotel's class: `--map "Star Rating=none"` was
    ignored and the class still read as each item's rating."""
    path = write(tmp_path / "extranet_partner_feedback.csv", "Property ID,Property Name,Star Rating,Feedback,Submitted\n"
                 + "".join(f"PR-{k},Hotel {k},{3 + k % 3},Payouts are slow again this month ({k}),2026-10-0{1 + k % 9}\n"
                           for k in range(12)))
    assert detect_columns(load_file(path)).fields["rating"] == "Star Rating"
    assert detect_columns(load_file(path), mapping={"none": "Star Rating"}).fields["rating"] is None


def test_a_notes_line_of_properties_with_one_no_template_uses_is_no_item():
    """A travel tester's partner call notes opened each call with "Country: France | Participant: hotel general
    manager | Chain: Yes": "Chain" is no template's property, and the line was an item under each of 14 calls."""
    from retrieval.notes import markdown_lines

    lines = markdown_lines("# Partner calls\n\n## Call with Hotel Rheinblick, 1 June 2026\n\n"
                           "Country: France | Participant: hotel general manager | Chain: Yes\n\n"
                           "- Bulk editing rates is confusing in the new extranet.\n\n"
                           "Weather: Rain | Mood: Good\n")
    items = [line.text for line in lines if line.text]
    assert items == ["- Bulk editing rates is confusing in the new extranet.", "Weather: Rain | Mood: Good"], items


def test_a_name_on_the_line_after_a_closing_with_a_booking_reference_is_redacted():
    """"Regards,\\nMarkus Hoffmann Booking ref RMY-63CCSQ." kept the name: a closing's name was read on its own line,
    or on the closing's line before an order or ticket number."""
    from retrieval.redact import redact

    text, found = redact("The train was cancelled and nobody helped.\n\nRegards,\nMarkus Hoffmann Booking ref "
                         "RMY-63CCSQ.")
    assert "Markus" not in text and "Hoffmann" not in text and found["name"] == 1, text
    kept, _ = redact("Thanks,\nGreat Service Booking was easy")
    assert kept == "Thanks,\nGreat Service Booking was easy", kept


def test_short_german_and_dutch_feedback_is_told_from_english():
    """Short German feedback read as English ("Zu hohe Wechselkursgebühren.", "Buchung super einfach und schnell,
    tolle App."): a travel tester's German theme held 110 items read as English, so it was no language theme and led
    the top issues as 'Super App'."""
    from retrieval.languages import latin_language

    assert [latin_language(t) for t in ("Gute App, sonst zufrieden.", "Hallo, endlich schnell!",
                                        "Warte schon zwei Wochen, wirklich schade.", "Verder tevreden, heel handig.",
                                        "Super app, works great!", "Gut feeling says the update broke it")] == \
        ["de", "de", "de", "nl", "en", "en"]


def test_short_french_feedback_is_told_from_english():
    """Short French feedback read as English ("Trop cher maintenant.", "L'application plante souvent."): a travel
    tester's French items were 71 of 101 read as French."""
    from retrieval.languages import latin_language

    assert [latin_language(t) for t in ("Facile et rapide !", "Bon produit, souvent utile.", "Trop cher.",
                                        "Bon voyage app, works great", "Cher support team, thanks")] == \
        ["fr", "fr", "fr", "en", "en"]
