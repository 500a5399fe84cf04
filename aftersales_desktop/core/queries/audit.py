"""Reading the audit trail: newest first, filtered in SQL, paged (ten years of entries open at once)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core import audit_words
from aftersales_desktop.core.errors import PermissionDenied
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import AuditEntry, AuditWord, Staff
from aftersales_desktop.core.permissions import Action, require
from aftersales_desktop.core.queries.paging import PagedQuery


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor_name: str
    action: str  # the code, e.g. repair.edit
    entity: str  # the kind of record, e.g. repair_card
    entity_id: int | None
    change: str  # in words: "状态: 维修中 → 已修好 · 技术员: — → 赵志强"
    note: str
    action_label: str = ""  # 修护卡 / Repair card
    record: str = ""  # 修护卡 XH2026-00121


def _row(entry: AuditEntry, records: audit_words.Records | None = None) -> AuditRow:
    return AuditRow(
        entry.id, entry.at, entry.actor_name, entry.action, entry.entity, entry.entity_id,
        audit_words.change_text(entry.entity, entry.before, entry.after, records),
        audit_words.note_text(entry.entity, entry.note),
        audit_words.action_label(entry.action),
        audit_words.record_label(entry.entity, entry.entity_id, entry.note, records),
    )


def _rows(entries: list[AuditEntry]) -> list[AuditRow]:
    """A page in words: the records it names read kind by kind for the whole page, not once per entry."""
    records = audit_words.preload(entries)
    return [_row(entry, records) for entry in entries]


def _paper(text: str) -> tuple[str, int] | None:
    """The record a typed paper number (XH2026-00121, JX…, SJ…) stands for, as (kind, id)."""
    from aftersales_desktop.core.queries.search import search

    if not text[:2].isalpha() or not any(c.isdigit() for c in text):
        return None
    kinds = {"call": "service_call", "repair_card": "repair_card", "claim": "claim_order", "contract": "contract",
             "complaint": "complaint", "survey": "survey_card"}
    for hit in search(text, 5):
        if hit.kind in kinds and hit.number.upper() == text.upper():
            return kinds[hit.kind], hit.record_id
    return None


def audit_entries(
    actor: Staff | None, text: str = "", since: dt.date | None = None, until: dt.date | None = None
) -> PagedQuery[AuditRow]:
    """Entries newest first, for someone allowed to read the trail (audit.view); `text` matches who, what was done
    or the kind of record (in either language, or the code), or a paper number (XH2026-00121: that record's
    entries)."""
    fresh = Staff.get_or_none(Staff.id == actor.id) if actor is not None else None
    if fresh is None or not fresh.active:
        raise PermissionDenied(T("查看审计记录需要先登录。", "Sign in to read the audit trail."))
    require(fresh.role, Action.AUDIT_VIEW, fresh.name)
    query = AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    text = text.strip()
    if text:
        actions, kinds = audit_words.matching_codes(text)
        # who, what and which kind are word ids (core/models/audit_fields.py): the words starting with the text
        # (case-insensitive, as the LIKE on the text columns was) are looked up in the small word table
        words = AuditWord.select(AuditWord.id).where(AuditWord.word.startswith(text))
        cond = AuditEntry.actor_name.in_(words) | AuditEntry.action.in_(words) | AuditEntry.entity.in_(words)
        if actions:
            cond |= AuditEntry.action.in_(actions)
        if kinds:
            cond |= AuditEntry.entity.in_(kinds)
        if (paper := _paper(text)) is not None:
            cond |= (AuditEntry.entity == paper[0]) & (AuditEntry.entity_id == paper[1])
        query = query.where(cond)
    if since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time()))
    if until:
        query = query.where(AuditEntry.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    return PagedQuery(query, _row, to_rows=_rows)
