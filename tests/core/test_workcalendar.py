"""Working-hour deadlines: weekends, lunch, evenings, holidays and make-up workdays (调休)."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core.demo.holidays_cn import china_calendar
from aftersales_desktop.core.services.calls import deadline_for
from aftersales_desktop.core.services.settings import set_holidays, update_settings
from aftersales_desktop.core.workcalendar import WorkCalendar

D = dt.datetime


@pytest.fixture
def calendar(shop) -> WorkCalendar:
    """Default hours 08:30-12:00, 13:30-17:30, Mon-Fri, with China's 2025 and 2026 holidays entered."""
    for year in (2025, 2026):
        set_holidays(shop.manager, year, china_calendar(year))
    return WorkCalendar.load()


def test_city_call_at_1630_on_a_friday_is_due_monday_afternoon(calendar):
    # Friday 16:30-17:30 is 1 h; Monday morning 3.5 h; 1.5 h more after lunch.
    assert deadline_for(D(2026, 3, 6, 16, 30), "city", calendar) == D(2026, 3, 9, 15, 0)


def test_suburb_call_the_evening_before_national_day_waits_for_the_holiday_to_end(calendar):
    # 2025-09-30 19:00 is after hours; 1–8 October is the holiday; 7 h from Thursday 9 October 08:30.
    assert deadline_for(D(2025, 9, 30, 19, 0), "suburb", calendar) == D(2025, 10, 9, 17, 0)


def test_call_before_opening_counts_from_opening(calendar):
    assert deadline_for(D(2026, 3, 11, 6, 45), "city", calendar) == D(2026, 3, 11, 16, 0)


def test_call_at_lunch_counts_from_the_afternoon(calendar):
    assert deadline_for(D(2026, 3, 11, 12, 30), "city", calendar) == D(2026, 3, 12, 10, 30)


def test_call_on_a_sunday_counts_from_monday(calendar):
    assert deadline_for(D(2026, 3, 8, 10, 0), "suburb", calendar) == D(2026, 3, 9, 17, 0)


def test_multi_day_holiday_with_make_up_sunday(calendar):
    # Friday 26 Sept 2025 16:30; Saturday off; Sunday 28 Sept is a make-up workday (调休上班).
    assert calendar.is_working_day(dt.date(2025, 9, 28))
    assert deadline_for(D(2025, 9, 26, 16, 30), "city", calendar) == D(2025, 9, 28, 15, 0)
    # Spring Festival 2026: 15–23 February off; a call on the 13th (Fri) 15:00 resumes on the 14th (Sat, make-up).
    assert deadline_for(D(2026, 2, 13, 15, 0), "city", calendar) == D(2026, 2, 14, 12, 0)
    # From the Saturday afternoon it skips the nine-day holiday.
    assert deadline_for(D(2026, 2, 14, 16, 0), "city", calendar) == D(2026, 2, 24, 14, 30)


def test_is_working_time_edges(calendar):
    assert calendar.is_working_time(D(2026, 3, 11, 8, 30))
    assert not calendar.is_working_time(D(2026, 3, 11, 12, 0))
    assert not calendar.is_working_time(D(2026, 10, 2, 10, 0))  # National Day
    assert not calendar.is_working_time(D(2026, 3, 14, 10, 0))  # Saturday


def test_working_hours_between(calendar):
    assert calendar.working_hours_between(D(2026, 3, 6, 16, 30), D(2026, 3, 9, 15, 0)) == 6
    assert calendar.working_hours_between(D(2026, 3, 9, 15, 0), D(2026, 3, 6, 16, 30)) == -6
    # A whole ordinary week is 5 × 7.5 h.
    assert calendar.working_hours_between(D(2026, 3, 9), D(2026, 3, 16)) == 37.5


def test_deadline_follows_the_settings(shop):
    update_settings(shop.manager, {"work_periods": [["09:00", "18:00"]], "work_weekdays": [1, 2, 3, 4, 5, 6]})
    # Saturday works now; a 9-hour day: city 6 h from Friday 16:30 → 1.5 h Friday + 4.5 h Saturday.
    assert deadline_for(D(2026, 3, 6, 16, 30), "city") == D(2026, 3, 7, 13, 30)


def test_deadline_needs_an_area(shop):
    from aftersales_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError, match="区域"):
        deadline_for(D(2026, 3, 6, 16, 30), None)


def test_calendar_loads_holidays_in_a_few_queries_not_per_day(calendar, db):
    # add_working_hours over a long span walks days in memory: no query per day.
    from playhouse.test_utils import count_queries

    with count_queries() as counter:
        WorkCalendar.load().add_working_hours(D(2025, 1, 1), 2000)
    assert counter.count <= 3


def test_a_changed_calendar_is_seen_at_once(calendar, shop):
    assert calendar.is_working_day(dt.date(2026, 3, 13))
    set_holidays(shop.manager, 2026, [*china_calendar(2026), (dt.date(2026, 3, 13), "holiday", "店庆")])
    assert not WorkCalendar.load().is_working_day(dt.date(2026, 3, 13))
    assert deadline_for(D(2026, 3, 12, 16, 30), "city") == D(2026, 3, 16, 15, 0)
