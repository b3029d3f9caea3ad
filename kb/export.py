"""CSV for spreadsheets: every cell that a spreadsheet would read as a formula is made plain text."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets
# (=HYPERLINK(…), +cmd|…, -2+3, @SUM(…)); tab and carriage return can hide such a start.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value as a spreadsheet shows it literally: text opening like a formula gets a leading
    apostrophe (the OWASP advice for CSV injection); numbers and None are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """Write *rows* (dicts) as CSV with a header; returns the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: safe_cell(row.get(key)) for key in columns})
        count += 1
    return count
