"""The parts list (备件目录): create and update parts. Quantities never change here (see stock.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aftersales_desktop.core.bounds import check_fen, check_qty
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Part, Staff
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action, require
from aftersales_desktop.core.pinyin import initials
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.validation import require_text

PART_FIELDS = ("code", "name", "fits_models", "unit", "bin_location", "price_fen", "min_qty", "active", "old_for_new")
AUDITED = PART_FIELDS + ("cost_fen", "qty_on_hand")


def clean_part(values: dict[str, Any]) -> dict[str, Any]:
    """Check a part's master data; returns the cleaned values (the import uses this too)."""
    code = require_text(str(values.get("code") or ""), "code", "备件编码|part code")
    if len(code) > 40:
        raise ValidationError(T("备件编码最多 40 个字符。", "The part code is at most 40 characters."), "code")
    name = require_text(str(values.get("name") or ""), "name", "备件名称|part name")
    if len(name) > 80:
        raise ValidationError(T("备件名称最多 80 个字。", "The part name is at most 80 characters."), "name")
    models = ",".join(m.strip() for m in str(values.get("fits_models") or "").replace(",", ",").split(",") if m.strip())
    unit = str(values.get("unit") or "个").strip() or "个"
    if len(unit) > 10:
        raise ValidationError(T("单位最多 10 个字。", "The unit is at most 10 characters."), "unit")
    bin_location = str(values.get("bin_location") or "").strip()
    if len(bin_location) > 20:
        raise ValidationError(T("库位最多 20 个字符。", "The bin location is at most 20 characters."), "bin_location")
    price = values.get("price_fen", 0) or 0
    min_qty = values.get("min_qty", 0) or 0
    if not isinstance(price, int) or price < 0:
        raise ValidationError(T("售价不能为负数。", "The sale price cannot be negative."), "price_fen")
    if not isinstance(min_qty, int) or min_qty < 0:
        raise ValidationError(T("最低库存应为 0 或正整数。", "The minimum stock is 0 or a whole number."), "min_qty")
    check_fen(price, "price_fen")
    check_qty(min_qty, "min_qty", allow_zero=True)
    out: dict[str, Any] = {
        "code": code,
        "name": name,
        "fits_models": models,
        "unit": unit,
        "bin_location": bin_location,
        "price_fen": price,
        "min_qty": min_qty,
        "active": bool(values.get("active", True)),
    }
    if "old_for_new" in values:  # 以坏换新; an import leaves what the shop set alone
        out["old_for_new"] = bool(values["old_for_new"])
    return out


_CODE_TAKEN = Kept(lambda code: Part.select().where(Part.code == code))
_CODE_TAKEN_BY_OTHER = Kept(lambda code, except_id: Part.select().where((Part.code == code) & (Part.id != except_id)))


def _code_taken(code: str, except_id: int | None = None) -> bool:
    if except_id is not None:
        return _CODE_TAKEN_BY_OTHER.exists(code, except_id)
    return _CODE_TAKEN.exists(code)


def create_part(actor: Staff, **values: Any) -> Part:
    """Add a part to the list. Values: code, name, fits_models, unit, bin_location, price_fen, min_qty."""
    clean = clean_part(values)
    with unit_of_work(actor, Action.PART_EDIT) as uow:
        if _code_taken(clean["code"]):
            raise ValidationError(T("已有编码为 {c} 的备件。", "There is already a part with code {c}.", c=clean["code"]), "code")
        part = Part.create(**clean, name_initials=initials(clean["name"]), created_at=uow.now)
        uow.audit("part", part.id, after=snapshot(part, *AUDITED))
    return part


def update_part(actor: Staff, part_id: int, *, seen_version: int | None = None, **values: Any) -> Part:
    """Change a part's master data (not its quantity or cost: those move only through stock moves).

    `seen_version` (concurrency.version_of when the form was filled): refused when someone saved it since."""
    for forbidden in ("qty_on_hand", "cost_fen"):
        if forbidden in values:
            raise ValidationError(
                T("库存数量和成本只能通过出入库变动。", "Quantity and cost change only through stock moves."), forbidden
            )
    with unit_of_work(actor, Action.PART_EDIT) as uow:
        check_unchanged(Part, "part", part_id, seen_version, Action.PART_EDIT.value)
        part = Part.get_or_none(Part.id == part_id)
        if part is None:
            raise NotFound(T("找不到该备件。", "No such part."))
        before = snapshot(part, *AUDITED)
        clean = clean_part({**before, **values})
        if _code_taken(clean["code"], part.id):
            raise ValidationError(T("已有编码为 {c} 的备件。", "There is already a part with code {c}.", c=clean["code"]), "code")
        for key, value in clean.items():
            setattr(part, key, value)
        part.name_initials = initials(part.name)
        part.save()
        uow.audit("part", part.id, before=before, after=snapshot(part, *AUDITED))
    return part


@dataclass(frozen=True)
class ImportOutcome:
    created: int
    updated: int
    opening_receipts: int
    qty_ignored: int  # existing parts whose sheet quantity was not applied (quantities move only by stock moves)
    unchanged: int = 0  # existing parts the sheet says nothing new about: nothing written for them

    @property
    def written(self) -> bool:
        return bool(self.created or self.updated)


@dataclass
class ImportPlan:
    """What an import would do, decided by reading only: the rows to create, to update, and those unchanged."""

    create: list[dict[str, Any]]
    update: list[tuple[Part, dict[str, Any]]]
    unchanged: int
    qty_ignored: int

    def outcome(self) -> ImportOutcome:
        opening = sum(1 for row in self.create if row.get("qty"))
        return ImportOutcome(len(self.create), len(self.update), opening, self.qty_ignored, self.unchanged)


def plan_import(rows: list[tuple[int, dict[str, Any]]], existing: dict[str, Part] | None = None) -> ImportPlan:
    """Compare checked rows with the parts list (`existing` by code; read from the database when not given)."""
    if existing is None:
        codes = [row["code"] for _, row in rows]
        existing = {p.code: p for p in Part.select().where(Part.code.in_(codes))} if codes else {}
    plan = ImportPlan([], [], 0, 0)
    for _, row in rows:
        part = existing.get(row["code"])
        if part is None:
            plan.create.append(row)
            continue
        master = {k: row[k] for k in PART_FIELDS if k in row}
        plan.qty_ignored += int(bool(row.get("qty")) and row["qty"] != part.qty_on_hand)
        if all(getattr(part, key) == value for key, value in master.items()):
            plan.unchanged += 1
        else:
            plan.update.append((part, master))
    return plan


def apply_import(actor: Staff, rows: list[tuple[int, dict[str, Any]]], dry_run: bool = False) -> ImportOutcome:
    """Write checked import rows in one transaction: update by code, create the rest (opening stock as a receipt).

    A part the sheet says nothing new about is left alone (no write, no audit row); a sheet that changes nothing
    writes nothing at all. With `dry_run` the plan is only read and reported: nothing is written.
    """
    from aftersales_desktop.core.services.stock import _apply_move

    require(actor.role, Action.PART_IMPORT, actor.name)  # also when nothing is to be written
    plan = plan_import(rows)
    if dry_run or not (plan.create or plan.update):
        return plan.outcome()
    with unit_of_work(actor, Action.PART_IMPORT) as uow:
        plan = plan_import(rows)  # again inside the transaction: what is true now that it is ours
        if not (plan.create or plan.update):  # someone imported the same list a moment ago
            uow.audit("part", None, note="import: the parts list already says all of it")
        for row in plan.create:
            master = {k: row[k] for k in PART_FIELDS if k in row}
            part = Part.create(**master, cost_fen=row.get("cost_fen", 0) if not row.get("qty") else 0,
                               name_initials=initials(master["name"]), created_at=uow.now)
            if row.get("qty"):
                _apply_move(uow, part.id, row["qty"], "receive", row.get("cost_fen", 0),
                            supplier="期初导入", reason="opening stock from the Excel import")
            uow.audit("part", part.id, after=snapshot(part, *PART_FIELDS), note="import")
        for part, master in plan.update:
            part = Part.get_by_id(part.id)
            before = snapshot(part, *PART_FIELDS)
            for key, value in master.items():
                setattr(part, key, value)
            part.name_initials = initials(part.name)
            part.save()
            uow.audit("part", part.id, before=before, after=snapshot(part, *PART_FIELDS), note="import")
    return plan.outcome()
