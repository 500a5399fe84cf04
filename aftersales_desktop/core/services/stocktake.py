"""The monthly stocktake (每月盘点): snapshot, counts, variance, and posting the adjustments in one go."""

from __future__ import annotations

from collections.abc import Mapping

from aftersales_desktop.core.bounds import check_qty
from aftersales_desktop.core.concurrency import newer_changes, refuse
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Part, Staff, Stocktake, StocktakeLine, Tool
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.numbering import next_number
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.services.stock import _apply_move
from aftersales_desktop.core.validation import require_text

COUNTED_TOOL_STATUS = ("in", "lent")  # tools the shop should be able to show (lent ones: by the loan register)

# A stocktake's lines go in _CHUNK rows a statement, each row count's text kept (core/models/kept.py):
# (part id, expected qty, unit cost) of each part, (tool id, price) of each tool
_CHUNK = 20
_PART_LINES = Kept(lambda take_id, *flat: StocktakeLine.insert_many(
    [{"stocktake": take_id, "part": flat[i], "tool": None, "expected_qty": flat[i + 1], "unit_cost_fen": flat[i + 2]}
     for i in range(0, len(flat), 3)]).as_rowcount())
_TOOL_LINES = Kept(lambda take_id, *flat: StocktakeLine.insert_many(
    [{"stocktake": take_id, "part": None, "tool": flat[i], "expected_qty": 1, "unit_cost_fen": flat[i + 1]}
     for i in range(0, len(flat), 2)]).as_rowcount())


def start_stocktake(actor: Staff, period: str | None = None) -> Stocktake:
    """Start the month's stocktake: the expected quantity of every active part and tool is written down now."""
    with unit_of_work(actor, Action.STOCKTAKE_COUNT) as uow:
        if Stocktake.select().where(Stocktake.status == "open").exists():
            raise Conflict(T("已有一个未过账的盘点,请先完成或作废它。", "A stocktake is still open; post or void it first."))
        period = period or uow.now.strftime("%Y-%m")
        take = Stocktake.create(number=next_number("stocktake", uow.now), period=period, started_at=uow.now,
                                started_by=uow.actor)
        parts = Part.select(Part.id, Part.qty_on_hand, Part.cost_fen).where(Part.active).order_by(Part.bin_location, Part.code)
        part_rows = [(p.id, p.qty_on_hand, p.cost_fen) for p in parts]
        tools = Tool.select().where(Tool.status.in_(COUNTED_TOOL_STATUS)).order_by(Tool.code)
        tool_rows = [(t.id, t.price_fen) for t in tools]
        # parts first, then tools, in that order (the line ids are the sheet's order)
        for start in range(0, len(part_rows), _CHUNK):
            _PART_LINES.execute(take.id, *(v for row in part_rows[start:start + _CHUNK] for v in row))
        for start in range(0, len(tool_rows), _CHUNK):
            _TOOL_LINES.execute(take.id, *(v for row in tool_rows[start:start + _CHUNK] for v in row))
        lines = len(part_rows) + len(tool_rows)
        uow.audit("stocktake", take.id, after={**snapshot(take, "number", "period"), "lines": lines})
    return take


def _open(stocktake_id: int) -> Stocktake:
    take = Stocktake.get_or_none(Stocktake.id == stocktake_id)
    if take is None:
        raise NotFound(T("找不到该盘点。", "No such stocktake."))
    if take.status != "open":
        raise Conflict(T("盘点 {n} 已过账或作废。", "Stocktake {n} is already posted or voided.", n=take.number))
    return take


def enter_counts(actor: Staff, stocktake_id: int, counts: Mapping[int, int | None], *,
                 seen_version: int | None = None) -> int:
    """Write counted quantities: {line id: counted (None clears it)}; returns how many lines changed.

    `seen_version`: the stocktake's version when the sheet was filled. Two storekeepers count different shelves
    of one stocktake at once, so only a line someone else counted since is refused, not the whole sheet."""
    for value in counts.values():
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise ValidationError(T("盘点数量应为 0 或正整数。", "A counted quantity is 0 or a whole number."), "counted_qty")
        if value is not None:
            check_qty(value, "counted_qty", allow_zero=True)
    with unit_of_work(actor, Action.STOCKTAKE_COUNT) as uow:
        take = _open(stocktake_id)
        if seen_version is not None:
            mine = {str(line_id) for line_id in counts}
            for newer in newer_changes("stocktake", take.id, seen_version, Action.STOCKTAKE_COUNT.value):
                if mine & set((newer.after or {}).get("counts", {})):  # the audit row names the lines it counted
                    raise refuse(newer)
        lines = {line.id: line for line in take.lines.where(StocktakeLine.id.in_(list(counts)))}
        if len(lines) != len(counts):
            raise NotFound(T("盘点行不属于该盘点。", "A line does not belong to this stocktake."))
        changed = {}
        for line_id, value in counts.items():
            line = lines[line_id]
            if line.counted_qty != value:
                changed[line_id] = [line.counted_qty, value]
                line.counted_qty = value
                line.save()
        uow.audit("stocktake", take.id, after={"counts": changed}, note=f"{len(changed)} lines counted")
    return len(changed)


def post_stocktake(actor: Staff, stocktake_id: int) -> Stocktake:
    """Post every difference as a stocktake adjustment, all in one transaction (needs a supervisor)."""
    with unit_of_work(actor, Action.STOCKTAKE_POST) as uow:
        take = _open(stocktake_id)
        missing = take.lines.where(StocktakeLine.counted_qty.is_null()).count()
        if missing:
            raise Conflict(T("还有 {n} 行未盘点,全部盘完才能过账。", "{n} lines are not counted yet; count them all before posting.",
                             n=missing))
        for line in take.lines.where(StocktakeLine.counted_qty != StocktakeLine.expected_qty):
            assert line.counted_qty is not None  # all lines are counted (checked above)
            diff = line.counted_qty - line.expected_qty
            if line.part_id is not None:
                # Relative to the snapshot, so moves made while counting are kept.
                _apply_move(uow, line.part_id, diff, "adjust", stocktake=take.id, reason=f"盘点 {take.number}")
            elif line.tool_id is not None and diff < 0 and (tool := line.tool) is not None and tool.status == "in":
                tool.status = "lost"
                tool.save()
                uow.audit("tool", tool.id, before={"status": "in"}, after={"status": "lost"}, note=f"stocktake {take.number}")
        take.status = "posted"
        take.posted_at = uow.now
        take.posted_by = uow.actor
        take.save()
        uow.audit("stocktake", take.id, before={"status": "open"}, after=snapshot(take, "status", "posted_at"))
    return take


def void_stocktake(actor: Staff, stocktake_id: int, reason: str) -> Stocktake:
    """Abandon an open stocktake (nothing is adjusted); the number stays used."""
    reason = require_text(reason, "reason", "作废原因|reason")
    with unit_of_work(actor, Action.STOCKTAKE_POST) as uow:
        take = _open(stocktake_id)
        take.status = "void"
        take.save()
        uow.audit("stocktake", take.id, before={"status": "open"}, after={"status": "void"}, note=reason)
    return take
