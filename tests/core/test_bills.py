"""Bills built from the work: the parts the store issues are on them, who pays follows the kind of work, and the
invoice list gets the bill's total."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, ValidationError
from aftersales_desktop.core.models import AuditEntry, BillLine, Invoice, Part
from aftersales_desktop.core.queries.bills import bill, line_text
from aftersales_desktop.core.queries.month_calls import grand_total, totals_by_kind
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.services import repair_return, repairs
from aftersales_desktop.core.services.bills import (
    add_bill_line,
    labour_from_time,
    remove_bill_line,
    settle_bill,
)
from aftersales_desktop.core.services.call_visits import record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.contracts import create_contract
from aftersales_desktop.core.services.invoices import mark_collected, void_invoice_line
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import issue_part, mark_used, receive, return_unused
from tests.core.repair_helpers import advance, card_in_shop
from tests.factories import make_customer

ARRIVED = dt.datetime(2026, 3, 11, 9, 0)


def _part(shop, code: str, price: int, cost: int, qty: int = 5) -> Part:
    part = create_part(shop.storekeeper, code=code, name=f"配件{code}", unit="个", price_fen=price)
    receive(shop.storekeeper, part.id, qty, cost, "格力配件中心")
    return part


def _call(shop, kind_setup: str = "paid"):
    warranty = {"paid": dt.date(2025, 1, 1), "free": dt.date(2027, 1, 1), "contract": dt.date(2025, 1, 1)}[kind_setup]
    customer, product = make_customer(shop.clerk, warranty_end=warranty)
    if kind_setup == "contract":
        create_contract(shop.clerk, customer.id, [product.id], dt.date(2026, 1, 1), dt.date(2026, 12, 31), 60000)
    call = register_call(shop.clerk, received_at=dt.datetime(2026, 3, 10, 16, 0), channel="phone", problem="不制冷",
                         customer_id=customer.id, product_id=product.id)
    assert call.kind == kind_setup
    return dispatch_call(shop.supervisor, call.id, shop.technician.id)


def _visit(shop, call, **fees):
    return record_visit(shop.technician, call.id, arrived_at=ARRIVED, finished_at=ARRIVED + dt.timedelta(minutes=45),
                        work_done="更换电容", result="fixed", **fees)


def test_a_paid_call_with_two_parts_issued_and_one_returned_bills_exactly_the_one_part(shop):
    call = _call(shop)
    capacitor, sensor = _part(shop, "KT-01", 4500, 2500), _part(shop, "KT-02", 3000, 1200)
    used = issue_part(shop.storekeeper, capacitor.id, 1, call_id=call.id)
    spare = issue_part(shop.storekeeper, sensor.id, 1, call_id=call.id)
    assert bill(call_id=call.id).parts_fen == 7500  # on the bill the moment the store issues them
    mark_used(shop.technician, used.id)
    return_unused(shop.storekeeper, spare.id, 1, True)
    _visit(shop, call, labour_fen=5000)

    result = bill(call_id=call.id)
    assert [(line.kind, line.qty, line.amount_fen) for line in result.lines] == [("part", 1, 4500), ("labour", 1, 5000)]
    assert line_text(result.lines[0]) == "配件KT-01(KT-01)"
    assert (result.total_fen, result.to_customer_fen, result.parts_cost_fen) == (9500, 9500, 2500)
    invoice = Invoice.get(Invoice.call == call.id)
    assert invoice.amount_fen == 9500 and all(line.invoice_id == invoice.id for line in result.lines)


def test_a_contract_call_bills_the_customer_nothing_and_counts_the_part_as_cost(shop):
    call = _call(shop, "contract")
    part = _part(shop, "KT-01", 4500, 2500)
    issue_part(shop.storekeeper, part.id, 1, call_id=call.id)
    with pytest.raises(ValidationError):
        _visit(shop, call, labour_fen=5000)  # contract work is not charged
    _visit(shop, call)

    result = bill(call_id=call.id)
    assert not result.chargeable
    assert (result.total_fen, result.to_customer_fen, result.parts_cost_fen) == (4500, 0, 2500)
    assert all(line.settled and line.invoice_id is None for line in result.lines)
    assert not Invoice.select().where(Invoice.call == call.id).exists()
    contract = next(t for t in totals_by_kind(Month(2026, 3)) if t.kind == "contract")
    assert (contract.charged_fen, contract.parts_cost_fen, contract.parts_fen) == (0, 2500, 4500)
    with pytest.raises(ValidationError):
        add_bill_line(shop.clerk, call_id=call.id, kind="other", description="上门费", unit_fen=2000)


def test_labour_from_the_time_on_site_at_the_shop_rate(shop):
    call = _call(shop)
    _visit(shop, call, labour_from_time=True, travel_fen=2000)
    result = bill(call_id=call.id)
    labour = next(line for line in result.lines if line.kind == "labour")
    assert (labour.minutes, labour.amount_fen) == (45, 6000)  # 45 min at ¥80/h
    assert line_text(labour) == "工时费 · 45 分钟"
    assert result.total_fen == Invoice.get(Invoice.call == call.id).amount_fen == 8000
    assert grand_total(totals_by_kind(Month(2026, 3))).charged_fen == 8000


def test_a_return_after_the_visit_follows_the_untouched_invoice_line_and_is_refused_once_paid(shop):
    call = _call(shop)
    part = _part(shop, "KT-01", 4500, 2500)
    issue = issue_part(shop.storekeeper, part.id, 2, call_id=call.id)
    _visit(shop, call, labour_fen=5000)
    invoice = Invoice.get(Invoice.call == call.id)
    assert invoice.amount_fen == 14000
    return_unused(shop.storekeeper, issue.id, 1, True)  # nobody invoiced or paid yet: the line follows
    assert Invoice.get_by_id(invoice.id).amount_fen == 9500
    mark_collected(shop.clerk, invoice.id)
    with pytest.raises(Conflict) as err:
        return_unused(shop.storekeeper, issue.id, 1, True)
    assert "作废" in err.value.message
    assert Part.get_by_id(part.id).qty_on_hand == 4  # nothing moved
    assert bill(call_id=call.id).parts_fen == 4500


def test_a_voided_invoice_line_reopens_the_bill_and_settling_puts_it_back(shop):
    call = _call(shop)
    _visit(shop, call, labour_fen=5000)
    invoice = Invoice.get(Invoice.call == call.id)
    void_invoice_line(shop.clerk, invoice.id, "金额有误")
    assert bill(call_id=call.id).has_open_lines
    add_bill_line(shop.clerk, call_id=call.id, kind="other", description="清洗费", unit_fen=1500)
    line = next(line for line in bill(call_id=call.id).lines if line.kind == "labour")
    remove_bill_line(shop.clerk, line.id)
    again = settle_bill(shop.clerk, call_id=call.id)
    assert again.amount_fen == 1500 and again.id != invoice.id
    assert not bill(call_id=call.id).has_open_lines
    with pytest.raises(Conflict):
        settle_bill(shop.clerk, call_id=call.id)  # nothing left to settle


def test_a_part_line_leaves_the_bill_only_through_the_store(shop):
    call = _call(shop)
    part = _part(shop, "KT-01", 4500, 2500)
    issue_part(shop.storekeeper, part.id, 1, call_id=call.id)
    line = bill(call_id=call.id).lines[0]
    with pytest.raises(Conflict):
        remove_bill_line(shop.clerk, line.id)
    assert BillLine.select().count() == 1


def test_a_card_bill_takes_the_agreed_labour_and_a_bill_above_the_quote_needs_renewed_acceptance(shop):
    card = card_in_shop(shop)
    repairs.save_quote(shop.technician, card.id, labour_fen=12000, parts_fen=4000, travel_fen=2000)
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王小明", how="phone")
    repairs.start_repair(shop.technician, card.id)
    part = _part(shop, "KT-01", 4500, 2500)
    issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
    result = bill(repair_card_id=card.id)
    assert [(line.kind, line.amount_fen) for line in result.lines] == [("labour", 12000), ("travel", 2000), ("part", 4500)]
    assert (result.quote_fen, result.total_fen, result.above_quote) == (18000, 18500, True)
    advance(30)
    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=True)
    with pytest.raises(Conflict) as err:
        repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
    assert "185.00" in err.value.message and "180.00" in err.value.message
    quote = repairs.accept_bill(shop.clerk, card.id, accepted_by_name="王小明", how="phone")
    assert (quote.version, quote.labour_fen + quote.parts_fen + quote.travel_fen) == (2, 18500)
    repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
    invoice = Invoice.get(Invoice.repair_card == card.id)
    assert invoice.amount_fen == 18500 and invoice.due_on == clock.today()
    assert not bill(repair_card_id=card.id).has_open_lines
    with pytest.raises(Conflict):
        add_bill_line(shop.clerk, repair_card_id=card.id, kind="other", description="加收", unit_fen=100)


def test_labour_from_the_time_log_of_a_card(shop):
    card = card_in_shop(shop, paid=True)
    repairs.save_quote(shop.technician, card.id, labour_fen=5000)
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王小明", how="phone")
    from aftersales_desktop.core.services import worklog

    entry = worklog.start_timer(shop.technician, card.id)
    advance(90)
    worklog.stop_timer(shop.technician, entry.id)
    line = labour_from_time(shop.clerk, repair_card_id=card.id)
    assert (line.minutes, line.amount_fen) == (90, 12000)
    assert [ln.kind for ln in bill(repair_card_id=card.id).lines] == ["labour"]  # the quote's labour was replaced


def test_an_item_returned_unrepaired_is_not_charged(shop):
    card = card_in_shop(shop)
    repairs.save_quote(shop.technician, card.id, labour_fen=8000)
    repair_return.return_unrepaired(shop.clerk, card.id, collected_by="王小明", customer_signed=True, reason="客户嫌贵")
    assert not Invoice.select().where(Invoice.repair_card == card.id).exists()


def test_every_bill_change_is_audited(shop):
    call = _call(shop)
    before = AuditEntry.select().where(AuditEntry.entity == "bill_line").count()
    add_bill_line(shop.clerk, call_id=call.id, kind="travel", unit_fen=2000)
    assert AuditEntry.select().where(AuditEntry.entity == "bill_line").count() == before + 1
    with pytest.raises(ValidationError):
        add_bill_line(shop.clerk, call_id=call.id, kind="travel", unit_fen=2**63)
    with pytest.raises(ValidationError):
        add_bill_line(shop.clerk, call_id=call.id, kind="other", description="x" * 121, unit_fen=100)
