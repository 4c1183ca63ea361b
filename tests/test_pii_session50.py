"""Session 50: a Brazilian postcode (CEP) after its town and state ("São Paulo - SP, 01304-001": a streaming tester's
stayed in a theme's quote after the street before it was redacted)."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, cep", [
    ("Moro na Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001.", "01304-001"),
    ("Endereço: Rio de Janeiro, RJ, 20040-020", "20040-020"),
    ("Meu CEP 01310-100, obrigado", "01310-100"),
])
def test_a_cep_is_redacted(text, cep):
    assert cep not in redact(text)[0]


@pytest.mark.parametrize("text", ["Order 12345-678 failed twice", "Ticket SP 12345-678 is still open"])
def test_a_number_of_that_shape_elsewhere_stays(text):
    assert redact(text)[0] == text
