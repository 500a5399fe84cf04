"""Survey scores per technician for the month, for the accountant's workbook (monthly assessment).

Definitions: the SurveyCard rows answered in the month (`answered_at`), grouped by the card's technician.
Each item (attitude, skill, arrival, promise) is rated 1..4 (vocab.SURVEY_LEVEL); an item's average is over
the cards that rated it; the overall average is over all ratings given; a low rating is one at or below
the setting `survey_low_rating`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one, stream

ITEMS = ("attitude", "skill", "arrival", "promise")


def _sums(low: int) -> str:
    parts = ["COUNT(*)"]
    for item in ITEMS:
        parts += [f"COUNT(sc.{item})", f"COALESCE(SUM(sc.{item}), 0)"]
    parts.append(" + ".join(f"COALESCE(SUM(sc.{i} <= {int(low)}), 0)" for i in ITEMS))
    return ", ".join(parts)


_WHERE = "WHERE sc.answered_at >= ? AND sc.answered_at < ?"


@dataclass(frozen=True)
class ScoreRow:
    """Counts and sums per item, so averages can be checked exactly; name '' for all technicians."""

    name: str
    cards: int
    rated: tuple[int, ...]  # per item: how many cards rated it
    sums: tuple[int, ...]  # per item: sum of the ratings
    low: int

    def average(self, index: int) -> float | None:
        return self.sums[index] / self.rated[index] if self.rated[index] else None

    @property
    def overall(self) -> float | None:
        rated = sum(self.rated)
        return sum(self.sums) / rated if rated else None


def _row(name: str, values: tuple) -> ScoreRow:
    cards, *pairs, low = values
    return ScoreRow(name or "", int(cards or 0), tuple(int(v) for v in pairs[0::2]),
                    tuple(int(v) for v in pairs[1::2]), int(low or 0))


def _low() -> int:
    from aftersales_desktop.core import settings

    return int(settings.get("survey_low_rating"))


def rows(month: Month) -> Iterator[ScoreRow]:
    """One ScoreRow per technician with answered cards in the month, by name (no technician: '')."""
    sql = f"""
        SELECT COALESCE(s.name, ''), {_sums(_low())}
        FROM survey_card sc LEFT JOIN staff s ON s.id = sc.technician_id {_WHERE}
        GROUP BY sc.technician_id ORDER BY s.name
    """
    for name, *values in stream(sql, month.range):
        yield _row(name, tuple(values))


def totals(month: Month) -> ScoreRow:
    return _row("", one(f"SELECT {_sums(_low())} FROM survey_card sc {_WHERE}", month.range))
