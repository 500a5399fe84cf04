"""A technician's own work for the Today page: the running timer, the calls dispatched to them, their cards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Customer, Product, RepairCard, ServiceCall, TimeEntry
from aftersales_desktop.core.vocab import CALL_STATUS, REPAIR_STATUS

MY_CALLS = ("dispatched", "visited")  # someone has to go (again)
MY_CARDS = ("received", "quoted", "approved", "in_repair", "waiting_parts")  # not yet repaired


@dataclass(frozen=True)
class WorkItem:
    kind: str  # what the main window opens: "call" or "repair_card"
    record_id: int
    number: str
    who: str  # customer, product, problem: one line
    state: str  # the state in words
    due: dt.datetime | dt.date | None  # arrive by (a call) or promised (a card)
    late: bool


@dataclass(frozen=True)
class MyWork:
    timer: WorkItem | None  # the card the clock runs on, due = when it started
    calls: list[WorkItem]
    cards: list[WorkItem]

    @property
    def empty(self) -> bool:
        return self.timer is None and not self.calls and not self.cards


def _who(customer: Customer | None, product: Product | None, problem: str) -> str:
    parts = [customer.name if customer else "", f"{product.name} {product.model}".strip() if product else "", problem]
    return " · ".join(p for p in parts if p)


def my_work(staff_id: int, now: dt.datetime | None = None) -> MyWork:
    """Calls by deadline, cards by promised date; a few indexed queries."""
    now = now or clock.now()
    calls = [
        WorkItem("call", c.id, c.number, _who(c.customer, c.product, c.problem), CALL_STATUS.label(c.status),
                 c.deadline_at, c.deadline_at is not None and c.deadline_at < now)
        for c in ServiceCall.select().where((ServiceCall.technician == staff_id) & ServiceCall.status.in_(MY_CALLS))
        .order_by(ServiceCall.deadline_at.is_null(), ServiceCall.deadline_at, ServiceCall.id)
    ]  # fmt: skip
    cards = [
        WorkItem("repair_card", card.id, card.number, _who(card.receipt.customer, card.receipt.product,
                                                             card.receipt.stated_fault),
                 REPAIR_STATUS.label(card.status), card.promised_on, card.promised_on < now.date())
        for card in RepairCard.select().where((RepairCard.technician == staff_id) & RepairCard.status.in_(MY_CARDS))
        .order_by(RepairCard.promised_on, RepairCard.id)
    ]  # fmt: skip
    running = TimeEntry.get_or_none((TimeEntry.technician == staff_id) & TimeEntry.ended_at.is_null())
    timer = None
    card = RepairCard.get_or_none(RepairCard.id == running.repair_card_id) if running is not None else None
    if running is not None and card is not None:
        timer = WorkItem("repair_card", card.id, card.number, _who(card.receipt.customer, card.receipt.product, ""),
                         REPAIR_STATUS.label(card.status), running.started_at, False)
    return MyWork(timer, calls, cards)
