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


def test_search_keys_go_in_kept_chunks_and_write_what_one_insert_of_them_all_would(shop):
    """The keys go in CHUNK rows a statement with each row count's text kept: 1, CHUNK, CHUNK + 1 and many keys
    (some already there: ignored, as peewee's one INSERT OR IGNORE of them all did) leave the same table."""
    from aftersales_desktop.core import search_index
    from aftersales_desktop.core.db import database
    from aftersales_desktop.core.models import SearchKey
    from aftersales_desktop.core.services.customers import update_customer

    def stored():
        return set(SearchKey.select(SearchKey.kind, SearchKey.key, SearchKey.customer_id).tuples())

    customer, _ = make_customer(shop.clerk, name="欧阳小明 Ouyang", phone="13912345678")
    expected = {(kind, key, customer.id) for kind, key in search_index.keys_of("欧阳小明 Ouyang", "13912345678", "")}
    assert stored() == expected and len(expected) > search_index.CHUNK  # more than one chunk on creation
    update_customer(shop.clerk, customer.id, name="欧阳小明 Ouyangg")  # one key more
    assert stored() == {(kind, key, customer.id) for kind, key in
                        search_index.keys_of("欧阳小明 Ouyangg", "13912345678", "")}  # fmt: skip
    before = stored()
    chunk = search_index.CHUNK
    for many in (1, chunk, chunk + 1, 3 * chunk + 5):
        rows = [("n", f"k{many}-{i}", 999) for i in range(many)] + sorted(before)[:3]  # three already stored
        search_index._insert(iter(rows))
        before |= set(rows)
        assert stored() == before
    engine = type(database.obj)
    planned = {len(types) // 3 for (_mode, kept_on, types), plan in search_index._INSERT_KEYS._plans.items()
               if plan is not None and kept_on is engine}
    assert planned >= {4, chunk, 3, 8}  # each row count (1 + 3, 16 + 3, 16 + 4, 3 × 16 + 8) has its text kept
    real = {row for row in before if row[2] != 999}
    assert search_index.rebuild() == len(real) and stored() == real  # made anew: the customers' keys only
