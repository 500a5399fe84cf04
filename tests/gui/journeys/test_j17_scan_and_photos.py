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
