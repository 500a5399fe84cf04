"""Journey 9: at the start of the month the manager exports last month's workbook for the accountant."""

from __future__ import annotations

import datetime as dt

import openpyxl

from aftersales_desktop.core import clock
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call


def februarys_paid_call(shop, stocked):  # type: ignore[no-untyped-def]
    """A paid call in February, visited with a fee collected on site and closed (before the journey)."""
    clock.set_now(dt.datetime(2026, 2, 10, 9, 0))
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="空调不制冷",
                         customer_id=stocked.wang.id, product_id=stocked.wang_ac.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    clock.set_now(dt.datetime(2026, 2, 10, 14, 0))
    record_visit(shop.technician, call.id, arrived_at=dt.datetime(2026, 2, 10, 13, 0), finished_at=clock.now(),
                 work_done="加氟", result="fixed", labour_fen=8000, travel_fen=2000, collected_on_site=True)
    record_signature(shop.technician, call.id, clock.today())
    close_call(shop.clerk, call.id)
    clock.set_now(dt.datetime(2026, 3, 2, 9, 30))
    return call


def test_last_month_exported_from_reports(counter, shop, stocked, tmp_path):
    c = counter
    call = februarys_paid_call(shop, stocked)
    c.sign_in(shop.manager)
    c.go("reports")
    assert c.widget("report_month").text() == "2026-02"  # last month is offered first
    target = tmp_path / "2026-02 售后月报.xlsx"
    c.save_file_as(lambda: c.click("export_workbook"), target)
    assert target.exists() and str(target) in c.widget("report_status").text()
    book = openpyxl.load_workbook(target, read_only=True)
    assert {"汇总", "叫修", "应开发票", "技术员工时"} <= set(book.sheetnames)
    calls = [row for row in book["叫修"].iter_rows(values_only=True) if row and call.number in row]
    assert len(calls) == 1 and 100 in calls[0]  # the fee, 80 labour + 20 travel, in yuan
    invoices = [row for row in book["应开发票"].iter_rows(values_only=True) if row and 100 in row]
    assert invoices
