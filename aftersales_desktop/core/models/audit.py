"""The audit trail: append-only, hash-chained (core/audit_chain.py), written in the same transaction as the
change it records. The triggers that keep it append-only live with the other engine-specific statements in
core/engine_sqlite.py. Since schema 13 a row is stored compactly (core/models/audit_fields.py): the trail of a
ten-year shop was three quarters of its file."""

from __future__ import annotations

from typing import Any

import peewee

from aftersales_desktop.core.models.audit_fields import Body, BodyField, SecondsField, WordField
from aftersales_desktop.core.models.base import BaseModel
from aftersales_desktop.core.models.staff import Staff


class AuditWord(BaseModel):
    """The words the audit rows repeat (actions, kinds of record, who acted), each stored once; a row holds their
    ids. A word keeps its id forever (rows point at it), so every counter may keep them in memory."""

    word = peewee.CharField(max_length=40, unique=True)


class AuditEntry(BaseModel):
    at = SecondsField(index=True)  # the viewer orders and filters by it
    # None: the system itself. No index: nothing looks rows up by it (the viewer's who-filter reads actor).
    staff = peewee.ForeignKeyField(Staff, null=True, backref="audit_entries", index=False)
    actor_name = WordField(column_name="actor")
    # no index of its own: every query by action also names the entity, which the (entity, entity_id) index serves
    action = WordField()
    entity = WordField()
    entity_id = peewee.IntegerField(null=True)
    # before, after (only the fields that changed: services.UnitOfWork.audit) and note, in one compressed value
    body = BodyField()
    # the chain (core/audit_chain.py): this row's hash, 16 bytes (32 in rows written before schema 13); the
    # previous row's is that row's own. Empty only in a row the app did not write (the triggers refuse it).
    row_hash = peewee.BlobField(default=b"", constraints=[peewee.SQL("DEFAULT ''")])
    # Set by peewee; typed here for the checker.
    staff_id: int | None

    class Meta:
        indexes = ((("entity", "entity_id"), False),)

    def __init__(self, *args: Any, before: Any = None, after: Any = None, note: str = "", **kwargs: Any) -> None:
        # given as three values, encoded once when written; a row read back gets its body from the column instead
        if "body" not in kwargs and not kwargs.get("__no_default__"):
            kwargs["body"] = Body(values=(before, after, note))
        super().__init__(*args, **kwargs)

    def _values(self) -> tuple[Any, Any, str]:
        body = self.body
        return body.values if isinstance(body, Body) else (None, None, "")

    @property
    def before(self) -> Any:
        return self._values()[0]

    @property
    def after(self) -> Any:
        return self._values()[1]

    @property
    def note(self) -> str:
        return self._values()[2]
