"""Two people editing the same record: the second save is refused with who changed it and when (both engines)."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock


def test_the_second_save_of_a_changed_part_is_refused_with_who_and_when(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.errors import Conflict
    from aftersales_desktop.core.i18n import set_language
    from aftersales_desktop.core.services.parts import create_part, update_part
    from aftersales_desktop.core.services.staff import create_staff

    li = create_staff(shop.manager, "李卫东", "storekeeper", "1234")
    part = create_part(shop.storekeeper, code="KT-100", name="电容", fits_models="", unit="个", bin_location="A",
                       price_fen=1000, min_qty=0)
    first_form = version_of("part", part.id, "part.edit")  # two counters open the same part
    second_form = version_of("part", part.id, "part.edit")
    clock.set_now(dt.datetime(2026, 3, 11, 14, 2))
    update_part(li, part.id, seen_version=first_form, name="电容 35μF")
    set_language("en")
    with pytest.raises(Conflict) as err:
        update_part(shop.storekeeper, part.id, seen_version=second_form, name="电容 40μF")
    assert str(err.value.message) == "changed by 李卫东 at 14:02 — reload"
    from aftersales_desktop.core.models import Part

    assert Part.get_by_id(part.id).name == "电容 35μF"
    update_part(shop.storekeeper, part.id, seen_version=version_of("part", part.id, "part.edit"), name="电容 40μF")


def test_a_stock_move_does_not_make_the_part_form_stale_but_a_customer_edit_does(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.errors import Conflict
    from aftersales_desktop.core.services.customers import update_customer
    from aftersales_desktop.core.services.parts import create_part, update_part
    from aftersales_desktop.core.services.stock import receive
    from tests.factories import make_customer

    part = create_part(shop.storekeeper, code="KT-101", name="电容", fits_models="", unit="个", bin_location="A",
                       price_fen=1000, min_qty=0)
    form = version_of("part", part.id, "part.edit")
    receive(shop.storekeeper, part.id, 3, 500, "格力配件中心")
    assert update_part(shop.storekeeper, part.id, seen_version=form, name="电容 45μF").name == "电容 45μF"
    customer, _ = make_customer(shop.clerk)
    form = version_of("customer", customer.id)
    update_customer(shop.clerk, customer.id, seen_version=form, address="新地址 1 号")
    with pytest.raises(Conflict) as err:
        update_customer(shop.manager, customer.id, seen_version=form, address="新地址 2 号")
    assert "陈晓燕" in str(err.value.message)
