"""Journey 3: a walk-in repair from goods in to the item handed back, each step by the person who does it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTableView

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import (
    GoodsReceipt,
    GoodsRegisterEntry,
    Invoice,
    PartIssue,
    RepairCard,
    TimeEntry,
)
from aftersales_desktop.gui.parts.workorder_tab import IssueDialog
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from aftersales_desktop.gui.repairs.goods_in_dialog import GoodsInDialog
from aftersales_desktop.gui.repairs.step_dialogs import AcceptDialog, QuoteDialog, ReturnDialog
from tests.gui.journeys.helpers import pdf_text


def open_card(c, number: str, act) -> None:  # type: ignore[no-untyped-def]
    """Repairs → In the shop now → double-click the card's line; `act` works on the card screen."""
    c.go("repairs")
    view = c.widget("in_shop_list", QTableView)
    c.modal(CardDialog, lambda: c.row(view, number, double=True), lambda card: (act(card), c.key(Qt.Key.Key_Escape, card)))


def test_walk_in_repair_from_goods_in_to_returned(counter, shop, stocked, tmp_path):
    c = counter
    c.sign_in(shop.clerk)
    c.go("repairs")

    def goods_in(dialog: GoodsInDialog) -> None:
        assert dialog.counter.isChecked()  # nothing waits from a call: over the counter
        c.type(c.widget("customer_search", QLineEdit), "wxm")
        assert "王小明" in c.widget("customer", QComboBox).currentText()
        c.type(c.widget("fault", QPlainTextEdit), "开机后不制冷,外机不转")
        c.type(c.widget("accessories", QLineEdit), "遥控器")
        c.save()

    receipt_pdf, card_pdf = tmp_path / "receipt.pdf", tmp_path / "card.pdf"
    c.modals(lambda: c.click("goods_in"), (GoodsInDialog, goods_in), c.print_act(receipt_pdf), c.print_act(card_pdf))
    card = RepairCard.get()
    receipt = card.receipt
    assert card.needs_quote and card.status == "received" and receipt.print_count == 1 and card.print_count == 1
    assert card.call.channel == "counter" and card.call.deadline_at is None  # nobody travels to a walk-in
    paper = pdf_text(receipt_pdf)
    assert receipt.number in paper and "王小明" in paper and "遥控器" in paper and "开机后不制冷" in paper
    assert card.number in pdf_text(card_pdf)

    c.sign_in(shop.technician)

    def quote(card_screen: CardDialog) -> None:
        def fill(dialog: QuoteDialog) -> None:
            c.type(c.widget("labour_fen", QLineEdit), "120")
            c.type(c.widget("parts_fen", QLineEdit), "45")
            c.save()

        c.modal(QuoteDialog, lambda: c.click("new_quote"), fill)
        assert not card_screen.start_timer.isVisible()  # no work before the customer accepts

    open_card(c, card.number, quote)
    assert RepairCard.get_by_id(card.id).status == "quoted"

    c.sign_in(shop.clerk)
    open_card(c, card.number, lambda screen: c.modal(AcceptDialog, lambda: c.click("accept_quote"),
                                                    lambda d: c.save()))
    assert RepairCard.get_by_id(card.id).status == "approved"

    c.sign_in(shop.technician)
    open_card(c, card.number, lambda screen: c.click("start_timer"))
    assert RepairCard.get_by_id(card.id).status == "in_repair"
    clock.set_now(clock.now() + dt.timedelta(minutes=50))  # the technician works

    c.sign_in(shop.storekeeper)
    parts = c.go("parts")
    c.tab(parts.tabs, parts.work_order)
    number = c.widget("work_order_number", QLineEdit)
    c.type(number, card.number)
    c.key(Qt.Key.Key_Return, number)

    def issue(dialog: IssueDialog) -> None:
        c.type(dialog.part.lineEdit(), "qd")  # pinyin initials of 启动电容
        c.qtbot.waitUntil(lambda: dialog.part.view().isVisible())  # the picker searches as you type
        c.key(Qt.Key.Key_Down, dialog.part.view())
        c.key(Qt.Key.Key_Return, dialog.part.view())
        assert dialog.part.current_part().code == "RQ-35" and dialog.price.value() == 45
        c.save()

    c.modal(IssueDialog, lambda: c.click("work_order_issue"), issue)
    assert PartIssue.get().repair_card_id == card.id

    c.sign_in(shop.technician)
    parts = c.go("parts")
    c.tab(parts.tabs, parts.work_order)
    number = c.widget("work_order_number", QLineEdit)
    c.type(number, card.number)
    c.key(Qt.Key.Key_Return, number)
    c.row(c.widget("work_order_table"), "RQ-35")
    c.click("work_order_used")
    assert PartIssue.get().used

    def finish(screen: CardDialog) -> None:
        c.click("stop_timer")
        c.click("repaired")

    open_card(c, card.number, finish)
    assert RepairCard.get_by_id(card.id).status == "repaired", c.asked("error")
    assert TimeEntry.get().minutes == 50

    c.sign_in(shop.supervisor)
    open_card(c, card.number, lambda screen: c.click("pass_button"))
    assert RepairCard.get_by_id(card.id).status == "inspected"

    c.sign_in(shop.clerk)

    def give_back(screen: CardDialog) -> None:
        def sign(dialog: ReturnDialog) -> None:
            assert not dialog.unrepaired and "165.00" in dialog.amount_due.text()
            c.click(dialog.signed)
            c.save()

        c.modal(ReturnDialog, lambda: c.click("give_back"), sign)

    open_card(c, card.number, give_back)
    card = RepairCard.get_by_id(card.id)
    assert card.status == "returned"
    assert GoodsReceipt.get_by_id(receipt.id).status == "returned"  # taken back from the customer, voided
    assert GoodsRegisterEntry.get(GoodsRegisterEntry.receipt == receipt.id).out_to == "王小明"
    line = Invoice.get(Invoice.repair_card == card.id)
    assert line.amount_fen == 12000 + 4500 and line.due_on == clock.today()
    assert card.call.status == "done" and card.call.signed
