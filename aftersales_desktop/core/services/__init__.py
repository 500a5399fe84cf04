"""Use cases: every write to the database is one function here.

Each opens `unit_of_work(actor, action)`: one IMMEDIATE transaction in which the acting staff member is
re-read, the permission is checked, the change is made and at least one audit row is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee

from aftersales_desktop.core import audit_chain, clock
from aftersales_desktop.core.db import begin_write, database, explain
from aftersales_desktop.core.errors import BugError, PermissionDenied
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.permissions import SYSTEM_ACTIONS, Action, require


class UnitOfWork:
    """What a service sees inside its transaction: who acts, and how to write the audit row."""

    def __init__(self, actor: Staff | None, action: Action) -> None:
        self.actor = actor
        self.action = action
        self.now = clock.now()
        self.audited = 0

    @property
    def person(self) -> Staff:
        """The signed-in person acting. Only the SYSTEM_ACTIONS run without one, and unit_of_work refuses
        every other action without a person, so asking for it in a system action is a bug."""
        if self.actor is None:
            raise BugError(f"{self.action.value} asked for the acting person, but the system is acting")
        return self.actor

    def audit(
        self,
        entity: str,
        entity_id: int | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        note: str = "",
        action: str | None = None,
    ) -> None:
        before, after = _changes(before, after)
        audit_chain.append(
            at=self.now,
            staff=self.actor,
            actor_name=self.actor.name if self.actor else "system",
            action=action or self.action.value,
            entity=entity,
            entity_id=entity_id,
            before=before,
            after=after,
            note=note,
        )
        self.audited += 1


def _changes(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """What an audit row keeps: for an edit, only the fields whose value changed (on both sides); for a new or
    removed record, only the fields that hold something. A ten-year trail is most of the file otherwise."""
    if before is not None and after is not None:
        keys = [k for k in after if k not in before or before[k] != after[k]] + [k for k in before if k not in after]
        return {k: before[k] for k in keys if k in before}, {k: after[k] for k in keys if k in after}
    return _filled(before), _filled(after)


def _filled(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {k: v for k, v in values.items() if v is not None and v != "" and v != [] and v != {}}


@contextmanager
def unit_of_work(actor: Staff | None, action: Action) -> Iterator[UnitOfWork]:
    """One use case: transaction + fresh actor + permission check + audit, all or nothing."""
    try:
        with database.atomic():
            begin_write()
            fresh = _fresh_actor(actor, action)
            uow = UnitOfWork(fresh, action)
            yield uow
            if uow.audited == 0:
                raise BugError(f"use case {action.value} wrote no audit row")
    except (sqlite3.OperationalError, peewee.OperationalError, peewee.InterfaceError) as exc:
        raise explain(exc) from exc


def _fresh_actor(actor: Staff | None, action: Action) -> Staff | None:
    if actor is None:
        if action not in SYSTEM_ACTIONS:
            raise PermissionDenied(T("请先登录。", "Please sign in first."))
        return None
    fresh = Staff.get_or_none(Staff.id == actor.id)
    if fresh is None or not fresh.active:
        raise PermissionDenied(
            T("{n} 的账号已停用,不能再操作。", "{n}'s account is no longer active.", n=actor.name)
        )
    require(fresh.role, action, fresh.name)
    return fresh


def snapshot(record: peewee.Model, *fields: str) -> dict[str, Any]:
    """The named fields of a record, for an audit before/after (foreign keys as ids)."""
    out: dict[str, Any] = {}
    for name in fields:
        field = record._meta.fields[name]
        out[name] = getattr(record, field.name + "_id") if isinstance(field, peewee.ForeignKeyField) else getattr(
            record, name
        )
    return out
