"""Fines and rewards per person for the month, for the accountant's workbook (they go to payroll).

Reuses the conduct area's own monthly summary (core.queries.conduct.summarize — the same figures as the
conduct page and its printed month sheet): the entries that occurred in the month and are not voided, fines
and rewards summed apart (fen), rest half-days docked, net = rewards - fines; one row per person.
"""

from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.core.queries.conduct import PersonMonth, summarize
from aftersales_desktop.core.queries.month_common import Month


@dataclass(frozen=True)
class ConductTotals:
    people: int
    entries: int
    fines: int
    fines_fen: int
    rest_half_days: int
    rewards: int
    rewards_fen: int
    voided: int

    @property
    def net_fen(self) -> int:
        return self.rewards_fen - self.fines_fen


def rows(month: Month) -> list[PersonMonth]:
    """One PersonMonth per person with entries in the month, by name (a month's people: a small list)."""
    return summarize(month.label).people  # the workbook shows this sheet only to who may see it


def totals(month: Month) -> ConductTotals:
    people = rows(month)
    return ConductTotals(len([p for p in people if p.entries]), *(sum(getattr(p, f) for p in people) for f in (
        "entries", "fines", "fines_fen", "rest_half_days", "rewards", "rewards_fen", "voided")))
