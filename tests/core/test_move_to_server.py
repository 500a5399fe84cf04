"""move-to-server: a SQLite shop onto an empty PostgreSQL database, checked, never into a shop."""

from __future__ import annotations

import shutil

import pytest

from aftersales_desktop.cli import main
from aftersales_desktop.core import numbering
from aftersales_desktop.core.db import close_database, database, open_server
from aftersales_desktop.core.errors import StorageError
from aftersales_desktop.core.models import Part, ServiceCall, StockMove
from aftersales_desktop.core.server_move import move_to_server


@pytest.fixture
def empty_server_db(pg_admin):
    from tests.pg_server import admin_sql

    admin, _ = pg_admin
    name = "aftersales_move_target"
    admin_sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    yield admin.with_name(name)
    close_database()
    admin_sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_the_demo_shop_moves_with_equal_counts_and_sums_and_its_numbers_go_on(demo_database, empty_server_db,
                                                                              tmp_path, capsys):
    folder = tmp_path / "shop"
    folder.mkdir()
    shutil.copy(demo_database, folder / "aftersales.sqlite3")
    assert main(["move-to-server", "--data-dir", str(folder), "--database", empty_server_db.url()]) == 0
    said = capsys.readouterr().out
    assert "service_call" in said and ("agree" in said or "一致" in said)
    open_server(empty_server_db)
    last_call = ServiceCall.select().order_by(ServiceCall.id.desc()).first()
    assert Part.select().where(Part.qty_on_hand < 0).count() == 0 and StockMove.select().count() > 0
    year = last_call.received_at.year
    with database.atomic():
        taken = numbering.next_number("call", last_call.received_at)
    highest = max(int(c.number.split("-")[1]) for c in ServiceCall.select() if c.number.startswith(f"JX{year}"))
    assert taken == f"JX{year}-{highest + 1:05d}"
    fresh = ServiceCall.create(**{k: v for k, v in last_call.__data__.items() if k != "id"} | {"number": taken})
    assert fresh.id == last_call.id + 1  # the ids go on after the moved ones too


def test_a_database_holding_a_shop_is_never_written_into(demo_database, pg_database):
    before = _counts(pg_database)
    with pytest.raises(StorageError) as err:
        move_to_server(demo_database, pg_database)
    assert "已经有数据" in str(err.value.message)
    assert _counts(pg_database) == before


def _counts(target):
    open_server(target)
    counts = (ServiceCall.select().count(), Part.select().count())
    close_database()
    return counts
