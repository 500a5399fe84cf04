"""The store's rules on screen: goods in from a supplier off the regular list asks for three quotes, a dearer
direct purchase for its reason, and 以坏换新 is recorded on the issue from the work order tab."""

from __future__ import annotations

from aftersales_desktop.core.models import DirectPurchase, Part, PartIssue
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import issue_part, mark_used, receive
from aftersales_desktop.gui.parts.stock_dialogs import PurchaseDialog, ReceiveDialog
from tests.factories import make_work_order


def _part(shop):
    return create_part(shop.storekeeper, code="YYJ-01", name="油烟机电机", price_fen=32000)


def test_goods_in_from_an_unlisted_supplier_shows_the_quotes_and_keeps_them(qtbot, session, shop):
    part = _part(shop)
    session.sign_in(shop.storekeeper)
    dialog = ReceiveDialog(session, part_id=part.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.qty.setValue(2)
    dialog.cost.setValue(220)
    qtbot.keyClicks(dialog.supplier, "Haier")  # a regular supplier would hide the quotes
    assert dialog.quotes_box.isVisible()
    dialog.supplier.setText("格力配件中心")
    assert not dialog.quotes_box.isVisible()
    dialog.supplier.setText("路边配件店")
    dialog.save()
    assert "三家" in dialog.error.text() and Part.get_by_id(part.id).qty_on_hand == 0
    (s2, p2), (s3, p3) = dialog.others
    qtbot.keyClicks(s2, "A shop")
    p2.setValue(230)
    qtbot.keyClicks(s3, "B shop")
    p3.setValue(210)
    dialog.save()
    assert "最低价" in dialog.error.text()  # 220 is dearer than B's 210
    qtbot.keyClicks(dialog.dearer, "same day")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    purchase = DirectPurchase.get()
    assert (purchase.kind, purchase.quotes.count(), purchase.dearer_reason) == ("receipt", 3, "same day")
    assert Part.get_by_id(part.id).qty_on_hand == 2


def test_a_dearer_direct_purchase_asks_for_its_reason(qtbot, session, shop):
    part = _part(shop)
    session.sign_in(shop.storekeeper)
    dialog = PurchaseDialog(session, part_id=part.id)
    qtbot.addWidget(dialog)
    for (supplier, price), (name, value) in zip(dialog.rows, (("A", 100), ("B", 90), ("C", 95)), strict=True):
        qtbot.keyClicks(supplier, name)
        price.setValue(value)
    dialog.save()
    assert dialog.result() == 0 and "最低价" in dialog.error.text()  # the first quote is taken by default
    qtbot.keyClicks(dialog.dearer, "genuine part")
    dialog.save()
    assert DirectPurchase.get().dearer_reason == "genuine part"


def test_the_old_part_is_recorded_from_the_work_order_tab(qtbot, session, shop, quiet_messages):
    from aftersales_desktop.gui.parts.parts_page import PartsPage

    part = _part(shop)
    receive(shop.storekeeper, part.id, 3, 22000, "格力配件中心")
    _, card = make_work_order(shop.clerk, card_status="in_repair")
    issue = issue_part(shop.storekeeper, part.id, 1, repair_card_id=card.id)
    mark_used(shop.technician, issue.id)
    session.sign_in(shop.storekeeper)
    page = PartsPage(session)
    qtbot.addWidget(page)
    page.open_record("repair_card", card.id)
    tab = page.work_order
    assert tab.table.item(0, 10).text() in ("to come back", "待交回")
    assert not tab.old_button.isEnabled() and not tab.return_button.isEnabled()  # no line chosen yet
    tab.table.selectRow(0)
    assert tab.old_button.isEnabled()
    quiet_messages.answers["confirm"] = False  # not back …
    quiet_messages.answers["ask_reason"] = "客户要求保留旧件"  # … and why
    tab.old_button.click()
    assert (PartIssue.get_by_id(issue.id).old_returned, PartIssue.get_by_id(issue.id).old_note) == (False, "客户要求保留旧件")
    tab.table.selectRow(0)
    quiet_messages.answers["confirm"] = True
    tab.old_button.click()
    assert PartIssue.get_by_id(issue.id).old_returned is True
