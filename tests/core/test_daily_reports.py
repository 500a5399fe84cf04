"""The daily reports add up to the time logs: visits, repair card time and general work, by kind."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import database
from aftersales_desktop.core.models import TimeEntry, Visit
from aftersales_desktop.core.queries.daily_reports import (
    TechnicianDay,
    supervisor_day,
    technician_day,
    technician_days,
)
from aftersales_desktop.core.services import repairs, worklog
from tests.core.repair_helpers import advance, card_in_shop


def _visit_minutes(tech_id: int, day: dt.date) -> int:
    start = dt.datetime.combine(day, dt.time())
    visits = Visit.select().where((Visit.technician == tech_id) & (Visit.arrived_at >= start)
                                  & (Visit.arrived_at < start + dt.timedelta(days=1)))
    return sum(round((v.finished_at - v.arrived_at).total_seconds() / 60) for v in visits if v.finished_at)


def _logged(tech_id: int, day: dt.date) -> int:
    start = dt.datetime.combine(day, dt.time())
    rows = TimeEntry.select().where((TimeEntry.technician == tech_id) & (TimeEntry.started_at >= start)
                                    & (TimeEntry.started_at < start + dt.timedelta(days=1)))
    return sum(e.minutes for e in rows)


def test_reports_add_up_to_the_time_logs(shop):
    day = clock.today()
    paid = card_in_shop(shop, paid=True)  # the visit before it: 60 minutes, paid
    free = card_in_shop(shop, paid=False, name="李四")  # another visit: 60 minutes, free
    repairs.save_quote(shop.technician, paid.id, labour_fen=8000)
    repairs.accept_quote(shop.clerk, paid.id, accepted_by_name="王小明", how="phone")
    advance(240)  # 14:00
    worklog.add_card_minutes(shop.technician, paid.id, started_at=clock.now() - dt.timedelta(minutes=200), minutes=35)
    worklog.add_card_minutes(shop.technician, free.id, started_at=clock.now() - dt.timedelta(minutes=150), minutes=50)
    worklog.record_general_work(shop.technician, started_at=clock.now() - dt.timedelta(minutes=90), minutes=25,
                                note="工具保养")
    worklog.record_general_work(shop.technician2, started_at=clock.now() - dt.timedelta(minutes=90), minutes=40,
                                note="备件盘点")
    running = worklog.start_timer(shop.technician, free.id)  # a running timer is not counted yet

    report = technician_day(shop.technician.id, day)
    by_kind = report.minutes_by_kind
    assert by_kind["paid"] == 35 + 60 and by_kind["free"] == 50 + 60 and by_kind["general"] == 25
    assert by_kind["contract"] == 0
    assert report.total_minutes == _logged(shop.technician.id, day) + _visit_minutes(shop.technician.id, day)
    assert [j.source for j in report.jobs].count("visit") == 2
    assert {j.reference for j in report.jobs if j.source == "repair"} == {paid.number, free.number}

    advance(30)
    worklog.stop_timer(shop.technician, running.id)
    assert technician_day(shop.technician.id, day).total_minutes == report.total_minutes + 30

    summary = supervisor_day(day)
    per_tech = {line.technician: line for line in summary.lines}
    assert per_tech[shop.technician.name].total_minutes == report.total_minutes + 30
    assert per_tech[shop.technician2.name].minutes_by_kind["general"] == 40
    assert summary.total_minutes == sum(
        _logged(t.id, day) + _visit_minutes(t.id, day) for t in (shop.technician, shop.technician2)
    )
    assert sum(summary.totals_by_kind.values()) == summary.total_minutes
    assert summary.jobs == sum(len(t.jobs) for t in technician_days(day))


def test_other_days_are_not_counted(shop):
    worklog.record_general_work(shop.technician, started_at=clock.now() - dt.timedelta(hours=2), minutes=30, note="培训")
    clock.set_now(clock.now() + dt.timedelta(days=1))
    assert technician_day(shop.technician.id, clock.today()).total_minutes == 0
    assert technician_day(shop.technician.id, clock.today() - dt.timedelta(days=1)).total_minutes == 30


def _statements(fn) -> list[str]:
    seen: list[str] = []
    conn = database.connection()
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


def _as_lines(days: list[TechnicianDay]) -> list[tuple[str, int, dict[str, int]]]:
    return [(t.technician, len(t.jobs), t.minutes_by_kind) for t in days]


def test_the_supervisors_report_reads_a_fixed_number_of_statements_whatever_the_day_holds(shop):
    """A busy day (at 50 times the demo's size, hundreds of jobs) costs the statements of a quiet one, and its
    lines are what each technician's own report adds up to."""
    day = clock.today()
    worklog.record_general_work(shop.technician2, started_at=clock.now() - dt.timedelta(minutes=90), minutes=40,
                                note="备件盘点")
    quiet = _statements(lambda: supervisor_day(day))
    assert [(line.technician, line.jobs, line.minutes_by_kind) for line in supervisor_day(day).lines] == _as_lines(
        technician_days(day))

    free = card_in_shop(shop, paid=False)  # a visit, then time on the repair card: every source of a job
    advance(240)
    for hour in range(1, 5):
        worklog.add_card_minutes(shop.technician, free.id, started_at=clock.now() - dt.timedelta(minutes=60 * hour),
                                 minutes=20 + hour)
        worklog.record_general_work(shop.technician2, started_at=clock.now() - dt.timedelta(minutes=60 * hour),
                                    minutes=15, note="工具保养")
    busy = _statements(lambda: supervisor_day(day))
    assert len(busy) == len(quiet), busy
    lines = [(line.technician, line.jobs, line.minutes_by_kind) for line in supervisor_day(day).lines]
    assert lines == _as_lines(technician_days(day))
    assert sum(jobs for _name, jobs, _minutes in lines) == 1 + 4 + 1 + 4  # a visit, 4 card logs, 5 general


def test_a_days_visits_are_found_by_their_arrival_not_by_reading_every_visit(shop):
    if database.obj.__class__.__name__.lower().startswith("postgres"):
        pytest.skip("the plan's words are SQLite's")
    card_in_shop(shop)
    visits = [sql for sql in _statements(lambda: supervisor_day(clock.today())) if 'FROM "visit"' in sql]
    assert len(visits) == 1, visits
    plan = [row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + visits[0])]
    assert any("USING INDEX visit_arrived_at" in step for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan
