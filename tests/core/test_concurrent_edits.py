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


# ---------------------------------------------------------------- every edit form's service
# Each case: (the record's version as its form reads it, a save of value n with a version, the value stored now).


def _product(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import Product
    from aftersales_desktop.core.services.customers import update_product
    from tests.factories import make_customer

    _customer, product = make_customer(shop.clerk)
    return (lambda: version_of("product", product.id),
            lambda who, seen, n: update_product(who, product.id, seen_version=seen, model=f"KFR-{n}"),
            lambda: Product.get_by_id(product.id).model)


def _staff(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import Staff
    from aftersales_desktop.core.permissions import Action
    from aftersales_desktop.core.services.staff import authenticate, update_staff

    def seen():
        authenticate(shop.technician.name, "1234")  # signing in does not make the manager's form stale
        return version_of("staff", shop.technician.id, Action.STAFF_MANAGE.value)

    return (seen, lambda who, v, n: update_staff(who, shop.technician.id, phone=f"1390000000{n}", seen_version=v),
            lambda: Staff.get_by_id(shop.technician.id).phone)


def _rule(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import ConductRule
    from aftersales_desktop.core.services.conduct import edit_rule

    rule = ConductRule.select().order_by(ConductRule.id).first()
    return (lambda: version_of("conduct_rule", rule.id),
            lambda who, v, n: edit_rule(who, rule.id, seen_version=v, title=f"上班迟到 {n}"),
            lambda: ConductRule.get_by_id(rule.id).title)


def _card(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import RepairCard
    from aftersales_desktop.core.permissions import Action
    from aftersales_desktop.core.services.repairs import update_card
    from tests.factories import make_work_order

    _call, card = make_work_order(shop.clerk)
    return (lambda: version_of("repair_card", card.id, Action.REPAIR_EDIT.value),
            lambda who, v, n: update_card(who, card.id, diagnosis=f"电容坏 {n}", seen_version=v),
            lambda: RepairCard.get_by_id(card.id).diagnosis)


def _quote(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import RepairCard
    from aftersales_desktop.core.permissions import Action
    from aftersales_desktop.core.services.repairs import latest_quote, save_quote
    from tests.factories import make_work_order

    _call, card = make_work_order(shop.clerk, card_status="received")
    return (lambda: version_of("repair_card", card.id, Action.QUOTE_EDIT.value),
            lambda who, v, n: save_quote(who, card.id, labour_fen=1000 * n, seen_version=v),
            lambda: latest_quote(RepairCard.get_by_id(card.id)).labour_fen)


def _checklist(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import GoodsReceipt
    from aftersales_desktop.core.permissions import Action
    from aftersales_desktop.core.services.photos import set_checklist
    from tests.factories import make_work_order

    _call, card = make_work_order(shop.clerk)
    rid = card.receipt_id
    return (lambda: version_of("goods_receipt", rid, Action.GOODS_RECEIVE.value),
            lambda who, v, n: set_checklist(who, rid, {"scratches": n % 2 == 0, "dents": n > 2}, seen_version=v),
            lambda: GoodsReceipt.get_by_id(rid).checklist)


def _settings(shop):
    from aftersales_desktop.core import settings
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.services.settings import update_settings

    return (lambda: version_of("setting", None),
            lambda who, v, n: update_settings(who, {"labour_rate_fen_per_hour": 8000 + n}, seen_version=v),
            lambda: settings.get("labour_rate_fen_per_hour"))


def _holidays(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import Holiday
    from aftersales_desktop.core.services.settings import set_holidays

    return (lambda: version_of("holiday", None),
            lambda who, v, n: set_holidays(who, 2026, [(dt.date(2026, 10, n), "holiday", "国庆节")], seen_version=v),
            lambda: [h.day for h in Holiday.select()])


def _dispatch(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import ServiceCall
    from aftersales_desktop.core.permissions import Action
    from aftersales_desktop.core.services.calls import dispatch_call, register_call
    from tests.factories import make_customer

    _customer, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="不制冷",
                         customer_id=product.customer_id, product_id=product.id)
    techs = {1: shop.technician.id, 2: shop.technician2.id, 3: shop.supervisor.id}
    return (lambda: version_of("service_call", call.id, Action.CALL_DISPATCH.value),
            lambda who, v, n: dispatch_call(who, call.id, techs[n], seen_version=v),
            lambda: ServiceCall.get_by_id(call.id).technician_id)


def _reply(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import Complaint
    from aftersales_desktop.core.services.complaints import record_reply, register_complaint
    from tests.factories import make_customer

    customer, _product = make_customer(shop.clerk)
    complaint = register_complaint(shop.clerk, "师傅迟到两小时", customer_id=customer.id)
    return (lambda: version_of("complaint", complaint.id),
            lambda who, v, n: record_reply(who, complaint.id, "phone", f"已向客户道歉 {n}", seen_version=v),
            lambda: Complaint.get_by_id(complaint.id).outcome)


def _counts(shop):
    from aftersales_desktop.core.concurrency import version_of
    from aftersales_desktop.core.models import StocktakeLine
    from aftersales_desktop.core.services.parts import create_part
    from aftersales_desktop.core.services.stocktake import enter_counts, start_stocktake

    for code in ("KT-1", "KT-2"):
        create_part(shop.storekeeper, code=code, name="电容", price_fen=1000, min_qty=0)
    take = start_stocktake(shop.storekeeper)
    first, other = [line.id for line in take.lines.order_by(StocktakeLine.id)]
    sheet = version_of("stocktake", take.id)
    # another storekeeper counting another shelf of the same stocktake does not make this sheet stale
    enter_counts(shop.storekeeper, take.id, {other: 4}, seen_version=sheet)
    enter_counts(shop.manager, take.id, {first: 5}, seen_version=sheet)
    return (lambda: version_of("stocktake", take.id),
            lambda who, v, n: enter_counts(who, take.id, {first: n}, seen_version=v),
            lambda: StocktakeLine.get_by_id(first).counted_qty)


FORMS = [_product, _staff, _rule, _card, _quote, _checklist, _settings, _holidays, _dispatch, _reply, _counts]


@pytest.mark.parametrize("form", FORMS, ids=[f.__name__.strip("_") for f in FORMS])
def test_every_edit_form_refuses_a_save_over_someone_elses(shop, form):
    """Two people open the same record; 李卫东 saves first at 14:02; the second save is refused with who and
    when and changes nothing; after a reload it goes through."""
    from aftersales_desktop.core.errors import ChangedMeanwhile
    from aftersales_desktop.core.i18n import set_language
    from aftersales_desktop.core.services.staff import create_staff

    li = create_staff(shop.manager, "李卫东", "manager", "123456")
    version, save, stored = form(shop)
    mine, theirs = version(), version()
    clock.set_now(dt.datetime(2026, 3, 11, 14, 2))
    save(li, theirs, 1)
    after_theirs = stored()
    set_language("en")
    with pytest.raises(ChangedMeanwhile) as err:
        save(shop.manager, mine, 2)
    assert str(err.value.message) == "changed by 李卫东 at 14:02 — reload"
    assert stored() == after_theirs
    save(shop.manager, version(), 3)  # reloaded: the save goes through
    assert stored() != after_theirs
