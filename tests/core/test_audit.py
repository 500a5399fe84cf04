import peewee
import pytest

from aftersales_desktop.core import audit_chain
from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import BugError, ValidationError
from aftersales_desktop.core.models import AuditEntry, Customer
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
    stored = database.execute_sql("SELECT before, after FROM audit_entry WHERE id = ?", (edited.id,)).fetchone()
    assert stored == ('{"address":""}', '{"address":"南京市鼓楼区湖南路 8 号"}')  # no spaces, no escapes
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
        database.execute_sql("UPDATE audit_entry SET note = 'tampered'")
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("DELETE FROM audit_entry")
    assert AuditEntry.select().count() > 0


def test_the_acting_person_is_there_for_a_person_and_a_bug_to_ask_for_in_a_system_run(shop):
    with unit_of_work(shop.manager, Action.SETTINGS_EDIT) as uow:
        assert uow.person.id == shop.manager.id and uow.person is uow.actor
        uow.audit("setting", None, note="asked who acts")
    with pytest.raises(BugError, match="the system is acting"), unit_of_work(None, Action.SETTINGS_EDIT) as uow:
        assert uow.person is None  # never reached: asking raises
