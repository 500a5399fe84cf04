"""The customer's history: calls, repairs, contracts, complaints and survey answers, newest first."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.queries.history import customer_history, customer_of
from aftersales_desktop.core.services import surveys
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.complaints import register_complaint
from aftersales_desktop.core.services.contracts import create_contract
from aftersales_desktop.core.services.customers import add_product
from aftersales_desktop.core.services.repairs import receive_over_counter
from tests.factories import make_customer


def test_everything_on_file_newest_first_and_by_product(shop):
    customer, aircon = make_customer(shop.clerk, name="王小明")
    washer = add_product(shop.clerk, customer.id, name="洗衣机", model="XQB75", serial="W1")
    clock.set_now(dt.datetime(2026, 3, 2, 9, 0))
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="不制冷",
                         customer_id=customer.id, product_id=aircon.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    record_visit(shop.technician, call.id, arrived_at=clock.now(), finished_at=clock.now(), work_done="加氟",
                 result="fixed")
    record_signature(shop.clerk, call.id, clock.today())
    close_call(shop.clerk, call.id)
    clock.set_now(dt.datetime(2026, 3, 3, 9, 0))
    card = surveys.prepare_cards(shop.clerk, dt.date(2026, 3, 2))[0]
    surveys.enter_answer(shop.clerk, card.id, 4, 3, 2, 1, comments="回电太慢", how="phone")
    clock.set_now(dt.datetime(2026, 3, 5, 9, 0))
    repair = receive_over_counter(shop.clerk, customer.id, washer.id, promised_on=clock.today(), stated_fault="漏水")
    clock.set_now(dt.datetime(2026, 3, 6, 9, 0))
    complaint = register_complaint(shop.clerk, "师傅迟到", customer_id=customer.id, call_id=call.id)
    contract = create_contract(shop.clerk, customer.id, [washer.id], dt.date(2026, 3, 8), dt.date(2027, 3, 7))
    other, others_product = make_customer(shop.clerk, name="李娜", phone="13800001111")
    register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="x", customer_id=other.id,
                  product_id=others_product.id)  # someone else's: not in this file

    history = customer_history(customer.id)
    assert [(line.kind, line.number) for line in history.lines] == [
        ("contract", contract.number), ("complaint", complaint.number), ("call", repair.call.number),
        ("repair_card", repair.number), ("survey", card.number), ("call", call.number),
    ]  # the counter intake's call and card came in at the same minute
    assert all(a.at >= b.at for a, b in zip(history.lines, history.lines[1:], strict=False))
    survey_line = next(line for line in history.lines if line.kind == "survey")
    assert survey_line.what.startswith("4 3 2 1") and "回电太慢" in survey_line.what
    assert {line.kind for line in customer_history(customer.id, washer.id).lines} == {"call", "repair_card", "contract"}
    by_aircon = customer_history(customer.id, aircon.id).lines
    assert [line.kind for line in by_aircon] == ["complaint", "survey", "call"]
    assert all(line.product.startswith("空调 KFR-35GW/BP3") for line in by_aircon)
    assert customer_of("repair_card", repair.id) == (customer.id, washer.id)
    assert customer_of("call", call.id) == (customer.id, aircon.id)
    assert customer_of("complaint", complaint.id) == (customer.id, None)
