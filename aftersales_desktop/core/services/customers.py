"""The customer's file (客户资料袋): customers and the products they own."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Customer, Product, Staff
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.pinyin import initials
from aftersales_desktop.core.search_index import reindex_customer
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.validation import check_phone, require_text
from aftersales_desktop.core.vocab import AREA

CUSTOMER_FIELDS = ("name", "phone", "phone2", "address", "area", "note")
PRODUCT_FIELDS = ("name", "model", "serial", "purchase_date", "warranty_end", "note")


def _clean_customer(values: dict) -> dict:
    out = {
        "name": require_text(values.get("name", ""), "name", "客户姓名|customer's name"),
        "phone": check_phone(values.get("phone", ""), "phone"),
        "phone2": check_phone(values.get("phone2", ""), "phone2", required=False),
        "address": (values.get("address") or "").strip(),
        "area": values.get("area") or None,
        "note": (values.get("note") or "").strip(),
    }
    if out["area"] is not None and out["area"] not in AREA:
        raise ValidationError(T("区域应为市区或郊区。", "The area is city or suburb."), "area")
    return out


def _clean_product(values: dict) -> dict:
    out = {
        "name": (values.get("name") or "").strip(),
        "model": require_text(values.get("model", ""), "model", "产品型号|product model"),
        "serial": (values.get("serial") or "").strip(),
        "purchase_date": values.get("purchase_date"),
        "warranty_end": values.get("warranty_end"),
        "note": (values.get("note") or "").strip(),
    }
    bought, ends = out["purchase_date"], out["warranty_end"]
    for key in ("purchase_date", "warranty_end"):
        if out[key] is not None and not isinstance(out[key], dt.date):
            raise ValidationError(T("日期格式不正确。", "The date is not valid."), key)
    if bought and ends and ends < bought:
        raise ValidationError(
            T("保修截止日期不能早于购买日期。", "The warranty cannot end before the purchase date."), "warranty_end"
        )
    return out


def create_customer(actor: Staff, **values: object) -> Customer:
    """Open a new customer file. Values: name, phone, phone2, address, area, note."""
    clean = _clean_customer(values)
    with unit_of_work(actor, Action.CUSTOMER_EDIT) as uow:
        customer = Customer.create(**clean, name_initials=initials(clean["name"]), created_at=uow.now)
        reindex_customer(customer.id, None, (customer.name, customer.phone, customer.phone2))
        uow.audit("customer", customer.id, after=snapshot(customer, *CUSTOMER_FIELDS))
    return customer


def update_customer(actor: Staff, customer_id: int, *, seen_version: int | None = None, **values: object) -> Customer:
    """`seen_version` (concurrency.version_of when the form was filled): refused when someone saved it since."""
    with unit_of_work(actor, Action.CUSTOMER_EDIT) as uow:
        check_unchanged(Customer, "customer", customer_id, seen_version)
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound(T("找不到该客户。", "No such customer."))
        before = snapshot(customer, *CUSTOMER_FIELDS)
        clean = _clean_customer({**before, **values})
        for key, value in clean.items():
            setattr(customer, key, value)
        customer.name_initials = initials(customer.name)
        customer.save()
        reindex_customer(customer.id, (before["name"], before["phone"], before["phone2"]),
                         (customer.name, customer.phone, customer.phone2))  # fmt: skip
        uow.audit("customer", customer.id, before=before, after=snapshot(customer, *CUSTOMER_FIELDS))
    return customer


_CUSTOMER_EXISTS = Kept(lambda customer_id: Customer.select().where(Customer.id == customer_id))


def add_product(actor: Staff, customer_id: int, **values: object) -> Product:
    """Record a product the customer owns. Values: name, model, serial, purchase_date, warranty_end, note."""
    clean = _clean_product(values)
    with unit_of_work(actor, Action.CUSTOMER_EDIT) as uow:
        if not _CUSTOMER_EXISTS.exists(customer_id):
            raise NotFound(T("找不到该客户。", "No such customer."))
        product = Product.create(customer=customer_id, **clean, created_at=uow.now)
        uow.audit("product", product.id, after=snapshot(product, "customer", *PRODUCT_FIELDS))
    return product


def update_product(actor: Staff, product_id: int, *, seen_version: int | None = None, **values: object) -> Product:
    """`seen_version` (concurrency.version_of when the form was filled): refused when someone saved it since."""
    with unit_of_work(actor, Action.CUSTOMER_EDIT) as uow:
        check_unchanged(Product, "product", product_id, seen_version)
        product = Product.get_or_none(Product.id == product_id)
        if product is None:
            raise NotFound(T("找不到该产品。", "No such product."))
        before = snapshot(product, *PRODUCT_FIELDS)
        for key, value in _clean_product({**before, **values}).items():
            setattr(product, key, value)
        product.save()
        uow.audit("product", product.id, before=before, after=snapshot(product, *PRODUCT_FIELDS))
    return product
