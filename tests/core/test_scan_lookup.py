"""What a scanned code names: each paper kind by its exact number, a part by its code, nothing else."""

from __future__ import annotations

from aftersales_desktop.core.models import Deposit
from aftersales_desktop.core.queries.scan import is_paper_number, scanned
from aftersales_desktop.core.services.calls import record_voucher_print
from aftersales_desktop.core.services.claims import (
    create_claim,
    mark_arrived,
    mark_fitted,
    mark_ordered,
    refund_deposit,
    sign_supervisor,
)
from aftersales_desktop.core.services.parts import create_part
from tests.core.repair_helpers import card_in_shop


def test_each_paper_and_a_part_label_name_their_record(shop):
    card = card_in_shop(shop)
    voucher, _copy = record_voucher_print(shop.clerk, card.call_id)
    claim = create_claim(shop.clerk, card.receipt.customer_id, "压缩机", 50000, 10000)
    part = create_part(shop.storekeeper, code="KT-CAP-35", name="空调电容", bin_location="A-3")
    deposit = Deposit.get(Deposit.claim_order == claim.id)
    found = {code: scanned(code) for code in (card.number, card.receipt.number, voucher.number, card.call.number,
                                                deposit.number, claim.number, "kt-cap-35")}
    assert {code: (hit.kind, hit.record_id, hit.area) for code, hit in found.items() if hit} == {
        card.number: ("repair_card", card.id, "repairs"),
        card.receipt.number: ("repair_card", card.id, "repairs"),
        voucher.number: ("call", card.call_id, "calls"),
        card.call.number: ("call", card.call_id, "calls"),
        deposit.number: ("claim", claim.id, "parts"),
        claim.number: ("claim", claim.id, "parts"),
        "kt-cap-35": ("part", part.id, "parts"),
    }
    assert "王小明" in found[deposit.number].label and found["kt-cap-35"].label == "空调电容 · A-3"


def test_a_refund_receipt_names_its_claim_and_unknown_codes_name_nothing(shop):
    card = card_in_shop(shop)
    claim = create_claim(shop.clerk, card.receipt.customer_id, "压缩机", 50000, 10000)
    sign_supervisor(shop.supervisor, claim.id)
    mark_ordered(shop.storekeeper, claim.id)
    mark_arrived(shop.storekeeper, claim.id)
    mark_fitted(shop.storekeeper, claim.id)
    refund = refund_deposit(shop.clerk, claim.id)
    assert scanned(refund.refund_number).record_id == claim.id
    for code in ("XH2026-99999", "KT-CAP", "", "x" * 500, "JX2026-0001"):
        assert scanned(code) is None
    assert is_paper_number("xh2026-00001") and not is_paper_number("XH2026-1") and not is_paper_number("QQ2026-00001")
