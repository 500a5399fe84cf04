"""Direct purchase of a part (自采): three supplier quotes compared and kept, or a manager's override."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import DirectPurchase, Staff, SupplierQuote
from aftersales_desktop.core.permissions import Action, allowed
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.services.stock import _apply_move, _part, _positive

QUOTES_NEEDED = 3


@dataclass(frozen=True)
class QuoteIn:
    """One supplier's price as typed at the counter."""

    supplier: str
    unit_price_fen: int
    note: str = ""


def _clean_quotes(quotes: Sequence[QuoteIn]) -> list[QuoteIn]:
    out: list[QuoteIn] = []
    seen: set[str] = set()
    for quote in quotes:
        supplier = (quote.supplier or "").strip()
        if not supplier and not quote.unit_price_fen:
            continue  # an empty line on the form
        if not supplier:
            raise ValidationError(T("每个报价都要写供应商。", "Each quote needs its supplier."), "quotes")
        if not isinstance(quote.unit_price_fen, int) or quote.unit_price_fen <= 0:
            raise ValidationError(
                T("{s} 的报价应大于 0。", "The quote from {s} must be above 0.", s=supplier), "quotes"
            )
        if supplier in seen:
            raise ValidationError(
                T("供应商 {s} 报了两次价;三家报价须来自不同供应商。",
                  "{s} is listed twice; the three quotes come from different suppliers.", s=supplier), "quotes"
            )
        seen.add(supplier)
        out.append(QuoteIn(supplier[:80], quote.unit_price_fen, (quote.note or "").strip()))
    return out


def direct_purchase(actor: Staff, part_id: int, qty: int, quotes: Sequence[QuoteIn], chosen: int,
                    override_reason: str = "") -> DirectPurchase:
    """Buy a part directly: record the quotes and the one taken (index `chosen`), and receive the goods."""
    _positive(qty)
    clean = _clean_quotes(quotes)
    if not clean:
        raise ValidationError(T("请至少填写一家供应商的报价。", "Enter at least one supplier's quote."), "quotes")
    if not 0 <= chosen < len(clean):
        raise ValidationError(T("请选择采用哪一家的报价。", "Choose which quote is taken."), "chosen")
    override_reason = (override_reason or "").strip()
    with unit_of_work(actor, Action.PURCHASE_DIRECT) as uow:
        short = len(clean) < QUOTES_NEEDED
        if short:
            if not allowed(uow.person.role, Action.PURCHASE_OVERRIDE):
                raise ValidationError(
                    T("自采需要三家供应商报价(现有 {n} 家);不足三家须由经理签批并说明原因。",
                      "A direct purchase needs three supplier quotes (there are {n}); with fewer, the manager "
                      "must override with a reason.", n=len(clean)),
                    "quotes",
                )
            if not override_reason:
                raise ValidationError(
                    T("报价不足三家,请写明原因。", "Fewer than three quotes: state the reason."), "override_reason"
                )
        part = _part(part_id)
        taken = clean[chosen]
        purchase = DirectPurchase.create(
            part=part.id, qty=qty, chosen_supplier=taken.supplier, unit_cost_fen=taken.unit_price_fen,
            override_reason=override_reason if short else "", override_by=uow.actor if short else None,
            at=uow.now, by=uow.actor,
        )
        SupplierQuote.insert_many(
            [{"purchase": purchase.id, "supplier": q.supplier, "unit_price_fen": q.unit_price_fen, "note": q.note}
             for q in clean]
        ).execute()
        move = _apply_move(uow, part.id, qty, "purchase", taken.unit_price_fen, supplier=taken.supplier,
                           reason=f"自采 {len(clean)} 家报价")
        purchase.move = move
        purchase.save()
        uow.audit("direct_purchase", purchase.id,
                  after={**snapshot(purchase, "part", "qty", "chosen_supplier", "unit_cost_fen", "override_reason"),
                         "quotes": [[q.supplier, q.unit_price_fen] for q in clean]})
    return purchase
