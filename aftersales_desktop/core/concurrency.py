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
from aftersales_desktop.core.errors import ChangedMeanwhile, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import AuditEntry


def _about(entity: str, entity_id: int | None, action: str | None) -> peewee.Expression:
    # entity_id None: a record without an id of its own (the settings, the holiday calendar) — one version for all
    same = AuditEntry.entity_id.is_null() if entity_id is None else AuditEntry.entity_id == entity_id
    where = (AuditEntry.entity == entity) & same
    return where & (AuditEntry.action == action) if action else where


def version_of(entity: str, entity_id: int | None, action: str | None = None) -> int:
    """The version an edit form keeps: the newest audit row about the record (0 when there is none); with
    `action`, only the edits of that kind count (a part's stock moves do not make its master data stale)."""
    newest = AuditEntry.select(peewee.fn.MAX(AuditEntry.id)).where(_about(entity, entity_id, action)).scalar()
    return int(newest or 0)


def newer_changes(entity: str, entity_id: int | None, seen: int, action: str | None = None) -> list[AuditEntry]:
    """The audit rows about the record written after version `seen`, newest first."""
    if not isinstance(seen, int) or isinstance(seen, bool) or not 0 <= seen < 2**63:
        raise ValidationError(T("表单的版本号不对,请重新载入。", "The form's version is not valid; reload it."),
                              "seen_version")
    return list(AuditEntry.select().where(_about(entity, entity_id, action) & (AuditEntry.id > seen))
                .order_by(AuditEntry.id.desc()))


def refuse(newer: AuditEntry) -> ChangedMeanwhile:
    """The sentence of a refused save: who changed the record and when."""
    return ChangedMeanwhile(T(
        "这条记录已被 {who} 在 {t} 改过 — 请重新载入后再改。",
        "changed by {who} at {t} — reload",
        who=newer.actor_name, t=newer.at.strftime("%H:%M"),
    ))


def check_unchanged(model: type[peewee.Model] | None, entity: str, entity_id: int | None, seen: int | None,
                    action: str | None = None) -> None:
    """Inside the saving unit of work: refuse when someone changed the record since the form read `seen`.

    `seen=None` means the caller read the record inside this same transaction (nothing to compare). The write
    transaction is already one at a time on both engines (SQLite's IMMEDIATE, the server's advisory lock); the
    row lock also keeps the record from moving under a reader that is not a writer."""
    if seen is None:
        return
    if model is not None and entity_id is not None:
        key = model._meta.primary_key
        lock_rows(model.select(key).where(key == entity_id)).first()  # two saves of one record queue here
    newer = newer_changes(entity, entity_id, seen, action)  # checks `seen` first
    if newer:
        raise refuse(newer[0])
