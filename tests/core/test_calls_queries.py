"""The call list: filters, carry-over priority, time left, search as you type, and the detail."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.queries.call_detail import call_detail, find_call_id
from aftersales_desktop.core.queries.calls import CallFilter, list_calls, search_customers
from aftersales_desktop.core.services.call_visits import record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from tests.factories import make_customer


def _register(shop, product, at, **kw):
    clock.set_now(at)
    return register_call(shop.clerk, received_at=at, channel="phone", problem=kw.pop("problem", "不制冷"),
                         customer_id=product.customer_id, product_id=product.id, **kw)


@pytest.fixture
def register(shop):
    _, wang = make_customer(shop.clerk, name="王小明", phone="13912345678")
    _, li = make_customer(shop.clerk, name="李四", phone="025-84561234", area="suburb", model="XQG100")
    calls = {
        "tue_morning": _register(shop, wang, dt.datetime(2026, 3, 10, 9, 0)),  # not dispatched by Tue 17:30
        "tue_evening": _register(shop, li, dt.datetime(2026, 3, 10, 18, 0)),  # after Tuesday's close
        "wed": _register(shop, li, dt.datetime(2026, 3, 11, 8, 45), problem="漏水"),
    }
    clock.set_now(dt.datetime(2026, 3, 11, 10, 0))
    dispatch_call(shop.supervisor, calls["wed"].id, shop.technician.id)
    return calls


def _numbers(flt=None, now=None):
    query = list_calls(flt, now or clock.now())
    return [r.number for r in query.fetch(0, 100)], query


def test_carry_over_calls_sort_on_top_marked_priority(shop, register):
    numbers, query = _numbers()
    rows = query.fetch(0, 10)
    assert rows[0].number == register["tue_morning"].number and rows[0].priority
    assert not any(r.priority for r in rows[1:])  # the evening call came after the day ended
    assert numbers[1:] == [register["wed"].number, register["tue_evening"].number]


def test_carry_over_ends_when_dispatched(shop, register):
    dispatch_call(shop.supervisor, register["tue_morning"].id, shop.technician2.id)
    assert not any(r.priority for r in list_calls().fetch(0, 10))


def test_carry_over_over_a_weekend(shop, register):
    # Monday 16 March: Friday's end is the cut-off; all three were before it and two are still waiting.
    rows = list_calls(now=dt.datetime(2026, 3, 16, 9, 0)).fetch(0, 10)
    assert [r.priority for r in rows] == [True, True, False]


def test_time_left_and_overdue(shop, register):
    rows = {r.number: r for r in list_calls(now=dt.datetime(2026, 3, 11, 10, 0)).fetch(0, 10)}
    morning = rows[register["tue_morning"].number]  # 09:00 Tue + 6 h = 16:30 Tue: overdue
    assert morning.overdue and morning.hours_left == pytest.approx(-1.0 - 1.5)
    wed = rows[register["wed"].number]  # suburb, 08:45 + 3.25 h + 3.75 h → 17:15 the same day
    assert not wed.overdue and wed.hours_left == pytest.approx(2 + 3.75)
    numbers, _ = _numbers(CallFilter(overdue=True), dt.datetime(2026, 3, 11, 10, 0))
    assert numbers == [register["tue_morning"].number]



def test_a_page_of_calls_reads_ids_by_key_then_the_rows_with_their_joined_names(shop, register):
    from playhouse.test_utils import count_queries

    query = list_calls(now=dt.datetime(2026, 3, 11, 10, 0))
    with count_queries() as counter:
        rows = {r.number: r for r in query.fetch(0, 10)}
    assert counter.count == 2 + 1  # the ids of the carry-over and the other calls, their rows
    assert {r.customer for r in rows.values()} == {c.customer.name for c in register.values()}
    wed = rows[register["wed"].number]
    assert (wed.customer, wed.phone, wed.product) == ("李四", "02584561234", "空调 XQG100")  # stored as digits
    assert wed.technician == shop.technician.name and rows[register["tue_evening"].number].technician == ""

def test_filters(shop, register):
    assert _numbers(CallFilter(not_dispatched=True))[0] == [register["tue_morning"].number, register["tue_evening"].number]
    assert _numbers(CallFilter(technician_id=shop.technician.id))[0] == [register["wed"].number]
    assert _numbers(CallFilter(date_from=dt.date(2026, 3, 11)))[0] == [register["wed"].number]
    assert len(_numbers(CallFilter(date_to=dt.date(2026, 3, 10)))[0]) == 2
    assert _numbers(CallFilter(status="dispatched"))[0] == [register["wed"].number]
    assert len(_numbers(CallFilter(status="open", kind="paid"))[0]) == 3
    assert _numbers(CallFilter(text="wxm"))[0] == [register["tue_morning"].number]
    assert _numbers(CallFilter(text="8456"))[0] == [register["wed"].number, register["tue_evening"].number]
    assert _numbers(CallFilter(text="漏水"))[0] == []  # the problem's words are not searched: that would scan
    assert list_calls(CallFilter(text="nobody")).count() == 0


def test_search_reads_each_kind_of_match_alike_through_its_own_index_or_the_registers_order(shop, register, monkeypatch):
    """The search box reads its kinds of match (number, customer, product) one by one and merges them; a kind
    naming many calls is read through the register's order instead of its own index: the same list either way,
    carry-over first, a call matched twice listed and counted once."""
    from aftersales_desktop.core.queries import paging

    _, shop_xqg = make_customer(shop.clerk, name="XQG专修店", phone="13800000001", model="XQG100")
    both = _register(shop, shop_xqg, dt.datetime(2026, 3, 11, 9, 30))  # its customer and its product match XQG
    r = register
    expected = {
        "JX2026": [r["tue_morning"], both, r["wed"], r["tue_evening"]],
        "xqg": [both, r["wed"], r["tue_evening"]],
        "8456": [r["wed"], r["tue_evening"]],
        "JX2025": [],
        "王": [r["tue_morning"]],
    }
    for few in (paging.FEW, 0):  # 0: every kind through the register's order
        monkeypatch.setattr(paging, "FEW", few)
        for text, calls in expected.items():
            numbers, query = _numbers(CallFilter(text=text))
            assert numbers == [c.number for c in calls], (few, text)
            assert query.count_upto() == query.count() == len(calls), (few, text)


def test_search_customers_by_phone_name_initials(shop):
    make_customer(shop.clerk, name="王小明", phone="13912345678")
    make_customer(shop.clerk, name="王晓梅", phone="13800001111")
    make_customer(shop.clerk, name="李四", phone="025-84561234")
    assert [m.name for m in search_customers("wxm")] == ["王小明", "王晓梅"]
    assert [m.name for m in search_customers("WXMing")] == []
    assert [m.name for m in search_customers("1391")] == ["王小明"]
    assert [m.name for m in search_customers("李")] == ["李四"]
    assert [m.name for m in search_customers("84561234")] == ["李四"]
    match = search_customers("王小明")[0]
    assert [p.model for p in match.products] == ["KFR-35GW/BP3"] and "A2401000123" in match.products[0].label
    assert search_customers("  ") == []


def test_call_detail(shop, register):
    call_id = find_call_id(register["wed"].number.lower())
    clock.set_now(dt.datetime(2026, 3, 11, 15, 0))
    record_visit(shop.technician, call_id, arrived_at=dt.datetime(2026, 3, 11, 14, 0),
                 finished_at=dt.datetime(2026, 3, 11, 14, 40), work_done="更换进水阀", result="fixed",
                 labour_fen=6000, travel_fen=2500)
    detail = call_detail(call_id)
    assert detail.customer == "李四" and detail.model == "XQG100" and detail.technician == shop.technician.name
    assert detail.voucher_no.startswith("PZ2026-") and detail.status == "done"
    assert [d.technician for d in detail.dispatches] == [shop.technician.name]
    assert detail.visits[0].fee_fen == 8500 and detail.invoices[0].amount_fen == 8500
    assert detail.bill.total_fen == 8500 and [line.kind for line in detail.bill.lines] == ["labour", "travel"]
    assert detail.hours_left is None and not detail.overdue
    assert detail.answer_late is False
    from aftersales_desktop.core.errors import NotFound

    with pytest.raises(NotFound, match="JX1999"):
        find_call_id("JX1999-00001")


def test_first_answer_timed_against_24_hours(shop):
    from aftersales_desktop.core.services.calls import record_first_answer

    _, product = make_customer(shop.clerk)
    late = _register(shop, product, dt.datetime(2026, 3, 9, 9, 0))
    on_time = _register(shop, product, dt.datetime(2026, 3, 11, 9, 0))
    clock.set_now(dt.datetime(2026, 3, 11, 10, 0))
    assert call_detail(late.id).answer_late  # 49 hours and nobody has answered
    assert not call_detail(on_time.id).answer_late
    record_first_answer(shop.clerk, late.id, dt.datetime(2026, 3, 10, 8, 59))
    assert not call_detail(late.id).answer_late  # answered after 23 h 59 min
    with pytest.raises(ValidationError, match="早于叫修"):
        record_first_answer(shop.clerk, on_time.id, dt.datetime(2026, 3, 11, 8, 0))


def test_a_search_counts_each_call_once_however_many_ways_its_customer_matches(shop, monkeypatch):
    """"s" finds one customer by the initials and the name's start at once (Sam 三), one by the other reading of
    a surname (单 read Shàn) and one by the initials alone: each of their calls is counted once, also with a
    filter of the calls' own, and the count stops at its limit."""
    from aftersales_desktop.core.queries import paging

    found = []
    for name, phone, calls in (("Sam 三", "13800000011", 3), ("单田", "13800000012", 2), ("孙立", "13800000013", 1),
                               ("王五", "13800000014", 2)):  # fmt: skip
        _, product = make_customer(shop.clerk, name=name, phone=phone)
        made = [_register(shop, product, dt.datetime(2026, 3, 10, 9, minute)) for minute in range(calls)]
        found += made if name != "王五" else []
    clock.set_now(dt.datetime(2026, 3, 10, 12, 0))
    dispatch_call(shop.supervisor, found[0].id, shop.technician.id)
    for flt, calls in ((CallFilter(text="s"), found), (CallFilter(text="s", status="dispatched"), found[:1]),
                       (CallFilter(text="sam"), found[:3]), (CallFilter(text="sam", status="registered"), found[1:3])):  # fmt: skip
        numbers, query = _numbers(flt)
        assert sorted(numbers) == sorted(c.number for c in calls), flt
        assert query.count_upto() == query.count() == len(calls), flt
    monkeypatch.setattr(paging, "COUNT_LIMIT", 4)
    query = list_calls(CallFilter(text="s"))
    assert max(query.branch_sizes()) == 5  # stopped at the limit + 1: "4+"
    assert query.count_upto(4) == 5
