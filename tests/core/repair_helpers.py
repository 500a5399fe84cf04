"""Helpers for the repairs tests: a call taken back to the shop, and a card carried through its steps."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import RepairCard, ServiceCall
from aftersales_desktop.core.services import repair_return, repairs, worklog
from aftersales_desktop.core.services.call_visits import record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from tests.factories import Shop, make_customer


def taken_back_call(shop: Shop, warranty_end: dt.date | None = None, name: str = "王小明") -> ServiceCall:
    """A call registered, dispatched and visited, whose visit ended 'taken back to the shop'."""
    _customer, product = make_customer(shop.clerk, name=name, warranty_end=warranty_end)
    now = clock.now()
    call = register_call(
        shop.clerk, received_at=now - dt.timedelta(hours=2), channel="phone", problem="不制冷", customer_id=product.customer_id,
        product_id=product.id,
    )
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    arrived, finished = now - dt.timedelta(minutes=90), now - dt.timedelta(minutes=30)
    record_visit(shop.technician, call.id, arrived_at=arrived, finished_at=finished, result="taken_back",
                 work_done="压缩机不启动,带回店修")
    return ServiceCall.get_by_id(call.id)


def card_in_shop(shop: Shop, paid: bool = True, name: str = "王小明") -> RepairCard:
    """Goods in for a taken-back call: paid (out of warranty) unless `paid` is False."""
    warranty = clock.today() - dt.timedelta(days=30) if paid else clock.today() + dt.timedelta(days=300)
    call = taken_back_call(shop, warranty_end=warranty, name=name)
    return repairs.receive_goods(
        shop.clerk, call.id, promised_on=clock.today() + dt.timedelta(days=3), stated_fault="不制冷",
        accessories="遥控器一个", condition="外壳有划痕", technician_id=shop.technician.id,
    )


def advance(minutes: int) -> dt.datetime:
    """Move the frozen clock forward."""
    moment = clock.now() + dt.timedelta(minutes=minutes)
    clock.set_now(moment)
    return moment


def repaired_card(shop: Shop, paid: bool = True, name: str = "王小明") -> RepairCard:
    """A card quoted, accepted, worked on for 45 minutes and marked repaired."""
    card = card_in_shop(shop, paid=paid, name=name)
    if card.needs_quote:
        repairs.save_quote(shop.technician, card.id, labour_fen=12000, parts_fen=8000, travel_fen=2000)
        repairs.accept_quote(shop.clerk, card.id, accepted_by_name=name, how="phone")
    entry = worklog.start_timer(shop.technician, card.id)
    advance(45)
    worklog.stop_timer(shop.technician, entry.id)
    return repairs.mark_repaired(shop.technician, card.id)


def inspected_card(shop: Shop, paid: bool = True) -> RepairCard:
    card = repaired_card(shop, paid=paid)
    repair_return.inspect(shop.supervisor, card.id, passed=True)
    return RepairCard.get_by_id(card.id)
