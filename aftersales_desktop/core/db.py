"""The one SQLite database: declared here, opened later (peewee's deferred init).

Pragmas: WAL (readers never block the writer), synchronous=FULL (a committed record survives a power cut),
foreign_keys=ON. Every write transaction begins IMMEDIATE, so two writers queue instead of failing halfway.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from aftersales_desktop.core.errors import DatabaseCorrupt, DatabaseLocked, StorageError
from aftersales_desktop.core.i18n import T

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -16000,
}

database = peewee.SqliteDatabase(None, lock_type="IMMEDIATE")


def _explain(exc: Exception, path: Path) -> StorageError:
    """Turn an sqlite/OS failure into the sentence a shop can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            T(
                "数据文件 {p} 正被另一个程序占用(可能已在另一个窗口中打开本软件)。请关闭它后再试。",
                "The data file {p} is in use by another program (perhaps this app is already open). Close it and try again.",
                p=path,
            )
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(
            T("数据文件 {p} 已损坏,无法读取。", "The data file {p} is damaged and cannot be read.", p=path)
        )
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return StorageError(
            T(
                "无法写入数据文件 {p}(只读或没有权限)。请检查文件夹权限,或选择另一个数据文件。",
                "Cannot write the data file {p} (read-only or no permission). Check the folder, or choose another file.",
                p=path,
            )
        )
    if "disk" in text and ("full" in text or "i/o" in text) or "no space" in text:
        return StorageError(
            T("磁盘已满或无法写入,数据未保存。请腾出空间后重试。", "The disk is full or failing; nothing was saved. Free some space and retry.")
        )
    return StorageError(T("数据文件 {p} 无法打开:{e}", "The data file {p} cannot be opened: {e}", p=path, e=exc))


def open_database(path: Path, check: bool = True) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database file, check it, and bring its schema up to date."""
    from aftersales_desktop.core import migrations  # late: migrations import the models

    path = Path(path)
    if database.database is not None and not database.is_closed():
        database.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        database.init(str(path), pragmas=PRAGMAS)
        database.connect(reuse_if_open=True)
        if check:
            quick_check()
        migrations.upgrade(database, path)
    except (sqlite3.Error, peewee.DatabaseError, peewee.OperationalError, OSError) as exc:
        close_database()
        raise _explain(exc, path) from exc
    except StorageError:
        close_database()
        raise
    return database


def quick_check() -> None:
    """PRAGMA quick_check; raises DatabaseCorrupt unless the answer is 'ok'."""
    try:
        rows = database.execute_sql("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        raise _explain(exc, Path(database.database)) from exc
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseCorrupt(
            T(
                "数据文件完整性检查未通过:{d}",
                "The data file failed its integrity check: {d}",
                d="; ".join(str(r[0]) for r in rows[:3]),
            )
        )


def close_database() -> None:
    if database.database is not None and not database.is_closed():
        database.close()
