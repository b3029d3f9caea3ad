"""Masking personal data in what users type, before it is stored or exported.

Questions and comments are kept so content owners can see what people ask; they must not keep a
citizen service number, an e-mail address, a phone number or a bank account someone typed in.
Numbers are only masked when they are valid (a BSN passes the elfproef, an IBAN its checksum, a phone
number is a possible Dutch or international number), so amounts, years and percentages stay.
"""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban as iban_number
from stdnum.nl import bsn as bsn_number

MASKS = {"iban": "[IBAN]", "email": "[e-mail]", "bsn": "[BSN]", "phone": "[telefoonnummer]"}

# An IBAN as people write it: country, check digits, then groups of letters and digits, with or
# without spaces every four characters (NL91 ABNA 0417 1643 00, NL91ABNA0417164300).
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Nine digits, alone or written 1234.56.782 / 123 456 782 / 123-456-782 (not 123.456.789: that is an amount).
_BSN = re.compile(r"(?<![\w.,])(?:\d{9}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{3}[ -]\d{3}[ -]\d{3})(?![\w]|[.,]\d)")


def _mask_iban(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        return MASKS["iban"] if iban_number.is_valid(match.group(0)) else match.group(0)

    return _IBAN.sub(replace, text)


def _mask_bsn(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        return MASKS["bsn"] if bsn_number.is_valid(re.sub(r"\D", "", match.group(0))) else match.group(0)

    return _BSN.sub(replace, text)


def _mask_phone(text: str) -> str:
    spans = [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, "NL")]
    for start, end in reversed(spans):
        text = text[:start] + MASKS["phone"] + text[end:]
    return text


def mask_personal_data(text: str) -> str:
    """*text* with valid IBANs, e-mail addresses, BSNs (elfproef) and phone numbers replaced by a
    placeholder such as [BSN]. Everything else is left as it was."""
    if not text:
        return text or ""
    text = _mask_iban(text)
    text = _EMAIL.sub(MASKS["email"], text)
    text = _mask_bsn(text)
    return _mask_phone(text)
