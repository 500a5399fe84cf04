"""The quarterly fault analysis as a workbook: every fault of the quarter, and the parts used (same figures as the
paper, see core.queries.quarter_faults)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook

from aftersales_desktop.core import settings
from aftersales_desktop.core.db import read_snapshot
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries.quarter_faults import Quarter, QuarterFaults, quarter_faults
from aftersales_desktop.export.atomic import atomic_write
from aftersales_desktop.export.excel.labels import total_label
from aftersales_desktop.export.excel.styles import Column, SheetStyles, set_filter, set_up_sheet
from aftersales_desktop.export.excel.workbook import discard_workbook, save_workbook
from aftersales_desktop.export.papers.common import in_paper_language

FAULT_TITLE = T("故障分析", "Faults")
FAULT_COLUMNS = [
    Column(T("产品", "Product"), "text", 10),
    Column(T("型号", "Model"), "text", 18),
    Column(T("故障", "Fault"), "text", 26),
    Column(T("叫修", "Calls"), "int", 8),
    Column(T("带回维修", "Repairs"), "int", 9),
    Column(T("返修", "Repeats"), "int", 8),
    Column(T("用料(件)", "Parts (pieces)"), "int", 10),
    Column(T("用料成本(元)", "Parts cost (¥)"), "money", 13),
]
PARTS_TITLE = T("配件用量", "Parts used")
PARTS_COLUMNS = [
    Column(T("编码", "Code"), "text", 14),
    Column(T("配件", "Part"), "text", 24),
    Column(T("数量", "Qty"), "int", 8),
    Column(T("成本(元)", "Cost (¥)"), "money", 13),
]


def default_file_name(quarter: Quarter) -> str:
    return str(T("{q} 季度故障分析.xlsx", "{q} quarterly faults.xlsx", q=quarter.label))


def _fault_rows(report: QuarterFaults) -> Iterator[tuple]:
    for r in report.rows:
        yield (r.product, r.model, r.fault, r.calls, r.repairs, r.repeats, r.parts_qty, r.parts_cost_fen)


def _sheet(workbook: Workbook, title: str, columns: list[Column], rows: Iterator[tuple], totals: list[tuple],
           header: str) -> None:
    worksheet = workbook.create_sheet(title=title[:31])
    set_up_sheet(worksheet, columns, header)
    styles = SheetStyles(worksheet)
    worksheet.append(styles.header_row(columns))
    makers = styles.makers(columns)
    count = 0
    for raw in rows:
        worksheet.append([make(value) for make, value in zip(makers, raw, strict=True)])
        count += 1
    total_makers = styles.totals_makers(columns)
    for raw in totals:
        worksheet.append([make(value) for make, value in zip(total_makers, raw, strict=True)])
    set_filter(worksheet, columns, 1 + count)


def write_quarter(quarter: Quarter, path: Path) -> None:
    """Both sheets of the quarter, written from one read snapshot (not atomic: see export_quarter)."""
    workbook = Workbook(write_only=True)
    shop = settings.get("shop_name")
    workbook.properties.title = f"{shop} {quarter.label}".strip()
    try:
        with read_snapshot():
            report = quarter_faults(quarter)
        total = report.total()
        _sheet(workbook, str(FAULT_TITLE), FAULT_COLUMNS, _fault_rows(report),
               [(total_label(len(report.rows)), None, None, total.calls, total.repairs, total.repeats,
                 total.parts_qty, total.parts_cost_fen)], f"{shop}  {FAULT_TITLE}  {quarter.label}".strip())
        _sheet(workbook, str(PARTS_TITLE), PARTS_COLUMNS, ((u.code, u.name, u.qty, u.cost_fen) for u in report.parts),
               [(total_label(len(report.parts)), None, sum(u.qty for u in report.parts),
                 sum(u.cost_fen for u in report.parts))], f"{shop}  {PARTS_TITLE}  {quarter.label}".strip())
        save_workbook(workbook, path)  # a failed save leaves no stray zip traceback
    except BaseException:
        discard_workbook(workbook)  # nor openpyxl's scratch files
        raise


@in_paper_language  # like the monthly workbook: in the shop's paper language
def export_quarter(quarter: Quarter, target: Path) -> Path:
    """Write the quarter's fault workbook to `target` atomically."""
    return atomic_write(Path(target), lambda temp: write_quarter(quarter, temp))
