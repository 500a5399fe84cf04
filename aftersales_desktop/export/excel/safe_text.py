"""Person-entered text in a spreadsheet: written so that it stays text (no formula injection).

A cell whose text starts with =, +, -, @, a tab or a carriage return could be taken for a formula by Excel
(at once, or when someone edits the cell). Such text is written as an explicit string cell (data type 's',
so openpyxl never turns '=…' into a formula) with the quotePrefix style — Excel's own leading-apostrophe
flag — so it stays text even after editing. The text itself is kept exactly as typed. Characters XML cannot
carry (control characters other than tab/CR/LF) are dropped rather than failing the whole export.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles.cell_style import StyleArray

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def needs_guard(text: str) -> bool:
    """True when Excel could read `text` as the start of a formula."""
    return text.startswith(TRIGGERS)


def clean(text: str) -> str:
    """Drop characters an xlsx file cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


class TextWriter:
    """Turns strings into what a write-only row accepts: the plain str, or a guarded text cell."""

    def __init__(self, worksheet: Any, quoted_style: StyleArray) -> None:
        self.worksheet = worksheet
        self.quoted_style = quoted_style

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value  # numbers stay numbers, None stays empty
        if ILLEGAL_CHARACTERS_RE.search(value):
            value = clean(value)
        if not value.startswith(TRIGGERS):
            return value
        cell = Cell(self.worksheet, row=1, column=1, style_array=self.quoted_style)
        cell._value = value
        cell.data_type = "s"  # inline string: never a formula
        return cell
