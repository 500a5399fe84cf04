"""The quarterly fault analysis (季度维护总结): per product model and fault, the quarter's calls, the repairs they
needed, the repeats among them and the parts used — so the frequent and the costly faults stand out.

Definitions: a call counts in the quarter of its `received_at` (voided calls left out; calls without a product —
general work — too). Its fault is the problem as registered. Repairs are the repair cards of those calls, repeats
the calls that repeat an earlier one within the repeat window, parts the part lines of their bills (what stayed
on the job, the call's own and its cards'), counted and at cost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import peewee
from peewee import fn

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import BillLine, Part, PartIssue, ServiceCall
from aftersales_desktop.core.queries.month_common import stream
from aftersales_desktop.core.queries.paging import tuples

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")


@dataclass(frozen=True)
class Quarter:
    """A calendar quarter; `start`/`end` are the half-open datetime range."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """'2026-Q1' (or 2026Q1, 2026-q1) -> Quarter(2026, 1); a clear sentence for anything else."""
        match = _QUARTER.match(text or "")
        if not match or not 1900 <= int(match.group(1)) <= 2999:  # as a Month: the quarter's end stays a date
            raise ValidationError(T("季度“{v}”无法识别,请写成 年-Q季度,如 2026-Q1。",
                                    "Quarter '{v}' is not valid; write it as YYYY-Qn, e.g. 2026-Q1.", v=text), "quarter")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def next_first(self) -> dt.date:
        return dt.date(self.year + 1, 1, 1) if self.number == 4 else dt.date(self.year, 3 * self.number + 1, 1)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first, dt.time())

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.next_first, dt.time())

    @property
    def label(self) -> str:
        return f"{self.year:04d}-Q{self.number}"

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def __str__(self) -> str:
        return self.label


@dataclass
class FaultRow:
    product: str
    model: str
    fault: str
    calls: int = 0
    repairs: int = 0
    repeats: int = 0
    parts_qty: int = 0
    parts_cost_fen: int = 0


@dataclass
class PartUse:
    code: str
    name: str
    qty: int
    cost_fen: int


@dataclass
class QuarterFaults:
    quarter: Quarter
    rows: list[FaultRow] = field(default_factory=list)  # the most frequent first
    parts: list[PartUse] = field(default_factory=list)  # the parts used most first

    def total(self) -> FaultRow:
        out = FaultRow("", "", "")
        for row in self.rows:
            for name in ("calls", "repairs", "repeats", "parts_qty", "parts_cost_fen"):
                setattr(out, name, getattr(out, name) + getattr(row, name))
        return out


def _in(quarter: Quarter) -> peewee.Expression:
    return (ServiceCall.received_at >= quarter.start) & (ServiceCall.received_at < quarter.end) & (
        ServiceCall.status != "void")


# Per (product, model, fault): the calls, the repeats among them, their repair cards and their part lines. The
# quarter's calls are read once with their product (`q`, used three times, so both engines compute it once):
# four grouped joins each read every call of the quarter and its product again.
_FAULTS_SQL = """
    WITH q AS (SELECT c.id, p.name, p.model, c.problem, c.repeat_of_id
               FROM service_call c JOIN product p ON p.id = c.product_id
               WHERE c.received_at >= ? AND c.received_at < ? AND c.status != 'void'),
    n AS (SELECT q.name, q.model, q.problem, COUNT(*) AS calls,
                 SUM(CASE WHEN q.repeat_of_id IS NOT NULL THEN 1 ELSE 0 END) AS repeats
          FROM q GROUP BY q.name, q.model, q.problem),
    r AS (SELECT q.name, q.model, q.problem, COUNT(*) AS cards
          FROM q JOIN repair_card r ON r.call_id = q.id GROUP BY q.name, q.model, q.problem),
    b AS (SELECT q.name, q.model, q.problem, SUM(b.qty) AS qty, SUM(b.cost_fen) AS cost
          FROM q JOIN bill_line b ON b.call_id = q.id WHERE b.kind = 'part' GROUP BY q.name, q.model, q.problem)
    SELECT n.name, n.model, n.problem, n.calls, n.repeats, r.cards, b.qty, b.cost
    FROM n LEFT JOIN r ON r.name = n.name AND r.model = n.model AND r.problem = n.problem
    LEFT JOIN b ON b.name = n.name AND b.model = n.model AND b.problem = n.problem
"""


def quarter_faults(quarter: Quarter) -> QuarterFaults:
    """Each (product, model, fault) of the quarter's calls with its counts, and the parts used; two statements."""
    found: dict[tuple[str, str, str], FaultRow] = {}
    bounds = (f"{quarter.start:%Y-%m-%d %H:%M:%S}", f"{quarter.end:%Y-%m-%d %H:%M:%S}")  # as stored (core.clock)
    for name, model, problem, calls, repeats, cards, qty, cost in stream(_FAULTS_SQL, bounds):
        key = (name or "", model or "", problem or "")
        found[key] = FaultRow(*key, calls=calls, repairs=int(cards or 0), repeats=int(repeats or 0),
                              parts_qty=int(qty or 0), parts_cost_fen=int(cost or 0))
    used = (BillLine.select(Part.code, Part.name, fn.SUM(BillLine.qty), fn.SUM(BillLine.cost_fen))
            .join(PartIssue, on=(BillLine.part_issue == PartIssue.id)).join(Part)
            .switch(BillLine).join(ServiceCall, on=(BillLine.call == ServiceCall.id))
            .where(_in(quarter) & (BillLine.kind == "part")).group_by(Part.code, Part.name))
    uses = [PartUse(code, name, int(qty or 0), int(cost or 0)) for code, name, qty, cost in tuples(used)]
    rows = sorted(found.values(), key=lambda r: (-r.calls, -r.repeats, r.product, r.model, r.fault))
    return QuarterFaults(quarter, rows, sorted(uses, key=lambda u: (-u.qty, -u.cost_fen, u.code)))
