"""The rows an import refused, as a workbook to fix and import again: the sheet's own header and the rows as the
shop typed them, with the reason (and the row they had) in two last columns."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.imports.parts_excel import RowError, Sheet
from aftersales_desktop.export.atomic import atomic_write
from aftersales_desktop.export.excel.safe_text import TextWriter
from aftersales_desktop.export.excel.styles import SheetStyles


def errors_path(source: Path) -> Path:
    """Where the refused rows go by default: beside the input, PARTS.errors.xlsx."""
    return source.with_name(f"{source.stem}.errors.xlsx")


def write_refused_rows(sheet: Sheet, errors: list[RowError], target: Path) -> Path:
    """Write the refused rows to `target` (atomically); the shop fixes them there and imports that file again."""

    def write(path: Path) -> None:
        book = Workbook(write_only=True)
        worksheet = book.create_sheet(str(T("未导入的行", "Rows not imported")))
        text = TextWriter(worksheet, SheetStyles(worksheet).quoted)  # what the shop typed stays text
        width = len(sheet.headers)
        worksheet.append([text(h) for h in sheet.headers]
                         + [str(T("未导入原因", "Why it was not imported")), str(T("原表行号", "Row in the sheet"))])
        typed = dict(sheet.rows)
        for error in errors:
            values = (list(typed.get(error.row, [])) + [None] * width)[:width]
            worksheet.append([text(v) for v in values] + [str(error.reason), error.row])
        book.save(str(path))

    return atomic_write(Path(target), write)
