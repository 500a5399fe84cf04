"""Counter authority on the bill: 10% off at most 5 bills a week per person, beyond that a supervisor approves on
the spot or the discount is refused; accident repairs below 30% computed margin need approval; the conduct log
proposes each discount beyond authority as an entry."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import AuthorityEvent, BillLine, Invoice
from aftersales_desktop.core.queries.bills import bill
from aftersales_desktop.core.queries.conduct import authority_events, month_summary
from aftersales_desktop.core.services import repair_return, repairs, worklog
from aftersales_desktop.core.services.authority import (
    Approval,
    ApprovalNeeded,
    approve_margin,
    dismiss_event,
    give_discount,
    warning_to_entry,
)
from aftersales_desktop.core.services.bills import add_bill_line
from aftersales_desktop.core.services.call_visits import record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.stock import issue_part, receive
from tests.core.repair_helpers import advance, card_in_shop
from tests.factories import PASSWORD, make_customer


def _paid_call(shop, phone: str):
    customer, product = make_customer(shop.clerk, phone=phone, warranty_end=dt.date(2025, 1, 1))
    call = register_call(shop.clerk, received_at=clock.now() - dt.timedelta(hours=1), channel="phone",
                         problem="不制冷", customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    add_bill_line(shop.clerk, call_id=call.id, kind="labour", unit_fen=10000)
    return call


def test_the_sixth_discount_of_a_week_by_one_clerk_needs_approval(shop, frozen_now):
    monday = frozen_now - dt.timedelta(days=2)
    for day in range(5):
        clock.set_now(monday + dt.timedelta(days=day % 3, hours=day))
        call = _paid_call(shop, f"1391234560{day}")
        event = give_discount(shop.clerk, call_id=call.id, percent=10, reason="老客户")
        assert (event.warning, event.approved_by_id, event.amount_fen) == ("", None, 1000)
    clock.set_now(frozen_now)
    sixth = _paid_call(shop, "13912345699")
    with pytest.raises(ApprovalNeeded) as err:
        give_discount(shop.clerk, call_id=sixth.id, percent=10, reason="老客户")
    assert "本周第 6 单" in err.value.message and "服务主任" in err.value.message
    assert not BillLine.select().where((BillLine.call == sixth.id) & (BillLine.kind == "discount")).exists()
    with pytest.raises(ValidationError):  # a wrong password approves nothing
        give_discount(shop.clerk, call_id=sixth.id, percent=10, reason="老客户", approval=Approval("李主任", "nope"))
    with pytest.raises(PermissionDenied):  # and a colleague at the counter cannot approve
        give_discount(shop.clerk, call_id=sixth.id, percent=10, reason="老客户", approval=Approval("陈晓燕", PASSWORD))
    event = give_discount(shop.clerk, call_id=sixth.id, percent=10, reason="老客户", approval=Approval("李主任", PASSWORD))
    assert event.approved_by_id == shop.supervisor.id and "本周第 6 单" in event.warning
    assert bill(call_id=sixth.id).total_fen == 9000
    # a new week starts the count again
    clock.set_now(frozen_now + dt.timedelta(days=7))
    assert give_discount(shop.clerk, call_id=_paid_call(shop, "13912345698").id, percent=10, reason="老客户").warning == ""


def test_beyond_ten_percent_is_refused_without_a_supervisor_and_proposed_as_an_entry(shop):
    call = _paid_call(shop, "13912345601")
    with pytest.raises(ApprovalNeeded):
        give_discount(shop.clerk, call_id=call.id, percent=15, reason="大客户")
    event = give_discount(shop.clerk, call_id=call.id, percent=15, reason="大客户", approval=Approval("李主任", PASSWORD))
    assert bill(call_id=call.id).discount_fen == -1500
    proposed = list(authority_events(shop.supervisor, only_warnings=True).fetch(0, 50))
    assert [r.id for r in proposed] == [event.id]
    entry = warning_to_entry(shop.supervisor, event.id)
    assert (entry.amount_fen, entry.staff_id, entry.source) == (2000, shop.clerk.id, "authority")
    assert month_summary(shop.supervisor, "2026-03").fines_fen == 2000
    assert list(authority_events(shop.supervisor, only_warnings=True).fetch(0, 50)) == []


def test_a_supervisor_may_dismiss_a_proposal_and_may_give_beyond_authority_themselves(shop):
    call = _paid_call(shop, "13912345602")
    event = give_discount(shop.supervisor, call_id=call.id, percent=20, reason="投诉补偿")
    assert event.approved_by_id == shop.supervisor.id and event.warning
    dismissed = dismiss_event(shop.supervisor, event.id)
    assert dismissed.warning == "" and dismissed.approved_by_id == shop.supervisor.id
    with pytest.raises(Conflict):
        dismiss_event(shop.supervisor, event.id)
    with pytest.raises(PermissionDenied):
        dismiss_event(shop.clerk, event.id)


def test_discount_rules_on_the_bill(shop):
    call = _paid_call(shop, "13912345603")
    with pytest.raises(ValidationError):
        give_discount(shop.clerk, call_id=call.id, percent=10, reason="")
    with pytest.raises(PermissionDenied):
        give_discount(shop.technician, call_id=call.id, percent=10, reason="熟人")
    give_discount(shop.clerk, call_id=call.id, percent=10, reason="老客户")
    with pytest.raises(Conflict):
        give_discount(shop.clerk, call_id=call.id, percent=5, reason="再打一次")
    add_bill_line(shop.clerk, call_id=call.id, kind="travel", unit_fen=2000)  # the discount follows the bill
    assert bill(call_id=call.id).discount_fen == -1200
    update_settings(shop.manager, {"discount_max_percent": 20})
    other = _paid_call(shop, "13912345604")
    assert give_discount(shop.clerk, call_id=other.id, percent=20, reason="店庆").warning == ""


def test_a_discount_given_at_the_visit_lands_on_the_invoice(shop):
    call = _paid_call(shop, "13912345605")
    arrived = clock.now() - dt.timedelta(minutes=30)
    record_visit(shop.clerk, call.id, arrived_at=arrived, finished_at=arrived + dt.timedelta(minutes=20),
                 work_done="清洗", result="fixed", travel_fen=2000, discount_percent=10, discount_reason="老客户",
                 collected_on_site=True)
    invoice = Invoice.get(Invoice.call == call.id)
    assert (invoice.amount_fen, invoice.collected_fen) == (10800, 10800)


def _accident_card(shop, labour_fen: int, part_price: int, part_cost: int, minutes: int):
    card = card_in_shop(shop)
    repairs.update_card(shop.supervisor, card.id, accident=True)
    repairs.save_quote(shop.technician, card.id, labour_fen=labour_fen, parts_fen=part_price)
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王小明", how="in_person")
    part = create_part(shop.storekeeper, code="QC-04", name="前刹车片", unit="套", price_fen=part_price)
    receive(shop.storekeeper, part.id, 2, part_cost, "恒通汽配")
    entry = worklog.start_timer(shop.technician, card.id)
    issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
    advance(minutes)
    worklog.stop_timer(shop.technician, entry.id)
    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=True)
    return card


def test_an_accident_repair_below_thirty_percent_margin_needs_approval_before_it_goes_back(shop):
    # price 100 + 300 = 400; cost 260 + 120 min at 30/h = 320: margin 20%
    card = _accident_card(shop, labour_fen=10000, part_price=30000, part_cost=26000, minutes=120)
    result = bill(repair_card_id=card.id)
    assert (result.to_customer_fen, result.cost_fen, result.margin_percent) == (40000, 32000, 20)
    assert result.margin_needs_approval
    with pytest.raises(Conflict) as err:
        repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
    assert "20%" in err.value.message and "30%" in err.value.message
    with pytest.raises(ValidationError):
        approve_margin(shop.clerk, card.id, "", approval=Approval("李主任", PASSWORD))
    with pytest.raises(ApprovalNeeded):
        approve_margin(shop.clerk, card.id, "保险定损价低")
    event = approve_margin(shop.clerk, card.id, "保险定损价低", approval=Approval("李主任", PASSWORD))
    assert (event.kind, event.percent, event.approved_by_id, event.warning) == ("low_margin", 20, shop.supervisor.id, "")
    repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
    assert Invoice.get(Invoice.repair_card == card.id).amount_fen == 40000


def test_a_healthy_margin_needs_no_approval(shop):
    card = _accident_card(shop, labour_fen=20000, part_price=30000, part_cost=20000, minutes=60)
    assert bill(repair_card_id=card.id).margin_percent == 54  # (500 - 200 - 30) / 500
    with pytest.raises(Conflict):
        approve_margin(shop.supervisor, card.id, "不需要")
    assert AuthorityEvent.select().where(AuthorityEvent.kind == "low_margin").count() == 0
    repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)


def test_an_approval_covers_its_margin_and_a_worse_one_needs_approving_again(shop):
    card = _accident_card(shop, labour_fen=10000, part_price=30000, part_cost=26000, minutes=120)
    approve_margin(shop.supervisor, card.id, "保险定损价低")
    assert not bill(repair_card_id=card.id).margin_needs_approval
    give_discount(shop.supervisor, repair_card_id=card.id, percent=5, reason="老客户")
    worse = bill(repair_card_id=card.id)
    assert worse.margin_percent == 15 and worse.margin_needs_approval  # 380 against 320
    with pytest.raises(Conflict):
        repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
