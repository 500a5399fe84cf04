"""Service standards measured through the services: a late arrival is one the visit service found after the
deadline, a late answer one given after 24 hours, a broken promise a card returned after its date — never a
column set by hand. The list, Today and the per-person figures agree."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import ServiceCall
from aftersales_desktop.core.queries.calls import CallFilter, list_calls
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.queries.standards import month_arrivals, standards, total
from aftersales_desktop.core.queries.today import today_counts
from aftersales_desktop.core.services import repair_return, repairs
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import dispatch_call, record_first_answer, register_call
from tests.factories import make_customer

MARCH = Month(2026, 3)


def _call(shop, received: dt.datetime, phone: str, product=None):
    if product is None:
        _, product = make_customer(shop.clerk, phone=phone, warranty_end=dt.date(2025, 1, 1))
    clock.set_now(received)
    return register_call(shop.clerk, received_at=received, channel="phone", problem="不制冷", area="city",
                         customer_id=product.customer_id, product_id=product.id)


def _visit(shop, call, technician, arrived: dt.datetime, result="fixed"):
    clock.set_now(arrived + dt.timedelta(hours=1))
    return record_visit(technician, call.id, arrived_at=arrived, finished_at=arrived + dt.timedelta(minutes=40),
                        work_done="清洗", result=result)


def test_late_arrivals_and_late_answers_are_counted_through_the_services(shop):
    # Monday 2 March 2026, 9:00 in the city: due 6 working hours later, 16:30 (08:30-12:00, 13:30-17:30)
    on_time = _call(shop, dt.datetime(2026, 3, 2, 9, 0), "13900000001")
    late = _call(shop, dt.datetime(2026, 3, 2, 9, 0), "13900000002")
    answered_late = _call(shop, dt.datetime(2026, 3, 2, 9, 0), "13900000003")
    clock.set_now(dt.datetime(2026, 3, 2, 9, 20))
    record_first_answer(shop.clerk, on_time.id)  # the counter answers at once
    record_first_answer(shop.clerk, late.id)
    clock.set_now(dt.datetime(2026, 3, 3, 10, 0))
    record_first_answer(shop.clerk, answered_late.id)  # 25 hours after the call
    clock.set_now(dt.datetime(2026, 3, 2, 9, 30))
    for call, tech in ((on_time, shop.technician), (late, shop.technician), (answered_late, shop.technician2)):
        dispatch_call(shop.supervisor, call.id, tech.id)
    _visit(shop, on_time, shop.technician, dt.datetime(2026, 3, 2, 14, 30))
    _visit(shop, late, shop.technician, dt.datetime(2026, 3, 2, 16, 45))
    _visit(shop, answered_late, shop.technician2, dt.datetime(2026, 3, 2, 11, 0))
    unanswered = _call(shop, dt.datetime(2026, 3, 4, 10, 0), "13900000004")
    clock.set_now(dt.datetime(2026, 3, 4, 11, 0))
    dispatch_call(shop.supervisor, unanswered.id, shop.technician2.id)  # someone is coming: the first answer

    assert [ServiceCall.get_by_id(c.id).arrival_late for c in (on_time, late, answered_late)] == [False, True, False]
    figures = {row.name: row for row in standards(MARCH)}
    tech, tech2, clerk, supervisor = (figures[s.name] for s in (shop.technician, shop.technician2, shop.clerk,
                                                                 shop.supervisor))
    assert (tech.arrivals, tech.on_time, tech.late, tech.on_time_rate) == (2, 1, 1, 0.5)
    assert (tech2.arrivals, tech2.late) == (1, 0)
    assert (clerk.answers, clerk.answers_late) == (3, 1)
    assert (supervisor.answers, supervisor.answers_late) == (1, 0)  # the dispatch answered the fourth call
    # the call list's late mark and filter, and Today, say the same
    clock.set_now(dt.datetime(2026, 3, 20, 10, 0))
    flt = CallFilter(date_from=MARCH.first, late=True)
    assert [row.id for row in list_calls(flt).fetch(0, 50)] == [late.id]
    assert list_calls(flt).fetch(0, 1)[0].arrival_late is True
    assert month_arrivals(clock.today()).late == total(standards(MARCH)).late == 1
    counts = today_counts()
    assert (counts.late_this_month, counts.on_time_rate) == (1, 2 / 3)


def test_a_second_visit_keeps_the_first_arrival(shop):
    call = _call(shop, dt.datetime(2026, 3, 2, 9, 0), "13900000001")
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    _visit(shop, call, shop.technician, dt.datetime(2026, 3, 2, 11, 0), result="not_fixed")
    dispatch_call(shop.supervisor, call.id, shop.technician2.id)
    _visit(shop, call, shop.technician2, dt.datetime(2026, 3, 5, 11, 0))
    call = ServiceCall.get_by_id(call.id)
    assert (call.arrived_at, call.arrived_by_id, call.arrival_late) == (
        dt.datetime(2026, 3, 2, 11, 0), shop.technician.id, False)


def test_repair_promises_and_repeat_faults(shop):
    from tests.core.repair_helpers import card_in_shop

    clock.set_now(dt.datetime(2026, 3, 9, 10, 0))
    kept = card_in_shop(shop, paid=False, name="王小明")
    late = card_in_shop(shop, paid=False, name="李四")
    for card, days in ((kept, 2), (late, 5)):  # promised three days after goods in
        clock.set_now(dt.datetime(2026, 3, 9, 10, 0) + dt.timedelta(days=days))
        repairs.start_repair(shop.technician, card.id)
        repairs.mark_repaired(shop.technician, card.id)
        repair_return.inspect(shop.supervisor, card.id, passed=True)
        repair_return.return_item(shop.clerk, card.id, collected_by="本人", customer_signed=True)
    figures = {row.name: row for row in standards(MARCH)}
    assert (figures[shop.technician.name].repairs, figures[shop.technician.name].promises_kept) == (2, 1)
    # the same product calls again within the repeat window: a repeat fault for whoever served it first
    first = kept.call
    record_signature(shop.clerk, first.id, clock.today())
    close_call(shop.clerk, first.id)
    again = _call(shop, dt.datetime(2026, 3, 20, 9, 0), "", product=first.product)
    assert again.repeat_of_id == first.id
    assert {row.name: row.repeats for row in standards(MARCH)}[shop.technician.name] == 1
