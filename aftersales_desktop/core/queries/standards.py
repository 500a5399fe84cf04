"""The service standards per person and month, from what the services stored when it happened.

Definitions (the same for the Standards tab, the technician's monthly score, Today and the 服务标准 sheet):
- arrival: a call received in the month (not voided) that someone has reached; on time when the first arrival was
  within its working-hour deadline (6 h city / 7 h suburb), counted for whoever arrived first;
- first answer: a call received in the month (not voided) that has had its first answer; within the answer hours
  (24 h) or late, counted for whoever gave it (the counter, or the dispatch / visit when nobody answered before);
- repair promise: a repair card returned in the month, kept when it went back by the promised date, counted for
  the card's technician;
- repeat fault: a call received in the month that repeats an earlier call within the repeat window, counted for
  whoever arrived first at the earlier call (else its technician).
Each figure is one GROUP BY over an indexed month range: nothing is recomputed per call in Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee
from peewee import fn

from aftersales_desktop.core.models import RepairCard, ServiceCall, Staff
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.queries.paging import tuples

ROLE_ORDER = {"technician": 0, "supervisor": 1, "clerk": 2, "manager": 3, "storekeeper": 4}


@dataclass
class PersonStandards:
    staff_id: int | None
    name: str
    role: str
    arrivals: int = 0
    late: int = 0
    answers: int = 0
    answers_late: int = 0
    repairs: int = 0
    promises_kept: int = 0
    repeats: int = 0

    @property
    def on_time(self) -> int:
        return self.arrivals - self.late

    @property
    def on_time_rate(self) -> float | None:
        """Share of arrivals on time (0..1), None without arrivals."""
        return self.on_time / self.arrivals if self.arrivals else None

    @property
    def answers_in_time(self) -> int:
        return self.answers - self.answers_late

    @property
    def answer_rate(self) -> float | None:
        return self.answers_in_time / self.answers if self.answers else None

    @property
    def promise_rate(self) -> float | None:
        return self.promises_kept / self.repairs if self.repairs else None


def _count_true(field: peewee.Field) -> peewee.Function:
    return fn.COALESCE(fn.SUM(peewee.Case(None, [(field == True, 1)], 0)), 0)  # noqa: E712 - SQL


def _calls_of(month: Month) -> peewee.Expression:
    return (ServiceCall.received_at >= month.start) & (ServiceCall.received_at < month.end) & (ServiceCall.status != "void")


def standards(month: Month) -> list[PersonStandards]:
    """Everyone with a figure in the month: technicians first, then the counter; each person's four standards."""
    people: dict[int | None, PersonStandards] = {}

    def person(staff_id: int | None) -> PersonStandards:
        if staff_id not in people:
            people[staff_id] = PersonStandards(staff_id, "", "")
        return people[staff_id]

    arrivals = (ServiceCall.select(ServiceCall.arrived_by, fn.COUNT(ServiceCall.id), _count_true(ServiceCall.arrival_late))
                .where(_calls_of(month) & ServiceCall.arrival_late.is_null(False))
                .group_by(ServiceCall.arrived_by))
    for staff_id, count, late in tuples(arrivals):
        row = person(staff_id)
        row.arrivals, row.late = count, int(late)
    answers = (ServiceCall.select(ServiceCall.first_answer_by, fn.COUNT(ServiceCall.id), _count_true(ServiceCall.answer_late))
               .where(_calls_of(month) & ServiceCall.answer_late.is_null(False))
               .group_by(ServiceCall.first_answer_by))
    for staff_id, count, late in tuples(answers):
        row = person(staff_id)
        row.answers, row.answers_late = count, int(late)
    repairs = (RepairCard.select(RepairCard.technician, fn.COUNT(RepairCard.id), _count_true(RepairCard.promise_kept))
               .where((RepairCard.returned_at >= month.start) & (RepairCard.returned_at < month.end)
                      & RepairCard.promise_kept.is_null(False))
               .group_by(RepairCard.technician))
    for staff_id, count, kept in tuples(repairs):
        row = person(staff_id)
        row.repairs, row.promises_kept = count, int(kept)
    earlier = ServiceCall.alias("earlier")
    whose = fn.COALESCE(earlier.arrived_by, earlier.technician)
    repeats = (ServiceCall.select(whose, fn.COUNT(ServiceCall.id))
               .join(earlier, on=(ServiceCall.repeat_of == earlier.id))
               .where(_calls_of(month)).group_by(whose))
    for staff_id, count in tuples(repeats):
        person(staff_id).repeats = count
    known = {s.id: s for s in Staff.select().where(Staff.id.in_([k for k in people if k is not None]))}
    for staff_id, row in people.items():
        staff = known.get(staff_id) if staff_id is not None else None
        row.name, row.role = (staff.name, staff.role) if staff else ("", "")
    return sorted(people.values(), key=lambda r: (ROLE_ORDER.get(r.role, 9), r.name))


def total(rows: list[PersonStandards]) -> PersonStandards:
    """The shop's figures for the month: everyone together."""
    out = PersonStandards(None, "", "")
    for row in rows:
        for name in ("arrivals", "late", "answers", "answers_late", "repairs", "promises_kept", "repeats"):
            setattr(out, name, getattr(out, name) + getattr(row, name))
    return out


@dataclass(frozen=True)
class MonthArrivals:
    """This month's arrivals on Today: how many, how many late, and the share on time."""

    arrivals: int
    late: int

    @property
    def on_time_rate(self) -> float | None:
        return (self.arrivals - self.late) / self.arrivals if self.arrivals else None


def month_arrivals(today: dt.date) -> MonthArrivals:
    """Calls received this month that someone has reached, and the late ones (one indexed COUNT)."""
    month = Month.of(today)
    count, late = tuples(ServiceCall.select(fn.COUNT(ServiceCall.id), _count_true(ServiceCall.arrival_late))
                         .where(_calls_of(month) & ServiceCall.arrival_late.is_null(False)))[0]
    return MonthArrivals(count, int(late))
