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

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries.month_common import stream

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


# One statement, two kinds of rows. Kind 0, per (product, model, fault): the calls, the repeats among them, their
# repair cards and their part lines. Kind 1, per part: the part lines of all the quarter's calls (general work,
# without a product, too). The quarter's calls are read once with their product (`q`) and their part lines once
# (`lines`, with the part each was issued as): four grouped joins and the parts used each read every call of the
# quarter again, three of them with its product, two with its lines.
_FAULTS_SQL = """
    WITH q AS (SELECT c.id, p.id AS product, p.name, p.model, c.problem, c.repeat_of_id
               FROM service_call c LEFT JOIN product p ON p.id = c.product_id
               WHERE c.received_at >= ? AND c.received_at < ? AND c.status != 'void'),
    lines AS (SELECT q.product, q.name, q.model, q.problem, pi.part_id, b.qty, b.cost_fen
              FROM q JOIN bill_line b ON b.call_id = q.id LEFT JOIN part_issue pi ON pi.id = b.part_issue_id
              WHERE b.kind = 'part'),
    faults AS (SELECT q.name, q.model, q.problem, COUNT(*) AS calls,
                      SUM(CASE WHEN q.repeat_of_id IS NOT NULL THEN 1 ELSE 0 END) AS repeats
               FROM q WHERE q.product IS NOT NULL GROUP BY q.name, q.model, q.problem),
    cards AS (SELECT q.name, q.model, q.problem, COUNT(*) AS cards
              FROM q JOIN repair_card r ON r.call_id = q.id WHERE q.product IS NOT NULL
              GROUP BY q.name, q.model, q.problem),
    parts AS (SELECT lines.name, lines.model, lines.problem, SUM(lines.qty) AS qty, SUM(lines.cost_fen) AS cost
              FROM lines WHERE lines.product IS NOT NULL GROUP BY lines.name, lines.model, lines.problem)
    SELECT 0, f.name, f.model, f.problem, f.calls, f.repeats, cards.cards, parts.qty, parts.cost
    FROM faults f
    LEFT JOIN cards ON cards.name = f.name AND cards.model = f.model AND cards.problem = f.problem
    LEFT JOIN parts ON parts.name = f.name AND parts.model = f.model AND parts.problem = f.problem
    UNION ALL
    SELECT 1, pt.code, pt.name, NULL, 0, 0, 0, SUM(lines.qty), SUM(lines.cost_fen)
    FROM lines JOIN part pt ON pt.id = lines.part_id GROUP BY pt.code, pt.name
"""


def quarter_faults(quarter: Quarter) -> QuarterFaults:
    """Each (product, model, fault) of the quarter's calls with its counts, and the parts used; one statement."""
    found: dict[tuple[str, str, str], FaultRow] = {}
    uses: list[PartUse] = []
    bounds = (f"{quarter.start:%Y-%m-%d %H:%M:%S}", f"{quarter.end:%Y-%m-%d %H:%M:%S}")  # as stored (core.clock)
    for kind, name, model, problem, calls, repeats, cards, qty, cost in stream(_FAULTS_SQL, bounds):
        if kind == 1:  # a part: its code and name
            uses.append(PartUse(name, model, int(qty or 0), int(cost or 0)))
            continue
        key = (name or "", model or "", problem or "")
        found[key] = FaultRow(*key, calls=calls, repairs=int(cards or 0), repeats=int(repeats or 0),
                              parts_qty=int(qty or 0), parts_cost_fen=int(cost or 0))
    rows = sorted(found.values(), key=lambda r: (-r.calls, -r.repeats, r.product, r.model, r.fault))
    return QuarterFaults(quarter, rows, sorted(uses, key=lambda u: (-u.qty, -u.cost_fen, u.code)))
