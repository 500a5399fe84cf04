"""Invoices due in the month, for the accountant's workbook.

Definition: an Invoice counts in the month of its `due_on` unless it is voided. Outstanding = amount - collected.
The source is the repair card number when the invoice is for a repair, else the call number.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, one, stream

_WHERE = "WHERE i.due_on >= ? AND i.due_on < ? AND i.status != 'void'"

# due_on, source number, kind of the call, customer, amount, collected, outstanding, status, invoiced_at, note
ROWS_SQL = f"""
    SELECT i.due_on, COALESCE(r.number, c.number, ''), COALESCE(c.kind, rc.kind), cu.name,
           i.amount_fen, i.collected_fen, i.amount_fen - i.collected_fen, i.status, i.invoiced_at, i.note
    FROM invoice i
    LEFT JOIN service_call c ON c.id = i.call_id
    LEFT JOIN repair_card r ON r.id = i.repair_card_id
    LEFT JOIN service_call rc ON rc.id = r.call_id
    LEFT JOIN customer cu ON cu.id = i.customer_id
    {_WHERE}
    ORDER BY i.due_on, i.id
"""

_TOTALS_SQL = f"""
    SELECT COUNT(*), COALESCE(SUM(i.amount_fen), 0), COALESCE(SUM(i.collected_fen), 0)
    FROM invoice i {_WHERE}
"""


@dataclass(frozen=True)
class InvoiceTotals:
    count: int
    amount_fen: int
    collected_fen: int

    @property
    def outstanding_fen(self) -> int:
        return self.amount_fen - self.collected_fen


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per invoice due in the month, by due date."""
    return stream(ROWS_SQL, month.day_range)


def totals(month: Month) -> InvoiceTotals:
    return InvoiceTotals(*one(_TOTALS_SQL, month.day_range))
