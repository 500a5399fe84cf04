"""Papers are in the shop's paper language, whatever language the person printing them uses on screen."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import current_language, set_language
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.services.calls import register_call
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.export.excel.workbook import default_file_name, export_month
from aftersales_desktop.export.papers.goods_receipt import goods_receipt
from aftersales_desktop.export.papers.voucher import voucher_paper
from tests.core.repair_helpers import card_in_shop
from tests.export.workbook_helpers import load
from tests.factories import make_customer


@pytest.fixture
def call(shop):
    _, product = make_customer(shop.clerk)
    return register_call(shop.clerk, received_at=clock.now() - dt.timedelta(hours=1), channel="phone", problem="不制冷",
                         customer_id=product.customer_id, product_id=product.id)


def test_a_clerk_who_reads_english_still_prints_chinese_papers(shop, call, tmp_path):
    card = card_in_shop(shop, name="李娜")
    set_language("en")  # this person's screen
    voucher = voucher_paper(call_detail(call.id))
    assert voucher.title == "服务凭证" and "有费服务" in voucher.subtitle
    assert goods_receipt(card.receipt).title == "客户商品领取收据"
    assert load(export_month(Month(2026, 3), tmp_path / "m.xlsx")).sheetnames[:2] == ["汇总", "叫修"]
    assert default_file_name(Month(2026, 3)) == "2026-03 月度报表.xlsx"
    assert current_language() == "en"  # the screen keeps its language


def test_the_shop_may_print_in_english_from_a_chinese_screen(shop, call):
    update_settings(shop.manager, {"paper_language": "en"})
    voucher = voucher_paper(call_detail(call.id))
    assert voucher.title == "Service voucher" and "Paid service" in voucher.subtitle
    assert current_language() == "zh_CN"
    with pytest.raises(ValidationError, match="中文或英文"):
        update_settings(shop.manager, {"paper_language": "fr"})


def test_every_paper_and_workbook_is_built_in_the_paper_language():
    """A new paper (or workbook) must say so too: each builder is wrapped by in_paper_language."""
    import importlib
    import inspect
    import pkgutil

    import aftersales_desktop.export.papers as papers
    from aftersales_desktop.export.excel.quarter_workbook import export_quarter

    builders = []
    for info in pkgutil.iter_modules(papers.__path__, papers.__name__ + "."):
        module = importlib.import_module(info.name)
        builders += [fn for name, fn in inspect.getmembers(module, inspect.isfunction)
                     if fn.__module__ == module.__name__ and not name.startswith("_")
                     and inspect.signature(inspect.unwrap(fn)).return_annotation in ("Paper", "p.Paper")]
    assert len(builders) >= 12
    unwrapped = [fn.__name__ for fn in [*builders, export_month, export_quarter] if not hasattr(fn, "__wrapped__")]
    assert not unwrapped, f"decorate with @in_paper_language: {unwrapped}"
