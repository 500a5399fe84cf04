"""Journey 11: a customer rings about an earlier repair; the clerk finds them in the global search, reads their
history and opens the repair card from it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from aftersales_desktop.core import clock
from aftersales_desktop.core.services.calls import register_call
from aftersales_desktop.core.services.repairs import receive_over_counter
from aftersales_desktop.gui.history_dialog import CustomerHistoryDialog
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from aftersales_desktop.gui.search_dialog import SearchDialog
from tests.factories import make_customer


def test_customer_found_by_initials_history_read_and_a_card_opened_from_it(counter, shop, stocked):
    c = counter
    make_customer(shop.clerk, name="王晓梅", phone="13700002222")  # the same initials: wxm finds both
    card = receive_over_counter(shop.clerk, stocked.wang.id, stocked.wang_ac.id,
                                promised_on=clock.today() + dt.timedelta(days=3), stated_fault="外机不转")
    clock.set_now(clock.now() + dt.timedelta(days=1))
    later = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="遥控器失灵",
                          customer_id=stocked.wang.id, product_id=stocked.wang_ac.id)

    c.sign_in(shop.clerk)
    search = c.widget("global_search", QLineEdit, within=c.window)
    c.type(search, "wxm")  # the customer's pinyin initials, in the box above every page

    def opened(dialog: CardDialog) -> None:
        assert card.number in dialog.windowTitle()
        dialog.reject()

    def history(dialog: CustomerHistoryDialog) -> None:
        assert "139 1234 5678" in dialog.heading.text()  # the phone as people read it
        view = c.widget("history_list")
        numbers = [c.cells(view, r)[2] for r in range(view.model().rowCount())]
        assert numbers.index(later.number) < numbers.index(card.number)  # newest first
        c.row(view, card.number)
        c.modal(CardDialog, lambda: c.key(Qt.Key.Key_Return, view), opened)  # Enter opens the line's record

    def results(dialog: SearchDialog) -> None:
        assert [hit.kind for hit in dialog.hits] == ["customer", "customer"]
        c.row(dialog.table, "王小明")
        c.modal(CustomerHistoryDialog, lambda: c.click("history"), history)

    c.modal(SearchDialog, lambda: c.key(Qt.Key.Key_Return, search), results)
    assert c.window.current_area() == "repairs"
