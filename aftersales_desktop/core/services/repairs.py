"""Repairs in the shop: goods in (收据, 登记簿, 修护卡), the card's diagnosis, quotes and its states.

The card's states follow the shop's steps (第六条 – 第九条): received → quoted → approved → in repair ⇄ waiting
for parts → repaired → inspected → returned, or returned unrepaired / cancelled. Inspection and the return
live in services/repair_return.py; the time log in services/worklog.py.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import numbering
from aftersales_desktop.core.bounds import check_fen
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import (
    GoodsReceipt,
    GoodsRegisterEntry,
    Product,
    Quote,
    RepairCard,
    ServiceCall,
    Staff,
    TimeEntry,
)
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.photos import clean_checklist
from aftersales_desktop.core.validation import require_text
from aftersales_desktop.core.vocab import ACCEPT_HOW, REPAIR_STATUS

CARD_FIELDS = ("status", "technician", "diagnosis", "promised_on", "needs_quote", "accident")
QUOTE_FIELDS = ("version", "labour_fen", "parts_fen", "travel_fen", "note")
OPEN_STATES = ("received", "quoted", "approved", "in_repair", "waiting_parts", "repaired", "inspected")
# States in which the customer may still take the item back unrepaired, and from which a new quote may be made.
BEFORE_REPAIRED = ("received", "quoted", "approved", "in_repair", "waiting_parts")


def get_card(card_id: int) -> RepairCard:
    """The repair card, or a NotFound sentence."""
    card = RepairCard.get_or_none(RepairCard.id == card_id)
    if card is None:
        raise NotFound(T("找不到该修护卡。", "No such repair card."))
    return card


def status_label(code: str) -> str:
    return REPAIR_STATUS.label(code)


def require_state(card: RepairCard, allowed: tuple[str, ...], doing: str) -> None:
    """Refuse a step the card's state does not allow, naming the state; `doing` is 'zh|en'."""
    if card.status not in allowed:
        zh, _, en = doing.partition("|")
        raise Conflict(
            T(
                "修护卡 {n} 当前为“{s}”,不能{z}。",
                "Repair card {n} is '{s_en}'; it cannot {e}.",
                n=card.number,
                s=REPAIR_STATUS.text(card.status).zh,
                s_en=REPAIR_STATUS.text(card.status).en,
                z=zh,
                e=en,
            )
        )


def _check_promised(promised_on: object, received: dt.date) -> dt.date:
    if not isinstance(promised_on, dt.date) or isinstance(promised_on, dt.datetime):
        raise ValidationError(T("请填写答应交还的日期。", "Enter the promised return date."), "promised_on")
    if promised_on < received:
        raise ValidationError(
            T(
                "答应交还日期 {p} 早于收件日期 {r},请检查。",
                "The promised date {p} is before the receipt date {r}; check it.",
                p=promised_on.isoformat(),
                r=received.isoformat(),
            ),
            "promised_on",
        )
    return promised_on


def _technician(technician_id: int | None) -> Staff | None:
    if technician_id is None:
        return None
    tech = Staff.get_or_none(Staff.id == technician_id)
    if tech is None or not tech.active or tech.role not in ("technician", "supervisor"):
        raise ValidationError(T("请选择在职的技术员。", "Choose an active technician."), "technician")
    return tech


def needs_quote_for(call: ServiceCall, product: Product, on: dt.date) -> bool:
    """Paid work and out-of-warranty work are quoted first; contract and in-warranty work are not."""
    if call.kind == "paid":
        return True
    if call.kind == "contract":
        return False
    return product.warranty_end is not None and product.warranty_end < on


def receive_goods(
    actor: Staff,
    call_id: int,
    *,
    promised_on: dt.date,
    stated_fault: str = "",
    accessories: str = "",
    condition: str = "",
    serial: str = "",
    technician_id: int | None = None,
    accident: bool = False,
    checklist: dict[str, bool] | None = None,
) -> RepairCard:
    """Take an item into the shop from a call taken back (带回): receipt, register line and repair card."""
    with unit_of_work(actor, Action.GOODS_RECEIVE) as uow:
        call = ServiceCall.get_or_none(ServiceCall.id == call_id)
        if call is None:
            raise NotFound(T("找不到该叫修记录。", "No such call."))
        if call.status != "in_shop":
            raise Conflict(
                T(
                    "叫修 {n} 不是“带回修理”状态,不能收件。",
                    "Call {n} was not taken back to the shop; the item cannot be received.",
                    n=call.number,
                )
            )
        return _receive(uow, call, promised_on, stated_fault, accessories, condition, serial, technician_id, accident,
                        checklist)


# asked at every goods in, quote and repair (their text kept: core/models/kept.py)
_HELD = Kept(lambda call_id: (  # the call's item is in the shop on an open card
    GoodsReceipt.select()
    .join(RepairCard, on=(RepairCard.receipt == GoodsReceipt.id))
    .where((GoodsReceipt.call == call_id) & RepairCard.status.in_(OPEN_STATES))))
_RUNNING_ON_CARD = Kept(lambda card_id: TimeEntry.select().where(
    (TimeEntry.repair_card == card_id) & TimeEntry.ended_at.is_null()))


def _receive(uow: UnitOfWork, call: ServiceCall, promised_on: dt.date, stated_fault: str, accessories: str, condition: str,
             serial: str, technician_id: int | None, accident: bool = False,
             checklist: dict[str, bool] | None = None) -> RepairCard:
    """The shared part of goods in, inside the caller's unit of work."""
    now = uow.now
    checked = clean_checklist(checklist)
    _check_promised(promised_on, now.date())
    product = call.product
    if product is None or call.customer_id is None:
        raise ValidationError(T("该叫修没有客户产品,不能收件。", "The call has no customer product to receive."), "product")
    if call.kind == "general":
        raise ValidationError(T("一般工作不收客户商品。", "General work does not take in a customer's item."), "kind")
    if _HELD.exists(call.id):
        raise Conflict(T("叫修 {n} 的商品已在店内。", "The item of call {n} is already in the shop.", n=call.number))
    fault = require_text(stated_fault or call.problem, "stated_fault", "客户所述故障|customer's stated fault")
    tech = _technician(technician_id) if technician_id is not None else call.technician
    serial = (serial or "").strip()
    if serial and serial != product.serial:
        before = snapshot(product, "serial")
        product.serial = serial
        product.save()
        uow.audit("product", product.id, before=before, after=snapshot(product, "serial"), note="serial at goods in")
    receipt = GoodsReceipt.create(
        number=numbering.next_number("receipt", now), call=call, customer=call.customer_id, product=product,
        received_at=now, accessories=(accessories or "").strip(), condition=(condition or "").strip(),
        stated_fault=fault, promised_on=promised_on, created_by=uow.actor, checklist=checked,
    )
    card = RepairCard.create(
        number=numbering.next_number("repair_card", now), call=call, receipt=receipt, technician=tech,
        needs_quote=needs_quote_for(call, product, now.date()), promised_on=promised_on, created_at=now,
        created_by=uow.actor, accident=bool(accident),
    )
    entry = GoodsRegisterEntry.create(receipt=receipt, repair_card=card, in_at=now, in_by=uow.actor)
    uow.audit("goods_receipt", receipt.id,
              after=snapshot(receipt, "number", "call", "product", "promised_on", "checklist"))
    uow.audit("repair_card", card.id, after=snapshot(card, "number", *CARD_FIELDS))
    uow.audit("goods_register", entry.id, after={"in_at": now, "receipt": receipt.number})
    return card


def receive_over_counter(
    actor: Staff,
    customer_id: int,
    product_id: int,
    *,
    promised_on: dt.date,
    stated_fault: str,
    accessories: str = "",
    condition: str = "",
    serial: str = "",
    kind: str | None = None,
    kind_reason: str = "",
    technician_id: int | None = None,
    accident: bool = False,
    checklist: dict[str, bool] | None = None,
) -> RepairCard:
    """A customer brings the item to the counter: register the call (calls service), then take the item in."""
    from aftersales_desktop.core.services import calls

    require_text(stated_fault, "stated_fault", "客户所述故障|customer's stated fault")
    with unit_of_work(actor, Action.GOODS_RECEIVE) as uow:
        _check_promised(promised_on, uow.now.date())
        call = calls.register_call(
            actor, received_at=uow.now, channel="counter", problem=stated_fault, customer_id=customer_id,
            product_id=product_id, kind=kind, kind_reason=kind_reason,
        )
        call = ServiceCall.get_by_id(call.id)
        before = snapshot(call, "status", "deadline_at")
        call.status = "in_shop"  # brought in by the customer: it is in the shop from the start
        call.deadline_at = None  # nobody travels to a walk-in, so there is no arrival deadline to keep
        call.save()
        uow.audit("service_call", call.id, before=before, after=snapshot(call, "status", "deadline_at"),
                  note="goods in over the counter")
        return _receive(uow, call, promised_on, stated_fault, accessories, condition, serial, technician_id, accident,
                        checklist)


def update_card(
    actor: Staff,
    card_id: int,
    *,
    diagnosis: str | None = None,
    technician_id: int | None = None,
    promised_on: dt.date | None = None,
    accident: bool | None = None,
    seen_version: int | None = None,
) -> RepairCard:
    """Write the diagnosis, assign the technician, move the promised date (never before the receipt), or mark the
    card an accident repair (its margin is then checked before it goes back). `seen_version`: the card's edits
    when the form was filled (its steps through the workshop do not make the form stale)."""
    with unit_of_work(actor, Action.REPAIR_EDIT) as uow:
        check_unchanged(RepairCard, "repair_card", card_id, seen_version, Action.REPAIR_EDIT.value)
        card = get_card(card_id)
        require_state(card, OPEN_STATES, "修改|be changed")
        before = snapshot(card, *CARD_FIELDS)
        if diagnosis is not None:
            card.diagnosis = diagnosis.strip()
        if technician_id is not None:
            card.technician = _technician(technician_id)
        if promised_on is not None:
            card.promised_on = _check_promised(promised_on, card.receipt.received_at.date())
            receipt = card.receipt
            receipt.promised_on = card.promised_on  # the register and the Today page read the receipt's date
            receipt.save()
        if accident is not None:
            card.accident = bool(accident)
        card.save()
        uow.audit("repair_card", card.id, before=before, after=snapshot(card, *CARD_FIELDS))
    return card


_LATEST_QUOTE = Kept(lambda card_id: Quote.select().where(Quote.repair_card == card_id).order_by(Quote.version.desc()))


def latest_quote(card: RepairCard) -> Quote | None:
    return _LATEST_QUOTE.first(card.id)


def accepted_quote(card: RepairCard) -> Quote | None:
    """The latest quote, if the customer accepted it (an older accepted version no longer counts)."""
    quote = latest_quote(card)
    return quote if quote is not None and quote.accepted_at is not None else None


def save_quote(
    actor: Staff, card_id: int, *, labour_fen: int, parts_fen: int = 0, travel_fen: int = 0, note: str = "",
    seen_version: int | None = None,
) -> Quote:
    """Make a quote (a new version on every change); the customer must accept it again before work goes on.
    `seen_version`: the card's quotes when the form was filled — a quote saved meanwhile is not replaced unseen."""
    amounts = {"labour_fen": labour_fen, "parts_fen": parts_fen, "travel_fen": travel_fen}
    for key, value in amounts.items():
        if not isinstance(value, int) or value < 0:
            raise ValidationError(T("报价金额不能为负数。", "A quote amount cannot be negative."), key)
        check_fen(value, key)
    if sum(amounts.values()) == 0:
        raise ValidationError(T("报价合计为零,请填写工时费或材料费。", "The quote is zero; enter labour or parts."), "labour_fen")
    with unit_of_work(actor, Action.QUOTE_EDIT) as uow:
        check_unchanged(RepairCard, "repair_card", card_id, seen_version, Action.QUOTE_EDIT.value)
        card = get_card(card_id)
        require_state(card, BEFORE_REPAIRED, "报价|be quoted")
        if _RUNNING_ON_CARD.exists(card.id):
            raise Conflict(T("请先停止正在计时的工作,再改报价。", "Stop the running timer before changing the quote."))
        previous = latest_quote(card)
        quote = Quote.create(
            repair_card=card, version=(previous.version + 1) if previous else 1, **amounts, note=(note or "").strip(),
            created_at=uow.now, created_by=uow.actor,
        )
        before = snapshot(card, *CARD_FIELDS)
        card.status = "quoted"
        card.needs_quote = True  # once quoted, work waits for the customer's acceptance
        card.save()
        uow.audit("quote", quote.id, after=snapshot(quote, *QUOTE_FIELDS))
        uow.audit("repair_card", card.id, before=before, after=snapshot(card, *CARD_FIELDS))
    return quote


def accept_quote(
    actor: Staff, card_id: int, *, accepted_by_name: str, how: str, accepted_at: dt.datetime | None = None
) -> Quote:
    """Record the customer's acceptance of the latest quote: who, when, how (phone / in person)."""
    who = require_text(accepted_by_name, "accepted_by_name", "同意报价的客户|name of the customer who accepted")
    if how not in ACCEPT_HOW:
        raise ValidationError(T("请选择客户同意的方式:电话或当面。", "Choose how the customer agreed: phone or in person."), "how")
    with unit_of_work(actor, Action.QUOTE_ACCEPT) as uow:
        card = get_card(card_id)
        require_state(card, ("quoted",), "确认报价|have a quote accepted")
        quote = latest_quote(card)
        if quote is None or quote.accepted_at is not None:
            raise Conflict(T("没有待确认的报价。", "There is no quote waiting for acceptance."))
        when = accepted_at or uow.now
        if when > uow.now + dt.timedelta(minutes=1) or when < quote.created_at:
            raise ValidationError(
                T("同意时间应在报价之后、现在之前。", "The acceptance time must be after the quote and not in the future."),
                "accepted_at",
            )
        quote.accepted_at, quote.accepted_by_name, quote.accepted_how, quote.recorded_by = when, who, how, uow.actor
        quote.save()
        before = snapshot(card, *CARD_FIELDS)
        card.status = "approved"
        card.save()
        uow.audit("quote", quote.id, after={"accepted_at": when, "accepted_by_name": who, "accepted_how": how})
        uow.audit("repair_card", card.id, before=before, after=snapshot(card, *CARD_FIELDS))
        _bill_from_quote(uow, card, quote)
    return quote


def _bill_from_quote(uow, card: RepairCard, quote: Quote) -> None:  # type: ignore[no-untyped-def]
    """The agreed labour and travel become the bill's labour and travel lines (parts come from the store)."""
    from aftersales_desktop.core.services.bills import chargeable, replace_labour, write_line

    if not chargeable(card.call):
        return
    replace_labour(uow, card.call, card, amount_fen=quote.labour_fen, kinds=("labour", "travel"))
    if quote.travel_fen:
        write_line(uow, card.call, card, "travel", "", unit_fen=quote.travel_fen)


def accept_bill(actor: Staff, card_id: int, *, accepted_by_name: str, how: str) -> Quote:
    """The customer accepts a bill that grew above the accepted quote: the bill becomes the new accepted version."""
    from aftersales_desktop.core.queries.bills import bill_for

    who = require_text(accepted_by_name, "accepted_by_name", "同意金额的客户|name of the customer who accepted")
    if how not in ACCEPT_HOW:
        raise ValidationError(T("请选择客户同意的方式:电话或当面。", "Choose how the customer agreed: phone or in person."), "how")
    with unit_of_work(actor, Action.QUOTE_ACCEPT) as uow:
        card = get_card(card_id)
        require_state(card, OPEN_STATES, "确认新金额|have a new amount accepted")
        current = bill_for(card.call, card)
        if not current.above_quote:
            raise Conflict(T("账单没有超出客户同意的报价。", "The bill is not above the quote the customer accepted."))
        previous = latest_quote(card)
        quote = Quote.create(
            repair_card=card, version=previous.version + 1 if previous else 1,
            labour_fen=current.total_fen - current.parts_fen - current.travel_fen, parts_fen=current.parts_fen,
            travel_fen=current.travel_fen, note=str(T("按账单重新确认", "Bill accepted again")), created_at=uow.now,
            created_by=uow.actor, accepted_at=uow.now, accepted_by_name=who, accepted_how=how, recorded_by=uow.actor,
        )
        uow.audit("quote", quote.id, after={**snapshot(quote, *QUOTE_FIELDS), "accepted_by_name": who, "accepted_how": how},
                  note="bill above the quote accepted again")
    return quote


def may_work(card: RepairCard) -> bool:
    """True when work may go on: no quote needed, or the latest quote is accepted."""
    return not card.needs_quote or accepted_quote(card) is not None


def check_may_work(card: RepairCard) -> None:
    if not may_work(card):
        raise Conflict(
            T(
                "修护卡 {n} 是收费维修,客户确认报价前不能开始工作。",
                "Repair card {n} is paid work; no work before the customer accepts the quote.",
                n=card.number,
            )
        )


def begin_work(uow: UnitOfWork, card: RepairCard, worker: Staff | None = None) -> None:
    """Move an approved (or unquoted, just received) card into repair; used by the timer and start_repair.

    A card nobody was assigned to is taken by the technician who starts work on it: otherwise it could not be
    marked repaired later without a detour to the supervisor."""
    check_may_work(card)
    take = worker is not None and card.technician_id is None and worker.role in ("technician", "supervisor")
    if card.status in ("received", "approved") or take:
        before = snapshot(card, "status", "technician")
        if card.status in ("received", "approved"):
            card.status = "in_repair"
        if take:
            card.technician = worker
        card.save()
        uow.audit("repair_card", card.id, before=before, after=snapshot(card, "status", "technician"),
                  action="repair.start")


def _move(actor: Staff, card_id: int, allowed: tuple[str, ...], to: str, doing: str, note: str = "") -> RepairCard:
    with unit_of_work(actor, Action.REPAIR_EDIT) as uow:
        card = get_card(card_id)
        if to == "in_repair" and card.status in ("received", "quoted"):
            check_may_work(card)
        require_state(card, allowed, doing)
        if to == "in_repair" and card.status in ("received", "approved"):
            begin_work(uow, card, uow.actor)
            return card
        if to == "in_repair":
            check_may_work(card)
        before = snapshot(card, "status", "repaired_at")
        card.status = to
        if to == "repaired":
            if card.technician_id is None:
                raise ValidationError(T("请先指定维修技术员。", "Assign the technician first."), "technician")
            _stop_timers_left_running(uow, card)
            card.repaired_at = uow.now
        card.save()
        uow.audit("repair_card", card.id, before=before, after=snapshot(card, "status", "repaired_at"), note=note)
    return card


def _stop_timers_left_running(uow, card: RepairCard) -> None:  # type: ignore[no-untyped-def]
    """The repair is done, so the clock on it stops: a timer someone left running must not hold the card back
    from inspection. Today's stop now; one left from an earlier day stops at the end of that working day."""
    from aftersales_desktop.core import settings

    last_end = dt.time.fromisoformat(settings.get("work_periods")[-1][1])
    for entry in _RUNNING_ON_CARD.rows(card.id):
        end = uow.now if entry.started_at.date() == uow.now.date() else dt.datetime.combine(entry.started_at.date(), last_end)
        end = max(end, entry.started_at + dt.timedelta(minutes=1))
        entry.ended_at, entry.minutes = end, round((end - entry.started_at).total_seconds() / 60)
        entry.save()
        uow.audit("time_entry", entry.id, after=snapshot(entry, "ended_at", "minutes"),
                  note=f"stopped when {card.number} was marked repaired")


def start_repair(actor: Staff, card_id: int) -> RepairCard:
    """Begin the repair: only once the quote is accepted, when the card needs one."""
    return _move(actor, card_id, ("received", "approved"), "in_repair", "开始维修|start the repair")


def wait_for_parts(actor: Staff, card_id: int, note: str = "") -> RepairCard:
    """The repair stops until parts arrive (待料)."""
    return _move(actor, card_id, ("in_repair",), "waiting_parts", "待料|wait for parts", note)


def resume_repair(actor: Staff, card_id: int) -> RepairCard:
    return _move(actor, card_id, ("waiting_parts",), "in_repair", "继续维修|resume the repair")


def mark_repaired(actor: Staff, card_id: int) -> RepairCard:
    """The technician has finished; the card now waits for the supervisor's inspection."""
    return _move(actor, card_id, ("in_repair",), "repaired", "标记修好|be marked repaired")


def record_paper_print(actor: Staff, card_id: int, paper: str) -> bool:
    """Count one print of the card's goods receipt ('receipt') or the card itself ('card'); True means 副本."""
    with unit_of_work(actor, Action.GOODS_RECEIVE) as uow:
        card = get_card(card_id)
        record = card.receipt if paper == "receipt" else card
        is_copy = record.print_count > 0
        record.print_count += 1
        record.save()
        uow.audit("goods_receipt" if paper == "receipt" else "repair_card", record.id,
                  after={"print_count": record.print_count, "copy": is_copy}, note=f"print {paper}")
    return is_copy
