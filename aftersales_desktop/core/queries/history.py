"""A customer's history in one list (客户资料袋): calls, repairs, contracts, complaints and survey answers, newest
first, each line naming the product it was about — what the counter needs when the customer rings again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import (
    Complaint,
    Contract,
    ContractProduct,
    Customer,
    GoodsReceipt,
    Product,
    RepairCard,
    ServiceCall,
    SurveyCard,
)
from aftersales_desktop.core.vocab import (
    CALL_KIND,
    CALL_STATUS,
    COMPLAINT_KIND,
    COMPLAINT_STATUS,
    CONTRACT_STATUS,
    REPAIR_STATUS,
    SEVERITY,
)


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    kind: str  # call, repair_card, contract, complaint, survey: what a search hit of it would say
    record_id: int
    number: str
    product_id: int | None
    product: str
    what: str
    state: str

    @property
    def kind_label(self) -> str:
        return str(_KIND_WORDS[self.kind])


@dataclass(frozen=True)
class CustomerHistory:
    customer_id: int
    name: str
    phone: str
    address: str
    products: list[tuple[int, str]]  # (id, "空调 KFR-35GW/BP3 #A2401…")
    lines: list[HistoryLine]  # newest first


_KIND_WORDS = {
    "call": T("叫修", "Call"), "repair_card": T("修理", "Repair"), "contract": T("保养合同", "Contract"),
    "complaint": T("投诉/建议", "Complaint"), "survey": T("调查卡", "Survey card"),
}  # fmt: skip


def _product_words(product: Product | None) -> str:
    if product is None:
        return ""
    return " ".join(x for x in (product.name, product.model, f"#{product.serial}" if product.serial else "") if x)


def customer_history(customer_id: int, product_id: int | None = None) -> CustomerHistory:
    """Everything on file for the customer (or only what concerns one of their products), newest first."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(T("找不到该客户。", "No such customer."))
    products = {p.id: p for p in Product.select().where(Product.customer == customer_id).order_by(Product.id)}
    lines: list[HistoryLine] = []

    def about(pid: int | None) -> bool:
        return product_id is None or pid == product_id

    for call in ServiceCall.select().where(ServiceCall.customer == customer_id):
        if about(call.product_id):
            what = f"{CALL_KIND.label(call.kind)} · {call.problem}"
            lines.append(HistoryLine(call.received_at, "call", call.id, call.number, call.product_id,
                                     _product_words(products.get(call.product_id or 0)), what,
                                     CALL_STATUS.label(call.status)))
    cards = (RepairCard.select(RepairCard, GoodsReceipt).join(GoodsReceipt)
             .where(GoodsReceipt.customer == customer_id))
    for card in cards:
        receipt = card.receipt
        if about(receipt.product_id):
            lines.append(HistoryLine(receipt.received_at, "repair_card", card.id, card.number, receipt.product_id,
                                     _product_words(products.get(receipt.product_id)),
                                     receipt.stated_fault + (f" · {card.diagnosis}" if card.diagnosis else ""),
                                     REPAIR_STATUS.label(card.status)))
    for contract in Contract.select().where(Contract.customer == customer_id):
        covered = [i.product_id for i in ContractProduct.select().where(ContractProduct.contract == contract.id)]
        if product_id is None or product_id in covered:
            names = "、".join(_product_words(products.get(pid)) for pid in covered)
            what = str(T("{s} 至 {e}", "{s} to {e}", s=contract.start.isoformat(), e=contract.end.isoformat()))
            lines.append(HistoryLine(dt.datetime.combine(contract.start, dt.time()), "contract", contract.id,
                                     contract.number, covered[0] if len(covered) == 1 else None, names, what,
                                     CONTRACT_STATUS.label(contract.status)))
    call_products = {c.id: c.product_id for c in ServiceCall.select(ServiceCall.id, ServiceCall.product)
                     .where(ServiceCall.customer == customer_id)}
    for complaint in Complaint.select().where(Complaint.customer == customer_id):
        call_product = call_products.get(complaint.call_id) if complaint.call_id else None
        if about(call_product) or complaint.call_id is None:  # one not about a call concerns the customer
            kind = f"{COMPLAINT_KIND.label(complaint.kind)} · " if complaint.kind != "complaint" else ""  # 建议 only
            what = f"{kind}{SEVERITY.label(complaint.severity)} · {complaint.description}"
            lines.append(HistoryLine(complaint.registered_at, "complaint", complaint.id, complaint.number, call_product,
                                     _product_words(products.get(call_product or 0)), what,
                                     COMPLAINT_STATUS.label(complaint.status)))
    answered = (SurveyCard.select(SurveyCard, ServiceCall).join(ServiceCall)
                .where((ServiceCall.customer == customer_id) & SurveyCard.answered_at.is_null(False)))
    for survey in answered:
        if survey.answered_at is not None and about(survey.call.product_id):
            ratings = " ".join("-" if r is None else str(r)
                               for r in (survey.attitude, survey.skill, survey.arrival, survey.promise))
            what = f"{ratings} · {survey.comments}".strip(" ·")
            lines.append(HistoryLine(survey.answered_at, "survey", survey.id, survey.number, survey.call.product_id,
                                     _product_words(products.get(survey.call.product_id or 0)), what,
                                     str(T("已收回", "Answered"))))
    lines.sort(key=lambda line: (line.at, line.record_id), reverse=True)
    return CustomerHistory(customer.id, customer.name, customer.phone, customer.address,
                           [(p.id, _product_words(p)) for p in products.values()], lines)


def customer_of(kind: str, record_id: int) -> tuple[int | None, int | None]:
    """(customer id, product id) behind a search hit or a record of any kind; (None, None) for general work."""
    if kind == "customer":
        return record_id, None
    if kind == "product":
        product = Product.get_or_none(Product.id == record_id)
        return (product.customer_id, product.id) if product else (None, None)
    call: ServiceCall | None = None
    if kind in ("call", "voucher"):
        call = ServiceCall.get_or_none(ServiceCall.id == record_id) if kind == "call" else None
        if kind == "voucher":
            from aftersales_desktop.core.models import Voucher

            voucher = Voucher.get_or_none(Voucher.id == record_id)
            call = voucher.call if voucher else None
    elif kind == "repair_card":
        card = RepairCard.get_or_none(RepairCard.id == record_id)
        return (card.receipt.customer_id, card.receipt.product_id) if card else (None, None)
    elif kind == "survey":
        survey = SurveyCard.get_or_none(SurveyCard.id == record_id)
        call = survey.call if survey else None
    elif kind in ("contract", "complaint", "claim"):
        from aftersales_desktop.core.models import ClaimOrder

        model = {"contract": Contract, "complaint": Complaint, "claim": ClaimOrder}[kind]
        record = model.get_or_none(model._meta.primary_key == record_id)
        return (getattr(record, "customer_id", None), None)
    return (call.customer_id, call.product_id) if call is not None else (None, None)
