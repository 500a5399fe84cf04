"""Sheet "服务标准": each person's service standards in the month (see core.queries.standards for the definitions)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.queries.standards import PersonStandards, standards, total
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.export.excel.labels import lookup, total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["standards"]
COLUMNS = [
    Column(T("姓名", "Person"), "text", 10),
    Column(T("岗位", "Role"), "text", 10),
    Column(T("上门(叫修单)", "Arrivals (calls)"), "int", 11),
    Column(T("准时到达", "On time"), "int", 9),
    Column(T("超时到达", "Late"), "int", 9),
    Column(T("准时率", "On time %"), "percent", 9),
    Column(T("首次答复", "First answers"), "int", 10),
    Column(T("超过24小时", "Answered late"), "int", 11),
    Column(T("24小时内答复率", "Answered in time %"), "percent", 12),
    Column(T("交还修护卡", "Repairs returned"), "int", 11),
    Column(T("按期交还", "Promise kept"), "int", 10),
    Column(T("返修", "Repeat faults"), "int", 8),
]


def _cells(row: PersonStandards) -> tuple:
    return (row.arrivals, row.on_time, row.late, row.on_time_rate, row.answers, row.answers_late, row.answer_rate,
            row.repairs, row.promises_kept, row.repeats)


def rows(month: Month) -> Iterator[tuple]:
    """One row per person with a figure in the month: technicians first, then the counter."""
    roles = lookup(ROLE)
    for row in standards(month):
        yield (row.name or str(T("(无人)", "(nobody)")), roles.get(row.role, row.role)) + _cells(row)


def totals(month: Month) -> list[tuple]:
    people = standards(month)
    return [(total_label(len(people)), None) + _cells(total(people))]
