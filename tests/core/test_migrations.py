"""Upgrades keep the data: a version-1 database (tests/fixtures/schema_v1.sql) opens in the current code with
every record intact, a backup is taken before any migration, and a failing migration changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aftersales_desktop.core import migrations
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.paths import data_paths

SCHEMA_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.sql"

# rows a shop could have written with version 1, column by column as the v1 schema has them
V1_ROWS: dict[str, list[tuple]] = {
    "staff": [
        (1, "张经理", "zjl", "manager", "x$not-a-real-hash", "13900000001", 1, None, "2025-01-02 09:00:00"),
        (2, "李师傅", "lsf", "technician", "x$not-a-real-hash", "13900000002", 1, None, "2025-01-02 09:05:00"),
    ],
    "customer": [
        (1, "王小明", "wxm", "13800138000", "", "杭州市西湖区文三路88号", None, "老客户,周末上门", "2025-02-01 10:00:00"),
        (2, "赵丽", "zl", "13800138001", "0571-8888", "拱墅区湖墅南路1号", None, "", "2025-02-03 11:00:00"),
    ],
    "product": [
        (1, 1, "冰箱", "海尔BCD-216", "SN-123456", "2024-05-01", "2026-05-01", "", "2025-02-01 10:05:00"),
    ],
    "service_call": [
        (1, "FW-2025-000001", "2025-02-01 10:10:00", "phone", 1, 1, "冰箱不制冷", None, "warranty", None, "",
         None, None, "closed", 2, "2025-02-02 18:00:00", 0, "2025-02-01 10:20:00", 1, "2025-02-02",
         "2025-02-03 09:00:00", 1, "", 1, "2025-02-01 10:10:00"),
    ],
    "number_sequence": [(1, "call", 2025, 1)],
    "setting": [("shop_name", "明亮家电售后服务部"), ("shop_phone", "0571-88886666")],
    "audit_entry": [
        (1, "2025-02-01 10:00:00", 1, "张经理", "create", "customer", 1, None, '{"name": "王小明"}', ""),
    ],
}


def make_v1_database(path: Path) -> Path:
    """A version-1 shop database at `path`: the frozen v1 schema plus the rows in V1_ROWS."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
        for table, rows in V1_ROWS.items():
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        conn.commit()
    finally:
        conn.close()
    return path


def v1_records(path: Path) -> dict[str, list[tuple]]:
    """Every row of every v1 table, read through the v1 columns only (later versions may add columns)."""
    v1 = sqlite3.connect(":memory:")
    v1.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
    tables = {
        name: [c[1] for c in v1.execute(f'PRAGMA table_info("{name}")')]
        for (name,) in v1.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    v1.close()
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f'SELECT {", ".join(map(repr, columns))} FROM "{table}" ORDER BY 1').fetchall()
            for table, columns in tables.items()
        }
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def v1_shop(data_dir: Path) -> Path:
    paths = data_paths(data_dir).ensure()
    return make_v1_database(paths.database)


def test_a_version_1_database_opens_with_every_record_intact(v1_shop, data_dir):
    before = v1_records(v1_shop)
    assert before["customer"] and before["service_call"]

    open_database(v1_shop)
    from aftersales_desktop.core.models import Customer, ServiceCall

    assert Customer.get_by_id(1).name == "王小明"
    assert ServiceCall.get_by_id(1).number == "FW-2025-000001"
    close_database()

    assert user_version(v1_shop) == migrations.SCHEMA_VERSION
    assert v1_records(v1_shop) == before
    backups = sorted(data_paths(data_dir).backups.glob("*.sqlite3"))
    if migrations.SCHEMA_VERSION > 1:  # real migrations exist: the v1 file was kept before they ran
        assert backups and v1_records(backups[0]) == before
        assert user_version(backups[0]) == 1
    else:  # nothing to migrate: no backup needed, and the file was left at version 1
        assert backups == []


def test_a_backup_is_taken_before_a_migration_runs(v1_shop, data_dir, monkeypatch):
    before = v1_records(v1_shop)
    seen: list[list[Path]] = []

    def migration_99(db):
        seen.append(sorted(data_paths(data_dir).backups.glob("*.sqlite3")))  # the backup exists already
        db.execute_sql('ALTER TABLE "customer" ADD COLUMN "wechat" VARCHAR(40) NOT NULL DEFAULT \'\'')

    monkeypatch.setitem(migrations.MIGRATIONS, 99, migration_99)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 99)

    open_database(v1_shop)
    close_database()

    assert user_version(v1_shop) == 99
    assert v1_records(v1_shop) == before
    assert len(seen) == 1 and len(seen[0]) == 1
    backup = seen[0][0]
    assert "before-v99" in backup.name
    assert user_version(backup) == 1 and v1_records(backup) == before


def test_a_failing_migration_leaves_the_database_as_it_was(v1_shop, data_dir, monkeypatch):
    before = v1_records(v1_shop)

    def broken_migration(db):
        db.execute_sql('ALTER TABLE "customer" ADD COLUMN "wechat" VARCHAR(40) NOT NULL DEFAULT \'\'')
        db.execute_sql('UPDATE "customer" SET "name" = \'改坏了\'')
        raise RuntimeError("a bug in migration 99")

    monkeypatch.setitem(migrations.MIGRATIONS, 99, broken_migration)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 99)

    with pytest.raises(RuntimeError):
        open_database(v1_shop)
    close_database()

    assert user_version(v1_shop) == 1
    assert v1_records(v1_shop) == before
    columns = [c[1] for c in sqlite3.connect(v1_shop).execute('PRAGMA table_info("customer")')]
    assert "wechat" not in columns
    assert any("before-v99" in b.name for b in data_paths(data_dir).backups.glob("*.sqlite3"))


def test_a_database_from_a_newer_version_is_refused_untouched(v1_shop):
    conn = sqlite3.connect(v1_shop)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = v1_records(v1_shop)

    from aftersales_desktop.core.errors import StorageError

    with pytest.raises(StorageError) as err:
        open_database(v1_shop)
    assert "更新的版本" in err.value.message
    assert v1_records(v1_shop) == before
