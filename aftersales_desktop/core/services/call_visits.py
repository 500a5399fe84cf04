"""On site and after (第四条 – 第六条): the visit, the customer's signature, closing, reopening and voiding.

A visit `taken_back` sets the call `in_shop` and stops there: the repairs area takes the item from there.
A visit `fixed` leaves the call `done`, waiting for the signed voucher to come back and the clerk to close it.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.errors import Conflict, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import GoodsReceipt, Invoice, ServiceCall, Staff, Visit, Voucher
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.services.calls import ensure_open, get_call
from aftersales_desktop.core.services.invoices import write_invoice_line
from aftersales_desktop.core.validation import not_in_future
from aftersales_desktop.core.vocab import VISIT_RESULT

AFTER_VISIT = {"fixed": "done", "taken_back": "in_shop", "not_fixed": "visited"}
VISIT_FIELDS = ("arrived_at", "finished_at", "result", "labour_fen", "travel_fen", "parts_fen", "collected_fen")


def _fen(value: int, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError(T("金额不能为负数。", "An amount cannot be negative."), field)
    return value


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
    parts_fen: int = 0,
    collected_on_site: bool = False,
) -> Visit:
    """The technician's visit: times, work done, result and, for paid service, the fee (put on the invoice list)."""
    if result not in VISIT_RESULT:
        raise ValidationError(T("请选择处理结果。", "Choose the result of the visit."), "result")
    if not isinstance(arrived_at, dt.datetime):
        raise ValidationError(T("请填写到达时间。", "Enter the arrival time."), "arrived_at")
    not_in_future(arrived_at, "arrived_at")
    if finished_at is not None:
        not_in_future(finished_at, "finished_at")
        if finished_at < arrived_at:
            raise ValidationError(T("完工时间不能早于到达时间。", "The finish cannot be before the arrival."), "finished_at")
    work_done = (work_done or "").strip()
    if not work_done:
        raise ValidationError(T("请填写处理情况。", "Enter what was done."), "work_done")
    fee = _fen(labour_fen, "labour") + _fen(travel_fen, "travel") + _fen(parts_fen, "parts")
    with unit_of_work(actor, Action.VISIT_RECORD) as uow:
        call = get_call(call_id)
        ensure_open(call)
        if call.status not in ("dispatched", "visited") or call.technician_id is None:
            raise Conflict(T("叫修单 {n} 尚未派工,不能登记上门。", "Call {n} is not dispatched; no visit can be recorded.", n=call.number))
        if arrived_at < call.received_at:
            raise ValidationError(T("到达时间不能早于叫修时间。", "The arrival cannot be before the call."), "arrived_at")
        if fee and call.kind != "paid":
            raise ValidationError(
                T("只有有费服务才收费;合同、免费和一般工作不收费。", "Only paid service is charged; contract, free and general work are not."),
                "labour",
            )
        collected = fee if (collected_on_site and fee) else 0
        visit = Visit.create(
            call=call, technician=call.technician_id, arrived_at=arrived_at, finished_at=finished_at,
            work_done=work_done, result=result, labour_fen=labour_fen, travel_fen=travel_fen, parts_fen=parts_fen,
            collected_on_site=bool(collected), collected_fen=collected, recorded_by=uow.actor, recorded_at=uow.now,
        )
        before = snapshot(call, "status")
        call.status = AFTER_VISIT[result]
        call.save()
        uow.audit("visit", visit.id, before=before, after={**snapshot(visit, *VISIT_FIELDS), "call_status": call.status})
        if fee:
            write_invoice_line(uow, fee, call_id=call.id, collected_fen=collected, due_on=arrived_at.date(),
                               note=str(T("上门服务费", "On-site service fee")))  # fmt: skip
    return visit


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
        Voucher.update(filed_at=uow.now).where(Voucher.call == call.id).execute()
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


def void_call(actor: Staff, call_id: int, reason: str) -> ServiceCall:
    """Void a call entered by mistake (supervisor); its voucher and unbilled invoice lines are voided with it."""
    reason = _reason(reason)
    with unit_of_work(actor, Action.CALL_VOID) as uow:
        call = get_call(call_id)
        if call.status == "void":
            raise Conflict(T("该叫修单已作废。", "This call is already voided."))
        if GoodsReceipt.select().where((GoodsReceipt.call == call.id) & (GoodsReceipt.status == "held")).exists():
            raise Conflict(T("该叫修的物品还在店里,请先交还。", "The item of this call is still in the shop; return it first."))
        lines = Invoice.select().where((Invoice.call == call.id) & (Invoice.status != "void"))
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
