"""Never lose, never fake: an emptied file is a damaged shop, `check` only reads, backups of a gutted shop are
kept aside, pruning counts daily backups on their own, restore keeps what only the WAL held, and a full disk
or a lock says what really happened."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

import pytest

from aftersales_desktop.cli import main as cli_main
from aftersales_desktop.core import backup, clock
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.errors import DatabaseLocked, DatabaseMissing, StorageError
from aftersales_desktop.core.models import Customer
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.services.customers import create_customer
from tests.factories import make_shop

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def lived_in(data_dir, frozen_now):
    """A shop with a few customers and one daily backup, closed: what a data folder looks like after a day."""
    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    shop = make_shop()
    for n in range(3):
        create_customer(shop.clerk, name=f"客户{n}", phone=f"1391234567{n}")
    good = backup.backup_database(paths.backups, label="daily")
    close_database()
    return paths, good


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_a_zero_byte_file_beside_backups_is_a_damaged_shop_not_a_new_one(lived_in):
    paths, good = lived_in
    paths.database.write_bytes(b"")
    with pytest.raises(DatabaseMissing) as err:
        open_database(paths.database)
    assert "0 字节" in err.value.message
    assert paths.database.stat().st_size == 0  # no fresh schema written in its place
    assert backup.newest_good_backup(paths) == good


def test_a_missing_file_beside_logs_only_is_a_damaged_shop(data_dir):
    paths = data_paths(data_dir).ensure()
    (paths.logs / "aftersales-desktop.log").write_text("2026-03-10 09:00 INFO daily backup\n", encoding="utf-8")
    with pytest.raises(DatabaseMissing):
        open_database(paths.database)
    assert not paths.database.exists()
    open_database(paths.database, new_shop=True)  # chosen by the person: a new shop is made
    assert paths.database.stat().st_size > 0


def test_a_first_start_in_an_empty_folder_still_makes_a_new_shop(data_dir):
    paths = data_paths(data_dir).ensure()
    (paths.logs / "aftersales-desktop.log").write_text("", encoding="utf-8")  # the log opened this start: empty
    open_database(paths.database)
    assert paths.database.stat().st_size > 0


def test_check_on_an_emptied_file_fails_and_writes_nothing(lived_in, capsys):
    paths, _good = lived_in
    paths.database.write_bytes(b"")
    assert cli_main(["check", "--data-dir", str(paths.root)]) == 1
    err = capsys.readouterr().err
    assert "0 字节" in err and "Traceback" not in err
    assert paths.database.stat().st_size == 0


def test_check_never_creates_a_shop(tmp_path, capsys):
    folder = tmp_path / "nothing-here"
    assert cli_main(["check", "--data-dir", str(folder)]) == 1
    assert "没有本店的数据文件" in capsys.readouterr().err
    assert not folder.exists()


def test_check_opens_the_file_read_only(lived_in, capsys):
    paths, _good = lived_in
    before = _fingerprint(paths.database)
    assert cli_main(["check", "--data-dir", str(paths.root)]) == 0
    assert "ok:" in capsys.readouterr().out
    assert _fingerprint(paths.database) == before


def test_check_leaves_an_older_schema_as_it_is(data_dir, capsys):
    from aftersales_desktop.core.migrations import SCHEMA_VERSION
    from tests.core.test_migrations import make_v1_database, user_version, v1_records

    database = make_v1_database(data_paths(data_dir).database)
    before = v1_records(database)
    assert cli_main(["check", "--data-dir", str(data_dir)]) == 0
    assert ("schema 1" in capsys.readouterr().out) == (SCHEMA_VERSION > 1)
    assert user_version(database) == 1 and v1_records(database) == before


def test_export_month_reads_without_changing_the_file(lived_in, tmp_path):
    paths, _good = lived_in
    before = _fingerprint(paths.database)
    assert cli_main(["export-month", "2026-03", "--data-dir", str(paths.root), "--out", str(tmp_path / "m.xlsx"),
                     "--quiet"]) == 0
    assert _fingerprint(paths.database) == before


def test_a_daily_backup_of_a_much_smaller_shop_is_kept_aside(data_dir, frozen_now):
    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    shop = make_shop()
    for n in range(60):
        create_customer(shop.clerk, name=f"客户{n}", phone=f"139{n:08d}")
    clock.set_now(dt.datetime(2026, 3, 10, 8))
    yesterday = backup.daily_backup_if_due(paths)
    close_database()
    # the file is lost and the person starts over (explicitly): today's data is a near-empty shop
    paths.database.unlink()
    open_database(paths.database, new_shop=True)
    clock.set_now(dt.datetime(2026, 3, 11, 8))

    made = backup.daily_backup_if_due(paths)

    assert made is not None and made.name.startswith(backup.SET_ASIDE)
    assert backup.newest_good_backup(paths) == yesterday  # the empty copy never counts as the newest good one
    assert made not in backup.list_backups(paths.backups)
    assert backup.daily_backup_if_due(paths) is None  # once a day, kept aside or not


def test_a_quiet_day_is_not_set_aside(shop, data_dir):
    paths = data_paths(data_dir)
    clock.set_now(dt.datetime(2026, 3, 10, 8))
    backup.daily_backup_if_due(paths)
    clock.set_now(dt.datetime(2026, 3, 11, 8))
    made = backup.daily_backup_if_due(paths)
    assert made is not None and made.name.startswith(backup.PREFIX)


def test_pruning_keeps_the_daily_backups_whatever_manual_copies_exist(shop, data_dir):
    paths = data_paths(data_dir)
    for day in range(5):
        clock.set_now(dt.datetime(2026, 3, 1, 8) + dt.timedelta(days=day))
        backup.daily_backup_if_due(paths, keep=3)
        for hour in range(4):  # busy days: the manager backs up by hand again and again
            clock.set_now(dt.datetime(2026, 3, 1, 9 + hour) + dt.timedelta(days=day))
            backup.backup_database(paths.backups, label="manual")
    clock.set_now(dt.datetime(2026, 3, 6, 9))
    backup.backup_database(paths.backups, label="before-v2")
    backup.prune(paths.backups, 3)

    kinds = [backup.kind_of(p) for p in backup.list_backups(paths.backups)]
    assert kinds.count("daily") == 3 and kinds.count("manual") == 3 and kinds.count("before-v2") == 1
    dailies = [p.name[11:19] for p in backup.list_backups(paths.backups) if backup.kind_of(p) == "daily"]
    assert dailies == ["20260305", "20260304", "20260303"]


def _write_and_die(db_file: Path, count: int) -> None:
    """A child process writes `count` customers through the services and dies without closing (kill -9 like)."""
    script = textwrap.dedent(f"""
        import datetime as dt, os
        from aftersales_desktop.core import clock
        from aftersales_desktop.core.db import open_database, database
        from aftersales_desktop.core.models import Staff
        from aftersales_desktop.core.services.customers import create_customer
        clock.set_now(dt.datetime(2026, 3, 11, 11))
        open_database({str(db_file)!r})
        database.execute_sql("PRAGMA wal_autocheckpoint = 0")
        clerk = Staff.get(Staff.role == "clerk")
        for n in range({count}):
            create_customer(clerk, name=f"WAL客户{{n}}", phone=f"137{{n:08d}}")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, timeout=300)


def test_restore_with_the_database_closed_keeps_what_only_the_wal_held(lived_in):
    paths, good = lived_in
    _write_and_die(paths.database, 40)
    wal = Path(str(paths.database) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the records are only in the WAL

    safety = backup.restore(paths, good)

    assert Customer.select().where(Customer.name.startswith("WAL客户")).count() == 0  # the backup is in place
    kept = sqlite3.connect(safety)
    assert kept.execute("SELECT COUNT(*) FROM customer WHERE name LIKE 'WAL客户%'").fetchone()[0] == 40
    kept.close()


def test_restoring_again_from_the_safety_copy_brings_the_wal_records_back(lived_in):
    paths, good = lived_in
    _write_and_die(paths.database, 15)
    safety = backup.restore(paths, good)
    backup.restore(paths, safety)
    assert Customer.select().where(Customer.name.startswith("WAL客户")).count() == 15


def test_a_damaged_file_is_kept_aside_with_its_wal(lived_in):
    paths, good = lived_in
    _write_and_die(paths.database, 5)
    wal_bytes = Path(str(paths.database) + "-wal").read_bytes()
    paths.database.write_bytes(b"scribbled over" * 500)
    safety = backup.restore(paths, good)
    assert safety is not None and safety.name.startswith(backup.DAMAGED)
    assert Path(str(safety) + "-wal").read_bytes() == wal_bytes  # never deleted, kept beside the damaged file
    assert Customer.select().count() == 3


@contextmanager
def small_disk(folder: Path, size: str):
    """A tmpfs of `size` mounted at `folder` (root only): a real full disk."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield folder
    finally:
        close_database()
        subprocess.run(["umount", "-l", str(folder)], check=False)


needs_root = pytest.mark.skipif(os.name == "nt" or os.geteuid() != 0, reason="mounting a small disk needs root")


@needs_root
def test_a_full_disk_is_named_as_the_cause(tmp_path, frozen_now):
    with small_disk(tmp_path / "disk", "1500k") as disk:
        open_database(data_paths(disk / "shop").ensure().database)
        shop = make_shop()
        with pytest.raises(StorageError) as err:
            for n in range(2000):
                create_customer(shop.clerk, name=f"客户{n}", phone="13912345678", note="很长的备注" * 190)
        assert "磁盘已满" in err.value.message and "rollback" not in err.value.message
        count = Customer.select().count()
        assert 0 < count < 2000  # what was committed before the disk filled is there


@needs_root
def test_a_failed_export_leaves_no_stray_zip_traceback(tmp_path, shop, data_dir):
    from aftersales_desktop.core.queries.month_common import Month
    from aftersales_desktop.export.excel.workbook import export_month

    for n in range(30):
        create_customer(shop.clerk, name=f"客户{n}", phone=f"139{n:08d}")
    ignored: list[object] = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = ignored.append
    try:
        failures = 0
        for free_kb in (4, 8, 12, 16):
            with small_disk(tmp_path / f"disk{free_kb}", "256k") as disk:
                filler = disk / "filler"
                filler.write_bytes(b"\0" * ((256 - free_kb) * 1024))
                try:
                    export_month(Month(2026, 3), disk / "m.xlsx")
                except StorageError as exc:
                    assert "磁盘已满" in exc.message
                    failures += 1
                gc.collect()
        assert failures
    finally:
        sys.unraisablehook = old_hook
    assert ignored == []


def test_a_writer_held_up_by_another_program_names_it(shop, data_dir, monkeypatch):
    from aftersales_desktop.core import db as dbmod

    paths = data_paths(data_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys, time
            conn = sqlite3.connect({str(paths.database)!r}, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            print("holding", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        dbmod.database.execute_sql("PRAGMA busy_timeout = 300")
        with pytest.raises(DatabaseLocked) as err:
            create_customer(shop.clerk, name="等锁的客户", phone="13912345678")
        if sys.platform.startswith("linux"):
            assert f"PID {holder.pid}" in err.value.message
        assert "占用" in err.value.message
    finally:
        holder.kill()
        holder.wait()
    assert not Customer.select().where(Customer.name == "等锁的客户").exists()
