"""Sheet "Deposits": claim-order deposits taken, refunded and held at month end (month_deposits)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_deposits
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import CLAIM_STATUS
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["deposits"]
COLUMNS = [
    Column(T("押金单号", "Deposit no."), "text", 14),
    Column(T("索赔订货单号", "Claim order"), "text", 14),
    Column(T("客户", "Customer"), "text", 14),
    Column(T("订货备件", "Part ordered"), "text", 20),
    Column(T("订货状态", "Claim status"), "text", 12),
    Column(T("收取时间", "Taken"), "datetime", 17),
    Column(T("退还时间", "Refunded"), "datetime", 17),
    Column(T("退款单号", "Refund no."), "text", 14),
    Column(T("本月收取(元)", "Taken this month (¥)"), "money", 14),
    Column(T("本月退还(元)", "Refunded this month (¥)"), "money", 14),
    Column(T("月末在押(元)", "Held at month end (¥)"), "money", 14),
]


def rows(month: Month) -> Iterator[tuple]:
    statuses = lookup(CLAIM_STATUS)
    for r in month_deposits.rows(month):
        yield r[:4] + (statuses.get(r[4], r[4]),) + tuple(r[5:])


def totals(month: Month) -> list[tuple]:
    t = month_deposits.totals(month)
    return [(total_label(),) + (None,) * 7 + (t.taken_fen, t.refunded_fen, t.held_fen)]
