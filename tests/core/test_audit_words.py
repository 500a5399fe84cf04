"""The audit trail read out in words: actions, record kinds, paper numbers, fields and values, never JSON."""

from __future__ import annotations

from aftersales_desktop.core import audit_words
from aftersales_desktop.core.i18n import set_language
from aftersales_desktop.core.models import AuditEntry, Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.audit import audit_entries
from tests.core.repair_helpers import inspected_card


def rows(query):  # type: ignore[no-untyped-def]
    return list(query.fetch(0, query.count()))


def test_every_action_has_words_in_both_languages():
    missing = [a.value for a in Action if a.value not in audit_words.ACTIONS]
    assert not missing, f"give these actions their words in core/audit_words.py: {missing}"


def test_a_repair_reads_as_chinese_with_paper_numbers_and_field_changes(shop):
    card = inspected_card(shop)
    everything = rows(audit_entries(shop.manager))
    assert everything and not [r for r in everything if "{" in r.change or "[" in r.change]  # never JSON
    card_rows = rows(audit_entries(shop.manager, card.number))  # a paper number finds that record's entries
    assert card_rows and {r.record for r in card_rows} == {f"修护卡 {card.number}"}
    changes = [r.change for r in card_rows]
    assert "状态: 维修中 → 已修好" in " | ".join(changes)
    assert any(r.action_label == "主管验讫" and "验收人: — → 李主任" in r.change for r in card_rows)
    dispatched = rows(audit_entries(shop.manager, "派工"))  # the words of the action find it
    assert dispatched and {r.action for r in dispatched} == {Action.CALL_DISPATCH.value}
    assert "技术员: — → 赵志强" in dispatched[0].change and dispatched[0].record.startswith("叫修 JX2026-")


def test_the_same_trail_in_english(shop):
    card = inspected_card(shop)
    set_language("en")
    card_rows = rows(audit_entries(shop.manager, card.number))
    assert {r.record for r in card_rows} == {f"Repair card {card.number}"}
    assert any("Inspected by: — → 李主任" in r.change and "Status: Repaired → Inspected" in r.change
               for r in card_rows)
    assert rows(audit_entries(shop.manager, "Dispatched"))
    assert AuditEntry.select().count() == len(rows(audit_entries(shop.manager)))


def test_a_wrong_password_reads_in_words(shop):
    import pytest

    from aftersales_desktop.core.errors import UserError
    from aftersales_desktop.core.services.staff import authenticate

    with pytest.raises(UserError):
        authenticate(shop.clerk.name, "not the password")
    row = rows(audit_entries(shop.manager, "登录"))[0]
    assert row.action_label == "登录" and "连续输错密码: 1" in row.change, row.change


def test_every_field_of_a_demo_shops_trail_reads_in_words(demo_database):
    """Two months of every area: each action, record kind and changed field has its words, and no change reads
    as a raw list or mapping (a stocktake's counts and a purchase's quotes too)."""
    from aftersales_desktop.core.db import open_database

    open_database(demo_database)
    manager = Staff.get(Staff.role == "manager")
    unnamed: set[str] = set()
    for entry in AuditEntry.select():
        for field in {**(entry.before or {}), **(entry.after or {})}:
            if field not in audit_words.FIELDS:
                unnamed.add(f"{entry.entity}.{field}")
        if entry.action not in audit_words.ACTIONS or entry.entity not in audit_words.KINDS:
            unnamed.add(f"{entry.action} on {entry.entity}")
        for side in (entry.before or {}, entry.after or {}):  # a state reads as its word, not its code
            for field in ("status", "call_status"):
                code = side.get(field)
                if isinstance(code, str) and code.isascii() and audit_words._value(entry.entity, field, code) == code:
                    unnamed.add(f"{entry.entity}.{field} {code!r}")
        if entry.note.isascii() and audit_words.note_text(entry.entity, entry.note) == entry.note != "":
            unnamed.add(f"note {entry.note!r}")  # a note the software wrote, still in its English
    assert not unnamed, f"give these their words in core/audit_words.py: {sorted(unnamed)}"
    shown = [row for row in rows(audit_entries(manager)) if row.action in ("stocktake.count", "purchase.direct")]
    assert not [row.change for row in shown if "[" in row.change or "{" in row.change or "None" in row.change]
    counted = [row.change for row in shown if row.change.startswith("盘点数: ")]
    assert counted and " → " in counted[0] and "盘点行数: " in " ".join(row.change for row in shown)
    assert [row for row in shown if row.action == "purchase.direct" and "比价: " in row.change and "¥" in row.change]


def test_every_note_the_services_write_reads_in_words():
    """The notes written as plain strings in core/services (a person's reason passes through as typed)."""
    import re
    from pathlib import Path

    import aftersales_desktop.core.services as services

    written = {m for path in Path(services.__file__).parent.glob("*.py")
               for m in re.findall(r'note="([^"{]+)"', path.read_text(encoding="utf-8"))}
    assert "goods in over the counter" in written
    assert not [n for n in written if audit_words.note_text("service_call", n) == n], "give these notes their words"
    assert audit_words.note_text("stocktake", "12 lines counted") == "已盘 12 行"
    assert audit_words.note_text("setting", "paper_language") == "单据语言"
    assert audit_words.note_text("conduct_entry", "顾客说师傅很好") == "顾客说师傅很好"
