"""The call register: registering, kind proposal, repeat faults, dispatch, and the bad input refused."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import (
    AuditEntry,
    Contract,
    ContractProduct,
    Dispatch,
    ServiceCall,
    Voucher,
)
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import (
    dispatch_call,
    record_first_answer,
    record_voucher_print,
    register_call,
)
from aftersales_desktop.core.services.staff import mark_left
from tests.factories import make_customer

NOW = dt.datetime(2026, 3, 11, 10, 0)  # the frozen clock: a Wednesday


def _call(shop, product=None, **kw):
    if product is None:
        _, product = make_customer(shop.clerk)
    values = dict(received_at=NOW - dt.timedelta(minutes=30), channel="phone", problem="不制冷",
                  customer_id=product.customer_id, product_id=product.id)
    values.update(kw)
    return register_call(shop.clerk, **values)


def test_register_with_existing_customer_gets_numbers_and_voucher(shop):
    call = _call(shop)
    assert call.number == "JX2026-00001"
    assert call.status == "registered" and call.area == "city"  # area from the customer's file
    voucher = Voucher.get(Voucher.call == call.id)
    assert voucher.number == "PZ2026-00001" and voucher.print_count == 0
    assert AuditEntry.select().where(AuditEntry.entity == "service_call").count() == 1


def test_register_with_new_customer_and_product_in_one_step(shop):
    call = register_call(
        shop.clerk, received_at=NOW, channel="counter", problem="洗衣机不脱水", area="suburb",
        new_customer={"name": "王小明", "phone": "139 1234 5678", "address": "江宁区", "area": "suburb"},
        new_product={"name": "洗衣机", "model": "XQG100", "serial": "S1"},
    )
    assert call.customer.name == "王小明" and call.customer.name_initials == "wxm"
    assert call.product.model == "XQG100" and call.kind == "paid"


def test_bad_new_customer_rolls_back_everything(shop):
    with pytest.raises(ValidationError, match="11 位"):
        register_call(
            shop.clerk, received_at=NOW, channel="phone", problem="x",
            new_customer={"name": "王小明", "phone": "1391234"}, new_product={"model": "M"},
        )
    assert ServiceCall.select().count() == 0


@pytest.mark.parametrize("phone", ["", "1391234567", "23912345678", "12345", "8456123412", "02512345"])
def test_bad_phone_formats_refused(shop, phone):
    with pytest.raises(ValidationError, match="电话") as err:
        register_call(shop.clerk, received_at=NOW, channel="phone", problem="x",
                      new_customer={"name": "李四", "phone": phone}, new_product={"model": "M"})
    assert err.value.field == "phone"


@pytest.mark.parametrize("phone", ["13912345678", "+86 139 1234 5678", "025-84561234", "02584561234", "0512-6543210"])
def test_good_phone_formats_accepted(shop, phone):
    call = register_call(shop.clerk, received_at=NOW, channel="phone", problem="x",
                         new_customer={"name": "李四", "phone": phone}, new_product={"model": "M"})
    assert call.customer.phone


def test_received_time_in_the_future_refused(shop):
    with pytest.raises(ValidationError, match="将来") as err:
        _call(shop, received_at=NOW + dt.timedelta(hours=2))
    assert err.value.field == "received_at"


def test_empty_problem_and_bad_channel_refused(shop):
    with pytest.raises(ValidationError, match="故障"):
        _call(shop, problem="  ")
    with pytest.raises(ValidationError, match="来电方式"):
        _call(shop, channel="fax")


def test_product_of_another_customer_refused(shop):
    _, product = make_customer(shop.clerk)
    other, _ = make_customer(shop.clerk, name="李四", phone="13800000000")
    with pytest.raises(ValidationError, match="不属于"):
        _call(shop, product, customer_id=other.id)


# ---- kind proposal


def test_kind_free_inside_warranty(shop):
    _, product = make_customer(shop.clerk, warranty_end=dt.date(2026, 12, 31))
    call = _call(shop, product)
    assert call.kind == call.kind_proposed == "free"


def test_kind_contract_when_an_active_contract_covers_the_product(shop):
    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2025, 1, 1))
    contract = Contract.create(number="BY2026-00001", customer=customer, start=dt.date(2026, 1, 1),
                               end=dt.date(2026, 12, 31), created_by=shop.clerk, created_at=NOW)
    ContractProduct.create(contract=contract, product=product)
    call = _call(shop, product)
    assert call.kind == "contract" and call.contract_id == contract.id


def test_the_contract_proposed_is_the_products_own_active_one_read_from_its_own_index(shop):
    """Every registration asks which contract covers the product: the product's few contracts are read by its
    index and the active one covering the day is picked, never by reading every active contract of the shop."""
    from aftersales_desktop.core.db import database, is_postgres
    from aftersales_desktop.core.services import calls

    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2024, 1, 1))
    _, other_product = make_customer(shop.clerk, name="李四", phone="139 0000 0002", warranty_end=dt.date(2024, 1, 1))

    def contract(number: str, start: dt.date, end: dt.date, status: str, *products) -> Contract:
        made = Contract.create(number=number, customer=customer, start=start, end=end, status=status,
                               created_by=shop.clerk, created_at=NOW)
        for item in products:
            ContractProduct.create(contract=made, product=item)
        return made

    contract("BY2025-00001", dt.date(2025, 1, 1), dt.date(2025, 12, 31), "renewed", product)
    current = contract("BY2026-00001", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "active", product)
    coming = contract("BY2026-00002", dt.date(2027, 1, 1), dt.date(2027, 12, 31), "active", product)
    contract("BY2026-00003", dt.date(2025, 6, 1), dt.date(2028, 5, 31), "active", other_product)  # not this one's
    assert calls.active_contract(product.id, NOW.date()) == current
    assert calls.active_contract(product.id, dt.date(2027, 6, 1)) == coming
    assert calls.active_contract(product.id, dt.date(2025, 6, 1)) is None  # renewed: no longer active
    assert calls.active_contract(product.id, dt.date(2028, 1, 1)) is None
    assert _call(shop, product).contract_id == current.id
    if not is_postgres():
        sql, params = calls._CONTRACTS_OF_PRODUCT.build(product.id).sql()
        plan = " ".join(str(row) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "contract_product_product_id" in plan and "contract_status_end" not in plan, plan


def test_kind_paid_when_contract_ended_or_not_active(shop):
    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2025, 1, 1))
    ended = Contract.create(number="BY2025-00001", customer=customer, start=dt.date(2025, 1, 1),
                            end=dt.date(2025, 12, 31), created_by=shop.clerk, created_at=NOW)
    voided = Contract.create(number="BY2026-00002", customer=customer, start=dt.date(2026, 1, 1),
                             end=dt.date(2026, 12, 31), status="void", created_by=shop.clerk, created_at=NOW)
    for c in (ended, voided):
        ContractProduct.create(contract=c, product=product)
    assert _call(shop, product).kind == "paid"


def test_changed_kind_needs_a_reason_which_is_kept(shop):
    _, product = make_customer(shop.clerk)
    with pytest.raises(ValidationError, match="原因") as err:
        _call(shop, product, kind="free")
    assert err.value.field == "kind_reason"
    call = _call(shop, product, kind="free", kind_reason="老客户赠送一次免费上门")
    assert (call.kind, call.kind_proposed, call.kind_reason) == ("free", "paid", "老客户赠送一次免费上门")


def test_general_work_without_customer(shop):
    call = register_call(shop.clerk, received_at=NOW, channel="counter", problem="工具保养", area="city")
    assert call.kind == "general" and call.customer_id is None
    with pytest.raises(ValidationError, match="客户"):
        register_call(shop.clerk, received_at=NOW, channel="counter", problem="x", kind="paid", kind_reason="r")


# ---- repeat fault (返修)


def _closed_call(shop, product, closed_at):
    clock.set_now(closed_at - dt.timedelta(hours=3))
    call = _call(shop, product, received_at=closed_at - dt.timedelta(hours=4))
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    clock.set_now(closed_at)
    record_visit(shop.technician, call.id, arrived_at=closed_at - dt.timedelta(hours=1), finished_at=closed_at,
                 work_done="换电容", result="fixed")
    record_signature(shop.clerk, call.id, closed_at.date())
    close_call(shop.clerk, call.id)
    clock.set_now(NOW)
    return call


def test_repeat_fault_flagged_within_the_setting(shop):
    _, product = make_customer(shop.clerk)
    earlier = _closed_call(shop, product, dt.datetime(2026, 1, 20, 15, 0))
    call = _call(shop, product)
    assert call.repeat_of_id == earlier.id


def test_repeat_fault_not_flagged_after_the_window_or_other_product(shop):
    _, product = make_customer(shop.clerk)
    _closed_call(shop, product, dt.datetime(2025, 11, 20, 15, 0))  # 111 days before
    assert _call(shop, product).repeat_of_id is None
    _, other = make_customer(shop.clerk, name="李四", phone="13800000000")
    _closed_call(shop, other, dt.datetime(2026, 3, 1, 15, 0))
    assert _call(shop, product).repeat_of_id is None


# ---- dispatch


def test_dispatch_sets_deadline_and_keeps_history(shop):
    call = _call(shop, received_at=dt.datetime(2026, 3, 6, 16, 30))  # Friday 16:30, city
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    call = dispatch_call(shop.manager, call.id, shop.technician2.id, note="赵师傅请假")
    assert call.deadline_at == dt.datetime(2026, 3, 9, 15, 0)
    assert call.technician_id == shop.technician2.id and call.status == "dispatched"
    assert [d.technician_id for d in Dispatch.select().order_by(Dispatch.id)] == [shop.technician.id, shop.technician2.id]


@pytest.mark.parametrize("role", ["clerk", "technician", "storekeeper"])
def test_only_supervisor_and_manager_dispatch(shop, role):
    call = _call(shop)
    with pytest.raises(PermissionDenied):
        dispatch_call(shop.by_role(role), call.id, shop.technician.id)


def test_technician_who_left_cannot_be_dispatched(shop):
    call = _call(shop)
    mark_left(shop.manager, shop.technician.id, dt.date(2026, 3, 10))
    with pytest.raises(ValidationError, match="离职"):
        dispatch_call(shop.supervisor, call.id, shop.technician.id)


def test_dispatch_to_a_non_technician_refused(shop):
    with pytest.raises(ValidationError, match="技术员"):
        dispatch_call(shop.supervisor, _call(shop).id, shop.clerk.id)


def test_no_area_no_deadline(shop):
    customer, product = make_customer(shop.clerk, area=None)
    call = _call(shop, product)
    assert call.area is None
    with pytest.raises(ValidationError, match="区域") as err:
        dispatch_call(shop.supervisor, call.id, shop.technician.id)
    assert err.value.field == "area"
    call = dispatch_call(shop.supervisor, call.id, shop.technician.id, area="suburb")
    assert call.deadline_at == dt.datetime(2026, 3, 12, 9, 0)  # 09:30 + 2.5 h + 4 h + 0.5 h


def test_dispatching_a_closed_call_refused(shop):
    _, product = make_customer(shop.clerk)
    call = _closed_call(shop, product, dt.datetime(2026, 3, 10, 15, 0))
    with pytest.raises(Conflict, match="已结案"):
        dispatch_call(shop.supervisor, call.id, shop.technician.id)


def test_first_answer_recorded_once(shop):
    call = _call(shop)
    call = record_first_answer(shop.clerk, call.id)
    assert call.first_answer_at == NOW
    with pytest.raises(Conflict):
        record_first_answer(shop.clerk, call.id)


def test_voucher_print_count_and_copy(shop):
    call = _call(shop)
    voucher, is_copy = record_voucher_print(shop.technician, call.id)
    assert not is_copy and voucher.print_count == 1
    voucher, is_copy = record_voucher_print(shop.clerk, call.id)
    assert is_copy and voucher.print_count == 2
    with pytest.raises(PermissionDenied):
        record_voucher_print(shop.storekeeper, call.id)
