"""The compact hash chain (core/audit_chain.py): one hash a row (16 bytes since schema 13, 32 in rows written
before), the previous row's taken from that row. Edits, deletions and reordering still break it at the row
they touch; migration 11 kept every hash a shop stored as hex (schema 10), and migration 13 (the compact audit
rows) keeps every hash's bytes, so a chain that held still holds and one that broke still breaks there."""

import datetime as dt
import json

import peewee

from aftersales_desktop.core import audit_chain, migrations
from aftersales_desktop.core import db as core_db
from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.db import database
from aftersales_desktop.core.models import AuditEntry, AuditWord
from aftersales_desktop.core.models.audit_fields import forget_words
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.audit import audit_entries
from aftersales_desktop.core.services import unit_of_work
from aftersales_desktop.core.services.customers import create_customer, update_customer


def _trail(shop) -> list[dict]:
    customer = create_customer(shop.clerk, name="王小明", phone="139 1234 5678", area="city")
    for street in ("湖南路 8 号", "中山路 1 号", "汉中路 3 号"):
        update_customer(shop.clerk, customer.id, address=f"南京市{street}")
    return list(audit_chain.stored_rows())


def test_each_row_keeps_only_its_own_16_byte_hash(shop):
    rows = _trail(shop)
    assert [c.name for c in database.get_columns("audit_entry")] == [
        f.column_name for f in AuditEntry._meta.sorted_fields]  # no prev_hash
    stored = [bytes(r[0]) for r in database.execute_sql("SELECT row_hash FROM audit_entry ORDER BY id").fetchall()]
    assert all(len(h) == 16 for h in stored) and len(set(stored)) == len(stored)
    # the first half of the sha256 of the row's logical values (its head, then the JSON its body holds)
    assert stored[0] == audit_chain.compact_hash(rows[0], audit_chain.GENESIS)
    assert stored[1] == audit_chain.compact_hash(rows[1], stored[0].hex())
    assert stored[1] != audit_chain.compact_hash({**rows[1], "note": "changed"}, stored[0].hex())
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


class _V12Entry(peewee.Model):
    """The audit row as schema 12 stored it (text, JSON text, 32-byte hashes), to make an older shop's trail."""

    at = peewee.DateTimeField(index=True)
    staff_id = peewee.IntegerField(null=True, index=True)
    actor_name = peewee.CharField(max_length=40)
    action = peewee.CharField(max_length=40, index=True)
    entity = peewee.CharField(max_length=40)
    entity_id = peewee.IntegerField(null=True)
    before = peewee.TextField(null=True)
    after = peewee.TextField(null=True)
    note = peewee.TextField()
    row_hash = peewee.BlobField()

    class Meta:
        database = database
        table_name = "audit_entry"
        indexes = ((("entity", "entity_id"), False),)


def _compact_json(value: object) -> str | None:  # as schema 12's CompactJSONField wrote it
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _back_to_schema_12() -> list[dict]:
    """The trail as a shop of schema 12 stored it: the same rows, each with its full 32-byte hash (chained as
    that version did), in the old columns; the triggers as they were. Returns the rows' logical values."""
    rows = list(audit_chain.stored_rows())
    prev = audit_chain.GENESIS
    for row in rows:
        prev = audit_chain.row_hash(row, prev)
        row["row_hash"] = bytes.fromhex(prev)
    database.execute_sql('DROP TABLE "audit_entry"')  # its triggers go with it
    database.execute_sql('DROP TABLE "audit_word"')
    _V12Entry.create_table()
    _V12Entry.insert_many([
        {"id": r["id"], "at": r["at"], "staff_id": r["staff"], "actor_name": r["actor_name"], "action": r["action"],
         "entity": r["entity"], "entity_id": r["entity_id"], "before": _compact_json(r["before"]),
         "after": _compact_json(r["after"]), "note": r["note"], "row_hash": r["row_hash"]} for r in rows]).execute()
    core_db.engine_module().install_triggers(database)
    if core_db.is_postgres():
        core_db.engine_postgres.set_version(database.obj, 12)
    else:
        database.execute_sql("PRAGMA user_version = 12")
    forget_words()
    return rows


def _back_to_schema_10() -> None:
    """The trail as issue 13 stored it: both hashes of every row as 64 hex characters (triggers off)."""
    _back_to_schema_12()
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
    _back_to_schema_10()
    before = _hex_hashes()
    pages = _pages()
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


def _viewer(shop) -> list[tuple]:
    """What the audit viewer lists, in its words (who, what, which record, the change, the note)."""
    page = audit_entries(shop.manager)
    return [(r.id, r.at, r.actor_name, r.action, r.entity, r.entity_id, r.change, r.note, r.action_label, r.record)
            for r in page.fetch(0, page.count())]


def test_migration_13_stores_a_schema_12_trail_compactly_and_keeps_its_chain_words_and_versions(shop):
    with unit_of_work(shop.manager, Action.SETTINGS_EDIT) as uow:  # enough rows for the old columns to fill pages
        for n in range(300):
            uow.audit("setting", None, before={"shop_name": f"旧 {n}"}, after={"shop_name": f"新 {n}"}, note=f"row {n}")
    rows = _trail(shop)
    customer_id = rows[-1]["entity_id"]
    listed, version = _viewer(shop), version_of("customer", customer_id)
    old = _back_to_schema_12()
    old_hashes, pages = _hex_hashes(), _pages()
    assert all(len(h) == 64 for _i, h in old_hashes)

    assert migrations.upgrade(database.obj, "the shop") == list(range(13, migrations.SCHEMA_VERSION + 1))
    assert _hex_hashes() == old_hashes  # no hash rewritten: the chain's evidence is the shop's own
    assert audit_chain.verify(audit_chain.stored_rows()) == (len(old), None)
    assert [{k: v for k, v in r.items() if k != "row_hash"} for r in audit_chain.stored_rows()] == [
        {k: v for k, v in r.items() if k != "row_hash"} for r in old]
    assert _viewer(shop) == listed and version_of("customer", customer_id) == version
    assert [c.name for c in database.get_columns("audit_entry")] == [
        f.column_name for f in AuditEntry._meta.sorted_fields]
    assert core_db.engine_module().missing_triggers(database) == []
    assert core_db.is_postgres() or _pages() < pages  # the file rewritten compactly after it (VACUUM_AFTER)

    update_customer(shop.clerk, customer_id, address="南京市珠江路 5 号")  # the trail goes on: 16-byte hashes
    assert [len(bytes.fromhex(h)) for _i, h in _hex_hashes()][-2:] == [32, 16]
    assert audit_chain.verify(audit_chain.stored_rows()) == (len(old) + 1, None)
    assert version_of("customer", customer_id) == old[-1]["id"] + 1


def test_a_chain_of_old_32_byte_rows_then_new_16_byte_rows_verifies_and_an_edit_in_either_part_breaks_it(shop):
    _trail(shop)
    old = _back_to_schema_12()
    migrations.upgrade(database.obj, "the shop")
    create_customer(shop.clerk, name="李四", phone="139 0000 0001", area="city")
    update_customer(shop.clerk, AuditEntry.select().order_by(AuditEntry.id.desc()).first().entity_id, address="新街口")
    rows = list(audit_chain.stored_rows())
    assert [len(r["row_hash"]) for r in rows] == [32] * len(old) + [16] * (len(rows) - len(old))
    assert audit_chain.verify(rows) == (len(rows), None)
    for k in (len(old) - 2, len(old) - 1, len(old), len(rows) - 1):  # old, last old, first new, last
        edited = [dict(r) for r in rows]
        edited[k]["at"] = edited[k]["at"] + dt.timedelta(minutes=1)
        assert _broken(edited) == (rows[k]["id"], "content")
        cut = [dict(r) for r in rows]
        cut[k]["row_hash"] = bytes(cut[k]["row_hash"])[:8]  # neither 16 nor 32 bytes: not the app's
        assert _broken(cut) == (rows[k]["id"], "missing")


def test_reading_an_unknown_word_inserts_nothing_and_finds_nothing(shop):
    _trail(shop)
    words = AuditWord.select().count()
    assert not AuditEntry.select().where(AuditEntry.action == "no.such.action").exists()
    assert not AuditEntry.select().where(AuditEntry.entity.in_(["no_such_kind", "nor_this"])).exists()
    assert version_of("no_such_kind", 1) == 0
    page = audit_entries(shop.manager, text="zzz-nobody")
    assert page.count() == 0
    assert AuditWord.select().count() == words
    # a word the trail holds is found by its id, and in either case its text starts the search
    assert AuditEntry.select().where(AuditEntry.action == "customer.edit").count() == 4
    assert audit_entries(shop.manager, text="CUSTOMER.").count() == 4


def test_a_row_is_written_as_it_reads_back_so_the_chain_holds_whatever_keys_its_values_have(shop):
    """A body is hashed over its JSON, and verify hashes the JSON of the values read back: the two must be the
    same text. Text keys already are; a number key ({12: …}) reads back as text and sorts differently ("100"
    before "12"), so such a body is written in the form it reads back in."""
    nested = {"ladder": [{100: "a", 12: "b"}], "plain": {"b": 1, "a": [1, 2.5, None]}}
    with unit_of_work(shop.manager, Action.SETTINGS_EDIT) as uow:
        uow.audit("setting", None, before={"x": 1}, after={"x": 2, **nested}, note="数字键")
        uow.audit("setting", None, after={12: "twelve", 100: "hundred"})
    *_, mixed, numeric = audit_chain.stored_rows()
    assert mixed["after"] == {"x": 2, "ladder": [{"100": "a", "12": "b"}], "plain": {"b": 1, "a": [1, 2.5, None]}}
    assert list(numeric["after"]) == ["100", "12"] and mixed["note"] == "数字键"
    assert audit_chain.verify(audit_chain.stored_rows())[1] is None
    stored = [bytes(r[0]) for r in database.execute_sql(
        "SELECT row_hash FROM audit_entry ORDER BY id DESC LIMIT 2").fetchall()]
    assert stored == [audit_chain.compact_hash(numeric, stored[1].hex()), audit_chain.compact_hash(
        mixed, bytes(database.execute_sql("SELECT row_hash FROM audit_entry WHERE id = ?",
                                           (mixed["id"] - 1,)).fetchone()[0]).hex())]
