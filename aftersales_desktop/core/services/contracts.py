"""Maintenance contracts (保养合同书): adding, renewing, voiding, and the expiry follow-up (第十五条).

A product may be under at most one active contract on any day. A renewal is a new contract pointing at the
old one (renewed_from); the old one is marked 'renewed'. The free warranty stays on Product.warranty_end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from aftersales_desktop.core import numbering
from aftersales_desktop.core.bounds import check_day, check_fen, check_qty
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import (
    Contract,
    ContractFollowUp,
    ContractProduct,
    Customer,
    Product,
    Staff,
)
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.validation import not_in_future, require_text

CONTRACT_FIELDS = ("number", "customer", "start", "end", "fee_fen", "coverage", "visits_included", "status",
                   "renewed_from", "void_reason")  # fmt: skip
FOLLOW_UP_FIELDS = ("contract", "staff", "at", "notice_printed", "result", "outcome")
FOLLOW_UP_OUTCOMES = ("pending", "renewed", "declined")


def get_contract(contract_id: int) -> Contract:
    contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise NotFound(T("找不到该保养合同。", "No such maintenance contract."))
    return contract


def find_contract(number: str) -> Contract:
    """A contract by its paper number (e.g. BY2026-00003)."""
    contract = Contract.get_or_none(Contract.number == (number or "").strip().upper())
    if contract is None:
        raise NotFound(T("找不到保养合同 {n}。", "No maintenance contract {n}.", n=number))
    return contract


def _clean_terms(start: object, end: object, fee_fen: object, visits_included: object) -> None:
    if not isinstance(start, dt.date) or isinstance(start, dt.datetime):
        raise ValidationError(T("请填写合同开始日期。", "Enter the contract's start date."), "start")
    if not isinstance(end, dt.date) or isinstance(end, dt.datetime):
        raise ValidationError(T("请填写合同结束日期。", "Enter the contract's end date."), "end")
    check_day(start, "start")
    check_day(end, "end")
    if end < start:
        raise ValidationError(
            T(
                "合同结束日期 {e} 早于开始日期 {s},请检查。",
                "The contract ends ({e}) before it starts ({s}); check the dates.",
                e=end.isoformat(),
                s=start.isoformat(),
            ),
            "end",
        )
    if not isinstance(fee_fen, int) or isinstance(fee_fen, bool) or fee_fen < 0:
        raise ValidationError(T("合同费用不能为负数。", "The contract fee cannot be negative."), "fee")
    check_fen(fee_fen, "fee_fen")
    if not isinstance(visits_included, int) or isinstance(visits_included, bool) or visits_included < 0:
        raise ValidationError(
            T("包含的保养次数应为 0 或正整数。", "Visits included is zero or a whole number."), "visits_included"
        )
    check_qty(visits_included, "visits_included", allow_zero=True)


# The statements every contract written runs, their text kept (core/models/kept.py; a list of products keeps
# one text per length). The demo signs and renews hundreds of contracts a year.
_OWNED = Kept(lambda customer_id, *ids: Product.select(Product.id).where(
    Product.id.in_(ids) & (Product.customer == customer_id)))
_CLASH = Kept(lambda start, end, ignore, *ids: (
    Contract.select(Contract, Product)
    .join(ContractProduct)
    .join(Product)
    .where(
        ContractProduct.product.in_(ids)
        & (Contract.status == "active")
        & (Contract.start <= end)
        & (Contract.end >= start)
        & (Contract.id != ignore)
    )))
_CUSTOMER = Kept(lambda customer_id: Customer.select().where(Customer.id == customer_id))
_ADD_ITEMS = Kept(lambda contract_id, *ids: ContractProduct.insert_many(
    [{"contract": contract_id, "product": pid} for pid in ids]).as_rowcount())
_ITEMS = Kept(lambda contract_id: ContractProduct.select().where(ContractProduct.contract == contract_id))
_PENDING_FOLLOW_UPS = Kept(lambda contract_id: ContractFollowUp.select().where(
    (ContractFollowUp.contract == contract_id) & (ContractFollowUp.outcome == "pending")))
_LAPSED = Kept(lambda on: Contract.select().where((Contract.status == "active") & (Contract.end < on)))
_END = Kept(lambda contract_id: Contract.update(status="ended").where(
    (Contract.id == contract_id) & (Contract.status == "active")))
_NOTICE_PRINTED = Kept(lambda contract_id: ContractFollowUp.select().where(
    (ContractFollowUp.contract == contract_id) & ContractFollowUp.notice_printed))


def _check_products(customer_id: int, product_ids: Iterable[int]) -> list[int]:
    ids = sorted(set(product_ids or ()))
    if not ids:
        raise ValidationError(T("请至少选择一件合同产品。", "Choose at least one product for the contract."), "products")
    owned = {p.id for p in _OWNED.rows(customer_id, *ids)}
    if owned != set(ids):
        raise ValidationError(
            T("所选产品不属于该客户。", "A chosen product does not belong to this customer."), "products"
        )
    return ids


def _check_overlap(product_ids: list[int], start: dt.date, end: dt.date, ignore: int | None = None) -> None:
    """Refuse when another active contract covers one of the products on any day of [start, end]."""
    clash = _CLASH.first(start, end, ignore or 0, *product_ids)
    if clash is not None:
        product = clash.contractproduct.product
        raise ValidationError(
            T(
                "产品 {m} 已有有效保养合同 {n}({s} 至 {e}),两份合同的期间不能重叠。",
                "Product {m} is already under active contract {n} ({s} to {e}); two contracts on one product cannot overlap.",
                m=product.model,
                n=clash.number,
                s=clash.start.isoformat(),
                e=clash.end.isoformat(),
            ),
            "products",
        )


def create_contract(
    actor: Staff,
    customer_id: int,
    product_ids: Iterable[int],
    start: dt.date,
    end: dt.date,
    fee_fen: int = 0,
    coverage: str = "",
    visits_included: int = 0,
) -> Contract:
    """Sign a maintenance contract for some of a customer's products."""
    _clean_terms(start, end, fee_fen, visits_included)
    with unit_of_work(actor, Action.CONTRACT_EDIT) as uow:
        if not _CUSTOMER.exists(customer_id):
            raise NotFound(T("找不到该客户。", "No such customer."))
        ids = _check_products(customer_id, product_ids)
        _check_overlap(ids, start, end)
        contract = _insert(uow.now, actor, customer_id, ids, start, end, fee_fen, coverage, visits_included, None)
        uow.audit("contract", contract.id, after={**snapshot(contract, *CONTRACT_FIELDS), "products": ids})
    return contract


def _insert(
    now: dt.datetime, actor: Staff, customer_id: int, ids: list[int], start: dt.date, end: dt.date, fee_fen: int,
    coverage: str, visits: int, renewed_from: int | None,
) -> Contract:  # fmt: skip
    """The contract row and its product rows (inside the caller's unit of work)."""
    contract = Contract.create(
        number=numbering.next_number("contract", now),
        customer=customer_id,
        start=start,
        end=end,
        fee_fen=fee_fen,
        coverage=(coverage or "").strip(),
        visits_included=visits,
        status="active",
        renewed_from=renewed_from,
        created_by=actor.id,
        created_at=now,
    )
    _ADD_ITEMS.execute(contract.id, *ids)
    return contract


def renew_contract(
    actor: Staff,
    contract_id: int,
    end: dt.date,
    start: dt.date | None = None,
    fee_fen: int | None = None,
    coverage: str | None = None,
    visits_included: int | None = None,
) -> Contract:
    """Renew: a new contract on the same products from the day after the old one ends (unless given)."""
    old = get_contract(contract_id)
    if old.status != "active":
        raise Conflict(
            T("合同 {n} 不是有效状态,不能续约。", "Contract {n} is not active and cannot be renewed.", n=old.number)
        )
    start = start or old.end + dt.timedelta(days=1)
    fee_fen = old.fee_fen if fee_fen is None else fee_fen
    visits = old.visits_included if visits_included is None else visits_included
    _clean_terms(start, end, fee_fen, visits)
    with unit_of_work(actor, Action.CONTRACT_EDIT) as uow:
        old = get_contract(contract_id)
        if old.status != "active":
            raise Conflict(T("合同 {n} 已续约或作废。", "Contract {n} is already renewed or voided.", n=old.number))
        ids = [item.product_id for item in _ITEMS.rows(old.id)]
        _check_overlap(ids, start, end, ignore=old.id)
        before = snapshot(old, "status")
        old.status = "renewed"
        old.save()
        uow.audit("contract", old.id, before=before, after=snapshot(old, "status"))
        new = _insert(
            uow.now, actor, old.customer_id, ids, start, end, fee_fen,
            old.coverage if coverage is None else coverage, visits, old.id,
        )  # fmt: skip
        uow.audit("contract", new.id, after={**snapshot(new, *CONTRACT_FIELDS), "products": ids})
        for follow_up in _PENDING_FOLLOW_UPS.rows(old.id):
            follow_up.outcome = "renewed"
            follow_up.result = follow_up.result or str(T("已续约 {n}", "Renewed as {n}", n=new.number))
            follow_up.save()
            uow.audit("contract_follow_up", follow_up.id, after=snapshot(follow_up, *FOLLOW_UP_FIELDS))
    return new


def void_contract(actor: Staff, contract_id: int, reason: str) -> Contract:
    """Void a contract entered by mistake; it stays on file with the reason."""
    reason = require_text(reason, "reason", "作废原因|reason for voiding")
    with unit_of_work(actor, Action.CONTRACT_EDIT) as uow:
        contract = get_contract(contract_id)
        if contract.status == "void":
            raise Conflict(T("合同 {n} 已作废。", "Contract {n} is already voided.", n=contract.number))
        before = snapshot(contract, "status", "void_reason")
        contract.status = "void"
        contract.void_reason = reason
        contract.save()
        uow.audit("contract", contract.id, before=before, after=snapshot(contract, "status", "void_reason"))
    return contract


def end_lapsed_contracts(actor: Staff | None, on: dt.date) -> int:
    """Mark active contracts whose end is before `on` as ended (not renewed in time); returns how many."""
    lapsed = _LAPSED.rows(on)
    if not lapsed:
        return 0
    with unit_of_work(actor, Action.CONTRACT_EDIT) as uow:
        for contract in lapsed:
            _END.execute(contract.id)
            uow.audit("contract", contract.id, before={"status": "active"}, after={"status": "ended"})
    return len(lapsed)


def record_follow_up(
    actor: Staff,
    contract_id: int,
    staff_id: int,
    at: dt.datetime,
    result: str,
    outcome: str = "pending",
) -> ContractFollowUp:
    """Who went to win the renewal, when, and what came of it (pending, renewed or declined)."""
    result = require_text(result, "result", "跟进结果|result of the follow-up")
    if not isinstance(at, dt.datetime):
        raise ValidationError(T("请填写跟进时间。", "Enter when the follow-up took place."), "at")
    not_in_future(at, "at")
    if outcome not in FOLLOW_UP_OUTCOMES:
        raise ValidationError(T("跟进结果应为待定、已续约或不续约。", "The outcome is pending, renewed or declined."), "outcome")
    with unit_of_work(actor, Action.CONTRACT_FOLLOW_UP) as uow:
        contract = get_contract(contract_id)
        if contract.status == "void":
            raise Conflict(T("合同 {n} 已作废。", "Contract {n} is voided.", n=contract.number))
        person = Staff.get_or_none(Staff.id == staff_id)
        if person is None or not person.active:
            raise ValidationError(T("请选择在职的跟进人员。", "Choose an active staff member for the follow-up."), "staff")
        follow_up = ContractFollowUp.create(contract=contract, staff=person, at=at, result=result, outcome=outcome)
        uow.audit("contract_follow_up", follow_up.id, after=snapshot(follow_up, *FOLLOW_UP_FIELDS))
    return follow_up


def record_notice_printed(actor: Staff | None, contract_id: int) -> tuple[ContractFollowUp, bool]:
    """Note that the expiry notice went out; returns (follow-up, was it printed before → a copy)."""
    with unit_of_work(actor, Action.CONTRACT_FOLLOW_UP) as uow:
        contract = get_contract(contract_id)
        if contract.status == "void":
            raise Conflict(T("合同 {n} 已作废。", "Contract {n} is voided.", n=contract.number))
        printed_before = _NOTICE_PRINTED.exists(contract.id)
        follow_up = ContractFollowUp.create(
            contract=contract,
            staff=uow.actor,
            at=uow.now,
            notice_printed=True,
            result=str(T("寄发保养到期通知书", "Expiry notice sent")),
            outcome="pending",
        )
        uow.audit("contract_follow_up", follow_up.id, after=snapshot(follow_up, *FOLLOW_UP_FIELDS))
    return follow_up, printed_before
