"""Migration 13: the audit trail stored compactly (core/models/audit_fields.py), on both engines.

A ten-year trail was three quarters of the file: its time as text, who/what/which kind as text in every row,
before and after as JSON text, three indexes nothing needs. The rows move, oldest first and in batches, into a
table of the new shape made from the model (so a migrated database has exactly a new one's schema): the same
ids, `at` as seconds, the words as ids into audit_word, before/after/note as one compressed body — and the
same hash bytes. No hash is rewritten: the logical values the hashes cover are unchanged, so the chain a shop
had verifies as it did (a break found before is still found, at the same row), and its rows keep their 32
bytes; rows written from now on store 16.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import peewee

from aftersales_desktop.core import engine_postgres, engine_sqlite
from aftersales_desktop.core.models.audit_fields import EPOCH, encode, forget_words

OLD = "audit_entry_v12"
BATCH = 5000
# the indexes of the old table that the new one has no more (action, staff_id) or makes anew (at, entity)
OLD_INDEXES = ("audit_entry_action", "audit_entry_staff_id", "audit_entry_at", "audit_entry_entity_entity_id")


def _datetime(at: Any) -> Any:
    """The old `at` as the old model read it (DATETIME text in a file, a timestamp on the server)."""
    # the text forms peewee's DateTimeField reads: with or without fractions of a second, or a date alone
    return at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))


def _json(text: Any) -> Any:
    # as the old JSON columns were read
    return None if text is None else json.loads(text)


def read_v12(db: peewee.Database, table: str, after_id: int, limit: int) -> list[dict[str, Any]]:
    """The next `limit` rows after `after_id` of an audit table of schema 7 to 12, as that schema's model read
    them: the logical values the hash chain covers (core/audit_chain.py LOGICAL) and the stored hash."""
    hashed = "row_hash" in {c.name for c in db.get_columns(table)}
    rows = db.execute_sql(
        'SELECT "id", "at", "staff_id", "actor_name", "action", "entity", "entity_id", "before", "after", "note"'
        f'{", " + chr(34) + "row_hash" + chr(34) if hashed else ""} FROM "{table}" WHERE "id" > ? ORDER BY "id" '
        f"LIMIT {int(limit)}", (after_id,)).fetchall()
    return [{"id": r[0], "at": _datetime(r[1]), "staff": r[2], "actor_name": r[3], "action": r[4], "entity": r[5],
             "entity_id": r[6], "before": _json(r[7]), "after": _json(r[8]), "note": r[9],
             "row_hash": r[10] if hashed else None} for r in rows]


def _seconds(at: dt.datetime) -> int:
    # floor to the second: the app has written whole seconds (clock.now)
    return (at - EPOCH) // dt.timedelta(seconds=1)


def _stored_hash(value: Any) -> bytes:
    # the bytes as they are; a row without any (text '': not written by the app) keeps having none
    return bytes(value) if isinstance(value, bytes | bytearray | memoryview) else b""


def _set_aside(db: peewee.Database, postgres: bool) -> None:
    """Rename the old table out of the way, with every name the new table will want (indexes, triggers, and on
    the server its primary key, sequence and foreign key)."""
    if postgres:
        for name in engine_postgres.TRIGGERS:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON "audit_entry"')
    else:
        engine_sqlite.drop_triggers(db)
    for name in OLD_INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    db.execute_sql(f'ALTER TABLE "audit_entry" RENAME TO "{OLD}"')
    if postgres:
        db.execute_sql(f'ALTER INDEX IF EXISTS "audit_entry_pkey" RENAME TO "{OLD}_pkey"')
        db.execute_sql(f'ALTER SEQUENCE IF EXISTS "audit_entry_id_seq" RENAME TO "{OLD}_id_seq"')
        db.execute_sql(f'ALTER TABLE "{OLD}" DROP CONSTRAINT IF EXISTS "audit_entry_staff_id_fkey"')


def migrate(db: peewee.Database) -> None:
    from aftersales_desktop.core.models import AuditEntry, AuditWord  # late: models import the database

    postgres = isinstance(db, peewee.PostgresqlDatabase)
    _set_aside(db, postgres)
    db.create_tables([AuditWord, AuditEntry])
    mark = "%s" if postgres else "?"  # executemany goes to the driver as written
    insert = (f'INSERT INTO "audit_entry" ("id", "at", "staff_id", "actor", "action", "entity", "entity_id", "body", '
              f'"row_hash") VALUES ({", ".join([mark] * 9)})')
    words: dict[str, int] = {}
    last_id = 0
    while True:  # in batches: a ten-year trail does not fit in memory at once
        batch = read_v12(db, OLD, last_id, BATCH)
        if not batch:
            break
        new_words = [w for row in batch for w in (row["actor_name"], row["action"], row["entity"]) if w not in words]
        for word in dict.fromkeys(new_words):
            words[word] = len(words) + 1
        if new_words:
            db.cursor().executemany(f'INSERT INTO "audit_word" ("id", "word") VALUES ({mark}, {mark})',
                                    [(words[w], w) for w in dict.fromkeys(new_words)])
        db.cursor().executemany(insert, [
            (row["id"], _seconds(row["at"]), row["staff"], words[row["actor_name"]], words[row["action"]],
             words[row["entity"]], row["entity_id"], encode(row["before"], row["after"], row["note"]),
             _stored_hash(row["row_hash"]))
            for row in batch])
        last_id = batch[-1]["id"]
    db.execute_sql(f'DROP TABLE "{OLD}"')
    if postgres:
        if words:  # the next word the app writes gets the id after these
            db.execute_sql("SELECT setval(pg_get_serial_sequence('\"audit_word\"', 'id'), MAX(id)) FROM \"audit_word\"")
        engine_postgres.install_triggers(db, list(engine_postgres.TRIGGERS))
    else:
        engine_sqlite.install_triggers(db)
    forget_words()  # written by hand here: a cache of this database's words starts again from the table
