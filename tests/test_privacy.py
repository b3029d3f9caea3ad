"""Masking personal data before it is stored: BSN (elfproef), e-mail, phone numbers, IBAN."""

from __future__ import annotations

import pytest

from kb.privacy import mask_personal_data


@pytest.mark.parametrize("text, expected", [
    ("Mijn BSN is 111222333.", "Mijn BSN is [BSN]."),
    ("bsn 1112.22.333 of 111 222 333", "bsn [BSN] of [BSN]"),
    ("Mail j.jansen@gemeente.nl even", "Mail [e-mail] even"),
    ("Bel 06-12345678 of +31 20 123 4567", "Bel [telefoonnummer] of [telefoonnummer]"),
    ("of 0031612345678, of 010-1234567", "of [telefoonnummer], of [telefoonnummer]"),
    ("IBAN NL91 ABNA 0417 1643 00 en NL91ABNA0417164300", "IBAN [IBAN] en [IBAN]"),
])
def test_personal_data_is_masked(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


@pytest.mark.parametrize("text", [
    "Hoeveel is 5% van 1.500.000 euro in 2024?",
    "Drempels 221.000, 5.538.000 en 100.000.000 euro",
    "Artikel 2.82 Aw 2012: 30 uur per week gedurende 12 maanden",
    "Het getal 123456789 is geen BSN (elfproef klopt niet)",
    "NL12 ABCD 1234 5678 90 heeft een verkeerd controlegetal",
    "Wat is social return?",
])
def test_ordinary_text_and_invalid_numbers_stay(text: str) -> None:
    assert mask_personal_data(text) == text
