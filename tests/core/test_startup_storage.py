"""Start-up on a damaged, locked, foreign or newer file: a clear sentence, never a silent empty database."""

import os
import sqlite3

import pytest

from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.errors import DatabaseCorrupt, DatabaseLocked, StorageError
from aftersales_desktop.core.instance_lock import InstanceLock
from aftersales_desktop.core.paths import data_paths


def test_a_corrupt_file_is_reported_and_left_as_it_was(data_dir):
    paths = data_paths(data_dir).ensure()
    garbage = b"\x00garbage, not sqlite\x01" * 500
    paths.database.write_bytes(garbage)
    with pytest.raises(DatabaseCorrupt) as err:
        open_database(paths.database)
    assert "损坏" in err.value.message
    assert paths.database.read_bytes() == garbage


def test_a_damaged_page_fails_quick_check(db, shop, data_dir):
    paths = data_paths(data_dir)
    close_database()
    raw = bytearray(paths.database.read_bytes())
    for offset in range(4096 * 2, min(len(raw), 4096 * 6)):  # scribble over some table pages
        raw[offset] = 0x5A
    paths.database.write_bytes(bytes(raw))
    for extra in ("-wal", "-shm"):
        (paths.database.parent / (paths.database.name + extra)).unlink(missing_ok=True)
    with pytest.raises(StorageError):
        open_database(paths.database)


def test_a_second_copy_of_the_app_is_refused(data_dir):
    paths = data_paths(data_dir).ensure()
    first = InstanceLock(paths.lock_file)
    first.acquire()
    try:
        with pytest.raises(DatabaseLocked) as err:
            InstanceLock(paths.lock_file).acquire()
        assert "已经在这台电脑上打开" in err.value.message
    finally:
        first.release()
    again = InstanceLock(paths.lock_file)
    again.acquire()  # free once the first copy is gone
    again.release()


def test_a_database_locked_by_another_program_gets_a_sentence(data_dir):
    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    close_database()
    holder = sqlite3.connect(paths.database, timeout=0)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        from aftersales_desktop.core import db as dbmod

        original = dict(dbmod.PRAGMAS)
        dbmod.PRAGMAS["busy_timeout"] = 100
        try:
            with pytest.raises(DatabaseLocked) as err:
                open_database(paths.database)
        finally:
            dbmod.PRAGMAS.clear()
            dbmod.PRAGMAS.update(original)
        assert "占用" in err.value.message
    finally:
        holder.rollback()
        holder.close()


def test_a_foreign_sqlite_file_is_not_taken_over(data_dir):
    paths = data_paths(data_dir).ensure()
    other = sqlite3.connect(paths.database)
    other.execute("create table invoices_of_another_app (x)")
    other.commit()
    other.close()
    with pytest.raises(StorageError) as err:
        open_database(paths.database)
    assert "不是本软件的数据文件" in err.value.message


def test_a_file_from_a_newer_version_is_refused(data_dir):
    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    close_database()
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as err:
        open_database(paths.database)
    assert "更新的版本" in err.value.message


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_folder_gets_a_sentence(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError):
            open_database(folder / "aftersales.sqlite3")
    finally:
        folder.chmod(0o700)
