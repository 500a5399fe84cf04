"""Direct purchase (自采): three quotes, or a manager's override with a reason."""

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
        direct_purchase(shop.storekeeper, part.id, 1, THREE[:2], chosen=0, override_reason="急用")
    assert "三家" in err.value.message
    with pytest.raises(ValidationError) as err:
        direct_purchase(shop.manager, part.id, 1, THREE[:2], chosen=0)
    assert err.value.field == "override_reason"
    purchase = direct_purchase(shop.manager, part.id, 1, THREE[:2], chosen=0, override_reason="周末只有两家开门,客户急用")
    assert purchase.override_by.id == shop.manager.id
    assert Part.get_by_id(part.id).qty_on_hand == 1


def test_same_supplier_twice_is_not_three_quotes(shop):
    part = create_part(shop.storekeeper, code="R1", name="油烟机电机")
    with pytest.raises(ValidationError):
        direct_purchase(shop.storekeeper, part.id, 1, [THREE[0], THREE[0], THREE[1]], chosen=0)
