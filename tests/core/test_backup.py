import datetime as dt
import sqlite3

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.backup import (
    backup_database,
    daily_backup_if_due,
    list_backups,
    newest_good_backup,
    prune,
    restore,
)
from aftersales_desktop.core.db import open_database
from aftersales_desktop.core.errors import DatabaseCorrupt
from aftersales_desktop.core.models import Customer
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.services.customers import create_customer


def test_backup_then_restore_brings_back_exactly_what_was_saved(shop, data_dir):
    paths = data_paths(data_dir)
    create_customer(shop.clerk, name="王小明", phone="13912345678")
    saved = backup_database(paths.backups, label="manual")
    assert sqlite3.connect(saved).execute("PRAGMA quick_check").fetchone()[0] == "ok"
    create_customer(shop.clerk, name="李四", phone="13812345678")
    assert Customer.select().count() == 2

    safety = restore(paths, saved)

    assert [c.name for c in Customer.select()] == ["王小明"]
    assert safety is not None and safety.exists()  # the state before the restore is kept too
    assert not list(paths.backups.glob("*.tmp"))


def test_daily_backup_once_a_day_and_only_the_newest_are_kept(shop, data_dir):
    paths = data_paths(data_dir)
    made = []
    for day in range(35):
        clock.set_now(dt.datetime(2026, 1, 1, 8) + dt.timedelta(days=day))
        made.append(daily_backup_if_due(paths, keep=30))
        assert daily_backup_if_due(paths, keep=30) is None  # second start the same day: nothing
    assert all(made)
    kept = list_backups(paths.backups)
    assert len(kept) == 30
    assert kept[0].name.startswith("aftersales-20260204")


def test_prune_keeps_newest(shop, data_dir):
    paths = data_paths(data_dir)
    for hour in range(5):
        clock.set_now(dt.datetime(2026, 1, 1, 8 + hour))
        backup_database(paths.backups)
    prune(paths.backups, 2)
    assert [p.name[11:24] for p in list_backups(paths.backups)] == ["20260101-1200", "20260101-1100"]


def test_restore_works_when_the_current_file_is_damaged(shop, data_dir):
    paths = data_paths(data_dir)
    create_customer(shop.clerk, name="王小明", phone="13912345678")
    good = backup_database(paths.backups)
    from aftersales_desktop.core.db import close_database

    close_database()
    paths.database.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseCorrupt):
        open_database(paths.database)
    assert newest_good_backup(paths) == good
    restore(paths, good)
    assert [c.name for c in Customer.select()] == ["王小明"]
    assert list(paths.backups.glob("damaged-*"))  # the damaged file is kept aside, never thrown away


def test_a_damaged_backup_is_skipped(shop, data_dir):
    paths = data_paths(data_dir)
    clock.set_now(dt.datetime(2026, 1, 1, 8))
    good = backup_database(paths.backups)
    clock.set_now(dt.datetime(2026, 1, 2, 8))
    bad = backup_database(paths.backups)
    bad.write_bytes(b"garbage" * 1000)
    assert newest_good_backup(paths) == good
    with pytest.raises(DatabaseCorrupt):
        restore(paths, bad)
