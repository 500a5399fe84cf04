"""Reading the audit trail: newest first, filtered in SQL, paged (ten years of entries open at once)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from aftersales_desktop.core.models import AuditEntry
from aftersales_desktop.core.queries.paging import PagedQuery


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    entity_id: int | None
    change: str  # "before → after" in one line
    note: str


def _short(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _row(entry: AuditEntry) -> AuditRow:
    before, after = _short(entry.before), _short(entry.after)
    change = f"{before} → {after}" if before and after else before or after
    return AuditRow(entry.id, entry.at, entry.actor_name, entry.action, entry.entity, entry.entity_id, change, entry.note)


def audit_entries(
    text: str = "", since: dt.date | None = None, until: dt.date | None = None
) -> PagedQuery[AuditRow]:
    """Entries newest first; `text` matches who, the action or the kind of record (start of the word)."""
    query = AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    text = text.strip()
    if text:
        query = query.where(
            AuditEntry.actor_name.startswith(text) | AuditEntry.action.startswith(text) | AuditEntry.entity.startswith(text)
        )
    if since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time()))
    if until:
        query = query.where(AuditEntry.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    return PagedQuery(query, _row)
