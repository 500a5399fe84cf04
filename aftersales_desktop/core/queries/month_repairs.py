"""Repairs returned in the month, for the accountant's workbook.

Definitions (the same as core.services.repair_return.charges, which makes the invoice on return): a repair
card counts in the month of its `returned_at`. Parts are the card's PartIssue rows that stayed on the job,
(qty - returned_qty), valued at the issue's unit price and at its unit cost — for every card. What the
customer is charged: nothing for cards that need no quote (free and contract work); otherwise the labour and
travel of the card's latest quote when that quote was accepted (an older accepted version no longer counts),
else the card's own `labour_fen` and no travel; plus the parts at price.
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

_LATEST_ACCEPTED = """
    (SELECT q.{field} FROM quote q WHERE q.repair_card_id = r.id AND q.accepted_at IS NOT NULL
       AND q.version = (SELECT MAX(q2.version) FROM quote q2 WHERE q2.repair_card_id = r.id))
"""
_LABOUR = f"CASE WHEN r.needs_quote THEN COALESCE({_LATEST_ACCEPTED.format(field='labour_fen')}, r.labour_fen) ELSE 0 END"
_TRAVEL = f"CASE WHEN r.needs_quote THEN COALESCE({_LATEST_ACCEPTED.format(field='travel_fen')}, 0) ELSE 0 END"

_CARDS = f"""
    SELECT r.id, r.number, c.number AS call_number, c.kind, cu.name AS customer, p.name AS product,
           p.model, t.name AS technician, g.received_at, r.returned_at, r.status,
           {_LABOUR} AS labour, {_TRAVEL} AS travel, COALESCE(pp.price, 0) AS parts_price,
           COALESCE(pp.cost, 0) AS parts_cost, r.needs_quote, r.diagnosis
    FROM repair_card r
    JOIN service_call c ON c.id = r.call_id
    JOIN goods_receipt g ON g.id = r.receipt_id
    LEFT JOIN customer cu ON cu.id = g.customer_id
    LEFT JOIN product p ON p.id = g.product_id
    LEFT JOIN staff t ON t.id = r.technician_id
    LEFT JOIN ({_PARTS_OF_MONTH}) pp ON pp.card_id = r.id
    WHERE r.returned_at >= ? AND r.returned_at < ?
"""

_CHARGED = "CASE WHEN needs_quote THEN labour + travel + parts_price ELSE 0 END"

# number, call number, kind, customer, product, model, technician, received_at, returned_at, status,
# labour, travel, parts at price, parts at cost, charged, diagnosis
ROWS_SQL = f"""
    SELECT number, call_number, kind, customer, product, model, technician, received_at, returned_at, status,
           labour, travel, parts_price, parts_cost, {_CHARGED}, diagnosis
    FROM ({_CARDS}) ORDER BY returned_at, id
"""

_TOTALS_SQL = f"""
    SELECT COUNT(*), COALESCE(SUM(labour), 0), COALESCE(SUM(travel), 0), COALESCE(SUM(parts_price), 0),
           COALESCE(SUM(parts_cost), 0), COALESCE(SUM({_CHARGED}), 0)
    FROM ({_CARDS})
"""


@dataclass(frozen=True)
class RepairTotals:
    count: int
    labour_fen: int
    travel_fen: int
    parts_price_fen: int
    parts_cost_fen: int
    charged_fen: int


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per repair card returned in the month, in the order they went back."""
    return stream(ROWS_SQL, month.range * 2)


def totals(month: Month) -> RepairTotals:
    """Count, charges and parts (at price and at cost) of the cards returned in the month."""
    return RepairTotals(*one(_TOTALS_SQL, month.range * 2))
