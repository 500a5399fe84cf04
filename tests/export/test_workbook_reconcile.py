"""Every total in the workbook equals what the database says, and the Summary agrees with the detail sheets."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.export.excel.workbook import export_month
from tests.export.month_data import make_month
from tests.export.reconcile import check_workbook
from tests.export.workbook_helpers import load, summary

MARCH = Month(2026, 3)


def test_known_month_reconciles_with_the_hand_counted_figures(shop, tmp_path):
    expected = make_month(shop)
    workbook = load(export_month(MARCH, tmp_path / "march.xlsx", actor=shop.manager))
    f = check_workbook(workbook, MARCH)
    s = summary(workbook["汇总"])
    # the independent figures themselves match what was counted by hand when the rows were made
    assert f["calls.paid.count"] + f["calls.free.count"] == expected.calls
    assert {k: f[f"calls.{k}.fee"] for k in expected.fee_by_kind} == expected.fee_by_kind
    assert s[("叫修", "合计 费用")][:2] == (expected.calls, expected.call_fee_fen)
    assert (f["calls.charged"], f["calls.free_parts_cost"]) == (expected.call_charged_fen, expected.call_free_parts_cost_fen)
    assert (f["repairs.count"], f["repairs.labour"], f["repairs.travel"], f["repairs.charged"]) == (
        expected.repairs, expected.repair_labour_fen, expected.repair_travel_fen, expected.repair_charged_fen)
    assert (f["repairs.parts_price"], f["repairs.parts_cost"]) == (expected.repair_parts_price_fen,
                                                                   expected.repair_parts_cost_fen)
    assert (f["invoices.count"], f["invoices.amount"]) == (expected.invoices, expected.invoice_amount_fen)
    assert {k: f[f"moves.{k}.value"] for k in expected.move_value_by_kind} == expected.move_value_by_kind
    assert f["stocktake.gain"] + f["stocktake.loss"] == expected.stocktake_net_fen
    assert (f["deposits.taken"], f["deposits.refunded"], f["deposits.held"]) == (
        expected.deposits_taken_fen, expected.deposits_refunded_fen, expected.deposits_held_fen)
    assert (f["conduct.fines"], f["conduct.rewards"]) == (expected.fines_fen, expected.rewards_fen)
    assert {k: f[f"hours.{k}"] for k in expected.minutes_by_kind} == expected.minutes_by_kind
    assert f["surveys.cards"] == expected.survey_cards


def test_a_visit_of_half_minutes_rounds_like_the_daily_report(shop, tmp_path):
    from aftersales_desktop.core.models import Visit

    make_month(shop)
    # 30 s and 90 s remainders: Python's round() goes to the even minute (0 and 2), as the daily report does
    visit = Visit.select().first()
    visit.finished_at = visit.arrived_at + dt.timedelta(seconds=30)
    visit.save()
    other = Visit.select().where(Visit.id != visit.id).first()
    other.finished_at = other.arrived_at + dt.timedelta(seconds=150)
    other.save()
    check_workbook(load(export_month(MARCH, tmp_path / "m.xlsx", actor=shop.manager)), MARCH)


@pytest.mark.parametrize("label", ["2026-02", "2026-03"])
def test_demo_month_reconciles(demo_database, tmp_path, label):
    from aftersales_desktop.core.db import open_database

    open_database(demo_database)
    month = Month.parse(label)
    from aftersales_desktop.core.models import Staff

    workbook = load(export_month(month, tmp_path / f"{label}.xlsx", actor=Staff.get(Staff.role == "manager")))
    f = check_workbook(workbook, month)
    assert sum(v for k, v in f.items() if k.endswith(".count")) > 0  # the demo month is not empty
    assert f["standards.arrivals"] > 50 and f["standards.late"] > 0  # some late arrivals, as in a real month


def test_demo_hours_equal_the_daily_reports_and_repairs_the_return_charges(demo_database, tmp_path):
    from aftersales_desktop.core.db import open_database
    from aftersales_desktop.core.models import Invoice, RepairCard
    from aftersales_desktop.core.queries import month_hours, month_repairs
    from aftersales_desktop.core.queries.bills import bill_for
    from aftersales_desktop.core.queries.daily_reports import supervisor_day

    open_database(demo_database)
    month = Month(2026, 3)
    daily: dict[str, int] = {}
    day = month.first
    while day < month.next_first:
        for kind, minutes in supervisor_day(day).totals_by_kind.items():
            daily[kind] = daily.get(kind, 0) + minutes
        day += dt.timedelta(days=1)
    monthly = month_hours.totals(month).minutes_by_kind
    assert {k: v for k, v in daily.items() if v} == {k: v for k, v in monthly.items() if v}
    cards = RepairCard.select().where((RepairCard.returned_at >= month.start) & (RepairCard.returned_at < month.end))
    assert month_repairs.totals(month).charged_fen == sum(
        bill_for(card.call, card).to_customer_fen for card in cards if card.status == "returned")
    assert month_repairs.totals(month).charged_fen == sum(
        i.amount_fen for i in Invoice.select().where(Invoice.repair_card.in_([c.id for c in cards])
                                                     & (Invoice.status != "void")))
