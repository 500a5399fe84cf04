"""The accountant's invoice list (第五条, 第八条): money due from calls and repairs.

A line is `due` until the accountant issues the invoice (`invoiced`); `collected_fen` records money taken,
on site or later; a line whose invoice is issued and whose money is in is `collected`. A wrong line is
voided with a reason, never deleted — the accountant may have seen it.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.bounds import check_fen
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Invoice, RepairCard, ServiceCall, Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work

INVOICE_FIELDS = ("call", "repair_card", "customer", "amount_fen", "collected_fen", "due_on", "status", "note")


def add_invoice_line(
    actor: Staff | None,
    amount_fen: int,
    *,
    call_id: int | None = None,
    repair_card_id: int | None = None,
    collected_fen: int = 0,
    due_on: dt.date | None = None,
    note: str = "",
) -> Invoice:
    """Put money due from a call or a repair card on the invoice list (e.g. a paid repair on the day it returns).

    `collected_fen` is what was already taken (e.g. cash on site); the line stays `due` until invoiced.
    Safe to call inside another use case's unit_of_work (it then becomes a savepoint of that transaction).
    """
    _check_line(amount_fen, call_id, repair_card_id, collected_fen)
    with unit_of_work(actor, Action.INVOICE_MANAGE) as uow:
        return write_invoice_line(
            uow, amount_fen, call_id=call_id, repair_card_id=repair_card_id,
            collected_fen=collected_fen, due_on=due_on, note=note,
        )


def _check_line(amount_fen: int, call_id: int | None, repair_card_id: int | None, collected_fen: int) -> None:
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen <= 0:
        raise ValidationError(T("开票金额必须大于 0。", "The amount to invoice must be more than 0."), "amount")
    check_fen(amount_fen, "amount_fen")
    if (call_id is None) == (repair_card_id is None):
        raise ValidationError(
            T("开票行应对应一张叫修单或一张修护卡。", "An invoice line belongs to one call or one repair card."), "call"
        )
    if not 0 <= collected_fen <= amount_fen:
        raise ValidationError(
            T("已收金额应在 0 与应收金额之间。", "The amount collected must be between 0 and the amount due."), "collected"
        )


def write_invoice_line(
    uow: UnitOfWork,
    amount_fen: int,
    *,
    call_id: int | None = None,
    repair_card_id: int | None = None,
    collected_fen: int = 0,
    due_on: dt.date | None = None,
    note: str = "",
) -> Invoice:
    """Write an invoice line inside an already open use case (whose action covers it) and audit it."""
    _check_line(amount_fen, call_id, repair_card_id, collected_fen)
    customer_id = None
    if call_id is not None:
        call = ServiceCall.get_or_none(ServiceCall.id == call_id)
        if call is None:
            raise NotFound(T("找不到该叫修单。", "No such call."))
        if call.status == "void":
            raise Conflict(T("叫修单 {n} 已作废,不能开票。", "Call {n} is voided; it cannot be invoiced.", n=call.number))
        customer_id = call.customer_id
    else:
        card = RepairCard.get_or_none(RepairCard.id == repair_card_id)
        if card is None:
            raise NotFound(T("找不到该修护卡。", "No such repair card."))
        customer_id = card.call.customer_id
    line = Invoice.create(
        call=call_id, repair_card=repair_card_id, customer=customer_id, amount_fen=amount_fen,
        collected_fen=collected_fen, due_on=due_on or uow.now.date(), status="due", note=note.strip(),
        created_at=uow.now,
    )
    uow.audit("invoice", line.id, after=snapshot(line, *INVOICE_FIELDS), action=Action.INVOICE_MANAGE.value)
    return line


def _line(invoice_id: int) -> Invoice:
    line = Invoice.get_or_none(Invoice.id == invoice_id)
    if line is None:
        raise NotFound(T("找不到该开票行。", "No such invoice line."))
    if line.status == "void":
        raise Conflict(T("该开票行已作废。", "This invoice line is voided."))
    return line


def mark_invoiced(actor: Staff, invoice_id: int) -> Invoice:
    """The accountant has issued the invoice for this line."""
    with unit_of_work(actor, Action.INVOICE_MANAGE) as uow:
        line = _line(invoice_id)
        if line.invoiced_at is not None:
            raise Conflict(T("该行已开票。", "This line is already invoiced."))
        before = snapshot(line, "status", "collected_fen")
        line.invoiced_at = uow.now
        line.status = "collected" if line.collected_fen >= line.amount_fen else "invoiced"
        line.save()
        uow.audit("invoice", line.id, before=before, after=snapshot(line, "status", "collected_fen"))
    return line


def mark_collected(actor: Staff, invoice_id: int, collected_fen: int | None = None) -> Invoice:
    """Record money received for this line (the whole amount unless told otherwise)."""
    with unit_of_work(actor, Action.INVOICE_MANAGE) as uow:
        line = _line(invoice_id)
        amount = line.amount_fen if collected_fen is None else collected_fen
        if not 0 < amount <= line.amount_fen:
            raise ValidationError(
                T("收款金额应大于 0 且不超过应收金额。", "The amount received must be more than 0 and at most the amount due."),
                "collected",
            )
        before = snapshot(line, "status", "collected_fen")
        line.collected_fen = amount
        if line.invoiced_at is not None and amount >= line.amount_fen:
            line.status = "collected"
        line.save()
        uow.audit("invoice", line.id, before=before, after=snapshot(line, "status", "collected_fen"))
    return line


def void_invoice_line(actor: Staff, invoice_id: int, reason: str) -> Invoice:
    """Void a wrong line, keeping it and the reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(T("作废需要填写原因。", "Give a reason for voiding."), "reason")
    with unit_of_work(actor, Action.INVOICE_MANAGE) as uow:
        line = _line(invoice_id)
        before = snapshot(line, "status", "note")
        line.status = "void"
        line.note = f"{line.note} [作废/void: {reason}]".strip()
        line.save()
        uow.audit("invoice", line.id, before=before, after=snapshot(line, "status", "note"), note=reason)
        from aftersales_desktop.core.services.bills import reopen_lines  # late: bills builds on this module

        reopened = reopen_lines(uow, line)
        if reopened:
            uow.audit("invoice", line.id, after={"bill_lines_reopened": reopened}, note="bill lines open again")
    return line
