"""Technician hours by kind of work for the month, for the accountant's workbook.

Definitions — the same jobs as the daily reports (core.queries.daily_reports), so a month's hours are the sum
of its days' reports: (a) each finished visit that arrived in the month, finished - arrived in whole minutes
(rounded like Python's round(): half to even), counted under the call's kind; plus (b) the minutes of each
finished TimeEntry that started in the month, under the entry's kind. Running timers do not count yet.
Rows are aggregated in SQL per technician and kind; the small pivot (people x 4 kinds) is done here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from aftersales_desktop.core.queries.month_common import Month, stream
from aftersales_desktop.core.sql import seconds_between

# technician id, name, kind, source ('log' or 'visit'), minutes. The visits are counted per technician, kind and
# length, and each length is rounded once: grouped, the length is worked out once a visit (a plain subquery is
# merged into the outer one by SQLite, which then worked out both times of each visit six times over).
_SQL = """
    SELECT s.id, s.name, x.kind, x.source, SUM(x.minutes)
    FROM (
        SELECT te.technician_id AS tech, te.kind AS kind, 'log' AS source, te.minutes AS minutes
        FROM time_entry te
        WHERE te.started_at >= ? AND te.started_at < ? AND te.ended_at IS NOT NULL
        UNION ALL
        SELECT tech, kind, 'visit',
               visits * (secs / 60
                         + CASE WHEN secs % 60 > 30 OR (secs % 60 = 30 AND (secs / 60) % 2 = 1) THEN 1 ELSE 0 END)
        FROM (SELECT v.technician_id AS tech, c.kind AS kind, {secs} AS secs, COUNT(*) AS visits
              FROM visit v JOIN service_call c ON c.id = v.call_id
              WHERE v.arrived_at >= ? AND v.arrived_at < ? AND v.finished_at IS NOT NULL
              GROUP BY 1, 2, 3) AS timed
        WHERE secs > 0
    ) x JOIN staff s ON s.id = x.tech
    GROUP BY s.id, x.kind, x.source
    ORDER BY s.name, s.id
"""


@dataclass
class TechnicianHours:
    """One technician's minutes per kind of work, and how many of them were visits on site."""

    name: str
    minutes_by_kind: dict[str, int] = field(default_factory=dict)
    visit_minutes: int = 0

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes_by_kind.values())


def rows(month: Month) -> Iterator[TechnicianHours]:
    """One TechnicianHours per technician with time in the month, by name."""
    current: TechnicianHours | None = None
    current_id = None
    for staff_id, name, kind, source, minutes in stream(_SQL.format(secs=seconds_between("v.arrived_at", "v.finished_at")), month.range * 2):
        if staff_id != current_id:
            if current is not None:
                yield current
            current, current_id = TechnicianHours(name), staff_id
        assert current is not None
        current.minutes_by_kind[kind] = current.minutes_by_kind.get(kind, 0) + int(minutes or 0)
        if source == "visit":
            current.visit_minutes += int(minutes or 0)
    if current is not None:
        yield current


def totals(month: Month) -> TechnicianHours:
    """All technicians together."""
    total = TechnicianHours("")
    for person in rows(month):
        for kind, minutes in person.minutes_by_kind.items():
            total.minutes_by_kind[kind] = total.minutes_by_kind.get(kind, 0) + minutes
        total.visit_minutes += person.visit_minutes
    return total
