"""Sheet "Invoices due": invoices due in the month, voided ones left out (see core.queries.month_invoices)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_invoices
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import CALL_KIND, INVOICE_STATUS
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["invoices"]
COLUMNS = [
    Column(T("应开日期", "Due on"), "date", 11),
    Column(T("单号", "Call / card no."), "text", 14),
    Column(T("服务类别", "Kind"), "text", 11),
    Column(T("客户", "Customer"), "text", 14),
    Column(T("金额(元)", "Amount (¥)"), "money", 12),
    Column(T("已收(元)", "Collected (¥)"), "money", 12),
    Column(T("未收(元)", "Outstanding (¥)"), "money", 12),
    Column(T("状态", "Status"), "text", 10),
    Column(T("开票时间", "Invoiced"), "datetime", 17),
    Column(T("备注", "Note"), "text", 30),
]


def rows(month: Month) -> Iterator[tuple]:
    kinds, statuses = lookup(CALL_KIND), lookup(INVOICE_STATUS)
    for r in month_invoices.rows(month):
        yield (r[0], r[1], kinds.get(r[2], r[2] or ""), r[3], r[4], r[5], r[6], statuses.get(r[7], r[7]), r[8], r[9])


def totals(month: Month) -> list[tuple]:
    t = month_invoices.totals(month)
    return [(total_label(t.count), None, None, None, t.amount_fen, t.collected_fen, t.outstanding_fen, None, None, None)]
