"""Sheet "Calls": every call received in the month with its bill (see core.queries.month_calls)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_calls
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import AREA, CALL_KIND, CALL_STATUS
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["calls"]
COLUMNS = [
    Column(T("叫修单号", "Call no."), "text", 14),
    Column(T("接报时间", "Received"), "datetime", 17),
    Column(T("服务类别", "Kind"), "text", 11),
    Column(T("客户", "Customer"), "text", 14),
    Column(T("型号", "Model"), "text", 16),
    Column(T("区域", "Area"), "text", 7),
    Column(T("状态", "Status"), "text", 11),
    Column(T("技术员", "Technician"), "text", 10),
    Column(T("上门次数", "Visits"), "int", 8),
    Column(T("工时费(元)", "Labour (¥)"), "money", 12),
    Column(T("交通费(元)", "Travel (¥)"), "money", 12),
    Column(T("配件(售价,元)", "Parts at price (¥)"), "money", 12),
    Column(T("其他(元)", "Other (¥)"), "money", 10),
    Column(T("优惠(元)", "Discount (¥)"), "money", 11),
    Column(T("账单合计(元)", "Bill total (¥)"), "money", 13),
    Column(T("应收客户(元)", "Charged to customer (¥)"), "money", 13),
    Column(T("配件成本(元)", "Parts at cost (¥)"), "money", 12),
    Column(T("现场收款(元)", "Collected on site (¥)"), "money", 13),
    Column(T("结案时间", "Closed"), "datetime", 17),
    Column(T("故障", "Problem"), "text", 30),
]


def rows(month: Month) -> Iterator[tuple]:
    """Raw call rows with codes turned into words."""
    kinds, areas, statuses = lookup(CALL_KIND), lookup(AREA), lookup(CALL_STATUS)
    for r in month_calls.rows(month):
        yield (r[0], r[1], kinds.get(r[2], r[2]), r[3], r[4], areas.get(r[5], r[5] or ""),
               statuses.get(r[6], r[6])) + tuple(r[7:])


def totals(month: Month) -> list[tuple]:
    """A subtotal per kind of service, then the grand total."""
    kinds = lookup(CALL_KIND)
    by_kind = month_calls.totals_by_kind(month)
    out = []
    for t in [*by_kind, month_calls.grand_total(by_kind)]:
        label = total_label(t.count, kinds.get(t.kind, t.kind))
        out.append((label, None, None, None, None, None, None, None, t.visits, t.labour_fen, t.travel_fen,
                    t.parts_fen, t.other_fen, t.discount_fen, t.fee_fen, t.charged_fen, t.parts_cost_fen,
                    t.collected_fen, None, None))
    return out
