"""The compact hash chain (core/audit_chain.py): one 32-byte hash a row, the previous row's taken from that row.
Edits, deletions and reordering still break it at the row they touch, and migration 11 keeps every hash a
shop stored as hex (schema 10), so a chain that held still holds and one that broke still breaks there."""

import datetime as dt

from aftersales_desktop.core import audit_chain, migrations
from aftersales_desktop.core import db as core_db
from aftersales_desktop.core.db import database
from aftersales_desktop.core.models import AuditEntry
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import unit_of_work
from aftersales_desktop.core.services.customers import create_customer, update_customer


def _trail(shop) -> list[dict]:
    customer = create_customer(shop.clerk, name="王小明", phone="139 1234 5678", area="city")
    for street in ("湖南路 8 号", "中山路 1 号", "汉中路 3 号"):
        update_customer(shop.clerk, customer.id, address=f"南京市{street}")
    return list(audit_chain.stored_rows())


def test_each_row_keeps_only_its_own_32_byte_hash(shop):
    rows = _trail(shop)
    assert [c.name for c in database.get_columns("audit_entry")] == [
        f.column_name for f in AuditEntry._meta.sorted_fields]  # no prev_hash
    stored = [bytes(r[0]) for r in database.execute_sql("SELECT row_hash FROM audit_entry ORDER BY id").fetchall()]
    assert all(len(h) == 32 for h in stored) and len(set(stored)) == len(stored)
    assert audit_chain.verify(rows) == (len(rows), None)


def test_an_edit_a_deletion_and_a_reordering_each_break_the_chain_where_they_happen(shop):
    rows = _trail(shop)
    k = len(rows) - 3
    edited = [dict(r) for r in rows]
    edited[k]["after"] = {"address": "南京市别处"}
    assert _broken(edited) == (rows[k]["id"], "content")
    assert _broken(rows[:k] + rows[k + 1:]) == (rows[k + 1]["id"], "link")  # a row taken out
    assert _broken(rows[:k] + [rows[k + 1], rows[k]] + rows[k + 2:]) == (rows[k + 1]["id"], "link")  # swapped
    renumbered = [dict(r) for r in rows]
    renumbered[k]["id"], renumbered[k + 1]["id"] = rows[k + 1]["id"], rows[k]["id"]
    assert _broken(sorted(renumbered, key=lambda r: r["id"])) == (rows[k]["id"], "content")  # ids swapped too
    hashless = [dict(r) for r in rows]
    hashless[k]["row_hash"] = rows[k]["row_hash"].hex()  # a row stored as text is not the app's
    assert _broken(hashless) == (rows[k]["id"], "missing")


def _broken(rows: list[dict]) -> tuple[int, str] | None:
    _count, found = audit_chain.verify(rows)
    return None if found is None else (found.entry_id, found.why)


def _back_to_schema_10() -> None:
    """The trail as issue 13 stored it: both hashes of every row as 64 hex characters (triggers off)."""
    if core_db.is_postgres():
        for name in core_db.engine_postgres.TRIGGERS:
            database.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON audit_entry')
        database.execute_sql("ALTER TABLE audit_entry ALTER COLUMN row_hash DROP DEFAULT")
        database.execute_sql("ALTER TABLE audit_entry ALTER COLUMN row_hash TYPE VARCHAR(64) USING encode(row_hash, 'hex')")
        core_db.engine_postgres.set_version(database.obj, 10)
    else:
        core_db.engine_sqlite.drop_triggers(database)
        database.execute_sql("UPDATE audit_entry SET row_hash = lower(hex(row_hash))")
        database.execute_sql("PRAGMA user_version = 10")
    database.execute_sql("ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64) NOT NULL DEFAULT ''")
    database.execute_sql(f"UPDATE audit_entry SET prev_hash = COALESCE((SELECT b.row_hash FROM audit_entry b "
                         f"WHERE b.id < audit_entry.id ORDER BY b.id DESC LIMIT 1), '{audit_chain.GENESIS}')")


def _pages() -> int:
    """The file's pages (SQLite only)."""
    return 0 if core_db.is_postgres() else database.execute_sql("PRAGMA page_count").fetchone()[0]


def _hex_hashes() -> list[tuple[int, str]]:
    return [(i, bytes(h).hex() if not isinstance(h, str) else h)
            for i, h in database.execute_sql("SELECT id, row_hash FROM audit_entry ORDER BY id").fetchall()]


def test_migration_11_keeps_every_hash_of_a_hex_chain_and_every_break_in_it(shop):
    with unit_of_work(shop.manager, Action.SETTINGS_EDIT) as uow:  # enough rows for the hashes to fill pages
        for n in range(400):
            uow.audit("setting", None, note=f"row {n}")
    rows = _trail(shop)
    before = _hex_hashes()
    _back_to_schema_10()
    pages = _pages()
    assert _hex_hashes() == before
    assert migrations.upgrade(database.obj, "the shop") == [n for n in sorted(migrations.MIGRATIONS) if n >= 11]
    assert _hex_hashes() == before and audit_chain.verify(audit_chain.stored_rows()) == (len(rows), None)
    assert [c.name for c in database.get_columns("audit_entry")] == [
        f.column_name for f in AuditEntry._meta.sorted_fields]
    assert core_db.engine_module().missing_triggers(database) == []
    assert core_db.is_postgres() or _pages() < pages  # the file rewritten compactly after it (VACUUM_AFTER)
    create_customer(shop.clerk, name="李四", phone="139 0000 0001", area="city")  # the trail goes on after it
    assert audit_chain.verify(audit_chain.stored_rows()) == (len(rows) + 1, None)

    _back_to_schema_10()  # now a row edited behind the app's back while the chain was hex
    k = rows[-2]["id"]
    database.execute_sql("UPDATE audit_entry SET note = 'tampered' WHERE id = ?", (k,))
    migrations.upgrade(database.obj, "the shop")
    assert _broken(list(audit_chain.stored_rows())) == (k, "content")
    assert isinstance(AuditEntry.get_by_id(k).at, dt.datetime)
