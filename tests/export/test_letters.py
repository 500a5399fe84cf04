"""Letters greet the customer naturally, in the form the shop chose in its settings."""

from __future__ import annotations

import pytest

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import set_language
from aftersales_desktop.core.services import complaints
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.export.papers.common import salutation
from aftersales_desktop.export.papers.complaint_reply import complaint_reply_paper
from tests.factories import make_customer


@pytest.mark.parametrize("form,zh,en", [
    ("sir_madam", "尊敬的陈平先生/女士:", "Dear Mr/Ms 陈平,"),
    ("customer", "尊敬的陈平客户:", "Dear customer 陈平,"),
    ("name", "尊敬的陈平:", "Dear 陈平,"),
])
def test_the_shops_chosen_salutation_heads_the_letter(shop, form, zh, en):
    update_settings(shop.manager, {"letter_salutation": form})
    customer, _ = make_customer(shop.clerk, name=" 陈平 ")
    complaint = complaints.register_complaint(shop.clerk, "上门迟到", customer_id=customer.id)
    assert zh in complaint_reply_paper(complaint).plain_text()
    set_language("en")
    assert salutation("陈平") == en


def test_an_organisation_is_greeted_by_its_name_and_the_default_is_sir_or_madam(shop):
    assert salutation("南京新街口百货有限公司") == "尊敬的南京新街口百货有限公司:"
    assert salutation("陈 平") == "尊敬的陈 平先生/女士:"  # the name as written, no stray spaces added


def test_an_unknown_salutation_is_refused(shop):
    with pytest.raises(ValidationError) as err:
        update_settings(shop.manager, {"letter_salutation": "亲"})
    assert err.value.field == "letter_salutation"
