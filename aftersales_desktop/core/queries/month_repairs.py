"""Repairs returned in the month, for the accountant's workbook.

Definitions (the same as the card's bill, which core.services.repair_return settles on return): a repair card
counts in the month of its `returned_at`. Its money is its bill lines: labour, travel, parts (what stayed on the
job, at the issue's price and at its cost), other, the discount. What the customer is charged: the bill's total
for paid service returned repaired; nothing for contract and free work or an item returned unrepaired.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one, stream


def _sum(kind: str, column: str = "amount_fen") -> str:
    return f"SUM(CASE WHEN b.kind = '{kind}' THEN b.{column} ELSE 0 END)"


_BILLS_OF_MONTH = f"""
    SELECT b.repair_card_id AS card_id, {_sum('labour')} AS labour, {_sum('travel')} AS travel,
           {_sum('part')} AS parts_price, {_sum('part', 'cost_fen')} AS parts_cost, {_sum('other')} AS other,
           {_sum('discount')} AS discount, SUM(b.amount_fen) AS total
    FROM bill_line b JOIN repair_card r ON r.id = b.repair_card_id
    WHERE r.returned_at >= ? AND r.returned_at < ?
    GROUP BY b.repair_card_id
"""

_CARDS = f"""
    SELECT r.id, r.number, c.number AS call_number, c.kind, cu.name AS customer, p.name AS product,
           p.model, t.name AS technician, g.received_at, r.returned_at, r.status,
           COALESCE(bb.labour, 0) AS labour, COALESCE(bb.travel, 0) AS travel,
           COALESCE(bb.parts_price, 0) AS parts_price, COALESCE(bb.parts_cost, 0) AS parts_cost,
           COALESCE(bb.other, 0) AS other, COALESCE(bb.discount, 0) AS discount, COALESCE(bb.total, 0) AS total,
           CASE WHEN c.kind = 'paid' AND r.status = 'returned' THEN COALESCE(bb.total, 0) ELSE 0 END AS charged,
           r.diagnosis
    FROM repair_card r
    JOIN service_call c ON c.id = r.call_id
    JOIN goods_receipt g ON g.id = r.receipt_id
    LEFT JOIN customer cu ON cu.id = g.customer_id
    LEFT JOIN product p ON p.id = g.product_id
    LEFT JOIN staff t ON t.id = r.technician_id
    LEFT JOIN ({_BILLS_OF_MONTH}) bb ON bb.card_id = r.id
    WHERE r.returned_at >= ? AND r.returned_at < ?
"""

# number, call number, kind, customer, product, model, technician, received_at, returned_at, status,
# labour, travel, parts at price, parts at cost, other, discount, bill total, charged, diagnosis
ROWS_SQL = f"""
    SELECT number, call_number, kind, customer, product, model, technician, received_at, returned_at, status,
           labour, travel, parts_price, parts_cost, other, discount, total, charged, diagnosis
    FROM ({_CARDS}) AS cards ORDER BY returned_at, id
"""

_TOTALS_SQL = f"""
    SELECT COUNT(*), COALESCE(SUM(labour), 0), COALESCE(SUM(travel), 0), COALESCE(SUM(parts_price), 0),
           COALESCE(SUM(parts_cost), 0), COALESCE(SUM(other), 0), COALESCE(SUM(discount), 0),
           COALESCE(SUM(total), 0), COALESCE(SUM(charged), 0),
           COALESCE(SUM(CASE WHEN kind != 'paid' THEN parts_cost ELSE 0 END), 0)
    FROM ({_CARDS}) AS cards
"""


@dataclass(frozen=True)
class RepairTotals:
    count: int
    labour_fen: int
    travel_fen: int
    parts_price_fen: int
    parts_cost_fen: int
    other_fen: int
    discount_fen: int
    total_fen: int
    charged_fen: int
    free_parts_cost_fen: int  # parts on contract and free work: after-sales cost


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per repair card returned in the month, in the order they went back."""
    return stream(ROWS_SQL, month.range * 2)


def totals(month: Month) -> RepairTotals:
    """Count, bill lines (parts at price and at cost) and charges of the cards returned in the month."""
    return RepairTotals(*one(_TOTALS_SQL, month.range * 2))
