"""Global search from the toolbar: one text box finds customers, calls, vouchers, receipts, cards, serials.

Each lookup is a small indexed query with a LIMIT, never a whole table in memory:
prefix matches use a range on an indexed column (`col >= text AND col < text + U+FFFF`, which SQLite
answers from the index); a phone is looked up in the digits-only form it is stored in, whatever way it
was typed, and "anywhere in the name or phone" is a range on the search keys (queries/find_customers.py): no
lookup scans a table. Paper numbers may be typed whole ("JX2026-00042"), as a prefix ("jx2026-0004") or as the bare
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
from aftersales_desktop.core.numbering import PREFIXES, format_number
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.find_customers import find_customers
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
        papers += _numbers(_prefix_cond(upper), limit, upper)
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


def _numbers(cond: NumberCondition, limit: int, upper: str = "") -> list[SearchHit]:
    """Paper numbers of every kind (only the kinds whose prefix `upper` starts with, when given): call, voucher,
    receipt, repair card, claim, contract, complaint, survey — each one statement with the names it shows."""

    def wanted(kind: str) -> bool:
        return not upper or PREFIXES[kind].startswith(upper[:2])

    out: list[SearchHit] = []
    if wanted("call"):
        calls = (ServiceCall.select(ServiceCall, Customer).join(Customer, peewee.JOIN.LEFT_OUTER)
                 .where(cond(ServiceCall.number, "call")).limit(limit))  # fmt: skip
        out += [_call_hit(call, call.number) for call in calls]
    if wanted("voucher"):
        vouchers = (Voucher.select(Voucher, ServiceCall, Customer).join(ServiceCall)
                    .join(Customer, peewee.JOIN.LEFT_OUTER).where(cond(Voucher.number, "voucher")).limit(limit))
        out += [_call_hit(v.call, v.number, T("服务凭证", "Service voucher")) for v in vouchers]
    if wanted("repair_card"):
        out += [_card_hit(card, card.number) for card in _cards(cond(RepairCard.number, "repair_card"), limit)]
    if wanted("receipt"):
        out += [_card_hit(card, card.receipt.number, T("领取收据", "Goods receipt"))
                for card in _cards(cond(GoodsReceipt.number, "receipt"), limit)]  # fmt: skip
    owned: tuple[tuple[type[ClaimOrder | Contract | Complaint], str, str], ...] = (
        (ClaimOrder, "claim", "parts"),
        (Contract, "contract", "opinion"),
        (Complaint, "complaint", "opinion"),
    )
    for model, kind, area in owned:
        if wanted(kind):
            found = model.select(model, Customer).join(Customer).where(cond(model.number, kind)).limit(limit)
            out += [SearchHit(kind, r.id, r.number, _who(r.customer), area) for r in found]
    if wanted("survey"):
        cards = (SurveyCard.select(SurveyCard, ServiceCall, Customer).join(ServiceCall)
                 .join(Customer, peewee.JOIN.LEFT_OUTER).where(cond(SurveyCard.number, "survey")).limit(limit))
        out += [SearchHit("survey", c.id, c.number, _who(c.call.customer), "opinion") for c in cards]
    return out


def _cards(cond: peewee.Expression, limit: int) -> peewee.ModelSelect[RepairCard]:
    return (RepairCard.select(RepairCard, GoodsReceipt, Customer, Product).join(GoodsReceipt)
            .join_from(GoodsReceipt, Customer).join_from(GoodsReceipt, Product).where(cond).limit(limit))


def _owner_label(record: peewee.Model) -> str:
    """A record's customer as a scan shows it (core/queries/scan.py): through its call when it has no customer."""
    customer_id, call_id = getattr(record, "customer_id", None), getattr(record, "call_id", None)
    if customer_id is None and call_id:
        customer_id = ServiceCall.get_by_id(call_id).customer_id
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id else None
    return f"{customer.name}  {format_phone(customer.phone)}" if customer else ""


def _who(customer: Customer | None) -> str:
    return f"{customer.name}  {format_phone(customer.phone)}" if customer else ""


def _call_hit(call: ServiceCall, number: str, what: Text | None = None) -> SearchHit:
    who = _who(call.customer) if call.customer_id else str(T("一般工作", "General work"))
    parts = [str(what)] if what else []
    parts += [who, CALL_STATUS.label(call.status), call.received_at.strftime("%Y-%m-%d")]
    return SearchHit("call", call.id, number, " · ".join(parts), "calls")


def _card_hit(card: RepairCard, number: str, what: Text | None = None) -> SearchHit:
    receipt = card.receipt
    parts = [str(what)] if what else []
    parts += [_who(receipt.customer), receipt.product.model, REPAIR_STATUS.label(card.status)]
    return SearchHit("repair_card", card.id, number, " · ".join(parts), "repairs")


def _customers(text: str, limit: int) -> list[SearchHit]:
    """By phone (start, then any four digits), pinyin initials (start), name (start, then anywhere); all indexed."""
    found = {c.id: c for c in find_customers(text, limit)}
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
