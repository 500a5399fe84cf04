"""Global search: phone, name, pinyin initials, paper numbers and serials, without loading whole tables."""

from __future__ import annotations

from aftersales_desktop.core.models import ServiceCall, Voucher
from aftersales_desktop.core.queries.search import search
from tests.factories import make_customer


def _call(shop, customer, product, number: str, voucher: str | None = None) -> ServiceCall:
    from aftersales_desktop.core import clock

    call = ServiceCall.create(
        number=number, received_at=clock.now(), channel="phone", customer=customer, product=product,
        problem="不制冷", area="city", kind="paid", created_by=shop.clerk, created_at=clock.now(),
    )  # fmt: skip
    if voucher:
        Voucher.create(number=voucher, call=call, issued_at=clock.now())
    return call


def test_finds_customer_by_phone_start_and_tail(shop):
    customer, _ = make_customer(shop.clerk)
    make_customer(shop.clerk, name="李四", phone="13800000000")
    assert [(h.kind, h.record_id, h.area) for h in search("1391234")] == [("customer", customer.id, "calls")]
    assert [h.record_id for h in search("5678")] == [customer.id]


def test_finds_customer_by_name_and_pinyin_initials(shop):
    customer, _ = make_customer(shop.clerk, name="王小明")
    assert [h.record_id for h in search("wxm") if h.kind == "customer"] == [customer.id]
    assert [h.record_id for h in search("WX") if h.kind == "customer"] == [customer.id]
    assert [h.record_id for h in search("小明") if h.kind == "customer"] == [customer.id]


def test_finds_calls_by_number_prefix_serial_and_voucher(shop):
    customer, product = make_customer(shop.clerk)
    call = _call(shop, customer, product, "JX2026-00042", voucher="PZ2026-00007")
    _call(shop, customer, product, "JX2026-00043")
    exact = search("JX2026-00042")
    assert [(h.kind, h.record_id, h.number) for h in exact] == [("call", call.id, "JX2026-00042")]
    assert "王小明" in exact[0].label
    assert len([h for h in search("jx2026-0004") if h.kind == "call"]) == 2
    assert [(h.kind, h.record_id) for h in search("42")] == [("call", call.id)]
    assert [(h.kind, h.record_id, h.number) for h in search("pz2026-00007")] == [("call", call.id, "PZ2026-00007")]


def test_finds_product_by_serial(shop):
    _, product = make_customer(shop.clerk)
    hits = [h for h in search("a2401") if h.kind == "product"]
    assert [(h.record_id, h.number) for h in hits] == [(product.id, "A2401000123")]


def test_empty_text_and_limit(shop):
    for i in range(8):
        make_customer(shop.clerk, name=f"王{i}", phone=f"1391111000{i}")
    assert search("  ") == []
    assert len(search("王", limit=5)) == 5



def test_polyphonic_surnames_are_found_by_either_reading(shop):
    """覃 is Qín as a surname and Tán in words; 单 Shàn/Dān, 曾 Zēng/Céng, 区 Ōu/Qū, 仇 Qiú/Chóu, 解 Xiè/Jiě …"""
    from aftersales_desktop.core.queries.calls import search_customers

    readings = {"覃海燕": ("qhy", "thy"), "单雄信": ("sxx", "dxx"), "曾小贤": ("zxx", "cxx"), "区志明": ("ozm", "qzm"),
                "仇明": ("qm", "cm"), "解小东": ("xxd", "jxd"), "查文": ("zw", "cw"), "乐天": ("yt", "lt")}  # fmt: skip
    made = {name: make_customer(shop.clerk, name=name, phone=f"1390000{i:04d}")[0].id
            for i, name in enumerate(readings)}
    for name, typed in readings.items():
        for initials in typed:
            found = [h.record_id for h in search(initials) if h.kind == "customer"]
            assert made[name] in found, (name, initials)
            assert made[name] in [m.id for m in search_customers(initials)], (name, initials)
    assert [h.record_id for h in search("qhy") if h.kind == "customer"] == [made["覃海燕"]]  # nobody else by chance


def test_initials_that_look_like_a_paper_number_still_find_the_customer(shop):
    """'xh' is 许华's initials and the start of every repair card number (XH…); both are listed."""
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.models import GoodsReceipt, RepairCard

    xu, product = make_customer(shop.clerk, name="许华", phone="13700001234")
    call = _call(shop, xu, product, "JX2026-00001")
    for serial in range(1, 61):  # more cards than the search lists
        receipt = GoodsReceipt.create(number=f"SJ2026-{serial:05d}", call=call, customer=xu, product=product,
                                      received_at=clock.now(), promised_on=clock.today(), created_by=shop.clerk)
        RepairCard.create(number=f"XH2026-{serial:05d}", call=call, receipt=receipt, promised_on=clock.today(),
                          created_at=clock.now(), created_by=shop.clerk)
    hits = search("xh")
    kinds = [h.kind for h in hits]
    assert ("customer", xu.id) in [(h.kind, h.record_id) for h in hits] and "repair_card" in kinds
    assert len(hits) == 50
    assert [h.kind for h in search("XH2026-00007")] == ["repair_card"]  # a whole number: just that paper
    jx = search("jx")
    assert {"call"} <= {h.kind for h in jx}
