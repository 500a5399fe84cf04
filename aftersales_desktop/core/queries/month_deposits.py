"""Claim-order deposits, for the accountant's workbook.

Definitions: a deposit is *taken* in the month of `taken_at`, *refunded* in the month of `refunded_at`, and
*held at month end* when it was taken before the end of the month and not refunded before then. The sheet
lists every deposit that was taken, refunded or held in the month, with one amount column for each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one, stream

# params: start, end, start, end, end, end (see _params)
_FLAGS = """
    (d.taken_at >= ? AND d.taken_at < ?) AS taken,
    (d.refunded_at IS NOT NULL AND d.refunded_at >= ? AND d.refunded_at < ?) AS refunded,
    (d.taken_at < ? AND (d.refunded_at IS NULL OR d.refunded_at >= ?)) AS held
"""

_DEPOSITS = f"""
    SELECT d.id, d.number, o.number AS claim_number, cu.name AS customer, o.part_description, o.status,
           d.taken_at, d.refunded_at, d.refund_number, d.amount_fen, {_FLAGS}
    FROM deposit d
    JOIN claim_order o ON o.id = d.claim_order_id
    LEFT JOIN customer cu ON cu.id = o.customer_id
"""

# deposit number, claim number, customer, part description, claim status, taken_at, refunded_at,
# refund number, taken this month, refunded this month, held at month end
ROWS_SQL = f"""
    SELECT number, claim_number, customer, part_description, status, taken_at, refunded_at, refund_number,
           CASE WHEN taken THEN amount_fen END, CASE WHEN refunded THEN amount_fen END,
           CASE WHEN held THEN amount_fen END
    FROM ({_DEPOSITS}) AS deposits WHERE taken OR refunded OR held
    ORDER BY taken_at, id
"""

_TOTALS_SQL = f"""
    SELECT COALESCE(SUM(CASE WHEN taken THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN taken THEN amount_fen END), 0),
           COALESCE(SUM(CASE WHEN refunded THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN refunded THEN amount_fen END), 0),
           COALESCE(SUM(CASE WHEN held THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN held THEN amount_fen END), 0)
    FROM ({_DEPOSITS}) AS deposits WHERE taken OR refunded OR held
"""


@dataclass(frozen=True)
class DepositTotals:
    taken: int
    taken_fen: int
    refunded: int
    refunded_fen: int
    held: int
    held_fen: int


def _params(month: Month) -> tuple[str, ...]:
    start, end = month.range
    return (start, end, start, end, end, end)


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per deposit taken, refunded or held in the month."""
    return stream(ROWS_SQL, _params(month))


def totals(month: Month) -> DepositTotals:
    return DepositTotals(*one(_TOTALS_SQL, _params(month)))
