"""Journey 4: an item taken back from a visit, quoted, declined by the customer and handed back unrepaired."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import GoodsReceipt, GoodsRegisterEntry, Invoice, RepairCard, ServiceCall
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.gui.calls.action_dialogs import VisitDialog
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from aftersales_desktop.gui.repairs.goods_in_dialog import GoodsInDialog
from aftersales_desktop.gui.repairs.step_dialogs import QuoteDialog, ReturnDialog
from tests.gui.journeys.helpers import pdf_text
from tests.gui.journeys.test_j03_walk_in_repair import open_card


def test_declined_quote_goes_back_unrepaired(counter, shop, stocked, tmp_path):
    c = counter
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="洗衣机漏水",
                         customer_id=stocked.wang.id, product_id=stocked.wang_ac.id)  # this morning's call …
    dispatch_call(shop.supervisor, call.id, shop.technician.id)  # … dispatched before the journey starts
    clock.set_now(clock.now() + dt.timedelta(hours=2))

    c.sign_in(shop.technician)
    c.go("calls")
    c.row(c.widget("call_list"), call.number)

    def taken_back(dialog: VisitDialog) -> None:
        c.type(c.widget("work", QLineEdit), "压缩机不启动,需带回店里检测")
        c.choose(c.widget("result", QComboBox), data="taken_back")
        c.save()

    c.modal(VisitDialog, lambda: c.click("visit"), taken_back)
    assert ServiceCall.get_by_id(call.id).status == "in_shop"

    def goods_in(dialog: GoodsInDialog) -> None:
        assert dialog.from_call.isChecked()
        c.list_item(c.widget("calls", QListWidget), call.number)
        assert "压缩机" in dialog.fault.toPlainText() or "漏水" in dialog.fault.toPlainText()
        c.type(c.widget("condition", QLineEdit), "外壳有划痕")
        c.save()

    receipt_pdf = tmp_path / "receipt.pdf"
    c.go("repairs")
    c.modals(lambda: c.click("goods_in"), (GoodsInDialog, goods_in), c.print_act(receipt_pdf),
             c.print_act(tmp_path / "card.pdf"))
    card = RepairCard.get(RepairCard.call == call.id)
    assert card.needs_quote and card.call.deadline_at is not None  # a visit call keeps its arrival deadline

    def quote(screen: CardDialog) -> None:
        def fill(dialog: QuoteDialog) -> None:
            c.type(c.widget("labour_fen", QLineEdit), "380")
            c.save()

        c.modal(QuoteDialog, lambda: c.click("new_quote"), fill)

    open_card(c, card.number, quote)
    assert RepairCard.get_by_id(card.id).status == "quoted"

    c.sign_in(shop.clerk)  # the customer finds 380 too much and comes for the item

    def unrepaired(screen: CardDialog) -> None:
        assert not screen.give_back.isVisible()  # nothing to hand back as repaired

        def sign(dialog: ReturnDialog) -> None:
            assert dialog.unrepaired and not dialog.reason.isHidden()
            c.type(c.widget("reason", QLineEdit), "客户嫌报价高,不修了")
            c.click(dialog.signed)
            c.save()

        c.modal(ReturnDialog, lambda: c.click("unrepaired"), sign)

    open_card(c, card.number, unrepaired)
    card = RepairCard.get_by_id(card.id)
    assert card.status == "returned_unrepaired" and card.returned_at == clock.now()
    assert GoodsReceipt.get_by_id(card.receipt_id).status == "returned"
    out = GoodsRegisterEntry.get(GoodsRegisterEntry.receipt == card.receipt_id)
    assert out.out_to == "王小明" and out.out_at == clock.now()
    assert not Invoice.select().exists()  # nothing repaired, nothing charged
    assert ServiceCall.get_by_id(call.id).status == "done"
    paper = pdf_text(receipt_pdf)
    assert card.receipt.number in paper and "外壳有划痕" in paper and "王小明" in paper
