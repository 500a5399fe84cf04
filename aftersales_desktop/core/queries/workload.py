"""Each technician's workload, shown beside the name when the supervisor dispatches (派工): the calls still
waiting for their visit, by area, and how many of them are due today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee

from aftersales_desktop.core import clock
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ServiceCall, Staff
from aftersales_desktop.core.queries.paging import tuples
from aftersales_desktop.core.vocab import AREA

NEEDS_VISIT = ("dispatched", "visited")  # dispatched and not yet (or not yet finally) visited


@dataclass
class Workload:
    technician_id: int
    name: str
    open_calls: int = 0
    due_today: int = 0
    by_area: dict[str | None, int] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        """'3 open (city 2, suburb 1), 1 due by today', or 'no open calls'."""
        if not self.open_calls:
            return str(T("无待上门", "no open calls"))
        areas = str(T("、", ", ")).join(f"{AREA.label(a) or T('未定区域', 'no area')} {n}" for a, n in sorted(
            self.by_area.items(), key=lambda item: (item[0] is None, item[0] or "")))
        text = str(T("待上门 {n}({a})", "{n} open ({a})", n=self.open_calls, a=areas))
        if self.due_today:
            text += str(T(",今天到期 {d}", ", {d} due by today", d=self.due_today))
        return text

    @property
    def label(self) -> str:
        return f"{self.name} — {self.summary}"


def technician_workloads(now: dt.datetime | None = None) -> list[Workload]:
    """Every active technician (by name) with the open calls assigned to them: one grouped query."""
    now = now or clock.now()
    loads = {
        s.id: Workload(s.id, s.name)
        for s in Staff.select().where(Staff.active & (Staff.role == "technician")).order_by(Staff.name)
    }
    end_of_day = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time.min)
    due = peewee.Case(None, [(ServiceCall.deadline_at < end_of_day, 1)], 0)
    rows = tuples(
        ServiceCall.select(ServiceCall.technician, ServiceCall.area, peewee.fn.COUNT(ServiceCall.id).alias("n"),
                           peewee.fn.SUM(due).alias("due"))
        .where(ServiceCall.status.in_(NEEDS_VISIT) & ServiceCall.technician.in_(list(loads)))
        .group_by(ServiceCall.technician, ServiceCall.area)
    )
    for technician_id, area, count, due_count in rows:
        load = loads[technician_id]
        load.open_calls += count
        load.due_today += due_count or 0
        load.by_area[area] = count
    return list(loads.values())
