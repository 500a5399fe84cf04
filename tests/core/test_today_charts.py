"""Today's charts: per working day counts in one statement per field, the same calls the lists then show."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SQL, fn
from playhouse.test_utils import count_queries

from aftersales_desktop.core.db import database, is_postgres
from aftersales_desktop.core.models import GoodsRegisterEntry, ServiceCall, Visit
from aftersales_desktop.core.queries.calls import CallFilter, list_calls
from aftersales_desktop.core.queries.repairs import in_shop_now
from aftersales_desktop.core.queries.today_charts import (
    AGE_BUCKETS,
    day_windows,
    today_charts,
    window_counts,
    window_of,
)
from aftersales_desktop.core.workcalendar import WorkCalendar
from tests.core.repair_helpers import card_in_shop
from tests.factories import make_customer

D = dt.datetime


def _call(shop, n: int, received: D, *, deadline: D | None = None, closed: D | None = None,
          status: str = "dispatched") -> ServiceCall:
    customer, product = make_customer(shop.clerk, name=f"客户{n}", phone=f"1390000{n:04d}")
    return ServiceCall.create(
        number=f"JX2026-{n:05d}", received_at=received, channel="phone", customer=customer, product=product,
        area="city", kind="paid", status="closed" if closed else status, deadline_at=deadline, closed_at=closed,
        technician=shop.technician, created_by=shop.clerk, created_at=received,
    )


def _visit(shop, call: ServiceCall, arrived: D) -> None:
    """A first arrival as the visit service stores it on the call (the service standards' measure)."""
    Visit.create(call=call, technician=shop.technician, arrived_at=arrived, result="fixed", recorded_by=shop.clerk,
                 recorded_at=arrived)
    ServiceCall.update(arrived_at=arrived, arrived_by=shop.technician,
                       arrival_late=arrived > call.deadline_at).where(ServiceCall.id == call.id).execute()


def test_working_day_windows_take_the_weekend_with_friday(shop):
    windows = day_windows(dt.date(2026, 3, 11), days=5)  # Wednesday
    assert [w.day for w in windows] == [dt.date(2026, 3, d) for d in (5, 6, 9, 10, 11)]
    friday = windows[1]
    assert (friday.start, friday.end) == (D(2026, 3, 6), D(2026, 3, 9))
    assert windows[-1].end == D(2026, 3, 12)
    assert window_of(dt.date(2026, 3, 6), dt.date(2026, 3, 11)) == friday


def test_series_count_each_day_in_three_statements_and_the_lists_agree(shop, frozen_now):
    friday, saturday, monday, tuesday = D(2026, 3, 6, 10), D(2026, 3, 7, 11), D(2026, 3, 9, 9), D(2026, 3, 10, 9)
    a = _call(shop, 1, friday, deadline=friday + dt.timedelta(hours=6))
    _visit(shop, a, friday + dt.timedelta(hours=2))  # on time
    _call(shop, 2, saturday, closed=tuesday)  # counts with Friday; closed on Tuesday
    b = _call(shop, 3, monday, deadline=monday + dt.timedelta(hours=6))
    _visit(shop, b, monday + dt.timedelta(hours=7))  # after the deadline: late
    c = _call(shop, 4, monday, deadline=monday + dt.timedelta(hours=5))
    _visit(shop, c, monday + dt.timedelta(hours=1))  # on time
    _call(shop, 8, monday, deadline=monday + dt.timedelta(hours=5))  # nobody reached yet: not an arrival
    _call(shop, 5, tuesday, closed=tuesday + dt.timedelta(hours=3))
    _call(shop, 6, monday, status="void")  # voided: never counted
    _call(shop, 7, frozen_now - dt.timedelta(hours=1), deadline=frozen_now + dt.timedelta(hours=5))  # not due yet
    WorkCalendar.load()
    with count_queries() as counted:
        charts = today_charts(frozen_now)
    # the calendar's freshness check, the calls by received_at (received, arrivals, late), by closed_at, the items
    assert counted.count == 4
    days = [w.day for w in charts.windows]
    assert len(days) == 30 and days[-1] == frozen_now.date()
    at = {day: i for i, day in enumerate(days)}
    fri, mon, tue, wed = (at[dt.date(2026, 3, d)] for d in (6, 9, 10, 11))
    assert (charts.received[fri], charts.received[mon], charts.received[tue], charts.received[wed]) == (2, 3, 1, 1)
    assert sum(charts.received) == 7 and sum(charts.closed) == 2 and charts.closed[tue] == 2
    assert (charts.arrivals[fri], charts.late[fri], charts.arrivals[mon], charts.late[mon]) == (1, 0, 2, 1)
    assert charts.on_time_rate[fri] == 100.0 and charts.on_time_rate[mon] == 50.0 and charts.on_time_rate[wed] is None
    for what, series in (("received", charts.received), ("closed", charts.closed), ("late", charts.late)):
        for index in (fri, mon, tue):
            window = charts.windows[index]
            listed = list_calls(CallFilter(day=(what, window.start, window.end)), now=frozen_now)
            assert listed.count() == series[index], (what, window.day)


def test_each_window_is_counted_from_a_covering_index_without_a_sort(shop, frozen_now):
    """The charts read six weeks of calls on every opening of Today: from the index alone (no table row for the
    status or the arrival), and with no sort by day (at 50× the grouped form cost 25 ms a series)."""
    if is_postgres():
        pytest.skip("the plan's words are SQLite's; the statements run on both engines in the test above")
    windows = day_windows(frozen_now.date())
    for field, values in ((ServiceCall.received_at, (fn.COUNT(SQL("*")), fn.COUNT(ServiceCall.arrival_late))),
                          (ServiceCall.closed_at, (fn.COUNT(SQL("*")),))):
        sql, params = window_counts(field, windows, *values)
        plan = [row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
        searches = [step for step in plan if "service_call" in step]
        assert len(searches) == len(windows), plan
        assert all(f"USING COVERING INDEX service_call_{field.name}_status" in step for step in searches), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan


def test_a_shop_from_before_schema_15_gains_the_charts_indexes(shop):
    """Migration 15 on either engine: a shop made before it (without the two indexes) gets both, and keeps the
    plain received_at and closed_at indexes the lists' order needs."""
    from aftersales_desktop.core.migrations import MIGRATIONS

    new = {"service_call_received_at_status_arrival_late", "service_call_closed_at_status"}
    for name in new:
        database.execute_sql(f'DROP INDEX "{name}"')
    MIGRATIONS[15](database.obj)
    indexes = {index.name: index.columns for index in database.get_indexes("service_call")}
    assert indexes["service_call_received_at_status_arrival_late"] == ["received_at", "status", "arrival_late"]
    assert indexes["service_call_closed_at_status"] == ["closed_at", "status"]
    assert {"service_call_received_at", "service_call_closed_at"} <= set(indexes)


def test_items_in_the_shop_by_age(shop, frozen_now):
    fresh, older, oldest = (card_in_shop(shop, name=name) for name in ("甲", "乙", "丙"))
    for card, days in ((older, 3), (oldest, 15)):
        GoodsRegisterEntry.update(in_at=frozen_now - dt.timedelta(days=days)).where(
            GoodsRegisterEntry.repair_card == card.id).execute()
    charts = today_charts(frozen_now)
    assert charts.ages == [1, 1, 0, 1]
    for bucket, count in zip(AGE_BUCKETS, charts.ages, strict=True):
        assert in_shop_now(age=bucket, today=frozen_now.date()).count() == count
