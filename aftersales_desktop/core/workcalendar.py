"""Working-time arithmetic: the shop's working hours, weekdays, public holidays and make-up workdays (调休).

Deadlines are counted in working hours only (第三条: "上班时间内"). The calendar is loaded once per use
(settings + the whole Holiday table, a few dozen rows a year) and then walks day by day, adding whole
working periods at a time — never minute by minute.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from aftersales_desktop.core import settings
from aftersales_desktop.core.db import database, opened_name
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Holiday

# A calendar with no working day in ten years is a setup mistake, not a reason to loop forever.
_MAX_DAYS = 3660
_FINGERPRINT = (
    "SELECT (SELECT value FROM setting WHERE key = 'work_periods'), (SELECT value FROM setting WHERE key = 'work_weekdays'),"
    " (SELECT count(*) FROM holiday), (SELECT max(id) FROM holiday)"
)
_cache: dict[str, tuple[tuple, WorkCalendar]] = {}


def _time(text: str) -> dt.time:
    hours, minutes = str(text).split(":")
    return dt.time(int(hours), int(minutes))


@dataclass(frozen=True)
class WorkCalendar:
    """Working periods of a day, working ISO weekdays, and the exceptions of the Holiday table."""

    periods: tuple[tuple[dt.time, dt.time], ...]
    weekdays: frozenset[int]
    holidays: frozenset[dt.date]
    workdays: frozenset[dt.date]  # weekend days that are working days (调休上班)

    @classmethod
    def load(cls) -> WorkCalendar:
        """The calendar as the shop has set it up (settings work_periods, work_weekdays, Holiday rows).

        One cheap raw query fingerprints the inputs; the parsed calendar is reused while they are unchanged
        (a replaced year gives new Holiday ids, so count and max id move).
        """
        key = database.execute_sql(_FINGERPRINT).fetchone()
        key = (opened_name(), *key)
        cached = _cache.get("calendar")
        if cached is not None and cached[0] == key:
            return cached[1]
        calendar = cls._read()
        _cache["calendar"] = (key, calendar)
        return calendar

    @classmethod
    def _read(cls) -> WorkCalendar:
        periods = tuple((_time(a), _time(b)) for a, b in settings.get("work_periods"))
        holidays: set[dt.date] = set()
        workdays: set[dt.date] = set()
        # plain tuples, no model per row (ten years of holidays: 300 rows); peewee's stubs type them as models
        rows = cast("Iterable[tuple[dt.date, str]]", Holiday.select(Holiday.day, Holiday.kind).tuples())
        for day, kind in rows:
            (workdays if kind == "workday" else holidays).add(day)
        return cls(periods, frozenset(settings.get("work_weekdays")), frozenset(holidays), frozenset(workdays))

    def is_working_day(self, day: dt.date) -> bool:
        """A make-up workday works, a holiday does not, otherwise the weekday decides."""
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.isoweekday() in self.weekdays

    def is_working_time(self, moment: dt.datetime) -> bool:
        """True when `moment` falls inside a working period of a working day."""
        if not self.is_working_day(moment.date()):
            return False
        now = moment.time()
        return any(start <= now < end for start, end in self.periods)

    def _spans(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        if not self.is_working_day(day):
            return []
        return [(dt.datetime.combine(day, a), dt.datetime.combine(day, b)) for a, b in self.periods]

    def add_working_hours(self, start: dt.datetime, hours: float) -> dt.datetime:
        """The moment `hours` working hours after `start` (a start outside working time counts from the next period)."""
        left = dt.timedelta(minutes=round(hours * 60))
        if left <= dt.timedelta(0):
            return start
        day = start.date()
        for _ in range(_MAX_DAYS):
            for begin, end in self._spans(day):
                begin = max(begin, start)
                if begin >= end:
                    continue
                if end - begin >= left:
                    return begin + left
                left -= end - begin
            day += dt.timedelta(days=1)
        raise ValidationError(
            T("工作日历中十年内没有上班日,请检查设置。", "The working calendar has no working day in ten years; check the settings.")
        )

    def working_hours_between(self, start: dt.datetime, end: dt.datetime) -> float:
        """Working hours from `start` to `end`; negative when `end` is earlier."""
        if end < start:
            return -self.working_hours_between(end, start)
        total = dt.timedelta(0)
        day = start.date()
        while day <= end.date():
            for begin, finish in self._spans(day):
                begin, finish = max(begin, start), min(finish, end)
                if finish > begin:
                    total += finish - begin
            day += dt.timedelta(days=1)
        return total.total_seconds() / 3600

    def next_working_moment(self, moment: dt.datetime) -> dt.datetime:
        """`moment` itself when it is working time, else the start of the next working period."""
        day = moment.date()
        for _ in range(_MAX_DAYS):
            for begin, end in self._spans(day):
                if moment < end:
                    return max(begin, moment)
            day += dt.timedelta(days=1)
        return moment

    def end_of_working_day(self, day: dt.date) -> dt.datetime | None:
        """When the last working period of `day` ends; None on a day off."""
        spans = self._spans(day)
        return spans[-1][1] if spans else None

    def previous_working_day(self, day: dt.date) -> dt.date:
        """The last working day strictly before `day`."""
        for _ in range(_MAX_DAYS):
            day -= dt.timedelta(days=1)
            if self.is_working_day(day):
                return day
        return day
