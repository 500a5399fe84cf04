import datetime as dt
import multiprocessing as mp

import pytest

from aftersales_desktop.core import numbering
from aftersales_desktop.core.db import database, open_target, opened_url
from aftersales_desktop.core.dburl import parse
from aftersales_desktop.core.errors import BugError


def test_numbers_are_consecutive_per_kind_and_year(db):
    with database.atomic():
        first = [numbering.next_number("call", dt.date(2026, 5, 1)) for _ in range(3)]
        other_kind = numbering.next_number("voucher", dt.date(2026, 5, 1))
        next_year = numbering.next_number("call", dt.date(2027, 1, 1))
    assert first == ["JX2026-00001", "JX2026-00002", "JX2026-00003"]
    assert other_kind == "PZ2026-00001"
    assert next_year == "JX2027-00001"


def test_a_rolled_back_save_gives_its_number_back(db):
    with pytest.raises(RuntimeError), database.atomic():
        numbering.next_number("receipt", dt.date(2026, 1, 2))
        raise RuntimeError("save failed")
    with database.atomic():
        assert numbering.next_number("receipt", dt.date(2026, 1, 2)) == "SJ2026-00001"


def test_numbers_outside_a_transaction_are_refused(db):
    with pytest.raises(BugError):
        numbering.next_number("call", dt.date(2026, 1, 2))


def _take_numbers(url: str, count: int, queue) -> None:  # runs in another process
    open_target(parse(url))
    taken = []
    for _ in range(count):
        with database.atomic():
            taken.append(numbering.next_number("call", dt.date(2026, 6, 1)))
    queue.put(taken)


def test_two_writers_never_share_or_skip_a_number(db):
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=_take_numbers, args=(opened_url(), 40, queue)) for _ in range(2)]
    for w in workers:
        w.start()
    results = [queue.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    everything = sorted(results[0] + results[1])
    assert len(set(everything)) == 80
    assert everything == [f"JX2026-{n:05d}" for n in range(1, 81)]
    last = database.execute_sql("select last from number_sequence where kind='call' and year=2026").fetchone()[0]
    assert last == 80
