"""Phone numbers as Chinese customers give them: every form is stored as digits, shown grouped, and finds the
customer again — through the customer service, the global search and the register dialog's search."""

from __future__ import annotations

import pytest

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.models import Customer
from aftersales_desktop.core.phones import format_phone, normalise_phone
from aftersales_desktop.core.queries.calls import CallFilter, list_calls, search_customers
from aftersales_desktop.core.queries.search import search
from aftersales_desktop.core.services.customers import create_customer, update_customer
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.validation import check_phone

FORMS = [  # typed, stored, shown
    ("13912345678", "13912345678", "139 1234 5678"),
    ("139 1234 5678", "13912345678", "139 1234 5678"),
    ("139-1234-5678", "13912345678", "139 1234 5678"),
    ("+86 139 1234 5678", "13912345678", "139 1234 5678"),
    ("0086-139-1234-5678", "13912345678", "139 1234 5678"),
    ("１３９１２３４５６７８", "13912345678", "139 1234 5678"),  # full-width digits from a Chinese IME
    ("84561234", "02584561234", "025-8456 1234"),  # local: the shop's area code 025
    ("8456 1234", "02584561234", "025-8456 1234"),
    ("025-84561234", "02584561234", "025-8456 1234"),
    ("(025)8456 1234", "02584561234", "025-8456 1234"),
    ("（025）84561234", "02584561234", "025-8456 1234"),
    ("+86 25 8456 1234", "02584561234", "025-8456 1234"),
    ("010-62751234", "01062751234", "010-6275 1234"),
    ("0571-88886666", "057188886666", "0571-8888 6666"),
    ("0571 8888666", "05718888666", "0571-888 8666"),
    ("025-84561234-801", "02584561234-801", "025-8456 1234-801"),
    ("025-84561234转801", "02584561234-801", "025-8456 1234-801"),
    ("400-812-3456", "4008123456", "400-812-3456"),
    ("800 810 8888", "8008108888", "800-810-8888"),
]


@pytest.mark.parametrize("typed,stored,shown", FORMS)
def test_every_form_is_stored_as_digits_and_shown_grouped(typed, stored, shown):
    assert normalise_phone(typed, "025") == stored
    assert format_phone(stored) == shown
    assert normalise_phone(shown, "025") == stored  # what the screen shows reads back to the same number


@pytest.mark.parametrize("text", ["12345678901", "1391234567", "139 1234 5678-12", "02512345", "phone", "0571-8888"])
def test_what_is_no_phone_is_refused_with_a_sentence(text):
    with pytest.raises(ValidationError) as err:
        check_phone(text, local_area="025")
    assert "11 位" in err.value.message and "400/800" in err.value.message and err.value.field == "phone"


def test_a_local_number_needs_an_area_code_when_the_shop_has_none():
    assert normalise_phone("84561234") is None
    with pytest.raises(ValidationError) as err:
        check_phone("84561234", local_area="")
    assert "区号" in err.value.message and "本地座机" in err.value.message


def test_text_that_is_no_number_is_shown_as_it_is():
    assert format_phone("0571-8888") == "0571-8888" and format_phone("") == ""


@pytest.mark.parametrize("typed,stored,_shown", FORMS)
def test_the_customer_service_stores_every_form_and_the_search_finds_it_by_any_other(shop, typed, stored, _shown):
    customer = create_customer(shop.clerk, name="陈平", phone=typed, phone2="")
    create_customer(shop.clerk, name="李四", phone="13800000000")
    assert Customer.get_by_id(customer.id).phone == stored
    for other, same, shown in FORMS:
        if same != stored:
            continue
        for query in (other, shown):
            hits = [h for h in search(query) if h.kind == "customer"]
            assert [h.record_id for h in hits] == [customer.id], query
            assert hits[0].number == format_phone(stored)
            assert [m.id for m in search_customers(query)] == [customer.id], query


def test_a_local_number_takes_the_area_code_of_the_shops_phone(shop):
    update_settings(shop.manager, {"shop_phone": "0571-8888 6666"})
    customer = create_customer(shop.clerk, name="钱军", phone="8888 6668", phone2="84561234")
    assert (customer.phone, customer.phone2) == ("057188886668", "057184561234")
    assert [h.record_id for h in search("8888 6668") if h.kind == "customer"] == [customer.id]
    assert [m.id for m in search_customers("0571-8456")] == [customer.id]  # the start of the second phone


def test_the_shops_phone_is_stored_as_digits_and_refused_when_no_phone(shop):
    from aftersales_desktop.core import settings

    assert settings.get("shop_phone") == "02584561234"
    with pytest.raises(ValidationError):
        update_settings(shop.manager, {"shop_phone": "问前台"})
    update_settings(shop.manager, {"shop_phone": "400-812-3456"})
    assert settings.get("shop_phone") == "4008123456"


def test_update_keeps_the_stored_form_and_search_by_start_and_tail(shop):
    customer = create_customer(shop.clerk, name="陈平", phone="139 1234 5678")
    update_customer(shop.clerk, customer.id, phone2="025 8456 1234")
    assert Customer.get_by_id(customer.id).phone2 == "02584561234"
    for part in ("139 1234", "+86 139", "5678", "1234", "8456", "025-8456"):
        assert customer.id in [h.record_id for h in search(part) if h.kind == "customer"], part


def test_the_call_list_filter_finds_the_customer_by_any_form(shop):
    from tests.factories import make_work_order

    call, _card = make_work_order(shop.clerk)
    make_work_order(shop.clerk)
    phone = update_customer(shop.clerk, call.customer_id, phone="+86 139-8765-4321").phone
    for typed in (format_phone(phone), "+86 " + format_phone(phone), phone[-6:]):
        assert [r.id for r in list_calls(CallFilter(text=typed)).fetch(0, 10)] == [call.id], typed


def test_the_phone_search_is_served_by_the_indexes(shop):
    from aftersales_desktop.core.db import database
    from aftersales_desktop.core.queries.find_customers import steps

    for condition in steps("139 1234 5678")[:1]:
        sql, params = Customer.select().where(condition).sql()
        plan = " ".join(str(row) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "customer_phone" in plan and "customer_phone2" in plan and "SCAN" not in plan.replace("SCAN CONSTANT", "")
