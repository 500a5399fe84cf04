"""End to end in the core: call → taken back → receipt → card → quote → accept → time → repaired → inspected →
returned → receipt void → invoice list; and the other ways a card ends."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import (
    AuditEntry,
    GoodsReceipt,
    GoodsRegisterEntry,
    Inspection,
    Invoice,
    Part,
    RepairCard,
    ServiceCall,
    TimeEntry,
)
from aftersales_desktop.core.services import repair_return, repairs, worklog
from tests.core.repair_helpers import advance, card_in_shop, inspected_card, repaired_card, taken_back_call
from tests.factories import make_customer


def test_paid_repair_end_to_end(shop):
    call = taken_back_call(shop, warranty_end=clock.today() - dt.timedelta(days=10))
    assert call.status == "in_shop"
    card = repairs.receive_goods(
        shop.clerk, call.id, promised_on=clock.today() + dt.timedelta(days=2), stated_fault="不制冷",
        accessories="遥控器", condition="外壳划痕", serial="SN-NEW-1", technician_id=shop.technician.id,
    )
    receipt = card.receipt
    assert receipt.number.startswith("SJ2026-") and card.number.startswith("XH2026-")
    assert receipt.status == "held" and receipt.product.serial == "SN-NEW-1"
    entry = GoodsRegisterEntry.get(GoodsRegisterEntry.receipt == receipt.id)
    assert entry.repair_card_id == card.id and entry.out_at is None
    assert card.status == "received" and card.needs_quote

    quote = repairs.save_quote(shop.technician, card.id, labour_fen=15000, parts_fen=6000, travel_fen=3000)
    assert (quote.version, RepairCard.get_by_id(card.id).status) == (1, "quoted")
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王小明", how="phone")
    assert RepairCard.get_by_id(card.id).status == "approved"

    timer = worklog.start_timer(shop.technician, card.id)
    assert RepairCard.get_by_id(card.id).status == "in_repair"
    advance(50)
    assert worklog.stop_timer(shop.technician, timer.id).minutes == 50
    advance(30)
    worklog.add_card_minutes(shop.technician, card.id, started_at=clock.now() - dt.timedelta(minutes=20), minutes=20)
    # the storekeeper issues a part at 45.00 (the parts engineer's service); it is charged at its price
    from aftersales_desktop.core.services.parts import create_part
    from aftersales_desktop.core.services.stock import issue_part, receive

    part = create_part(shop.storekeeper, code="C-100", name="启动电容", unit="个", price_fen=4500, min_qty=1)
    receive(shop.storekeeper, part.id, 5, 2000, "供应商甲")
    issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
    assert Part.get_by_id(part.id).qty_on_hand == 4

    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=True, note="试机正常")
    card = repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)

    assert card.status == "returned" and card.returned_at == clock.now()
    receipt = GoodsReceipt.get_by_id(receipt.id)
    assert receipt.status == "returned" and receipt.voided_at == clock.now()
    entry = GoodsRegisterEntry.get_by_id(entry.id)
    assert (entry.out_at, entry.out_to, entry.out_by_id) == (clock.now(), "王小明", shop.clerk.id)
    line = Invoice.get(Invoice.repair_card == card.id)
    assert line.amount_fen == 15000 + 4500 + 3000  # labour + parts at price (not the quote's estimate) + travel
    assert line.due_on == clock.today() and line.status == "due" and line.customer_id == call.customer_id
    call = ServiceCall.get_by_id(call.id)
    assert call.signed and call.signed_on == clock.today() and call.status == "done"
    assert TimeEntry.select().where(TimeEntry.repair_card == card.id).count() == 2
    assert AuditEntry.select().where(AuditEntry.entity == "goods_receipt").count() >= 2


def test_free_repair_needs_no_quote_and_makes_no_invoice(shop):
    card = card_in_shop(shop, paid=False)
    assert not card.needs_quote
    repairs.start_repair(shop.technician, card.id)
    advance(40)
    worklog.add_card_minutes(shop.technician, card.id, started_at=clock.now() - dt.timedelta(minutes=40), minutes=40)
    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=True)
    repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
    assert Invoice.select().count() == 0


def test_counter_intake_registers_the_call(shop):
    _customer, product = make_customer(shop.clerk, name="李娜", phone="13800001111",
                                       warranty_end=clock.today() + dt.timedelta(days=90))
    card = repairs.receive_over_counter(
        shop.clerk, product.customer_id, product.id, promised_on=clock.today(), stated_fault="开机无反应",
    )
    call = card.call
    assert call.channel == "counter" and call.status == "in_shop" and call.kind == "free"
    assert call.deadline_at is None  # a walk-in: nobody travels, so no arrival deadline
    assert not card.needs_quote and card.receipt.stated_fault == "开机无反应"


def test_failed_inspection_sends_back_to_repair(shop):
    card = repaired_card(shop)
    with pytest.raises(ValidationError, match="原因"):
        repair_return.inspect(shop.supervisor, card.id, passed=False)
    repair_return.inspect(shop.supervisor, card.id, passed=False, note="仍有异响")
    card = RepairCard.get_by_id(card.id)
    assert card.status == "in_repair" and card.repaired_at is None
    assert Inspection.get(Inspection.repair_card == card.id).note == "仍有异响"
    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=True)
    assert RepairCard.get_by_id(card.id).status == "inspected"
    assert Inspection.select().where(Inspection.repair_card == card.id).count() == 2


def test_returning_an_item_never_inspected_is_refused(shop):
    card = repaired_card(shop)
    with pytest.raises(Conflict, match="尚未经主管验收"):
        repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
    assert GoodsReceipt.get_by_id(card.receipt_id).status == "held"


def test_inspecting_your_own_repair_is_refused(shop):
    card = card_in_shop(shop, paid=False)
    # the supervisor repairs it himself (he may: supervisors can do technicians' work)
    repairs.update_card(shop.supervisor, card.id, technician_id=shop.supervisor.id)
    repairs.start_repair(shop.supervisor, card.id)
    repairs.mark_repaired(shop.supervisor, card.id)
    with pytest.raises(PermissionDenied, match="不能验收自己修理"):
        repair_return.inspect(shop.supervisor, card.id, passed=True)
    repair_return.inspect(shop.manager, card.id, passed=True)  # another supervisor-level person may


def test_only_a_supervisor_inspects(shop):
    card = repaired_card(shop)
    with pytest.raises(PermissionDenied):
        repair_return.inspect(shop.technician2, card.id, passed=True)
    with pytest.raises(PermissionDenied):
        repair_return.inspect(shop.clerk, card.id, passed=True)


def test_return_without_receipt_needs_supervisor_and_id(shop):
    card = inspected_card(shop)
    with pytest.raises(PermissionDenied):
        repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True,
                                  without_receipt=True, id_details="身份证 320102199001011234")
    with pytest.raises(ValidationError, match="证件"):
        repair_return.return_item(shop.supervisor, card.id, collected_by="王小明", customer_signed=True,
                                  without_receipt=True)
    repair_return.return_item(shop.supervisor, card.id, collected_by="王小明", customer_signed=True,
                              without_receipt=True, id_details="身份证 320102199001011234")
    receipt = GoodsReceipt.get_by_id(card.receipt_id)
    assert receipt.status == "void" and receipt.returned_without_receipt and "3201021990" in receipt.id_details
    audit = AuditEntry.select().where(AuditEntry.action == "goods.return_without_receipt")
    assert audit.count() >= 1


def test_return_needs_who_collected_and_signature(shop):
    card = inspected_card(shop)
    with pytest.raises(ValidationError, match="取件人"):
        repair_return.return_item(shop.clerk, card.id, collected_by=" ", customer_signed=True)
    with pytest.raises(ValidationError, match="签字"):
        repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=False)


def test_returned_unrepaired_and_cancel(shop):
    card = card_in_shop(shop)
    repairs.save_quote(shop.technician, card.id, labour_fen=50000)
    repair_return.return_unrepaired(shop.clerk, card.id, collected_by="王小明", customer_signed=True, reason="客户嫌贵")
    card = RepairCard.get_by_id(card.id)
    assert card.status == "returned_unrepaired" and card.receipt.status == "returned"
    assert Invoice.select().count() == 0

    other = card_in_shop(shop, name="赵六")
    with pytest.raises(ValidationError):
        repair_return.cancel_card(shop.technician, other.id, "")
    repair_return.cancel_card(shop.technician, other.id, "重复收件")
    other = RepairCard.get_by_id(other.id)
    assert other.status == "cancelled" and other.receipt.status == "void"
    with pytest.raises(Conflict):
        repairs.start_repair(shop.technician, other.id)


def test_receipt_numbers_are_never_reused(shop):
    first = inspected_card(shop)
    repair_return.return_item(shop.clerk, first.id, collected_by="王小明", customer_signed=True)
    second = card_in_shop(shop, name="钱七")
    assert second.receipt.number != first.receipt.number
    assert int(second.receipt.number[-5:]) == int(first.receipt.number[-5:]) + 1


def test_item_already_in_shop_is_not_received_twice(shop):
    card = card_in_shop(shop)
    with pytest.raises(Conflict, match="已在店内"):
        repairs.receive_goods(shop.clerk, card.call_id, promised_on=clock.today(), stated_fault="x")


def test_call_not_taken_back_cannot_be_received(shop):
    from aftersales_desktop.core.services.calls import register_call

    _c, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="漏水",
                         customer_id=product.customer_id, product_id=product.id)
    with pytest.raises(Conflict, match="带回修理"):
        repairs.receive_goods(shop.clerk, call.id, promised_on=clock.today(), stated_fault="漏水")


def test_every_print_after_the_first_is_a_copy(shop):
    card = card_in_shop(shop)
    assert repairs.record_paper_print(shop.clerk, card.id, "receipt") is False
    assert repairs.record_paper_print(shop.clerk, card.id, "receipt") is True
    assert repairs.record_paper_print(shop.technician, card.id, "card") is False
    assert GoodsReceipt.get_by_id(card.receipt_id).print_count == 2
