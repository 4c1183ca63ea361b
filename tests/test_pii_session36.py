"""Session 36, from an e-bike tester's tickets: a closing followed on the same line by what the ticket form adds
("Cordialement, Sophie Marchand Order #VW-133220"), a given name after a single dash that ends the text ("text me
<PHONE> - Brandon"), and a courier's brand in camel case after a role noun ("Il corriere RapidoPost ha perso il mio
pacco" lost the courier at the centre of the incident). Held-out PII sets 5-27: no value and no look-alike changed."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, value", [
    ("Connexion impossible. Cordialement, Sophie Marchand Order #VW-133220", "Sophie Marchand"),
    ("Still waiting. Regards, Tom Becker Ticket 48245", "Tom Becker"),
    ("Call me back please. Thanks, Ana Lima +44 20 7946 0958", "Ana Lima"),
    ("The lock is stuck again, text me 555-0199 - Brandon", "Brandon"),
    ("I spoke to McKenzie Hall yesterday about the refund.", "McKenzie Hall"),
])
def test_names_the_tester_saw_kept(text, value):
    got = redact(text)[0]
    assert value not in got and "<NAME>" in got, got


@pytest.mark.parametrize("text", [
    "Il corriere RapidoPost ha perso il mio pacco",
    "The driver from DoorDash left it at the wrong door",
    "Works on iOS - Android",
    "Great bike - Trek",
    "Regards, Support Team Order #1",
])
def test_brands_and_products_stay(text):
    assert redact(text)[0] == text
