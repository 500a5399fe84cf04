"""The audit trail as a hash chain: each row stores the hash of its own content and of the row before it.

Two rules, told apart by the stored hash's length:

- rows written before schema 13 (32 bytes): `sha256(prev + "\n" + canonical(row))`, where canonical(row) is a
  JSON object of the row's logical values (all but row_hash; a value that is None is left out) together with
  `prev_hash`: prev;
- rows written from schema 13 on (16 bytes, the first half of the sha256 — 128 bits are plenty to notice a
  changed row, and the full 32 bytes were 8 MB of a ten-year file): `sha256(prev + "\n" + head + "\n" +
  body)`, where head is the JSON list [id, at, staff, actor, action, entity, entity_id] and body the JSON
  `[before, after, note]` the row's body holds (core/models/audit_fields.py). The same values, in a form that
  costs one short JSON text instead of four passes over the row's dictionaries (a quarter of the time of every
  use case went there).

`prev` is the previous row's stored hash in hex, whatever its length (64 zeros before the first row). Both rules
cover the row's logical values — what the row says, whatever form it is stored in (`at` as "YYYY-MM-DD
HH:MM:SS", who/what/which kind as text, before and after as objects) — so a change of how the audit stores a row
keeps every hash: migration 13 (seconds, word ids, one compressed body) rewrote none, and the evidence a shop had
stays. The row stores only its own hash; `verify` takes the previous one from the previous row. A row edited,
deleted, inserted or moved behind the app's back (with the triggers dropped, or in another program) breaks the
chain at that row; `verify` names it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import BugError
from aftersales_desktop.core.models import AuditEntry, Staff
from aftersales_desktop.core.models.audit_fields import body_json, pack, plain_body, word_ids

GENESIS = "0" * 64  # what comes before the first row
HASH_FIELD = "row_hash"
HASH_BYTES = 16  # what a new row stores: the first half of the sha256
OLD_HASH_BYTES = 32  # rows written before schema 13
# the row's logical values, as the hash has always covered them (the model's fields until schema 12)
LOGICAL = ("id", "at", "staff", "actor_name", "action", "entity", "entity_id", "before", "after", "note")


def _stored(value: Any) -> Any:
    """A value as the row stores it, in one canonical text form (the same whether just written or read back)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        # through JSON and back first: {12: 3} is stored as {"12": 3} and read back with a text key, which
        # sorts differently ("100" before "12"); the round trip makes the written and the read form the same
        plain = json.loads(json.dumps(value, ensure_ascii=False, default=str))
        return json.dumps(plain, ensure_ascii=False, sort_keys=True)
    return value


def canonical(row: Mapping[str, Any]) -> str:
    content = {k: _stored(v) for k, v in row.items() if k != HASH_FIELD and v is not None}
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def row_hash(row: Mapping[str, Any], prev: str) -> str:
    """The hash (hex) of a row whose previous row's hash (hex) is `prev`."""
    content = canonical({**row, "prev_hash": prev})
    return hashlib.sha256(f"{prev}\n{content}".encode("utf-8", "surrogatepass")).hexdigest()


_HEAD_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps's, made once


def compact_hash(row: Mapping[str, Any], prev: str, body: bytes | None = None) -> bytes:
    """The 16-byte hash of a row written from schema 13 on, whose previous row's hash (hex) is `prev` (`body`:
    the JSON of its before, after and note when already made)."""
    if body is None:
        body = body_json(row.get("before"), row.get("after"), row.get("note") or "")
    return _digest(prev, [row["id"], _stored(row.get("at")), row.get("staff"), row.get("actor_name"),
                          row.get("action"), row.get("entity"), row.get("entity_id")], body)


def _digest(prev: str, head: list[Any], body: bytes) -> bytes:
    """sha256(prev + "\n" + head as JSON + "\n" + body), its first HASH_BYTES: the rule of the module's docstring."""
    content = f"{prev}\n{_HEAD_ENCODER.encode(head)}\n".encode("utf-8", "surrogatepass") + body
    return hashlib.sha256(content).digest()[:HASH_BYTES]


def expected_hash(row: Mapping[str, Any], prev: str, size: int = HASH_BYTES) -> bytes:
    """What a row's stored hash of `size` bytes must be: the rule of its time (see the module's docstring)."""
    return compact_hash(row, prev) if size == HASH_BYTES else bytes.fromhex(row_hash(row, prev))


def stored_hash(value: Any) -> str | None:
    """A row's stored hash in hex, or None when it holds none (not 16 or 32 bytes: not written by the app)."""
    if isinstance(value, bytes | bytearray | memoryview) and len(value) in (HASH_BYTES, OLD_HASH_BYTES):
        return bytes(value).hex()
    return None


def logical(entry: AuditEntry) -> dict[str, Any]:
    """A row's logical values (foreign key as its id) and its stored hash: what `verify` walks."""
    before, after, note = entry._values()
    values = entry.__data__
    return {"id": values.get("id"), "at": values.get("at"), "staff": values.get("staff"),
            "actor_name": values.get("actor_name"), "action": values.get("action"), "entity": values.get("entity"),
            "entity_id": values.get("entity_id"), "before": before, "after": after, "note": note,
            HASH_FIELD: values.get(HASH_FIELD)}


# Hand-written, as the tail's read: the two statements every use case runs. Building the row as a model and
# saving it through peewee (bounds check, dirty fields, converters) cost more than all the rest of the append.
_TAIL = "SELECT id, row_hash FROM audit_entry ORDER BY id DESC LIMIT 1"
_INSERT = ("INSERT INTO audit_entry (id, at, staff_id, actor, action, entity, entity_id, body, row_hash) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def append(
    *,
    at: dt.datetime,
    staff: Any,
    actor_name: str,
    action: str,
    entity: str,
    entity_id: int | None = None,
    before: Any = None,
    after: Any = None,
    note: str = "",
) -> None:
    """Write one audit row at the end of the chain; must run inside the use case's write transaction. `staff`:
    the acting person (a record or an id), None for the system."""
    if not database.in_transaction():
        raise BugError("audit rows are written only inside a unit of work")
    last = database.execute_sql(_TAIL).fetchone()
    prev = (stored_hash(last[1]) or GENESIS) if last else GENESIS
    row_id = (last[0] + 1) if last else 1
    at = at.replace(microsecond=0)  # stored to the second: the hash must cover what is read back
    staff_id = staff.id if isinstance(staff, Staff) else staff
    # before, after and note in the one form they are written, hashed and read back in
    plain = plain_body(before, after, note)
    actor_id, action_id, entity_word = word_ids([actor_name, action, entity])
    # the hash is taken over the row's logical values: the person as an id, the rest as given (compact_hash)
    digest = _digest(prev, [row_id, _stored(at), staff_id, actor_name, action, entity, entity_id], plain)
    raw = pack(plain)
    database.execute_sql(_INSERT, (row_id, _AT.db_value(at), staff_id, actor_id, action_id, entity_word, entity_id,
                                   _BLOB.db_value(raw), _BLOB.db_value(digest)))


_AT = AuditEntry.at
_BLOB = AuditEntry.row_hash


@dataclass(frozen=True)
class Break:
    """Where the chain breaks: the row (or the gap after `entry_id`) and why, for a sentence."""

    entry_id: int
    at: str
    actor: str
    action: str
    why: str  # "content" (edited), "link" (a row missing or inserted before it), "missing" (no hash at all)


def verify(rows: Iterable[Mapping[str, Any]]) -> tuple[int, Break | None]:
    """Walk the rows in id order: (rows checked, the first break or None)."""
    prev, prev_id = GENESIS, None
    count = 0
    for row in rows:
        count += 1
        stored = stored_hash(row.get(HASH_FIELD))
        why = ""
        if stored is None:
            why = "missing"
        elif expected_hash(row, prev, len(stored) // 2).hex() != stored:
            # the app numbers its rows one after the other: a gap or a step back means a row went or came
            why = "link" if prev_id is not None and row["id"] != prev_id + 1 else "content"
        if why or stored is None:
            return count, Break(int(row["id"]), str(_stored(row.get("at"))), str(row.get("actor_name")),
                                str(row.get("action")), why)
        prev, prev_id = stored, int(row["id"])
    return count, None


def stored_rows() -> Iterator[dict[str, Any]]:
    """Every audit row's logical values and stored hash, in id order, read lazily."""
    # as tuples, each field converted (peewee builds no record per row: a ten-year trail is a quarter million)
    query = AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.staff, AuditEntry.actor_name, AuditEntry.action,
                              AuditEntry.entity, AuditEntry.entity_id, AuditEntry.body, AuditEntry.row_hash)
    for *values, body, stored in query.order_by(AuditEntry.id).tuples().iterator():
        yield {**dict(zip(LOGICAL[:7], values, strict=True)), **dict(zip(LOGICAL[7:], body.values, strict=True)),
               HASH_FIELD: stored}
