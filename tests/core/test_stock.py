"""Stock moves: never negative (also across processes), moving-average cost, issuing against started work orders."""

from __future__ import annotations

import multiprocessing

import pytest

from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import Part, PartIssue, StockMove
from aftersales_desktop.core.queries.parts import parts_charge_fen, stock_moves, work_order_parts
from aftersales_desktop.core.services.parts import create_part, update_part
from aftersales_desktop.core.services.stock import internal_use, issue_part, mark_used, receive, return_unused
from tests.factories import make_work_order


def _part(shop, code="KT-001", qty=0, cost=1000):
    part = create_part(shop.storekeeper, code=code, name="空调电容 35μF", fits_models="KFR-35GW/BP3", unit="个",
                       bin_location="A-01", price_fen=3000, min_qty=2)
    if qty:
        receive(shop.storekeeper, part.id, qty, cost, "格力配件中心")
    return Part.get_by_id(part.id)


def test_moving_average_cost(shop):
    part = _part(shop)
    receive(shop.storekeeper, part.id, 10, 1000, "供应商甲")
    receive(shop.storekeeper, part.id, 5, 1600, "供应商乙")
    part = Part.get_by_id(part.id)
    assert part.qty_on_hand == 15
    assert part.cost_fen == 1200  # (10*10.00 + 5*16.00) / 15
    _, card = make_work_order(shop.clerk)
    issue_part(shop.storekeeper, part.id, 3, repair_card_id=card.id)
    receive(shop.storekeeper, part.id, 3, 1500, "供应商甲")
    part = Part.get_by_id(part.id)
    assert part.cost_fen == 1260  # (12 * 12.00 + 3 * 15.00) / 15


def test_stock_never_negative_in_one_process(shop):
    part = _part(shop, qty=1)
    _, card = make_work_order(shop.clerk)
    with pytest.raises(Conflict) as err:
        issue_part(shop.storekeeper, part.id, 2, repair_card_id=card.id)
    assert "库存不足" in err.value.message
    assert Part.get_by_id(part.id).qty_on_hand == 1
    assert PartIssue.select().count() == 0  # nothing half-done
    with pytest.raises(Conflict):
        internal_use(shop.storekeeper, part.id, 5, "行政部", "打扫")
    issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
    assert Part.get_by_id(part.id).qty_on_hand == 0


def test_check_constraint_is_the_second_guard(shop):
    from aftersales_desktop.core.db import database

    part = _part(shop, qty=1)
    with pytest.raises(Exception) as err:
        database.execute_sql("UPDATE part SET qty_on_hand = -1 WHERE id = ?", (part.id,))
    assert "CHECK" in str(err.value).upper()


def _race_worker(url, staff_id, part_id, card_id, barrier, results):
    from aftersales_desktop.core.db import open_target
    from aftersales_desktop.core.dburl import parse
    from aftersales_desktop.core.errors import UserError
    from aftersales_desktop.core.models import Staff
    from aftersales_desktop.core.services.stock import issue_part as issue

    open_target(parse(url))
    actor = Staff.get_by_id(staff_id)
    barrier.wait(timeout=30)
    try:
        issue(actor, part_id, 1, repair_card_id=card_id)
        results.put(("ok", ""))
    except UserError as exc:
        results.put(("refused", exc.message))


def test_two_processes_race_for_the_last_unit(shop, data_dir):
    from aftersales_desktop.core.db import close_database, opened_url

    part = _part(shop, qty=1)
    _, card_a = make_work_order(shop.clerk)
    _, card_b = make_work_order(shop.clerk)
    url = opened_url()
    close_database()
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    workers = [
        ctx.Process(target=_race_worker, args=(url, shop.storekeeper.id, part.id, card.id, barrier, results))
        for card in (card_a, card_b)
    ]
    for worker in workers:
        worker.start()
    outcomes = sorted(results.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    assert [o[0] for o in outcomes] == ["ok", "refused"]
    assert "库存不足" in outcomes[1][1] and "KT-001" in outcomes[1][1]
    from aftersales_desktop.core.db import open_target
    from aftersales_desktop.core.dburl import parse

    open_target(parse(url))
    assert Part.get_by_id(part.id).qty_on_hand == 0
    assert PartIssue.select().count() == 1
    assert StockMove.select().where(StockMove.kind == "issue").count() == 1


def test_used_part_never_returns_and_unused_needs_the_physical_part(shop):
    part = _part(shop, qty=5)
    _, card = make_work_order(shop.clerk)
    issue = issue_part(shop.storekeeper, part.id, 3, repair_card_id=card.id)
    with pytest.raises(ValidationError) as err:
        return_unused(shop.storekeeper, issue.id, 1, part_in_store=False)
    assert err.value.field == "part_in_store"
    return_unused(shop.storekeeper, issue.id, 1, part_in_store=True)
    assert Part.get_by_id(part.id).qty_on_hand == 3
    with pytest.raises(ValidationError):
        return_unused(shop.storekeeper, issue.id, 3, part_in_store=True)  # only 2 left out
    mark_used(shop.technician, issue.id)
    with pytest.raises(Conflict) as err:
        return_unused(shop.storekeeper, issue.id, 1, part_in_store=True)
    assert "已用" in err.value.message
    assert Part.get_by_id(part.id).qty_on_hand == 3
    rows = work_order_parts(repair_card_id=card.id)
    assert rows[0].net_qty == 2 and rows[0].used
    assert parts_charge_fen(repair_card_id=card.id) == 2 * 3000


@pytest.mark.parametrize(
    ("card_status", "needs_quote", "accepted", "allowed"),
    [
        ("received", False, False, False),
        ("quoted", True, False, False),
        ("in_repair", True, False, False),  # needs a quote that was never accepted
        ("in_repair", True, True, True),
        ("approved", True, True, True),
        ("waiting_parts", False, False, True),
        ("repaired", False, False, False),
        ("returned", False, False, False),
    ],
)
def test_issue_only_to_a_started_repair_card(shop, card_status, needs_quote, accepted, allowed):
    part = _part(shop, qty=5)
    _, card = make_work_order(shop.clerk, card_status=card_status, needs_quote=needs_quote, quote_accepted=accepted)
    if allowed:
        issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
        assert Part.get_by_id(part.id).qty_on_hand == 4
    else:
        with pytest.raises(Conflict) as err:
            issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
        assert card.number in err.value.message
        assert Part.get_by_id(part.id).qty_on_hand == 5


@pytest.mark.parametrize(
    ("call_status", "allowed"),
    [("registered", False), ("dispatched", True), ("visited", True), ("closed", False), ("void", False)],
)
def test_issue_only_to_an_open_started_call(shop, call_status, allowed):
    part = _part(shop, qty=5)
    call, _ = make_work_order(shop.clerk, call_status=call_status)
    if allowed:
        issue = issue_part(shop.storekeeper, part.id, 2, call_id=call.id, unit_price_fen=2800)
        assert [r.unit_price_fen for r in work_order_parts(call_id=call.id)] == [2800]
        assert issue.unit_cost_fen == 1000
    else:
        with pytest.raises(Conflict):
            issue_part(shop.storekeeper, part.id, 1, call_id=call.id)


def test_internal_use_is_booked_at_cost(shop):
    part = _part(shop, qty=4, cost=500)
    move = internal_use(shop.storekeeper, part.id, 2, "行政部", "会议室空调清洗")
    assert (move.kind, move.qty, move.value_fen, move.department) == ("internal", -2, -1000, "行政部")
    with pytest.raises(ValidationError):
        internal_use(shop.storekeeper, part.id, 1, "", "x")
    rows = stock_moves(part_id=part.id).fetch(0, 10)
    assert [r.kind for r in rows] == ["internal", "receive"]
    assert stock_moves(part_id=part.id).count() == 2


def test_quantity_is_never_edited_directly_and_roles_apply(shop):
    part = _part(shop, qty=1)
    with pytest.raises(ValidationError):
        update_part(shop.storekeeper, part.id, qty_on_hand=10)
    with pytest.raises(PermissionDenied):
        receive(shop.clerk, part.id, 1, 100, "x")
    _, card = make_work_order(shop.clerk)
    with pytest.raises(PermissionDenied):
        issue_part(shop.technician, part.id, 1, repair_card_id=card.id)
    with pytest.raises(ValidationError):
        issue_part(shop.storekeeper, part.id, 0, repair_card_id=card.id)


def test_old_for_new_the_issue_records_whether_the_old_part_came_back(shop):
    from aftersales_desktop.core.services.stock import record_old_part

    part = _part(shop, qty=4)
    oil = create_part(shop.storekeeper, code="JY-01", name="机油 4L", price_fen=28000, old_for_new=False)
    receive(shop.storekeeper, oil.id, 2, 20000, "恒通汽配")
    _, card = make_work_order(shop.clerk)
    issue = issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
    oil_issue = issue_part(shop.storekeeper, oil.id, 1, repair_card_id=card.id)
    mark_used(shop.technician, issue.id)
    mark_used(shop.technician, oil_issue.id)
    rows = {r.part_code: r for r in work_order_parts(repair_card_id=card.id)}
    assert rows["KT-001"].old_missing and not rows["JY-01"].old_missing  # oil is not swapped old for new
    with pytest.raises(ValidationError) as err:
        record_old_part(shop.storekeeper, issue.id, False)  # not back: say why
    assert err.value.field == "old_note"
    with pytest.raises(PermissionDenied):
        record_old_part(shop.technician, issue.id, True)  # the store takes the old part in
    record_old_part(shop.storekeeper, issue.id, False, "客户要求保留旧件")
    row = work_order_parts(repair_card_id=card.id)[0]
    assert (row.old_returned, row.old_note, row.old_missing) == (False, "客户要求保留旧件", True)
    record_old_part(shop.storekeeper, issue.id, True)
    assert not work_order_parts(repair_card_id=card.id)[0].old_missing
    update_part(shop.storekeeper, oil.id, name="机油 5W-30 4L")  # editing keeps what the shop set
    assert Part.get_by_id(oil.id).old_for_new is False
