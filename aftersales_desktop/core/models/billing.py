"""The accountant's invoice list: money due from calls, repairs and claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, MoneyField
from aftersales_desktop.core.models.calls import ServiceCall
from aftersales_desktop.core.models.customers import Customer
from aftersales_desktop.core.models.repairs import RepairCard

if TYPE_CHECKING:
    from aftersales_desktop.core.models.bills import BillLine


class Invoice(BaseModel):
    """A line on the accountant's invoice list: money due from a call, a repair or a claim."""

    call = peewee.ForeignKeyField(ServiceCall, null=True, backref="invoices")
    repair_card = peewee.ForeignKeyField(RepairCard, null=True, backref="invoices")
    customer = peewee.ForeignKeyField(Customer, null=True)
    amount_fen = MoneyField()
    collected_fen = MoneyField(default=0)
    due_on = peewee.DateField(index=True)
    status = CodeField(default="due")  # vocab.INVOICE_STATUS
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField()
    invoiced_at = peewee.DateTimeField(null=True)
    # Set by peewee; typed here for the checker.
    call_id: int | None
    repair_card_id: int | None
    customer_id: int | None
    bill_lines: peewee.ModelSelect[BillLine]
