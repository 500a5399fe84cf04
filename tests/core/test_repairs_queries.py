"""The in/out register, "in the shop now", cards by state and the supervisor's late list."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.queries import repairs as q
from aftersales_desktop.core.services import repair_return, repairs
from tests.core.repair_helpers import card_in_shop, inspected_card


def test_register_in_shop_and_late_list(shop):
    done = inspected_card(shop)
    repair_return.return_item(shop.clerk, done.id, collected_by="王小明", customer_signed=True)
    waiting = card_in_shop(shop, name="李四")
    late = card_in_shop(shop, name="赵六")
    clock.set_now(clock.now() + dt.timedelta(days=5))  # both promised 3 days after receipt: now past
    repairs.update_card(shop.technician, waiting.id, promised_on=clock.today() + dt.timedelta(days=1))

    register = q.goods_register()
    assert register.count() == 3
    rows = register.fetch(0, 10)
    assert rows[0].customer == "赵六"  # newest first
    out = next(r for r in rows if r.card_id == done.id)
    assert out.out_to == "王小明" and out.out_at is not None and not out.past_promise

    now = q.in_shop_now().fetch(0, 10)
    assert [r.card_id for r in now] == [late.id, waiting.id]  # earliest promise first
    assert now[0].past_promise and now[0].days_in_shop == 5
    assert not now[1].past_promise

    assert [c.card_id for c in q.late_cards()] == [late.id]
    assert q.late_cards()[0].days_late == 2
    assert q.cards("received").count() == 2
    assert q.state_counts() == {"received": 2}
    assert q.goods_register(search="赵").count() == 1
    assert q.goods_register(search=late.receipt.number).count() == 1
    assert q.find_card(late.receipt.number).id == late.id
    assert q.find_card(late.number.lower()).id == late.id


def test_calls_to_receive_lists_taken_back_calls_without_an_item(shop):
    from tests.core.repair_helpers import taken_back_call

    call = taken_back_call(shop)
    assert [c.id for c in q.calls_to_receive()] == [call.id]
    repairs.receive_goods(shop.clerk, call.id, promised_on=clock.today(), stated_fault="x")
    assert q.calls_to_receive() == []


def test_card_detail_shows_quotes_time_and_inspections(shop):
    card = inspected_card(shop)
    detail = q.card_detail(card.id)
    assert [x.version for x in detail.quotes] == [1]
    assert detail.minutes == 45 and len(detail.inspections) == 1
    assert detail.entry is not None and detail.entry.out_at is None


def test_today_counts_only_unfinished_items_as_past_promise(shop):
    from aftersales_desktop.core.queries.today import today_counts

    waiting_for_customer = inspected_card(shop)  # finished and inspected: the customer has not come yet
    still_open = card_in_shop(shop, name="李四")
    assert waiting_for_customer.status == "inspected" and still_open.status == "received"
    clock.set_now(clock.now() + dt.timedelta(days=5))
    counts = today_counts()
    assert counts.goods_in_shop == 2 and counts.goods_past_promise == 1
    assert q.in_shop_now(only_late=True).count() == 1
