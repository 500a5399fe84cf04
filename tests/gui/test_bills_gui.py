"""Bills on screen: the visit shows the parts the store issued and settles the bill with a discount; a repair card's
Bill tab asks for the customer's word on a grown bill and a supervisor's on a low margin before the item goes back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Invoice, RepairCard
from aftersales_desktop.core.queries.bills import bill
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.services import repair_return, repairs, worklog
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import issue_part, receive
from aftersales_desktop.gui.billing.approval import ApprovalDialog
from aftersales_desktop.gui.billing.line_dialogs import AcceptAmountDialog, MarginDialog
from aftersales_desktop.gui.calls.action_dialogs import VisitDialog
from aftersales_desktop.gui.calls.detail_panel import detail_html
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from tests.core.repair_helpers import advance, card_in_shop
from tests.factories import PASSWORD, make_customer


def _part(shop, code: str, price: int, cost: int):
    part = create_part(shop.storekeeper, code=code, name=f"电容{code}", unit="个", price_fen=price)
    receive(shop.storekeeper, part.id, 5, cost, "格力配件中心")
    return part


def test_the_visit_shows_the_parts_issued_and_settles_the_bill_with_a_discount(qtbot, session, shop):
    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2025, 1, 1))
    call = register_call(shop.clerk, received_at=clock.now() - dt.timedelta(hours=3), channel="phone",
                         problem="不制冷", customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    issue_part(shop.storekeeper, _part(shop, "KT-09", 4500, 2500).id, 1, call_id=call.id)
    session.sign_in(shop.clerk)
    dialog = VisitDialog(session, call_detail(call.id))
    qtbot.addWidget(dialog)
    assert "电容KT-09" in dialog.parts.text() and "45.00" in dialog.parts.text()
    dialog.arrived.setDateTime(dialog.arrived.dateTime().addSecs(-3600))
    qtbot.keyClicks(dialog.work, "change capacitor")
    qtbot.keyClicks(dialog.labour, "55")
    assert "100.00" in dialog.total.text()  # the part and the labour
    dialog.discount.setValue(10)
    qtbot.keyClicks(dialog.discount_reason, "regular")
    assert "90.00" in dialog.total.text()
    dialog.collected.setChecked(True)
    dialog.save()
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted  # (the form's `result` is the result combo)
    invoice = Invoice.get(Invoice.call == call.id)
    assert (invoice.amount_fen, invoice.collected_fen) == (9000, 9000)
    html = detail_html(call_detail(call.id))
    assert "电容KT-09" in html and "-¥10.00" in html and "90.00" in html


def test_a_technician_sees_no_discount_and_contract_work_shows_no_charge(qtbot, session, shop):
    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2027, 1, 1))
    call = register_call(shop.clerk, received_at=clock.now() - dt.timedelta(hours=3), channel="phone",
                         problem="不制冷", customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    session.sign_in(shop.technician)
    dialog = VisitDialog(session, call_detail(call.id))
    qtbot.addWidget(dialog)
    assert not dialog.discount.isVisibleTo(dialog) and not dialog.labour.isEnabled()
    assert "不收费" in dialog.total.text() or "no charge" in dialog.total.text()


def _sign_in_as_supervisor(qtbot, seen: list):
    def act():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ApprovalDialog):
            seen.append(dialog)
            dialog.approver.setCurrentIndex(dialog.approver.findData("李主任"))
            qtbot.keyClicks(dialog.secret, PASSWORD)
            qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_the_card_bill_tab_asks_the_customer_and_the_supervisor_before_the_item_goes_back(qtbot, session, shop):
    card = card_in_shop(shop)
    repairs.update_card(shop.supervisor, card.id, accident=True)
    repairs.save_quote(shop.technician, card.id, labour_fen=3000, parts_fen=20000)
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name="王小明", how="phone")
    entry = worklog.start_timer(shop.technician, card.id)
    issue_part(shop.storekeeper, _part(shop, "QC-04", 30000, 26000).id, 1, repair_card_id=card.id)
    advance(120)
    worklog.stop_timer(shop.technician, entry.id)
    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=True)

    session.sign_in(shop.clerk)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    panel = screen.bill_panel
    assert screen.accident.isChecked()
    assert not panel.accept_button.isHidden() and not panel.margin_button.isHidden()
    assert "230.00" in panel.warnings.text() and "330.00" in panel.warnings.text()

    accept = AcceptAmountDialog(session, panel.bill, "王小明", parent=screen)
    qtbot.addWidget(accept)
    accept.save()
    assert accept.result() == accept.DialogCode.Accepted
    panel.reload()
    assert panel.accept_button.isHidden() and not panel.margin_button.isHidden()

    margin = MarginDialog(session, panel.bill, parent=screen)
    qtbot.addWidget(margin)
    qtbot.keyClicks(margin.reason, "insurer's rate")
    seen: list = []
    _sign_in_as_supervisor(qtbot, seen)
    margin.save()
    assert seen and margin.result() == margin.DialogCode.Accepted
    panel.reload()
    assert panel.margin_button.isHidden()
    assert bill(repair_card_id=card.id).margin_percent == 3  # 330 against 260 + 60 labour cost
    repair_return.return_item(shop.clerk, card.id, collected_by="王小明", customer_signed=True)
    assert RepairCard.get_by_id(card.id).status == "returned"
    assert Invoice.get(Invoice.repair_card == card.id).amount_fen == 33000
