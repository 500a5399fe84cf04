"""Timers on a repair card: who takes an unassigned card, and a timer left running never holds the card back."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import AuditEntry, RepairCard, TimeEntry
from aftersales_desktop.core.services import repair_return, repairs, worklog
from tests.core.repair_helpers import advance
from tests.factories import make_customer


def unassigned_card(shop):  # type: ignore[no-untyped-def]
    """A warranty item brought to the counter, nobody assigned yet."""
    _customer, product = make_customer(shop.clerk, phone=f"1391111{RepairCard.select().count():04d}",
                                       warranty_end=clock.today() + dt.timedelta(days=100))
    return repairs.receive_over_counter(shop.clerk, product.customer_id, product.id, promised_on=clock.today(),
                                        stated_fault="不制冷")


def test_the_technician_who_starts_an_unassigned_card_takes_it(shop):
    card = unassigned_card(shop)
    assert card.technician_id is None
    worklog.start_timer(shop.technician2, card.id)
    card = RepairCard.get_by_id(card.id)
    assert card.status == "in_repair" and card.technician_id == shop.technician2.id
    other = unassigned_card(shop)
    repairs.start_repair(shop.technician, other.id)
    assert RepairCard.get_by_id(other.id).technician_id == shop.technician.id
    worklog.start_timer(shop.technician, card.id)  # a second pair of hands does not take the card over
    assert RepairCard.get_by_id(card.id).technician_id == shop.technician2.id


def test_a_timer_left_running_by_a_helper_does_not_hold_back_the_inspection(shop):
    card = unassigned_card(shop)
    own = worklog.start_timer(shop.technician, card.id)
    helper = worklog.start_timer(shop.technician2, card.id)  # the helper walks off with the timer running
    advance(50)
    repairs.mark_repaired(shop.technician, card.id)
    assert TimeEntry.get_by_id(own.id).minutes == 50 and TimeEntry.get_by_id(helper.id).minutes == 50
    noted = AuditEntry.select().where((AuditEntry.entity == "time_entry") & (AuditEntry.entity_id == helper.id))
    assert any("marked repaired" in row.note for row in noted)
    repair_return.inspect(shop.supervisor, card.id, passed=True)
    assert RepairCard.get_by_id(card.id).status == "inspected"


def test_a_timer_left_from_an_earlier_day_ends_with_that_working_day(shop):
    card = unassigned_card(shop)
    entry = worklog.start_timer(shop.technician, card.id)  # 10:00 on the 11th
    clock.set_now(clock.now() + dt.timedelta(days=1))
    repairs.mark_repaired(shop.technician, card.id)
    entry = TimeEntry.get_by_id(entry.id)
    assert entry.ended_at == dt.datetime(2026, 3, 11, 17, 30) and entry.minutes == 450
