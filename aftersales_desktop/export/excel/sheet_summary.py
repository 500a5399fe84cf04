"""Sheet "Summary": the month at a glance, one line per figure, each equal to a total on a detail sheet.

Every figure comes from the same query totals the detail sheets print in their totals rows, so the Summary
agrees with them by construction (and the tests check both against independent SQL).
"""

from __future__ import annotations

from collections.abc import Iterator

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef

from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.queries import (
    month_calls,
    month_conduct,
    month_deposits,
    month_hours,
    month_invoices,
    month_parts_moves,
    month_repairs,
    month_stocktake,
    month_surveys,
)
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.queries.standards import standards, total
from aftersales_desktop.core.vocab import CALL_KIND, STOCK_MOVE
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
    sheet_surveys,
)
from aftersales_desktop.export.excel.labels import TOTAL, lookup
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["summary"]
COLUMNS = [
    Column(T("项目", "Section"), "text", 16),
    Column(T("明细", "Item"), "text", 26),
    Column(T("数量", "Count"), "int", 10),
    Column(T("金额(元)", "Amount (¥)"), "money", 15),
    Column(T("工时(小时)", "Hours"), "hours", 12),
]


def rows(month: Month) -> Iterator[tuple]:
    """(section, item, count, amount in fen, minutes) — blank where a figure does not apply."""
    yield from _calls(month)
    yield from _repairs(month)
    yield from _invoices(month)
    yield from _parts(month)
    yield from _deposits(month)
    yield from _conduct(month)
    yield from _hours(month)
    yield from _surveys(month)
    yield from _standards(month)


def totals(month: Month) -> list[tuple]:
    return []  # each section carries its own totals


def charts(rows: list[tuple], title: str, first_row: int = 2) -> list[tuple[BarChart, str]]:
    """Native Excel charts beside the table, drawn from its own cells: calls and fees by kind, hours by kind.

    Excel and LibreOffice draw them from the cells (nothing is copied into the chart), so the charts always
    show the figures the sheet shows."""
    kinds = lookup(CALL_KIND)
    calls = str(sheet_calls.TITLE)
    fee_items = {str(T("{k} 费用", "{k}: fees", k=kinds[code])) for code in CALL_KIND.codes}
    kind_rows = [first_row + i for i, r in enumerate(rows) if r[0] == calls and r[1] in fee_items]
    hours = str(sheet_hours.TITLE)
    hour_rows = [first_row + i for i, r in enumerate(rows) if r[0] == hours and r[1] in kinds.values()]
    out: list[tuple[BarChart, str]] = []
    if kind_rows:
        out.append((_bar(title, T("按类别的叫修数", "Calls by kind"), 3, kind_rows, T("叫修数", "Calls")), "G2"))
        out.append((_bar(title, T("按类别的费用(元)", "Fees by kind (¥)"), 4, kind_rows, T("元", "¥")), "G18"))
    if hour_rows:
        out.append((_bar(title, T("技术员工时(按工作类别,小时)", "Technician hours by kind of work"), 5, hour_rows,
                         T("小时", "Hours")), "G34"))
    return out


def _bar(sheet: str, name: Text, column: int, rows: list[int], axis: Text) -> BarChart:
    """A bar chart of `column` over the consecutive `rows`, the items in column B naming the bars."""
    quoted = "'" + sheet.replace("'", "''") + "'"
    letter = "ABCDE"[column - 1]
    data = Reference(range_string=f"{quoted}!${letter}${rows[0]}:${letter}${rows[-1]}")
    chart = BarChart()
    chart.type = "col"
    chart.title = str(name)
    chart.y_axis.title = str(axis)
    chart.legend = None
    chart.height, chart.width = 7.5, 15.0  # cm
    chart.add_data(data, titles_from_data=False)
    # the bars' names are text cells: a string reference, so Excel shows the words rather than 1, 2, 3
    chart.series[0].cat = AxDataSource(strRef=StrRef(f=f"{quoted}!$B${rows[0]}:$B${rows[-1]}"))
    return chart


def _calls(month: Month) -> Iterator[tuple]:
    section = str(sheet_calls.TITLE)
    kinds = lookup(CALL_KIND)
    by_kind = month_calls.totals_by_kind(month)
    for t in by_kind:
        yield (section, str(T("{k} 费用", "{k}: fees", k=kinds.get(t.kind, t.kind))), t.count, t.fee_fen, None)
    total = month_calls.grand_total(by_kind)
    yield (section, str(T("合计 费用", "Total fees")), total.count, total.fee_fen, None)
    yield (section, str(T("其中优惠", "Of which discounts")), None, total.discount_fen, None)
    yield (section, str(T("应收客户", "Charged to customers")), None, total.charged_fen, None)
    yield (section, str(T("其中现场收款", "Of which collected on site")), None, total.collected_fen, None)
    free = sum(t.parts_cost_fen for t in by_kind if t.kind != "paid")
    yield (section, str(T("售后成本(不收费服务的配件)", "After-sales cost (parts on work not charged)")), None, free, None)


def _repairs(month: Month) -> Iterator[tuple]:
    section = str(sheet_repairs.TITLE)
    t = month_repairs.totals(month)
    yield (section, str(T("工时费", "Labour")), t.count, t.labour_fen, None)
    yield (section, str(T("交通费", "Travel")), None, t.travel_fen, None)
    yield (section, str(T("材料(售价)", "Parts at price")), None, t.parts_price_fen, None)
    yield (section, str(T("材料(成本)", "Parts at cost")), None, t.parts_cost_fen, None)
    yield (section, str(T("其他", "Other")), None, t.other_fen, None)
    yield (section, str(T("优惠", "Discounts")), None, t.discount_fen, None)
    yield (section, str(T("应收客户", "Charged to customer")), None, t.charged_fen, None)
    yield (section, str(T("售后成本(不收费服务的配件)", "After-sales cost (parts on work not charged)")), None,
           t.free_parts_cost_fen, None)


def _invoices(month: Month) -> Iterator[tuple]:
    section = str(sheet_invoices.TITLE)
    t = month_invoices.totals(month)
    yield (section, str(T("应开金额", "Amount due")), t.count, t.amount_fen, None)
    yield (section, str(T("已收", "Collected")), None, t.collected_fen, None)
    yield (section, str(T("未收", "Outstanding")), None, t.outstanding_fen, None)


def _parts(month: Month) -> Iterator[tuple]:
    section = str(sheet_parts_moves.TITLE)
    kinds = lookup(STOCK_MOVE)
    for t in month_parts_moves.totals_by_kind(month):
        yield (section, str(T("{k}(金额,+入/-出)", "{k} (value, +in/-out)", k=kinds.get(t.kind, t.kind))),
               t.count, t.value_fen, None)
    stock = str(sheet_stocktake.TITLE)
    s = month_stocktake.totals(month)
    yield (stock, str(T("盘盈", "Gains")), None, s.gain_fen, None)
    yield (stock, str(T("盘亏", "Losses")), None, s.loss_fen, None)
    yield (stock, str(T("盘点差异(净额)", "Stocktake difference (net)")), s.lines_with_difference, s.net_fen, None)


def _deposits(month: Month) -> Iterator[tuple]:
    section = str(sheet_deposits.TITLE)
    t = month_deposits.totals(month)
    yield (section, str(T("本月收取", "Taken this month")), t.taken, t.taken_fen, None)
    yield (section, str(T("本月退还", "Refunded this month")), t.refunded, t.refunded_fen, None)
    yield (section, str(T("月末在押", "Held at month end")), t.held, t.held_fen, None)


def _conduct(month: Month) -> Iterator[tuple]:
    section = str(sheet_conduct.TITLE)
    t = month_conduct.totals(month)
    yield (section, str(T("罚款", "Fines")), t.fines, t.fines_fen, None)
    yield (section, str(T("奖励", "Rewards")), t.rewards, t.rewards_fen, None)
    yield (section, str(T("净额(奖励-罚款)", "Net (rewards - fines)")), t.people, t.net_fen, None)
    yield (section, str(T("扣休(半天)", "Rest docked (half-days)")), t.rest_half_days, None, None)


def _hours(month: Month) -> Iterator[tuple]:
    section = str(sheet_hours.TITLE)
    kinds = lookup(CALL_KIND)
    t = month_hours.totals(month)
    for kind in CALL_KIND.codes:
        yield (section, kinds[kind], None, None, t.minutes_by_kind.get(kind, 0))
    yield (section, str(TOTAL), None, None, t.total_minutes)
    yield (section, str(T("其中上门", "Of which on site")), None, None, t.visit_minutes)


def _standards(month: Month) -> Iterator[tuple]:
    section = str(sheet_standards.TITLE)
    t = total(standards(month))
    yield (section, str(T("上门(叫修单)", "Arrivals (calls)")), t.arrivals, None, None)
    yield (section, str(T("其中超时到达", "Of which late")), t.late, None, None)
    yield (section, str(T("首次答复超过24小时", "First answers late")), t.answers_late, None, None)
    yield (section, str(T("修护卡未按期交还", "Repairs back after the promised date")), t.repairs - t.promises_kept, None,
           None)
    yield (section, str(T("返修", "Repeat faults")), t.repeats, None, None)


def _surveys(month: Month) -> Iterator[tuple]:
    section = str(sheet_surveys.TITLE)
    t = month_surveys.totals(month)
    yield (section, str(T("回收调查卡(本月结案的叫修)", "Cards answered (calls closed this month)")), t.cards, None, None)
