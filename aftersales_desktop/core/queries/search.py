"""Global search from the toolbar: one text box finds customers, calls, vouchers, receipts, cards, serials.

Each lookup is a small indexed query with a LIMIT, never a whole table in memory:
prefix matches use a range on an indexed column (`col >= text AND col < text + U+FFFF`, which SQLite
answers from the index); a phone is looked up in the digits-only form it is stored in, whatever way it
was typed (queries/phone_search.py); the only LIKE '%…%' scans are on customer names and phone tails, and
stop at `limit`. Paper numbers may be typed whole ("JX2026-00042"), as a prefix ("jx2026-0004") or as the bare
serial ("42", tried in this year and last year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import peewee

from aftersales_desktop.core import clock
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import (
    ClaimOrder,
    Complaint,
    Contract,
    Customer,
    GoodsReceipt,
    Product,
    RepairCard,
    ServiceCall,
    SurveyCard,
    Voucher,
)
from aftersales_desktop.core.numbering import format_number
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.pinyin import surname_alternatives
from aftersales_desktop.core.queries.phone_search import looks_like_phone, phone_conditions
from aftersales_desktop.core.vocab import CALL_STATUS, REPAIR_STATUS

KIND_LABELS: dict[str, Text] = {
    "customer": T("客户", "Customer"),
    "product": T("产品", "Product"),
    "call": T("叫修", "Call"),
    "repair_card": T("修护卡", "Repair card"),
    "claim": T("索赔订货", "Claim order"),
    "contract": T("保养合同", "Contract"),
    "complaint": T("投诉/建议", "Complaint"),
    "survey": T("调查卡", "Survey card"),
}

_HIGH = "\uffff"
NumberCondition = Callable[[peewee.Field, str], peewee.Expression]  # (number column, numbering kind)
_NUMBER = re.compile(r"^[A-Z]{2}\d{0,4}(-\d{0,5})?$")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # what open_record receives: customer, product, call, repair_card, claim, contract, …
    record_id: int
    number: str  # the paper number, phone or serial that matched
    label: str  # one readable line about the record
    area: str  # the AREAS key whose page opens the record

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))


def _prefix(field: peewee.Field, text: str) -> peewee.Expression:
    return (field >= text) & (field < text + _HIGH)


def search(text: str, limit: int = 50) -> list[SearchHit]:
    """Records matching `text`, best matches (paper numbers, exact phones) first; at most `limit`."""
    text = (text or "").strip()
    if not text:
        return []
    hits: dict[tuple[str, int], SearchHit] = {}

    def add(found: list[SearchHit]) -> None:
        for hit in found:
            if len(hits) < limit:
                hits.setdefault((hit.kind, hit.record_id), hit)

    upper = text.upper()
    papers: list[SearchHit] = []
    if _NUMBER.match(upper):
        papers += _numbers(_prefix_cond(upper), limit)
    if text.isdigit() and len(text) <= 5:
        year = clock.today().year
        papers += _numbers(_exact_serials(text, (year, year - 1)), limit)
    exact = [hit for hit in papers if hit.number.upper() == upper or text.isdigit()]
    add(exact)  # a whole paper number typed: that paper first
    # customers are listed with the papers, never pushed out by them: initials such as xh or jx look like the
    # start of a paper number (XH…, JX…) too
    add(_customers(text, limit))
    add(papers)
    if len(text) >= 3:
        add(_serials(text, limit))
    return list(hits.values())


def _prefix_cond(upper: str) -> NumberCondition:
    return lambda field, _kind: _prefix(field, upper)


def _exact_serials(digits: str, years: tuple[int, ...]) -> NumberCondition:
    serial = int(digits)

    def cond(field: peewee.Field, kind: str) -> peewee.Expression:
        return field.in_([format_number(kind, y, serial) for y in years])

    return cond


def _numbers(cond: NumberCondition, limit: int) -> list[SearchHit]:
    """Paper numbers of every kind: call, voucher, receipt, repair card, claim, contract, complaint, survey."""

    def where(
        model: type[ServiceCall | Voucher | RepairCard | GoodsReceipt | ClaimOrder | Contract | Complaint | SurveyCard],
        kind: str,
    ) -> peewee.Expression:
        return cond(model.number, kind)

    out: list[SearchHit] = []
    for call in ServiceCall.select().where(where(ServiceCall, "call")).limit(limit):
        out.append(_call_hit(call, call.number))
    for voucher in Voucher.select().where(where(Voucher, "voucher")).limit(limit):
        out.append(_call_hit(voucher.call, voucher.number, T("服务凭证", "Service voucher")))
    for card in RepairCard.select().where(where(RepairCard, "repair_card")).limit(limit):
        out.append(_card_hit(card, card.number))
    for receipt in GoodsReceipt.select().where(where(GoodsReceipt, "receipt")).limit(limit):
        held_by = RepairCard.get_or_none(RepairCard.receipt == receipt.id)
        if held_by is not None:
            out.append(_card_hit(held_by, receipt.number, T("领取收据", "Goods receipt")))
    others: tuple[tuple[type[ClaimOrder | Contract | Complaint | SurveyCard], str, str], ...] = (
        (ClaimOrder, "claim", "parts"),
        (Contract, "contract", "opinion"),
        (Complaint, "complaint", "opinion"),
        (SurveyCard, "survey", "opinion"),
    )
    for model, kind, area in others:
        for record in model.select().where(where(model, kind)).limit(limit):
            out.append(SearchHit(kind, record.id, record.number, _owner_label(record), area))
    return out


def _owner_label(record: peewee.Model) -> str:
    customer_id, call_id = getattr(record, "customer_id", None), getattr(record, "call_id", None)
    if customer_id is None and call_id:
        customer_id = ServiceCall.get_by_id(call_id).customer_id
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id else None
    return f"{customer.name}  {format_phone(customer.phone)}" if customer else ""


def _call_hit(call: ServiceCall, number: str, what: Text | None = None) -> SearchHit:
    customer = call.customer
    who = f"{customer.name}  {format_phone(customer.phone)}" if customer else str(T("一般工作", "General work"))
    parts = [str(what)] if what else []
    parts += [who, CALL_STATUS.label(call.status), call.received_at.strftime("%Y-%m-%d")]
    return SearchHit("call", call.id, number, " · ".join(parts), "calls")


def _card_hit(card: RepairCard, number: str, what: Text | None = None) -> SearchHit:
    receipt = card.receipt
    parts = [str(what)] if what else []
    parts += [f"{receipt.customer.name}  {format_phone(receipt.customer.phone)}", receipt.product.model, REPAIR_STATUS.label(card.status)]
    return SearchHit("repair_card", card.id, number, " · ".join(parts), "repairs")


def _customers(text: str, limit: int) -> list[SearchHit]:
    """By phone (start, then tail), pinyin initials (start), name (start, then anywhere); indexed first."""
    if looks_like_phone(text):
        conditions = phone_conditions(text)
    else:
        conditions = []
        if text.isascii() and text.isalpha():
            conditions.append(_prefix(Customer.name_initials, text.lower()))
            for surname, stored in surname_alternatives(text):  # 覃 typed as q (Qín) though stored as t (Tán)
                conditions.append(_prefix(Customer.name, surname) & _prefix(Customer.name_initials, stored))
        conditions += [_prefix(Customer.name, text), Customer.name.contains(text)]
    found: dict[int, Customer] = {}
    for cond in conditions:
        if len(found) >= limit:
            break
        for customer in Customer.select().where(cond).order_by(Customer.name).limit(limit - len(found)):
            found.setdefault(customer.id, customer)
    return [
        SearchHit("customer", c.id, format_phone(c.phone), " · ".join(p for p in (c.name, c.address) if p), "calls")
        for c in found.values()
    ]


def _serials(text: str, limit: int) -> list[SearchHit]:
    """Product serials, as typed and in capitals (serials are printed in capitals)."""
    cond = _prefix(Product.serial, text) | _prefix(Product.serial, text.upper())
    query = Product.select(Product, Customer).join(Customer).where(cond).limit(limit)
    return [
        SearchHit(
            "product",
            p.id,
            p.serial,
            " · ".join(x for x in (p.customer.name, format_phone(p.customer.phone), p.name, p.model) if x),
            "calls",
        )
        for p in query
    ]
