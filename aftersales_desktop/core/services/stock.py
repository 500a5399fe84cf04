"""Stock moves: the only place a part's quantity on hand changes.

Every change goes through `_apply_move` inside the caller's transaction: a guarded UPDATE
(`qty_on_hand + n >= 0`) refuses to go below zero even when two counters issue the last unit at the same
moment, and the table's CHECK constraint is the second guard. Receipts recompute the moving-average cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.bounds import check_fen, check_qty
from aftersales_desktop.core.db import database, lock_rows
from aftersales_desktop.core.errors import BugError, Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import Part, PartIssue, RepairCard, ServiceCall, Staff, StockMove
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.bills import add_part_line, follow_part_return
from aftersales_desktop.core.services.repairs import latest_quote
from aftersales_desktop.core.validation import check_money, clean_text

if TYPE_CHECKING:
    from aftersales_desktop.core.services.purchases import QuoteIn

# A repair card is "started" (parts may be issued) in these states; a call while someone is on the job.
STARTED_CARD = ("approved", "in_repair", "waiting_parts")
STARTED_CALL = ("dispatched", "visited")
ISSUE_FIELDS = ("part", "repair_card", "call", "qty", "returned_qty", "unit_cost_fen", "unit_price_fen", "used")


def _part(part_id: int) -> Part:
    part = Part.get_or_none(Part.id == part_id)
    if part is None:
        raise NotFound(T("找不到该备件。", "No such part."))
    return part


def _positive(qty: object, field: str = "qty") -> int:
    if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0:
        raise ValidationError(T("数量应为正整数。", "The quantity must be a whole number above 0."), field)
    return check_qty(qty, field)


def _short(part: Part, wanted: int) -> Conflict:
    return Conflict(
        T(
            "库存不足:{name}({code})现有 {have}{unit},不能发出 {n}{unit}。可能刚被别人领走,请刷新后再看。",
            "Not enough stock: {name} ({code}) has {have} {unit} on hand, cannot take out {n}. "
            "Someone may have just taken it; refresh and look again.",
            name=part.name, code=part.code, have=part.qty_on_hand, unit=part.unit, n=wanted,
        ),
        "qty",
    )


# read by every stock move (kept text: core/models/kept.py)
_PART_TO_CHANGE = Kept(lambda part_id: lock_rows(Part.select().where(Part.id == part_id)))


def _apply_move(uow: UnitOfWork, part_id: int, qty: int, kind: str, unit_cost_fen: int | None = None,
                **extra: object) -> StockMove:
    """Change the quantity by `qty` (signed) and record the move; must run inside a unit of work.

    `unit_cost_fen` given on an incoming move is a receipt at that cost (moving average); otherwise the
    move is valued at the part's current average cost.
    """
    if not database.in_transaction():
        raise BugError("stock moves happen only inside a unit of work")
    # locked for this transaction on the server, so the moving average below reads what it overwrites
    part = _PART_TO_CHANGE.first(part_id) or _part(part_id)
    before = snapshot(part, "qty_on_hand", "cost_fen")
    if qty > 0 and unit_cost_fen is not None:
        # Moving average over what is on hand plus what comes in (rounded to the fen).
        total = part.qty_on_hand * part.cost_fen + qty * unit_cost_fen
        new_cost = (total + (part.qty_on_hand + qty) // 2) // (part.qty_on_hand + qty)
        database.execute_sql("UPDATE part SET cost_fen = ? WHERE id = ?", (new_cost, part.id))
    cost = unit_cost_fen if unit_cost_fen is not None else part.cost_fen
    try:
        cursor = database.execute_sql(
            "UPDATE part SET qty_on_hand = qty_on_hand + ? WHERE id = ? AND qty_on_hand + ? >= 0",
            (qty, part.id, qty),
        )
    except peewee.IntegrityError as exc:  # the CHECK constraint: the second guard
        raise _short(part, -qty) from exc
    if cursor.rowcount != 1:
        raise _short(part, -qty)
    fresh = Part.get_by_id(part.id)
    move = StockMove.create(
        part=part.id, at=uow.now, kind=kind, qty=qty, unit_cost_fen=cost, value_fen=qty * cost,
        qty_after=fresh.qty_on_hand, staff=uow.actor, **extra,
    )
    uow.audit("part", part.id, before=before, after=snapshot(fresh, "qty_on_hand", "cost_fen"),
              note=f"stock move {move.id} {kind} {qty:+d}", action=f"stock.{kind}")
    return move


def receive(actor: Staff, part_id: int, qty: int, unit_cost_fen: int, supplier: str, note: str = "", *,
            quotes: Sequence[QuoteIn] = (), override_reason: str = "", dearer_reason: str = "") -> StockMove:
    """Goods in from a supplier at a unit cost (入库); the average cost moves. From a supplier not on the regular
    list the receipt is a purchase like any other: three quotes compared (this one among them), or the manager's
    override, and a reason when it is not the cheapest."""
    from aftersales_desktop.core.services.purchases import is_regular_supplier, receive_with_quotes

    _positive(qty)
    if not isinstance(unit_cost_fen, int) or unit_cost_fen < 0:
        raise ValidationError(T("进价不能为负数。", "The cost cannot be negative."), "unit_cost_fen")
    check_money(unit_cost_fen, "unit_cost_fen")
    supplier = clean_text(supplier, "supplier", 80, "供应商|supplier", required=True)
    note = clean_text(note, "note", 200, "备注|note")
    with unit_of_work(actor, Action.STOCK_RECEIVE) as uow:
        if not is_regular_supplier(supplier):
            return receive_with_quotes(uow, part_id, qty, unit_cost_fen, supplier, note, quotes, override_reason,
                                       dearer_reason)
        return _apply_move(uow, part_id, qty, "receive", unit_cost_fen, supplier=supplier, reason=note)


def work_order_problem(repair_card: RepairCard | None = None, call: ServiceCall | None = None) -> Text | None:
    """Why parts may not be issued to this work order now (a sentence), or None when they may."""
    if repair_card is not None:
        card = repair_card
        # The latest quote version counts: a changed quote must be accepted again before more parts go out.
        latest = latest_quote(card)
        if card.status in ("received", "quoted", *STARTED_CARD) and card.needs_quote and (
                latest is None or latest.accepted_at is None):
            return T("修护卡 {n} 的报价尚未经客户同意,不能发料。",
                         "The quote on repair card {n} has not been accepted by the customer; no parts yet.",
                         n=card.number)
        if card.status not in STARTED_CARD:
            from aftersales_desktop.core.vocab import REPAIR_STATUS

            return T("修护卡 {n} 当前为“{s}”,未开始维修或已结束,不能发料。",
                         "Repair card {n} is '{s}': not started or already finished, so no parts can be issued.",
                         n=card.number, s=REPAIR_STATUS.label(card.status))
        return None
    if call is not None:
        if call.status in ("closed", "void"):
            return T("叫修单 {n} 已结案或作废,不能发料。", "Call {n} is closed or voided; no parts can be issued.",
                         n=call.number)
        if call.status not in STARTED_CALL:
            from aftersales_desktop.core.vocab import CALL_STATUS

            return T("叫修单 {n} 当前为“{s}”,尚未派工上门,不能发料。",
                         "Call {n} is '{s}': nobody is on the job, so no parts can be issued.",
                         n=call.number, s=CALL_STATUS.label(call.status))
        return None
    return T("请选择修护卡或叫修单。", "Choose a repair card or a call.")


def issue_part(actor: Staff, part_id: int, qty: int, repair_card_id: int | None = None, call_id: int | None = None,
               unit_price_fen: int | None = None) -> PartIssue:
    """Issue parts against a started work order (见单发料); the part goes onto the work order's bill at its price."""
    _positive(qty)
    if (repair_card_id is None) == (call_id is None):
        raise ValidationError(T("请选择一张修护卡或一张叫修单。", "Choose one repair card or one call."), "work_order")
    if unit_price_fen is not None and (not isinstance(unit_price_fen, int) or unit_price_fen < 0):
        raise ValidationError(T("售价不能为负数。", "The price cannot be negative."), "unit_price_fen")
    if unit_price_fen is not None:
        check_fen(unit_price_fen, "unit_price_fen")
    with unit_of_work(actor, Action.PART_ISSUE) as uow:
        card = RepairCard.get_or_none(RepairCard.id == repair_card_id) if repair_card_id else None
        call = ServiceCall.get_or_none(ServiceCall.id == call_id) if call_id else None
        order = card or call
        if order is None:
            raise NotFound(T("找不到该工单。", "No such work order."))
        problem = work_order_problem(card, call)
        if problem:
            raise Conflict(problem, "work_order")
        part = _part(part_id)
        if not part.active:
            raise Conflict(T("备件 {c} 已停用。", "Part {c} is no longer in use.", c=part.code))
        issue = PartIssue.create(
            part=part.id, repair_card=card, call=call, qty=qty, unit_cost_fen=part.cost_fen,
            unit_price_fen=part.price_fen if unit_price_fen is None else unit_price_fen,
            issued_at=uow.now, issued_by=uow.actor,
        )
        _apply_move(uow, part.id, -qty, "issue", issue=issue.id, reason=order.number)
        uow.audit("part_issue", issue.id, after=snapshot(issue, *ISSUE_FIELDS))
        add_part_line(uow, issue)  # the bill follows the store: the part is on it at its price from now on
    return issue


def _issue(issue_id: int) -> PartIssue:
    issue = PartIssue.get_or_none(PartIssue.id == issue_id)
    if issue is None:
        raise NotFound(T("找不到该发料记录。", "No such issue of parts."))
    return issue


def mark_used(actor: Staff, issue_id: int) -> PartIssue:
    """The part went into the item: from now on it can never return to stock."""
    with unit_of_work(actor, Action.PART_MARK_USED) as uow:
        issue = _issue(issue_id)
        if issue.used:
            raise Conflict(T("该备件已登记为已用。", "This part is already marked used."))
        if issue.returned_qty >= issue.qty:
            raise Conflict(T("该备件已全部退回仓库。", "This part was returned to the store in full."))
        before = snapshot(issue, "used")
        issue.used = True
        issue.save()
        uow.audit("part_issue", issue.id, before=before, after=snapshot(issue, "used"))
    return issue


def record_old_part(actor: Staff, issue_id: int, returned: bool, note: str = "") -> PartIssue:
    """以坏换新: the old part came back to the store for the new one, or why it did not (the customer kept it …)."""
    note = clean_text(note, "old_note", 200, "未交回旧件的原因|why the old part did not come back", required=not returned)
    with unit_of_work(actor, Action.PART_RETURN) as uow:
        issue = _issue(issue_id)
        if issue.returned_qty >= issue.qty:
            raise Conflict(T("该备件已全部退回仓库,没有换下的旧件。", "This part went back unused; nothing was replaced."))
        before = snapshot(issue, "old_returned", "old_note")
        issue.old_returned, issue.old_note = bool(returned), note
        issue.save()
        uow.audit("part_issue", issue.id, before=before, after=snapshot(issue, "old_returned", "old_note"),
                  note="old part back" if returned else "old part not back")
    return issue


def return_unused(actor: Staff, issue_id: int, qty: int, part_in_store: bool) -> StockMove:
    """An unused part comes back (退料) only when the storekeeper confirms it is physically in the store."""
    _positive(qty)
    if not part_in_store:
        raise ValidationError(
            T("请先确认实物已退回仓库,再办理退料。", "Confirm the physical part is back in the store before returning it."),
            "part_in_store",
        )
    with unit_of_work(actor, Action.PART_RETURN) as uow:
        issue = _issue(issue_id)
        if issue.used:
            raise Conflict(T("已用的备件不能退回仓库。", "A part that was used cannot be returned to stock."))
        left = issue.qty - issue.returned_qty
        if qty > left:
            raise ValidationError(T("最多可退 {n} 件。", "At most {n} can be returned.", n=left), "qty")
        before = snapshot(issue, "returned_qty")
        issue.returned_qty += qty
        issue.save()
        # Back in at the cost it went out at, so the average cost is not disturbed by the round trip.
        move = _apply_move(uow, issue.part_id, qty, "return", issue.unit_cost_fen, issue=issue.id)
        uow.audit("part_issue", issue.id, before=before, after=snapshot(issue, "returned_qty"))
        follow_part_return(uow, issue)  # off the bill (or less of it) before anyone is charged for it
    return move


def internal_use(actor: Staff, part_id: int, qty: int, department: str, reason: str) -> StockMove:
    """Consumables taken by another department, booked as internal after-sales cost (内部领用)."""
    _positive(qty)
    department = (department or "").strip()
    if not department:
        raise ValidationError(T("请填写领用部门。", "Enter the department taking it."), "department")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(T("请填写用途。", "Enter what it is for."), "reason")
    with unit_of_work(actor, Action.STOCK_INTERNAL) as uow:
        return _apply_move(uow, part_id, -qty, "internal", department=department[:40], reason=reason)
