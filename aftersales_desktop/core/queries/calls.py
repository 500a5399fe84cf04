"""Reading the call register: the paged list with its filters, carry-over priority, and customer search.

Carry-over (第十三条) is derived here, not stored: a call still not dispatched when the previous working
day ended is priority. Deriving it keeps it right without a morning job that someone must remember to
run, and it stops being priority the moment the call is dispatched. (`ServiceCall.priority` stays unused.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Customer, Product, ServiceCall, Staff
from aftersales_desktop.core.numbering import PREFIXES
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.find_customers import find_customers, match_branches
from aftersales_desktop.core.queries.paging import PagedQuery, shown_only
from aftersales_desktop.core.workcalendar import WorkCalendar

OPEN_STATUSES = ("registered", "dispatched", "visited", "in_shop", "done")
WAITING = ("registered", "dispatched")  # nobody on site yet: the arrival deadline still runs
Technician = Staff.alias("technician")


@dataclass(frozen=True)
class CallFilter:
    """What the call list shows; every field narrows it (None/False = no limit)."""

    status: str | None = None  # a CALL_STATUS code, or "open" for everything not closed/voided
    kind: str | None = None
    technician_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue: bool = False
    not_dispatched: bool = False
    due_today: bool = False
    late: bool = False  # arrived after the deadline (stored at the visit: cheap to filter)
    text: str = ""  # call no., customer name (any part), pinyin initials, phone (any 4 digits), model or serial
    # a bar of the Today charts: ("received" | "closed" | "late", from, until) — the calls of that day
    day: tuple[str, dt.datetime, dt.datetime] | None = None


@dataclass(frozen=True)
class CallRow:
    id: int
    number: str
    received_at: dt.datetime
    customer: str
    phone: str
    product: str
    kind: str
    area: str | None
    technician: str
    deadline_at: dt.datetime | None
    status: str
    priority: bool  # carried over from an earlier working day, not yet dispatched
    overdue: bool  # nobody arrived and the deadline has passed
    hours_left: float | None  # working hours to the deadline (negative when overdue); None when not running
    repeat: bool  # a possible repeat fault (返修)
    arrival_late: bool | None = None  # the first arrival was after the deadline (None: not arrived, no deadline)


def carry_over_cutoff(now: dt.datetime, calendar: WorkCalendar) -> dt.datetime:
    """Calls received before this moment and still not dispatched are carried over: the end of the last working day."""
    day = calendar.previous_working_day(now.date())
    return calendar.end_of_working_day(day) or dt.datetime.combine(day, dt.time(23, 59))


def list_calls(flt: CallFilter | None = None, now: dt.datetime | None = None) -> PagedQuery[CallRow]:
    """The call register as a paged query: priority (carry-over) first, then the newest calls."""
    flt = flt or CallFilter()
    now = now or clock.now()
    calendar = WorkCalendar.load()
    cutoff = carry_over_cutoff(now, calendar)
    is_priority = (ServiceCall.status == "registered") & (ServiceCall.received_at < cutoff)
    # the ids and keys of a page: the call alone, filtered (the text filter comes as branches, below)
    query = ServiceCall.select(ServiceCall.id).order_by(ServiceCall.received_at.desc(), ServiceCall.id.desc())
    conditions = _conditions(flt, now)
    if conditions:
        query = query.where(*conditions)
    # the shown rows: just their columns as plain tuples, the names joined in (no model object per row)
    shown = (
        ServiceCall.select(ServiceCall.id, ServiceCall.number, ServiceCall.received_at, Customer.name, Customer.phone,
                           Product.name, Product.model, ServiceCall.kind, ServiceCall.area, Technician.name,
                           ServiceCall.deadline_at, ServiceCall.status, ServiceCall.repeat_of,
                           ServiceCall.arrival_late)  # fmt: skip
        .join_from(ServiceCall, Customer, peewee.JOIN.LEFT_OUTER)
        .join_from(ServiceCall, Product, peewee.JOIN.LEFT_OUTER)
        .join_from(ServiceCall, Technician, peewee.JOIN.LEFT_OUTER, on=(ServiceCall.technician == Technician.id))
    )

    def to_row(t: tuple[Any, ...]) -> CallRow:
        (id_, number, received_at, customer, phone, product, model, kind, area, technician, deadline_at, status,
         repeat_of, arrival_late) = t  # converted by peewee, as the fields read them
        deadline = deadline_at if status in WAITING else None  # the arrival deadline runs until someone is there
        return CallRow(
            id=id_,
            number=number,
            received_at=received_at,
            customer=customer or "",
            phone=phone or "",
            product=" ".join(x for x in (product, model) if x),
            kind=kind,
            area=area,
            technician=technician or "",
            deadline_at=deadline_at,
            status=status,
            priority=status == "registered" and received_at < cutoff,  # as `priority` orders it in SQL
            overdue=deadline is not None and deadline < now,
            hours_left=calendar.working_hours_between(now, deadline) if deadline is not None else None,
            repeat=repeat_of is not None,
            arrival_late=None if arrival_late is None else bool(arrival_late),
        )

    # carry-over first: the few calls still waiting from before, then the register newest first, both read in
    # the received_at index's order (no sort of the whole register by a computed priority)
    branches = match_branches(flt.text, customer=ServiceCall.customer, numbers=(ServiceCall.number,),
                              product=ServiceCall.product, number_scan=_number_years)  # fmt: skip
    return PagedQuery(query, shown_only, segments=[is_priority, ~is_priority], branches=branches,
                      shown=(shown, to_row))  # fmt: skip



def _number_years(field: peewee.Field, upper: str) -> peewee.Expression | None:
    """A call number carries the year the call came in (JX2024-…: numbering.next_number on received_at, never
    changed after): a typed start such as JX202 bounds received_at to 2020–2029, so reading the register's
    order for it starts at those years instead of walking the newer ones."""
    prefix = PREFIXES["call"]
    digits = upper[len(prefix):len(prefix) + 4]
    if not upper.startswith(prefix) or not digits.isdigit():
        return None
    first, last = int(digits.ljust(4, "0")), int(digits.ljust(4, "9"))
    return (ServiceCall.received_at >= dt.datetime(max(first, 1), 1, 1)) & (
        ServiceCall.received_at < dt.datetime(last + 1, 1, 1) if last < 9999 else ServiceCall.received_at.is_null(False))


def _conditions(flt: CallFilter, now: dt.datetime) -> list[peewee.Expression]:
    """The filter as conditions ANDed by the query (each one served by an index of ServiceCall.Meta)."""
    cond: list[peewee.Expression] = []
    if flt.status == "open":
        cond.append(ServiceCall.status.in_(OPEN_STATUSES))
    elif flt.status:
        cond.append(ServiceCall.status == flt.status)
    if flt.kind:
        cond.append(ServiceCall.kind == flt.kind)
    if flt.technician_id:
        cond.append(ServiceCall.technician == flt.technician_id)
    if flt.date_from:
        cond.append(ServiceCall.received_at >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to:
        cond.append(ServiceCall.received_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min))
    if flt.overdue:
        cond.append(ServiceCall.status.in_(WAITING) & (ServiceCall.deadline_at < now))
    if flt.due_today:
        end = dt.datetime.combine(now.date(), dt.time(23, 59, 59))
        cond.append(ServiceCall.status.in_(WAITING) & ServiceCall.deadline_at.between(now, end))
    if flt.late:  # as the standards count them: voided calls are not measured
        cond.append((ServiceCall.arrival_late == True) & (ServiceCall.status != "void"))  # noqa: E712 - SQL
    if flt.not_dispatched:
        cond.append(ServiceCall.status == "registered")
    if flt.day is not None:
        cond.append(_day_condition(*flt.day))
    return cond


def _day_condition(what: str, start: dt.datetime, end: dt.datetime) -> peewee.Expression:
    """The calls of one Today chart bar, by the same rule core/queries/today_charts.py counts them: received or
    closed that day, or received that day and reached late."""
    field = ServiceCall.closed_at if what == "closed" else ServiceCall.received_at
    cond = (field >= start) & (field < end) & (ServiceCall.status != "void")
    return cond & (ServiceCall.arrival_late == True) if what == "late" else cond  # noqa: E712 - SQL


# ---- customer search as you type (the Register call dialog)


@dataclass(frozen=True)
class ProductChoice:
    id: int
    name: str
    model: str
    serial: str
    warranty_end: dt.date | None

    @property
    def label(self) -> str:
        return " ".join(x for x in (self.name, self.model, f"#{self.serial}" if self.serial else "") if x)


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    name: str
    phone: str
    address: str
    area: str | None
    products: tuple[ProductChoice, ...]

    @property
    def label(self) -> str:
        return f"{self.name}  {format_phone(self.phone)}  {self.address}".strip()


def search_customers(text: str, limit: int = 12) -> list[CustomerMatch]:
    """Customers whose phone, name or pinyin initials ('wxm' → 王小明) match, each with their products."""
    customers = find_customers(text, limit)
    products: dict[int, list[ProductChoice]] = {c.id: [] for c in customers}
    if customers:
        for p in Product.select().where(Product.customer.in_(list(products))).order_by(Product.id):
            products[p.customer_id].append(ProductChoice(p.id, p.name, p.model, p.serial, p.warranty_end))
    return [CustomerMatch(c.id, c.name, c.phone, c.address, c.area, tuple(products[c.id])) for c in customers]
