"""Sheet "Conduct (per person)": each person's fines and rewards of the month, for payroll (month_conduct)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_conduct
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["conduct"]
COLUMNS = [
    Column(T("姓名", "Name"), "text", 12),
    Column(T("岗位", "Role"), "text", 11),
    Column(T("记录数", "Entries"), "int", 8),
    Column(T("罚款次数", "Fines"), "int", 9),
    Column(T("罚款(元)", "Fines (¥)"), "money", 12),
    Column(T("扣休(半天)", "Rest docked (half-days)"), "int", 11),
    Column(T("奖励次数", "Rewards"), "int", 9),
    Column(T("奖励(元)", "Rewards (¥)"), "money", 12),
    Column(T("净额(元)", "Net (¥)"), "money", 12),
    Column(T("已作废(不计)", "Voided (not counted)"), "int", 11),
]


def rows(month: Month) -> Iterator[tuple]:
    roles = lookup(ROLE)
    for p in month_conduct.rows(month):
        yield (p.name, roles.get(p.role, p.role), p.entries, p.fines, p.fines_fen, p.rest_half_days, p.rewards,
               p.rewards_fen, p.net_fen, p.voided)


def totals(month: Month) -> list[tuple]:
    t = month_conduct.totals(month)
    return [(total_label(t.people), None, t.entries, t.fines, t.fines_fen, t.rest_half_days, t.rewards,
             t.rewards_fen, t.net_fen, t.voided)]
