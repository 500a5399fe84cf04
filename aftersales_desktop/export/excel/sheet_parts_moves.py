"""Sheet "Parts movements": every stock move of the month, subtotalled by kind (core.queries.month_parts_moves)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_parts_moves
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import STOCK_MOVE
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["parts_moves"]
COLUMNS = [
    Column(T("时间", "When"), "datetime", 17),
    Column(T("类别", "Kind"), "text", 13),
    Column(T("备件编号", "Part code"), "text", 14),
    Column(T("备件名称", "Part"), "text", 18),
    Column(T("数量(+入/-出)", "Qty (+in/-out)"), "int", 10),
    Column(T("单位成本(元)", "Unit cost (¥)"), "money", 12),
    Column(T("金额(元)", "Value (¥)"), "money", 12),
    Column(T("结存", "Qty after"), "int", 8),
    Column(T("工单/盘点单", "Work order / stocktake"), "text", 15),
    Column(T("供应商/部门", "Supplier / department"), "text", 16),
    Column(T("经手人", "By"), "text", 10),
    Column(T("原因", "Reason"), "text", 26),
]


def rows(month: Month) -> Iterator[tuple]:
    kinds = lookup(STOCK_MOVE)
    for r in month_parts_moves.rows(month):
        yield (r[0], kinds.get(r[1], r[1])) + tuple(r[2:])


def totals(month: Month) -> list[tuple]:
    """A subtotal per kind of move (quantity and value, signed), then all moves together."""
    kinds = lookup(STOCK_MOVE)
    by_kind = month_parts_moves.totals_by_kind(month)
    out = [(total_label(t.count, kinds.get(t.kind, t.kind)), None, None, None, t.qty, None, t.value_fen,
            None, None, None, None, None) for t in by_kind]
    out.append((total_label(sum(t.count for t in by_kind)), None, None, None, sum(t.qty for t in by_kind), None,
                sum(t.value_fen for t in by_kind), None, None, None, None, None))
    return out
