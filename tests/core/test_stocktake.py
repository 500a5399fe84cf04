"""Monthly stocktake: snapshot, counts, variance in quantity and value, posting in one transaction."""

from __future__ import annotations

import pytest

from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import Part, StockMove, Tool
from aftersales_desktop.core.queries.parts import stocktake_lines
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import receive
from aftersales_desktop.core.services.stocktake import (
    enter_counts,
    post_stocktake,
    start_stocktake,
    void_stocktake,
)
from aftersales_desktop.core.services.tools import create_tool


def _stock(shop):
    a = create_part(shop.storekeeper, code="A1", name="洗衣机排水泵", price_fen=9000)
    b = create_part(shop.storekeeper, code="B1", name="冰箱温控器", price_fen=6000)
    receive(shop.storekeeper, a.id, 10, 2500, "海尔配件")
    receive(shop.storekeeper, b.id, 4, 1800, "美的配件")
    tool = create_tool(shop.storekeeper, "GJ-01", "真空泵", price_fen=90000)
    return a, b, tool


def _counts(take_id, **by_code):
    return {row.line_id: by_code[row.code] for row in stocktake_lines(take_id) if row.code in by_code}


def test_stocktake_variance_and_posting(shop):
    a, b, tool = _stock(shop)
    take = start_stocktake(shop.storekeeper)
    assert take.number.startswith("PD2026-") and take.period == "2026-03"
    rows = {r.code: r for r in stocktake_lines(take.id)}
    assert (rows["A1"].expected_qty, rows["B1"].expected_qty, rows["GJ-01"].expected_qty) == (10, 4, 1)
    with pytest.raises(Conflict):
        start_stocktake(shop.storekeeper)  # one open at a time
    enter_counts(shop.storekeeper, take.id, _counts(take.id, A1=8, B1=5))
    with pytest.raises(Conflict) as err:
        post_stocktake(shop.supervisor, take.id)
    assert "1" in err.value.message  # the tool is not counted yet
    enter_counts(shop.storekeeper, take.id, _counts(take.id, **{"GJ-01": 0}))
    diffs = {r.code: (r.diff_qty, r.diff_value_fen) for r in stocktake_lines(take.id, differences_only=True)}
    assert diffs == {"A1": (-2, -5000), "B1": (1, 1800), "GJ-01": (-1, -90000)}
    with pytest.raises(PermissionDenied):
        post_stocktake(shop.storekeeper, take.id)  # posting needs a supervisor
    post_stocktake(shop.supervisor, take.id)
    assert Part.get_by_id(a.id).qty_on_hand == 8 and Part.get_by_id(b.id).qty_on_hand == 5
    assert Tool.get_by_id(tool.id).status == "lost"
    adjustments = StockMove.select().where(StockMove.kind == "adjust")
    assert sorted(m.qty for m in adjustments) == [-2, 1]
    with pytest.raises(Conflict):
        enter_counts(shop.storekeeper, take.id, _counts(take.id, A1=1))


def test_posting_is_all_or_nothing(shop):
    a, b, _ = _stock(shop)
    take = start_stocktake(shop.storekeeper)
    enter_counts(shop.storekeeper, take.id, _counts(take.id, A1=0, B1=7, **{"GJ-01": 1}))
    # Meanwhile all of A1 leaves through internal use: the -10 adjustment can no longer apply.
    from aftersales_desktop.core.services.stock import internal_use

    internal_use(shop.storekeeper, a.id, 5, "行政部", "清洁")
    assert Part.get_by_id(a.id).qty_on_hand == 5
    with pytest.raises(Conflict):
        post_stocktake(shop.supervisor, take.id)
    assert Part.get_by_id(b.id).qty_on_hand == 4  # B1's +3 was rolled back with the rest
    assert StockMove.select().where(StockMove.kind == "adjust").count() == 0
    void_stocktake(shop.supervisor, take.id, "盘点期间大量领用,重新盘")
    assert start_stocktake(shop.storekeeper).status == "open"


def test_counts_are_whole_numbers(shop):
    _stock(shop)
    take = start_stocktake(shop.storekeeper)
    with pytest.raises(ValidationError):
        enter_counts(shop.storekeeper, take.id, _counts(take.id, A1=-1))


def test_today_prompts_the_monthly_stocktake_until_this_months_is_posted(shop):
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.queries.today import today_counts

    a, b, tool = _stock(shop)
    assert today_counts().stocktake_due  # March has none yet
    take = start_stocktake(shop.storekeeper)
    enter_counts(shop.storekeeper, take.id, _counts(take.id, A1=10, B1=4, **{"GJ-01": 1}))
    assert today_counts().stocktake_due  # counted is not posted
    post_stocktake(shop.supervisor, take.id)
    assert not today_counts().stocktake_due
    clock.set_now(clock.now().replace(month=4, day=1))
    assert today_counts().stocktake_due  # a new month asks again


def test_the_sheet_has_every_active_part_by_bin_then_every_tool_in_order_whatever_their_number(shop):
    """The lines go in 20 a statement: 41 parts and 21 tools (more than two statements each) still give one line
    each, parts by bin and code, then tools by code, with their expected quantity and unit cost."""
    from aftersales_desktop.core.models import StocktakeLine

    parts = [create_part(shop.storekeeper, code=f"P{n:02d}", name=f"配件{n}", bin_location=f"B{(41 - n) % 7}",
                         price_fen=1000 + n) for n in range(41)]  # fmt: skip
    for part in parts[::5]:
        receive(shop.storekeeper, part.id, part.id % 4 + 1, 300 + part.id, "海尔配件")
    tools = [create_tool(shop.storekeeper, f"GJ-{n:02d}", "真空泵", price_fen=90000 + n) for n in range(21)]
    take = start_stocktake(shop.storekeeper)
    parts_now = sorted(Part.select(), key=lambda p: (p.bin_location, p.code))
    expected = ([(p.id, None, p.qty_on_hand, p.cost_fen) for p in parts_now]
                + [(None, t.id, 1, t.price_fen) for t in sorted(tools, key=lambda t: t.code)])
    lines = StocktakeLine.select().where(StocktakeLine.stocktake == take.id).order_by(StocktakeLine.id)
    assert [(x.part_id, x.tool_id, x.expected_qty, x.unit_cost_fen) for x in lines] == expected
    assert all(x.counted_qty is None for x in lines) and len(expected) == 62
    assert any(p.qty_on_hand for p in parts_now) and any(p.cost_fen for p in parts_now)
