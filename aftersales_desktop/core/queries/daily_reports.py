"""The daily reports (第十条 – 第十二条): each technician's jobs of a day, and the supervisor's summary by kind.

A job is a visit on site (finish − arrival), time logged on a repair card, or general work. The minutes are
the time logs' own minutes, so the reports add up to them exactly. Running timers are not counted yet.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

import peewee

from aftersales_desktop.core.models import (
    Customer,
    GoodsReceipt,
    Product,
    RepairCard,
    ServiceCall,
    Staff,
    TimeEntry,
    Visit,
)
from aftersales_desktop.core.queries.paging import tuples
from aftersales_desktop.core.vocab import CALL_KIND

KINDS = CALL_KIND.codes  # paid, contract, free, general: the report's columns


@dataclass(frozen=True)
class Job:
    source: str  # visit / repair / general
    kind: str  # vocab.CALL_KIND
    reference: str  # call number or repair card number
    what: str  # customer and product, or the general work done
    start: dt.datetime
    end: dt.datetime
    minutes: int


@dataclass
class TechnicianDay:
    """技术员工作日报表: one technician's jobs of one day."""

    technician: str
    day: dt.date
    jobs: list[Job] = field(default_factory=list)

    @property
    def minutes_by_kind(self) -> dict[str, int]:
        out = dict.fromkeys(KINDS, 0)
        for job in self.jobs:
            out[job.kind] = out.get(job.kind, 0) + job.minutes
        return out

    @property
    def total_minutes(self) -> int:
        return sum(job.minutes for job in self.jobs)


@dataclass(frozen=True)
class SupervisorLine:
    technician: str
    jobs: int
    minutes_by_kind: dict[str, int]

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes_by_kind.values())


@dataclass
class SupervisorDay:
    """服务主任日报表: every technician of the day by kind of work, with totals."""

    day: dt.date
    lines: list[SupervisorLine]

    @property
    def totals_by_kind(self) -> dict[str, int]:
        return {k: sum(line.minutes_by_kind.get(k, 0) for line in self.lines) for k in KINDS}

    @property
    def total_minutes(self) -> int:
        return sum(line.total_minutes for line in self.lines)

    @property
    def jobs(self) -> int:
        return sum(line.jobs for line in self.lines)


def _bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


def _what(customer: Customer | None, product: Product | None) -> str:
    who = customer.name if customer else ""
    item = f"{product.name} {product.model}".strip() if product else ""
    return " · ".join(x for x in (who, item) if x)


def _finished_visits(day: dt.date) -> peewee.Expression:
    """The visits a day's reports count: arrived that day and finished."""
    start, end = _bounds(day)
    return (Visit.arrived_at >= start) & (Visit.arrived_at < end) & Visit.finished_at.is_null(False)


def _stopped_entries(day: dt.date) -> peewee.Expression:
    """The time logs a day's reports count: started that day and stopped (running timers are not counted yet)."""
    start, end = _bounds(day)
    return (TimeEntry.started_at >= start) & (TimeEntry.started_at < end) & TimeEntry.ended_at.is_null(False)


def _visit_minutes(arrived: dt.datetime, finished: dt.datetime) -> int:
    return max(0, round((finished - arrived).total_seconds() / 60))


def _jobs(day: dt.date, technician_id: int | None) -> dict[int, list[Job]]:
    """All finished jobs of the day, per technician id (one query per source, not per technician)."""
    out: dict[int, list[Job]] = defaultdict(list)
    visits = (
        # the call's customer and product come joined: one statement for the day, however many visits
        Visit.select(Visit, ServiceCall, Customer, Product)
        .join(ServiceCall)
        .join_from(ServiceCall, Customer, peewee.JOIN.LEFT_OUTER)
        .join_from(ServiceCall, Product, peewee.JOIN.LEFT_OUTER)
        .where(_finished_visits(day))
    )
    entries = TimeEntry.select().where(_stopped_entries(day))
    if technician_id is not None:
        visits = visits.where(Visit.technician == technician_id)
        entries = entries.where(TimeEntry.technician == technician_id)
    for v in visits:
        assert v.finished_at is not None  # the query asks for finished visits only
        out[v.technician_id].append(
            Job("visit", v.call.kind, v.call.number, _what(v.call.customer, v.call.product), v.arrived_at,
                v.finished_at, _visit_minutes(v.arrived_at, v.finished_at))
        )
    stopped = list(entries)
    wanted = {e.repair_card_id for e in stopped if e.repair_card_id}
    cards: dict[int, RepairCard] = {
        c.id: c for c in RepairCard.select(RepairCard, GoodsReceipt, Customer, Product).join(GoodsReceipt)
        .join_from(GoodsReceipt, Customer).join_from(GoodsReceipt, Product).where(RepairCard.id.in_(list(wanted)))
    } if wanted else {}  # fmt: skip
    for e in stopped:
        assert e.ended_at is not None  # the query asks for stopped timers only
        if e.repair_card_id:
            card = cards[e.repair_card_id]
            what = _what(card.receipt.customer, card.receipt.product)
            job = Job("repair", e.kind, card.number, f"{what} {e.note}".strip(), e.started_at, e.ended_at, e.minutes)
        else:
            job = Job("general" if e.call_id is None else "visit", e.kind, "", e.note, e.started_at, e.ended_at,
                      e.minutes)
        out[e.technician_id].append(job)
    for jobs in out.values():
        jobs.sort(key=lambda j: j.start)
    return out


def technician_day(technician_id: int, day: dt.date) -> TechnicianDay:
    """The technician daily work report for one person and day."""
    tech = Staff.get_by_id(technician_id)
    return TechnicianDay(tech.name, day, _jobs(day, technician_id).get(technician_id, []))


def _people(with_jobs: Collection[int]) -> list[Staff]:
    """Whom a day's reports list: the active technicians, and anyone else who logged time that day (one
    statement), technicians first, each group by name."""
    people = Staff.select().where(((Staff.role == "technician") & Staff.active) | Staff.id.in_(list(with_jobs)))
    return sorted(people, key=lambda s: (s.role != "technician", s.name))


def technician_days(day: dt.date) -> list[TechnicianDay]:
    """Every technician's daily report of the day: active technicians, and anyone else who logged time."""
    jobs = _jobs(day, None)
    return [TechnicianDay(s.name, day, jobs.get(s.id, [])) for s in _people(jobs)]


def _kinds_and_minutes(day: dt.date) -> dict[int, list[tuple[str, int]]]:
    """(kind, minutes) of each finished job of the day, per technician id: all that the supervisor's report
    counts. Two statements of plain values, no customer, product or repair card: at 50 times the demo's size
    a day holds hundreds of jobs, and building their records was most of `print daily-report`'s own time."""
    out: dict[int, list[tuple[str, int]]] = defaultdict(list)
    visits = (Visit.select(Visit.technician, ServiceCall.kind, Visit.arrived_at, Visit.finished_at)
              .join(ServiceCall).where(_finished_visits(day)))  # fmt: skip
    for technician_id, kind, arrived, finished in tuples(visits):
        out[technician_id].append((kind, _visit_minutes(arrived, finished)))
    entries = TimeEntry.select(TimeEntry.technician, TimeEntry.kind, TimeEntry.minutes).where(_stopped_entries(day))
    for technician_id, kind, minutes in tuples(entries):
        out[technician_id].append((kind, minutes))
    return out


def supervisor_day(day: dt.date) -> SupervisorDay:
    """The supervisor's daily report: all technicians of the day by kind of work (the same sums as each
    technician's report, read in a fixed number of statements whatever the day holds)."""
    jobs = _kinds_and_minutes(day)
    lines = []
    for staff in _people(jobs):
        done = jobs.get(staff.id, [])
        minutes = dict.fromkeys(KINDS, 0)
        for kind, spent in done:
            minutes[kind] = minutes.get(kind, 0) + spent
        lines.append(SupervisorLine(staff.name, len(done), minutes))
    return SupervisorDay(day, lines)
