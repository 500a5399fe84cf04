"""Reads for the stocktake: its lines as counted, the open one, the recent ones.

Apart from the parts cabinet's reads (queries/parts.py, which re-exports these) so that printing a count sheet
does not load every row type of the cabinet.
"""

from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Part, Stocktake, StocktakeLine, Tool


@dataclass(frozen=True)
class CountRow:
    line_id: int
    kind: str  # "part" or "tool"
    code: str
    name: str
    unit: str
    bin_location: str
    expected_qty: int
    counted_qty: int | None
    unit_cost_fen: int
    note: str

    @property
    def diff_qty(self) -> int | None:
        return None if self.counted_qty is None else self.counted_qty - self.expected_qty

    @property
    def diff_value_fen(self) -> int | None:
        diff = self.diff_qty
        return None if diff is None else diff * self.unit_cost_fen


def stocktake_lines(stocktake_id: int, differences_only: bool = False) -> list[CountRow]:
    """The count sheet / variance rows of a stocktake: parts by bin, then tools."""
    query = StocktakeLine.select().where(StocktakeLine.stocktake == stocktake_id).order_by(StocktakeLine.id)
    if differences_only:
        query = query.where(StocktakeLine.counted_qty.is_null(False) & (StocktakeLine.counted_qty != StocktakeLine.expected_qty))
    lines = list(query)
    parts = {p.id: p for p in Part.select().where(Part.id.in_([x.part_id for x in lines if x.part_id]))}
    tools_by_id = {t.id: t for t in Tool.select().where(Tool.id.in_([x.tool_id for x in lines if x.tool_id]))}
    rows = []
    for line in lines:
        if line.part_id is not None:
            p = parts[line.part_id]
            rows.append(CountRow(line.id, "part", p.code, p.name, p.unit, p.bin_location, line.expected_qty,
                                 line.counted_qty, line.unit_cost_fen, ""))
        elif line.tool_id is not None:
            t = tools_by_id[line.tool_id]
            # In the reader's language (the screen's, or the paper language while a paper is built).
            unit, lent = str(T("把", "pcs")), str(T("借出", "lent out"))
            rows.append(CountRow(line.id, "tool", t.code, t.name, unit, t.location, line.expected_qty, line.counted_qty,
                                 line.unit_cost_fen, lent if t.status == "lent" else ""))
    return rows


def open_stocktake() -> Stocktake | None:
    return Stocktake.select().where(Stocktake.status == "open").first()


def stocktakes() -> list[Stocktake]:
    return list(Stocktake.select().order_by(Stocktake.started_at.desc()).limit(36))
