"""The conduct page driven like a person would: the record dialog by keyboard only, void, roles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from aftersales_desktop.core.models import AuditEntry, ConductEntry, ConductRule
from aftersales_desktop.core.services.conduct import record_entry
from aftersales_desktop.gui.conduct.conduct_page import ConductPage
from aftersales_desktop.gui.conduct.entry_dialog import RecordEntryDialog

MARCH = dt.datetime(2026, 3, 2, 9, 0)


def rule(code: str) -> int:
    return ConductRule.get(ConductRule.code == code).id


def type_here(qtbot, text: str) -> None:
    """Type into the focused widget: ASCII as key presses, Chinese as the input method commits it."""
    widget = QApplication.focusWidget()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def open_dialog(qtbot, session) -> RecordEntryDialog:
    dialog = RecordEntryDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    # The dialog's own field, not a widget an earlier test's window left as the application's focus.
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def test_record_an_entry_with_the_keyboard_only(qtbot, session, shop):
    session.sign_in(shop.supervisor)
    dialog = open_dialog(qtbot, session)
    assert dialog.staff.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is dialog.staff
    type_here(qtbot, "cxy")  # pinyin initials of 陈晓燕
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.when
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "JL-05")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.description
    assert "20.00 – 200.00" in dialog.range_label.text()
    assert dialog.preview_label.text() == "罚款 20.00–200.00 元"
    type_here(qtbot, "电话中与客户争吵")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.amount
    QApplication.focusWidget().selectAll()
    type_here(qtbot, "80")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press(qtbot, Qt.Key.Key_Return)
    saved = ConductEntry.get()
    assert (saved.staff_id, saved.rule.code, saved.amount_fen) == (shop.clerk.id, "JL-05", 8000)
    assert saved.description == "电话中与客户争吵" and saved.recorded_by_id == shop.supervisor.id


def test_the_ladder_step_is_shown_before_saving(qtbot, session, shop):
    record_entry(shop.supervisor, shop.clerk.id, rule("YR-01"), MARCH, "未穿工作服", 500)
    dialog = open_dialog(qtbot, session)
    dialog.staff.select_id(shop.clerk.id)
    dialog.rule.select_id(rule("YR-01"))
    assert dialog.preview_label.text() == "第 2 次:扣半天休"
    assert dialog.amount.text() == "0.00" and dialog.amount.isReadOnly()
    dialog.staff.select_id(shop.technician.id)
    assert dialog.preview_label.text() == "第 1 次:罚款 5.00 元"
    assert dialog.amount.text() == "5.00"


def test_a_refused_save_shows_the_sentence_and_keeps_the_typing(qtbot, session, shop):
    dialog = open_dialog(qtbot, session)
    dialog.staff.select_id(shop.clerk.id)
    dialog.rule.select_id(rule("JL-05"))
    dialog.description.setText("争吵")
    dialog.amount.setText("500")
    dialog.save_button.click()
    assert dialog.isVisible() and ConductEntry.select().count() == 0
    assert "不在本条款允许的范围内" in dialog.error_label.text()
    assert dialog.amount.text() == "500" and dialog.description.text() == "争吵"


def test_void_from_the_list_keeps_the_entry_and_asks_a_reason(qtbot, session, shop, quiet_messages):
    made = record_entry(shop.supervisor, shop.clerk.id, rule("JL-08"), MARCH, "大声喧哗", 500)
    session.sign_in(shop.supervisor)
    page = ConductPage(session)
    qtbot.addWidget(page)
    page.entries.month.setText("2026-03")
    page.entries.refresh()
    assert page.entries.model.rowCount() == 1
    page.entries.view.selectRow(0)
    quiet_messages.answers["ask_reason"] = "记错人了"
    page.entries.void_button.click()
    voided = ConductEntry.get_by_id(made.id)
    assert voided.void_reason == "记错人了" and voided.voided_at is not None
    assert AuditEntry.select().where(AuditEntry.action == "conduct.void").count() == 1
    assert page.entries.model.rowCount() == 1  # still listed, greyed


def test_the_month_filter_follows_the_typing(qtbot, session, shop):
    record_entry(shop.supervisor, shop.clerk.id, rule("JL-08"), MARCH, "大声喧哗", 500)
    page = ConductPage(session)
    qtbot.addWidget(page)
    page.show()
    month = page.entries.month
    month.setFocus()
    month.selectAll()
    qtbot.keyClick(month, Qt.Key.Key_Backspace)
    qtbot.keyClicks(month, "202602")  # February: nothing, without pressing Enter
    assert month.text() == "2026-02" and page.entries.model.rowCount() == 0
    month.selectAll()
    qtbot.keyClicks(month, "202603")
    assert page.entries.model.rowCount() == 1


def test_a_clerk_sees_only_own_entries_and_no_record_button(qtbot, session, shop):
    record_entry(shop.supervisor, shop.clerk.id, rule("JL-08"), MARCH, "大声喧哗", 500)
    record_entry(shop.supervisor, shop.technician.id, rule("JL-08"), MARCH, "奔跑", 500)
    session.sign_in(shop.clerk)
    page = ConductPage(session)
    qtbot.addWidget(page)
    page.entries.month.setText("2026-03")
    page.entries.refresh()
    assert page.entries.model.rowCount() == 1
    assert page.entries.model.row_at(0).staff_name == "陈晓燕"
    assert page.entries.record_button.isHidden() and page.entries.void_button.isHidden()
    assert page.rules.add_button.isHidden()
    assert page.authority.entry_button.isHidden()


def test_a_discount_beyond_authority_on_a_bill_is_approved_over_the_dialog_then_proposed(qtbot, session, shop):
    from PySide6.QtCore import QTimer

    from aftersales_desktop.core.queries.bills import bill
    from aftersales_desktop.core.services.bills import add_bill_line
    from aftersales_desktop.core.services.calls import dispatch_call, register_call
    from aftersales_desktop.gui.billing.approval import ApprovalDialog
    from aftersales_desktop.gui.billing.bill_panel import BillDialog
    from aftersales_desktop.gui.billing.line_dialogs import DiscountDialog
    from tests.factories import PASSWORD, make_customer

    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2025, 1, 1))
    call = register_call(shop.clerk, received_at=dt.datetime(2026, 3, 11, 9), channel="phone", problem="漏水",
                         customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    add_bill_line(shop.clerk, call_id=call.id, kind="labour", unit_fen=10000)
    session.sign_in(shop.clerk)
    screen = BillDialog(session, call.id)
    qtbot.addWidget(screen)
    assert screen.panel.discount_button.isVisibleTo(screen)
    form = DiscountDialog(session, screen.panel.bill, parent=screen)
    qtbot.addWidget(form)
    form.percent.setValue(15)
    qtbot.keyClicks(form.reason, "VIP")
    seen = []

    def supervisor_signs_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApprovalDialog)
        seen.append(dialog)
        dialog.approver.setCurrentIndex(dialog.approver.findData("李主任"))
        qtbot.keyClicks(dialog.secret, PASSWORD)
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, supervisor_signs_in)
    form.save()
    assert seen and form.result() == form.DialogCode.Accepted
    assert bill(call_id=call.id).discount_fen == -1500

    session.sign_in(shop.supervisor)
    page = ConductPage(session)
    qtbot.addWidget(page)
    page.authority.only_warnings.setChecked(True)
    assert page.authority.model.rowCount() == 1
    page.authority.view.selectRow(0)
    page.authority.entry_button.click()
    entry = ConductEntry.get()
    assert (entry.staff_id, entry.amount_fen, entry.source) == (shop.clerk.id, 2000, "authority")
    assert page.authority.model.rowCount() == 0


def test_the_notice_printed_through_qt_reads_back(qtbot, session, shop, tmp_path):
    import subprocess

    from aftersales_desktop.core.queries.conduct import entry
    from aftersales_desktop.export.papers.penalty_notice import penalty_notice
    from aftersales_desktop.gui.printing import print_to_pdf_file

    made = record_entry(shop.supervisor, shop.clerk.id, rule("JL-11"), MARCH, "当众争辩", 5000)
    out = print_to_pdf_file(penalty_notice(entry(shop.supervisor, made.id)), tmp_path / "qt-notice.pdf")
    text = "".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "处罚通知单" in text and "陈晓燕" in text and "员工签收" in text and made.number in text
