"""Four counters writing at once on one database: no negative stock, no number twice, no number skipped.

Runs on both engines (tests/conftest.py BOTH_ENGINES); on PostgreSQL it is the server's row locks and the
guarded UPDATE that keep the rules, on SQLite the IMMEDIATE transaction.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing

from aftersales_desktop.core.db import close_database, database, open_target, opened_url
from aftersales_desktop.core.dburl import parse
from aftersales_desktop.core.models import AuditEntry, Part, PartIssue, StockMove
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import receive
from tests.factories import make_work_order

WRITERS = 4
TRIES = 5  # each writer tries to issue one unit this many times: 20 tries for 10 units
NUMBERS = 15  # and takes this many call numbers, each in its own transaction


def _writer(url, staff_id, part_id, card_ids, barrier, results):  # runs in another process
    from aftersales_desktop.core import numbering
    from aftersales_desktop.core.errors import UserError
    from aftersales_desktop.core.models import Staff
    from aftersales_desktop.core.services.stock import issue_part

    open_target(parse(url))
    actor = Staff.get_by_id(staff_id)
    barrier.wait(timeout=60)
    issued, refused, numbers = 0, 0, []
    for n in range(max(TRIES, NUMBERS)):
        if n < TRIES:
            try:
                issue_part(actor, part_id, 1, repair_card_id=card_ids[n % len(card_ids)])
                issued += 1
            except UserError as exc:
                assert "库存不足" in exc.message, exc.message
                refused += 1
        if n < NUMBERS:
            with database.atomic():
                numbers.append(numbering.next_number("call", dt.date(2026, 6, 1)))
    results.put((issued, refused, numbers))


def test_four_writers_race_for_the_last_units_and_for_paper_numbers(shop):
    part = create_part(shop.storekeeper, code="KT-009", name="遥控器", fits_models="", unit="个", bin_location="B-02",
                       price_fen=5000, min_qty=0)
    receive(shop.storekeeper, part.id, 10, 2000, "格力配件中心")
    cards = [make_work_order(shop.clerk)[1].id for _ in range(WRITERS)]
    url = opened_url()
    close_database()
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(WRITERS), ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(url, shop.storekeeper.id, part.id, cards, barrier, results))
               for _ in range(WRITERS)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    open_target(parse(url))
    assert sum(o[0] for o in outcomes) == 10 and sum(o[1] for o in outcomes) == WRITERS * TRIES - 10
    assert Part.get_by_id(part.id).qty_on_hand == 0
    assert PartIssue.select().where(PartIssue.part == part.id).count() == 10
    assert [m.qty_after for m in StockMove.select().where(StockMove.kind == "issue").order_by(StockMove.id)] == list(
        range(9, -1, -1))
    numbers = sorted(n for o in outcomes for n in o[2])
    assert numbers == [f"JX2026-{n:05d}" for n in range(1, WRITERS * NUMBERS + 1)]
    assert AuditEntry.select().where(AuditEntry.action == "stock.issue").count() == 10
