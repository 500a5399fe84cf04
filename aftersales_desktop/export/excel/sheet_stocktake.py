"""Sheet "Stocktake": the lines of the month's posted stocktake with their differences (month_stocktake)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_stocktake
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.export.excel.labels import total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["stocktake"]
COLUMNS = [
    Column(T("盘点单号", "Stocktake no."), "text", 14),
    Column(T("过账时间", "Posted"), "datetime", 17),
    Column(T("类别", "Item"), "text", 8),
    Column(T("编号", "Code"), "text", 14),
    Column(T("名称", "Name"), "text", 18),
    Column(T("账面数", "Expected"), "int", 9),
    Column(T("实盘数", "Counted"), "int", 9),
    Column(T("差异数", "Difference"), "int", 9),
    Column(T("单位成本(元)", "Unit cost (¥)"), "money", 12),
    Column(T("差异金额(元)", "Difference value (¥)"), "money", 14),
]

_ITEM = {"part": T("备件", "Part"), "tool": T("工具", "Tool")}


def rows(month: Month) -> Iterator[tuple]:
    items = {k: str(v) for k, v in _ITEM.items()}
    for r in month_stocktake.rows(month):
        yield (r[0], r[1], items.get(r[2], r[2])) + tuple(r[3:])


def totals(month: Month) -> list[tuple]:
    """Gains, losses and the net difference value."""
    t = month_stocktake.totals(month)
    blank = (None,) * 8
    return [
        (total_label(None, str(T("盘盈", "gains"))),) + blank + (t.gain_fen,),
        (total_label(None, str(T("盘亏", "losses"))),) + blank + (t.loss_fen,),
        (total_label(t.lines_with_difference, str(T("差异", "difference"))),) + blank + (t.net_fen,),
    ]
