"""How the workbook looks: column kinds and their number formats, header and totals rows, page setup.

Everything here works in openpyxl's write-only mode, where a cell's style must be on the cell when the row is
appended and sheet-level settings (column widths, frozen header, fit-to-width) before the first row. Styles
are registered once per sheet on prototype cells; each data cell then gets a copy of the prototype's small
StyleArray instead of going through openpyxl's style setters (which look things up in the workbook for every
cell) — that is what keeps the export close to bare openpyxl speed.

Money is stored in fen and written as 元: `fen / 100` is the double nearest to the exact two-decimal amount
and openpyxl writes it with repr(), so the file holds exactly e.g. 123.45 — a number, formatted `#,##0.00`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from aftersales_desktop.core.i18n import Text
from aftersales_desktop.export.excel.safe_text import TextWriter

MONEY = "#,##0.00"
HOURS = "#,##0.00"
SCORE = "0.00"
INTEGER = "#,##0"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
PERCENT = "0.0%"

# kind -> (number format, data type of the stored value)
KINDS: dict[str, tuple[str | None, str]] = {
    "text": (None, "s"),  # anything that is words: guarded against formula injection
    "int": (INTEGER, "n"),
    "money": (MONEY, "n"),  # value in fen, written in 元
    "hours": (HOURS, "n"),  # value in minutes, written in hours
    "score": (SCORE, "n"),
    "percent": (PERCENT, "n"),  # value a share 0..1, written as a percentage
    "date": (DATE, "d"),  # value a date or 'YYYY-MM-DD' text
    "datetime": (DATETIME, "d"),  # value a datetime or 'YYYY-MM-DD HH:MM:SS' text
}

_THIN = Side(style="thin", color="808080")
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_BOLD = Font(name="Calibri", size=11, family=2, scheme="minor", bold=True)  # the workbook's own font, bold


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header (both languages), the kind of its values, its width in characters."""

    title: Text
    kind: str = "text"
    width: float = 12


def _to_number(scale: int) -> Callable[[Any], Any]:
    return (lambda v: v / scale) if scale != 1 else (lambda v: v)


def _to_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])


def _to_datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "int": _to_number(1),
    "money": _to_number(100),
    "hours": _to_number(60),
    "score": _to_number(1),
    "percent": _to_number(1),
    "date": _to_date,
    "datetime": _to_datetime,
}


class SheetStyles:
    """The style prototypes of one sheet and the per-column cell makers for data and totals rows."""

    def __init__(self, worksheet: Any) -> None:
        self.worksheet = worksheet
        self.header = self._style(font=_BOLD, fill=_HEADER_FILL, border=Border(bottom=_THIN),
                                  alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
        self.quoted = self._style(quotePrefix=True)
        self.quoted_bold = self._style(quotePrefix=True, font=_BOLD, border=Border(top=_THIN))
        self.data = {kind: self._style(number_format=fmt) for kind, (fmt, _) in KINDS.items() if fmt}
        self.totals = {kind: self._style(number_format=fmt or "General", font=_BOLD, border=Border(top=_THIN))
                       for kind, (fmt, _) in KINDS.items()}

    def _style(self, **attributes: Any) -> StyleArray:
        cell = Cell(self.worksheet, row=1, column=1)
        for name, value in attributes.items():
            setattr(cell, name, value)
        return cell._style

    def cell(self, value: Any, style: StyleArray, data_type: str) -> Cell:
        """A styled cell ready to append (the style array is copied, never shared)."""
        cell = Cell(self.worksheet, row=1, column=1, style_array=style)
        cell._value = value
        cell.data_type = data_type
        return cell

    def header_row(self, columns: Sequence[Column]) -> list[Cell]:
        return [self.cell(str(c.title), self.header, "s") for c in columns]

    def makers(self, columns: Sequence[Column]) -> list[Callable[[Any], Any]]:
        """One function per column turning a raw value into what the write-only row takes."""
        text = TextWriter(self.worksheet, self.quoted)
        return [text if c.kind == "text" else self._maker(c.kind, self.data[c.kind]) for c in columns]

    def totals_makers(self, columns: Sequence[Column]) -> list[Callable[[Any], Any]]:
        """Like makers(), but bold with a rule above, and every cell styled (so the rule runs across)."""
        text = TextWriter(self.worksheet, self.quoted_bold)
        plain = self.totals["text"]

        def label(value: Any) -> Any:
            value = "" if value is None else value
            written = text(value)
            return written if isinstance(written, Cell) else self.cell(written, plain, "s" if isinstance(written, str) else "n")

        # the first cell holds the row's label whatever its column's kind
        return [label if i == 0 or c.kind == "text" else self._maker(c.kind, self.totals[c.kind], blank_style=plain)
                for i, c in enumerate(columns)]

    def _maker(self, kind: str, style: StyleArray, blank_style: StyleArray | None = None) -> Callable[[Any], Any]:
        convert = _CONVERT[kind]
        data_type = KINDS[kind][1]
        make = self.cell

        def maker(value: Any) -> Any:
            if value is None or value == "":
                return make("", blank_style, "s") if blank_style is not None else None
            return make(convert(value), style, data_type)

        return maker


def set_up_sheet(worksheet: Any, columns: Sequence[Column], header_text: str) -> None:
    """Sheet-level settings that write-only mode needs before the first row: widths, frozen header, printing."""
    for index, column in enumerate(columns, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = column.width
    worksheet.freeze_panes = "A2"
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = "9"  # A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0  # as many pages down as needed
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.print_options.gridLines = True
    worksheet.print_title_rows = "1:1"  # the header row on every printed page
    worksheet.oddHeader.center.text = header_text.replace("&", "&&")
    worksheet.oddFooter.center.text = "&[Page] / &[Pages]"


def set_filter(worksheet: Any, columns: Sequence[Column], last_data_row: int) -> None:
    """Autofilter over the header and the data rows (not the totals rows below them)."""
    last = get_column_letter(len(columns))
    worksheet.auto_filter.ref = f"A1:{last}{max(last_data_row, 1)}"
