import peewee
import pytest

from aftersales_desktop.core import audit_chain
from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import BugError, ValidationError
from aftersales_desktop.core.models import AuditEntry, AuditWord, Customer
from aftersales_desktop.core.models.audit_fields import DEFLATED, decode
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import unit_of_work
from aftersales_desktop.core.services.customers import create_customer, update_customer


def test_a_write_and_its_audit_row_land_together(shop):
    customer = create_customer(shop.clerk, name="王小明", phone="139 1234 5678", area="city")
    update_customer(shop.clerk, customer.id, address="南京市鼓楼区湖南路 8 号")
    rows = list(AuditEntry.select().where(AuditEntry.entity == "customer").order_by(AuditEntry.id))
    assert [r.action for r in rows] == ["customer.edit", "customer.edit"]
    assert rows[0].actor_name == "陈晓燕" and rows[0].after["phone"] == "13912345678"
    assert rows[1].before["address"] == ""
    assert rows[1].after["address"] == "南京市鼓楼区湖南路 8 号"


def test_the_trail_keeps_only_what_changed_compactly_and_its_chain_still_verifies(shop):
    customer = create_customer(shop.clerk, name="王小明", phone="139 1234 5678", area="city")
    update_customer(shop.clerk, customer.id, address="南京市鼓楼区湖南路 8 号")
    created, edited = AuditEntry.select().where(AuditEntry.entity == "customer").order_by(AuditEntry.id)
    assert created.before is None and created.after["name"] == "王小明"
    assert all(value not in (None, "") for value in created.after.values())  # a new record: what it holds
    assert edited.before == {"address": ""} and edited.after == {"address": "南京市鼓楼区湖南路 8 号"}
    body = bytes(database.execute_sql("SELECT body FROM audit_entry WHERE id = ?", (edited.id,)).fetchone()[0])
    plain = '[{"address":""},{"address":"南京市鼓楼区湖南路 8 号"},""]'.encode()  # no spaces, no escapes
    assert decode(body) == ({"address": ""}, {"address": "南京市鼓楼区湖南路 8 号"}, "")
    assert body[0] == DEFLATED and len(body) < len(plain) // 2  # deflated against the preset dictionary
    checked, broken = audit_chain.verify(audit_chain.stored_rows())
    assert broken is None and checked == AuditEntry.select().count()


def test_a_failed_use_case_leaves_neither_change_nor_audit(shop):
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError):
        create_customer(shop.clerk, name="王小明", phone="12345")
    assert AuditEntry.select().count() == before
    assert not Customer.select().exists()


def test_a_use_case_without_an_audit_row_is_a_bug_and_rolls_back(shop):
    with pytest.raises(BugError), unit_of_work(shop.clerk, Action.CUSTOMER_EDIT):
        Customer.create(name="无痕", phone="13900000000", created_at=__import__("datetime").datetime.now())
    assert not Customer.select().where(Customer.name == "无痕").exists()


def test_the_audit_trail_is_append_only(shop):
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("UPDATE audit_entry SET entity_id = 0")
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("DELETE FROM audit_entry")
    assert AuditEntry.select().count() > 0


def test_the_acting_person_is_there_for_a_person_and_a_bug_to_ask_for_in_a_system_run(shop):
    with unit_of_work(shop.manager, Action.SETTINGS_EDIT) as uow:
        assert uow.person.id == shop.manager.id and uow.person is uow.actor
        uow.audit("setting", None, note="asked who acts")
    with pytest.raises(BugError, match="the system is acting"), unit_of_work(None, Action.SETTINGS_EDIT) as uow:
        assert uow.person is None  # never reached: asking raises


def test_every_kind_of_value_comes_back_from_the_body_as_the_chain_hashed_it(shop):
    """Text keys for number keys, dates as text, None, Chinese, an empty note and one past the dictionary."""
    import datetime as dt

    values = [
        ({12: 3, 100: None}, {"on": dt.date(2026, 3, 1), "at": dt.datetime(2026, 3, 1, 9, 30), "ok": True}, ""),
        (None, {"name": "王小明", "note": "客户说“周末”上门\n二楼", "list": [1, 2.5, None]}, "换了 1 个电机"),
        (None, None, ""),
        (None, {"serial": "Q" * 3000}, "一" * 500),  # far longer than any body the dictionary knows
    ]
    words = AuditWord.select().count()
    with unit_of_work(shop.manager, Action.SETTINGS_EDIT) as uow:
        for before, after, note in values:
            uow.audit("round_trip", None, before=before, after=after, note=note)
    assert AuditWord.select().count() == words + 1  # "round_trip" is a new word, written once; the rest were there
    rows = list(AuditEntry.select().order_by(AuditEntry.id.desc()).limit(len(values)))[::-1]
    assert [(r.before, r.after, r.note) for r in rows] == [
        ({"12": 3, "100": None}, {"on": "2026-03-01", "at": "2026-03-01 09:30:00", "ok": True}, ""),
        (None, {"name": "王小明", "note": "客户说“周末”上门\n二楼", "list": [1, 2.5, None]}, "换了 1 个电机"),
        (None, None, ""),
        (None, {"serial": "Q" * 3000}, "一" * 500),
    ]
    assert (rows[0].actor_name, rows[0].action, rows[0].entity) == (shop.manager.name, "settings.edit", "round_trip")
    assert rows[0].at == rows[0].at.replace(microsecond=0) and rows[0].staff_id == shop.manager.id
    assert audit_chain.verify(audit_chain.stored_rows())[1] is None
