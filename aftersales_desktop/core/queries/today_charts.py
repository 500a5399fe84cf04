"""The Today page's charts: the last 30 working days of calls and of the on-time arrival rate, and the items in the
shop by age.

The calls' series are two statements, however large the register grows: one select per working day's window,
joined by UNION ALL, each counting a range of a covering index (no table row read, nothing sorted), with the
window bounds computed here in Python (portable: the same statement runs on both engines). A working day's bar runs from its midnight until the next working day starts:
a call taken on a Saturday counts with Friday. The on-time rate is the service standards' own measure
(core/queries/standards.py): the calls received that day that someone has reached, on time when the first arrival
(stored by the visit service as `arrival_late`) was within the deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee
from peewee import fn

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import BugError
from aftersales_desktop.core.models import GoodsRegisterEntry, ServiceCall
from aftersales_desktop.core.queries.paging import tuples
from aftersales_desktop.core.workcalendar import WorkCalendar

DAYS = 30
AGE_BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 2), (3, 7), (8, 14), (15, None))  # days in the shop


@dataclass(frozen=True)
class DayWindow:
    day: dt.date
    start: dt.datetime
    end: dt.datetime  # exclusive: the next working day's midnight (or tomorrow's, for today)


@dataclass(frozen=True)
class TodayCharts:
    windows: list[DayWindow]  # oldest first
    received: list[int]  # calls registered in each window
    closed: list[int]  # calls closed in each window
    arrivals: list[int]  # calls received in the window that someone has reached (the standards' arrivals)
    late: list[int]  # of those, reached after their deadline
    ages: list[int]  # items in the shop now, per AGE_BUCKETS

    @property
    def on_time_rate(self) -> list[float | None]:
        """Per window, the share of arrivals on time in percent; None where nobody was reached yet."""
        return [None if n == 0 else round(100 * (n - late) / n, 1) for n, late in zip(self.arrivals, self.late,
                                                                                        strict=True)]


def day_windows(today: dt.date, days: int = DAYS, calendar: WorkCalendar | None = None) -> list[DayWindow]:
    """The last `days` working days up to today (today counts when it is one), each with its time window."""
    calendar = calendar or WorkCalendar.load()
    picked: list[dt.date] = [today] if calendar.is_working_day(today) else []
    day = today
    while len(picked) < days:
        day = calendar.previous_working_day(day)
        picked.append(day)
    picked.reverse()
    ends = [*picked[1:], today + dt.timedelta(days=1)]
    midnight = dt.time.min
    return [DayWindow(d, dt.datetime.combine(d, midnight), dt.datetime.combine(e, midnight))
            for d, e in zip(picked, ends, strict=True)]


def window_of(day: dt.date, today: dt.date, calendar: WorkCalendar | None = None) -> DayWindow:
    """The window of one working day's bar: its midnight until the next working day's (tomorrow's, for today)."""
    calendar = calendar or WorkCalendar.load()
    following = day + dt.timedelta(days=1)
    while following <= today and not calendar.is_working_day(following):
        following += dt.timedelta(days=1)
    end = min(following, today + dt.timedelta(days=1))
    return DayWindow(day, dt.datetime.combine(day, dt.time.min), dt.datetime.combine(end, dt.time.min))


# Grouped by the first column (the bucket) by position: the expression repeated in GROUP BY would carry its own
# parameters, which PostgreSQL does not take for the selected expression (SQLite does).
BY_BUCKET = peewee.SQL("1")


_START, _END = dt.datetime(1, 1, 1, 0, 0, 1), dt.datetime(1, 1, 1, 0, 0, 2)  # a template window's bounds
_FIRST = "SELECT 0, "


def window_counts(field: peewee.Field, windows: list[DayWindow], *values: peewee.Node) -> tuple[str, list[Any]]:
    """ONE statement (its text and parameters) giving (the window's position, *values) for the calls with `field`
    in each window: a UNION ALL of one select per window, each a range of a covering index ((received_at,
    status, arrival_late) or (closed_at, status), migration 15) that reads no table row and sorts nothing.
    Grouping by the day instead made the database work out and sort the day of each of the six weeks' rows
    (about 25 ms a series at 50×).
    peewee writes one window's select; the others are that text with their own position and bounds. Having
    peewee write all thirty selects cost 12-30 ms a statement at every sign-in, for a statement SQLite runs in 1."""
    template = ServiceCall.select(peewee.SQL("0"), *values).where(  # the position, a literal: no parameter
        (field >= _START) & (field < _END) & (ServiceCall.status != "void"))
    sql, params = template.sql()
    starts, ends = [i for i, p in enumerate(params) if p == _START], [i for i, p in enumerate(params) if p == _END]
    if not sql.startswith(_FIRST) or len(starts) != 1 or len(ends) != 1:
        raise BugError(f"a day window's select is not written as expected: {sql}")
    texts, out = [], []
    for index, window in enumerate(windows):
        texts.append(f"SELECT {index}, {sql[len(_FIRST):]}")
        bound = list(params)
        bound[starts[0]], bound[ends[0]] = window.start, window.end
        out += bound
    return " UNION ALL ".join(texts), out


def _per_window(field: peewee.Field, windows: list[DayWindow], *values: peewee.Node) -> list[list[int]]:
    """`values` (aggregates) over the calls with `field` in each window, one list per value."""
    out = [[0] * len(windows) for _ in values]
    for index, *counts in database.execute_sql(*window_counts(field, windows, *values)).fetchall():
        for series, value in zip(out, counts, strict=True):
            series[int(index)] = int(value or 0)
    return out


def calls_per_day(field: peewee.Field, windows: list[DayWindow]) -> list[int]:
    """How many calls have `field` (received_at, closed_at) in each window: one statement."""
    return _per_window(field, windows, fn.COUNT(peewee.SQL("*")))[0]


def received_per_day(windows: list[DayWindow]) -> tuple[list[int], list[int], list[int]]:
    """(calls received, arrivals, late arrivals) of the calls received in each window: one statement."""
    late = peewee.Case(None, [(ServiceCall.arrival_late == True, 1)], 0)  # noqa: E712 - SQL
    received, arrivals, late_counts = _per_window(ServiceCall.received_at, windows, fn.COUNT(peewee.SQL("*")),
                                                  fn.COUNT(ServiceCall.arrival_late), fn.SUM(late))
    return received, arrivals, late_counts


def age_bounds(bucket: tuple[int, int | None], today: dt.date) -> tuple[dt.datetime | None, dt.datetime]:
    """The in_at range of items `bucket` days in the shop: (from, until), `from` None for the open bucket."""
    low, high = bucket
    until = dt.datetime.combine(today - dt.timedelta(days=low - 1), dt.time.min)
    since = dt.datetime.combine(today - dt.timedelta(days=high), dt.time.min) if high is not None else None
    return since, until


def items_by_age(today: dt.date) -> list[int]:
    """Items in the shop now (not gone out) per AGE_BUCKETS of whole days since they came in."""
    whens = []
    for index, bucket in enumerate(AGE_BUCKETS[:-1]):
        since, _until = age_bounds(bucket, today)
        whens.append((GoodsRegisterEntry.in_at >= since, index))
    bucket_expr = peewee.Case(None, whens, len(AGE_BUCKETS) - 1)
    query = (GoodsRegisterEntry.select(bucket_expr.alias("bucket"), fn.COUNT(GoodsRegisterEntry.id))
             .where(GoodsRegisterEntry.out_at.is_null())
             .group_by(BY_BUCKET))
    counts = [0] * len(AGE_BUCKETS)
    for bucket, count in tuples(query):
        counts[int(bucket)] = int(count)
    return counts


def today_charts(now: dt.datetime | None = None) -> TodayCharts:
    """Every series the Today page draws (three statements)."""
    now = now or clock.now()
    windows = day_windows(now.date())
    received, arrivals, late = received_per_day(windows)
    return TodayCharts(
        windows=windows,
        received=received,
        closed=calls_per_day(ServiceCall.closed_at, windows),
        arrivals=arrivals,
        late=late,
        ages=items_by_age(now.date()),
    )
