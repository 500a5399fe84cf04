"""Schema versions and numbered migrations (PRAGMA user_version on SQLite, a one-row table on PostgreSQL).

Version 1 is the foundation schema. A later change adds `MIGRATIONS[n] = function(db)`; numbers only grow,
gaps are allowed. Before any migration runs, the file is backed up into the backups folder.

A PostgreSQL database is always created from the models at the current version (the server came after
version 9), so the migrations up to 9 run on SQLite files only; a migration after 9 must run on both engines
(peewee's migrator or portable SQL).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee

from aftersales_desktop.core import engine_postgres, engine_sqlite
from aftersales_desktop.core.errors import StorageError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ALL_MODELS

Migration = Callable[[peewee.Database], None]

def _sqlite(db: peewee.Database) -> peewee.SqliteDatabase:
    """Migrations up to 10 meet SQLite files only (a server database starts at the current version)."""
    assert isinstance(db, peewee.SqliteDatabase)
    return db


def _bills(db: peewee.Database) -> None:
    from aftersales_desktop.core.schema import bills

    bills.migrate(_sqlite(db))


def _parts_rules(db: peewee.Database) -> None:
    from aftersales_desktop.core.schema import parts_rules

    parts_rules.migrate(_sqlite(db))


def _phones(db: peewee.Database) -> None:
    from aftersales_desktop.core.schema import phones

    phones.migrate(_sqlite(db))


def _standards(db: peewee.Database) -> None:
    from aftersales_desktop.core.schema import standards

    standards.migrate(_sqlite(db))


def _sign_in_lockout(db: peewee.Database) -> None:
    """Staff: wrong passwords in a row and until when the account waits (services.staff.authenticate)."""
    db.execute_sql('ALTER TABLE "staff" ADD COLUMN "failed_logins" INTEGER NOT NULL DEFAULT 0')
    db.execute_sql('ALTER TABLE "staff" ADD COLUMN "locked_until" DATETIME')


def _audit_chain(db: peewee.Database) -> None:
    """The audit trail becomes a hash chain: every existing row gets its hashes, oldest first."""
    from aftersales_desktop.core import audit_chain  # late: it imports the models
    from aftersales_desktop.core.schema.compact_audit import read_v12

    db.execute_sql('ALTER TABLE "audit_entry" ADD COLUMN "prev_hash" VARCHAR(64) NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "audit_entry" ADD COLUMN "row_hash" VARCHAR(64) NOT NULL DEFAULT \'\'')
    engine_sqlite.drop_triggers(db)  # the rows are append-only: only this migration may write their hashes
    prev, last_id = audit_chain.GENESIS, 0
    while True:  # in batches: a ten-year trail does not fit in memory at once
        # read by hand, as the model of that time read them (the model knows the rows as schema 13 stores them)
        batch = read_v12(db, "audit_entry", last_id, 2000)
        if not batch:
            break
        for row in batch:
            row_hash = audit_chain.row_hash(row, prev)
            # by hand: the model knows the chain as migration 11 stores it (one hash, 32 bytes)
            db.execute_sql('UPDATE "audit_entry" SET "prev_hash" = ?, "row_hash" = ? WHERE "id" = ?',
                           (prev, row_hash, row["id"]))
            prev = row_hash
        last_id = batch[-1]["id"]
    engine_sqlite.install_triggers(db)


def _photos(db: peewee.Database) -> None:
    from aftersales_desktop.core.schema import photos

    photos.migrate(_sqlite(db))


def _search_keys(db: peewee.Database) -> None:
    from aftersales_desktop.core.schema import search_keys

    search_keys.migrate(_sqlite(db))


def _call_search_indexes(db: peewee.Database) -> None:
    """The calls of a customer and of a product are indexed with received_at and status, so the call register's
    search reads the calls of the matching customers in the register's order from the index alone (it replaces
    the plain customer_id and product_id indexes, which it also serves). Portable: both engines."""
    from aftersales_desktop.core.models import ServiceCall

    for name in ("service_call_customer_id", "service_call_product_id"):
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    db.create_tables([ServiceCall], safe=True)  # the indexes it lacks (IF NOT EXISTS); the table is there


def _compact_chain(db: peewee.Database) -> None:
    """The hash chain stored compactly: each row keeps only its own hash, as 32 bytes (core/audit_chain.py).

    Every hash stays what it was (the previous row's hash, no longer stored, is the previous row's own), so a
    chain that broke before still breaks at the same row. On both engines."""
    if _postgres(db):
        db.execute_sql('ALTER TABLE "audit_entry" DROP COLUMN "prev_hash"')
        db.execute_sql('ALTER TABLE "audit_entry" ALTER COLUMN "row_hash" DROP DEFAULT')
        db.execute_sql('ALTER TABLE "audit_entry" ALTER COLUMN "row_hash" TYPE BYTEA USING CASE WHEN "row_hash" ~ '
                       '\'^[0-9a-f]{64}$\' THEN decode("row_hash", \'hex\') ELSE \'\'::bytea END')
        db.execute_sql('ALTER TABLE "audit_entry" ALTER COLUMN "row_hash" SET DEFAULT \'\'')
        engine_postgres.install_triggers(db, list(engine_postgres.TRIGGERS))  # the chain check reads 32 bytes now
        return
    engine_sqlite.drop_triggers(db)  # they name the old columns; the rows are rewritten only here
    db.execute_sql('ALTER TABLE "audit_entry" ADD COLUMN "row_hash_bytes" BLOB NOT NULL DEFAULT \'\'')
    last_id = 0
    while True:  # in batches: a ten-year trail does not fit in memory at once
        batch = db.execute_sql('SELECT "id", "row_hash" FROM "audit_entry" WHERE "id" > ? ORDER BY "id" LIMIT 5000',
                               (last_id,)).fetchall()
        if not batch:
            break
        db.cursor().executemany('UPDATE "audit_entry" SET "row_hash_bytes" = ? WHERE "id" = ?',
                                [(_hash_bytes(text), row_id) for row_id, text in batch])
        last_id = batch[-1][0]
    db.execute_sql('ALTER TABLE "audit_entry" DROP COLUMN "prev_hash"')
    db.execute_sql('ALTER TABLE "audit_entry" DROP COLUMN "row_hash"')
    db.execute_sql('ALTER TABLE "audit_entry" RENAME COLUMN "row_hash_bytes" TO "row_hash"')
    engine_sqlite.install_triggers(db)


def _hash_bytes(stored: Any) -> bytes:
    """A stored hex hash as its 32 bytes; anything else (a row the app did not write) as no hash at all."""
    if isinstance(stored, bytes) and len(stored) == 32:
        return stored
    try:
        value = bytes.fromhex(stored) if isinstance(stored, str) and len(stored) == 64 else b""
    except ValueError:
        return b""
    return value


def _photo_blobs(db: peewee.Database) -> None:
    """The photo_blob table, where a shop on the server keeps its pictures (core/photos.py); a SQLite shop keeps
    them as files in photos/ and leaves it empty. Portable: both engines, exactly the model's table."""
    from aftersales_desktop.core.models import PhotoBlob

    db.create_tables([PhotoBlob], safe=True)


def _compact_audit(db: peewee.Database) -> None:
    from aftersales_desktop.core.schema import compact_audit

    compact_audit.migrate(db)


def _time_entry_index(db: peewee.Database) -> None:
    """A technician's time entries indexed with ended_at (it replaces the plain technician_id index, which it also
    serves): the running timer and the overlap check of every entry read a few index rows, not a technician's
    whole history. Portable: both engines."""
    from aftersales_desktop.core.models import TimeEntry

    db.execute_sql('DROP INDEX IF EXISTS "time_entry_technician_id"')
    db.create_tables([TimeEntry], safe=True)  # the index it lacks (IF NOT EXISTS); the table is there


def _today_chart_indexes(db: peewee.Database) -> None:
    """received_at indexed with status and arrival_late, closed_at with status: Today's charts count six weeks of
    calls from the index alone, where SQLite read each call's row for its status. Portable: both engines."""
    from aftersales_desktop.core.models import ServiceCall

    db.create_tables([ServiceCall], safe=True)  # the indexes it lacks (IF NOT EXISTS); the table is there


def _visit_arrival_index(db: peewee.Database) -> None:
    """Visits indexed by arrival: the daily reports read one day's visits, where SQLite scanned every visit the
    shop ever made (60 ms at 50 times the demo's size, growing with the years). Portable: both engines."""
    from aftersales_desktop.core.models import Visit

    db.create_tables([Visit], safe=True)  # the index it lacks (IF NOT EXISTS); the table is there


MIGRATIONS: dict[int, Migration] = {
    2: _bills,  # itemised bills built from the work (core/schema/bills.py)
    3: _parts_rules,  # 以坏换新 and the three quotes on goods in (core/schema/parts_rules.py)
    4: _phones,  # phone numbers stored as digits, phone2 indexed (core/schema/phones.py)
    5: _standards,  # service standards stored where they happen (core/schema/standards.py)
    6: _sign_in_lockout,  # wrong passwords counted, the wait kept (services/staff.py)
    7: _audit_chain,  # the audit trail becomes a hash chain (core/audit_chain.py)
    8: _photos,  # intake photos and the goods-in condition checklist (core/schema/photos.py)
    9: _search_keys,  # search keys and an index for every list's filter and order (core/schema/search_keys.py)
    10: _call_search_indexes,  # the call register's search by customer and product from the index alone
    11: _compact_chain,  # the hash chain keeps one 32-byte hash a row (core/audit_chain.py); both engines
    12: _photo_blobs,  # the pictures of a server shop, in the database (core/photos.py)
    13: _compact_audit,  # the audit trail stored compactly (core/schema/compact_audit.py); both engines
    14: _time_entry_index,  # a technician's time entries indexed with ended_at; both engines
    15: _today_chart_indexes,  # Today's charts counted from covering indexes of received_at and closed_at
    16: _visit_arrival_index,  # a day's visits found by their arrival (the daily reports); both engines
}

SCHEMA_VERSION = max([1, *MIGRATIONS])
# Migrations after which a file is rewritten compactly (SQLite keeps freed pages for reuse otherwise): 11 frees
# a quarter of a long-lived shop's file, which would stay that large without it; 13 frees half of it.
VACUUM_AFTER = {11, 13}


def _postgres(db: peewee.Database) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase)


def schema_version(db: peewee.Database) -> int:
    if _postgres(db):
        return engine_postgres.schema_version(db)
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_version(db: peewee.Database, version: int) -> None:
    if _postgres(db):
        engine_postgres.set_version(db, version)
        return
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def _tables(db: peewee.Database) -> list[str]:
    return engine_postgres.shop_tables(db) if _postgres(db) else db.get_tables()


def create_schema(db: peewee.Database) -> None:
    """A new, empty database at the current version."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        (engine_postgres if _postgres(db) else engine_sqlite).install_triggers(db)
        from aftersales_desktop.core.conduct_catalogue import seed_catalogue  # late: it imports the models

        seed_catalogue(db)
        _set_version(db, SCHEMA_VERSION)


def _foreign(path: Path | str) -> StorageError:
    return StorageError(T("{p} 不是本软件的数据文件。", "{p} is not a data file of this app.", p=path))


def _newer(version: int) -> StorageError:
    return StorageError(
        T(
            "数据文件来自更新的版本(结构 {v}),本程序只认识到 {c}。请安装新版本。",
            "The data file comes from a newer version (schema {v}); this program knows up to {c}. Install the newer version.",
            v=version,
            c=SCHEMA_VERSION,
        )
    )


def check_readable(db: peewee.Database, path: Path | str) -> int:
    """For a read-only open: the file's schema version, refusing a foreign, empty or newer file."""
    version = schema_version(db)
    if version == 0:
        if _tables(db):
            raise _foreign(path)
        raise StorageError(T("数据文件 {p} 是空的,没有本店的数据。", "The data file {p} is empty: it holds no shop.", p=path))
    if version > SCHEMA_VERSION:
        raise _newer(version)
    return version


def upgrade(db: peewee.Database, path: Path | str, may_create: bool = True) -> list[int]:
    """Bring the open database to SCHEMA_VERSION; returns the migration numbers applied.

    An empty file gets the schema only when `may_create` (a new shop), never in place of a shop that lived here.
    """
    version = schema_version(db)
    if version == 0:
        if _tables(db):
            raise _foreign(path)
        if not may_create:
            from aftersales_desktop.core.errors import DatabaseMissing

            raise DatabaseMissing(
                T(
                    "数据文件 {p} 里没有数据,但文件夹里有以前的备份或日志:这是一个受损的数据文件,不是新店。",
                    "The data file {p} holds nothing, but the folder has earlier backups or logs: the data file is "
                    "damaged, this is not a new shop.",
                    p=path,
                )
            )
        create_schema(db)
        return []
    if version > SCHEMA_VERSION:
        raise _newer(version)
    pending = sorted(n for n in MIGRATIONS if n > version)
    if not pending:
        return []
    if isinstance(path, Path):  # a server database is backed up by its IT person's pg_dump routine
        from aftersales_desktop.core.backup import backup_database

        backup_database(path.parent / "backups", label=f"before-v{pending[-1]}")
    for number in pending:
        with db.atomic():
            MIGRATIONS[number](db)
            _set_version(db, number)
    if not _postgres(db) and VACUUM_AFTER.intersection(pending):
        db.execute_sql("VACUUM")  # outside any transaction; the file gives back what the migration freed
    return pending
