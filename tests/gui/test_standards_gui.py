"""The service standards on screen: Today's late count opens the call list filtered to this month's late
arrivals (each marked), the call's detail says on time or late, and the Standards tab lists each person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from aftersales_desktop.core import clock
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.services.call_visits import record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.gui.calls.detail_panel import detail_html
from aftersales_desktop.gui.reports.reports_page import ReportsPage
from tests.factories import make_customer


def _visited(shop, phone: str, arrived: dt.datetime):
    _, product = make_customer(shop.clerk, phone=phone, warranty_end=dt.date(2025, 1, 1))
    clock.set_now(dt.datetime(2026, 3, 2, 9, 0))
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="漏水", area="city",
                         customer_id=product.customer_id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    clock.set_now(arrived + dt.timedelta(hours=1))
    record_visit(shop.technician, call.id, arrived_at=arrived, finished_at=arrived + dt.timedelta(minutes=30),
                 work_done="更换水管", result="fixed")
    return call


def test_today_opens_this_months_late_arrivals(window, shop, qtbot):
    late = _visited(shop, "13900000001", dt.datetime(2026, 3, 2, 17, 0))  # due 16:30
    on_time = _visited(shop, "13900000002", dt.datetime(2026, 3, 2, 11, 0))
    clock.set_now(dt.datetime(2026, 3, 11, 10, 0))
    window.open_area("today")
    today = window.pages["today"]
    today.refresh()
    assert today.value("late_this_month") == 1 and today.text("on_time_rate") == "50%"
    qtbot.mouseClick(today.cards["late_this_month"], Qt.MouseButton.LeftButton)
    calls = window.pages["calls"]
    assert window.current_area() == "calls" and calls.late.isChecked()
    assert calls.model.total_count == 1 and calls.model.row_at(0).id == late.id
    assert calls.model.index(0, 3).data() in ("⚠ arrived late", "⚠ 超时到达")
    assert "17:00" in detail_html(call_detail(late.id)) and ("late" in detail_html(call_detail(late.id))
                                                             or "超时" in detail_html(call_detail(late.id)))
    calls.late.setChecked(False)
    assert calls.model.total_count == 2 and on_time.id in {calls.model.row_at(r).id for r in range(2)}


def test_the_standards_tab_lists_each_person(qtbot, session, shop):
    _visited(shop, "13900000001", dt.datetime(2026, 3, 2, 17, 0))
    clock.set_now(dt.datetime(2026, 3, 11, 10, 0))
    page = ReportsPage(session)
    qtbot.addWidget(page)
    tab = page.standards
    page.tabs.setCurrentWidget(tab)
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names[0] == shop.technician.name and names[-1] in ("All", "合计")
    row = names.index(shop.technician.name)
    assert [tab.table.item(row, c).text() for c in (2, 3, 4, 5)] == ["1", "0", "1", "0%"]
    supervisor = names.index(shop.supervisor.name)  # the dispatch gave the first answer
    assert tab.table.item(supervisor, 6).text() == "1"


def test_the_quarter_tab_lists_the_faults_and_saves_the_workbook(qtbot, session, shop, tmp_path, monkeypatch):
    from aftersales_desktop.gui import printing

    _visited(shop, "13900000001", dt.datetime(2026, 3, 2, 11, 0))
    clock.set_now(dt.datetime(2026, 4, 8, 10, 0))
    page = ReportsPage(session)
    qtbot.addWidget(page)
    tab = page.quarter
    assert (tab.year.value(), tab.number.currentData()) == (2026, 1)  # the quarter just ended
    assert not tab.print_button.isEnabled() and "2026-Q1" in tab.summary.text()  # added up on a worker thread
    qtbot.waitUntil(lambda: not tab.reader.busy(), timeout=10000)
    assert tab.print_button.isEnabled()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "漏水" and tab.table.item(0, 3).text() == "1"
    printed = []
    monkeypatch.setattr(printing, "print_paper", lambda parent, paper: printed.append(paper) or True)
    tab.print_button.click()
    assert printed and printed[0].number == "2026-Q1"
    assert tab.export_to(tmp_path / "q1.xlsx") and (tmp_path / "q1.xlsx").exists()
    tab.number.setCurrentIndex(1)  # Q2: nothing yet
    qtbot.waitUntil(lambda: not tab.reader.busy(), timeout=10000)
    assert tab.table.rowCount() == 0 and tab.report is not None and tab.report.rows == []


def test_today_prompts_the_stocktake_and_opens_it(window, shop, qtbot):
    window.open_area("today")
    today = window.pages["today"]
    today.refresh()
    assert today.text("stocktake_due") in ("not yet", "未盘点")
    qtbot.mouseClick(today.cards["stocktake_due"], Qt.MouseButton.LeftButton)
    parts = window.pages["parts"]
    assert window.current_area() == "parts" and parts.tabs.currentWidget() is parts.stocktake
