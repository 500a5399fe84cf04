"""Sheet "Repairs returned": repair cards returned in the month (see core.queries.month_repairs)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_repairs
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import CALL_KIND, REPAIR_STATUS
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["repairs"]
COLUMNS = [
    Column(T("修护卡号", "Repair card"), "text", 14),
    Column(T("叫修单号", "Call no."), "text", 14),
    Column(T("服务类别", "Kind"), "text", 11),
    Column(T("客户", "Customer"), "text", 14),
    Column(T("商品", "Product"), "text", 10),
    Column(T("型号", "Model"), "text", 16),
    Column(T("技术员", "Technician"), "text", 10),
    Column(T("收件时间", "Received"), "datetime", 17),
    Column(T("交还时间", "Returned"), "datetime", 17),
    Column(T("状态", "Status"), "text", 11),
    Column(T("工时费(元)", "Labour (¥)"), "money", 12),
    Column(T("交通费(元)", "Travel (¥)"), "money", 12),
    Column(T("材料(售价,元)", "Parts at price (¥)"), "money", 14),
    Column(T("材料(成本,元)", "Parts at cost (¥)"), "money", 14),
    Column(T("其他(元)", "Other (¥)"), "money", 10),
    Column(T("优惠(元)", "Discount (¥)"), "money", 11),
    Column(T("账单合计(元)", "Bill total (¥)"), "money", 13),
    Column(T("应收客户(元)", "Charged to customer (¥)"), "money", 13),
    Column(T("检修情况", "Diagnosis"), "text", 30),
]


def rows(month: Month) -> Iterator[tuple]:
    kinds, statuses = lookup(CALL_KIND), lookup(REPAIR_STATUS)
    for r in month_repairs.rows(month):
        yield r[:2] + (kinds.get(r[2], r[2]),) + r[3:9] + (statuses.get(r[9], r[9]),) + r[10:]


def totals(month: Month) -> list[tuple]:
    t = month_repairs.totals(month)
    return [(total_label(t.count),) + (None,) * 9 + (t.labour_fen, t.travel_fen, t.parts_price_fen,
                                                      t.parts_cost_fen, t.other_fen, t.discount_fen, t.total_fen,
                                                      t.charged_fen, None)]
