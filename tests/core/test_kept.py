"""Kept query shapes (core/models/kept.py) give exactly what peewee's own run of the same query gives, reuse
their text after the first run, and fall back to peewee whenever a value could change the shape."""

import datetime as dt

from aftersales_desktop.core.models import Customer, Product
from aftersales_desktop.core.models.kept import MAX_VALUES, Kept
from aftersales_desktop.core.services.customers import add_product, create_customer


class Counted:
    """A build function that counts how often the query is built."""

    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, *values):
        self.calls += 1
        return self.build(*values)


def _shop_with_products(shop):
    a = create_customer(shop.clerk, name="王小明", phone="139 1234 5678", area="city")
    b = create_customer(shop.clerk, name="李四", phone="138 0000 0000", area="suburb")
    for customer, serials in ((a, ["A1", "A2", "A3"]), (b, ["B1"])):
        for n, serial in enumerate(serials):
            add_product(shop.clerk, customer.id, name="空调", model="KFR-35GW", serial=serial,
                        purchase_date=dt.date(2024, 1, 5 + n), warranty_end=dt.date(2027, 1, 5))
    return a, b


def test_rows_first_exists_and_execute_match_peewee_and_reuse_the_text(shop):
    a, b = _shop_with_products(shop)
    build = Counted(lambda customer_id, since: Product.select().where(
        (Product.customer == customer_id) & (Product.purchase_date >= since)).order_by(Product.serial.desc()))
    kept = Kept(build)
    for customer, since in ((a.id, dt.date(2024, 1, 6)), (b.id, dt.date(2024, 1, 1)), (a.id, dt.date(2030, 1, 1)),
                            (a.id + 99, dt.date(2024, 1, 1))):
        expected = [p.__data__ for p in build.build(customer, since)]
        assert [p.__data__ for p in kept.rows(customer, since)] == expected
        first = kept.first(customer, since)
        assert (first.__data__ if first else None) == (expected[0] if expected else None)
        assert kept.exists(customer, since) is bool(expected)
    assert [p.serial for p in kept.rows(a.id, dt.date(2024, 1, 6))] == ["A3", "A2"]
    built = build.calls
    kept.rows(b.id, dt.date(2024, 1, 1))
    kept.first(a.id, dt.date(2024, 1, 1))
    kept.exists(a.id, dt.date(2024, 1, 1))
    assert build.calls == built  # planned once per way of running it; then only the values change
    rename = Kept(lambda name, customer_id: Customer.update(name=name).where(Customer.id == customer_id))
    assert rename.execute("王大明", a.id) == 1 and rename.execute("李小四", b.id) == 1
    assert rename.execute("没有这个人", b.id + 99) == 0
    assert [c.name for c in Customer.select().order_by(Customer.id)] == ["王大明", "李小四"]


def test_a_value_that_could_change_the_shape_goes_through_peewee(shop):
    a, _ = _shop_with_products(shop)
    kept = Kept(lambda customer_id: Product.select().where(Product.customer == customer_id).order_by(Product.id))
    assert len(kept.rows(a.id)) == 3
    assert kept.rows(None) == []  # `== None` is IS NULL in peewee: another shape, run by peewee
    assert len(kept.rows(a)) == 3  # a record instead of an id: peewee converts it
    flag = Kept(lambda warranty: Product.select().where(Product.warranty_end.is_null(not warranty)))
    assert len(flag.rows(True)) == 4 and flag.rows(False) == []  # a flag decides the shape: never kept
    assert flag._plans == {}



def test_a_list_of_ids_keeps_one_text_per_length_and_count_is_peewees(shop):
    a, b = _shop_with_products(shop)
    ids = [p.id for p in Product.select().order_by(Product.id)]
    build = Counted(lambda customer_id, *wanted: Product.select().where(
        Product.id.in_(wanted) & (Product.customer == customer_id)).order_by(Product.serial))
    kept = Kept(build)
    for customer, wanted in ((a.id, ids[:1]), (a.id, ids[:3]), (b.id, ids), (a.id, ids[2:3]), (a.id, [ids[0]] * 3),
                             (a.id, list(reversed(ids[:3]))), (b.id, [ids[0] + 99])):
        expected = [p.__data__ for p in build.build(customer, *wanted)]
        assert [p.__data__ for p in kept.rows(customer, *wanted)] == expected
        assert kept.count(customer, *wanted) == build.build(customer, *wanted).count() == len(expected)
        assert kept.exists(customer, *wanted) is bool(expected)
    built = build.calls
    assert [p.serial for p in kept.rows(a.id, ids[1], ids[0], ids[2])] == ["A1", "A2", "A3"]
    assert kept.count(b.id, *ids[:3]) == 0
    assert build.calls == built  # each length (1, 3 and 4 ids) was planned once, then only the values change
    assert len(kept.rows(a.id, *([ids[0]] * (MAX_VALUES + 1)))) == 1  # too long to plan: peewee builds it
    assert build.calls == built + 1


def test_a_shape_without_values_and_an_insert_keep_their_text(shop):
    a, _ = _shop_with_products(shop)
    build = Counted(lambda: Product.select(Product.serial).where(Product.warranty_end > dt.date(2026, 1, 1))
                    .order_by(Product.serial.desc()).limit(2))
    newest = Kept(build)
    assert [p.serial for p in newest.rows()] == ["B1", "A3"] and newest.count() == 2
    built = build.calls
    assert [p.serial for p in newest.rows()] == ["B1", "A3"] and newest.first().serial == "B1"
    assert build.calls == built + 1  # `first` planned once; `rows` ran its kept text
    add = Kept(lambda customer_id, *serials: Product.insert_many(
        [{"customer": customer_id, "name": "冰箱", "model": "BCD-200", "serial": s, "created_at": dt.datetime(2026, 2, 1)}
         for s in serials]).as_rowcount())
    assert add.execute(a.id, "C1", "C2") == 2 and add.execute(a.id, "C3", "C4") == 2
    assert [p.serial for p in Product.select().where(Product.name == "冰箱").order_by(Product.id)] == ["C1", "C2", "C3", "C4"]
