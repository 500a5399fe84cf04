"""Sheet "Conduct (per person)": each person's fines and rewards of the month, for payroll (month_conduct)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries import month_conduct
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.styles import Column

TITLE = T("奖罚(按人)", "Conduct (per person)")
COLUMNS = [
    Column(T("姓名", "Name"), "text", 12),
    Column(T("岗位", "Role"), "text", 11),
    Column(T("罚款次数", "Fines"), "int", 9),
    Column(T("罚款(元)", "Fines (¥)"), "money", 12),
    Column(T("扣休(半天)", "Rest docked (half-days)"), "int", 11),
    Column(T("奖励次数", "Rewards"), "int", 9),
    Column(T("奖励(元)", "Rewards (¥)"), "money", 12),
    Column(T("净额(元)", "Net (¥)"), "money", 12),
    Column(T("书面检讨", "Self-criticisms"), "int", 10),
    Column(T("开除", "Dismissals"), "int", 8),
]


def rows(month: Month) -> Iterator[tuple]:
    roles = lookup(ROLE)
    for r in month_conduct.rows(month):
        yield (r[0], roles.get(r[1], r[1])) + tuple(r[2:])


def totals(month: Month) -> list[tuple]:
    t = month_conduct.totals(month)
    return [(total_label(t.people), None, t.fines, t.fines_fen, t.rest_half_days, t.rewards, t.rewards_fen,
             t.net_fen, t.self_criticisms, t.dismissals)]
