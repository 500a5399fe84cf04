"""Customers, the products they own, and maintenance contracts (保养合同书)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, MoneyField
from aftersales_desktop.core.models.staff import Staff

if TYPE_CHECKING:
    from aftersales_desktop.core.models.calls import ServiceCall
    from aftersales_desktop.core.models.opinion import Complaint
    from aftersales_desktop.core.models.parts import ClaimOrder


class Customer(BaseModel):
    """The customer's file (客户资料袋)."""

    name = peewee.CharField(max_length=60, index=True)
    name_initials = peewee.CharField(max_length=60, index=True, default="")  # pinyin initials: 王小明 -> wxm
    phone = peewee.CharField(max_length=30, index=True, default="")  # digits only: core/phones.py
    phone2 = peewee.CharField(max_length=30, index=True, default="")
    address = peewee.CharField(max_length=200, default="")
    area = CodeField(null=True)  # vocab.AREA
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField()
    # Set by peewee; typed here for the checker.
    products: peewee.ModelSelect[Product]
    contracts: peewee.ModelSelect[Contract]
    calls: peewee.ModelSelect[ServiceCall]
    complaints: peewee.ModelSelect[Complaint]
    claim_orders: peewee.ModelSelect[ClaimOrder]


class Product(BaseModel):
    """One product a customer owns; warranty_end is the end of the free warranty (免费保证期间)."""

    customer = peewee.ForeignKeyField(Customer, backref="products")
    name = peewee.CharField(max_length=60, default="")  # e.g. 空调, 洗衣机, 轿车
    model = peewee.CharField(max_length=60, index=True)
    serial = peewee.CharField(max_length=60, index=True, default="")
    purchase_date = peewee.DateField(null=True)
    warranty_end = peewee.DateField(null=True)
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField()
    # Set by peewee; typed here for the checker.
    customer_id: int
    contract_items: peewee.ModelSelect[ContractProduct]
    calls: peewee.ModelSelect[ServiceCall]


class Contract(BaseModel):
    """A maintenance contract; a renewal is a new contract pointing at the old one."""

    number = peewee.CharField(max_length=20, unique=True)
    customer = peewee.ForeignKeyField(Customer, backref="contracts")
    start = peewee.DateField()
    end = peewee.DateField(index=True)
    fee_fen = MoneyField(default=0)
    coverage = peewee.TextField(default="")
    visits_included = peewee.IntegerField(default=0)
    status = CodeField(default="active")  # vocab.CONTRACT_STATUS
    # a self-reference is untyped in peewee, so its type is spelled out
    renewed_from: peewee.ForeignKeyField[Contract | None] = peewee.ForeignKeyField("self", null=True, backref="renewals")
    void_reason = peewee.TextField(default="")
    created_by = peewee.ForeignKeyField(Staff)
    created_at = peewee.DateTimeField()
    # Set by peewee; typed here for the checker.
    customer_id: int
    renewed_from_id: int | None
    created_by_id: int
    renewals: peewee.ModelSelect[Contract]
    items: peewee.ModelSelect[ContractProduct]
    follow_ups: peewee.ModelSelect[ContractFollowUp]
    calls: peewee.ModelSelect[ServiceCall]

    class Meta:
        indexes = ((("status", "end"), False),)  # the active ones, ending soonest first




class ContractProduct(BaseModel):
    contract = peewee.ForeignKeyField(Contract, backref="items")
    product = peewee.ForeignKeyField(Product, backref="contract_items")
    # Set by peewee; typed here for the checker.
    contract_id: int
    product_id: int

    class Meta:
        indexes = ((("contract", "product"), True),)


class ContractFollowUp(BaseModel):
    """The expiry notice sent and the visit to win the renewal (第十五条)."""

    contract = peewee.ForeignKeyField(Contract, backref="follow_ups")
    staff = peewee.ForeignKeyField(Staff)
    at = peewee.DateTimeField()
    notice_printed = peewee.BooleanField(default=False)
    result = peewee.TextField(default="")
    outcome = peewee.CharField(max_length=20, default="pending")  # pending / renewed / declined
    # Set by peewee; typed here for the checker.
    contract_id: int
    staff_id: int
