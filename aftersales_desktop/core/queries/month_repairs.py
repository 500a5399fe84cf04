"""Repairs returned in the month, for the accountant's workbook.

Definitions: a repair card counts in the month of its `returned_at`. Labour is the labour of the card's last
accepted quote (highest accepted version), or the card's own `labour_fen` when no quote was accepted
(free-warranty work has neither and counts 0). Parts are the card's PartIssue rows that stayed on the job,
(qty - returned_qty), at the issue's unit price and unit cost.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one, stream

_PARTS_OF_MONTH = """
    SELECT pi.repair_card_id AS card_id,
           SUM((pi.qty - pi.returned_qty) * pi.unit_price_fen) AS price,
           SUM((pi.qty - pi.returned_qty) * pi.unit_cost_fen) AS cost
    FROM part_issue pi JOIN repair_card r ON r.id = pi.repair_card_id
    WHERE r.returned_at >= ? AND r.returned_at < ?
    GROUP BY pi.repair_card_id
"""

_LABOUR = """
    COALESCE((SELECT q.labour_fen FROM quote q WHERE q.repair_card_id = r.id AND q.accepted_at IS NOT NULL
              ORDER BY q.version DESC LIMIT 1), r.labour_fen)
"""

_CARDS = f"""
    SELECT r.id, r.number, c.number AS call_number, c.kind, cu.name AS customer, p.name AS product,
           p.model, t.name AS technician, g.received_at, r.returned_at, r.status,
           {_LABOUR} AS labour, COALESCE(pp.price, 0) AS parts_price, COALESCE(pp.cost, 0) AS parts_cost,
           r.diagnosis
    FROM repair_card r
    JOIN service_call c ON c.id = r.call_id
    JOIN goods_receipt g ON g.id = r.receipt_id
    LEFT JOIN customer cu ON cu.id = g.customer_id
    LEFT JOIN product p ON p.id = g.product_id
    LEFT JOIN staff t ON t.id = r.technician_id
    LEFT JOIN ({_PARTS_OF_MONTH}) pp ON pp.card_id = r.id
    WHERE r.returned_at >= ? AND r.returned_at < ?
"""

# number, call number, kind, customer, product, model, technician, received_at, returned_at, status,
# labour, parts at price, parts at cost, total (labour + parts at price), diagnosis
ROWS_SQL = f"""
    SELECT number, call_number, kind, customer, product, model, technician, received_at, returned_at, status,
           labour, parts_price, parts_cost, labour + parts_price, diagnosis
    FROM ({_CARDS}) ORDER BY returned_at, id
"""

_TOTALS_SQL = f"""
    SELECT COUNT(*), COALESCE(SUM(labour), 0), COALESCE(SUM(parts_price), 0), COALESCE(SUM(parts_cost), 0)
    FROM ({_CARDS})
"""


@dataclass(frozen=True)
class RepairTotals:
    count: int
    labour_fen: int
    parts_price_fen: int
    parts_cost_fen: int

    @property
    def charged_fen(self) -> int:
        return self.labour_fen + self.parts_price_fen


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per repair card returned in the month, in the order they went back."""
    return stream(ROWS_SQL, month.range * 2)


def totals(month: Month) -> RepairTotals:
    """Count, labour and parts (at price and at cost) of the cards returned in the month."""
    return RepairTotals(*one(_TOTALS_SQL, month.range * 2))
