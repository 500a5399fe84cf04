"""Journey 9: at the start of the month the manager looks at last month's charts, exports its workbook for the
accountant, and looks up the quarter's faults."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtWidgets import QLabel

from aftersales_desktop.core import clock
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.vocab import CALL_KIND


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
    # the page is there at once; the month is added up on a worker thread, then drawn beside its figures
    calls_chart = c.widget("month_chart_calls")
    c.qtbot.waitUntil(lambda: [CALL_KIND.label("paid"), "1"] in calls_chart.figure_texts(), timeout=10000)
    assert not c.page().findChild(QLabel, "month_chart_status").isVisible()  # "adding up…" is gone
    target = tmp_path / "2026-02 售后月报.xlsx"
    c.save_file_as(lambda: c.click("export_workbook"), target)
    assert target.exists() and str(target) in c.widget("report_status").text()
    book = openpyxl.load_workbook(target, read_only=True)
    assert {"汇总", "叫修", "应开发票", "技术员工时"} <= set(book.sheetnames)
    calls = [row for row in book["叫修"].iter_rows(values_only=True) if row and call.number in row]
    assert len(calls) == 1 and 100 in calls[0]  # the fee, 80 labour + 20 travel, in yuan
    invoices = [row for row in book["应开发票"].iter_rows(values_only=True) if row and 100 in row]
    assert invoices

    # the quarter's faults: the tab offers the quarter just ended (2025-Q4); the February call is in 2026-Q1
    quarter = c.tab(c.page().tabs, "季度")
    assert c.widget("quarter_year", within=quarter).text() == "2025"
    c.type(c.widget("quarter_year", within=quarter), "2026", clear=True)
    c.choose(c.widget("quarter_number", within=quarter), "Q1")
    table = c.widget("quarter_table", within=quarter)
    c.qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10000)
    assert c.cells(table, 0)[2:4] == ["空调不制冷", "1"]  # the fault, one call
    assert c.button("quarter_print", within=quarter).isEnabled()  # its figures are there to print
