"""One call in full: what the detail panel and the service voucher show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core import clock, settings
from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Dispatch, Invoice, RepairCard, ServiceCall, Visit, Voucher
from aftersales_desktop.core.queries.bills import Bill, bill_for
from aftersales_desktop.core.queries.calls import WAITING
from aftersales_desktop.core.workcalendar import WorkCalendar


@dataclass(frozen=True)
class DispatchLine:
    at: dt.datetime
    technician: str
    by: str
    deadline_at: dt.datetime | None
    note: str


@dataclass(frozen=True)
class VisitLine:
    technician: str
    arrived_at: dt.datetime
    finished_at: dt.datetime | None
    work_done: str
    result: str
    fee_fen: int  # what this visit put on the bill (labour, travel)
    collected_fen: int


@dataclass(frozen=True)
class InvoiceLine:
    id: int
    amount_fen: int
    collected_fen: int
    status: str
    due_on: dt.date
    note: str


@dataclass(frozen=True)
class CallDetail:
    id: int
    number: str
    received_at: dt.datetime
    channel: str
    status: str
    kind: str
    kind_proposed: str | None
    kind_reason: str
    contract_no: str
    area: str | None
    problem: str
    customer_id: int | None
    customer: str
    phone: str
    address: str
    product_id: int | None
    product: str
    model: str
    serial: str
    warranty_end: dt.date | None
    technician: str
    deadline_at: dt.datetime | None
    hours_left: float | None
    overdue: bool
    first_answer_at: dt.datetime | None
    answer_late: bool  # answered late, or still unanswered past the answer hours
    repeat_of: str  # number of the earlier call, when this may be a repeat fault (返修)
    signed: bool
    signed_on: dt.date | None
    closed_at: dt.datetime | None
    closed_by: str
    void_reason: str
    created_by: str
    voucher_no: str
    voucher_prints: int
    voucher_filed_at: dt.datetime | None
    dispatches: tuple[DispatchLine, ...]
    visits: tuple[VisitLine, ...]
    invoices: tuple[InvoiceLine, ...]
    bill: Bill  # the call's own bill (on-site work); a repair card has its own
    first_answer_by: str = ""
    arrived_at: dt.datetime | None = None  # the first arrival on site
    arrived_by: str = ""
    arrival_late: bool | None = None  # after the deadline (None: nobody has arrived, or no deadline)
    promises: tuple[tuple[str, dt.date, bool | None], ...] = ()  # (card no., promised on, kept: None while in shop)


def find_call_id(number: str) -> int:
    """The id of the call with this number (e.g. JX2026-00042); NotFound with a sentence otherwise."""
    call = ServiceCall.get_or_none(ServiceCall.number == (number or "").strip().upper())
    if call is None:
        raise NotFound(T("没有编号为 {n} 的叫修单。", "There is no call numbered {n}.", n=number))
    return call.id


def call_detail(call_id: int, now: dt.datetime | None = None) -> CallDetail:
    """Everything about one call, in plain values."""
    call = ServiceCall.get_or_none(ServiceCall.id == call_id)
    if call is None:
        raise NotFound(T("找不到该叫修单。", "No such call."))
    now = now or clock.now()
    customer, product = call.customer, call.product
    deadline = call.deadline_at if call.status in WAITING else None  # the arrival deadline runs until someone is there
    answer_limit = call.received_at + dt.timedelta(hours=settings.get("answer_hours"))
    voucher = Voucher.get_or_none(Voucher.call == call.id)
    return CallDetail(
        id=call.id, number=call.number, received_at=call.received_at, channel=call.channel, status=call.status,
        kind=call.kind, kind_proposed=call.kind_proposed, kind_reason=call.kind_reason,
        contract_no=call.contract.number if call.contract else "", area=call.area, problem=call.problem,
        customer_id=call.customer_id, customer=customer.name if customer else "",
        phone=customer.phone if customer else "", address=customer.address if customer else "",
        product_id=call.product_id, product=product.name if product else "", model=product.model if product else "",
        serial=product.serial if product else "", warranty_end=product.warranty_end if product else None,
        technician=call.technician.name if call.technician else "", deadline_at=call.deadline_at,
        hours_left=WorkCalendar.load().working_hours_between(now, deadline) if deadline is not None else None,
        overdue=deadline is not None and deadline < now,
        first_answer_at=call.first_answer_at,
        answer_late=bool(call.answer_late) if call.answer_late is not None
        else now > answer_limit and call.status != "void",
        repeat_of=call.repeat_of.number if call.repeat_of else "",
        signed=call.signed, signed_on=call.signed_on, closed_at=call.closed_at,
        closed_by=call.closed_by.name if call.closed_by else "", void_reason=call.void_reason,
        created_by=call.created_by.name,
        voucher_no=voucher.number if voucher else "", voucher_prints=voucher.print_count if voucher else 0,
        voucher_filed_at=voucher.filed_at if voucher else None,
        dispatches=tuple(
            DispatchLine(d.dispatched_at, d.technician.name, d.dispatched_by.name, d.deadline_at, d.note)
            for d in Dispatch.select().where(Dispatch.call == call.id).order_by(Dispatch.id)
        ),
        visits=tuple(
            VisitLine(v.technician.name, v.arrived_at, v.finished_at, v.work_done, v.result,
                      sum(line.amount_fen for line in v.bill_lines), v.collected_fen)
            for v in Visit.select().where(Visit.call == call.id).order_by(Visit.id)
        ),  # fmt: skip
        invoices=tuple(
            InvoiceLine(i.id, i.amount_fen, i.collected_fen, i.status, i.due_on, i.note)
            for i in Invoice.select().where(Invoice.call == call.id).order_by(Invoice.id)
        ),
        bill=bill_for(call, None),
        first_answer_by=call.first_answer_by.name if call.first_answer_by else "",
        arrived_at=call.arrived_at, arrived_by=call.arrived_by.name if call.arrived_by else "",
        arrival_late=None if call.arrival_late is None else bool(call.arrival_late),
        promises=tuple((c.number, c.promised_on, None if c.promise_kept is None else bool(c.promise_kept))
                       for c in RepairCard.select().where(RepairCard.call == call.id).order_by(RepairCard.id)),
    )
