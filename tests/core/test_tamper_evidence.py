"""Tamper evidence: the audit trail is a hash chain, `check` verifies it with its triggers, the stock ledger and
the fines, and names the first record that breaks; the app puts missing triggers back on start and says so.

The tampering is done as another program would: plain sqlite3 on the closed file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from aftersales_desktop.cli import main
from aftersales_desktop.core import audit_chain, engine_sqlite, integrity
from aftersales_desktop.core.db import close_database, database, open_database
from aftersales_desktop.core.models import AuditEntry, ConductRule
from aftersales_desktop.core.models.audit_fields import decode, encode
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.services import parts, stock
from aftersales_desktop.core.services.conduct import record_entry


@pytest.fixture
def fined(shop, data_dir):
    """A shop with a ¥5 fine on the clerk and a part with stock; then closed, as the tamperer finds it."""
    rule = ConductRule.select().where((ConductRule.kind == "fine") & (ConductRule.min_fen == 500)).first()
    entry = record_entry(shop.supervisor, shop.clerk.id, rule.id, dt.datetime(2026, 3, 11, 9), "迟到", 500)
    part = parts.create_part(shop.storekeeper, code="P-1", name="启动电容")
    stock.receive(shop.storekeeper, part.id, 8, 1500, "南京华瑞配件")
    close_database()
    return data_paths(data_dir).database, entry


def check(path: Path, capsys) -> tuple[int, str]:
    code = main(["check", "--data-dir", str(path.parent)])
    out, err = capsys.readouterr()
    return code, out + err


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


DROP = ("DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete", "DROP TRIGGER audit_entry_chained")


def test_a_sound_shop_passes_check(fined, capsys):
    path, _entry = fined
    code, text = check(path, capsys)
    assert code == 0 and "ok:" in text


def test_a_fine_edited_from_5_to_0_with_the_triggers_dropped_is_caught(fined, capsys):
    path, entry = fined
    tamper(path, *DROP, f"UPDATE conduct_entry SET amount_fen = 0 WHERE id = {entry.id}")
    code, text = check(path, capsys)
    assert code == 1
    assert "触发器" in text and "audit_entry_no_update" in text
    assert f"奖罚记录 {entry.number} 的金额 0 分与记录时的 500 分不同" in text


def _audit_row(path: Path, entity: str, entity_id: int) -> tuple[int, bytes]:
    """The id and stored body of the first audit row about a record, read as another program would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, body FROM audit_entry WHERE entity = (SELECT id FROM audit_word WHERE word = ?) "
                            "AND entity_id = ? ORDER BY id", (entity, entity_id)).fetchone()
    finally:
        conn.close()


def test_the_audit_row_edited_to_match_breaks_the_chain_at_that_row(fined, capsys):
    path, entry = fined
    audit_id, body = _audit_row(path, "conduct_entry", entry.id)
    before, after, note = decode(body)
    assert after["amount_fen"] == 500
    forged = encode(before, {**after, "amount_fen": 0}, note)  # the body re-packed as the app would have
    tamper(path, *DROP, f"UPDATE conduct_entry SET amount_fen = 0 WHERE id = {entry.id}",
           f"UPDATE audit_entry SET body = X'{forged.hex()}' WHERE id = {audit_id}",
           *[s for s in engine_sqlite.TRIGGERS.values()])  # even with the triggers put back afterwards
    code, text = check(path, capsys)
    assert code == 1
    assert f"审计记录在第 {audit_id} 条" in text and "内容在写入后被改过" in text


@pytest.mark.parametrize("change", [
    "body = CAST(substr(body, 1, 5) || X'00' || substr(body, 7) AS BLOB)",  # one byte of the compressed body
    "at = at + 60",  # a minute later
    "action = (SELECT id FROM audit_word WHERE word = 'stock.receive')",  # another word
    "entity_id = entity_id + 1",
])
def test_any_stored_column_changed_breaks_the_chain_at_that_row(fined, capsys, change):
    path, entry = fined
    audit_id, _body = _audit_row(path, "conduct_entry", entry.id)
    tamper(path, *DROP, f"UPDATE audit_entry SET {change} WHERE id = {audit_id}")
    code, text = check(path, capsys)
    assert code == 1 and f"审计记录在第 {audit_id} 条" in text and "内容在写入后被改过" in text


def test_a_forged_back_dated_insert_is_refused_or_breaks_the_chain(fined, capsys):
    path, _entry = fined
    forged = ("INSERT INTO audit_entry (at, staff_id, actor, action, entity, entity_id, body) "
              f"VALUES (820573200, NULL, 1, 1, 1, 1, X'{encode(None, None, '补录').hex()}')")
    with pytest.raises(sqlite3.IntegrityError):  # with its triggers in place the file refuses it
        tamper(path, forged)
    tamper(path, *DROP, forged)
    code, text = check(path, capsys)
    assert code == 1 and "没有哈希,不是本软件写入的" in text


def test_a_deleted_row_breaks_the_chain_at_the_next_one(fined, capsys):
    path, _entry = fined
    tamper(path, *DROP, "DELETE FROM audit_entry WHERE id = 3", *engine_sqlite.TRIGGERS.values())
    code, text = check(path, capsys)
    assert code == 1 and "审计记录在第 4 条" in text and "删除或插入" in text


def test_stock_changed_outside_the_app_fails_the_ledger(fined, capsys):
    path, _entry = fined
    tamper(path, "UPDATE part SET qty_on_hand = qty_on_hand + 5")
    code, text = check(path, capsys)
    assert code == 1 and "库存账不平:备件 P-1(启动电容)现有 13,但出入库记录合计为 8" in text


def test_the_app_puts_missing_triggers_back_on_start_and_writes_it_down(fined):
    path, _entry = fined
    tamper(path, *DROP)
    open_database(path)
    assert engine_sqlite.missing_triggers(database) == []
    assert integrity.restored_on_open() == list(engine_sqlite.TRIGGERS)
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.action == "system.repair" and last.after == {"triggers_restored": list(engine_sqlite.TRIGGERS)}
    assert audit_chain.verify(audit_chain.stored_rows())[1] is None  # the note joins the chain
    close_database()
    open_database(path)
    assert integrity.restored_on_open() == []  # once only


def test_the_chain_is_computed_for_a_version_1_trail(data_dir):
    from tests.core.test_migrations import make_v1_database

    path = make_v1_database(data_paths(data_dir).ensure().database)
    open_database(path)
    count, broken = audit_chain.verify(audit_chain.stored_rows())
    assert broken is None and count == AuditEntry.select().count() == 1  # the version-1 row, now chained
    assert not [p for p in integrity.problems() if "审计" in p.zh]  # (the fixture's rows need not balance the stock)


def test_the_chain_holds_for_snapshots_whose_keys_are_numbers(shop):
    """A snapshot like {line id: counted} is stored with text keys and read back so: the hash must not change."""
    from aftersales_desktop.core.permissions import Action
    from aftersales_desktop.core.services import unit_of_work

    with unit_of_work(shop.storekeeper, Action.STOCKTAKE_COUNT) as uow:
        uow.audit("stocktake", 1, after={"counts": {12: 3, 100: 4, 9: None}}, note="counted")
    assert audit_chain.verify(audit_chain.stored_rows())[1] is None
