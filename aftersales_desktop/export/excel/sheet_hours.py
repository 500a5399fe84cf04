"""Sheet "Technician hours": each technician's hours by kind of work (see core.queries.month_hours)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.queries import month_hours
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import CALL_KIND
from aftersales_desktop.export.excel.labels import total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["hours"]
KINDS = CALL_KIND.codes
COLUMNS = [
    Column(T("技术员", "Technician"), "text", 12),
    *[Column(Text(f"{CALL_KIND.text(k).zh}(小时)", f"{CALL_KIND.text(k).en} (hours)"), "hours", 13) for k in KINDS],
    Column(T("合计(小时)", "Total (hours)"), "hours", 12),
    Column(T("其中上门(小时)", "Of which on site (hours)"), "hours", 14),
]


def _row(name: str, hours: month_hours.TechnicianHours) -> tuple:
    return (name, *(hours.minutes_by_kind.get(k, 0) for k in KINDS), hours.total_minutes, hours.visit_minutes)


def rows(month: Month) -> Iterator[tuple]:
    for person in month_hours.rows(month):
        yield _row(person.name, person)


def totals(month: Month) -> list[tuple]:
    return [_row(total_label(), month_hours.totals(month))]
