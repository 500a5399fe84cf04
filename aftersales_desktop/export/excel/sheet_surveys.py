"""Sheet "Survey scores": each technician's survey averages for the month (core.queries.month_surveys)."""

from __future__ import annotations

from collections.abc import Iterator

from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.queries import month_surveys
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import SURVEY_ITEM
from aftersales_desktop.export.excel.labels import total_label
from aftersales_desktop.export.excel.sheet_titles import TITLES
from aftersales_desktop.export.excel.styles import Column

TITLE = TITLES["surveys"]
COLUMNS = [
    Column(T("技术员", "Technician"), "text", 12),
    Column(T("回收卡数", "Cards answered"), "int", 10),
    *[Column(Text(f"{SURVEY_ITEM.text(i).zh}(平均)", f"{SURVEY_ITEM.text(i).en} (average)"), "score", 13)
      for i in month_surveys.ITEMS],
    Column(T("总平均", "Overall average"), "score", 11),
]


def rows(month: Month) -> Iterator[tuple]:
    for s in month_surveys.rows(month):
        yield (s.name, s.cards, s.attitude, s.skill, s.arrival, s.promise, s.overall)


def totals(month: Month) -> list[tuple]:
    t = month_surveys.totals(month)
    return [(total_label(), t.cards, *t.averages, t.overall)]
