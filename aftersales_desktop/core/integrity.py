"""Is the shop's record still what the app wrote? The checks `check` runs beyond SQLite's own, and the repair
the app makes on every start.

- the audit trail's triggers are all there (core/engine_sqlite.py: TRIGGERS);
- the audit trail's hash chain holds from the first row to the last (core/audit_chain.py);
- the stock ledger adds up: every part's quantity on hand is the sum of its stock moves;
- every fine or reward still has the amount it was recorded with (entries are voided, never edited).

Each problem is one sentence naming the first record that breaks.
"""

from __future__ import annotations

from typing import Any

import peewee

from aftersales_desktop.core import audit_chain
from aftersales_desktop.core.db import database, engine_module
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import AuditEntry, ConductEntry, Part, StockMove
from aftersales_desktop.core.queries.paging import tuples

_WHY = {
    "content": ("这一条的内容在写入后被改过", "its content was changed after it was written"),
    "link": ("它前面有记录被删除或插入", "a row before it was deleted or slipped in"),
    "missing": ("这一条没有哈希,不是本软件写入的", "it has no hash, so the app did not write it"),
}
_restored: list[str] = []


def problems() -> list[Text]:
    """Everything wrong with the open database's record (empty when sound); reads only."""
    found: list[Text] = []
    missing = engine_module().missing_triggers(database)
    if missing:
        found.append(T("审计记录的保护(触发器 {n})不见了:有人绕过本软件改动过数据文件。",
                       "The audit trail's protection (trigger {n}) is missing: the file was changed outside the app.",
                       n=", ".join(missing)))
    count, broken = audit_chain.verify(audit_chain.stored_rows())
    if broken is not None:
        zh, en = _WHY[broken.why]
        found.append(T("审计记录在第 {id} 条({at},{who},{what})处断开:{z}。",
                       "The audit trail breaks at entry {id} ({at}, {who}, {what}): {e}.",
                       id=broken.entry_id, at=broken.at, who=broken.actor, what=broken.action, z=zh, e=en))
    ledger = stock_ledger_break()
    if ledger is not None:
        found.append(ledger)
    fine = conduct_break()
    if fine is not None:
        found.append(fine)
    return found


def stock_ledger_break() -> Text | None:
    """The first part whose quantity on hand is not the sum of its stock moves."""
    moved = (StockMove.select(StockMove.part.alias("part_id"), peewee.fn.SUM(StockMove.qty).alias("total"))
             .group_by(StockMove.part).alias("moved"))
    total = peewee.fn.COALESCE(moved.c.total, 0)
    part = (Part.select(Part.code, Part.name, Part.qty_on_hand, total.alias("moved_qty"))
            .join(moved, peewee.JOIN.LEFT_OUTER, on=(Part.id == moved.c.part_id))
            .where(Part.qty_on_hand != total).order_by(Part.id).objects().first())
    if part is None:
        return None
    return T("库存账不平:备件 {c}({n})现有 {q},但出入库记录合计为 {m}。",
             "The stock ledger does not add up: part {c} ({n}) has {q} on hand, but its stock moves add up to {m}.",
             c=part.code, n=part.name, q=part.qty_on_hand, m=part.moved_qty)


def conduct_break() -> Text | None:
    """The first fine or reward whose amount differs from the one its audit row recorded."""
    recorded: dict[int, Any] = {}
    rows = tuples(AuditEntry.select(AuditEntry.entity_id, AuditEntry.body)
                  .where((AuditEntry.entity == "conduct_entry") & (AuditEntry.action == "conduct.record")))
    for entity_id, body in rows:
        after = body.values[1]  # the body holds before, after and note (core/models/audit_fields.py)
        if entity_id is not None and isinstance(after, dict) and "amount_fen" in after:
            recorded.setdefault(entity_id, after["amount_fen"])
    for entry_id, number, amount in tuples(ConductEntry.select(ConductEntry.id, ConductEntry.number,
                                                               ConductEntry.amount_fen).order_by(ConductEntry.id)):
        if recorded.get(entry_id) != amount:
            return T("奖罚记录 {n} 的金额 {a} 分与记录时的 {r} 分不同:它在本软件之外被改过。",
                     "Conduct entry {n} holds {a} fen, but {r} fen was recorded: it was changed outside the app.",
                     n=number, a=amount, r=recorded.get(entry_id, "?"))
    return None


def restore_protection() -> list[str]:
    """On start: put back missing triggers, and write down that it happened (a system audit row)."""
    from aftersales_desktop.core.permissions import Action
    from aftersales_desktop.core.services import unit_of_work  # late: services import the database

    missing = engine_module().missing_triggers(database)
    if not missing:
        return []
    with unit_of_work(None, Action.SYSTEM_REPAIR) as uow:
        engine_module().install_triggers(database, missing)
        uow.audit("audit_entry", None, after={"triggers_restored": missing},
                  note="the audit trail's triggers were missing and were put back")
    _restored[:] = missing
    return missing


def restored_on_open() -> list[str]:
    """The triggers the last open put back (the GUI says so once)."""
    return list(_restored)


def forget_restored() -> None:
    _restored.clear()

