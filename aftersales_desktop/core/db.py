"""The one database: a peewee DatabaseProxy, pointed at SQLite (the default, one PC) or PostgreSQL (several
counters on one server, core/engine_postgres.py) when a shop is opened.

SQLite pragmas: WAL (readers never block the writer), synchronous=FULL (a committed record survives a power cut),
foreign_keys=ON. Every write transaction begins IMMEDIATE, so two writers queue instead of failing halfway.
Engine-specific statements (pragmas, triggers, the file-level checks) live here and in core/engine_sqlite.py
and core/engine_postgres.py; `engine()` says which one is open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

import peewee

from aftersales_desktop.core import engine_postgres, engine_sqlite
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseMissing,
    StorageError,
    ValidationError,
)
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.savepoint import Savepoint

# How long a write waits for another writer (another window, the CLI, a backup) before it gives up: long
# enough that writers queue behind each other instead of failing, short enough that a program holding the
# file for good is reported.
WRITE_WAIT_MS = 20000

# journal_mode=wal is set once the file is known to be the shop's (open_database): switching a file to WAL
# rewrites its header, and another program's file, or one from a newer version, is never changed.
# SQLite's own page cache, in KiB (a negative cache_size). The system's file cache holds the file's pages too, so
# a larger one saves little: at the 50x shop, searches and list pages measured the same with 16, 8 and 4 MiB,
# and the window with every area open took 144 MiB with 16 MiB, 136 with 8 (133 at the 10-year shop; issue 15's
# goal is 150).
PAGE_CACHE_KIB = 8000
PRAGMAS = {
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": WRITE_WAIT_MS,
    "cache_size": -PAGE_CACHE_KIB,
}
# A read-only open never changes the file: no journal-mode switch, and the connection refuses writes.
# A worker thread's connection (gui/background.py) does one read and is closed: its pages are read once, and a
# cache as large as the GUI thread's only adds to the window's memory while it runs.
WORKER_PAGE_CACHE_KIB = 1000
READONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": WRITE_WAIT_MS, "cache_size": -PAGE_CACHE_KIB, "query_only": 1}



# Prepared statements sqlite3 keeps per connection (its default is 128). The app runs some five hundred
# different statement texts (every list page, service and kept query); past 128 the least recently used are
# parsed and planned again each time. A prepared statement is a few kilobytes.
STATEMENT_CACHE = 1024


class _Database(peewee.SqliteDatabase):
    """peewee's SqliteDatabase, except that a value SQLite cannot take (a number past 2^63, a lone surrogate)
    becomes a sentence for the person instead of a crash, wherever a query or a write passes it, and a savepoint
    has one name (core/savepoint.py)."""

    def savepoint(self) -> Any:
        return Savepoint(self)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except OverflowError as exc:
            raise ValidationError(T("输入的数字太大,无法保存。", "A number entered is far too large to store.")) from exc
        except UnicodeEncodeError as exc:
            raise ValidationError(
                T("输入的文字里有无法保存的字符(残缺的表情符号?),请删去后再试。",
                  "The text entered holds a character that cannot be stored (a broken emoji?); remove it and try again.")
            ) from exc


M = TypeVar("M", bound=peewee.Model)



class _ShopDatabase(peewee.DatabaseProxy):
    """The open shop's database (a file or a server), as the models and services reach it; its savepoints have
    one name (core/savepoint.py: `atomic()` inside a transaction asks the proxy, not the database, for one)."""

    def savepoint(self) -> Any:
        return Savepoint(self)


database = _ShopDatabase()
database.initialize(_Database(None, lock_type="IMMEDIATE"))  # nothing open yet
_opened: dict[str, object] = {"path": None, "readonly": False, "target": None}


def small_page_cache() -> None:
    """This thread's connection keeps a small page cache (a worker's single read, gui/background.py); the
    server keeps its own cache, so nothing to set there."""
    if not is_postgres():
        database.execute_sql(f"PRAGMA cache_size = -{WORKER_PAGE_CACHE_KIB}")


def engine() -> str:
    """'postgresql' when a server database is open, else 'sqlite'."""
    return "postgresql" if isinstance(database.obj, peewee.PostgresqlDatabase) else "sqlite"


def is_postgres() -> bool:
    return engine() == "postgresql"


def engine_module() -> Any:
    """The module with the open engine's own statements (triggers …): engine_sqlite or engine_postgres."""
    return engine_postgres if is_postgres() else engine_sqlite


def opened_target() -> Target | None:
    """The server database open now (None for a SQLite file)."""
    target = _opened["target"]
    return target if isinstance(target, Target) else None


def opened_url() -> str:
    """The open database as a URL another process can open (never with the password)."""
    target = opened_target()
    return target.url() if target else f"sqlite:///{opened_path()}"


def opened_name() -> str:
    """What is open, for sentences and cache keys: the file path or the URL without its password."""
    target = opened_target()
    return target.url() if target else str(opened_path() or database.database or "")


def begin_write() -> None:
    """At the start of a write transaction: on PostgreSQL, one writer at a time, as SQLite's IMMEDIATE
    transaction does for the file. The audit trail's hash chain needs it (each row carries the hash of the one
    before, so two writers must not both read the same last row), and it keeps the order of row locks free of
    deadlocks; a shop's few counters never notice the queue."""
    if is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(?)", (engine_postgres.WRITE_LOCK,))


@contextmanager
def unsynced_writes() -> Iterator[None]:
    """For filling a new, empty file in one go (the demo shop only): commits do not wait for the disk
    (synchronous=OFF) and SQLite's temporary files stay in memory. A power cut meanwhile may damage that file,
    which holds nothing yet but what is being made and is made again; the shop's own writes always keep
    synchronous=FULL (back when the block ends).
    On PostgreSQL nothing changes."""
    if is_postgres() or is_readonly():
        yield
        return
    database.execute_sql("PRAGMA synchronous = OFF")
    # and SQLite's own scratch files in memory: every use case of the demo's day is a savepoint, whose journal of
    # the pages it changes went to a temporary file (twenty writes to it a use case: a tenth of the demo's time)
    database.execute_sql("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA synchronous = {PRAGMAS['synchronous']}")
        database.execute_sql("PRAGMA temp_store = DEFAULT")


def read_snapshot() -> Any:
    """A read-only transaction in which every query sees the same data (a workbook's sheets): SQLite's DEFERRED
    transaction, PostgreSQL's REPEATABLE READ."""
    return database.atomic("REPEATABLE READ" if is_postgres() else "DEFERRED")


def lock_rows(query: peewee.ModelSelect[M]) -> peewee.ModelSelect[M]:
    """Rows read to be changed in this transaction: locked on PostgreSQL; SQLite's IMMEDIATE transaction
    already holds the whole file. NO KEY UPDATE (what an UPDATE of plain columns takes) rather than UPDATE:
    it does not wait for the key-share locks that inserting a row referring to this one takes, so two
    writers that both inserted such a row queue instead of deadlocking."""
    lock = cast(bool, "FOR NO KEY UPDATE")  # peewee takes the lock clause as a string too; its stubs say bool
    return query.for_update(lock) if is_postgres() else query


_local_folder: Path | None = None  # this PC's own folder (its logs, backups, photo cache), when not the default


def use_local_folder(path: Path | None) -> None:
    """This PC's own folder (`--data-dir`): a server shop keeps its photo cache there."""
    global _local_folder
    _local_folder = path


def local_folder() -> Path | None:
    return _local_folder


def opened_path() -> Path | None:
    """The data file the database was last opened on (a plain path also for a read-only open)."""
    path = _opened["path"]
    return path if isinstance(path, Path) else None


def is_readonly() -> bool:
    return bool(_opened["readonly"])


def _cause(exc: BaseException) -> BaseException:
    """The failure that started it: a full disk stays the cause even when the rollback after it failed too."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for candidate in reversed(chain):  # the oldest first: it is what went wrong before anything else
        text = str(candidate).lower()
        if isinstance(candidate, (sqlite3.Error, peewee.PeeweeException, OSError)) and not (
            "rollback" in text or "no transaction is active" in text
        ):
            return candidate
    return exc


def _explain(exc: BaseException, path: Path) -> StorageError:
    """Turn an sqlite/OS failure into the sentence a shop can act on."""
    exc = _cause(exc)
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        holders = engine_sqlite.file_holders(path)
        if holders:
            return DatabaseLocked(
                T(
                    "数据文件 {p} 正被另一个程序占用:{who}。请关闭它后再试,刚才的操作没有保存。",
                    "The data file {p} is held by another program: {who}. Close it and try again; nothing was saved.",
                    p=path, who=", ".join(holders),
                )
            )
        return DatabaseLocked(
            T(
                "数据文件 {p} 正被另一个程序占用(可能已在另一个窗口中打开本软件)。请关闭它后再试。",
                "The data file {p} is in use by another program (perhaps this app is already open). Close it and try again.",
                p=path,
            )
        )
    if "disk" in text and ("full" in text or "i/o" in text) or "no space" in text or getattr(exc, "errno", 0) == 28:
        return StorageError(
            T("磁盘已满或无法写入,数据未保存。请腾出空间后重试。", "The disk is full or failing; nothing was saved. Free some space and retry.")
        )
    # a damaged schema can make SQLite's own message undecodable (it quotes the damaged bytes)
    if "not a database" in text or "malformed" in text or "corrupt" in text or isinstance(exc, UnicodeDecodeError):
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
    return StorageError(T("数据文件 {p} 无法打开:{e}", "The data file {p} cannot be opened: {e}", p=path, e=exc))


def shop_lived_here(folder: Path) -> bool:
    """True when the folder shows a shop used it: a backup, or a log with something in it."""
    for sub, wanted in (("backups", ".sqlite3"), ("logs", "")):
        place = folder / sub
        try:
            if place.is_dir() and any(
                p.is_file() and p.name.endswith(wanted) and p.stat().st_size > 0 for p in place.iterdir()
            ):
                return True
        except OSError:
            continue
    return False


def _missing(path: Path) -> DatabaseMissing:
    if path.exists():
        return DatabaseMissing(
            T(
                "数据文件 {p} 是空的(0 字节),但文件夹里有以前的备份或日志:这是一个受损的数据文件,不是新店。",
                "The data file {p} is empty (0 bytes), but the folder holds earlier backups or logs: the data file is "
                "damaged, this is not a new shop.",
                p=path,
            )
        )
    return DatabaseMissing(
        T(
            "数据文件 {p} 不见了,但文件夹里有以前的备份或日志。",
            "The data file {p} is missing, but the folder holds earlier backups or logs.",
            p=path,
        )
    )


def _is_empty(path: Path) -> bool:
    try:
        return not path.exists() or path.stat().st_size == 0
    except OSError:
        return False


def open_database(
    path: Path, check: bool = True, *, readonly: bool = False, new_shop: bool = False
) -> peewee.Database:
    """Open the database file, check it, and bring its schema up to date.

    A missing or empty file becomes a new shop only when the folder shows no earlier life (no backup, no log)
    or when `new_shop` says the person chose to start empty; otherwise it is a damaged shop (DatabaseMissing).
    `readonly` opens the file as it is: nothing is created, migrated or written.
    """
    from aftersales_desktop.core import migrations  # late: migrations import the models

    path = Path(path)
    close_database()
    try:
        if readonly:
            if _is_empty(path):
                if shop_lived_here(path.parent):
                    raise _missing(path)
                raise StorageError(
                    T("文件夹 {p} 里没有本店的数据文件。", "There is no shop data in {p}.", p=path.parent)
                )
            database.initialize(_Database(engine_sqlite.readonly_uri(path), uri=True, pragmas=READONLY_PRAGMAS,
                                          lock_type="IMMEDIATE", cached_statements=STATEMENT_CACHE))
        else:
            fresh = _is_empty(path)
            if fresh and not new_shop and shop_lived_here(path.parent):
                raise _missing(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            database.initialize(_Database(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE",
                                          cached_statements=STATEMENT_CACHE))
        _opened.update(path=path, readonly=readonly, target=None)
        database.connect(reuse_if_open=True)
        if check:
            quick_check()
        if readonly:
            migrations.check_readable(database.obj, path)
        else:
            migrations.upgrade(database.obj, path, may_create=new_shop or not shop_lived_here(path.parent))
            database.execute_sql("PRAGMA journal_mode = wal")
            from aftersales_desktop.core import integrity  # late: it imports the services

            integrity.forget_restored()
            integrity.restore_protection()  # missing audit triggers go back in, and that is written down
    except (sqlite3.Error, peewee.DatabaseError, peewee.OperationalError, OSError, UnicodeDecodeError) as exc:
        close_database()
        raise _explain(exc, path) from exc
    except StorageError:
        close_database()
        raise
    return database.obj


def quick_check() -> None:
    """PRAGMA quick_check; raises DatabaseCorrupt unless the answer is 'ok' (the server checks its own pages)."""
    if is_postgres():
        return
    try:
        rows = database.execute_sql("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, peewee.DatabaseError, UnicodeDecodeError) as exc:
        raise _explain(exc, opened_path() or Path(str(database.database))) from exc
    _judge(rows)


def _judge(rows: list[tuple]) -> None:
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseCorrupt(
            T(
                "数据文件完整性检查未通过:{d}",
                "The data file failed its integrity check: {d}",
                d="; ".join(str(r[0]) for r in rows[:3]),
            )
        )


def check_file(path: Path) -> None:
    """PRAGMA quick_check of the data file on a read-only connection of its own (the app's background check
    after the window shows, from another thread); raises DatabaseCorrupt unless the answer is 'ok'."""
    try:
        rows = engine_sqlite.quick_check(path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise _explain(exc, path) from exc
    _judge(rows)


def open_server(target: Target, *, readonly: bool = False, new_shop: bool = True) -> peewee.Database:
    """Open the shop's PostgreSQL database and bring its schema up to date (an empty database becomes a new
    shop when `new_shop`). Every failure is a StorageError with a sentence (server down, wrong password …)."""
    from aftersales_desktop.core import migrations  # late: migrations import the models

    close_database()
    try:
        database.initialize(engine_postgres.make_database(target))
        _opened.update(path=None, readonly=readonly, target=target)
        database.connect(reuse_if_open=True)
        if readonly:
            migrations.check_readable(database.obj, target.url())
        else:
            migrations.upgrade(database.obj, target.url(), may_create=new_shop)
            from aftersales_desktop.core import integrity  # late: it imports the services

            integrity.forget_restored()
            integrity.restore_protection()  # missing audit triggers go back in, and that is written down
    except (peewee.DatabaseError, peewee.InterfaceError, OSError) as exc:
        close_database()
        raise engine_postgres.explain(exc, target) from exc
    except StorageError:
        close_database()
        raise
    return database.obj


def open_target(target: Target, *, readonly: bool = False, new_shop: bool = False) -> peewee.Database:
    """Open what a database URL names: a SQLite file or a server database."""
    if target.is_postgres:
        return open_server(target, readonly=readonly, new_shop=True)
    assert target.path is not None
    return open_database(target.path, readonly=readonly, new_shop=new_shop)


def explain(exc: BaseException) -> StorageError:
    """A failure of the open database as a sentence (for unit_of_work and the commands)."""
    target = opened_target()
    if target is not None:
        return engine_postgres.explain(exc, target)
    return _explain(exc, opened_path() or Path(str(database.database or "?")))


def close_database() -> None:
    if database.obj is not None and database.database is not None and not database.is_closed():
        database.close()
