"""Online backups with SQLite's backup API, checked before they count, and restore.

A backup is written to a temporary name, checked with PRAGMA quick_check and only then renamed into
place, so the backups folder never holds a half-written file under a real name. A backup is named
`aftersales-YYYYMMDD-HHMMSS[-n]-KIND.sqlite3`; KIND is daily, manual, before-restore or before-vN.

Two guards keep an empty or gutted shop from pushing the real data out: a daily backup holding far fewer
records than the daily backup before it is kept aside (`smaller-…`, never the "newest good backup"), and
pruning counts daily backups on their own, so manual and pre-migration copies never crowd them out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path

from aftersales_desktop.core import backup_photos, clock, engine_sqlite
from aftersales_desktop.core.db import close_database, database, is_readonly, open_database
from aftersales_desktop.core.errors import DatabaseCorrupt, StorageError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.paths import DataPaths

PREFIX = "aftersales-"
SUFFIX = ".sqlite3"
SET_ASIDE = "smaller-"  # a daily backup far smaller than the one before: kept, but never restored by default
STALE_TEMP_S = 3600  # a half-written copy older than this was cut short (the app closed during it): removed
DAMAGED = "damaged-"
# A daily backup is set aside when it holds fewer than this share of the previous daily backup's records,
# and at least SMALLER_MIN_LOST records fewer (a young shop's small changes never trip it).
SMALLER_SHARE = 0.5
SMALLER_MIN_LOST = 100


def _stamp() -> str:
    return clock.now().strftime("%Y%m%d-%H%M%S")


def _check_file(path: Path) -> None:
    try:
        if path.stat().st_size == 0:
            raise DatabaseCorrupt(T("备份文件 {p} 是空的。", "The backup {p} is empty.", p=path.name))
    except OSError as exc:
        raise DatabaseCorrupt(T("备份文件 {p} 无法读取。", "The backup {p} cannot be read.", p=path.name)) from exc
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # (SQLite's message may quote damaged bytes)
        raise DatabaseCorrupt(T("备份文件 {p} 已损坏。", "The backup {p} is damaged.", p=path.name)) from exc
    finally:
        conn.close()
    if [r[0] for r in rows] != ["ok"] or not version:
        raise DatabaseCorrupt(T("备份文件 {p} 未通过检查。", "The backup {p} failed its check.", p=path.name))


def _fail(exc: BaseException, folder: Path) -> StorageError:
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return StorageError(
            T("{p} 是一个文件,不是文件夹:备份要放进一个文件夹。", "{p} is a file, not a folder: a backup goes into a folder.",
              p=folder)
        )
    if getattr(exc, "errno", None) == 28 or "full" in str(exc).lower():
        return StorageError(T("磁盘已满,备份没有写入 {p}。", "The disk is full; no backup was written to {p}.", p=folder))
    return StorageError(
        T("备份失败:{e}(磁盘已满或文件夹不可写?)", "The backup failed: {e} (disk full or folder not writable?)", e=exc)
    )


def backup_database(folder: Path, label: str = "", *, source: Path | None = None) -> Path:
    """Copy the open database (or the data file `source`, through a connection of its own: safe in a background
    thread) into `folder`; returns the checked backup file."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise NotADirectoryError(str(folder))
    except OSError as exc:
        raise _fail(exc, folder) from exc
    for stale in folder.glob(f"{PREFIX}*{SUFFIX}.tmp"):  # a copy cut short when the app was closed during it
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > STALE_TEMP_S:
                stale.unlink()
    name = f"{PREFIX}{_stamp()}{'-' + label if label else ''}{SUFFIX}"
    final = folder / name
    counter = 1
    while final.exists():  # two backups in one second (tests, a quick second click)
        final = folder / f"{PREFIX}{_stamp()}-{counter}{'-' + label if label else ''}{SUFFIX}"
        counter += 1
    temp = folder / (final.name + ".tmp")
    try:
        if source is not None:
            engine_sqlite.copy_with_wal(source, temp)
        else:
            target = sqlite3.connect(str(temp))
            try:
                database.connection().backup(target)
            finally:
                target.close()
        _check_file(temp)
        os.replace(temp, final)
        backup_photos.after_backup(final)  # the photos it names, into the folder's photos/ (core/backup_photos.py)
    except (sqlite3.Error, OSError) as exc:
        temp.unlink(missing_ok=True)
        raise _fail(exc, folder) from exc
    except DatabaseCorrupt:
        temp.unlink(missing_ok=True)
        raise
    return final


def kind_of(path: Path) -> str:
    """daily, manual, before-restore, before-vN … from the name; 'backup' when it has no label."""
    middle = path.name[len(PREFIX) + 15 : -len(SUFFIX)].strip("-")
    parts = [p for p in middle.split("-") if p and not p.isdigit()]
    return "-".join(parts) if parts else "backup"


def list_backups(folder: Path) -> list[Path]:
    """Backups newest first (those kept aside and damaged files are not among them)."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX)),
        key=lambda p: p.name,
        reverse=True,
    )


def set_aside_backups(folder: Path) -> list[Path]:
    """Daily backups kept aside because they held far fewer records than the day before, newest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.name.startswith(SET_ASIDE) and p.name.endswith(SUFFIX)),
                  key=lambda p: p.name, reverse=True)


def prune(folder: Path, keep: int) -> list[Path]:
    """Keep the newest `keep` backups of each kind (daily ones counted on their own); returns what was removed."""
    by_kind: dict[str, list[Path]] = {}
    for path in list_backups(folder):
        by_kind.setdefault(kind_of(path), []).append(path)
    removed = [path for paths in by_kind.values() for path in paths[keep:]]
    removed += set_aside_backups(folder)[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    backup_photos.prune(folder)
    return removed


def daily_backup_if_due(paths: DataPaths, keep: int = 30, *, source: Path | None = None) -> Path | None:
    """On the first start of a day: back up, then prune. A backup far smaller than the last daily one is kept
    aside (its name starts with `smaller-`) instead of counting as a good backup."""
    today = PREFIX + clock.today().strftime("%Y%m%d")
    done = [p.name.removeprefix(SET_ASIDE) for p in set_aside_backups(paths.backups)]
    done += [p.name for p in list_backups(paths.backups) if kind_of(p) == "daily"]
    if any(name.startswith(today) for name in done):
        return None
    previous = next((p for p in list_backups(paths.backups) if kind_of(p) == "daily"), None)
    made = backup_database(paths.backups, label="daily", source=source)
    if previous is not None and far_smaller(made, previous):
        aside = made.with_name(SET_ASIDE + made.name)
        os.replace(made, aside)
        made = aside
    prune(paths.backups, keep)
    return made


def far_smaller(new: Path, old: Path) -> bool:
    """True when `new` holds far fewer records than `old` (an emptied or gutted shop, not a quiet day)."""
    try:
        now, before = engine_sqlite.row_count(new), engine_sqlite.row_count(old)
    except (sqlite3.Error, UnicodeDecodeError):
        return False  # the old backup cannot be read: nothing to compare with
    return now < before * SMALLER_SHARE and before - now >= SMALLER_MIN_LOST


def newest_good_backup(paths: DataPaths) -> Path | None:
    for candidate in list_backups(paths.backups):
        try:
            _check_file(candidate)
        except DatabaseCorrupt:
            continue
        return candidate
    return None


def _side_files(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in engine_sqlite.SIDE_FILES]


def _keep_current(paths: DataPaths) -> tuple[Path | None, bool]:
    """Keep the current data before a restore; returns (the copy, whether the current file is sound).

    An open or openable file is copied with SQLite's backup API, so records that are only in its WAL are in
    the copy; a damaged file is kept aside as it is, WAL and all.
    """
    if database.database is not None and not database.is_closed() and not is_readonly():
        safety = backup_database(paths.backups, label="before-restore")
        close_database()
        return safety, True
    close_database()
    current = paths.database
    if not current.exists() or current.stat().st_size == 0:
        return None, False
    paths.backups.mkdir(parents=True, exist_ok=True)
    final = paths.backups / f"{PREFIX}{_stamp()}-before-restore{SUFFIX}"
    temp = final.with_name(final.name + ".tmp")
    try:
        engine_sqlite.copy_with_wal(current, temp)
        _check_file(temp)
        os.replace(temp, final)
        return final, True
    except (sqlite3.Error, OSError, DatabaseCorrupt, UnicodeDecodeError):
        temp.unlink(missing_ok=True)
    kept = paths.backups / f"{DAMAGED}{_stamp()}{SUFFIX}"
    try:
        shutil.copy2(current, kept)
        for side, kept_side in zip(_side_files(current), _side_files(kept), strict=True):
            if side.exists():
                shutil.copy2(side, kept_side)
    except OSError as exc:
        raise _fail(exc, paths.backups) from exc
    return kept, False


def restore(paths: DataPaths, backup_file: Path) -> Path | None:
    """Replace the database with `backup_file`; the current data is kept first. Returns that safety copy.

    Works when the current database is open, closed (its WAL included), or too damaged to open.
    """
    _check_file(backup_file)
    safety, sound = _keep_current(paths)
    try:
        if sound:
            # Through SQLite: the live file takes the backup's pages in one transaction, its WAL stays consistent.
            engine_sqlite.copy_with_wal(backup_file, paths.database)
        else:
            temp = paths.database.with_name(paths.database.name + ".restore-tmp")
            shutil.copy2(backup_file, temp)
            for side in _side_files(paths.database):  # they belong to the damaged file, kept aside above
                side.unlink(missing_ok=True)
            os.replace(temp, paths.database)
        backup_photos.after_restore(backup_file, paths.root)  # the photos it names, back into photos/
    except (sqlite3.Error, OSError) as exc:
        raise _fail(exc, paths.root) from exc
    open_database(paths.database)
    return safety


def file_date(path: Path) -> dt.datetime | None:
    """When a backup was taken, read from its name."""
    name = path.name.removeprefix(SET_ASIDE)
    try:
        return dt.datetime.strptime(name[len(PREFIX) : len(PREFIX) + 15], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
