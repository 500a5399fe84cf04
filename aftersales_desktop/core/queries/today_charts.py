"""The Today page's charts: the last 30 working days of calls and of the on-time arrival rate, and the items in the
shop by age.

Each series is ONE grouped query over an indexed range of the register, however large it grows: the day of a
row is a portable CASE over the day boundaries computed here in Python (no SQLite date functions), so the same
query runs on another engine. A working day's bar runs from its midnight until the next working day starts:
a call taken on a Saturday counts with Friday. The on-time rate is the service standards' own measure
(core/queries/standards.py): the calls received that day that someone has reached, on time when the first arrival
(stored by the visit service as `arrival_late`) was within the deadline.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import peewee
from peewee import fn

from aftersales_desktop.core import clock
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


# Grouped by the first column (the day) by position: the expression repeated in GROUP BY would carry its own
# parameters, which PostgreSQL does not take for the selected expression (SQLite does).
BY_BUCKET = peewee.SQL("1")


def _day(field: peewee.Field) -> peewee.Function:
    """The calendar day of `field`'s moment (date() on both engines: text on SQLite, a date on PostgreSQL).
    Rows are counted per day and the days added into their working day's window here: a CASE with a branch per
    window made the database compare each row with up to forty bounds (84 ms of opening Today at 50×)."""
    return fn.DATE(field)


def _in_range(field: peewee.Field, windows: list[DayWindow]) -> peewee.Expression:
    return (field >= windows[0].start) & (field < windows[-1].end)


def _per_window(query: peewee.SelectBase, windows: list[DayWindow], width: int = 1) -> list[list[int]]:
    """Rows of (day, n1, n2 …) added into one list per value, each day into the window holding it (windows start
    and end at midnight), a 0 for each window without rows."""
    out = [[0] * len(windows) for _ in range(width)]
    starts = [w.start.date() for w in windows]
    for day, *values in tuples(query):
        if day is None:
            continue
        # (peewee may hand the day back through the field's own conversion: a datetime at midnight)
        when = day.date() if isinstance(day, dt.datetime) else day if isinstance(day, dt.date) else (
            dt.date.fromisoformat(str(day)[:10]))
        index = bisect.bisect_right(starts, when) - 1
        if index < 0 or when >= windows[index].end.date():
            continue
        for series, value in zip(out, values, strict=True):
            series[index] += int(value or 0)
    return out


def calls_per_day(field: peewee.Field, windows: list[DayWindow]) -> list[int]:
    """How many calls have `field` (received_at, closed_at) in each window: one grouped query."""
    query = (ServiceCall.select(_day(field).alias("day"), fn.COUNT(ServiceCall.id))
             .where(_in_range(field, windows) & (ServiceCall.status != "void"))
             .group_by(BY_BUCKET))
    return _per_window(query, windows)[0]


def arrivals_per_day(windows: list[DayWindow]) -> tuple[list[int], list[int]]:
    """(arrivals, late arrivals) of the calls received in each window: one grouped query over received_at."""
    late = peewee.Case(None, [(ServiceCall.arrival_late == True, 1)], 0)  # noqa: E712 - SQL
    query = (ServiceCall.select(_day(ServiceCall.received_at).alias("day"), fn.COUNT(ServiceCall.arrival_late),
                                fn.SUM(late))
             .where(_in_range(ServiceCall.received_at, windows) & (ServiceCall.status != "void"))
             .group_by(BY_BUCKET))
    arrivals, late_counts = _per_window(query, windows, width=2)
    return arrivals, late_counts


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
    """Every series the Today page draws (four grouped queries)."""
    now = now or clock.now()
    windows = day_windows(now.date())
    arrivals, late = arrivals_per_day(windows)
    return TodayCharts(
        windows=windows,
        received=calls_per_day(ServiceCall.received_at, windows),
        closed=calls_per_day(ServiceCall.closed_at, windows),
        arrivals=arrivals,
        late=late,
        ages=items_by_age(now.date()),
    )
