"""Fines and rewards per person for the month, for the accountant's workbook (they go to payroll).

Definitions: the ConductEntry rows with `occurred_at` in the month that are not voided (`voided_at` empty).
Fines and rewards are summed apart (fen, both positive); net = rewards - fines; rest half-days docked,
self-criticisms and dismissals are counted. One row per person who has at least one entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one, stream

_WHERE = "WHERE e.occurred_at >= ? AND e.occurred_at < ? AND e.voided_at IS NULL"

_SUMS = """
    COALESCE(SUM(e.kind = 'fine'), 0) AS fines,
    COALESCE(SUM(CASE WHEN e.kind = 'fine' THEN e.amount_fen END), 0) AS fines_fen,
    COALESCE(SUM(e.rest_half_days), 0) AS rest,
    COALESCE(SUM(e.kind = 'reward'), 0) AS rewards,
    COALESCE(SUM(CASE WHEN e.kind = 'reward' THEN e.amount_fen END), 0) AS rewards_fen,
    COALESCE(SUM(e.self_criticism), 0) AS criticism,
    COALESCE(SUM(e.dismissal), 0) AS dismissal
"""

# person, role, fines, fines fen, rest half-days, rewards, rewards fen, net fen, self-criticisms, dismissals
ROWS_SQL = f"""
    SELECT name, role, fines, fines_fen, rest, rewards, rewards_fen, rewards_fen - fines_fen, criticism, dismissal
    FROM (SELECT s.name AS name, s.role AS role, {_SUMS}
          FROM conduct_entry e JOIN staff s ON s.id = e.staff_id {_WHERE} GROUP BY s.id)
    ORDER BY name
"""

_TOTALS_SQL = f"""
    SELECT COUNT(DISTINCT e.staff_id) AS people, {_SUMS} FROM conduct_entry e {_WHERE}
"""


@dataclass(frozen=True)
class ConductTotals:
    people: int
    fines: int
    fines_fen: int
    rest_half_days: int
    rewards: int
    rewards_fen: int
    self_criticisms: int
    dismissals: int

    @property
    def net_fen(self) -> int:
        return self.rewards_fen - self.fines_fen


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per person with a (not voided) fine or reward in the month, by name."""
    return stream(ROWS_SQL, month.range)


def totals(month: Month) -> ConductTotals:
    return ConductTotals(*one(_TOTALS_SQL, month.range))
