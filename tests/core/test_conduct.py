"""Recording fines and rewards: the ladder, ranges, voiding, acknowledgement, permissions, bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import AuditEntry, ConductEntry, ConductRule
from aftersales_desktop.core.services.conduct import (
    acknowledge_entry,
    add_rule,
    delete_rule,
    edit_rule,
    period_bounds,
    preview_entry,
    record_entry,
    retire_rule,
    void_entry,
)
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.staff import mark_left

MARCH = dt.datetime(2026, 3, 2, 9, 0)


def rule(code: str) -> ConductRule:
    return ConductRule.get(ConductRule.code == code)


def appearance(shop, when, amount=500, who=None):
    return record_entry(shop.supervisor, (who or shop.clerk).id, rule("YR-01").id, when, "未穿工作服", amount)


def test_record_a_fine_inside_the_range(shop):
    entry = record_entry(shop.supervisor, shop.clerk.id, rule("JL-05").id, MARCH, "与客人争吵", 5000)
    assert entry.number == "JC2026-00001"
    assert (entry.kind, entry.amount_fen, entry.ladder_step, entry.source) == ("fine", 5000, 0, "manual")
    assert entry.recorded_by_id == shop.supervisor.id
    audit = AuditEntry.get((AuditEntry.entity == "conduct_entry") & (AuditEntry.entity_id == entry.id))
    assert audit.action == "conduct.record" and audit.after["amount_fen"] == 5000


def test_the_ladder_1st_2nd_3rd_and_beyond(shop):
    first = appearance(shop, MARCH)
    assert (first.ladder_step, first.amount_fen, first.rest_half_days) == (1, 500, 0)
    second = appearance(shop, MARCH + dt.timedelta(days=1), amount=0)
    assert (second.ladder_step, second.amount_fen, second.rest_half_days) == (2, 0, 1)
    third = appearance(shop, MARCH + dt.timedelta(days=2), amount=0)
    assert (third.ladder_step, third.amount_fen, third.rest_half_days) == (3, 0, 2)
    fourth = appearance(shop, MARCH + dt.timedelta(days=3), amount=0)
    assert (fourth.ladder_step, fourth.rest_half_days) == (4, 2)  # stays on the last rung


def test_the_ladder_starts_over_in_a_new_period(shop):
    appearance(shop, dt.datetime(2026, 2, 10, 9))
    appearance(shop, dt.datetime(2026, 2, 20, 9), amount=0)
    march = appearance(shop, MARCH)
    assert (march.ladder_step, march.amount_fen, march.rest_half_days) == (1, 500, 0)


def test_the_ladder_is_per_person_and_ignores_voided_entries(shop):
    first = appearance(shop, MARCH)
    other = appearance(shop, MARCH + dt.timedelta(hours=1), who=shop.technician)
    assert other.ladder_step == 1
    void_entry(shop.supervisor, first.id, "记错人了")
    again = appearance(shop, MARCH + dt.timedelta(hours=2))
    assert again.ladder_step == 1 and again.amount_fen == 500


def test_a_quarter_period_setting_keeps_counting_across_months(shop):
    update_settings(shop.manager, {"conduct_period": "quarter"})
    appearance(shop, dt.datetime(2026, 1, 15, 9))
    assert preview_entry(shop.clerk.id, rule("YR-01").id, MARCH).step == 2
    assert period_bounds(MARCH) == (dt.datetime(2026, 1, 1), dt.datetime(2026, 4, 1))


def test_preview_shows_step_range_and_penalty_before_saving(shop):
    appearance(shop, MARCH)
    preview = preview_entry(shop.clerk.id, rule("YR-01").id, MARCH + dt.timedelta(days=1))
    assert (preview.step, preview.earlier, preview.min_fen, preview.max_fen, preview.rest_half_days) == (2, 1, 0, 0, 1)
    assert preview.penalty().zh == "第 2 次:扣半天休"
    plain = preview_entry(shop.clerk.id, rule("JL-11").id, MARCH)
    assert plain.penalty().zh == "罚款 50.00–100.00 元,书面检讨"
    assert ConductEntry.select().count() == 1  # a preview writes nothing


@pytest.mark.parametrize("amount", [1999, 20001, -100])
def test_amount_outside_the_range_is_refused(shop, amount):
    with pytest.raises(ValidationError) as err:
        record_entry(shop.supervisor, shop.clerk.id, rule("JL-05").id, MARCH, "争吵", amount)
    assert err.value.field == "amount"
    assert "20.00–200.00" in err.value.text.zh and "range" in err.value.text.en


def test_a_ladder_step_has_its_own_fixed_amount(shop):
    appearance(shop, MARCH)
    with pytest.raises(ValidationError, match="0.00–0.00"):
        appearance(shop, MARCH + dt.timedelta(days=1), amount=500)  # 2nd time docks rest, no fine


def test_self_criticism_and_dismissal_are_carried_on_the_entry(shop):
    argued = record_entry(shop.supervisor, shop.clerk.id, rule("JL-11").id, MARCH, "当众争辩", 5000)
    assert argued.self_criticism and not argued.dismissal
    leaked = record_entry(shop.manager, shop.technician.id, rule("JL-09").id, MARCH, "泄露报价", 0)
    assert leaked.dismissal


def test_a_reward_is_an_entry(shop):
    reward = record_entry(shop.supervisor, shop.technician.id, rule("JX-01").id, MARCH, "客户来电表扬", 10000)
    assert reward.kind == "reward" and reward.amount_fen == 10000


def test_clerks_technicians_and_storekeepers_may_not_record(shop):
    for who in (shop.clerk, shop.technician, shop.storekeeper):
        with pytest.raises(PermissionDenied):
            record_entry(who, shop.technician2.id, rule("JL-05").id, MARCH, "争吵", 5000)
    assert ConductEntry.select().count() == 0


def test_an_entry_for_someone_who_has_left_is_refused(shop):
    mark_left(shop.manager, shop.technician2.id, dt.date(2026, 3, 5))
    with pytest.raises(ValidationError) as err:
        record_entry(shop.supervisor, shop.technician2.id, rule("JL-05").id, MARCH, "争吵", 5000)
    assert "已于 2026-03-05 离职" in err.value.text.zh and "left on 2026-03-05" in err.value.text.en


def test_a_time_in_the_future_is_refused(shop):
    with pytest.raises(ValidationError) as err:
        record_entry(shop.supervisor, shop.clerk.id, rule("JL-05").id, clock.now() + dt.timedelta(days=1), "争吵", 5000)
    assert err.value.field == "occurred_at" and "将来" in err.value.text.zh


def test_description_is_required(shop):
    with pytest.raises(ValidationError) as err:
        record_entry(shop.supervisor, shop.clerk.id, rule("JL-05").id, MARCH, "  ", 5000)
    assert err.value.field == "description"


def test_void_keeps_the_entry_and_both_states_in_the_audit(shop):
    entry = appearance(shop, MARCH)
    voided = void_entry(shop.supervisor, entry.id, "记错了日期")
    assert voided.voided_at == clock.now() and voided.void_reason == "记错了日期"
    assert ConductEntry.get_by_id(entry.id).amount_fen == 500  # still there, unchanged
    audit = AuditEntry.get((AuditEntry.action == "conduct.void") & (AuditEntry.entity_id == entry.id))
    assert audit.before["voided_at"] is None and "amount_fen" not in audit.before  # only what changed is kept
    assert audit.after["void_reason"] == "记错了日期" and audit.after["voided_at"]
    with pytest.raises(Conflict):
        void_entry(shop.supervisor, entry.id, "再次")


def test_voiding_needs_a_reason_and_a_supervisor(shop):
    entry = appearance(shop, MARCH)
    with pytest.raises(ValidationError) as err:
        void_entry(shop.supervisor, entry.id, " ")
    assert err.value.field == "reason" and "作废原因" in err.value.text.zh
    with pytest.raises(PermissionDenied):
        void_entry(shop.clerk, entry.id, "我不服")
    assert ConductEntry.get_by_id(entry.id).voided_at is None


def test_acknowledgement_is_recorded_once(shop):
    entry = appearance(shop, MARCH)
    assert acknowledge_entry(shop.supervisor, entry.id).acknowledged_at == clock.now()
    with pytest.raises(Conflict):
        acknowledge_entry(shop.supervisor, entry.id)
    with pytest.raises(PermissionDenied):
        acknowledge_entry(shop.clerk, entry.id)


def test_manager_edits_adds_and_retires_rules(shop):
    new = add_rule(shop.manager, code="ZD-01", area="discipline", title="上班玩手机", min_fen=1000, max_fen=3000)
    assert new.active and new.kind == "fine"
    edited = edit_rule(shop.manager, new.id, max_fen=5000)
    assert (edited.min_fen, edited.max_fen, edited.title) == (1000, 5000, "上班玩手机")
    with pytest.raises(PermissionDenied):
        add_rule(shop.supervisor, code="ZD-02", area="discipline", title="x", min_fen=0, max_fen=0)
    with pytest.raises(ValidationError):
        add_rule(shop.manager, code="ZD-01", area="discipline", title="重复", min_fen=0, max_fen=0)
    with pytest.raises(ValidationError):
        edit_rule(shop.manager, new.id, min_fen=9000)  # above the maximum
    record_entry(shop.supervisor, shop.clerk.id, new.id, MARCH, "玩手机", 1000)
    with pytest.raises(Conflict, match="停用"):
        delete_rule(shop.manager, new.id)
    retire_rule(shop.manager, new.id)
    with pytest.raises(ValidationError, match="已停用"):
        record_entry(shop.supervisor, shop.clerk.id, new.id, MARCH, "又玩手机", 1000)
    unused = add_rule(shop.manager, code="ZD-03", area="hygiene", title="未用", min_fen=0, max_fen=0)
    delete_rule(shop.manager, unused.id)
    assert ConductRule.get_or_none(ConductRule.code == "ZD-03") is None
