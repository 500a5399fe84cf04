"""Journey 17: the counter with a barcode scanner — a scanned repair tag opens its card, wherever the cursor is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aftersales_desktop.core import clock
from aftersales_desktop.core.services.repairs import receive_over_counter
from aftersales_desktop.gui.repairs.card_dialog import CardDialog


def test_a_scanned_tag_opens_the_repair_card(counter, shop, stocked):
    c = counter
    card = receive_over_counter(shop.clerk, stocked.wang.id, stocked.wang_ac.id, stated_fault="不制冷",
                                promised_on=clock.today() + dt.timedelta(days=3))
    c.sign_in(shop.clerk)
    assert c.window.current_area() == "today"

    def looks_at(screen: CardDialog) -> None:
        assert card.number in screen.windowTitle() and "王小明" in screen.facts.text()
        c.key(Qt.Key.Key_Escape, screen)

    # the cursor sits in the global search, as after signing in: the scan opens the card, the box stays empty
    c.modal(CardDialog, lambda: c.scan(card.number), looks_at)
    assert c.window.search_box.text() == "" and c.window.current_area() == "repairs"
    # from the navigation list (no text field) the goods receipt's barcode opens the same card
    c.window.nav.setFocus()
    c.modal(CardDialog, lambda: c.scan(card.receipt.number, c.window.nav), looks_at)
    assert QApplication.activeModalWidget() is None


def test_goods_in_with_a_photo_and_the_checklist(counter, shop, stocked, tmp_path, monkeypatch):
    import io

    from PIL import Image
    from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QPlainTextEdit, QTableView

    from aftersales_desktop.core.models import GoodsReceipt, RepairCard
    from aftersales_desktop.gui.repairs.goods_in_dialog import GoodsInDialog
    from tests.gui.journeys.helpers import pdf_text

    photo = tmp_path / "front.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (3200, 2400), "orange").save(buffer, "JPEG")
    photo.write_bytes(buffer.getvalue())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(photo)], ""))
    c = counter
    c.sign_in(shop.clerk)
    c.go("repairs")

    def goods_in(dialog: GoodsInDialog) -> None:
        c.type(c.widget("customer_search", QLineEdit), "wxm")
        c.type(c.widget("fault", QPlainTextEdit), "开机后不制冷")
        for box in ("check_powers_on", "check_scratches"):
            c.click(c.widget(box, QCheckBox))
        c.click("add_photos")  # the system's file chooser (stood in for below) picks front.jpg
        assert dialog.intake.strip.count() == 1  # the thumbnail shows before saving
        c.save()

    receipt_pdf, card_pdf = tmp_path / "receipt.pdf", tmp_path / "card.pdf"
    c.modals(lambda: c.click("goods_in"), (GoodsInDialog, goods_in), c.print_act(receipt_pdf), c.print_act(card_pdf))
    card = RepairCard.get()
    receipt = GoodsReceipt.get_by_id(card.receipt_id)
    assert receipt.checklist == {"accessories_complete": False, "scratches": True, "dents": False,
                                 "screws_missing": False, "powers_on": True}
    assert receipt.photos.count() == 1 and max(receipt.photos.get().width, receipt.photos.get().height) == 1600
    paper = pdf_text(receipt_pdf)
    assert "【✓】能开机" in paper and "【】有凹痕" in paper and "1张(存于本店)" in paper  # spaces squeezed out

    def photos_on_the_card(screen: CardDialog) -> None:
        c.tab(screen.tabs, screen.intake)  # by its page: the journeys speak no screen language
        assert screen.intake.strip.count() == 1 and screen.intake.strip.item(0).text() != "missing"
        c.key(Qt.Key.Key_Escape, screen)

    c.modal(CardDialog, lambda: c.row(c.widget("in_shop_list", QTableView), card.number, double=True),
            photos_on_the_card)
