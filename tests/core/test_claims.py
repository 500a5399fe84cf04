"""Claim orders: deposit taken, supervisor sign-off, manager too above the threshold, refund after fitting."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import Deposit
from aftersales_desktop.core.queries.parts import claims, claims_waiting
from aftersales_desktop.core.services.claims import (
    cancel_claim,
    create_claim,
    mark_arrived,
    mark_fitted,
    mark_ordered,
    refund_deposit,
    sign_manager,
    sign_supervisor,
)
from tests.factories import make_customer


def _claim(shop, amount_fen=80000, deposit_fen=20000):
    customer, product = make_customer(shop.clerk)
    return create_claim(shop.clerk, customer.id, "压缩机 QXA-B141", amount_fen, deposit_fen, product_id=product.id)


def test_claim_needs_a_deposit_and_gets_numbers(shop):
    customer, _ = make_customer(shop.clerk)
    with pytest.raises(ValidationError) as err:
        create_claim(shop.clerk, customer.id, "压缩机", 80000, 0)
    assert err.value.field == "deposit_fen"
    claim = create_claim(shop.clerk, customer.id, "压缩机", 80000, 20000)
    assert claim.number.startswith("SP2026-") and claim.status == "draft"
    deposit = Deposit.get(Deposit.claim_order == claim.id)
    assert deposit.number.startswith("YJ2026-") and deposit.amount_fen == 20000
    with pytest.raises(PermissionDenied):
        create_claim(shop.technician, customer.id, "压缩机", 80000, 20000)


def test_supervisor_signature_is_needed_before_ordering(shop):
    claim = _claim(shop)
    with pytest.raises(Conflict) as err:
        mark_ordered(shop.storekeeper, claim.id)
    assert "主任" in err.value.message
    with pytest.raises(PermissionDenied):
        sign_supervisor(shop.clerk, claim.id)
    sign_supervisor(shop.supervisor, claim.id)
    assert mark_ordered(shop.storekeeper, claim.id).status == "ordered"  # 800元 is below the threshold


def test_above_threshold_needs_the_manager_too(shop):
    claim = _claim(shop, amount_fen=250000)  # 2,500元 > 2,000元
    sign_supervisor(shop.supervisor, claim.id)
    with pytest.raises(Conflict) as err:
        mark_ordered(shop.storekeeper, claim.id)
    assert "经理" in err.value.message
    with pytest.raises(PermissionDenied):
        sign_manager(shop.supervisor, claim.id)
    sign_manager(shop.manager, claim.id)
    assert mark_ordered(shop.storekeeper, claim.id).status == "ordered"


def test_exactly_the_threshold_needs_only_the_supervisor(shop):
    claim = _claim(shop, amount_fen=200000)
    sign_supervisor(shop.supervisor, claim.id)
    assert mark_ordered(shop.storekeeper, claim.id).status == "ordered"


def test_track_to_refund_and_waiting_list(shop, frozen_now):
    claim = _claim(shop)
    sign_supervisor(shop.supervisor, claim.id)
    with pytest.raises(Conflict):
        mark_arrived(shop.storekeeper, claim.id)  # not ordered yet
    mark_ordered(shop.storekeeper, claim.id)
    mark_arrived(shop.storekeeper, claim.id)
    clock.set_now(frozen_now + dt.timedelta(days=9))
    waiting = claims_waiting()
    assert [(w.number, w.days_waiting) for w in waiting] == [(claim.number, 9)]
    with pytest.raises(Conflict):
        refund_deposit(shop.clerk, claim.id)  # not fitted yet
    mark_fitted(shop.storekeeper, claim.id)
    assert claims_waiting() == []
    deposit = refund_deposit(shop.clerk, claim.id)
    assert deposit.refund_number.startswith("TK2026-")
    row = claims().fetch(0, 5)[0]
    assert row.status == "refunded" and row.deposit_refunded
    with pytest.raises(Conflict):
        refund_deposit(shop.clerk, claim.id)


def test_cancelled_claim_refunds_deposit(shop):
    claim = _claim(shop)
    with pytest.raises(ValidationError):
        cancel_claim(shop.storekeeper, claim.id, "")
    cancel_claim(shop.storekeeper, claim.id, "客户不修了")
    deposit = refund_deposit(shop.clerk, claim.id)
    assert deposit.refunded_at is not None
    assert claims(status="cancelled").count() == 1
