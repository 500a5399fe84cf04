"""The in/out register, "in the shop now", cards by state and the supervisor's late list."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import database
from aftersales_desktop.core.models import GoodsRegisterEntry, RepairCard
from aftersales_desktop.core.queries import repairs as q
from aftersales_desktop.core.services import repair_return, repairs
from tests.core.repair_helpers import advance, card_in_shop, inspected_card
from tests.factories import make_customer


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


def _register_row_from_records(entry_id: int, today: dt.date) -> q.RegisterRow:
    """A register row as the records give it one by one (how the list read it before its rows were tuples)."""
    entry = GoodsRegisterEntry.get_by_id(entry_id)
    receipt, card = entry.receipt, entry.repair_card
    status = card.status if card else ""
    return q.RegisterRow(
        entry_id=entry.id, card_id=card.id if card else None, receipt_number=receipt.number,
        card_number=card.number if card else "", customer=receipt.customer.name, phone=receipt.customer.phone,
        product=f"{receipt.product.name} {receipt.product.model}", serial=receipt.product.serial,
        in_at=entry.in_at, promised_on=receipt.promised_on, status=status,
        technician=card.technician.name if card and card.technician else "", out_at=entry.out_at, out_to=entry.out_to,
        days_in_shop=((entry.out_at.date() if entry.out_at else today) - entry.in_at.date()).days,
        past_promise=entry.out_at is None and receipt.promised_on < today and status in q.UNFINISHED,
    )  # fmt: skip


def _card_row_from_records(card_id: int, today: dt.date) -> q.CardRow:
    card = RepairCard.get_by_id(card_id)
    return q.CardRow(
        card_id=card.id, number=card.number, status=card.status, customer=card.receipt.customer.name,
        product=f"{card.receipt.product.name} {card.receipt.product.model}",
        technician=card.technician.name if card.technician else "", received_at=card.receipt.received_at,
        promised_on=card.promised_on, days_late=max(0, (today - card.promised_on).days) if card.status in q.UNFINISHED
        else 0, kind=card.call.kind,
    )  # fmt: skip


def test_list_rows_are_the_records_columns_read_in_one_statement(shop):
    """The Repairs lists read a page's shown columns as plain tuples (no model object per row): each row holds
    exactly what its records say, every column in its place, and a page is one statement."""
    done = inspected_card(shop)
    advance(60 * 26)
    repair_return.return_item(shop.clerk, done.id, collected_by="王小明的女儿", customer_signed=True)
    late = card_in_shop(shop, name="李四")  # a technician assigned
    customer, product = make_customer(shop.clerk, name="赵六", phone="13800001111", model="XQG80-14")
    nobody = repairs.receive_over_counter(shop.clerk, customer.id, product.id, promised_on=clock.today()
                                          + dt.timedelta(days=9), stated_fault="不开机")  # no technician yet
    advance(60 * 24 * 5)
    today = clock.today()
    assert late.technician_id and nobody.technician_id is None
    register_lists = [q.goods_register(), q.in_shop_now(), q.in_shop_now(only_late=True), q.goods_register(search="赵"),
                      q.goods_register(search=done.receipt.number)]  # fmt: skip
    card_lists = [q.cards(), q.cards("received"), q.late_cards_query(), q.cards(search="李")]
    seen: set[int] = set()
    for paged, expected in [(p, _register_row_from_records) for p in register_lists] + [
            (p, _card_row_from_records) for p in card_lists]:  # fmt: skip
        ids = paged.ids_after(None, 50).ids
        statements: list[str] = []
        database.connection().set_trace_callback(statements.append)
        try:
            rows = paged.rows_for(ids)
        finally:
            database.connection().set_trace_callback(None)
        assert rows and rows == [expected(i, today) for i in ids]
        assert len(statements) == 1, statements
        seen.update(r.card_id for r in rows)
    assert seen == {done.id, late.id, nobody.id}


def test_lists_without_a_search_read_ids_and_counts_from_their_own_table(shop):
    """Without a search the register's and the cards' counts and keys read their own table (at 50x, counting 10,001
    entries or returned cards through the receipts, customers, products and calls was 15-38 ms); the rows shown
    still name the joined records, and a search still finds by them."""
    first, second = card_in_shop(shop), card_in_shop(shop, name="李四")
    clock.set_now(clock.now() + dt.timedelta(days=5))  # both past their promise: on the late list
    for paged, order in [(q.goods_register(), [second.id, first.id]), (q.cards("received"), [first.id, second.id]),
                         (q.cards(), [first.id, second.id]), (q.late_cards_query(), [first.id, second.id])]:  # fmt: skip
        statements: list[str] = []
        database.connection().set_trace_callback(statements.append)
        try:
            count, ids = paged.count_upto(), paged.ids_after(None, 10).ids
        finally:
            database.connection().set_trace_callback(None)
        assert count == 2 and len(statements) == 2
        assert not any("JOIN" in sql.upper() for sql in statements), statements
        assert [r.card_id for r in paged.rows_for(ids)] == order
    assert [r.customer for r in q.goods_register(search="李四").fetch(0, 10)] == ["李四"]
    assert [r.customer for r in q.cards(search="李四").fetch(0, 10)] == ["李四"]
    assert q.cards("returned").count_upto() == 0
