"""Reading the log: who sees what, filters, and the monthly summary for payroll adds up."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.models import ConductRule
from aftersales_desktop.core.queries import conduct as q
from aftersales_desktop.core.services.conduct import record_entry, void_entry

MARCH = dt.datetime(2026, 3, 2, 9, 0)


def rule(code: str) -> int:
    return ConductRule.get(ConductRule.code == code).id


def fill(shop):
    sup = shop.supervisor
    record_entry(sup, shop.clerk.id, rule("YR-01"), MARCH, "未穿工作服", 500)
    record_entry(sup, shop.clerk.id, rule("YR-01"), MARCH + dt.timedelta(days=1), "指甲油", 0)  # half day
    record_entry(sup, shop.clerk.id, rule("JX-01"), MARCH + dt.timedelta(days=2), "客户表扬", 5000)
    record_entry(sup, shop.technician.id, rule("JL-05"), MARCH + dt.timedelta(days=3), "争吵", 8000)
    wrong = record_entry(sup, shop.technician.id, rule("JL-12"), MARCH + dt.timedelta(days=4), "吃东西", 5000)
    void_entry(sup, wrong.id, "看错人")
    record_entry(sup, shop.technician.id, rule("JL-10"), dt.datetime(2026, 2, 27, 8), "缺席班前会", 500)


def test_supervisor_sees_all_and_filters_in_sql(shop):
    fill(shop)
    everyone = q.entries(shop.supervisor)
    assert everyone.count() == 6
    assert [r.number for r in everyone.fetch(0, 2)] == ["JC2026-00005", "JC2026-00004"]  # newest first
    assert q.entries(shop.supervisor, month="2026-03").count() == 5
    assert q.entries(shop.supervisor, staff_id=shop.clerk.id).count() == 3
    assert q.entries(shop.supervisor, rule_id=rule("YR-01")).count() == 2
    assert q.entries(shop.supervisor, include_void=False).count() == 5
    assert q.entries(shop.supervisor, kind="reward").count() == 1
    row = q.entries(shop.supervisor, month="2026-03", staff_id=shop.clerk.id).fetch(0, 10)[-1]
    assert (row.staff_name, row.rule_code, row.recorded_by, row.ladder_step) == ("陈晓燕", "YR-01", "李主任", 1)


def test_clerks_and_technicians_see_only_their_own(shop):
    fill(shop)
    mine = q.entries(shop.clerk)
    assert mine.count() == 3 and {r.staff_id for r in mine.fetch(0, 10)} == {shop.clerk.id}
    assert q.entries(shop.clerk, staff_id=shop.technician.id).count() == 0  # asking for others gives nothing
    assert q.entries(shop.technician).count() == 3
    assert q.entries(shop.storekeeper).count() == 0
    other = q.entries(shop.supervisor, staff_id=shop.technician.id).fetch(0, 1)[0]
    try:
        q.entry(shop.clerk, other.id)
    except Exception as exc:  # noqa: BLE001 - the exact class is checked below
        assert type(exc).__name__ == "NotFound"
    else:
        raise AssertionError("a clerk read someone else's entry")
    assert q.entry(shop.technician, other.id).number == other.number


def test_monthly_summary_adds_up(shop):
    fill(shop)
    summary = q.month_summary(shop.manager, "2026-03")
    people = {p.name: p for p in summary.people}
    clerk, tech = people["陈晓燕"], people["赵志强"]
    assert (clerk.entries, clerk.fines, clerk.fines_fen, clerk.rest_half_days) == (3, 2, 500, 1)
    assert (clerk.rewards, clerk.rewards_fen, clerk.net_fen) == (1, 5000, 4500)
    assert (tech.entries, tech.fines_fen, tech.voided, tech.net_fen) == (1, 8000, 1, -8000)  # void excluded
    assert summary.entries == 4 == sum(p.entries for p in summary.people)
    assert summary.fines_fen == 8500 and summary.rewards_fen == 5000 and summary.net_fen == -3500
    assert summary.rest_half_days == 1
    # the summary agrees with the list of non-void entries of the month
    rows = q.entries(shop.manager, month="2026-03", include_void=False).fetch(0, 100)
    assert sum(r.amount_fen for r in rows if r.kind == "fine") == summary.fines_fen
    assert sum(r.amount_fen for r in rows if r.kind == "reward") == summary.rewards_fen
    feb = q.month_summary(shop.manager, "2026-02")
    assert [(p.name, p.fines_fen) for p in feb.people] == [("赵志强", 500)]


def test_monthly_summary_for_a_clerk_is_their_own_row(shop):
    fill(shop)
    assert [p.name for p in q.month_summary(shop.clerk, "2026-03").people] == ["陈晓燕"]


def test_rules_search_and_usage(shop):
    fill(shop)
    found = q.rules(text="争吵")
    assert [r.code for r in found] == ["JL-05"] and found[0].in_use == 1
    assert any(r.code == "YR-01" and r.in_use == 2 for r in q.rules())
