"""One bill in full (a call's on-site bill or a repair card's), with what the rules need to know about it:
who pays, the accepted quote it must stay within, and for an accident repair its gross margin."""

from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.core import settings
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import AuthorityEvent, BillLine, RepairCard, ServiceCall
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.services.bills import chargeable, lines_of, work_order, worked_minutes
from aftersales_desktop.core.services.repairs import accepted_quote
from aftersales_desktop.core.vocab import BILL_LINE


@dataclass(frozen=True)
class BillLineRow:
    id: int
    kind: str  # vocab.BILL_LINE
    description: str
    qty: int
    unit_fen: int
    amount_fen: int
    cost_fen: int
    minutes: int
    percent: int
    settled: bool
    invoice_id: int | None
    part_issue_id: int | None


@dataclass(frozen=True)
class Bill:
    call_id: int
    repair_card_id: int | None
    number: str  # the call's or the card's number
    kind: str  # the call's kind of work (vocab.CALL_KIND)
    chargeable: bool  # paid service: the customer pays
    lines: tuple[BillLineRow, ...]
    quote_fen: int | None  # the accepted quote's total, when the card was quoted
    accident: bool
    worked_minutes: int
    labour_cost_fen: int  # the worked minutes at the shop's labour cost
    margin_min: int
    margin_approved: int | None  # the lowest margin a supervisor has approved for this bill

    def _sum(self, *kinds: str) -> int:
        return sum(line.amount_fen for line in self.lines if line.kind in kinds)

    @property
    def labour_fen(self) -> int:
        return self._sum("labour")

    @property
    def parts_fen(self) -> int:
        return self._sum("part")

    @property
    def travel_fen(self) -> int:
        return self._sum("travel")

    @property
    def other_fen(self) -> int:
        return self._sum("other")

    @property
    def discount_fen(self) -> int:
        return self._sum("discount")

    @property
    def subtotal_fen(self) -> int:
        return self._sum("labour", "part", "travel", "other")

    @property
    def total_fen(self) -> int:
        return self.subtotal_fen + self.discount_fen

    @property
    def to_customer_fen(self) -> int:
        return self.total_fen if self.chargeable else 0

    @property
    def open_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines if not line.settled)

    @property
    def has_open_lines(self) -> bool:
        return any(not line.settled for line in self.lines)

    @property
    def parts_cost_fen(self) -> int:
        return sum(line.cost_fen for line in self.lines if line.kind == "part")

    @property
    def cost_fen(self) -> int:
        return self.parts_cost_fen + self.labour_cost_fen

    @property
    def open_discount_percent(self) -> int:
        return next((line.percent for line in self.lines if line.kind == "discount" and not line.settled), 0)

    @property
    def above_quote(self) -> bool:
        """A paid bill above the quote the customer accepted needs the customer's renewed acceptance."""
        return self.chargeable and self.quote_fen is not None and self.total_fen > self.quote_fen

    @property
    def margin_percent(self) -> int | None:
        """Gross margin of an accident repair: price against the parts' cost and the labour cost (rounded down)."""
        if not (self.accident and self.chargeable):
            return None
        price = self.to_customer_fen
        if price <= 0:
            return 0 if self.cost_fen == 0 else -100
        return max(-100, ((price - self.cost_fen) * 100) // price)

    @property
    def margin_low(self) -> bool:
        margin = self.margin_percent
        return margin is not None and margin < self.margin_min

    @property
    def margin_needs_approval(self) -> bool:
        """Below the minimum and not approved at this margin (approval covers this margin or a better one)."""
        margin = self.margin_percent
        return self.margin_low and (self.margin_approved is None or margin is None or margin < self.margin_approved)


def line_text(line: BillLineRow) -> str:
    """What a line says on screen and paper, in the current language: '工时费 · 135 分钟', '优惠 10%:老客户'."""
    kind = BILL_LINE.label(line.kind)
    if line.kind == "discount":
        return str(T("优惠 {p}%:{r}", "Discount {p}%: {r}", p=line.percent, r=line.description))
    if line.kind == "labour" and line.minutes and not line.description:
        return str(T("{k} · {m} 分钟", "{k} · {m} min", k=kind, m=line.minutes))
    if line.kind == "part":
        return line.description
    return f"{kind} · {line.description}" if line.description else kind


def _row(line: BillLine) -> BillLineRow:
    return BillLineRow(line.id, line.kind, line.description, line.qty, line.unit_fen, line.amount_fen, line.cost_fen,
                       line.minutes, line.percent, line.settled_at is not None, line.invoice_id, line.part_issue_id)


def accepted_quote_total(card: RepairCard) -> int | None:
    """The latest quote's total when the customer accepted it (an older accepted version no longer counts)."""
    quote = accepted_quote(card)
    if quote is None:
        return None
    return quote.labour_fen + quote.parts_fen + quote.travel_fen


def bill(call_id: int | None = None, repair_card_id: int | None = None) -> Bill:
    """The bill of a call (its on-site work) or of a repair card."""
    call, card = work_order(call_id, repair_card_id)
    return bill_for(call, card)


_LOW_MARGIN_APPROVED = Kept(lambda card_id: AuthorityEvent.select(AuthorityEvent.percent).where(
    (AuthorityEvent.repair_card == card_id) & (AuthorityEvent.kind == "low_margin")
    & AuthorityEvent.approved_by.is_null(False)))


def bill_for(call: ServiceCall, card: RepairCard | None) -> Bill:
    lines = tuple(_row(line) for line in lines_of(call, card))
    minutes = worked_minutes(call, card)
    approved = None
    if card is not None and card.accident:
        percents = [e.percent for e in _LOW_MARGIN_APPROVED.rows(card.id)]
        approved = min(percents) if percents else None
    return Bill(
        call_id=call.id, repair_card_id=card.id if card else None, number=card.number if card else call.number,
        kind=call.kind, chargeable=chargeable(call), lines=lines,
        quote_fen=accepted_quote_total(card) if card is not None and card.needs_quote else None,
        accident=bool(card.accident) if card else False, worked_minutes=minutes,
        labour_cost_fen=(minutes * settings.get("labour_cost_fen_per_hour") + 30) // 60,
        margin_min=settings.get("margin_min_percent"), margin_approved=approved,
    )
