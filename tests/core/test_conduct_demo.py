"""The demo conduct log is believable: ladders climb within a month and restart, rewards, voids (the proposed
entries from discounts on bills are checked with the whole demo in test_money_demo)."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import demo
from aftersales_desktop.core.models import ConductEntry, ConductRule, Staff
from aftersales_desktop.core.queries.conduct import month_summary


def test_demo_fills_the_conduct_log(db, monkeypatch):
    monkeypatch.setattr(demo, "AREAS", ["conduct"])
    demo.create_demo(months=6, until=dt.date(2026, 3, 31), seed=3)
    entries = list(ConductEntry.select())
    weeks = (dt.date(2026, 3, 31) - dt.date(2025, 10, 2)).days / 7
    assert 1.5 * weeks < len(entries) < 8 * weeks  # a few a week
    assert any(e.kind == "reward" for e in entries)
    assert any(e.voided_at for e in entries)
    ladder = ConductRule.get(ConductRule.code == "YR-01").id
    steps: dict[tuple, list[int]] = {}
    for e in sorted((e for e in entries if e.rule_id == ladder), key=lambda e: (e.occurred_at, e.id)):
        steps.setdefault((e.staff_id, e.occurred_at.year, e.occurred_at.month), []).append(e.ladder_step)
    assert len(steps) >= 4 and any(max(s) >= 3 for s in steps.values())  # escalates within a month …
    assert all(s[0] == 1 and s == sorted(s) for s in steps.values())  # … and starts over each month
    summary = month_summary(Staff.get(Staff.role == "manager"), "2026-03")
    assert summary.fines_fen == sum(p.fines_fen for p in summary.people) > 0
