"""The audit trail as a hash chain: each row stores the hash of its own content and of the row before it.

`row_hash = sha256(prev + "\\n" + canonical(row))`, where `prev` is the previous row's hash in hex (64 zeros
before the first row) and canonical(row) is a JSON object of the row's stored columns (all but row_hash; a
column holding NULL is left out, so a column added later as NULL leaves older hashes valid) together with
`prev_hash`: prev. The hash covers exactly what is stored, so a later change of what the audit stores (e.g.
only the fields that changed) keeps the chain working.

The row stores only its own hash, as 32 bytes: the previous row's hash is the previous row's own, so `verify`
takes it from there (until schema 11 each row also stored `prev_hash`, and both as 64 hex characters — a
quarter of a ten-year file; migration 11 kept every hash, so a chain made then still verifies). A row edited,
deleted, inserted or moved behind the app's back (with the triggers dropped, or in another program) breaks
the chain at that row; `verify` names it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import BugError
from aftersales_desktop.core.models import AuditEntry

GENESIS = "0" * 64  # what comes before the first row
HASH_FIELD = "row_hash"
HASH_BYTES = 32


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


def stored_hash(value: Any) -> str | None:
    """A row's stored hash in hex, or None when it holds none (not 32 bytes: not written by the app)."""
    if isinstance(value, bytes | bytearray | memoryview) and len(value) == HASH_BYTES:
        return bytes(value).hex()
    return None


def append(**values: Any) -> AuditEntry:
    """Write one audit row at the end of the chain; must run inside the use case's write transaction."""
    if not database.in_transaction():
        raise BugError("audit rows are written only inside a unit of work")
    # hand-written: the one statement every use case runs, and peewee would build its text each time
    last = database.execute_sql("SELECT id, row_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    prev = (stored_hash(last[1]) or GENESIS) if last else GENESIS
    entry = AuditEntry(id=(last[0] + 1) if last else 1, **values)
    # the hash is taken over the row as it will be stored: the foreign key as its id, the rest as given
    entry.row_hash = bytes.fromhex(row_hash({name: entry.__data__.get(name) for name in AuditEntry._meta.fields}, prev))
    entry.save(force_insert=True)
    return entry


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
        elif row_hash(row, prev) != stored:
            # the app numbers its rows one after the other: a gap or a step back means a row went or came
            why = "link" if prev_id is not None and row["id"] != prev_id + 1 else "content"
        if why or stored is None:
            return count, Break(int(row["id"]), str(_stored(row.get("at"))), str(row.get("actor_name")),
                                str(row.get("action")), why)
        prev, prev_id = stored, int(row["id"])
    return count, None


def stored_rows() -> Iterable[dict[str, Any]]:
    """Every audit row as stored (foreign keys as ids), in id order, read lazily."""
    # peewee's stubs type .dicts() rows as the model; they are plain dicts
    return cast(Iterable[dict[str, Any]], AuditEntry.select().order_by(AuditEntry.id).dicts().iterator())
