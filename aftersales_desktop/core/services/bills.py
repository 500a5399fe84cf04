"""The itemised bill (账单) of a call or a repair card, built from the work.

Lines: labour (typed, or taken from the time log / the visit at the labour rate), each part issued to the work
order at its sale price (written by the parts store when it issues, reduced or removed when a part comes back
unused), travel, other, and a discount. The kind of work decides who pays: paid service bills the customer;
contract and free work bill nothing, but their lines stay (the parts are after-sales cost).

A bill is settled when the work is handed over (each visit of a call, the return of a repaired item): its open
lines go onto one invoice line (paid work) or are just marked settled. A settled line changes only while its
invoice line is still untouched (due, nothing collected); a voided invoice line reopens its bill lines.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import settings
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import (
    AuthorityEvent,
    BillLine,
    Invoice,
    PartIssue,
    RepairCard,
    ServiceCall,
    Staff,
    TimeEntry,
    Visit,
)
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.invoices import write_invoice_line
from aftersales_desktop.core.validation import check_count, check_money, clean_text
from aftersales_desktop.core.vocab import BILL_LINE

LINE_FIELDS = ("call", "repair_card", "kind", "description", "qty", "unit_fen", "amount_fen", "cost_fen", "minutes",
               "percent", "part_issue", "invoice", "settled_at")  # fmt: skip
TYPED_KINDS = ("labour", "travel", "other")
FINISHED_CARD = ("returned", "returned_unrepaired", "cancelled")


def chargeable(call: ServiceCall) -> bool:
    """Paid service bills the customer; contract, free and general work do not (第一条)."""
    return call.kind == "paid"


def work_order(call_id: int | None = None, repair_card_id: int | None = None) -> tuple[ServiceCall, RepairCard | None]:
    """The call (and the card, for a repair) whose bill this is; exactly one of the two ids."""
    if (call_id is None) == (repair_card_id is None):
        raise ValidationError(T("账单属于一张叫修单或一张修护卡。", "A bill belongs to one call or one repair card."), "work_order")
    if repair_card_id is not None:
        card = RepairCard.get_or_none(RepairCard.id == repair_card_id)
        if card is None:
            raise NotFound(T("找不到该修护卡。", "No such repair card."))
        return card.call, card
    call = ServiceCall.get_or_none(ServiceCall.id == call_id)
    if call is None:
        raise NotFound(T("找不到该叫修单。", "No such call."))
    return call, None


# every write to a bill reads its lines again (discounts follow them): the two shapes keep their text
_LINES_OF_CARD = Kept(lambda card_id: BillLine.select().where(BillLine.repair_card == card_id).order_by(BillLine.id))
_LINES_OF_CALL = Kept(lambda call_id: BillLine.select().where(
    (BillLine.call == call_id) & BillLine.repair_card.is_null()).order_by(BillLine.id))


def lines_of(call: ServiceCall, card: RepairCard | None) -> list[BillLine]:
    """All lines of the bill (a card's bill, or the call's own on-site bill), oldest first."""
    return _LINES_OF_CARD.rows(card.id) if card is not None else _LINES_OF_CALL.rows(call.id)


def _owner_number(call: ServiceCall, card: RepairCard | None) -> str:
    return card.number if card is not None else call.number


def ensure_open_bill(call: ServiceCall, card: RepairCard | None) -> None:
    """Refuse changes to the bill of finished work (a voided or closed call, a card handed back)."""
    if card is not None and card.status in FINISHED_CARD:
        raise Conflict(T("修护卡 {n} 已结束,账单不能再改。", "Repair card {n} is finished; its bill can no longer change.",
                         n=card.number))
    if call.status in ("closed", "void"):
        raise Conflict(T("叫修单 {n} 已结案或作废,账单不能再改。", "Call {n} is closed or voided; its bill can no longer change.",
                         n=call.number))


def _audit_line(uow: UnitOfWork, line: BillLine, before: dict | None = None, note: str = "") -> None:
    uow.audit("bill_line", line.id, before=before, after=snapshot(line, *LINE_FIELDS), note=note,
              action=Action.BILL_EDIT.value)


def write_line(uow: UnitOfWork, call: ServiceCall, card: RepairCard | None, kind: str, description: str, *,
               qty: int = 1, unit_fen: int = 0, cost_fen: int = 0, minutes: int = 0, visit: Visit | None = None,
               part_issue: PartIssue | None = None, percent: int = 0,
               authority_event: AuthorityEvent | None = None) -> BillLine:
    """Add a line to the bill inside an open use case; discounts on the open lines follow."""
    line = BillLine.create(
        call=call, repair_card=card, kind=kind, description=description[:120], qty=qty, unit_fen=unit_fen,
        amount_fen=qty * unit_fen, cost_fen=cost_fen, minutes=minutes, visit=visit, part_issue=part_issue,
        percent=percent, authority_event=authority_event, created_at=uow.now, created_by=uow.actor,
    )
    _audit_line(uow, line)
    refresh_discounts(uow, call, card)
    return line


def _delete_line(uow: UnitOfWork, line: BillLine, note: str) -> None:
    before = snapshot(line, *LINE_FIELDS)
    line.delete_instance()
    uow.audit("bill_line", line.id, before=before, note=note, action=Action.BILL_EDIT.value)


def discount_amount(base_fen: int, percent: int) -> int:
    """A discount of `percent` on `base_fen`, negative, rounded half up to the fen."""
    return -((max(base_fen, 0) * percent + 50) // 100)


def refresh_discounts(uow: UnitOfWork, call: ServiceCall, card: RepairCard | None,
                      invoice: Invoice | None = None) -> None:
    """Recompute the discount of the open lines (or of one invoice's lines) from the lines it applies to."""
    lines = lines_of(call, card)
    group = [ln for ln in lines if (ln.invoice_id == invoice.id if invoice is not None else ln.settled_at is None)]
    base = sum(ln.amount_fen for ln in group if ln.kind != "discount")
    for line in group:
        if line.kind == "discount":
            amount = discount_amount(base, line.percent)
            if amount != line.amount_fen:
                before = snapshot(line, *LINE_FIELDS)
                line.amount_fen = line.unit_fen = amount
                line.save()
                _audit_line(uow, line, before, note="discount follows the bill")


# ---- parts: written by the store's issue and return --------------------------------------------------------


def add_part_line(uow: UnitOfWork, issue: PartIssue) -> BillLine:
    """The part just issued goes onto its work order's bill at its sale price (and its cost)."""
    card = RepairCard.get_by_id(issue.repair_card_id) if issue.repair_card_id else None
    call = card.call if card is not None else ServiceCall.get_by_id(issue.call_id)
    part = issue.part
    return write_line(uow, call, card, "part", f"{part.name}({part.code})", qty=issue.qty,
                      unit_fen=issue.unit_price_fen, cost_fen=issue.qty * issue.unit_cost_fen, part_issue=issue)


def follow_part_return(uow: UnitOfWork, issue: PartIssue) -> None:
    """A part came back unused: its line shrinks to what stayed on the job, or goes when nothing did."""
    line = BillLine.get_or_none(BillLine.part_issue == issue.id)
    if line is None:
        return  # issued before bills existed and never billed
    invoice = Invoice.get_by_id(line.invoice_id) if line.invoice_id else None
    if invoice is not None and (invoice.status != "due" or invoice.collected_fen > 0):
        raise Conflict(T(
            "该配件已记入已开票或已收款的账单({n}),不能退料;请会计先作废该开票行。",
            "This part is on a bill already invoiced or paid ({n}); the accountant must void that invoice line first.",
            n=_owner_number(line.call, line.repair_card)))
    kept = issue.qty - issue.returned_qty
    call, card = line.call, line.repair_card
    if kept <= 0:
        _delete_line(uow, line, note=f"part returned unused (issue {issue.id})")
    else:
        before = snapshot(line, *LINE_FIELDS)
        line.qty, line.amount_fen, line.cost_fen = kept, kept * line.unit_fen, kept * issue.unit_cost_fen
        line.save()
        _audit_line(uow, line, before, note=f"part returned unused (issue {issue.id})")
    refresh_discounts(uow, call, card, invoice)
    if invoice is not None:
        resync_invoice(uow, invoice)


def resync_invoice(uow: UnitOfWork, invoice: Invoice) -> None:
    """An untouched invoice line follows its bill lines; with nothing left to charge it is voided."""
    amount = sum(ln.amount_fen for ln in BillLine.select().where(BillLine.invoice == invoice.id))
    before = snapshot(invoice, "amount_fen", "status", "note")
    if amount <= 0:
        invoice.status = "void"
        invoice.note = f"{invoice.note} [作废/void: 账单已无应收 / nothing left to charge]".strip()
        BillLine.update(invoice=None, settled_at=None).where(BillLine.invoice == invoice.id).execute()
    else:
        invoice.amount_fen = amount
    invoice.save()
    uow.audit("invoice", invoice.id, before=before, after=snapshot(invoice, "amount_fen", "status", "note"),
              action=Action.INVOICE_MANAGE.value, note="follows its bill")


def reopen_lines(uow: UnitOfWork, invoice: Invoice) -> int:
    """A voided invoice line gives its bill lines back to the open bill (they can be settled again)."""
    return BillLine.update(invoice=None, settled_at=None).where(BillLine.invoice == invoice.id).execute()


# ---- settling ----------------------------------------------------------------------------------------------


# settling marks the lines it took (one text per number of lines, core/models/kept.py): onto an invoice line,
# or just settled when nothing is charged
_SETTLE_ONTO = Kept(lambda invoice_id, now, *ids: BillLine.update(invoice=invoice_id, settled_at=now).where(
    BillLine.id.in_(ids)))
_SETTLE_FREE = Kept(lambda now, *ids: BillLine.update(invoice=None, settled_at=now).where(BillLine.id.in_(ids)))


def settle(uow: UnitOfWork, call: ServiceCall, card: RepairCard | None, *, due_on: dt.date,
           collected: bool = False, note: str = "", charge: bool = True) -> Invoice | None:
    """Put the open lines onto the invoice list (paid work) or mark them settled (no charge, or `charge` False:
    an item going back unrepaired); returns the invoice line."""
    refresh_discounts(uow, call, card)
    open_lines = [ln for ln in lines_of(call, card) if ln.settled_at is None]
    if not open_lines:
        return None
    total = sum(ln.amount_fen for ln in open_lines)
    invoice = None
    if charge and chargeable(call) and total > 0:
        words = ";".join(f"{BILL_LINE.text(ln.kind).zh} {ln.description} {ln.amount_fen / 100:.2f}"
                         for ln in open_lines)[:400]
        invoice = write_invoice_line(
            uow, total, call_id=None if card else call.id, repair_card_id=card.id if card else None,
            collected_fen=total if collected else 0, due_on=due_on, note=(note + " " + words).strip(),
        )
    ids = [ln.id for ln in open_lines]
    if invoice is not None:
        _SETTLE_ONTO.execute(invoice.id, uow.now, *ids)
    else:
        _SETTLE_FREE.execute(uow.now, *ids)
    uow.audit("repair_card" if card else "service_call", card.id if card else call.id, after={
        "owner": _owner_number(call, card), "lines": ids, "total_fen": total,
        "invoice": invoice.id if invoice else None, "charged": invoice is not None,
    }, action=Action.BILL_EDIT.value, note="bill settled")
    return invoice


def settle_bill(actor: Staff, *, call_id: int | None = None, repair_card_id: int | None = None) -> Invoice | None:
    """Put what is open on the bill of handed-over work onto the invoice list (e.g. after a voided invoice line)."""
    with unit_of_work(actor, Action.INVOICE_MANAGE) as uow:
        call, card = work_order(call_id, repair_card_id)
        if call.status == "void":
            raise Conflict(T("叫修单 {n} 已作废。", "Call {n} is voided.", n=call.number))
        if card is not None and card.status not in ("returned",):
            raise Conflict(T("修护卡 {n} 交还客户时才结算账单。", "Repair card {n} is billed when it goes back to the customer.",
                             n=card.number))
        if card is None and not Visit.select().where(Visit.call == call.id).exists():
            raise Conflict(T("叫修单 {n} 还没有上门记录,账单在上门后结算。", "Call {n} has no visit yet; it is billed at the visit.",
                             n=call.number))
        invoice = settle(uow, call, card, due_on=uow.now.date())
        if uow.audited == 0:
            raise Conflict(T("账单上没有未结算的项目。", "Nothing on the bill is waiting to be settled."))
    return invoice


# ---- lines typed at the counter ----------------------------------------------------------------------------


def _charge_only_paid(call: ServiceCall, field: str) -> None:
    if not chargeable(call):
        raise ValidationError(
            T("只有有费服务才收费;合同、免费和一般工作不收费。", "Only paid service is charged; contract, free and general work are not."),
            field,
        )


def add_bill_line(actor: Staff, *, kind: str, description: str = "", unit_fen: int, qty: int = 1,
                  call_id: int | None = None, repair_card_id: int | None = None) -> BillLine:
    """Add labour, travel or another charge to an open bill (parts come from the store, discounts have rules)."""
    if kind not in TYPED_KINDS:
        raise ValidationError(T("请选择工时费、交通费或其他。", "Choose labour, travel or other."), "kind")
    check_money(unit_fen, "unit_fen", allow_zero=False)
    check_count(qty, "qty", maximum=1000)
    text = clean_text(description, "description", 120, "说明|description", required=kind == "other")
    with unit_of_work(actor, Action.BILL_EDIT) as uow:
        call, card = work_order(call_id, repair_card_id)
        ensure_open_bill(call, card)
        _charge_only_paid(call, "unit_fen")
        return write_line(uow, call, card, kind, text, qty=qty, unit_fen=unit_fen)


_CARD_TIME = Kept(lambda card_id: TimeEntry.select().where(
    TimeEntry.ended_at.is_null(False) & (TimeEntry.repair_card == card_id)))
_CALL_TIME = Kept(lambda call_id: TimeEntry.select().where(TimeEntry.ended_at.is_null(False) & (TimeEntry.call == call_id)))
_FINISHED_VISITS = Kept(lambda call_id: Visit.select().where((Visit.call == call_id) & Visit.finished_at.is_null(False)))


def worked_minutes(call: ServiceCall, card: RepairCard | None) -> int:
    """Time on the work: a card's time log; a call's visits on site plus time logged against the call."""
    entries = _CARD_TIME.rows(card.id) if card is not None else _CALL_TIME.rows(call.id)
    minutes = sum(e.minutes for e in entries)
    if card is None:
        for visit in _FINISHED_VISITS.rows(call.id):
            if visit.finished_at is not None:
                minutes += max(0, round((visit.finished_at - visit.arrived_at).total_seconds() / 60))
    return minutes


def labour_at_rate(minutes: int) -> int:
    """Labour for `minutes` at the shop's hourly labour rate, to the fen."""
    return (minutes * settings.get("labour_rate_fen_per_hour") + 30) // 60


def labour_from_time(actor: Staff, *, call_id: int | None = None, repair_card_id: int | None = None) -> BillLine:
    """Replace the open labour lines with one taken from the time logged on the work, at the labour rate."""
    with unit_of_work(actor, Action.BILL_EDIT) as uow:
        call, card = work_order(call_id, repair_card_id)
        ensure_open_bill(call, card)
        _charge_only_paid(call, "labour")
        minutes = worked_minutes(call, card)
        if minutes <= 0:
            raise Conflict(T("还没有登记工时。", "No time has been logged on this work yet."))
        line = replace_labour(uow, call, card, minutes=minutes)
        assert line is not None  # minutes > 0 always make a line
        return line


def replace_labour(uow: UnitOfWork, call: ServiceCall, card: RepairCard | None, *, minutes: int = 0,
                   amount_fen: int | None = None, kinds: tuple[str, ...] = ("labour",),
                   visit: Visit | None = None) -> BillLine | None:
    """Drop the open lines of `kinds` and write the labour line (from minutes at the rate, or an amount; none
    for an amount of 0)."""
    for line in lines_of(call, card):
        if line.settled_at is None and line.kind in kinds and (visit is None or line.visit_id in (None, visit.id)):
            _delete_line(uow, line, note="replaced")
    amount = labour_at_rate(minutes) if amount_fen is None else amount_fen
    if amount_fen is not None and amount_fen <= 0:
        refresh_discounts(uow, call, card)
        return None
    return write_line(uow, call, card, "labour", "", unit_fen=amount, minutes=minutes, visit=visit)


def remove_bill_line(actor: Staff, line_id: int) -> None:
    """Take a typed line off an open bill (a part leaves the bill only by going back to the store)."""
    with unit_of_work(actor, Action.BILL_EDIT) as uow:
        line = BillLine.get_or_none(BillLine.id == line_id)
        if line is None:
            raise NotFound(T("找不到该账单项目。", "No such line on the bill."))
        call, card = line.call, line.repair_card
        ensure_open_bill(call, card)
        if line.settled_at is not None:
            raise Conflict(T("该项目已结算,不能删除。", "This line is settled; it cannot be removed."))
        if line.kind == "part":
            raise Conflict(T("配件只能退回仓库后从账单上去掉。", "A part leaves the bill only when it goes back to the store."))
        _delete_line(uow, line, note="removed at the counter")
        refresh_discounts(uow, call, card)
