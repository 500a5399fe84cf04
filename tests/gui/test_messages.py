"""Message boxes as a person meets them (test mode off): where Enter goes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from aftersales_desktop.core.models import ServiceCall
from aftersales_desktop.gui import messages


def press_enter_on_the_box(qtbot, seen: list) -> None:  # type: ignore[no-untyped-def]
    """Once the question is up, note its default button and press Enter on it."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.Yes))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_risky_questions_default_to_no_and_finishing_ones_to_yes(qtbot, quiet_messages):
    messages.set_test_mode(None)  # the real QMessageBox
    seen: list[bool] = []
    press_enter_on_the_box(qtbot, seen)
    assert messages.confirm(None, "Replace the data with the backup?") is False
    press_enter_on_the_box(qtbot, seen)
    assert messages.confirm(None, "Close call JX2026-00001?", default_yes=True) is True
    assert seen == [False, True]


def test_enter_closes_a_finished_call(qtbot, session, shop, quiet_messages):
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.services.call_visits import record_signature, record_visit
    from aftersales_desktop.core.services.calls import dispatch_call, register_call
    from aftersales_desktop.gui.calls.calls_page import CallsPage
    from tests.factories import make_customer

    customer, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="不制冷",
                         customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    record_visit(shop.technician, call.id, arrived_at=clock.now(), finished_at=clock.now(), work_done="加氟",
                 result="fixed")
    record_signature(shop.technician, call.id, clock.today())
    session.sign_in(shop.clerk)
    page = CallsPage(session)
    qtbot.addWidget(page)
    page.select_call(call.id)
    messages.set_test_mode(None)
    seen: list[bool] = []
    press_enter_on_the_box(qtbot, seen)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert seen == [True] and ServiceCall.get_by_id(call.id).status == "closed"
