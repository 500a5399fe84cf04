"""Upgrades keep the data: a version-1 database (tests/fixtures/schema_v1.sql) opens in the current code with
every record intact, a backup is taken before any migration, and a failing migration changes nothing."""

from __future__ import annotations

import datetime as dt
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
        (3, "钱军", "qj", "0571-88886667", "8888 6668", "上城区解放路2号", None, "", "2025-02-04 09:00:00"),
        (4, "孙红", "sh", "+86 139 0571 0004", "0571-88886669-801", "滨江区江南大道3号", None, "", "2025-02-05 09:00:00"),
    ],
    "product": [
        (1, 1, "冰箱", "海尔BCD-216", "SN-123456", "2024-05-01", "2026-05-01", "", "2025-02-01 10:05:00"),
    ],
    "service_call": [
        (1, "FW-2025-000001", "2025-02-01 10:10:00", "phone", 1, 1, "冰箱不制冷", None, "warranty", None, "",
         None, None, "closed", 2, "2025-02-02 18:00:00", 0, "2025-02-01 10:20:00", 1, "2025-02-02",
         "2025-02-03 09:00:00", 1, "", 1, "2025-02-01 10:10:00"),
        # a paid call fixed on site; its fee was typed at the visit
        (2, "FW-2025-000002", "2025-03-03 09:00:00", "phone", 2, None, "热水器不热", "city", "paid", "paid", "",
         None, None, "closed", 2, "2025-03-03 15:00:00", 0, "2025-03-03 09:05:00", 1, "2025-03-03",
         "2025-03-04 09:00:00", 1, "", 1, "2025-03-03 09:00:00"),
        # a paid call taken back: its repair card was quoted, repaired with one part and returned
        (3, "FW-2025-000003", "2025-03-05 09:00:00", "counter", 1, 1, "冰箱异响", "city", "paid", "paid", "",
         None, None, "closed", 2, None, 0, "2025-03-05 09:00:00", 1, "2025-03-08",
         "2025-03-08 17:00:00", 1, "", 1, "2025-03-05 09:00:00"),
    ],
    "visit": [
        (1, 2, 2, "2025-03-03 11:00:00", "2025-03-03 12:00:00", "更换加热管", "fixed", 5000, 2000, 3550, 1, 10550, 2,
         "2025-03-03 12:30:00"),
    ],
    "goods_receipt": [
        (1, "SJ-2025-000001", 3, 1, 1, "2025-03-05 09:00:00", "", "", "异响", "2025-03-08", "returned",
         "2025-03-08 16:00:00", "", 0, "", 1, 1),
    ],
    "repair_card": [
        (1, "XH-2025-000001", 3, 1, 2, "风扇电机轴承坏", "returned", 1, "2025-03-08", "2025-03-07 16:00:00", 1,
         "2025-03-08 09:00:00", "2025-03-08 16:00:00", 8000, 1, "2025-03-05 09:00:00", 1),
    ],
    "quote": [
        (1, 1, 1, 8000, 4500, 1000, "", "2025-03-05 11:00:00", 2, "2025-03-05 14:00:00", "王小明", "phone", 1),
    ],
    "part": [
        (1, "BX-05", "冰箱风扇电机", "bxfsdj", "BCD-216", "个", "B1-01", 2500, 4500, 1, 3, 1, "2025-01-02 09:00:00"),
    ],
    "part_issue": [
        (1, 1, 1, None, 2, 1, 2500, 4500, 1, "2025-03-06 10:00:00", 1),
    ],
    "invoice": [
        (1, 2, None, 2, 10550, 10550, "2025-03-03", "collected", "上门服务费", "2025-03-03 12:30:00",
         "2025-03-04 10:00:00"),
        (2, None, 1, 1, 13500, 0, "2025-03-08", "due", "XH-2025-000001", "2025-03-08 16:00:00", None),
    ],
    "authority_event": [
        (1, "discount", 1, "2025-03-03 12:00:00", "FW-2025-000002", 10, "老客户", None, "", None),
    ],
    "number_sequence": [(1, "call", 2025, 3)],
    "setting": [("shop_name", '"明亮家电售后服务部"'), ("shop_phone", '"0571-88886666"')],  # JSON, as v1 stores them
    "audit_entry": [
        (1, "2025-02-01 10:00:00", 1, "张经理", "create", "customer", 1, None, '{"name": "王小明"}', ""),
    ],
}


# what migration 4 changes: phones stored as digits (a local one gets the shop's area code 0571); text that
# is no phone (赵丽's "0571-8888") is kept as typed
PHONE_CHANGES: dict[str, dict[int, dict[int, object]]] = {
    "customer": {3: {3: "057188886667", 4: "057188886668"}, 4: {3: "13905710004", 4: "057188886669-801"}},
    "setting": {1: {1: '"057188886666"'}},  # rows by position in "ORDER BY 1": shop_name, shop_phone
}


def upgraded(records: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The v1 records as the current version must hold them: PHONE_CHANGES applied, everything else equal."""
    out = {table: list(rows) for table, rows in records.items()}
    for table, changes in PHONE_CHANGES.items():
        for key, columns in changes.items():
            index = key - 1 if table == "customer" else key
            row = list(out[table][index])
            for column, value in columns.items():
                row[column] = value
            out[table][index] = tuple(row)
    return out


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


# v1 columns whose values later migrations moved elsewhere (checked where they went, in their own tests)
MOVED = {("visit", "labour_fen"), ("visit", "travel_fen"), ("visit", "parts_fen"), ("repair_card", "labour_fen")}
# v1 tables stored in another form since (checked through the model): the audit trail, compact since schema 13
RESHAPED = {"audit_entry"}


def quoted(column: str) -> str:
    """A column name as an SQL identifier (a quoted string would be a constant, equal in every database)."""
    return '"' + column.replace('"', '""') + '"'


def v1_records(path: Path) -> dict[str, list[tuple]]:
    """Every row of every v1 table, read through the v1 columns only (later versions may add columns; the values
    of MOVED columns live elsewhere after an upgrade)."""
    v1 = sqlite3.connect(":memory:")
    v1.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
    tables = {
        name: [c[1] for c in v1.execute(f'PRAGMA table_info("{name}")') if (name, c[1]) not in MOVED]
        for (name,) in v1.execute("SELECT name FROM sqlite_master WHERE type = 'table'") if name not in RESHAPED
    }
    v1.close()
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT {', '.join(quoted(c) for c in columns)} FROM \"{table}\" ORDER BY 1").fetchall()
            for table, columns in tables.items()
        }
    finally:
        conn.close()


def schema_of(path: Path) -> dict[str, object]:
    """Tables (columns: name, type, not null, primary key), indexes (unique, columns), foreign keys and triggers.

    Defaults are left out: a column added by ALTER TABLE needs one in SQL, the models keep theirs in Python."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, object] = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            columns = [(c[1], c[2], c[3], c[5]) for c in conn.execute(f'PRAGMA table_info("{table}")')]
            indexes = sorted(
                (i[1], i[2], tuple(c[2] for c in conn.execute(f'PRAGMA index_info("{i[1]}")')))
                for i in conn.execute(f'PRAGMA index_list("{table}")')
            )
            keys = sorted((k[2], k[3], k[4]) for k in conn.execute(f'PRAGMA foreign_key_list("{table}")'))
            out[table] = (columns, indexes, keys)
        out["triggers"] = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        return out
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
    from aftersales_desktop.core.models import AuditEntry

    audit = AuditEntry.get_by_id(1)  # the v1 row, in the compact form (schema 13), says what it said
    assert (audit.at, audit.staff_id, audit.actor_name, audit.action, audit.entity, audit.entity_id) == (
        dt.datetime(2025, 2, 1, 10, 0), 1, "张经理", "create", "customer", 1)
    assert (audit.before, audit.after, audit.note) == (None, {"name": "王小明"}, "")
    close_database()

    assert user_version(v1_shop) == migrations.SCHEMA_VERSION
    assert v1_records(v1_shop) == upgraded(before)
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
    assert v1_records(v1_shop) == upgraded(before)
    assert len(seen) == 1 and len(seen[0]) == 1
    backup = seen[0][0]
    assert "before-v99" in backup.name
    assert user_version(backup) == 1 and v1_records(backup) == before


def test_a_failing_migration_leaves_the_database_as_it_was(v1_shop, data_dir, monkeypatch):
    before = v1_records(v1_shop)
    real = migrations.SCHEMA_VERSION  # the real migrations before the broken one run and stay

    def broken_migration(db):
        db.execute_sql('ALTER TABLE "customer" ADD COLUMN "wechat" VARCHAR(40) NOT NULL DEFAULT \'\'')
        db.execute_sql('UPDATE "customer" SET "name" = \'改坏了\'')
        raise RuntimeError("a bug in migration 99")

    monkeypatch.setitem(migrations.MIGRATIONS, 99, broken_migration)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 99)

    with pytest.raises(RuntimeError):
        open_database(v1_shop)
    close_database()

    assert user_version(v1_shop) == real
    assert v1_records(v1_shop) == upgraded(before)  # what the real migrations changed stays
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


def test_an_upgraded_version_1_database_has_the_schema_of_a_new_one(v1_shop, tmp_path):
    open_database(v1_shop)
    close_database()
    fresh = tmp_path / "fresh" / "aftersales.sqlite3"
    fresh.parent.mkdir()
    open_database(fresh)
    close_database()
    upgraded, new = schema_of(v1_shop), schema_of(fresh)
    assert upgraded.keys() == new.keys()
    for table in new:
        assert upgraded[table] == new[table], table


def test_typed_fees_and_parts_become_bill_lines(v1_shop):
    open_database(v1_shop)
    from aftersales_desktop.core.models import AuthorityEvent, BillLine, Invoice
    from aftersales_desktop.core.queries.bills import bill

    visit_bill = bill(call_id=2)
    assert [(line.kind, line.amount_fen) for line in visit_bill.lines] == [
        ("labour", 5000), ("travel", 2000), ("other", 3550)]
    assert all(line.settled and line.invoice_id == 1 for line in visit_bill.lines)
    assert visit_bill.total_fen == Invoice.get_by_id(1).amount_fen == 10550

    card_bill = bill(repair_card_id=1)  # labour and travel of the accepted quote, and the part that stayed on
    assert [(line.kind, line.qty, line.amount_fen) for line in card_bill.lines] == [
        ("labour", 1, 8000), ("travel", 1, 1000), ("part", 1, 4500)]
    assert card_bill.parts_cost_fen == 2500
    assert card_bill.total_fen == Invoice.get_by_id(2).amount_fen == 13500
    assert {line.invoice_id for line in card_bill.lines} == {2}
    assert BillLine.select().count() == 6
    event = AuthorityEvent.get_by_id(1)
    assert (event.call_id, event.repair_card_id, event.amount_fen) == (None, None, 0)
    from aftersales_desktop.core.models import Part, PartIssue

    # 以坏换新 is asked of every part the shop had; nobody has noted an old part yet
    assert Part.get_by_id(1).old_for_new is True and PartIssue.get_by_id(1).old_returned is None
    from aftersales_desktop.core.models import RepairCard, ServiceCall

    # the standards, filled from what was recorded: call 2 reached at 11:00 (due 15:00), answered within minutes;
    # call 1 never visited; the card went back on its promised day
    visited, never = ServiceCall.get_by_id(2), ServiceCall.get_by_id(1)
    assert (visited.arrived_at, visited.arrived_by_id, visited.arrival_late, visited.answer_late) == (
        dt.datetime(2025, 3, 3, 11, 0), 2, False, False)
    assert (never.arrived_at, never.arrival_late, never.answer_late) == (None, None, False)
    assert RepairCard.get_by_id(1).promise_kept is True


def test_migration_4_reads_phones_with_the_shop_area_code_and_keeps_what_is_no_phone(v1_shop):
    open_database(v1_shop)
    from aftersales_desktop.core import settings
    from aftersales_desktop.core.models import Customer
    from aftersales_desktop.core.queries.search import search

    assert settings.get("shop_phone") == "057188886666"
    assert Customer.get_by_id(2).phone2 == "0571-8888"  # not a phone: kept as typed
    for typed in ("8888 6668", "0571-8888 6668", "+86 571 88886668"):
        assert [h.record_id for h in search(typed) if h.kind == "customer"] == [3]
    close_database()
