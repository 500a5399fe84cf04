"""The audit trail: append-only, written in the same transaction as the change it records."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models.base import BaseModel, JSONField
from aftersales_desktop.core.models.staff import Staff


class AuditEntry(BaseModel):
    at = peewee.DateTimeField(index=True)
    staff = peewee.ForeignKeyField(Staff, null=True, backref="audit_entries")  # None: the system itself
    actor_name = peewee.CharField(max_length=40)
    action = peewee.CharField(max_length=40, index=True)
    entity = peewee.CharField(max_length=40)
    entity_id = peewee.IntegerField(null=True)
    before = JSONField(null=True)
    after = JSONField(null=True)
    note = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    staff_id: int | None

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


AUDIT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)
