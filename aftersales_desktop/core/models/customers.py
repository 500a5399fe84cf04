"""Customers, the products they own, and maintenance contracts (保养合同书)."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, MoneyField
from aftersales_desktop.core.models.staff import Staff


class Customer(BaseModel):
    """The customer's file (客户资料袋)."""

    name = peewee.CharField(max_length=60, index=True)
    name_initials = peewee.CharField(max_length=60, index=True, default="")  # pinyin initials: 王小明 -> wxm
    phone = peewee.CharField(max_length=30, index=True, default="")
    phone2 = peewee.CharField(max_length=30, default="")
    address = peewee.CharField(max_length=200, default="")
    area = CodeField(null=True)  # vocab.AREA
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField()


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
    renewed_from = peewee.ForeignKeyField("self", null=True, backref="renewals")
    void_reason = peewee.TextField(default="")
    created_by = peewee.ForeignKeyField(Staff)
    created_at = peewee.DateTimeField()



class ContractProduct(BaseModel):
    contract = peewee.ForeignKeyField(Contract, backref="items")
    product = peewee.ForeignKeyField(Product, backref="contract_items")

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
