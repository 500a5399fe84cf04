"""Bounded input: money up to ¥10,000,000.00, quantities up to 1,000,000, text that fits its paper, characters
that can be stored. Beyond that a sentence names the field; never an OverflowError or a UnicodeEncodeError."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core.bounds import MAX_FEN, MAX_QTY
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.models import AuditEntry, Customer, Invoice, Part, Quote, ServiceCall
from aftersales_desktop.core.services import invoices, parts, repairs, stock
from aftersales_desktop.core.services.calls import register_call
from aftersales_desktop.core.services.customers import create_customer
from tests.core.repair_helpers import card_in_shop
from tests.factories import make_customer

HUGE = 2**63


def _refused(fn, *args, field: str | None = None, words: str = "", **kwargs) -> ValidationError:
    audit_before = AuditEntry.select().count()
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    assert AuditEntry.select().count() == audit_before  # nothing written
    if field:
        assert err.value.field == field, err.value.message
    assert words in err.value.message
    return err.value


@pytest.mark.parametrize("amount", [HUGE, MAX_FEN + 1, 10**30])
def test_money_past_ten_million_yuan_gets_a_sentence(shop, amount):
    card = card_in_shop(shop)
    part = parts.create_part(shop.storekeeper, code="P-1", name="电容", price_fen=3500)
    _refused(repairs.save_quote, shop.technician, card.id, labour_fen=amount, field="labour_fen", words="10,000,000.00")
    _refused(invoices.add_invoice_line, shop.clerk, amount, repair_card_id=card.id, field="amount_fen",
             words="10,000,000.00")
    _refused(parts.create_part, shop.storekeeper, code="P-2", name="压缩机", price_fen=amount, field="price_fen")
    _refused(stock.receive, shop.storekeeper, part.id, 5, amount, "南京华瑞配件", field="unit_cost_fen")
    assert not Quote.select().where(Quote.repair_card == card.id).exists() and not Invoice.select().exists()
    assert Part.select().count() == 1


def test_the_largest_amount_and_quantity_are_taken(shop):
    part = parts.create_part(shop.storekeeper, code="P-1", name="发电机组", price_fen=MAX_FEN)
    move = stock.receive(shop.storekeeper, part.id, MAX_QTY, MAX_FEN, "南京华瑞配件")
    assert move.value_fen == MAX_QTY * MAX_FEN and Part.get_by_id(part.id).qty_on_hand == MAX_QTY


@pytest.mark.parametrize("qty", [HUGE, MAX_QTY + 1])
def test_quantities_are_bounded(shop, qty):
    part = parts.create_part(shop.storekeeper, code="P-1", name="电容")
    _refused(stock.receive, shop.storekeeper, part.id, qty, 100, "南京华瑞配件", field="qty")
    _refused(stock.internal_use, shop.storekeeper, part.id, qty, "行政部", "会议室", field="qty")
    assert Part.get_by_id(part.id).qty_on_hand == 0


def test_a_lone_surrogate_is_a_sentence_not_a_crash(shop):
    _refused(create_customer, shop.clerk, name="王\ud800明", phone="13912345678", field="name", words="无法保存")
    _refused(create_customer, shop.clerk, name="王小明", phone="13912345678", note="备注\x00", field="note")
    assert not Customer.select().exists()


def test_text_longer_than_its_paper_is_refused_naming_the_field(shop):
    _customer, product = make_customer(shop.clerk)

    def register(problem: str):
        return register_call(shop.clerk, received_at=dt.datetime(2026, 3, 11, 9), channel="phone", problem=problem,
                             customer_id=product.customer_id, product_id=product.id)

    error = _refused(register, "不制冷" * 667 + "啊啊", field="problem")
    assert error.message == "“故障情况”最多 2000 个字,现在有 2003 个。"
    _refused(register, "\n".join(["一行"] * 61), field="problem", words="60 行")
    assert not ServiceCall.select().exists()
    assert len(register("不" * 2000).problem) == 2000  # the limit itself is taken (and prints: tests/gui/test_long_papers.py)
    _refused(create_customer, shop.clerk, name="张" * 61, phone="13912345678", field="name", words="60 个字")
