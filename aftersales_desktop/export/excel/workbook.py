"""The month's workbook for the accountant: one sheet module after another, streamed into an .xlsx.

A sheet module has TITLE (Text), COLUMNS (list of styles.Column), rows(month) -> raw values in column order
(money in fen, hours in minutes, dates as stored) and totals(month) -> the totals rows (label first); a short
sheet may add charts(rows, sheet title, first_row) -> [(openpyxl chart, anchor cell)], native charts drawn from
its own cells (the Summary's). The
workbook is written with openpyxl's write-only mode, row by row, so memory does not grow with the month,
inside one read transaction (a consistent snapshot even while the counter keeps working), to a temporary
file that replaces the target only when complete (export.atomic).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from aftersales_desktop.core import settings
from aftersales_desktop.core.db import read_snapshot
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.permissions import Action, require
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.export.atomic import atomic_write
from aftersales_desktop.export.excel import (
    sheet_calls,
    sheet_conduct,
    sheet_deposits,
    sheet_hours,
    sheet_invoices,
    sheet_parts_moves,
    sheet_repairs,
    sheet_standards,
    sheet_stocktake,
    sheet_summary,
    sheet_surveys,
)
from aftersales_desktop.export.excel.sheet_titles import TITLES, sheet_keys
from aftersales_desktop.export.excel.styles import SheetStyles, set_filter, set_up_sheet
from aftersales_desktop.export.papers.common import in_paper_language

SHEET_BY_KEY: dict[str, ModuleType] = {
    "summary": sheet_summary, "calls": sheet_calls, "repairs": sheet_repairs, "invoices": sheet_invoices,
    "parts_moves": sheet_parts_moves, "stocktake": sheet_stocktake, "deposits": sheet_deposits,
    "conduct": sheet_conduct, "hours": sheet_hours, "surveys": sheet_surveys, "standards": sheet_standards,
}  # fmt: skip
SHEETS: list[ModuleType] = [SHEET_BY_KEY[key] for key in TITLES]  # in the order sheet_titles gives

# progress(done sheets, all sheets, what is being written); returning False cancels the export.
Progress = Callable[[int, int, str], Any]

_TICK_ROWS = 1000  # how often a long sheet reports progress (lets a GUI repaint and cancel)


class ExportCancelled(UserError):
    """The person cancelled the export; nothing was written."""


@in_paper_language
def default_file_name(month: Month) -> str:
    """The suggested file name, e.g. '2026-03 月度报表.xlsx'."""
    return str(T("{m} 月度报表.xlsx", "{m} monthly workbook.xlsx", m=month.label))


def sheets_for(actor: Staff | None) -> list[ModuleType]:
    """The sheets this person's workbook holds (sheet_titles.sheet_keys: the conduct sheet only for those who
    may read everyone's conduct log)."""
    return [SHEET_BY_KEY[key] for key in sheet_keys(actor)]


@in_paper_language  # the accountant reads the shop's paper language, whoever exports
def export_month(month: Month, target: Path, progress: Progress | None = None, actor: Staff | None = None) -> Path:
    """Write the month's workbook to `target` atomically; `actor` (if given) must be allowed report.monthly.
    The sheets are those `actor` may read (sheets_for)."""
    if actor is not None:
        require(actor.role, Action.REPORT_MONTHLY, actor.name)
    sheets = sheets_for(actor)
    return atomic_write(Path(target), lambda temp: write_workbook(month, temp, progress, sheets))


def write_workbook(month: Month, path: Path, progress: Progress | None = None,
                   sheets: Sequence[ModuleType] = SHEETS) -> None:
    """Build every sheet for `month` and save the workbook at `path` (not atomic: see export_month)."""
    workbook = Workbook(write_only=True)
    shop = settings.get("shop_name")
    workbook.properties.title = f"{shop} {month.label}".strip()
    workbook.properties.creator = shop or "Aftersales Desktop"
    total = len(sheets) + 1  # +1: saving the file
    try:
        with read_snapshot():  # a read snapshot: every sheet sees the same data
            for index, sheet in enumerate(sheets):
                title = str(sheet.TITLE)
                _report(progress, index, total, title)
                tick = (lambda i=index, t=title: _report(progress, i, total, t)) if progress else None
                write_sheet(workbook, sheet, month, shop, tick)
        _report(progress, len(sheets), total, str(T("保存文件", "Saving the file")))
        save_workbook(workbook, path)
    except BaseException:
        discard_workbook(workbook)
        raise
    _report(progress, total, total, "")


def save_workbook(workbook: Workbook, path: Path) -> None:
    """openpyxl's save, but the zip archive is closed on a failure too (a full disk), so no stray
    'Exception ignored in ZipFile.__del__' traceback appears when it is collected later."""
    archive = ZipFile(str(path), "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(workbook, archive).save()  # closes the archive when it succeeds
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()  # sets archive.fp = None first, so a later __del__ has nothing left to write
        raise


def discard_workbook(workbook: Workbook) -> None:
    """After a failure: close the half-written sheet streams and delete openpyxl's own temporary files."""
    for worksheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            if worksheet._rows is not None:
                worksheet._rows.close()
        writer = worksheet._writer
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_sheet(workbook: Workbook, sheet: ModuleType, month: Month, shop: str = "",
                tick: Callable[[], None] | None = None) -> None:
    """Append one sheet: header, the data rows streamed from its query, then its totals rows."""
    columns = sheet.COLUMNS
    title = str(sheet.TITLE)
    worksheet = workbook.create_sheet(title=title[:31])
    set_up_sheet(worksheet, columns, f"{shop}  {title}  {month.label}".strip())
    styles = SheetStyles(worksheet)
    append = worksheet.append
    append(styles.header_row(columns))
    rows = sheet.rows(month)
    kept: list[Sequence[Any]] | None = [] if hasattr(sheet, "charts") else None  # a short sheet with charts
    if kept is not None:
        rows = _keeping(rows, kept)
    last_row = 1 + _append_all(append, styles.makers(columns), rows, tick)
    makers = styles.totals_makers(columns)
    for totals_row in sheet.totals(month):
        append([make(value) for make, value in zip(makers, totals_row, strict=True)])
    set_filter(worksheet, columns, last_row)
    if kept is not None:
        for chart, anchor in sheet.charts(kept, worksheet.title, first_row=2):  # drawn from the sheet's own cells
            worksheet.add_chart(chart, anchor)


def _keeping(rows: Iterable[Sequence[Any]], kept: list[Sequence[Any]]) -> Iterable[Sequence[Any]]:
    for row in rows:
        kept.append(row)
        yield row


def _append_all(append: Callable[[list], None], makers: list, rows: Iterable[Sequence[Any]],
                tick: Callable[[], None] | None) -> int:
    count = 0
    for raw in rows:
        append([make(value) for make, value in zip(makers, raw, strict=True)])
        count += 1
        if tick is not None and count % _TICK_ROWS == 0:
            tick()
    return count


def _report(progress: Progress | None, done: int, total: int, what: str) -> None:
    if progress is not None and progress(done, total, what) is False:
        raise ExportCancelled(T("已取消导出,没有写入文件。", "Export cancelled; no file was written."))
