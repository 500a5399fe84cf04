"""Bad input refused with a clear sentence: quotes before work, time entries, promised dates, transitions."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import RepairCard, TimeEntry
from aftersales_desktop.core.services import repairs, worklog
from tests.core.repair_helpers import advance, card_in_shop, taken_back_call


def test_promised_date_before_receipt_date_is_refused(shop):
    call = taken_back_call(shop)
    with pytest.raises(ValidationError, match="早于收件日期") as caught:
        repairs.receive_goods(shop.clerk, call.id, promised_on=clock.today() - dt.timedelta(days=1), stated_fault="x")
    assert caught.value.field == "promised_on"
    assert "before the receipt date" in caught.value.text.en
    card = repairs.receive_goods(shop.clerk, call.id, promised_on=clock.today(), stated_fault="x")
    with pytest.raises(ValidationError, match="早于收件日期"):
        repairs.update_card(shop.technician, card.id, promised_on=clock.today() - dt.timedelta(days=2))


def test_no_work_on_a_paid_card_before_the_quote_is_accepted(shop):
    card = card_in_shop(shop, paid=True)
    for attempt in (
        lambda: worklog.start_timer(shop.technician, card.id),
        lambda: repairs.start_repair(shop.technician, card.id),
        lambda: worklog.add_card_minutes(shop.technician, card.id, started_at=clock.now() - dt.timedelta(minutes=5),
                                         minutes=5),
    ):
        with pytest.raises(Conflict, match="客户确认报价前不能开始工作"):
            attempt()
    repairs.save_quote(shop.technician, card.id, labour_fen=10000)
    with pytest.raises(Conflict):
        worklog.start_timer(shop.technician, card.id)
    assert TimeEntry.select().count() == 0


def test_a_changed_quote_must_be_accepted_again(shop):
    card = card_in_shop(shop, paid=True)
    repairs.save_quote(shop.technician, card.id, labour_fen=10000)
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王小明", how="in_person")
    entry = worklog.start_timer(shop.technician, card.id)
    advance(10)
    with pytest.raises(Conflict, match="停止"):
        repairs.save_quote(shop.technician, card.id, labour_fen=10000, parts_fen=30000, note="加换压缩机")
    worklog.stop_timer(shop.technician, entry.id)
    quote = repairs.save_quote(shop.technician, card.id, labour_fen=10000, parts_fen=30000, note="加换压缩机")
    assert quote.version == 2 and RepairCard.get_by_id(card.id).status == "quoted"
    with pytest.raises(Conflict, match="客户确认报价前"):
        worklog.start_timer(shop.technician, card.id)
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王小明", how="phone")
    assert repairs.accepted_quote(RepairCard.get_by_id(card.id)).version == 2
    worklog.start_timer(shop.technician, card.id)


def test_quote_input_is_checked(shop):
    card = card_in_shop(shop)
    with pytest.raises(ValidationError, match="负数"):
        repairs.save_quote(shop.technician, card.id, labour_fen=-1)
    with pytest.raises(ValidationError, match="为零"):
        repairs.save_quote(shop.technician, card.id, labour_fen=0)
    repairs.save_quote(shop.technician, card.id, labour_fen=100)
    with pytest.raises(ValidationError, match="电话或当面"):
        repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王", how="email")
    with pytest.raises(ValidationError, match="同意报价的客户"):
        repairs.accept_quote(shop.clerk, card.id, accepted_by_name="", how="phone")
    with pytest.raises(ValidationError, match="报价之后"):
        repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王", how="phone",
                             accepted_at=clock.now() + dt.timedelta(hours=2))
    with pytest.raises(PermissionDenied):  # a technician may not record the customer's acceptance
        repairs.accept_quote(shop.technician, card.id, accepted_by_name="王", how="phone")


def test_negative_and_zero_minutes_are_refused(shop):
    card = card_in_shop(shop, paid=False)
    for bad in (-10, 0):
        with pytest.raises(ValidationError, match="大于 0") as caught:
            worklog.add_card_minutes(shop.technician, card.id, started_at=clock.now() - dt.timedelta(hours=1),
                                     minutes=bad)
        assert caught.value.field == "minutes"
    with pytest.raises(ValidationError, match="将来"):
        worklog.add_card_minutes(shop.technician, card.id, started_at=clock.now(), minutes=30)
    with pytest.raises(ValidationError, match="早于收件"):
        worklog.add_card_minutes(shop.technician, card.id, started_at=clock.now() - dt.timedelta(days=1), minutes=30)


def test_overlapping_entries_of_one_technician_are_refused(shop):
    card = card_in_shop(shop, paid=False)
    advance(180)
    t0 = clock.now() - dt.timedelta(minutes=120)
    worklog.add_card_minutes(shop.technician, card.id, started_at=t0, minutes=60)
    with pytest.raises(Conflict, match="时间不能重叠"):
        worklog.add_card_minutes(shop.technician, card.id, started_at=t0 + dt.timedelta(minutes=30), minutes=60)
    with pytest.raises(Conflict, match="时间不能重叠"):
        worklog.record_general_work(shop.technician, started_at=t0 - dt.timedelta(minutes=10), minutes=20,
                                    note="整理工具")
    # touching end to start is fine, and another technician may work at the same time
    worklog.add_card_minutes(shop.technician, card.id, started_at=t0 + dt.timedelta(minutes=60), minutes=30)
    worklog.record_general_work(shop.technician2, started_at=t0, minutes=60, note="备件盘点")
    running = worklog.start_timer(shop.technician, card.id)
    with pytest.raises(Conflict, match="正在计时"):
        worklog.start_timer(shop.technician, card.id)
    advance(30)
    with pytest.raises(Conflict, match="时间不能重叠"):  # a running timer lasts until now
        worklog.record_general_work(shop.technician, started_at=clock.now() - dt.timedelta(minutes=10), minutes=10,
                                    note="培训")
    worklog.stop_timer(shop.technician, running.id)
    with pytest.raises(Conflict, match="已经停止"):
        worklog.stop_timer(shop.technician, running.id)


def test_the_overlap_check_and_the_running_timer_read_a_few_rows_of_the_index_not_a_technicians_history(shop):
    """A technician logs time every day for years: each entry's overlap check (finished entries ending after its
    start, and a running timer) seeks into the (technician, ended_at) index instead of reading them all."""
    now = clock.now()
    queries = [worklog._FINISHED_CLASH.build(shop.technician.id, now, now), worklog._RUNNING_CLASH.build(
        shop.technician.id, now), TimeEntry.select().where(
        (TimeEntry.technician == shop.technician.id) & TimeEntry.ended_at.is_null())]
    for query in queries:
        sql, params = query.sql()
        plan = " ".join(str(row) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "time_entry_technician_id_ended_at (technician_id=? AND ended_at" in plan, plan


def test_time_only_for_oneself_unless_supervisor(shop):
    card = card_in_shop(shop, paid=False)
    advance(60)
    with pytest.raises(PermissionDenied, match="自己的工时"):
        worklog.add_card_minutes(shop.technician2, card.id, started_at=clock.now() - dt.timedelta(minutes=30),
                                 minutes=30, technician_id=shop.technician.id)
    entry = worklog.add_card_minutes(shop.supervisor, card.id, started_at=clock.now() - dt.timedelta(minutes=30),
                                     minutes=30, technician_id=shop.technician.id)
    assert entry.technician_id == shop.technician.id and entry.recorded_by_id == shop.supervisor.id
    assert entry.kind == "free"


def test_general_work_needs_a_description(shop):
    with pytest.raises(ValidationError, match="一般工作"):
        worklog.record_general_work(shop.technician, started_at=clock.now() - dt.timedelta(hours=1), minutes=30, note="")
    entry = worklog.record_general_work(shop.technician, started_at=clock.now() - dt.timedelta(hours=1), minutes=30,
                                        note="工具保养")
    assert entry.kind == "general" and entry.repair_card_id is None


def test_illegal_transitions_name_the_state(shop):
    card = card_in_shop(shop, paid=False)
    with pytest.raises(Conflict, match="已收件"):
        repairs.mark_repaired(shop.technician, card.id)
    with pytest.raises(Conflict, match="已收件"):
        repairs.wait_for_parts(shop.technician, card.id)
    repairs.start_repair(shop.technician, card.id)
    repairs.wait_for_parts(shop.technician, card.id, note="等压缩机")
    with pytest.raises(Conflict, match="待料"):
        worklog.start_timer(shop.technician, card.id)
    repairs.resume_repair(shop.technician, card.id)
    repairs.mark_repaired(shop.technician, card.id)
    with pytest.raises(Conflict):
        repairs.save_quote(shop.technician, card.id, labour_fen=100)


def test_clerk_cannot_edit_the_repair(shop):
    card = card_in_shop(shop, paid=False)
    with pytest.raises(PermissionDenied):
        repairs.start_repair(shop.clerk, card.id)


def test_a_timer_left_running_overnight_is_stopped_at_the_real_end(shop):
    card = card_in_shop(shop, paid=False)
    entry = worklog.start_timer(shop.technician, card.id)
    clock.set_now(clock.now() + dt.timedelta(days=1))
    with pytest.raises(Conflict, match="实际结束时间"):
        worklog.stop_timer(shop.technician, entry.id)
    with pytest.raises(ValidationError, match="开始之后"):
        worklog.stop_timer(shop.technician, entry.id, ended_at=entry.started_at - dt.timedelta(minutes=5))
    stopped = worklog.stop_timer(shop.technician, entry.id, ended_at=entry.started_at + dt.timedelta(minutes=95))
    assert stopped.minutes == 95
