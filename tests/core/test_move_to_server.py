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
    # on the server the hash chain, the stock ledger and the fines check as they did in the file
    assert main(["check", "--database", empty_server_db.url()]) == 0
    assert "audit trail" in capsys.readouterr().out
    # the accountant's workbooks read the same from the server as from the file
    from openpyxl import load_workbook

    for command, period in (("export-month", "2026-02"), ("export-quarter", "2026-Q1")):
        assert main([command, period, "--data-dir", str(folder), "--out", str(tmp_path / "file.xlsx")]) == 0
        assert main([command, period, "--database", empty_server_db.url(), "--out", str(tmp_path / "server.xlsx")]) == 0
        books = [load_workbook(tmp_path / name) for name in ("file.xlsx", "server.xlsx")]
        assert books[0].sheetnames == books[1].sheetnames
        for name in books[0].sheetnames:
            rows = [[list(r) for r in book[name].iter_rows(values_only=True)] for book in books]
            assert rows[0] == rows[1], (command, name)
            assert command == "export-quarter" or name != "叫修" or len(rows[0]) > 100
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


def test_a_server_backup_is_a_checked_pg_dump_that_restores_into_an_empty_database(pg_database, empty_server_db,
                                                                                  frozen_now, tmp_path, capsys):
    from aftersales_desktop.core.db import opened_target, opened_url
    from aftersales_desktop.core.models import AuditEntry, Staff
    from aftersales_desktop.core.server_backup import verify
    from tests.factories import make_customer, make_shop

    open_server(pg_database)
    make_customer(make_shop().clerk, name="服务器上的客户", phone="13900000002")
    url, staff, audits = opened_url(), Staff.select().count(), AuditEntry.select().count()
    close_database()
    assert main(["backup", "--database", url, "--to", str(tmp_path / "backups")]) == 0
    dump = next((tmp_path / "backups").glob("aftersales-*-manual.dump"))
    assert not list((tmp_path / "backups").glob("*.tmp")) and "service_call" in verify(dump)
    assert main(["restore-to-server", "--database", empty_server_db.url(), "--from", str(dump)]) == 0
    open_server(empty_server_db)
    assert (Staff.select().count(), AuditEntry.select().count()) == (staff, audits) and opened_target() == empty_server_db
    close_database()
    assert main(["restore-to-server", "--database", empty_server_db.url(), "--from", str(dump)]) == 1
    assert "不是空的" in capsys.readouterr().err
    (tmp_path / "broken.dump").write_bytes(dump.read_bytes()[:200])
    with pytest.raises(Exception) as err:
        verify(tmp_path / "broken.dump")
    assert "broken.dump" in str(getattr(err.value, "message", err.value))


def test_the_daily_server_backup_is_made_once_a_day_and_the_oldest_pruned(pg_database, tmp_path, frozen_now):
    import datetime as dt

    from aftersales_desktop.core import clock
    from aftersales_desktop.core.server_backup import daily_backup_if_due, daily_dumps, verify

    with pytest.raises(StorageError) as err:
        daily_backup_if_due(pg_database, "", keep=2)  # the setting names no folder
    assert "folder" in str(err.value.text.en)
    folder = tmp_path / "daily"
    made = []
    for day in range(3):
        clock.set_now(frozen_now + dt.timedelta(days=day))
        made.append(daily_backup_if_due(pg_database, folder, keep=2))
        assert daily_backup_if_due(pg_database, folder, keep=2) is None  # the second start of the day
    assert daily_dumps(folder) == [made[2], made[1]] and not made[0].exists()
    assert "staff" in verify(made[2])
