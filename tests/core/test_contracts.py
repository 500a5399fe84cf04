"""Maintenance contracts: dates, overlaps, renewal chain, voiding, the expiry list a calendar month ahead, follow-ups."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.i18n import set_language
from aftersales_desktop.core.models import Contract, ContractFollowUp
from aftersales_desktop.core.queries.opinion import (
    contracts,
    expiring_contracts,
    notice_due_on,
    product_cover,
)
from aftersales_desktop.core.queries.today import today_counts
from aftersales_desktop.core.services import contracts as svc
from aftersales_desktop.core.services.customers import add_product
from tests.factories import make_customer

TODAY = dt.date(2026, 3, 11)


def sign(shop, product_ids, start, end, customer=None, **kw):
    customer_id = customer or _owner(product_ids[0])
    return svc.create_contract(shop.clerk, customer_id, product_ids, start, end, **{"fee_fen": 36000, **kw})


def _owner(product_id):
    from aftersales_desktop.core.models import Product

    return Product.get_by_id(product_id).customer_id


@pytest.fixture
def owned(shop):
    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2025, 6, 30))
    second = add_product(shop.clerk, customer.id, name="冰箱", model="BCD-215STPH")
    return customer, product, second


def test_a_contract_is_signed_with_its_number_and_products(shop, owned):
    customer, product, second = owned
    contract = sign(shop, [product.id, second.id], dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                    coverage="每年两次清洗保养,人工免费", visits_included=2)  # fmt: skip
    assert contract.number == "BY2026-00001" and contract.status == "active"
    assert sorted(i.product_id for i in contract.items) == sorted([product.id, second.id])
    cover = product_cover(product.id, TODAY)
    assert cover.contract_number == contract.number and not cover.in_warranty
    assert cover.warranty_end == dt.date(2025, 6, 30)


def test_a_contract_ending_before_it_starts_is_refused(shop, owned):
    _, product, _ = owned
    with pytest.raises(ValidationError, match="早于开始日期") as caught:
        sign(shop, [product.id], dt.date(2026, 5, 1), dt.date(2026, 4, 30))
    assert caught.value.field == "end"
    set_language("en")
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        sign(shop, [product.id], dt.date(2026, 5, 1), dt.date(2026, 4, 30))
    assert Contract.select().count() == 0


def test_two_overlapping_contracts_on_one_product_are_refused(shop, owned):
    _, product, second = owned
    first = sign(shop, [product.id], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(ValidationError, match=f"已有有效保养合同 {first.number}"):
        sign(shop, [second.id, product.id], dt.date(2026, 12, 31), dt.date(2027, 12, 30))
    # the day after is fine, and so is another product
    sign(shop, [product.id], dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    later = sign(shop, [second.id], dt.date(2026, 3, 1), dt.date(2027, 2, 28))
    for ids in ([second.id], [product.id]):  # the clash names its product and dates (read with the contract)
        clash, model = (later, "BCD-215STPH") if ids == [second.id] else (first, "KFR-35GW/BP3")
        with pytest.raises(ValidationError, match=re.escape(
                f"产品 {model} 已有有效保养合同 {clash.number}({clash.start} 至 {clash.end})")):
            sign(shop, ids, dt.date(2026, 6, 1), dt.date(2026, 7, 1))
    # a voided contract no longer blocks
    svc.void_contract(shop.clerk, first.id, "录错客户")
    sign(shop, [product.id], dt.date(2026, 6, 1), dt.date(2026, 12, 31))


def test_other_bad_input(shop, owned):
    customer, product, _ = owned
    other, other_product = make_customer(shop.clerk, name="李四", phone="13800000000")
    with pytest.raises(ValidationError, match="不属于该客户"):
        svc.create_contract(shop.clerk, customer.id, [other_product.id], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(ValidationError, match="至少选择一件"):
        svc.create_contract(shop.clerk, customer.id, [], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(ValidationError, match="负数"):
        sign(shop, [product.id], dt.date(2026, 1, 1), dt.date(2026, 12, 31), fee_fen=-1)
    with pytest.raises(ValidationError):
        sign(shop, [product.id], None, dt.date(2026, 12, 31))
    with pytest.raises(PermissionDenied):
        svc.create_contract(shop.technician, customer.id, [product.id], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(ValidationError, match="原因"):
        svc.void_contract(shop.clerk, sign(shop, [product.id], dt.date(2026, 1, 1), dt.date(2026, 2, 1)).id, " ")


def test_the_expiry_notice_is_due_one_calendar_month_before_the_end_and_today_counts_them(shop, owned):
    customer, product, second = owned
    _, third = make_customer(shop.clerk, name="李四", phone="13800000000")
    ends_today = sign(shop, [product.id], dt.date(2025, 3, 12), TODAY)
    in_a_month = sign(shop, [second.id], dt.date(2025, 4, 12), TODAY + dt.timedelta(days=31))  # 11 April
    later = sign(shop, [third.id], dt.date(2025, 4, 13), TODAY + dt.timedelta(days=32))  # not yet
    rows = expiring_contracts(TODAY).fetch(0, 10)
    assert [r.number for r in rows] == [ends_today.number, in_a_month.number]
    assert rows[1].notice_due_on == TODAY and rows[1].expiring and rows[1].notice_sent_on is None
    assert today_counts().contracts_expiring == 2
    svc.record_notice_printed(shop.clerk, in_a_month.id)
    assert expiring_contracts(TODAY).fetch(0, 10)[1].notice_sent_on == TODAY  # the list says it went out
    clock.set_now(dt.datetime(2026, 3, 12, 9, 0))
    assert [r.number for r in expiring_contracts().fetch(0, 10)] == [in_a_month.number, later.number]
    assert svc.end_lapsed_contracts(shop.clerk, clock.today()) == 1
    assert Contract.get_by_id(ends_today.id).status == "ended"
    assert [r.number for r in contracts(active_only=True).fetch(0, 10)][0] == in_a_month.number


@pytest.mark.parametrize(("end", "first_day"), [
    (dt.date(2027, 3, 31), dt.date(2027, 2, 28)),  # listed from 28 February …
    (dt.date(2028, 3, 31), dt.date(2028, 2, 29)),  # … or the 29th in a leap year
    (dt.date(2027, 2, 28), dt.date(2027, 1, 28)),
    (dt.date(2028, 2, 29), dt.date(2028, 1, 29)),
    (dt.date(2027, 1, 31), dt.date(2026, 12, 31)),
    (dt.date(2027, 4, 30), dt.date(2027, 3, 30)),
])
def test_a_calendar_month_at_month_ends(shop, owned, end, first_day):
    _, product, _ = owned
    contract = sign(shop, [product.id], dt.date(2026, 4, 1), end)
    assert notice_due_on(end) == first_day

    def listed(on: dt.date) -> bool:
        return contract.number in [r.number for r in expiring_contracts(on).fetch(0, 10)]

    assert listed(first_day) and listed(end) and not listed(first_day - dt.timedelta(days=1))
    assert not listed(end + dt.timedelta(days=1))


def test_renewal_makes_a_new_contract_linked_to_the_old(shop, owned):
    customer, product, second = owned
    old = sign(shop, [product.id, second.id], dt.date(2025, 4, 1), dt.date(2026, 3, 31), visits_included=2,
               coverage="清洗保养")  # fmt: skip
    svc.record_notice_printed(shop.clerk, old.id)
    svc.record_follow_up(shop.clerk, old.id, shop.clerk.id, clock.now(), "客户考虑中")
    new = svc.renew_contract(shop.clerk, old.id, end=dt.date(2027, 3, 31), fee_fen=40000)
    assert new.renewed_from_id == old.id and new.start == dt.date(2026, 4, 1) and new.fee_fen == 40000
    assert new.coverage == "清洗保养" and new.visits_included == 2
    assert sorted(i.product_id for i in new.items) == sorted([product.id, second.id])
    assert Contract.get_by_id(old.id).status == "renewed"
    assert {f.outcome for f in ContractFollowUp.select()} == {"renewed"}
    with pytest.raises(Conflict):
        svc.renew_contract(shop.clerk, old.id, end=dt.date(2027, 3, 31))
    assert [r.renewed_from for r in contracts(text=new.number).fetch(0, 5)] == [old.number]
    assert new.number not in [r.number for r in expiring_contracts(TODAY).fetch(0, 10)]


def test_a_renewal_cannot_overlap_another_contract(shop, owned):
    _, product, _ = owned
    old = sign(shop, [product.id], dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    sign(shop, [product.id], dt.date(2026, 6, 1), dt.date(2026, 12, 31))
    with pytest.raises(ValidationError, match="不能重叠"):
        svc.renew_contract(shop.clerk, old.id, end=dt.date(2027, 3, 31))
    assert Contract.get_by_id(old.id).status == "active"


def test_follow_up_who_when_result_and_notice_copies(shop, owned):
    _, product, _ = owned
    contract = sign(shop, [product.id], dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    _, again = svc.record_notice_printed(shop.clerk, contract.id)
    assert again is False
    _, again = svc.record_notice_printed(shop.clerk, contract.id)
    assert again is True
    follow_up = svc.record_follow_up(shop.clerk, contract.id, shop.technician.id, clock.now(), "客户不再续约", "declined")
    assert (follow_up.staff_id, follow_up.outcome) == (shop.technician.id, "declined")
    with pytest.raises(ValidationError):
        svc.record_follow_up(shop.clerk, contract.id, shop.technician.id, clock.now(), "")
    with pytest.raises(ValidationError):
        svc.record_follow_up(shop.clerk, contract.id, shop.technician.id, clock.now(), "x", "maybe")
    row = contracts().fetch(0, 1)[0]
    assert "客户不再续约" in row.last_follow_up
