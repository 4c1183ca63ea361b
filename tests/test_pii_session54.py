"""Session 54: a name written right before an address (a marketplace tester's planted "Return to Oliver Bennett, 42 Mill
Lane, Leeds LS6 2AB" was shown with its address redacted and its name whole)."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, kept", [
    ("Le suivi n'est pas mis à jour. Return to Oliver Bennett, 42 Mill Lane, Leeds LS6 2AB.", "Return to <NAME>, "),
    ("Parcel for Jürgen Müller, Hauptstraße 5, 10115 Berlin", "Parcel for <NAME>, "),
])
def test_a_name_before_an_address_is_redacted(text, kept):
    out, counts = redact(text)
    assert kept in out and counts["name"] == 1 and counts["address"] == 1, out


@pytest.mark.parametrize("text", ["Shipped to Royal Mail Depot, 12 High Street, London SW1A 1AA",
                                  "Our office: Main Street Station, 12 High Street, London SW1A 1AA"])
def test_a_place_before_an_address_is_no_name(text):
    out, counts = redact(text)
    assert "<NAME>" not in out and counts["address"] == 1, out
