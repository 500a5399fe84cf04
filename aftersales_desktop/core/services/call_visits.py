"""On site and after (第四条 – 第六条): the visit and its bill, the customer's signature, closing, reopening and voiding.

A visit `taken_back` sets the call `in_shop` and stops there: the repairs area takes the item from there.
A visit `fixed` leaves the call `done`, waiting for the signed voucher to come back and the clerk to close it.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.errors import Conflict, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import GoodsReceipt, Invoice, ServiceCall, Staff, Visit, Voucher
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.authority import Approval, discount_in
from aftersales_desktop.core.services.bills import chargeable, labour_at_rate, settle, write_line
from aftersales_desktop.core.services.calls import ensure_open, get_call, note_first_answer
from aftersales_desktop.core.validation import check_money, clean_text, not_in_future
from aftersales_desktop.core.vocab import VISIT_RESULT

AFTER_VISIT = {"fixed": "done", "taken_back": "in_shop", "not_fixed": "visited"}
VISIT_FIELDS = ("arrived_at", "finished_at", "result", "collected_on_site", "collected_fen")


def record_visit(
    actor: Staff,
    call_id: int,
    *,
    arrived_at: dt.datetime,
    finished_at: dt.datetime | None,
    work_done: str,
    result: str,
    labour_fen: int = 0,
    travel_fen: int = 0,
    labour_from_time: bool = False,
    discount_percent: int = 0,
    discount_reason: str = "",
    approval: Approval | None = None,
    collected_on_site: bool = False,
) -> Visit:
    """The technician's visit: times, work done, result; for paid service labour (typed, or the time on site at
    the labour rate) and travel go onto the call's bill with the parts issued to it, a discount if given, and the
    bill is settled onto the invoice list (collected on site or to be invoiced)."""
    if result not in VISIT_RESULT:
        raise ValidationError(T("请选择处理结果。", "Choose the result of the visit."), "result")
    if not isinstance(arrived_at, dt.datetime):
        raise ValidationError(T("请填写到达时间。", "Enter the arrival time."), "arrived_at")
    not_in_future(arrived_at, "arrived_at")
    if finished_at is not None:
        not_in_future(finished_at, "finished_at")
        if finished_at < arrived_at:
            raise ValidationError(T("完工时间不能早于到达时间。", "The finish cannot be before the arrival."), "finished_at")
    work_done = clean_text(work_done, "work_done", 500, "处理情况|what was done", required=True)
    check_money(labour_fen, "labour")
    check_money(travel_fen, "travel")
    if labour_from_time and finished_at is None:
        raise ValidationError(T("按上门时间计工时费需填写完工时间。", "Labour from the time on site needs the finish time."),
                              "finished_at")
    with unit_of_work(actor, Action.VISIT_RECORD) as uow:
        call = get_call(call_id)
        ensure_open(call)
        if call.status not in ("dispatched", "visited") or call.technician_id is None:
            raise Conflict(T("叫修单 {n} 尚未派工,不能登记上门。", "Call {n} is not dispatched; no visit can be recorded.", n=call.number))
        if arrived_at < call.received_at:
            raise ValidationError(T("到达时间不能早于叫修时间。", "The arrival cannot be before the call."), "arrived_at")
        if (labour_fen or travel_fen or labour_from_time or discount_percent) and not chargeable(call):
            raise ValidationError(
                T("只有有费服务才收费;合同、免费和一般工作不收费。", "Only paid service is charged; contract, free and general work are not."),
                "labour",
            )
        visit = Visit.create(
            call=call, technician=call.technician_id, arrived_at=arrived_at, finished_at=finished_at,
            work_done=work_done, result=result, recorded_by=uow.actor, recorded_at=uow.now,
        )
        if labour_from_time:
            minutes = max(1, round((finished_at - arrived_at).total_seconds() / 60))  # type: ignore[operator]
            write_line(uow, call, None, "labour", "", unit_fen=labour_at_rate(minutes), minutes=minutes, visit=visit)
        if labour_fen:
            write_line(uow, call, None, "labour", "", unit_fen=labour_fen, visit=visit)
        if travel_fen:
            write_line(uow, call, None, "travel", "", unit_fen=travel_fen, visit=visit)
        if discount_percent:
            discount_in(uow, call, None, discount_percent, discount_reason, approval)
        invoice = settle(uow, call, None, due_on=arrived_at.date(), collected=collected_on_site,
                         note=str(T("上门服务费", "On-site service fee")))
        visit.collected_on_site = bool(invoice and invoice.collected_fen)
        visit.collected_fen = invoice.collected_fen if invoice else 0
        visit.save()
        note_arrival(uow, call, arrived_at)
        before = snapshot(call, "status")
        call.status = AFTER_VISIT[result]
        call.save()
        uow.audit("visit", visit.id, before=before, after={**snapshot(visit, *VISIT_FIELDS), "call_status": call.status})
    return visit


def note_arrival(uow: UnitOfWork, call: ServiceCall, arrived_at: dt.datetime) -> None:
    """The first arrival on site, kept on the call against its deadline (later visits do not change it)."""
    if call.arrived_at is not None:
        return
    call.arrived_at, call.arrived_by_id = arrived_at, call.technician_id
    call.arrival_late = arrived_at > call.deadline_at if call.deadline_at is not None else None
    call.save()
    uow.audit("service_call", call.id, after=snapshot(call, "arrived_at", "arrived_by", "arrival_late"),
              note="first arrival")
    note_first_answer(uow, call, arrived_at)


def record_signature(actor: Staff, call_id: int, signed_on: dt.date) -> ServiceCall:
    """The customer signed the voucher on `signed_on` (the technician brought it back)."""
    if not isinstance(signed_on, dt.date):
        raise ValidationError(T("请填写签字日期。", "Enter the date of the signature."), "signed_on")
    with unit_of_work(actor, Action.VISIT_RECORD) as uow:
        call = get_call(call_id)
        ensure_open(call)
        if signed_on > uow.now.date() or signed_on < call.received_at.date():
            raise ValidationError(
                T("签字日期应在叫修日与今天之间。", "The signature date must be between the call and today."), "signed_on"
            )
        before = snapshot(call, "signed", "signed_on")
        call.signed, call.signed_on = True, signed_on
        call.save()
        uow.audit("service_call", call.id, before=before, after=snapshot(call, "signed", "signed_on"))
    return call


_FILE_VOUCHERS = Kept(lambda now, call_id: Voucher.update(filed_at=now).where(Voucher.call == call_id))


def close_call(actor: Staff, call_id: int) -> ServiceCall:
    """Close the register entry and file the voucher (第四条): work done and, for a customer, voucher signed."""
    with unit_of_work(actor, Action.CALL_CLOSE) as uow:
        call = get_call(call_id)
        ensure_open(call)
        if call.status != "done":
            raise Conflict(T("叫修单 {n} 尚未完工,不能结案。", "Call {n} is not finished yet; it cannot be closed.", n=call.number))
        if call.customer_id is not None and not call.signed:
            raise Conflict(T("请先登记客户在服务凭证上的签字。", "Record the customer's signature on the voucher first."))
        before = snapshot(call, "status", "closed_at")
        call.status, call.closed_at, call.closed_by = "closed", uow.now, uow.actor
        call.save()
        _FILE_VOUCHERS.execute(uow.now, call.id)
        uow.audit("service_call", call.id, before=before, after={**snapshot(call, "status", "closed_at"), "voucher_filed": True})
    return call


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(T("请填写原因。", "Give a reason."), "reason")
    return reason


def reopen_call(actor: Staff, call_id: int, reason: str) -> ServiceCall:
    """Reopen a closed call (supervisor): it goes back to 'visited' so it can be dispatched again."""
    reason = _reason(reason)
    with unit_of_work(actor, Action.CALL_REOPEN) as uow:
        call = get_call(call_id)
        if call.status != "closed":
            raise Conflict(T("只有已结案的叫修单可以重开。", "Only a closed call can be reopened."))
        before = snapshot(call, "status", "closed_at")
        call.status, call.closed_at, call.closed_by = "visited", None, None
        call.save()
        Voucher.update(filed_at=None).where(Voucher.call == call.id).execute()
        uow.audit("service_call", call.id, before=before, after=snapshot(call, "status", "closed_at"), note=reason)
    return call


# voiding a call asks both (kept text: core/models/kept.py)
_ITEM_HELD = Kept(lambda call_id: GoodsReceipt.select().where((GoodsReceipt.call == call_id) & (GoodsReceipt.status == "held")))
_INVOICE_LINES = Kept(lambda call_id: Invoice.select().where((Invoice.call == call_id) & (Invoice.status != "void")))


def void_call(actor: Staff, call_id: int, reason: str) -> ServiceCall:
    """Void a call entered by mistake (supervisor); its voucher and unbilled invoice lines are voided with it."""
    reason = _reason(reason)
    with unit_of_work(actor, Action.CALL_VOID) as uow:
        call = get_call(call_id)
        if call.status == "void":
            raise Conflict(T("该叫修单已作废。", "This call is already voided."))
        if _ITEM_HELD.exists(call.id):
            raise Conflict(T("该叫修的物品还在店里,请先交还。", "The item of this call is still in the shop; return it first."))
        lines = _INVOICE_LINES.rows(call.id)
        if any(line.status != "due" or line.collected_fen for line in lines):
            raise Conflict(
                T("该叫修已开票或已收款,请会计先处理发票。", "This call has been invoiced or paid; the accountant must settle it first.")
            )
        before = snapshot(call, "status", "void_reason")
        call.status, call.void_reason = "void", reason
        call.save()
        Voucher.update(void_reason=reason).where(Voucher.call == call.id).execute()
        for line in lines:
            line.status, line.note = "void", f"{line.note} [作废/void: {reason}]".strip()
            line.save()
            uow.audit("invoice", line.id, before={"status": "due"}, after={"status": "void"}, note=reason)
        uow.audit("service_call", call.id, before=before, after=snapshot(call, "status", "void_reason"), note=reason)
    return call
