"""Reads for the parts cabinet: search as you type, low stock, moves, work-order parts, loans, claims (the
stocktake's reads are in queries/stocktake.py, re-exported here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import (
    ClaimOrder,
    Customer,
    Deposit,
    Part,
    PartIssue,
    RepairCard,
    ServiceCall,
    Staff,
    StockMove,
    Tool,
    ToolLoan,
)
from aftersales_desktop.core.queries.paging import PagedQuery
from aftersales_desktop.core.queries.stocktake import CountRow as CountRow
from aftersales_desktop.core.queries.stocktake import open_stocktake as open_stocktake
from aftersales_desktop.core.queries.stocktake import stocktake_lines as stocktake_lines
from aftersales_desktop.core.queries.stocktake import stocktakes as stocktakes


@dataclass(frozen=True)
class PartRow:
    id: int
    code: str
    name: str
    fits_models: str
    unit: str
    bin_location: str
    cost_fen: int
    price_fen: int
    min_qty: int
    qty_on_hand: int
    active: bool

    @property
    def low(self) -> bool:
        return self.active and self.qty_on_hand < self.min_qty


def _part_row(p: Part) -> PartRow:
    return PartRow(p.id, p.code, p.name, p.fits_models, p.unit, p.bin_location, p.cost_fen, p.price_fen, p.min_qty,
                   p.qty_on_hand, p.active)


def search_parts(text: str = "", low_only: bool = False, include_inactive: bool = False) -> PagedQuery[PartRow]:
    """Parts whose code, name, fitted model or pinyin initials contain what was typed, by code."""
    query = Part.select()
    words = (text or "").strip().lower().split()
    for word in words:
        like = f"%{word}%"
        query = query.where(
            Part.code.contains(word) | Part.name.contains(word) | Part.fits_models.contains(word)
            | (Part.name_initials ** like)
        )
    if not include_inactive:
        query = query.where(Part.active)
    if low_only:
        query = query.where(Part.qty_on_hand < Part.min_qty)
    return PagedQuery(query.order_by(Part.code), _part_row)


def get_part(part_id: int) -> PartRow | None:
    part = Part.get_or_none(Part.id == part_id)
    return _part_row(part) if part else None


def low_stock_parts() -> list[PartRow]:
    """Active parts below their minimum stock (the Today page counts these)."""
    query = Part.select().where(Part.active & (Part.qty_on_hand < Part.min_qty)).order_by(Part.code)
    return [_part_row(p) for p in query]


@dataclass(frozen=True)
class MoveRow:
    id: int
    at: dt.datetime
    part_code: str
    part_name: str
    kind: str
    qty: int
    unit_cost_fen: int
    value_fen: int
    qty_after: int
    detail: str  # supplier, department, work order or stocktake
    staff_name: str


def _move_row(m: StockMove) -> MoveRow:
    detail = m.supplier or m.department or m.reason
    return MoveRow(m.id, m.at, m.part.code, m.part.name, m.kind, m.qty, m.unit_cost_fen, m.value_fen, m.qty_after,
                   detail, m.staff.name)


def stock_moves(part_id: int | None = None, kind: str | None = None) -> PagedQuery[MoveRow]:
    """Stock moves, newest first; of one part and/or one kind."""
    query = StockMove.select(StockMove, Part, Staff).join(Part).switch(StockMove).join(Staff)
    if part_id is not None:
        query = query.where(StockMove.part == part_id)
    if kind:
        query = query.where(StockMove.kind == kind)
    return PagedQuery(query.order_by(StockMove.at.desc(), StockMove.id.desc()), _move_row)


@dataclass(frozen=True)
class IssueRow:
    id: int
    part_id: int
    part_code: str
    part_name: str
    unit: str
    qty: int
    returned_qty: int
    unit_cost_fen: int
    unit_price_fen: int
    used: bool
    issued_at: dt.datetime
    issued_by: str
    old_for_new: bool = True  # 以坏换新: the old part is to come back
    old_returned: bool | None = None  # it came back, it did not (old_note says why), or not noted yet
    old_note: str = ""

    @property
    def old_missing(self) -> bool:
        """Used, the rule asks for the old part, and it is not (yet) back."""
        return self.used and self.old_for_new and self.old_returned is not True

    @property
    def net_qty(self) -> int:
        return self.qty - self.returned_qty

    @property
    def price_total_fen(self) -> int:
        return self.net_qty * self.unit_price_fen

    @property
    def cost_total_fen(self) -> int:
        return self.net_qty * self.unit_cost_fen


def work_order_parts(repair_card_id: int | None = None, call_id: int | None = None) -> list[IssueRow]:
    """The parts issued to one repair card or one call, with cost and price."""
    query = PartIssue.select(PartIssue, Part, Staff).join(Part).switch(PartIssue).join(Staff)
    if repair_card_id is not None:
        query = query.where(PartIssue.repair_card == repair_card_id)
    elif call_id is not None:
        query = query.where(PartIssue.call == call_id)
    else:
        return []
    return [
        IssueRow(i.id, i.part.id, i.part.code, i.part.name, i.part.unit, i.qty, i.returned_qty, i.unit_cost_fen,
                 i.unit_price_fen, i.used, i.issued_at, i.issued_by.name, i.part.old_for_new, i.old_returned,
                 i.old_note)
        for i in query.order_by(PartIssue.issued_at, PartIssue.id)
    ]


def parts_charge_fen(repair_card_id: int | None = None, call_id: int | None = None) -> int:
    """What the customer pays for parts on this work order: issued less returned, at the issue price."""
    return sum(row.price_total_fen for row in work_order_parts(repair_card_id, call_id))


@dataclass(frozen=True)
class WorkOrder:
    kind: str  # "repair_card" or "call"
    id: int
    number: str
    status: str
    customer: str
    product: str


def find_work_order(number: str) -> WorkOrder | None:
    """A repair card or a call by its printed number (修护卡 XH…, 叫修 JX…)."""
    number = (number or "").strip().upper()
    card = RepairCard.get_or_none(RepairCard.number == number)
    if card is not None:
        card_call = card.call
        return WorkOrder("repair_card", card.id, card.number, card.status,
                         card_call.customer.name if card_call.customer else "",
                         f"{card_call.product.name} {card_call.product.model}" if card_call.product else "")
    call = ServiceCall.get_or_none(ServiceCall.number == number)
    if call is not None:
        return WorkOrder("call", call.id, call.number, call.status, call.customer.name if call.customer else "",
                         f"{call.product.name} {call.product.model}" if call.product else "")
    return None


@dataclass(frozen=True)
class LoanRow:
    id: int
    tool_id: int
    tool_code: str
    tool_name: str
    borrower: str
    lent_at: dt.datetime
    due_at: dt.datetime
    returned_at: dt.datetime | None
    lost: bool
    compensation: str
    compensation_fen: int
    overdue: bool


def _loan_row(loan: ToolLoan, now: dt.datetime) -> LoanRow:
    open_ = loan.returned_at is None and not loan.lost
    return LoanRow(loan.id, loan.tool.id, loan.tool.code, loan.tool.name, loan.borrower.name, loan.lent_at, loan.due_at,
                   loan.returned_at, loan.lost, loan.compensation, loan.compensation_fen, open_ and loan.due_at < now)


def tool_loans(open_only: bool = False, overdue_only: bool = False, now: dt.datetime | None = None) -> PagedQuery[LoanRow]:
    """The loan register, newest first; open or overdue loans only when asked."""
    now = now or clock.now()
    query = ToolLoan.select(ToolLoan, Tool, Staff).join(Tool).switch(ToolLoan).join(Staff, on=ToolLoan.borrower == Staff.id)
    if open_only or overdue_only:
        query = query.where(ToolLoan.returned_at.is_null() & ~ToolLoan.lost)
    if overdue_only:
        query = query.where(ToolLoan.due_at < now)
    return PagedQuery(query.order_by(ToolLoan.lent_at.desc(), ToolLoan.id.desc()), lambda r: _loan_row(r, now))


def overdue_loans(now: dt.datetime | None = None) -> list[LoanRow]:
    """Tools lent and not back by their due time."""
    paged = tool_loans(overdue_only=True, now=now)
    return list(paged.fetch(0, 10_000))


def tools() -> list[Tool]:
    return list(Tool.select().order_by(Tool.code))


@dataclass(frozen=True)
class ClaimRow:
    id: int
    number: str
    customer: str
    phone: str
    part_description: str
    amount_fen: int
    deposit_fen: int
    deposit_refunded: bool
    status: str
    supervisor_signed: bool
    manager_signed: bool
    created_at: dt.datetime
    arrived_at: dt.datetime | None
    days_waiting: int | None  # arrived and not fitted: days since arrival


def _claim_row(c: ClaimOrder, now: dt.datetime) -> ClaimRow:
    deposits = list(c.deposits)
    waiting = (now.date() - c.arrived_at.date()).days if c.status == "arrived" and c.arrived_at else None
    return ClaimRow(c.id, c.number, c.customer.name, c.customer.phone, c.part_description, c.amount_fen,
                    sum(d.amount_fen for d in deposits), bool(deposits) and all(d.refunded_at for d in deposits),
                    c.status, bool(c.supervisor_signed_by_id), bool(c.manager_signed_by_id), c.created_at,
                    c.arrived_at, waiting)


def claims(status: str | None = None, now: dt.datetime | None = None) -> PagedQuery[ClaimRow]:
    """Claim orders, newest first, optionally of one status."""
    now = now or clock.now()
    query = ClaimOrder.select(ClaimOrder, Customer).join(Customer)
    if status:
        query = query.where(ClaimOrder.status == status)
    return PagedQuery(query.order_by(ClaimOrder.created_at.desc(), ClaimOrder.id.desc()), lambda c: _claim_row(c, now),
                      prefetch=[Deposit.select()])  # fmt: skip


def claims_waiting(now: dt.datetime | None = None) -> list[ClaimRow]:
    """Parts that arrived but the customer has not come for, longest waiting first."""
    now = now or clock.now()
    query = (ClaimOrder.select(ClaimOrder, Customer).join(Customer).where(ClaimOrder.status == "arrived")
             .order_by(ClaimOrder.arrived_at))
    return [_claim_row(c, now) for c in peewee.prefetch(query, Deposit.select())]


def claim_deposit(claim_id: int) -> Deposit | None:
    return Deposit.select().where(Deposit.claim_order == claim_id).order_by(Deposit.id).first()
