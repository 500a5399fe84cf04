"""Repairs in the shop: goods receipts, the in/out register, repair cards, quotes and the time log."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, JSONField, MoneyField
from aftersales_desktop.core.models.calls import ServiceCall
from aftersales_desktop.core.models.customers import Customer, Product
from aftersales_desktop.core.models.staff import Staff

if TYPE_CHECKING:
    from aftersales_desktop.core.models.billing import Invoice
    from aftersales_desktop.core.models.bills import BillLine
    from aftersales_desktop.core.models.conduct import AuthorityEvent
    from aftersales_desktop.core.models.parts import ClaimOrder, PartIssue
    from aftersales_desktop.core.models.photos import Photo


class GoodsReceipt(BaseModel):
    """The customer's goods receipt (客户商品领取收据); voided (never reused) when the item goes back."""

    number = peewee.CharField(max_length=20, unique=True)
    call = peewee.ForeignKeyField(ServiceCall, backref="receipts")
    customer = peewee.ForeignKeyField(Customer)
    product = peewee.ForeignKeyField(Product)
    received_at = peewee.DateTimeField(index=True)
    accessories = peewee.TextField(default="")
    condition = peewee.TextField(default="")
    stated_fault = peewee.TextField(default="")
    promised_on = peewee.DateField()
    status = CodeField(default="held")  # held / returned (taken back and voided) / void
    voided_at = peewee.DateTimeField(null=True)
    void_reason = peewee.TextField(default="")
    returned_without_receipt = peewee.BooleanField(default=False)
    id_details = peewee.TextField(default="")  # ID shown when the customer lost the receipt
    print_count = peewee.IntegerField(default=0)
    created_by = peewee.ForeignKeyField(Staff)
    # the condition checklist ticked at goods in: {vocab.CONDITION_CHECK code: True/False}; printed for signing
    checklist = JSONField(default=dict)
    # Set by peewee; typed here for the checker.
    call_id: int
    customer_id: int
    product_id: int
    created_by_id: int
    repair_cards: peewee.ModelSelect[RepairCard]
    register_entries: peewee.ModelSelect[GoodsRegisterEntry]
    photos: peewee.ModelSelect[Photo]


class RepairCard(BaseModel):
    """The repair card (修护卡) hung on an item in the shop."""

    number = peewee.CharField(max_length=20, unique=True)
    call = peewee.ForeignKeyField(ServiceCall, backref="repair_cards")
    receipt = peewee.ForeignKeyField(GoodsReceipt, unique=True, backref="repair_cards")
    technician = peewee.ForeignKeyField(Staff, null=True, backref="repair_cards")
    diagnosis = peewee.TextField(default="")
    status = CodeField(default="received")  # vocab.REPAIR_STATUS
    needs_quote = peewee.BooleanField(default=True)  # paid and out-of-warranty work: quote first
    promised_on = peewee.DateField(index=True)
    repaired_at = peewee.DateTimeField(null=True)
    inspected_by = peewee.ForeignKeyField(Staff, null=True)
    inspected_at = peewee.DateTimeField(null=True)
    returned_at = peewee.DateTimeField(null=True, index=True)
    print_count = peewee.IntegerField(default=0)
    created_at = peewee.DateTimeField()
    created_by = peewee.ForeignKeyField(Staff)
    accident = peewee.BooleanField(default=False)  # an accident repair (事故车): its margin is checked
    promise_kept = peewee.BooleanField(null=True)  # back by the promised date; None while in the shop
    # Set by peewee; typed here for the checker.
    call_id: int
    receipt_id: int
    technician_id: int | None
    inspected_by_id: int | None
    created_by_id: int
    register_entries: peewee.ModelSelect[GoodsRegisterEntry]
    quotes: peewee.ModelSelect[Quote]
    inspections: peewee.ModelSelect[Inspection]
    time_entries: peewee.ModelSelect[TimeEntry]
    invoices: peewee.ModelSelect[Invoice]
    part_issues: peewee.ModelSelect[PartIssue]
    claim_orders: peewee.ModelSelect[ClaimOrder]
    bill_lines: peewee.ModelSelect[BillLine]
    authority_events: peewee.ModelSelect[AuthorityEvent]

    class Meta:
        indexes = ((("status", "promised_on"), False),)  # cards by state, the promised day first



class GoodsRegisterEntry(BaseModel):
    """One line of the goods in/out register (客户商品进出登记簿)."""

    receipt = peewee.ForeignKeyField(GoodsReceipt, unique=True, backref="register_entries")
    repair_card = peewee.ForeignKeyField(RepairCard, null=True, backref="register_entries")
    in_at = peewee.DateTimeField(index=True)
    in_by = peewee.ForeignKeyField(Staff)
    out_at = peewee.DateTimeField(null=True, index=True)
    out_to = peewee.CharField(max_length=60, default="")  # who collected the item
    out_by = peewee.ForeignKeyField(Staff, null=True)
    # Set by peewee; typed here for the checker.
    receipt_id: int
    repair_card_id: int | None
    in_by_id: int
    out_by_id: int | None


class Quote(BaseModel):
    """A quote (报价) for out-of-warranty work; each change is a new version accepted again."""

    repair_card = peewee.ForeignKeyField(RepairCard, backref="quotes")
    version = peewee.IntegerField()
    labour_fen = MoneyField(default=0)
    parts_fen = MoneyField(default=0)
    travel_fen = MoneyField(default=0)
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField()
    created_by = peewee.ForeignKeyField(Staff)
    accepted_at = peewee.DateTimeField(null=True)
    accepted_by_name = peewee.CharField(max_length=60, default="")  # the customer who agreed
    accepted_how = CodeField(null=True)  # vocab.ACCEPT_HOW
    recorded_by = peewee.ForeignKeyField(Staff, null=True)
    # Set by peewee; typed here for the checker.
    repair_card_id: int
    created_by_id: int
    recorded_by_id: int | None

    class Meta:
        indexes = ((("repair_card", "version"), True),)


class Inspection(BaseModel):
    """A supervisor's inspection (主管验讫); a failed one sends the card back to repair."""

    repair_card = peewee.ForeignKeyField(RepairCard, backref="inspections")
    inspector = peewee.ForeignKeyField(Staff)
    at = peewee.DateTimeField()
    passed = peewee.BooleanField()
    note = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    repair_card_id: int
    inspector_id: int


class TimeEntry(BaseModel):
    """Time a technician spent: on a repair card, on a call, or on general (internal) work."""

    # indexed with ended_at (Meta): "this technician's running timer" and "what overlaps this stretch" read a
    # few rows of the index, not every entry the technician ever logged
    technician = peewee.ForeignKeyField(Staff, backref="time_entries", index=False)
    repair_card = peewee.ForeignKeyField(RepairCard, null=True, backref="time_entries")
    call = peewee.ForeignKeyField(ServiceCall, null=True, backref="time_entries")
    kind = CodeField()  # vocab.CALL_KIND: the kind of work this time counts as
    started_at = peewee.DateTimeField(index=True)
    ended_at = peewee.DateTimeField(null=True)  # None while a timer runs
    minutes = peewee.IntegerField(default=0)
    note = peewee.TextField(default="")
    recorded_by = peewee.ForeignKeyField(Staff)
    # Set by peewee; typed here for the checker.
    technician_id: int
    repair_card_id: int | None
    call_id: int | None
    recorded_by_id: int

    class Meta:
        indexes = ((("technician", "ended_at"), False),)
