"""Blocks nested inside a transaction (a use case inside another, the demo's day) are savepoints under one name
(core/savepoint.py): each keeps or undoes only its own work, however deep, on both engines."""

import pytest

from aftersales_desktop.core.db import database, is_postgres
from aftersales_desktop.core.models import Setting


def _keys() -> set[str]:
    return {row.key for row in Setting.select()}


def test_each_nested_block_keeps_or_undoes_only_its_own_work(db):
    with database.atomic():
        Setting.create(key="a", value=1)
        with pytest.raises(ValueError), database.atomic():
            Setting.create(key="b", value=2)
            with database.atomic():  # released into b's block, then undone with it
                Setting.create(key="c", value=3)
            raise ValueError
        with database.atomic():
            Setting.create(key="d", value=4)
            with pytest.raises(ValueError), database.atomic():
                Setting.create(key="e", value=5)
                with database.atomic():
                    Setting.create(key="f", value=6)
                raise ValueError
            with database.atomic():
                Setting.create(key="g", value=7)
        assert _keys() == {"a", "d", "g"}
    assert _keys() == {"a", "d", "g"}
    with pytest.raises(ValueError), database.atomic():  # the outer transaction itself
        Setting.create(key="h", value=8)
        with database.atomic():
            Setting.create(key="i", value=9)
        raise ValueError
    assert _keys() == {"a", "d", "g"}


def test_every_savepoint_is_the_same_statement(db):
    if is_postgres():
        pytest.skip("the statements SQLite prepares")
    seen: list[str] = []
    database.connection().set_trace_callback(seen.append)
    try:
        with database.atomic():
            for n in range(3):
                with database.atomic():
                    Setting.create(key=f"k{n}", value=n)
    finally:
        database.connection().set_trace_callback(None)
    savepoints = [sql for sql in seen if "SAVEPOINT" in sql]
    assert savepoints == ["SAVEPOINT uow", "RELEASE SAVEPOINT uow"] * 3
