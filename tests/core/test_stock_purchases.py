"""Buying with three quotes compared (三家比价): a direct purchase (自采) or goods in from a supplier not on the
regular list; fewer than three only with the manager's override and a reason; a dearer pick needs a reason."""

from __future__ import annotations

import pytest

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.models import Part, SupplierQuote
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.purchases import QuoteIn, direct_purchase

THREE = [QuoteIn("五金城张记", 4200), QuoteIn("电子市场李记", 3900), QuoteIn("配件批发部", 4500)]


def test_three_quotes_receive_at_the_chosen_price(shop):
    part = create_part(shop.storekeeper, code="R1", name="油烟机电机", price_fen=15000)
    purchase = direct_purchase(shop.storekeeper, part.id, 2, THREE, chosen=1)
    assert purchase.chosen_supplier == "电子市场李记" and purchase.unit_cost_fen == 3900
    assert SupplierQuote.select().where(SupplierQuote.purchase == purchase.id).count() == 3
    part = Part.get_by_id(part.id)
    assert (part.qty_on_hand, part.cost_fen) == (2, 3900)
    assert purchase.move.kind == "purchase"


def test_fewer_than_three_refused_unless_the_manager_overrides(shop):
    part = create_part(shop.storekeeper, code="R1", name="油烟机电机")
    with pytest.raises(ValidationError) as err:
        direct_purchase(shop.storekeeper, part.id, 1, THREE[:2], chosen=1, override_reason="急用")
    assert "三家" in err.value.message
    with pytest.raises(ValidationError) as err:
        direct_purchase(shop.manager, part.id, 1, THREE[:2], chosen=1)
    assert err.value.field == "override_reason"
    purchase = direct_purchase(shop.manager, part.id, 1, THREE[:2], chosen=1, override_reason="周末只有两家开门,客户急用")
    assert purchase.override_by.id == shop.manager.id
    assert Part.get_by_id(part.id).qty_on_hand == 1


def test_same_supplier_twice_is_not_three_quotes(shop):
    part = create_part(shop.storekeeper, code="R1", name="油烟机电机")
    with pytest.raises(ValidationError):
        direct_purchase(shop.storekeeper, part.id, 1, [THREE[0], THREE[0], THREE[1]], chosen=0)


def test_a_dearer_quote_needs_a_reason(shop):
    part = create_part(shop.storekeeper, code="R1", name="油烟机电机")
    with pytest.raises(ValidationError) as err:
        direct_purchase(shop.storekeeper, part.id, 1, THREE, chosen=2)
    assert err.value.field == "dearer_reason" and "39.00" in err.value.message
    purchase = direct_purchase(shop.storekeeper, part.id, 1, THREE, chosen=2, dearer_reason="原厂件,质保一年")
    assert (purchase.chosen_supplier, purchase.dearer_reason, purchase.kind) == ("配件批发部", "原厂件,质保一年", "direct")


def test_a_receipt_from_an_unlisted_supplier_without_three_quotes_is_refused(shop):
    from aftersales_desktop.core.models import DirectPurchase, StockMove
    from aftersales_desktop.core.services.stock import receive

    part = create_part(shop.storekeeper, code="R1", name="油烟机电机")
    with pytest.raises(ValidationError) as err:
        receive(shop.storekeeper, part.id, 2, 4000, "路边配件店")
    assert "三家" in err.value.message
    assert Part.get_by_id(part.id).qty_on_hand == 0 and StockMove.select().count() == 0
    others = [QuoteIn("五金城张记", 4200), QuoteIn("电子市场李记", 4100)]
    move = receive(shop.storekeeper, part.id, 2, 4000, "路边配件店", quotes=others)
    purchase = DirectPurchase.get(DirectPurchase.move == move.id)
    assert (purchase.kind, purchase.chosen_supplier, purchase.unit_cost_fen) == ("receipt", "路边配件店", 4000)
    assert sorted(q.supplier for q in purchase.quotes) == ["五金城张记", "电子市场李记", "路边配件店"]
    assert move.kind == "receive" and Part.get_by_id(part.id).qty_on_hand == 2
    receive(shop.storekeeper, part.id, 1, 4000, "格力配件中心")  # a regular supplier: no quotes asked
    assert DirectPurchase.select().count() == 1
    with pytest.raises(ValidationError) as err:  # the manager may override with a reason
        receive(shop.manager, part.id, 1, 4500, "路边配件店", quotes=others[:1], override_reason="急用")
    assert err.value.field == "dearer_reason"
    receive(shop.manager, part.id, 1, 4500, "路边配件店", quotes=others[:1], override_reason="急用", dearer_reason="当天能送到")
    assert Part.get_by_id(part.id).qty_on_hand == 4
