"""The month's stocktake (每月盘点), for the accountant's workbook.

Definition: the stocktakes with `period` = the month (YYYY-MM) and status 'posted'. Each line: difference
quantity = counted - expected (blank when the line was never counted), difference value = difference x the
line's unit cost (fen). Gains (+) and losses (-) are totalled apart and together.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one, stream

_LINES = """
    SELECT st.number, st.posted_at, l.id AS line_id,
           CASE WHEN l.part_id IS NOT NULL THEN 'part' ELSE 'tool' END AS item_kind,
           COALESCE(p.code, t.code, '') AS code, COALESCE(p.name, t.name, '') AS name,
           l.expected_qty, l.counted_qty, l.counted_qty - l.expected_qty AS diff, l.unit_cost_fen,
           (l.counted_qty - l.expected_qty) * l.unit_cost_fen AS diff_value
    FROM stocktake st
    JOIN stocktake_line l ON l.stocktake_id = st.id
    LEFT JOIN part p ON p.id = l.part_id
    LEFT JOIN tool t ON t.id = l.tool_id
    WHERE st.period = ? AND st.status = 'posted'
"""

# stocktake number, posted_at, item kind (part/tool), code, name, expected, counted, diff qty, unit cost, diff value
ROWS_SQL = f"""
    SELECT number, posted_at, item_kind, code, name, expected_qty, counted_qty, diff, unit_cost_fen, diff_value
    FROM ({_LINES}) AS lines ORDER BY number, item_kind DESC, code, line_id
"""

_TOTALS_SQL = f"""
    SELECT COUNT(DISTINCT number), COUNT(*), COALESCE(SUM(CASE WHEN diff != 0 THEN 1 END), 0),
           COALESCE(SUM(CASE WHEN diff_value > 0 THEN diff_value END), 0),
           COALESCE(SUM(CASE WHEN diff_value < 0 THEN diff_value END), 0)
    FROM ({_LINES}) AS lines
"""


@dataclass(frozen=True)
class StocktakeTotals:
    stocktakes: int
    lines: int
    lines_with_difference: int
    gain_fen: int
    loss_fen: int  # negative

    @property
    def net_fen(self) -> int:
        return self.gain_fen + self.loss_fen


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per counted line of the month's posted stocktakes."""
    return stream(ROWS_SQL, (month.label,))


def totals(month: Month) -> StocktakeTotals:
    return StocktakeTotals(*one(_TOTALS_SQL, (month.label,)))
