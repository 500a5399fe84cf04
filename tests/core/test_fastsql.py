"""The statements whose SQL text is kept (core/models/fastsql.py) read and write exactly what peewee's own do."""

import datetime as dt

import peewee
import pytest

from aftersales_desktop.core.models import AuditEntry, Contract, Customer, Product, Setting
from aftersales_desktop.core.services.customers import add_product, create_customer


def _through_peewee(model, expr):
    """The record as peewee's own select builds it (bypassing the kept text)."""
    return peewee.Model.get.__func__(model, expr)


def test_a_record_read_by_one_value_is_the_record_peewee_reads(shop):
    customer = create_customer(shop.clerk, name="王小明", phone="139 1234 5678", area="city")
    product = add_product(shop.clerk, customer.id, name="空调", model="KFR-35GW", serial="A2401000001",
                          purchase_date=dt.date(2024, 1, 5), warranty_end=dt.date(2027, 1, 5))
    for model, expr in ((Product, Product.id == product.id), (Customer, Customer.phone == "13912345678"),
                        (AuditEntry, AuditEntry.entity == "product")):
        for _ in range(2):  # the first read writes the text, the second reuses it
            fast = model.get_or_none(expr)
            assert fast is not None and fast.__data__ == _through_peewee(model, expr).__data__
            assert not fast.is_dirty()
    read = Product.get_by_id(product.id)
    assert read.purchase_date == dt.date(2024, 1, 5) and read.customer_id == customer.id
    assert read.customer.name == "王小明"
    entry = AuditEntry.get(AuditEntry.entity == "product")
    assert isinstance(entry.after, dict) and isinstance(entry.at, dt.datetime)
    assert Product.get_or_none(Product.id == product.id + 1000) is None
    with pytest.raises(Product.DoesNotExist):
        Product.get_by_id(product.id + 1000)
    assert Setting.get_or_none(Setting.key == "no such key") is None


def test_a_whole_record_saved_is_inserted_then_updated_as_peewee_would(shop):
    customer = Customer(name="李四", phone="13800000000", created_at=dt.datetime(2026, 3, 11, 10, 0))
    assert customer.save() == 1 and customer.id is not None and not customer.is_dirty()
    customer.address, customer.area = "南京市玄武区中山路 1 号", "suburb"
    assert customer.save() == 1
    again = _through_peewee(Customer, Customer.id == customer.id)
    assert (again.name, again.address, again.area, again.phone2) == ("李四", "南京市玄武区中山路 1 号", "suburb", "")
    contract = Contract(number="HT-1", customer=customer, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
                        created_by=shop.manager, created_at=dt.datetime(2026, 3, 11, 10, 0))
    contract.save()
    stored = _through_peewee(Contract, Contract.id == contract.id)
    assert stored.customer_id == customer.id and stored.created_by_id == shop.manager.id
    assert stored.renewed_from_id is None and stored.status == "active"


def test_a_model_bound_to_another_database_for_a_while_is_read_and_written_there(shop, tmp_path):
    other = peewee.SqliteDatabase(str(tmp_path / "other.sqlite3"))
    with other.bind_ctx([Setting]):
        other.create_tables([Setting])
        Setting(key="shop_name", value="别处的店").save(force_insert=True)
        assert Setting.get_or_none(Setting.key == "shop_name").value == "别处的店"
    assert getattr(Setting.get_or_none(Setting.key == "shop_name"), "value", None) != "别处的店"
    assert other.execute_sql("SELECT COUNT(*) FROM setting").fetchone()[0] == 1


def test_every_kind_of_column_reads_back_as_peewee_reads_it_even_a_value_another_program_wrote(shop):
    """A read built from the row keeps text as it is and converts a whole number only when it is not one: the
    record is peewee's own, whatever SQLite hands back (a flag, dates, a foreign key set or not, a number
    stored as text or as a fraction by another program)."""
    from aftersales_desktop.core.db import database

    customer = create_customer(shop.clerk, name="王小明", phone="139 1234 5678", area="city")
    contract = Contract.create(number="BY2026-00001", customer=customer, start=dt.date(2026, 1, 1),
                               end=dt.date(2026, 12, 31), created_by=shop.clerk, created_at=dt.datetime(2026, 1, 1, 9))
    from aftersales_desktop.core.models import Staff

    checks = [(Staff, Staff.id == shop.clerk.id), (Contract, Contract.id == contract.id),
              (Customer, Customer.id == customer.id)]
    from aftersales_desktop.core.db import is_postgres

    for odd in ("'42'", "2.5") if is_postgres() else ("'lots'", "'42'", "2.5", "'-7'"):  # PostgreSQL checks types
        database.execute_sql(f"UPDATE contract SET visits_included = {odd}, fee_fen = {odd} WHERE id = ?",
                             (contract.id,))
        if not is_postgres():  # text stored as bytes, as another program may: peewee reads it as text
            database.execute_sql("UPDATE contract SET coverage = CAST(? AS BLOB) WHERE id = ?", ("全保", contract.id))
        for model, expr in checks:
            fast = model.get_or_none(expr)
            assert fast.__data__ == _through_peewee(model, expr).__data__, (odd, model)
            assert [type(v) for v in fast.__data__.values()] == [
                type(v) for v in _through_peewee(model, expr).__data__.values()]
    assert Contract.get_by_id(contract.id).created_by_id == shop.clerk.id
    assert Staff.get_by_id(shop.clerk.id).active is True
