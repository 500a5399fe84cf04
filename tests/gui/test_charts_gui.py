"""The charts on Today and Reports over the demo shop: their series hold the figures the core queries count,
and a click on a bar opens the list behind it."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QScrollArea

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.queries.today_charts import today_charts

DEMO_NOW = dt.datetime(2026, 3, 31, 17, 0)  # the last day of the demo shop


@pytest.fixture
def demo_window(demo_database, tmp_path, qtbot, fake_login):
    """The main window over a copy of the demo shop, its manager signed in, at the demo's last afternoon."""
    from aftersales_desktop.core.db import open_database
    from aftersales_desktop.core.paths import data_paths
    from aftersales_desktop.gui import i18n
    from aftersales_desktop.gui.main_window import MainWindow
    from aftersales_desktop.gui.session import Session

    i18n.install("zh_CN")

    paths = data_paths(tmp_path / "demo-shop").ensure()
    shutil.copy(demo_database, paths.database)
    open_database(paths.database)
    clock.set_now(DEMO_NOW)
    session = Session(paths)
    session.sign_in(Staff.get(Staff.role == "manager"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_bar(qtbot, view, set_index: int, category: int) -> None:
    """A mouse click in the middle of one bar, found where the chart draws it."""
    chart = view.chart()
    series = chart.series()[0]
    value = series.barSets()[set_index].at(category)
    count = len(series.barSets())
    offset = (set_index - (count - 1) / 2) * 0.8 / count  # grouped bars sit side by side around the category
    point = chart.mapToPosition(QPointF(category + offset, value / 2), series)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(chart.mapToScene(point)))


def test_today_charts_show_the_demo_and_a_bar_opens_its_calls(demo_window, qtbot):
    panel = demo_window.pages["today"].charts
    expected = today_charts(DEMO_NOW)
    assert panel.calls.values(0) == expected.received and panel.calls.values(1) == expected.closed
    assert panel.on_time.values(0) == [rate or 0 for rate in expected.on_time_rate] and sum(expected.arrivals) > 50
    assert panel.ages.values(0) == expected.ages
    assert sum(expected.received) > 50 and sum(expected.closed) > 50 and sum(expected.ages) > 0
    assert [s.label() for s in panel.calls.bar_sets()] == ["接报", "结案"]
    busiest = max(range(len(expected.received)), key=lambda i: expected.received[i])
    click_bar(qtbot, panel.calls, 0, busiest)
    calls = demo_window.pages["calls"]
    assert demo_window.current_area() == "calls"
    assert calls.model.total_count == expected.received[busiest]
    assert expected.windows[busiest].day.isoformat() in calls.day_note.text()
    calls.kind.setCurrentIndex(1)  # another filter: the chart's day no longer narrows the list
    assert not calls.day_note.isVisible() and calls.day is None


def test_today_age_bar_opens_the_items_in_the_shop(demo_window, qtbot):
    panel = demo_window.pages["today"].charts
    index = max(range(len(panel.ages.values(0))), key=lambda i: panel.ages.values(0)[i])
    click_bar(qtbot, panel.ages, 0, index)
    repairs = demo_window.pages["repairs"]
    assert demo_window.current_area() == "repairs" and repairs.tabs.currentWidget() is repairs.in_shop
    assert repairs.in_shop.model.total_count == panel.ages.values(0)[index]


def test_reports_charts_show_the_month_with_figures_beside(demo_window, qtbot):
    from aftersales_desktop.core.queries.month_charts import month_charts
    from aftersales_desktop.core.queries.month_common import Month
    from aftersales_desktop.core.vocab import CALL_KIND

    page = demo_window.open_area("reports")
    page.month_edit.setDate(page.month_edit.date().addMonths(-1))  # February, then back to March
    page.month_edit.setDate(page.month_edit.date().addMonths(1))
    assert page.month() == Month(2026, 2)
    expected = month_charts(Month(2026, 2))
    panel = page.charts
    assert panel.status.isVisible() and "2026-02" in panel.status.text()  # added up on a worker thread
    qtbot.waitUntil(lambda: not panel.reader.busy(), timeout=10000)
    assert not panel.status.isVisible() and panel.data == expected  # March's result, asked for first, dropped
    assert panel.calls.chart.values() == [b.value for b in expected.calls_by_kind]
    assert sum(panel.calls.chart.values()) > 50
    assert panel.fees.chart.values() == pytest.approx([b.value / 100 for b in expected.fees_by_kind])
    assert panel.hours.chart.values() == pytest.approx([b.value / 60 for b in expected.hours_by_person])
    assert len(expected.hours_by_person) >= 3 and len(expected.scores_by_person) >= 3
    assert panel.scores.chart.values() == pytest.approx([b.value for b in expected.scores_by_person])
    assert panel.parts.chart.values() == pytest.approx([expected.parts_in_fen / 100, expected.parts_out_fen / 100])
    assert expected.parts_in_fen > 0 and expected.parts_out_fen > 0
    assert panel.calls.figure_texts()[0] == [CALL_KIND.label("paid"), str(expected.calls_by_kind[0].value)]
    first = expected.scores_by_person[0]
    assert panel.scores.figure_texts()[0] == [first.key, f"{first.value:.2f}", first.detail]
    # the horizontal bars read top down in the table's order: the first person is the top bar
    assert panel.hours.chart.bar_sets()[0].at(len(expected.hours_by_person) - 1) == pytest.approx(
        expected.hours_by_person[0].value / 60)


def test_an_on_time_bar_opens_the_calls_of_that_day_reached_late(demo_window, qtbot):
    panel = demo_window.pages["today"].charts
    data = panel.data
    day = max(range(len(data.windows)), key=lambda i: data.late[i])
    assert data.late[day] > 0 and 0 < panel.on_time.values(0)[day] < 100
    click_bar(qtbot, panel.on_time, 0, day)
    calls = demo_window.pages["calls"]
    assert demo_window.current_area() == "calls" and calls.model.total_count == data.late[day]
    assert all(calls.model.row_at(r).arrival_late for r in range(calls.model.rowCount()))


@pytest.mark.parametrize("width", [1000, 1366, 1900])
def test_today_charts_fit_the_window_beside_or_under_the_numbers(demo_window, qtbot, width):
    """Never a sideways scroll bar: beside the numbers where both fit, under them (side by side) otherwise."""
    page = demo_window.pages["today"]
    demo_window.resize(width, 768)
    charts, first, last = page.charts, page.cards["open_calls"], page.cards["surveys_outstanding"]

    def beside() -> bool:  # drawn to the right of the numbers
        return charts.mapTo(page, charts.rect().topLeft()).x() > first.mapTo(page, first.rect().topRight()).x()

    def under() -> bool:  # drawn below the last number
        return charts.mapTo(page, charts.rect().topLeft()).y() > last.mapTo(page, last.rect().bottomLeft()).y()

    qtbot.waitUntil(lambda: beside() if page.charts_beside() else under())
    assert page.charts_beside() == (width == 1900) or width == 1366  # 1366: whichever the fonts at hand allow
    if page.charts_beside():
        assert charts.calls.y() < charts.on_time.y() < charts.ages.y()  # one above the other
    else:
        qtbot.waitUntil(lambda: charts.calls.y() == charts.on_time.y() == charts.ages.y())  # side by side
        assert charts.calls.x() < charts.on_time.x() < charts.ages.x()
    assert page.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
    assert charts.calls.width() >= 200 and charts.calls.height() >= 160
