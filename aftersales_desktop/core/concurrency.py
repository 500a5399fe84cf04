"""Two people editing the same record: the second save is refused, never a silent overwrite.

A record's version is the id of the newest audit row written about it: every change to any record writes one
(DEVELOPING.md), in the same transaction, so the audit trail already is a version counter for every table —
no column to add to each of them, and the refusal can say who changed it and when. An edit form reads the
version with the record and hands it back with the save; the service locks the record's row (on the server;
SQLite's write transaction holds the whole file) and refuses when a newer audit row about it exists.
"""

from __future__ import annotations

import peewee

from aftersales_desktop.core.db import lock_rows
from aftersales_desktop.core.errors import Conflict
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import AuditEntry


def _about(entity: str, entity_id: int, action: str | None) -> peewee.Expression:
    where = (AuditEntry.entity == entity) & (AuditEntry.entity_id == entity_id)
    return where & (AuditEntry.action == action) if action else where


def version_of(entity: str, entity_id: int, action: str | None = None) -> int:
    """The version an edit form keeps: the newest audit row about the record (0 when there is none); with
    `action`, only the edits of that kind count (a part's stock moves do not make its master data stale)."""
    newest = AuditEntry.select(peewee.fn.MAX(AuditEntry.id)).where(_about(entity, entity_id, action)).scalar()
    return int(newest or 0)


def check_unchanged(model: type[peewee.Model], entity: str, entity_id: int, seen: int | None,
                    action: str | None = None) -> None:
    """Inside the saving unit of work: refuse when someone changed the record since the form read `seen`.

    `seen=None` means the caller read the record inside this same transaction (nothing to compare)."""
    if seen is None:
        return
    key = model._meta.primary_key
    lock_rows(model.select(key).where(key == entity_id)).first()  # two saves of one record queue here
    newer = (AuditEntry.select().where(_about(entity, entity_id, action) & (AuditEntry.id > seen))
             .order_by(AuditEntry.id.desc()).first())
    if newer is not None:
        raise Conflict(T(
            "这条记录已被 {who} 在 {t} 改过 — 请重新载入后再改。",
            "changed by {who} at {t} — reload",
            who=newer.actor_name, t=newer.at.strftime("%H:%M"),
        ))
