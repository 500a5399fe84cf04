"""The audit trail: append-only, hash-chained (core/audit_chain.py), written in the same transaction as the
change it records. The triggers that keep it append-only live with the other engine-specific statements in
core/engine_sqlite.py."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models.base import BaseModel, CompactJSONField
from aftersales_desktop.core.models.staff import Staff


class AuditEntry(BaseModel):
    at = peewee.DateTimeField(index=True)
    staff = peewee.ForeignKeyField(Staff, null=True, backref="audit_entries")  # None: the system itself
    actor_name = peewee.CharField(max_length=40)
    action = peewee.CharField(max_length=40, index=True)
    entity = peewee.CharField(max_length=40)
    entity_id = peewee.IntegerField(null=True)
    before = CompactJSONField(null=True)  # only the fields that changed (services.UnitOfWork.audit)
    after = CompactJSONField(null=True)
    note = peewee.TextField(default="")
    # the chain (core/audit_chain.py): this row's hash, 32 bytes; the previous row's is that row's own.
    # Empty only in a row the app did not write (the triggers refuse it).
    row_hash = peewee.BlobField(default=b"", constraints=[peewee.SQL("DEFAULT ''")])
    # Set by peewee; typed here for the checker.
    staff_id: int | None

    class Meta:
        indexes = ((("entity", "entity_id"), False),)
