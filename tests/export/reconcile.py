"""Independent figures for a month, straight from the models in plain Python (no shared SQL with the workbook),
and the checks that a written workbook agrees with them and with itself."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.models import (
    BillLine,
    ConductEntry,
    Deposit,
    Invoice,
    RepairCard,
    ServiceCall,
    StockMove,
    Stocktake,
    StocktakeLine,
    SurveyCard,
    TimeEntry,
    Visit,
)
from aftersales_desktop.core.queries.calls import CallFilter, list_calls
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import CALL_KIND, STOCK_MOVE
from tests.export.workbook_helpers import fen, split, summary


def _in(value, month: Month) -> bool:
    if value is None:
        return False
    if isinstance(value, dt.datetime):
        return month.start <= value < month.end
    return month.first <= value < month.next_first


def figures(month: Month) -> dict[str, int]:
    """Every figure of the Summary, computed the slow, obvious way."""
    f: dict[str, int] = {}
    calls = [c for c in ServiceCall.select() if _in(c.received_at, month) and c.status != "void"]
    own = {c.id: [ln for ln in BillLine.select().where(BillLine.call == c.id) if ln.repair_card_id is None]
           for c in calls}  # a call's own bill: the lines not on one of its repair cards
    for kind in CALL_KIND.codes:
        f[f"calls.{kind}.count"] = sum(1 for c in calls if c.kind == kind)
        f[f"calls.{kind}.fee"] = sum(ln.amount_fen for c in calls if c.kind == kind for ln in own[c.id])
    f["calls.collected"] = sum(v.collected_fen for c in calls for v in c.visits)
    f["calls.discount"] = sum(ln.amount_fen for c in calls for ln in own[c.id] if ln.kind == "discount")
    f["calls.charged"] = sum(ln.amount_fen for c in calls if c.kind == "paid" for ln in own[c.id])
    f["calls.free_parts_cost"] = sum(ln.cost_fen for c in calls if c.kind != "paid" for ln in own[c.id]
                                     if ln.kind == "part")
    cards = [r for r in RepairCard.select() if _in(r.returned_at, month)]
    f["repairs.count"] = len(cards)
    lines = {card.id: list(BillLine.select().where(BillLine.repair_card == card.id)) for card in cards}
    for key, kind in (("labour", "labour"), ("travel", "travel"), ("parts_price", "part")):
        f[f"repairs.{key}"] = sum(ln.amount_fen for card in cards for ln in lines[card.id] if ln.kind == kind)
    f["repairs.parts_cost"] = sum(ln.cost_fen for card in cards for ln in lines[card.id] if ln.kind == "part")
    f["repairs.charged"] = sum(ln.amount_fen for card in cards if card.call.kind == "paid" and card.status == "returned"
                               for ln in lines[card.id])
    invoices = [i for i in Invoice.select() if _in(i.due_on, month) and i.status != "void"]
    f["invoices.count"], f["invoices.amount"] = len(invoices), sum(i.amount_fen for i in invoices)
    f["invoices.collected"] = sum(i.collected_fen for i in invoices)
    moves = [m for m in StockMove.select() if _in(m.at, month)]
    for kind in STOCK_MOVE.codes:
        f[f"moves.{kind}.count"] = sum(1 for m in moves if m.kind == kind)
        f[f"moves.{kind}.value"] = sum(m.value_fen for m in moves if m.kind == kind)
    lines = [line for take in Stocktake.select() if take.period == month.label and take.status == "posted"
             for line in StocktakeLine.select().where(StocktakeLine.stocktake == take.id)]
    diffs = [(line.counted_qty - line.expected_qty) * line.unit_cost_fen for line in lines if line.counted_qty is not None]
    f["stocktake.gain"], f["stocktake.loss"] = sum(d for d in diffs if d > 0), sum(d for d in diffs if d < 0)
    deposits = list(Deposit.select())
    f["deposits.taken"] = sum(d.amount_fen for d in deposits if _in(d.taken_at, month))
    f["deposits.refunded"] = sum(d.amount_fen for d in deposits if _in(d.refunded_at, month))
    f["deposits.held"] = sum(d.amount_fen for d in deposits
                             if d.taken_at < month.end and (d.refunded_at is None or d.refunded_at >= month.end))
    entries = [e for e in ConductEntry.select() if _in(e.occurred_at, month) and e.voided_at is None]
    f["conduct.fines"] = sum(e.amount_fen for e in entries if e.kind == "fine")
    f["conduct.rewards"] = sum(e.amount_fen for e in entries if e.kind == "reward")
    f["conduct.rest"] = sum(e.rest_half_days for e in entries)
    minutes = dict.fromkeys(CALL_KIND.codes, 0)
    for v in Visit.select():
        if _in(v.arrived_at, month) and v.finished_at is not None:
            minutes[v.call.kind] += max(0, round((v.finished_at - v.arrived_at).total_seconds() / 60))
    for e in TimeEntry.select():
        if _in(e.started_at, month) and e.ended_at is not None:
            minutes[e.kind] += e.minutes
    for kind, value in minutes.items():
        f[f"hours.{kind}"] = value
    f["surveys.cards"] = sum(1 for s in SurveyCard.select()
                             if s.answered_at is not None and s.technician_id and _in(s.call.closed_at, month))
    f["standards.arrivals"] = sum(1 for c in calls if c.arrival_late is not None)
    f["standards.late"] = sum(1 for c in calls if c.arrival_late)
    f["standards.answers_late"] = sum(1 for c in calls if c.answer_late)
    f["standards.promises_broken"] = sum(1 for r in cards if r.promise_kept is False)
    f["standards.repeats"] = sum(1 for c in calls if c.repeat_of_id is not None)
    return f


def check_workbook(workbook, month: Month) -> dict[str, int]:
    """Assert: every detail sheet's rows add up to its totals row, the Summary equals those totals, and both
    equal the independent figures. Returns the figures (for further checks)."""
    f = figures(month)
    s = summary(workbook["汇总"])
    kinds = {k: CALL_KIND.text(k).zh for k in CALL_KIND.codes}
    for code, label in kinds.items():
        assert s[("叫修", f"{label} 费用")][:2] == (f[f"calls.{code}.count"], f[f"calls.{code}.fee"]), code
    # Calls: rows add up to the grand total row; grand total = Summary
    headers, data, totals = split(workbook["叫修"])
    fee = headers.index("账单合计(元)")
    assert len(data) == sum(f[f"calls.{k}.count"] for k in kinds)
    assert sum(fen(r[fee]) for r in data) == fen(totals[-1][fee]) == s[("叫修", "合计 费用")][1]
    assert sum(fen(totals[i][fee]) for i in range(len(kinds))) == fen(totals[-1][fee])
    assert s[("叫修", "其中现场收款")][1] == f["calls.collected"]
    for column, key, item in (("应收客户(元)", "calls.charged", "应收客户"), ("优惠(元)", "calls.discount", "其中优惠")):
        i = headers.index(column)
        assert sum(fen(r[i]) for r in data) == fen(totals[-1][i]) == s[("叫修", item)][1] == f[key], key
    assert s[("叫修", "售后成本(不收费服务的配件)")][1] == f["calls.free_parts_cost"]
    # Repairs
    headers, data, totals = split(workbook["修理交还"])
    for column, key, item in (("工时费(元)", "repairs.labour", "工时费"), ("交通费(元)", "repairs.travel", "交通费"),
                              ("材料(售价,元)", "repairs.parts_price", "材料(售价)"),
                              ("材料(成本,元)", "repairs.parts_cost", "材料(成本)"),
                              ("应收客户(元)", "repairs.charged", "应收客户")):
        i = headers.index(column)
        assert sum(fen(r[i]) for r in data) == fen(totals[0][i]) == s[("修理交还", item)][1] == f[key], key
    assert len(data) == f["repairs.count"] == s[("修理交还", "工时费")][0]
    # Invoices
    headers, data, totals = split(workbook["应开发票"])
    i = headers.index("金额(元)")
    assert sum(fen(r[i]) for r in data) == fen(totals[0][i]) == s[("应开发票", "应开金额")][1] == f["invoices.amount"]
    assert len(data) == f["invoices.count"]
    assert s[("应开发票", "已收")][1] == f["invoices.collected"]
    # Parts movements: per kind
    headers, data, totals = split(workbook["备件进出"])
    i, k = headers.index("金额(元)"), headers.index("类别")
    for code in STOCK_MOVE.codes:
        label = STOCK_MOVE.text(code).zh
        assert sum(fen(r[i]) for r in data if r[k] == label) == f[f"moves.{code}.value"], code
        assert s[("备件进出", f"{label}(金额,+入/-出)")][:2] == (f[f"moves.{code}.count"], f[f"moves.{code}.value"])
    assert sum(fen(r[i]) for r in data) == fen(totals[-1][i])
    # Stocktake
    headers, data, totals = split(workbook["盘点"])
    i = headers.index("差异金额(元)")
    assert sum(fen(r[i]) for r in data) == fen(totals[2][i]) == s[("盘点", "盘点差异(净额)")][1]
    assert (s[("盘点", "盘盈")][1], s[("盘点", "盘亏")][1]) == (f["stocktake.gain"], f["stocktake.loss"])
    # Deposits
    headers, data, totals = split(workbook["押金"])
    for column, key, item in (("本月收取(元)", "deposits.taken", "本月收取"), ("本月退还(元)", "deposits.refunded", "本月退还"),
                              ("月末在押(元)", "deposits.held", "月末在押")):
        i = headers.index(column)
        assert sum(fen(r[i]) for r in data) == fen(totals[0][i]) == s[("押金", item)][1] == f[key], key
    # Conduct
    headers, data, totals = split(workbook["奖罚(按人)"])
    for column, key, item in (("罚款(元)", "conduct.fines", "罚款"), ("奖励(元)", "conduct.rewards", "奖励")):
        i = headers.index(column)
        assert sum(fen(r[i]) for r in data) == fen(totals[0][i]) == s[("奖罚(按人)", item)][1] == f[key], key
    i = headers.index("扣休(半天)")
    assert sum(r[i] for r in data) == totals[0][i] == s[("奖罚(按人)", "扣休(半天)")][0] == f["conduct.rest"]
    # Hours (compare in minutes: hours are minutes / 60)
    headers, data, totals = split(workbook["技术员工时"])
    for code, label in kinds.items():
        i = headers.index(f"{label}(小时)")
        assert round(sum(r[i] for r in data) * 60) == round(totals[0][i] * 60) == s[("技术员工时", label)][2] \
            == f[f"hours.{code}"], code
    # Survey cards
    headers, data, totals = split(workbook["客户意见评分"])
    assert sum(r[1] for r in data) == totals[0][1] == f["surveys.cards"]
    # Service standards: the people add up to the total, the total to the Summary, and the late arrivals are the
    # calls the call list shows with the late filter for the month
    headers, data, totals = split(workbook["服务标准"])
    for column, key, item in (("上门(叫修单)", "standards.arrivals", "上门(叫修单)"), ("超时到达", "standards.late", "其中超时到达"),
                              ("超过24小时", "standards.answers_late", "首次答复超过24小时"),
                              ("返修", "standards.repeats", "返修")):
        i = headers.index(column)
        assert sum(r[i] for r in data) == totals[0][i] == s[("服务标准", item)][0] == f[key], key
    i, k = headers.index("交还修护卡"), headers.index("按期交还")
    assert totals[0][i] - totals[0][k] == s[("服务标准", "修护卡未按期交还")][0] == f["standards.promises_broken"]
    late_list = list_calls(CallFilter(date_from=month.first, date_to=month.next_first - dt.timedelta(days=1), late=True))
    assert late_list.count() == f["standards.late"]
    return f
