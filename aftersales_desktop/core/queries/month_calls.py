"""The month's calls for the accountant's workbook.

Definitions: a call counts in the month of its `received_at`; voided calls are left out. Its fee is the sum
of its visits' labour + travel + parts (fen); `collected` is what technicians collected on site.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, stream

_VISITS_OF_MONTH = """
    SELECT v.call_id, COUNT(*) AS visits, SUM(v.labour_fen) AS labour, SUM(v.travel_fen) AS travel,
           SUM(v.parts_fen) AS parts, SUM(v.collected_fen) AS collected
    FROM visit v JOIN service_call c ON c.id = v.call_id
    WHERE c.received_at >= ? AND c.received_at < ? AND c.status != 'void'
    GROUP BY v.call_id
"""

# number, received_at, kind, customer, product model, area, status, technician,
# visits, labour, travel, parts, fee, collected, closed_at, problem
ROWS_SQL = f"""
    SELECT c.number, c.received_at, c.kind, cu.name, p.model, c.area, c.status, t.name,
           COALESCE(v.visits, 0), COALESCE(v.labour, 0), COALESCE(v.travel, 0), COALESCE(v.parts, 0),
           COALESCE(v.labour + v.travel + v.parts, 0), COALESCE(v.collected, 0), c.closed_at, c.problem
    FROM service_call c
    LEFT JOIN customer cu ON cu.id = c.customer_id
    LEFT JOIN product p ON p.id = c.product_id
    LEFT JOIN staff t ON t.id = c.technician_id
    LEFT JOIN ({_VISITS_OF_MONTH}) v ON v.call_id = c.id
    WHERE c.received_at >= ? AND c.received_at < ? AND c.status != 'void'
    ORDER BY c.received_at, c.id
"""

_TOTALS_SQL = f"""
    SELECT c.kind, COUNT(*), COALESCE(SUM(v.visits), 0), COALESCE(SUM(v.labour), 0), COALESCE(SUM(v.travel), 0),
           COALESCE(SUM(v.parts), 0), COALESCE(SUM(v.collected), 0)
    FROM service_call c
    LEFT JOIN ({_VISITS_OF_MONTH}) v ON v.call_id = c.id
    WHERE c.received_at >= ? AND c.received_at < ? AND c.status != 'void'
    GROUP BY c.kind
"""


@dataclass(frozen=True)
class CallTotals:
    """Totals of one kind of call (or of all, kind='')."""

    kind: str
    count: int
    visits: int
    labour_fen: int
    travel_fen: int
    parts_fen: int
    collected_fen: int

    @property
    def fee_fen(self) -> int:
        return self.labour_fen + self.travel_fen + self.parts_fen


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per call received in the month, oldest first."""
    return stream(ROWS_SQL, month.range * 2)


def totals_by_kind(month: Month) -> list[CallTotals]:
    """Totals per kind of call, in the order of vocab.CALL_KIND (kinds without calls give zeros)."""
    from aftersales_desktop.core.vocab import CALL_KIND

    found = {r[0]: CallTotals(*r) for r in stream(_TOTALS_SQL, month.range * 2)}
    kinds = list(CALL_KIND.codes) + sorted(k for k in found if k not in CALL_KIND)
    return [found.get(k) or CallTotals(k, 0, 0, 0, 0, 0, 0) for k in kinds]


def grand_total(by_kind: list[CallTotals]) -> CallTotals:
    """All kinds together."""
    return CallTotals("", *(sum(getattr(t, f) for t in by_kind) for f in
                            ("count", "visits", "labour_fen", "travel_fen", "parts_fen", "collected_fen")))
