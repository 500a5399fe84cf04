"""What every monthly-workbook query shares: the month itself and a streaming cursor.

The queries behind the accountant's workbook (core/queries/month_*.py) are built with peewee but executed
as raw cursors: rows come back as plain tuples straight from SQLite, one at a time, so a busy month never
becomes an object graph in memory. Times are stored as local naive 'YYYY-MM-DD HH:MM:SS' text (core.clock),
so a month is the half-open text range [first day 00:00:00, first day of next month 00:00:00).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True)
class Month:
    """A calendar month; `start`/`end` are the half-open datetime range, `first`/`next_first` its days."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """'2026-03' -> Month(2026, 3); a clear sentence for anything else."""
        match = _MONTH.match(text or "")
        if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 <= int(match.group(1)) <= 2999:
            raise ValidationError(
                T("月份“{v}”无法识别,请写成 年-月,如 2026-03。", "Month '{v}' is not valid; write it as YYYY-MM, e.g. 2026-03.", v=str(text)[:20]),
                "month",
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def next_first(self) -> dt.date:
        return dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first, dt.time())

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.next_first, dt.time())

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def range(self) -> tuple[str, str]:
        """The half-open range as stored text, for DATETIME columns."""
        return (f"{self.start:%Y-%m-%d %H:%M:%S}", f"{self.end:%Y-%m-%d %H:%M:%S}")

    @property
    def day_range(self) -> tuple[str, str]:
        """The half-open range as stored text, for DATE columns."""
        return (self.first.isoformat(), self.next_first.isoformat())

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def __str__(self) -> str:
        return self.label


def stream(sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
    """Run `sql` and yield its raw rows (no model objects, no per-field conversion), a batch at a time."""
    cursor = database.execute_sql(sql, tuple(params))
    while True:
        rows = cursor.fetchmany(500)
        if not rows:
            return
        yield from rows


def one(sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
    """The single row of an aggregate query, as raw values."""
    row = database.execute_sql(sql, tuple(params)).fetchone()
    return tuple(row) if row is not None else ()


def as_datetime(text: str | None) -> dt.datetime | None:
    """Stored text -> datetime (fast path for raw rows)."""
    return dt.datetime.fromisoformat(text) if text else None


def as_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None
