"""A year's holidays and make-up workdays (调休) as plain text lines, so the manager can enter them in one go.

    2026-10-01..2026-10-08 国庆节      a block of public holidays (also ~, ～, 至, 到; or ..10-08)
    2026-09-27 调休上班                a weekend made a working day: the text says 上班/补班/workday
    # a comment                        blank lines and comments are ignored

Parsing never writes: the dialog previews the result and saves it with services.settings.set_holidays.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import Holiday

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_SHORT = r"(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_LINE = re.compile(rf"^{_DATE}(?:\s*(?:\.\.|~|～|至|到|—|–|－)\s*{_SHORT})?\s*(.*)$")
WORKDAY_WORDS = ("上班", "补班", "workday", "work day", "working day")
MAX_BLOCK_DAYS = 31


@dataclass
class HolidayText:
    """The parsed lines: the days in order, and a sentence per line that could not be read."""

    days: list[tuple[dt.date, str, str]] = field(default_factory=list)  # (day, 'holiday'|'workday', name)
    errors: list[Text] = field(default_factory=list)

    @property
    def holiday_count(self) -> int:
        return sum(1 for _d, kind, _n in self.days if kind == "holiday")

    @property
    def workday_count(self) -> int:
        return sum(1 for _d, kind, _n in self.days if kind == "workday")


def _kind_of(name: str) -> str:
    lowered = name.lower()
    return "workday" if any(word in lowered for word in WORKDAY_WORDS) else "holiday"


def parse_holidays(text: str, year: int) -> HolidayText:
    """Read the lines; every day must fall in `year` and appear once."""
    out = HolidayText()
    seen: dict[dt.date, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if not match:
            out.errors.append(T("第 {n} 行看不懂:{l}", "Line {n} cannot be read: {l}", n=number, l=line))
            continue
        y1, m1, d1, y2, m2, d2, name = match.groups()
        try:
            first = dt.date(int(y1), int(m1), int(d1))
            last = dt.date(int(y2 or y1), int(m2), int(d2)) if m2 else first
        except ValueError:
            out.errors.append(T("第 {n} 行的日期不存在:{l}", "Line {n} has a date that does not exist: {l}", n=number, l=line))
            continue
        name = name.strip()
        if last < first:
            out.errors.append(T("第 {n} 行的结束日期早于开始日期。", "Line {n}: the end is before the start.", n=number))
            continue
        if (last - first).days >= MAX_BLOCK_DAYS:
            out.errors.append(T("第 {n} 行的假期超过 {m} 天,请检查。", "Line {n}: more than {m} days; please check.", n=number, m=MAX_BLOCK_DAYS))
            continue
        if first.year != year or last.year != year:
            out.errors.append(T("第 {n} 行不在 {y} 年内。", "Line {n} is not in {y}.", n=number, y=year))
            continue
        kind = _kind_of(name)
        day = first
        while day <= last:
            if day in seen:
                out.errors.append(
                    T("第 {n} 行的 {d} 在第 {o} 行已经写过。", "Line {n}: {d} is already on line {o}.", n=number, d=day, o=seen[day])
                )
            else:
                seen[day] = number
                out.days.append((day, kind, name))
            day += dt.timedelta(days=1)
    out.days.sort()
    return out


def holidays_of_year(year: int) -> list[tuple[dt.date, str, str]]:
    query = Holiday.select().where(Holiday.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))).order_by(Holiday.day)
    return [(h.day, h.kind, h.name) for h in query]


def format_holidays(days: list[tuple[dt.date, str, str]]) -> str:
    """The stored days as editable lines: consecutive days of one kind and name become one range."""
    lines: list[str] = []
    block: list[tuple[dt.date, str, str]] = []

    def flush() -> None:
        if not block:
            return
        first, kind, name = block[0]
        last = block[-1][0]
        dates = first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"
        label = name or ("调休上班" if kind == "workday" else "")
        if kind == "workday" and _kind_of(label) != "workday":
            label = f"{label} 上班".strip()
        lines.append(f"{dates} {label}".rstrip())
        block.clear()

    for day, kind, name in sorted(days):
        if block and not (day - block[-1][0] == dt.timedelta(days=1) and block[-1][1:] == (kind, name)):
            flush()
        block.append((day, kind, name))
    flush()
    return "\n".join(lines)
