"""Counter authority: 10% off at most 5 a week, accident repairs below 30% margin; warnings → entries."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import AuditEntry, AuthorityEvent
from aftersales_desktop.core.queries.conduct import authority_events, month_summary
from aftersales_desktop.core.services.authority import (
    approve_event,
    record_discount,
    record_margin,
    warning_to_entry,
)


def test_five_discounts_a_week_then_a_warning(shop, frozen_now):
    monday = frozen_now - dt.timedelta(days=2)
    for day in range(5):
        clock.set_now(monday + dt.timedelta(days=day % 3, hours=day))
        assert record_discount(shop.clerk, f"JX2026-0000{day}", 10, "老客户").warning is None
    clock.set_now(frozen_now)
    sixth = record_discount(shop.clerk, "JX2026-00006", 10, "老客户")
    assert sixth.warning is not None
    assert "本周第 6 单" in sixth.warning.zh and "20 元/单" in sixth.warning.zh
    assert "no. 6 this week" in sixth.warning.en
    # next week the count starts again
    clock.set_now(frozen_now + dt.timedelta(days=7))
    assert record_discount(shop.clerk, "JX2026-00007", 10, "老客户").warning is None


def test_a_discount_above_ten_percent_warns_and_is_recorded(shop):
    result = record_discount(shop.clerk, "JX2026-00001", 15, "大客户")
    assert "15%" in result.warning.zh
    event = AuthorityEvent.get_by_id(result.event.id)
    assert (event.kind, event.percent, event.staff_id, event.reason) == ("discount", 15, shop.clerk.id, "大客户")
    assert event.warning.startswith(result.warning.zh)
    assert AuditEntry.select().where(AuditEntry.entity == "authority_event").count() == 1


def test_a_discount_needs_a_reason(shop):
    with pytest.raises(ValidationError) as err:
        record_discount(shop.clerk, "JX2026-00001", 10, "")
    assert err.value.field == "reason"
    with pytest.raises(PermissionDenied):
        record_discount(shop.technician, "JX2026-00001", 10, "熟人")


def test_low_margin_needs_reason_and_approval(shop):
    fine = record_margin(shop.clerk, "XH2026-00001", 35)
    assert fine.warning is None
    low = record_margin(shop.clerk, "XH2026-00002", 22, "保险定损价低")
    assert "22% 低于 30%" in low.warning.zh and "50 元/单" in low.warning.zh
    unexplained = record_margin(shop.clerk, "XH2026-00003", 10)
    assert "未阐明原因" in unexplained.warning.zh
    with pytest.raises(ValidationError, match="阐明原因"):
        approve_event(shop.supervisor, unexplained.event.id)
    approved = approve_event(shop.supervisor, low.event.id)
    assert approved.warning == "" and approved.approved_by_id == shop.supervisor.id
    with pytest.raises(Conflict):
        warning_to_entry(shop.supervisor, low.event.id)


def test_a_warning_becomes_an_entry_in_one_step(shop):
    low = record_margin(shop.clerk, "XH2026-00009", 12)
    with pytest.raises(PermissionDenied):
        warning_to_entry(shop.clerk, low.event.id)
    entry = warning_to_entry(shop.supervisor, low.event.id)
    assert (entry.staff_id, entry.amount_fen, entry.source, entry.rule.code) == (shop.clerk.id, 5000, "authority", "QX-06")
    assert "XH2026-00009" in entry.description
    assert AuthorityEvent.get_by_id(low.event.id).entry_id == entry.id
    with pytest.raises(Conflict):
        warning_to_entry(shop.supervisor, low.event.id)
    over = record_discount(shop.clerk, "JX2026-00001", 20, "亲戚")
    assert warning_to_entry(shop.supervisor, over.event.id).amount_fen == 2000
    assert month_summary(shop.manager, "2026-03").fines_fen == 7000


def test_authority_list_shows_warnings_and_visibility(shop):
    record_margin(shop.clerk, "XH2026-00001", 12)
    record_discount(shop.supervisor, "JX2026-00001", 10, "老客户")
    assert authority_events(shop.supervisor).count() == 2
    assert authority_events(shop.supervisor, only_warnings=True).count() == 1
    mine = authority_events(shop.clerk).fetch(0, 10)
    assert len(mine) == 1 and "低于 30%" in mine[0].warning
