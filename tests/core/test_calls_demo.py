"""The calls demo: a believable month through the real services, with the holiday calendar entered."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import demo
from aftersales_desktop.core.models import Holiday, Invoice, ServiceCall
from aftersales_desktop.core.workcalendar import WorkCalendar


def test_a_month_of_calls(db, monkeypatch):
    monkeypatch.setattr(demo, "AREAS", ["calls"])
    demo.create_demo(months=1, until=dt.date(2026, 10, 16))
    # China's 2026 calendar is in: National Day off, the make-up Saturday 10 October worked
    calendar = WorkCalendar.load()
    assert not calendar.is_working_day(dt.date(2026, 10, 2)) and calendar.is_working_day(dt.date(2026, 10, 10))
    assert Holiday.select().where(Holiday.day.year == 2026).count() == 39
    calls = list(ServiceCall.select())
    per_day: dict[dt.date, int] = {}
    for call in calls:
        per_day[call.received_at.date()] = per_day.get(call.received_at.date(), 0) + 1
    assert all(8 <= n <= 20 for day, n in per_day.items() if calendar.is_working_day(day))
    assert dt.date(2026, 10, 3) not in per_day  # nobody registers on a holiday
    kinds = {c.kind for c in calls}
    statuses = {c.status for c in calls}
    assert {"paid", "free", "general"} <= kinds
    assert {"closed", "in_shop"} <= statuses
    assert any(c.repeat_of_id for c in calls) and any(c.kind_reason for c in calls)
    assert sum(c.repeat_of_id is not None for c in calls) < len(calls) * 0.2
    assert Invoice.select().where(Invoice.status == "collected").exists()
    closed = [c for c in calls if c.status == "closed"]
    assert all(c.signed or c.customer_id is None for c in closed)
