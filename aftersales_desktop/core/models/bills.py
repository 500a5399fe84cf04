"""The itemised bill (账单) of a call or a repair card: labour, the parts issued to it, travel, other, a discount.

A line is open until the bill is settled: then it points at the invoice line it went onto (paid work) or is
just marked settled (contract and free work: nothing to the customer, the parts count as after-sales cost).
"""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, MoneyField
from aftersales_desktop.core.models.billing import Invoice
from aftersales_desktop.core.models.calls import ServiceCall, Visit
from aftersales_desktop.core.models.conduct import AuthorityEvent
from aftersales_desktop.core.models.parts import PartIssue
from aftersales_desktop.core.models.repairs import RepairCard
from aftersales_desktop.core.models.staff import Staff


class BillLine(BaseModel):
    """One line of a bill; a part's line follows its issue (added on issue, reduced or removed on return)."""

    call = peewee.ForeignKeyField(ServiceCall, backref="bill_lines")  # a card's lines name its call too
    repair_card = peewee.ForeignKeyField(RepairCard, null=True, backref="bill_lines")
    kind = CodeField()  # vocab.BILL_LINE
    description = peewee.CharField(max_length=120, default="")
    qty = peewee.IntegerField(default=1)
    unit_fen = MoneyField(default=0)  # price per unit to the customer
    amount_fen = MoneyField(default=0)  # qty × unit; a discount is negative
    cost_fen = MoneyField(default=0)  # what the line costs the shop (parts at their moving-average cost)
    minutes = peewee.IntegerField(default=0)  # labour taken from the time log or the visit
    percent = peewee.IntegerField(default=0)  # a discount's percent of the lines settled with it
    part_issue = peewee.ForeignKeyField(PartIssue, null=True, unique=True, backref="bill_lines")
    visit = peewee.ForeignKeyField(Visit, null=True, backref="bill_lines")
    authority_event = peewee.ForeignKeyField(AuthorityEvent, null=True, backref="bill_lines")
    invoice = peewee.ForeignKeyField(Invoice, null=True, backref="bill_lines")
    settled_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField()
    created_by = peewee.ForeignKeyField(Staff)
    # Set by peewee; typed here for the checker.
    call_id: int
    repair_card_id: int | None
    part_issue_id: int | None
    visit_id: int | None
    authority_event_id: int | None
    invoice_id: int | None
    created_by_id: int
