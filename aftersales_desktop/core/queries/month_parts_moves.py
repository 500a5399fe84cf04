"""Parts movements of the month, for the accountant's workbook.

Definition: every StockMove whose `at` is in the month, grouped by kind (vocab.STOCK_MOVE: receive, purchase,
issue, return, internal, adjust). Quantities and values are signed as stored: + into stock, - out of stock;
value = qty x unit cost (fen). The reference is the work order the part was issued against (repair card or
call number) or the stocktake number.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, stream

_WHERE = "WHERE m.at >= ? AND m.at < ?"

# at, kind, part code, part name, qty, unit cost, value, qty after, reference, supplier/department, staff, reason
ROWS_SQL = f"""
    SELECT m.at, m.kind, p.code, p.name, m.qty, m.unit_cost_fen, m.value_fen, m.qty_after,
           COALESCE(r.number, c.number, st.number, ''),
           CASE WHEN m.department != '' THEN m.department ELSE m.supplier END,
           s.name, m.reason
    FROM stock_move m
    JOIN part p ON p.id = m.part_id
    LEFT JOIN part_issue pi ON pi.id = m.issue_id
    LEFT JOIN repair_card r ON r.id = pi.repair_card_id
    LEFT JOIN service_call c ON c.id = pi.call_id
    LEFT JOIN stocktake st ON st.id = m.stocktake_id
    LEFT JOIN staff s ON s.id = m.staff_id
    {_WHERE}
    ORDER BY m.at, m.id
"""

_TOTALS_SQL = f"""
    SELECT m.kind, COUNT(*), COALESCE(SUM(m.qty), 0), COALESCE(SUM(m.value_fen), 0)
    FROM stock_move m {_WHERE} GROUP BY m.kind
"""


@dataclass(frozen=True)
class MoveTotals:
    kind: str
    count: int
    qty: int
    value_fen: int


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per stock move in the month, in time order."""
    return stream(ROWS_SQL, month.range)


def totals_by_kind(month: Month) -> list[MoveTotals]:
    """Totals per kind of move, in the order of vocab.STOCK_MOVE (kinds without moves give zeros)."""
    from aftersales_desktop.core.vocab import STOCK_MOVE

    found = {r[0]: MoveTotals(*r) for r in stream(_TOTALS_SQL, month.range)}
    kinds = list(STOCK_MOVE.codes) + sorted(k for k in found if k not in STOCK_MOVE)
    return [found.get(k) or MoveTotals(k, 0, 0, 0) for k in kinds]
