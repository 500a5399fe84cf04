"""Survey scores per technician for the month, for the accountant's workbook (monthly assessment).

Reuses the opinion area's definition (core.queries.opinion.technician_scores — the same figures as the
opinion page): the answered survey cards of the calls *closed* in the month, per technician, each item's
average (1..4, 4 = very satisfied) rounded to two places, overall = the mean of the four item averages.
The all-technicians row is computed here the same way over all those cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one
from aftersales_desktop.core.queries.opinion import TechnicianScore, technician_scores

ITEMS = ("attitude", "skill", "arrival", "promise")

_TOTALS_SQL = """
    SELECT COUNT(sc.id), AVG(sc.attitude), AVG(sc.skill), AVG(sc.arrival), AVG(sc.promise)
    FROM survey_card sc JOIN service_call c ON c.id = sc.call_id JOIN staff s ON s.id = sc.technician_id
    WHERE sc.answered_at IS NOT NULL AND c.closed_at >= ? AND c.closed_at < ?
"""


@dataclass(frozen=True)
class ScoreTotals:
    cards: int
    averages: tuple[float | None, ...]  # per item, in ITEMS order

    @property
    def overall(self) -> float | None:
        if any(a is None for a in self.averages):
            return None
        return round(sum(a for a in self.averages if a is not None) / len(self.averages), 2)


def rows(month: Month) -> list[TechnicianScore]:
    """One TechnicianScore per technician (a month's technicians: a small list), by name."""
    return technician_scores(month.year, month.month)


def totals(month: Month) -> ScoreTotals:
    cards, *averages = one(_TOTALS_SQL, month.range)
    return ScoreTotals(int(cards or 0), tuple(None if a is None else round(float(a), 2) for a in averages))
