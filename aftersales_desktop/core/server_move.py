"""Moving a shop from its SQLite file onto the shop's PostgreSQL server, all or nothing.

The target must be an empty database (no table of ours, or our tables without a row): a database that already
holds a shop is never written into. Everything happens in one server transaction — the schema, every row
(COPY, table by table, parents first, in id order so records pointing at older ones of their kind find them),
the id sequences moved past the highest id, the pictures of photos/ into the photo_blob table — and before it
commits, every table's row count and every money and stock sum is compared with the file's. A difference rolls it
all back. A picture the file names whose file is gone (or damaged) stays missing on the server too, and is counted.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from aftersales_desktop.core import engine_postgres, engine_sqlite, photos
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.errors import StorageError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ALL_MODELS, BaseModel, PhotoBlob
from aftersales_desktop.core.models.base import MoneyField

# Stock quantities summed beside the money: on hand, moved, issued, counted.
STOCK_COLUMNS = ("qty_on_hand", "qty", "qty_after", "counted_qty", "expected_qty")


@dataclass
class Moved:
    """What was moved and checked: rows per table, the sums compared, the seconds it took."""

    rows: dict[str, int] = field(default_factory=dict)
    sums: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    photos_missing: int = 0  # pictures the file names that its photos/ folder lacks

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _summed(model: type[BaseModel]) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields
            if isinstance(f, MoneyField) or f.column_name in STOCK_COLUMNS]


def _figures(execute: Callable[[str], Any]) -> tuple[dict[str, int], dict[str, int]]:
    """Every table's row count and every money/stock column's sum, through `execute` (sql -> cursor): the
    SQLite file's connection on one side, the server's on the other, so both are counted the same way."""
    rows: dict[str, int] = {}
    sums: dict[str, int] = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        rows[table] = int(execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
        for column in _summed(model):
            sums[f"{table}.{column}"] = int(execute(f'SELECT COALESCE(SUM("{column}"), 0) FROM "{table}"').fetchone()[0])
    return rows, sums


def _refuse_a_shop(db: peewee.Database, target: Target) -> None:
    tables = engine_postgres.shop_tables(db)
    ours = {m._meta.table_name for m in ALL_MODELS}
    holding = [t for t in tables if t in ours and db.execute_sql(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]
    foreign = [t for t in tables if t not in ours]
    if holding or foreign:
        raise StorageError(T(
            "数据库 {d} 里已经有数据({t}…),不会往里写。请在服务器上新建一个空数据库再搬。",
            "The database {d} already holds data ({t}…); nothing is written into it. Create a new, empty database "
            "on the server and move into that.",
            d=target.name, t=", ".join((holding or foreign)[:3]),
        ))


def _convert(model: type[BaseModel]) -> list[Callable[[Any], Any] | None]:
    """Per column: how a raw SQLite value becomes what PostgreSQL's COPY reads (booleans are 0/1 in the file)."""
    return [bool if isinstance(f, peewee.BooleanField) else None for f in model._meta.sorted_fields]


def _copy_table(conn: sqlite3.Connection, cursor: object, model: type[BaseModel]) -> None:
    table = model._meta.table_name
    columns = [f.column_name for f in model._meta.sorted_fields]
    names = ", ".join(f'"{c}"' for c in columns)
    converters = _convert(model)
    order = ' ORDER BY "id"' if "id" in columns else ""
    source = conn.execute(f'SELECT {names} FROM "{table}"{order}')
    with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:  # type: ignore[attr-defined]
        for row in source:
            copy.write_row([v if v is None or c is None else c(v) for v, c in zip(row, converters, strict=True)])


def _copy_photos(conn: sqlite3.Connection, cursor: Any, folder: Path) -> tuple[int, int]:
    """The pictures the file's photo rows name, from photos/ into photo_blob, one at a time (a ten-year shop's
    pictures need not fit in memory); returns (how many pictures the server must now hold, how many the folder
    lacks)."""
    names = sorted({row[0] for row in conn.execute('SELECT DISTINCT "sha256" FROM "photo"')})
    found = {row[0] for row in conn.execute('SELECT "sha256" FROM "photo_blob"')}  # copied with its table
    missing = 0
    for sha in names:
        path = folder / photos.file_name(sha)
        if not photos.is_sound(path, sha):
            missing += 1
            continue
        found.add(sha)
        jpeg = path.read_bytes()
        cursor.execute('INSERT INTO "photo_blob" ("sha256", "jpeg", "size_bytes") VALUES (%s, %s, %s) '
                       'ON CONFLICT ("sha256") DO NOTHING', (sha, jpeg, len(jpeg)))
    return len(found), missing


def move_to_server(source: Path, target: Target) -> Moved:
    """Copy the shop in `source` (a SQLite file at the current schema) into the empty server database."""
    from aftersales_desktop.core.migrations import SCHEMA_VERSION

    started = time.monotonic()
    if not Path(source).is_file():
        raise StorageError(T("找不到数据文件 {p}。", "The data file {p} does not exist.", p=source))
    conn = sqlite3.connect(engine_sqlite.readonly_uri(Path(source)), uri=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version != SCHEMA_VERSION:
            raise StorageError(T(
                "数据文件 {p} 的结构是第 {v} 版,本程序是第 {c} 版:请先用本程序打开一次(会自动升级),再搬。",
                "The data file {p} has schema {v}, this program {c}: open it once with this program (it upgrades "
                "it), then move it.", p=source, v=version, c=SCHEMA_VERSION))
        want_rows, want_sums = _figures(conn.execute)
        db = engine_postgres.make_database(target)
        try:
            db.connect()
        except peewee.DatabaseError as exc:
            raise engine_postgres.explain(exc, target) from exc
        import psycopg  # late: only a move to the server needs it

        try:
            moved = _move(conn, db, target, want_rows, want_sums, photos.folder_of(Path(source).parent))
        except (peewee.DatabaseError, psycopg.Error) as exc:
            raise engine_postgres.explain(exc, target) from exc
        finally:
            db.close()
    finally:
        conn.close()
    moved.seconds = time.monotonic() - started
    return moved


def _move(conn: sqlite3.Connection, db: peewee.Database, target: Target, want_rows: dict[str, int],
          want_sums: dict[str, int], photo_folder: Path) -> Moved:
    from aftersales_desktop.core.migrations import SCHEMA_VERSION

    with db.atomic():
        _refuse_a_shop(db, target)
        with db.bind_ctx(ALL_MODELS):
            db.create_tables(ALL_MODELS)  # safe=True: an empty schema made earlier stays
        engine_postgres.install_triggers(db)  # the hash chain's rows come over with their hashes
        cursor = db.cursor()
        for model in ALL_MODELS:
            _copy_table(conn, cursor, model)
        blobs, photos_missing = _copy_photos(conn, cursor, photo_folder)
        # the file's photo_blob is empty (its pictures are files): the server must hold one row per picture found
        want_rows[PhotoBlob._meta.table_name] = blobs
        for model in ALL_MODELS:
            if isinstance(model._meta.primary_key, peewee.AutoField):
                table = model._meta.table_name
                # the next record of each kind gets the id after the highest moved one
                db.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), COALESCE(MAX(id), 1), "
                    f'MAX(id) IS NOT NULL) FROM "{table}"')
        engine_postgres.set_version(db, SCHEMA_VERSION)
        got_rows, got_sums = _figures(db.execute_sql)
        differ = [k for k in want_rows if want_rows[k] != got_rows.get(k)]
        differ += [k for k in want_sums if want_sums[k] != got_sums.get(k)]
        if differ:
            raise StorageError(T(
                "搬到服务器后核对不一致({k}),已全部撤销,服务器上什么也没写。",
                "After the move the figures differ ({k}); everything was undone, nothing was written on the server.",
                k=", ".join(differ[:5])))
    return Moved(rows=got_rows, sums=got_sums, photos_missing=photos_missing)
