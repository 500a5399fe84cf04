"""The end of a repair: the supervisor's inspection (主管验讫) and the item going back to the customer.

On return the register line goes out (date, who collected), the customer's receipt is taken back and voided
(never reused), the customer signs, and the card's bill is settled: paid work goes onto the invoice list dated
that day (第七条, 第八条). A paid bill above the accepted quote needs the customer's renewed acceptance first, and
an accident repair below the minimum margin a supervisor's approval.
"""

from __future__ import annotations

from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import (
    GoodsRegisterEntry,
    Inspection,
    RepairCard,
    Staff,
    TimeEntry,
)
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.bills import lines_of, settle
from aftersales_desktop.core.services.repairs import (
    BEFORE_REPAIRED,
    CARD_FIELDS,
    get_card,
    require_state,
)
from aftersales_desktop.core.validation import require_text

_TECHNICIANS_ON_CARD = Kept(lambda card_id: TimeEntry.select(TimeEntry.technician).where(TimeEntry.repair_card == card_id))


def worked_on_card(card: RepairCard) -> set[int]:
    """Ids of everyone who repaired this card: its technician and whoever logged time on it."""
    ids = {e.technician_id for e in _TECHNICIANS_ON_CARD.rows(card.id)}
    if card.technician_id:
        ids.add(card.technician_id)
    return ids


def inspect(actor: Staff, card_id: int, *, passed: bool, note: str = "") -> Inspection:
    """The supervisor inspects a repaired item; a failure sends it back to repair with the note."""
    note = (note or "").strip()
    if not passed and not note:
        raise ValidationError(T("验收不合格时请写明原因。", "Say what is wrong when the inspection fails."), "note")
    with unit_of_work(actor, Action.REPAIR_INSPECT) as uow:
        card = get_card(card_id)
        require_state(card, ("repaired",), "验收|be inspected")
        if uow.person.id in worked_on_card(card):
            raise PermissionDenied(
                T("不能验收自己修理的修护卡 {n},请由另一位主管验收。",
                  "You cannot inspect your own repair ({n}); another supervisor must.", n=card.number)
            )
        row = Inspection.create(repair_card=card, inspector=uow.actor, at=uow.now, passed=bool(passed), note=note)
        before = snapshot(card, "status", "inspected_by", "inspected_at")
        if passed:
            card.status, card.inspected_by, card.inspected_at = "inspected", uow.actor, uow.now
        else:
            card.status, card.repaired_at = "in_repair", None
        card.save()
        uow.audit("inspection", row.id, after=snapshot(row, "repair_card", "passed", "note"))
        uow.audit("repair_card", card.id, before=before, after=snapshot(card, "status", "inspected_by", "inspected_at"))
    return row


def _goods_out(uow: UnitOfWork, card: RepairCard, collected_by: str, receipt_status: str, reason: str) -> None:
    """Write the register line out and take the receipt back (voided, its number never reused)."""
    entry = GoodsRegisterEntry.get(GoodsRegisterEntry.receipt == card.receipt_id)
    entry.out_at, entry.out_to, entry.out_by = uow.now, collected_by, uow.actor
    entry.save()
    receipt = card.receipt
    before = snapshot(receipt, "status", "void_reason")
    receipt.status, receipt.voided_at, receipt.void_reason = receipt_status, uow.now, reason
    receipt.save()
    uow.audit("goods_register", entry.id, after={"out_at": uow.now, "out_to": collected_by})
    uow.audit("goods_receipt", receipt.id, before=before, after=snapshot(receipt, "status", "void_reason"))


def _close_call(uow: UnitOfWork, card: RepairCard, signed: bool) -> None:
    """The item is back: the call waits for the clerk to close its register entry (第四条)."""
    call = card.call
    before = snapshot(call, "status", "signed", "signed_on")
    if call.status == "in_shop":
        call.status = "done"
    if signed:
        call.signed, call.signed_on = True, uow.now.date()
    call.save()
    uow.audit("service_call", call.id, before=before, after=snapshot(call, "status", "signed", "signed_on"))


def _who_collected(collected_by: str, customer_signed: bool) -> str:
    who = require_text(collected_by, "collected_by", "取件人|name of the person who collected the item")
    if not customer_signed:
        raise ValidationError(T("交还商品需客户在服务凭证上签字。", "The customer must sign for the item."), "signed")
    return who


def _check_id(without_receipt: bool, id_details: str) -> str:
    """A lost receipt: the ID shown is written down; the supervisor's permission is checked by the use case."""
    if not without_receipt:
        return ""
    return require_text(id_details, "id_details", "取件人证件信息|ID details of the person collecting")


def return_item(
    actor: Staff,
    card_id: int,
    *,
    collected_by: str,
    customer_signed: bool,
    without_receipt: bool = False,
    id_details: str = "",
) -> RepairCard:
    """Give an inspected item back: register out, receipt voided, signature, invoice line for paid work."""
    who = _who_collected(collected_by, customer_signed)
    id_text = _check_id(without_receipt, id_details)
    action = Action.RETURN_WITHOUT_RECEIPT if without_receipt else Action.GOODS_RETURN
    with unit_of_work(actor, action) as uow:
        card = get_card(card_id)
        if card.status == "repaired":
            raise Conflict(T("修护卡 {n} 尚未经主管验收,不能交还。", "Repair card {n} has not been inspected; it cannot go back yet.",
                             n=card.number))
        require_state(card, ("inspected",), "交还|be returned")
        check_bill(card)
        _finish(uow, card, "returned", who, without_receipt, id_text)
        settle(uow, card.call, card, due_on=uow.now.date(), note=card.number)
    return card


def check_bill(card: RepairCard) -> None:
    """Refuse to hand over an item whose bill still needs the customer's or the supervisor's word."""
    from aftersales_desktop.core.money import format_yuan
    from aftersales_desktop.core.queries.bills import bill_for

    bill = bill_for(card.call, card)
    if bill.above_quote:
        raise Conflict(T(
            "账单 ¥{b} 超出客户同意的报价 ¥{q},请先取得客户对新金额的同意。",
            "The bill ¥{b} is above the quote the customer accepted (¥{q}); the customer must accept the new amount first.",
            b=format_yuan(bill.total_fen), q=format_yuan(bill.quote_fen or 0)), "bill")
    if bill.margin_needs_approval:
        raise Conflict(T(
            "事故车毛利率 {p}% 低于 {m}%,需说明原因并经服务主任审批后才能交车。",
            "The accident repair's margin {p}% is below {m}%; it needs a stated reason and a supervisor's approval first.",
            p=bill.margin_percent, m=bill.margin_min), "bill")


def return_unrepaired(
    actor: Staff,
    card_id: int,
    *,
    collected_by: str,
    customer_signed: bool,
    reason: str,
    without_receipt: bool = False,
    id_details: str = "",
) -> RepairCard:
    """The customer takes the item back without repair (e.g. declined the quote); nothing is charged."""
    who = _who_collected(collected_by, customer_signed)
    why = require_text(reason, "reason", "未修原因|reason it goes back unrepaired")
    id_text = _check_id(without_receipt, id_details)
    with unit_of_work(actor, Action.RETURN_WITHOUT_RECEIPT if without_receipt else Action.GOODS_RETURN) as uow:
        card = get_card(card_id)
        require_state(card, BEFORE_REPAIRED, "未修交还|go back unrepaired")
        if TimeEntry.select().where((TimeEntry.repair_card == card.id) & TimeEntry.ended_at.is_null()).exists():
            raise Conflict(T("请先停止正在计时的工作。", "Stop the running timer first."))
        _finish(uow, card, "returned_unrepaired", who, without_receipt, id_text, why)
        for line in lines_of(card.call, card):  # unrepaired: nothing is charged; what was typed goes
            if line.settled_at is None and line.kind != "part":
                line.delete_instance()
                uow.audit("bill_line", line.id, before={"kind": line.kind, "amount_fen": line.amount_fen},
                          note="returned unrepaired: not charged")
        settle(uow, card.call, card, due_on=uow.now.date(), note=card.number, charge=False)
    return card


def cancel_card(actor: Staff, card_id: int, reason: str) -> RepairCard:
    """Cancel a card taken in by mistake (before any work); its receipt is voided, the numbers stay used."""
    why = require_text(reason, "reason", "取消原因|reason for cancelling")
    with unit_of_work(actor, Action.REPAIR_EDIT) as uow:
        card = get_card(card_id)
        require_state(card, ("received", "quoted"), "取消|be cancelled")
        if card.time_entries.count() or card.part_issues.count():
            raise Conflict(T("已有工时或发料的修护卡不能取消。", "A card with time or parts on it cannot be cancelled."))
        before = snapshot(card, *CARD_FIELDS)
        card.status = "cancelled"
        card.save()
        for line in lines_of(card.call, card):
            line.delete_instance()
            uow.audit("bill_line", line.id, before={"kind": line.kind, "amount_fen": line.amount_fen}, note="cancelled")
        _goods_out(uow, card, "", "void", why)
        uow.audit("repair_card", card.id, before=before, after=snapshot(card, *CARD_FIELDS), note=why)
    return card


def _finish(uow: UnitOfWork, card: RepairCard, status: str, who: str, without_receipt: bool, id_text: str,
            reason: str = "") -> None:
    before = snapshot(card, *CARD_FIELDS, "returned_at", "promise_kept")
    card.status, card.returned_at = status, uow.now
    card.promise_kept = uow.now.date() <= card.promised_on  # the repair promise, measured as it is kept or not
    card.save()
    if without_receipt:
        receipt = card.receipt
        receipt.returned_without_receipt, receipt.id_details = True, id_text
        receipt.save()
        _goods_out(uow, card, who, "void", "客户遗失收据,凭证件领取 / receipt lost, collected with ID")
        uow.audit("goods_receipt", receipt.id, after={"returned_without_receipt": True, "id_details": id_text},
                  action=Action.RETURN_WITHOUT_RECEIPT.value, note="return without receipt")
    else:
        _goods_out(uow, card, who, "returned", reason)
    _close_call(uow, card, signed=True)
    uow.audit("repair_card", card.id, before=before, after=snapshot(card, *CARD_FIELDS, "returned_at", "promise_kept"),
              note=reason)
