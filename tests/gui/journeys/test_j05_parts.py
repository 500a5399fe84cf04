"""Journey 5: parts received into the store, issued to a repair card, one used, the other returned unused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QSpinBox

from aftersales_desktop.core.models import Part, PartIssue, StockMove
from aftersales_desktop.core.services import repairs
from aftersales_desktop.gui.parts.stock_dialogs import ReceiveDialog
from aftersales_desktop.gui.parts.workorder_tab import IssueDialog
from tests.core.repair_helpers import card_in_shop
from tests.gui.journeys.helpers import pdf_text


def find_work_order(c, number: str) -> None:  # type: ignore[no-untyped-def]
    parts = c.go("parts")
    c.tab(parts.tabs, parts.work_order)
    field = c.widget("work_order_number", QLineEdit)
    c.type(field, number, clear=True)
    c.key(Qt.Key.Key_Return, field)


def test_parts_received_issued_used_and_returned(counter, shop, stocked, tmp_path):
    c = counter
    card = card_in_shop(shop, paid=False, name="李娜")  # a warranty repair waiting in the shop …
    repairs.start_repair(shop.technician, card.id)  # … already started: parts go out only against started work

    c.sign_in(shop.storekeeper)
    parts = c.go("parts")
    c.tab(parts.tabs, parts.stock)
    c.type(c.widget("stock_search", QLineEdit), "rq")  # pinyin initials of 启动电容 find it in the stock list
    c.qtbot.waitUntil(lambda: c.widget("stock_list").model().rowCount() == 1)
    c.row(c.widget("stock_list"), "RQ-35")

    def receive(dialog: ReceiveDialog) -> None:
        assert dialog.part.current_part().code == "RQ-35"  # the part chosen in the list
        c.type(c.widget("qty", QSpinBox).lineEdit(), "10", clear=True)
        c.type(c.widget("unit_cost_fen", QDoubleSpinBox).lineEdit(), "22", clear=True)
        supplier = c.widget("receive_supplier", QLineEdit)
        c.type(supplier, "南京")  # one of the shop's regular suppliers, picked from the list that drops down
        popup = supplier.completer().popup()
        c.qtbot.waitUntil(popup.isVisible)
        c.key(Qt.Key.Key_Down, popup)
        c.key(Qt.Key.Key_Return, popup)
        assert supplier.text() == "南京华瑞配件" and not dialog.quotes_box.isVisible()  # regular: no three quotes
        c.save()

    c.modal(ReceiveDialog, lambda: c.click("stock_receive"), receive)
    assert Part.get_by_id(stocked.capacitor.id).qty_on_hand == 16

    find_work_order(c, card.number)
    for initials, code in (("qd", "RQ-35"), ("swfj", "FJ-12")):  # 启动电容, 室外风机

        def issue(dialog: IssueDialog, initials: str = initials, code: str = code) -> None:
            c.type(dialog.part.lineEdit(), initials)
            c.qtbot.waitUntil(lambda: dialog.part.view().isVisible())
            c.key(Qt.Key.Key_Down, dialog.part.view())
            c.key(Qt.Key.Key_Return, dialog.part.view())
            assert dialog.part.current_part().code == code
            c.save()

        c.modal(IssueDialog, lambda: c.click("work_order_issue"), issue)
    assert PartIssue.select().where(PartIssue.repair_card == card.id).count() == 2

    c.sign_in(shop.technician)  # the capacitor went in, the fan was not needed
    find_work_order(c, card.number)
    c.row(c.widget("work_order_table"), "RQ-35")
    c.click("work_order_used")

    c.sign_in(shop.storekeeper)  # the fan is back on the shelf
    find_work_order(c, card.number)
    c.row(c.widget("work_order_table"), "FJ-12")
    c.click("work_order_return")
    assert "FJ-12" in c.asked("confirm")[-1] or "室外风机" in c.asked("confirm")[-1]
    used = PartIssue.get(PartIssue.part == stocked.capacitor.id)
    returned = PartIssue.get(PartIssue.part == stocked.fan.id)
    assert used.used and used.returned_qty == 0 and returned.returned_qty == 1 and not returned.used
    assert Part.get_by_id(stocked.capacitor.id).qty_on_hand == 15 and Part.get_by_id(stocked.fan.id).qty_on_hand == 2
    kinds = [m.kind for m in StockMove.select().order_by(StockMove.id)]
    assert kinds[-4:] == ["receive", "issue", "issue", "return"]

    parts = c.go("parts")  # the month's count sheet carries the book quantities after these moves
    c.tab(parts.tabs, parts.stocktake)
    c.click("stocktake_start")
    sheet = c.print_to_file(lambda: c.click("stocktake_sheet"), tmp_path / "count.pdf")
    paper = pdf_text(sheet)
    assert "RQ-35启动电容" in paper and "15" in paper and "FJ-12室外风机" in paper
