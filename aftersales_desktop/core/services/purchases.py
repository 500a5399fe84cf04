"""Buying parts with three quotes compared (三家比价): a direct purchase (自采), or goods in from a supplier that is
not on the shop's regular-supplier list (settings). Fewer than three quotes only with the manager's override and
a reason; taking a dearer quote than the cheapest needs a reason too. The quotes are kept with the purchase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aftersales_desktop.core import settings
from aftersales_desktop.core.bounds import TEXT, TEXT_LINES, check_text
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import DirectPurchase, Part, Staff, StockMove, SupplierQuote
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action, allowed
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.stock import _apply_move, _part, _positive
from aftersales_desktop.core.validation import check_money, clean_text

QUOTES_NEEDED = 3


@dataclass(frozen=True)
class QuoteIn:
    """One supplier's price as typed at the counter."""

    supplier: str
    unit_price_fen: int
    note: str = ""


@dataclass(frozen=True)
class Comparison:
    """Quotes checked against the rule: the one taken, and the reasons the rule asked for."""

    quotes: list[QuoteIn]
    taken: QuoteIn
    override_reason: str  # fewer than three quotes (the manager's)
    dearer_reason: str  # the taken quote is not the cheapest


def is_regular_supplier(name: str) -> bool:
    """True when `name` is on the shop's regular-supplier list (no quotes needed for its goods in)."""
    wanted = (name or "").strip()
    return any(wanted == (regular or "").strip() for regular in settings.get("regular_suppliers"))


def _clean_quotes(quotes: Sequence[QuoteIn]) -> list[QuoteIn]:
    out: list[QuoteIn] = []
    seen: set[str] = set()
    for quote in quotes:
        supplier = (quote.supplier or "").strip()
        if not supplier and not quote.unit_price_fen:
            continue  # an empty line on the form
        if not supplier:
            raise ValidationError(T("每个报价都要写供应商。", "Each quote needs its supplier."), "quotes")
        supplier = clean_text(supplier, "quotes", 80, "供应商|supplier")
        if not isinstance(quote.unit_price_fen, int) or quote.unit_price_fen <= 0:
            raise ValidationError(
                T("{s} 的报价应大于 0。", "The quote from {s} must be above 0.", s=supplier), "quotes"
            )
        check_money(quote.unit_price_fen, "quotes")
        check_text(quote.note or "", "note", TEXT, TEXT_LINES)
        if supplier in seen:
            raise ValidationError(
                T("供应商 {s} 报了两次价;三家报价须来自不同供应商。",
                  "{s} is listed twice; the three quotes come from different suppliers.", s=supplier), "quotes"
            )
        seen.add(supplier)
        out.append(QuoteIn(supplier, quote.unit_price_fen, clean_text(quote.note, "quotes", 200, "备注|note")))
    return out


def compare(uow: UnitOfWork, quotes: Sequence[QuoteIn], chosen: int, override_reason: str = "",
            dearer_reason: str = "") -> Comparison:
    """Check three quotes (or the manager's override) and the reason for a dearer pick, inside a use case."""
    clean = _clean_quotes(quotes)
    if not clean:
        raise ValidationError(T("请至少填写一家供应商的报价。", "Enter at least one supplier's quote."), "quotes")
    if not isinstance(chosen, int) or not 0 <= chosen < len(clean):
        raise ValidationError(T("请选择采用哪一家的报价。", "Choose which quote is taken."), "chosen")
    override = clean_text(override_reason, "override_reason", 200, "不足三家的原因|reason for fewer quotes")
    dearer = clean_text(dearer_reason, "dearer_reason", 200, "未选最低价的原因|reason for not taking the cheapest")
    short = len(clean) < QUOTES_NEEDED
    if short:
        if not allowed(uow.person.role, Action.PURCHASE_OVERRIDE):
            raise ValidationError(
                T("需要三家供应商报价(现有 {n} 家);不足三家须由经理签批并说明原因。",
                  "Three supplier quotes are needed (there are {n}); with fewer, the manager must override with a "
                  "reason.", n=len(clean)),
                "quotes",
            )
        if not override:
            raise ValidationError(T("报价不足三家,请写明原因。", "Fewer than three quotes: state the reason."), "override_reason")
    taken = clean[chosen]
    cheapest = min(q.unit_price_fen for q in clean)
    if taken.unit_price_fen > cheapest and not dearer:
        raise ValidationError(
            T("所选 {s} 的报价高于最低价 ¥{c},请写明原因。", "The quote taken ({s}) is dearer than the cheapest (¥{c}); "
              "state the reason.", s=taken.supplier, c=f"{cheapest / 100:.2f}"),
            "dearer_reason",
        )
    return Comparison(clean, taken, override if short else "", dearer if taken.unit_price_fen > cheapest else "")


# the quotes a purchase was compared on (one kept text per number of quotes: core/models/kept.py)
_ADD_QUOTES = Kept(lambda purchase_id, *flat: SupplierQuote.insert_many(
    [{"purchase": purchase_id, "supplier": flat[i], "unit_price_fen": flat[i + 1], "note": flat[i + 2]}
     for i in range(0, len(flat), 3)]).as_rowcount())


def keep(uow: UnitOfWork, part: Part, qty: int, comparison: Comparison, move: StockMove, kind: str) -> DirectPurchase:
    """Keep the comparison with the goods it bought (audited)."""
    short = bool(comparison.override_reason)
    purchase = DirectPurchase.create(
        part=part.id, qty=qty, chosen_supplier=comparison.taken.supplier, unit_cost_fen=comparison.taken.unit_price_fen,
        override_reason=comparison.override_reason, override_by=uow.person if short else None, move=move,
        at=uow.now, by=uow.person, kind=kind, dearer_reason=comparison.dearer_reason,
    )
    _ADD_QUOTES.execute(purchase.id, *(value for q in comparison.quotes for value in (q.supplier, q.unit_price_fen, q.note)))
    uow.audit("direct_purchase", purchase.id,
              after={**snapshot(purchase, "part", "qty", "chosen_supplier", "unit_cost_fen", "override_reason", "kind",
                                "dearer_reason"),
                     "quotes": [[q.supplier, q.unit_price_fen] for q in comparison.quotes]},
              action=Action.PURCHASE_DIRECT.value)
    return purchase


def direct_purchase(actor: Staff, part_id: int, qty: int, quotes: Sequence[QuoteIn], chosen: int,
                    override_reason: str = "", dearer_reason: str = "") -> DirectPurchase:
    """Buy a part directly (自采): record the quotes and the one taken (index `chosen`), and receive the goods."""
    _positive(qty)
    with unit_of_work(actor, Action.PURCHASE_DIRECT) as uow:
        comparison = compare(uow, quotes, chosen, override_reason, dearer_reason)
        part = _part(part_id)
        taken = comparison.taken
        move = _apply_move(uow, part.id, qty, "purchase", taken.unit_price_fen, supplier=taken.supplier,
                           reason=f"自采 {len(comparison.quotes)} 家报价")
        return keep(uow, part, qty, comparison, move, "direct")


def receive_with_quotes(uow: UnitOfWork, part_id: int, qty: int, unit_cost_fen: int, supplier: str, note: str,
                        quotes: Sequence[QuoteIn], override_reason: str, dearer_reason: str) -> StockMove:
    """Goods in from a supplier not on the regular list: the receipt itself is one of the quotes compared."""
    others = [q for q in quotes if (q.supplier or "").strip() != supplier]
    comparison = compare(uow, [QuoteIn(supplier, unit_cost_fen), *others], 0, override_reason, dearer_reason)
    part = _part(part_id)
    move = _apply_move(uow, part.id, qty, "receive", unit_cost_fen, supplier=supplier, reason=note)
    keep(uow, part, qty, comparison, move, "receipt")
    return move
