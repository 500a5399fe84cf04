"""The month's calls for the accountant's workbook.

Definitions: a call counts in the month of its `received_at`; voided calls are left out. Its money is its own bill
(the lines with no repair card: labour, travel, parts at price, other, the discount); the bill's total is what the
work is worth, `charged` what the customer pays (the total for paid service, nothing for contract, free and
general work), `parts cost` the parts at cost (after-sales cost where nothing is charged). `collected` is what
technicians collected on site.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from aftersales_desktop.core.queries.month_common import Month, stream

_WHERE = "c.received_at >= ? AND c.received_at < ? AND c.status != 'void'"

_VISITS_OF_MONTH = f"""
    SELECT v.call_id, COUNT(*) AS visits, SUM(v.collected_fen) AS collected
    FROM visit v JOIN service_call c ON c.id = v.call_id
    WHERE {_WHERE}
    GROUP BY v.call_id
"""


def _sum(kind: str, column: str = "amount_fen") -> str:
    return f"SUM(CASE WHEN b.kind = '{kind}' THEN b.{column} ELSE 0 END)"


# The call's own lines (not a repair card's): written COALESCE(…) = 0 rather than IS NULL so that the planner
# finds them through the month's calls (received_at, then bill_line.call_id) instead of walking every call line
# of every year through the repair_card_id index (18 ms a month at 10 years, growing with the file; 3 ms now).
_BILLS_OF_MONTH = f"""
    SELECT b.call_id, {_sum('labour')} AS labour, {_sum('travel')} AS travel, {_sum('part')} AS parts,
           {_sum('other')} AS other, {_sum('discount')} AS discount, SUM(b.amount_fen) AS total,
           {_sum('part', 'cost_fen')} AS parts_cost
    FROM bill_line b JOIN service_call c ON c.id = b.call_id
    WHERE COALESCE(b.repair_card_id, 0) = 0 AND {_WHERE}
    GROUP BY b.call_id
"""

_CHARGED = "CASE WHEN c.kind = 'paid' THEN COALESCE(b.total, 0) ELSE 0 END"

# number, received_at, kind, customer, product model, area, status, technician, visits,
# labour, travel, parts, other, discount, bill total, charged, parts cost, collected, closed_at, problem
ROWS_SQL = f"""
    SELECT c.number, c.received_at, c.kind, cu.name, p.model, c.area, c.status, t.name,
           COALESCE(v.visits, 0), COALESCE(b.labour, 0), COALESCE(b.travel, 0), COALESCE(b.parts, 0),
           COALESCE(b.other, 0), COALESCE(b.discount, 0), COALESCE(b.total, 0), {_CHARGED},
           COALESCE(b.parts_cost, 0), COALESCE(v.collected, 0), c.closed_at, c.problem
    FROM service_call c
    LEFT JOIN customer cu ON cu.id = c.customer_id
    LEFT JOIN product p ON p.id = c.product_id
    LEFT JOIN staff t ON t.id = c.technician_id
    LEFT JOIN ({_VISITS_OF_MONTH}) v ON v.call_id = c.id
    LEFT JOIN ({_BILLS_OF_MONTH}) b ON b.call_id = c.id
    WHERE {_WHERE}
    ORDER BY c.received_at, c.id
"""

# The month's calls are read once (`m`, used three times, so both engines compute it once) and each kind's
# totals are summed straight from its calls, their visits and their own bill lines: the same sums as adding up
# ROWS_SQL's rows per kind. (Grouping the per-call sums above by kind made SQLite walk every call of every year
# through the (kind, received_at) index to save sorting four kinds.)
_TOTALS_SQL = f"""
    WITH m AS (SELECT c.id, c.kind FROM service_call c WHERE {_WHERE}),
    n AS (SELECT m.kind, COUNT(*) AS calls FROM m GROUP BY m.kind),
    visits AS (SELECT m.kind, COUNT(*) AS visits, SUM(v.collected_fen) AS collected
               FROM m JOIN visit v ON v.call_id = m.id GROUP BY m.kind),
    bills AS (SELECT m.kind, {_sum('labour')} AS labour, {_sum('travel')} AS travel, {_sum('part')} AS parts,
                     {_sum('other')} AS other, {_sum('discount')} AS discount, SUM(b.amount_fen) AS total,
                     {_sum('part', 'cost_fen')} AS parts_cost
              FROM m JOIN bill_line b ON b.call_id = m.id WHERE COALESCE(b.repair_card_id, 0) = 0 GROUP BY m.kind)
    SELECT n.kind, n.calls, COALESCE(vs.visits, 0), COALESCE(bs.labour, 0), COALESCE(bs.travel, 0),
           COALESCE(bs.parts, 0), COALESCE(bs.other, 0), COALESCE(bs.discount, 0),
           CASE WHEN n.kind = 'paid' THEN COALESCE(bs.total, 0) ELSE 0 END, COALESCE(bs.parts_cost, 0),
           COALESCE(vs.collected, 0)
    FROM n LEFT JOIN visits vs ON vs.kind = n.kind LEFT JOIN bills bs ON bs.kind = n.kind
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
    other_fen: int
    discount_fen: int
    charged_fen: int
    parts_cost_fen: int
    collected_fen: int

    @property
    def fee_fen(self) -> int:
        """The bills' total: what the work is worth, whoever pays."""
        return self.labour_fen + self.travel_fen + self.parts_fen + self.other_fen + self.discount_fen


_FIELDS = ("count", "visits", "labour_fen", "travel_fen", "parts_fen", "other_fen", "discount_fen", "charged_fen",
           "parts_cost_fen", "collected_fen")  # fmt: skip


def rows(month: Month) -> Iterator[tuple]:
    """One raw row per call received in the month, oldest first."""
    return stream(ROWS_SQL, month.range * 3)


def totals_by_kind(month: Month) -> list[CallTotals]:
    """Totals per kind of call, in the order of vocab.CALL_KIND (kinds without calls give zeros)."""
    from aftersales_desktop.core.vocab import CALL_KIND

    found = {r[0]: CallTotals(*r) for r in stream(_TOTALS_SQL, month.range)}
    kinds = list(CALL_KIND.codes) + sorted(k for k in found if k not in CALL_KIND)
    return [found.get(k) or CallTotals(k, *([0] * len(_FIELDS))) for k in kinds]


def grand_total(by_kind: list[CallTotals]) -> CallTotals:
    """All kinds together."""
    return CallTotals("", *(sum(getattr(t, f) for t in by_kind) for f in _FIELDS))
