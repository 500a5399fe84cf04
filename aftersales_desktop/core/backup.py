"""Online backups with SQLite's backup API, checked before they count, and restore.

A backup is written to a temporary name, checked with PRAGMA quick_check and only then renamed into
place, so the backups folder never holds a half-written file under a real name.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import close_database, database, open_database
from aftersales_desktop.core.errors import DatabaseCorrupt, StorageError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.paths import DataPaths

PREFIX = "aftersales-"
SUFFIX = ".sqlite3"


def _stamp() -> str:
    return clock.now().strftime("%Y%m%d-%H%M%S")


def _check_file(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(T("备份文件 {p} 已损坏。", "The backup {p} is damaged.", p=path.name)) from exc
    finally:
        conn.close()
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseCorrupt(T("备份文件 {p} 未通过检查。", "The backup {p} failed its check.", p=path.name))


def backup_database(folder: Path, label: str = "") -> Path:
    """Copy the open database into `folder`; returns the checked backup file."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{PREFIX}{_stamp()}{'-' + label if label else ''}{SUFFIX}"
    final = folder / name
    counter = 1
    while final.exists():  # two backups in one second (tests, a quick second click)
        final = folder / f"{PREFIX}{_stamp()}-{counter}{'-' + label if label else ''}{SUFFIX}"
        counter += 1
    temp = folder / (final.name + ".tmp")
    try:
        target = sqlite3.connect(str(temp))
        try:
            database.connection().backup(target)
        finally:
            target.close()
        _check_file(temp)
        os.replace(temp, final)
    except (sqlite3.Error, OSError) as exc:
        temp.unlink(missing_ok=True)
        raise StorageError(
            T("备份失败:{e}(磁盘已满或文件夹不可写?)", "The backup failed: {e} (disk full or folder not writable?)", e=exc)
        ) from exc
    except DatabaseCorrupt:
        temp.unlink(missing_ok=True)
        raise
    return final


def list_backups(folder: Path) -> list[Path]:
    """Backups newest first."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX)),
        key=lambda p: p.name,
        reverse=True,
    )


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups; returns what was removed."""
    removed = list_backups(folder)[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup_if_due(paths: DataPaths, keep: int = 30) -> Path | None:
    """On the first start of a day: back up, then keep only the newest `keep`."""
    today = clock.today().strftime("%Y%m%d")
    if any(p.name.startswith(PREFIX + today) for p in list_backups(paths.backups)):
        return None
    made = backup_database(paths.backups, label="daily")
    prune(paths.backups, keep)
    return made


def newest_good_backup(paths: DataPaths) -> Path | None:
    for candidate in list_backups(paths.backups):
        try:
            _check_file(candidate)
        except DatabaseCorrupt:
            continue
        return candidate
    return None


def restore(paths: DataPaths, backup_file: Path) -> Path | None:
    """Replace the database with `backup_file`; the current file is kept first. Returns that safety copy.

    Works when the current database is open, closed, or too damaged to open.
    """
    _check_file(backup_file)
    safety: Path | None = None
    if database.database is not None and not database.is_closed():
        safety = backup_database(paths.backups, label="before-restore")
        close_database()
    elif paths.database.exists():  # damaged or not open: keep the raw file aside, never lose it
        paths.backups.mkdir(parents=True, exist_ok=True)
        safety = paths.backups / f"damaged-{_stamp()}{SUFFIX}"
        shutil.copy2(paths.database, safety)
    temp = paths.database.with_name(paths.database.name + ".restore-tmp")
    shutil.copy2(backup_file, temp)
    for extra in ("-wal", "-shm"):
        Path(str(paths.database) + extra).unlink(missing_ok=True)
    os.replace(temp, paths.database)
    open_database(paths.database)
    return safety


def file_date(path: Path) -> dt.datetime | None:
    """When a backup was taken, read from its name."""
    try:
        return dt.datetime.strptime(path.name[len(PREFIX) : len(PREFIX) + 15], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
