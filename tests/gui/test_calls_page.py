"""The Calls area driven like a person would: registering by keyboard only, then printing the voucher."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import ServiceCall, Voucher
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.gui.calls.calls_page import CallsPage
from aftersales_desktop.gui.calls.register_dialog import RegisterCallDialog
from aftersales_desktop.gui.widgets.paged_table import STYLE_COLOURS
from tests.factories import make_customer


def _page(qtbot, session, staff):
    session.sign_in(staff)
    page = CallsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # window shortcuts (Ctrl+N …) only fire in the active window
    return page


def _type(qtbot, text):
    """Type into the focused widget: ASCII as key presses, Chinese as the input method commits it (拼音输入法)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _drive_modal(qtbot, steps):
    """Run `steps(dialog)` once the modal dialog opened by the next key press is up."""
    seen = {}

    def go():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():  # wait until it is up and has the keyboard
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, go)
            return
        seen["dialog"] = dialog
        try:
            steps(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised by the test after the dialog is gone
            seen["error"] = error
        finally:
            if dialog.isVisible():  # never leave a modal dialog blocking the test run
                dialog.reject()

    QTimer.singleShot(0, go)
    return seen


def test_register_by_keyboard_only_and_save_the_voucher_as_pdf(qtbot, session, shop, tmp_path, monkeypatch):
    customer, product = make_customer(shop.clerk, name="王小明", phone="13912345678")
    make_customer(shop.clerk, name="李四", phone="13800000000")
    page = _page(qtbot, session, shop.clerk)
    page.view.setFocus()

    def fill(dialog):
        assert QApplication.focusWidget() is dialog.search
        _type(qtbot, "wxm")  # pinyin initials
        assert dialog.matches.count() == 1 and "王小明" in dialog.matches.item(0).text()
        _key(qtbot, Qt.Key.Key_Down)
        _key(qtbot, Qt.Key.Key_Return)  # picks 王小明: his product is offered, the cursor goes to the problem
        assert dialog.product.currentData() == product.id
        assert QApplication.focusWidget() is dialog.problem
        _type(qtbot, "不制冷 E1")
        assert "有费服务" in dialog.proposal.text() and not dialog.reason.isEnabled()
        _key(qtbot, Qt.Key.Key_Return)  # Enter saves

    seen = _drive_modal(qtbot, fill)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    if "error" in seen:
        raise seen["error"]
    call = ServiceCall.get()
    assert seen["dialog"].call.id == call.id
    assert (call.customer_id, call.product_id, call.problem, call.kind, call.channel) == (
        customer.id, product.id, "不制冷 E1", "paid", "phone")
    assert page.current_call_id() == call.id  # the new call is selected in the list

    target = tmp_path / "voucher.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "服务凭证" in text and call.number in text and "王小明" in text and "不制冷 E1" in text
    assert "副本" not in text
    assert Voucher.get(Voucher.call == call.id).print_count == 1


def test_new_customer_and_product_in_the_same_form_by_keyboard(qtbot, session, shop):
    session.sign_in(shop.clerk)
    dialog = RegisterCallDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.search
    _type(qtbot, "13700001111")
    assert dialog.matches.count() == 0
    _key(qtbot, Qt.Key.Key_Return)  # no match: a new customer, the phone already filled in
    assert dialog.new_customer.isChecked() and dialog.c_phone.text() == "13700001111"
    assert QApplication.focusWidget() is dialog.c_name
    _type(qtbot, "赵六")
    for _ in range(4):  # phone, address, area → product name
        _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.p_name
    _type(qtbot, "洗衣机")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "XQG100")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "S123")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, (clock.today() + dt.timedelta(days=100)).isoformat())  # warranty until
    assert "免费服务" in dialog.proposal.text()
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.problem
    _type(qtbot, "不脱水")
    _key(qtbot, Qt.Key.Key_Return)
    call = dialog.call
    assert call is not None and call.customer.name == "赵六" and call.product.model == "XQG100"
    assert call.kind == "free" and call.customer.phone == "13700001111"


def test_refusal_shows_at_the_field_and_keeps_what_was_typed(qtbot, session, shop):
    session.sign_in(shop.clerk)
    dialog = RegisterCallDialog(session)
    qtbot.addWidget(dialog)
    dialog.new_customer.setChecked(True)
    dialog.c_name.setText("赵六")
    dialog.c_phone.setText("1370000")  # too short
    dialog.p_model.setText("XQG100")
    dialog.problem.setText("不脱水")
    dialog.save()
    assert dialog.call is None and "11 位" in dialog.error.text() and not dialog.error.isHidden()
    assert dialog.c_phone.property("invalid") is True
    assert (dialog.c_name.text(), dialog.p_model.text(), dialog.problem.text()) == ("赵六", "XQG100", "不脱水")
    dialog.c_phone.setText("025-84561234")
    dialog.received.setDateTime(dialog.received.dateTime().addSecs(3 * 3600))  # in the future
    dialog.save()
    assert dialog.call is None and "将来" in dialog.error.text()
    assert ServiceCall.select().count() == 0


def test_a_typed_but_unpicked_customer_is_not_saved_as_general_work(qtbot, session, shop):
    make_customer(shop.clerk)
    session.sign_in(shop.clerk)
    dialog = RegisterCallDialog(session)
    qtbot.addWidget(dialog)
    dialog.search.setText("wxm")
    dialog.problem.setText("不制冷")
    dialog.save()
    assert dialog.call is None and "选定客户" in dialog.error.text()
    dialog.search.clear()
    assert dialog.kind.currentData() == "general"  # nothing typed: internal work, e.g. tool maintenance
    dialog.problem.setText("工具保养")
    dialog.save()
    assert dialog.call.kind == "general" and dialog.call.customer_id is None


def test_changed_kind_needs_reason_and_repeat_fault_is_warned(qtbot, session, shop):
    _, product = make_customer(shop.clerk)
    earlier = register_call(shop.clerk, received_at=clock.now() - dt.timedelta(days=3), channel="phone",
                            problem="x", customer_id=product.customer_id, product_id=product.id)
    dispatch_call(shop.supervisor, earlier.id, shop.technician.id)
    record_visit(shop.technician, earlier.id, arrived_at=clock.now() - dt.timedelta(days=2),
                 finished_at=None, work_done="修好", result="fixed")
    record_signature(shop.clerk, earlier.id, clock.today() - dt.timedelta(days=2))
    close_call(shop.clerk, earlier.id)
    session.sign_in(shop.clerk)
    dialog = RegisterCallDialog(session)
    qtbot.addWidget(dialog)
    dialog.search.setText("王小明")
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert earlier.number in dialog.repeat.text() and not dialog.repeat.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findData("free"))
    assert dialog.reason.isEnabled()
    dialog.problem.setText("又不制冷")
    dialog.save()
    assert dialog.call is None and "原因" in dialog.error.text()
    dialog.reason.setText("返修免费")
    dialog.save()
    assert dialog.call.kind == "free" and dialog.call.repeat_of_id == earlier.id


def test_buttons_follow_role_and_state(qtbot, session, shop):
    _, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="x",
                         customer_id=product.customer_id, product_id=product.id)
    clerk_page = _page(qtbot, session, shop.clerk)
    assert clerk_page.register_button.isVisible() and not clerk_page.dispatch_button.isVisible()
    assert not clerk_page.void_button.isVisible() and clerk_page.print_button.isVisible()
    tech_page = _page(qtbot, session, shop.technician)
    assert not tech_page.register_button.isVisible() and tech_page.visit_button.isVisible()
    page = _page(qtbot, session, shop.supervisor)
    page.view.selectRow(0)
    assert page.current_call_id() == call.id
    assert page.dispatch_button.isEnabled() and not page.visit_button.isEnabled()
    assert not page.close_button.isEnabled() and not page.reopen_button.isEnabled()


def test_dispatch_dialog_lists_only_active_technicians_and_shows_deadline(qtbot, session, shop):
    from aftersales_desktop.core.queries.call_detail import call_detail
    from aftersales_desktop.core.services.staff import mark_left
    from aftersales_desktop.gui.calls.action_dialogs import DispatchDialog

    _, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=dt.datetime(2026, 3, 11, 9, 0), channel="phone", problem="x",
                         customer_id=product.customer_id, product_id=product.id)
    mark_left(shop.manager, shop.technician2.id, clock.today())
    session.sign_in(shop.supervisor)
    dialog = DispatchDialog(session, call_detail(call.id))
    qtbot.addWidget(dialog)
    names = [dialog.technician.itemText(i) for i in range(dialog.technician.count())]
    assert names == [f"{shop.technician.name} — 无待上门"]  # the name with its workload beside it
    assert "2026-03-11 16:30" in dialog.deadline.text()
    dialog.save()
    assert ServiceCall.get_by_id(call.id).technician_id == shop.technician.id


def test_dispatch_shows_each_technicians_open_calls_by_area(qtbot, session, shop):
    from aftersales_desktop.core.queries.call_detail import call_detail
    from aftersales_desktop.core.services.calls import dispatch_call
    from aftersales_desktop.gui.calls.action_dialogs import DispatchDialog

    _, product = make_customer(shop.clerk)
    made = [register_call(shop.clerk, received_at=clock.now() - dt.timedelta(days=days), channel="phone", problem="x",
                          area=area, customer_id=product.customer_id, product_id=product.id)
            for days, area in ((0, "city"), (0, "suburb"), (7, "city"), (0, "city"))]
    for call in made[:3]:
        dispatch_call(shop.supervisor, call.id, shop.technician.id)
    session.sign_in(shop.supervisor)
    dialog = DispatchDialog(session, call_detail(made[3].id))
    qtbot.addWidget(dialog)
    labels = [dialog.technician.itemText(i) for i in range(dialog.technician.count())]
    assert labels == ["孙浩 — 无待上门", "赵志强 — 待上门 3(市区 2、郊区 1),今天到期 2"]  # the old one is overdue


def test_overdue_rows_stand_out_and_carry_over_is_on_top(qtbot, session, shop):
    _, product = make_customer(shop.clerk)
    clock.set_now(dt.datetime(2026, 3, 10, 9, 0))
    old = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="x",
                        customer_id=product.customer_id, product_id=product.id)
    clock.set_now(dt.datetime(2026, 3, 11, 10, 0))
    new = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="y",
                        customer_id=product.customer_id, product_id=product.id)
    page = _page(qtbot, session, shop.supervisor)
    first = page.model.row_at(0)
    assert first.id == old.id and first.priority and first.overdue
    assert page.model.data(page.model.index(0, 0)).startswith("★")
    brush = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == STYLE_COLOURS["overdue"]
    assert page.model.row_at(1).id == new.id
    assert "h left" in page.model.data(page.model.index(1, 3)) or "小时" in page.model.data(page.model.index(1, 3))
    page.apply_filter("overdue")
    assert page.model.total_count == 1 and page.overdue.isChecked()
    page.apply_filter("not_dispatched")
    assert page.model.total_count == 2
    page.apply_filter("due_today")
    assert page.model.total_count == 1 and page.model.row_at(0).id == new.id


def test_close_reopen_and_void_from_the_page(qtbot, session, shop, quiet_messages):
    _, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=clock.now() - dt.timedelta(hours=2), channel="phone",
                         problem="x", customer_id=product.customer_id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    record_visit(shop.technician, call.id, arrived_at=clock.now() - dt.timedelta(hours=1), finished_at=None,
                 work_done="修好", result="fixed")
    page = _page(qtbot, session, shop.supervisor)
    page.view.selectRow(0)
    page.close_call()
    assert quiet_messages.recorded[-1][0] == "error" and "签字" in quiet_messages.recorded[-1][1]
    record_signature(shop.clerk, call.id, clock.today())
    page.close_call()
    assert ServiceCall.get_by_id(call.id).status == "closed"
    page.reopen_call()  # the reason comes from the test responder
    assert ServiceCall.get_by_id(call.id).status == "visited"
    quiet_messages.answers["ask_reason"] = None  # cancelled: nothing happens
    page.void_call()
    assert ServiceCall.get_by_id(call.id).status == "visited"
    quiet_messages.answers["ask_reason"] = "重复登记"
    page.void_call()
    assert ServiceCall.get_by_id(call.id).void_reason == "重复登记"


@pytest.mark.parametrize("mode", ["print"])
def test_print_counts_and_second_print_is_a_copy(qtbot, session, shop, monkeypatch, mode):
    from aftersales_desktop.gui import printing

    papers = []
    monkeypatch.setattr(printing, "print_paper", lambda parent, paper: papers.append(paper) or True)
    _, product = make_customer(shop.clerk)
    register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="x",
                  customer_id=product.customer_id, product_id=product.id)
    page = _page(qtbot, session, shop.clerk)
    page.view.selectRow(0)
    page.print_button.click()
    page.print_button.click()
    assert [p.copy for p in papers] == [False, True]


def test_the_voucher_paints_through_qt_printing_too(qtbot, session, shop, tmp_path):
    from aftersales_desktop.core.queries.call_detail import call_detail
    from aftersales_desktop.export.papers.voucher import voucher_paper
    from aftersales_desktop.gui import printing

    _, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="不制冷",
                         customer_id=product.customer_id, product_id=product.id)
    out = printing.print_to_pdf_file(voucher_paper(call_detail(call.id), copy=True), tmp_path / "qt.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "服务凭证" in text and call.number in text and "副本" in text and "王小明" in text


def test_search_hits_open_the_call_or_fill_the_search(qtbot, session, shop):
    customer, product = make_customer(shop.clerk)
    calls = [register_call(shop.clerk, received_at=clock.now() - dt.timedelta(minutes=i), channel="phone",
                           problem=f"问题{i}", customer_id=customer.id, product_id=product.id) for i in range(3)]
    page = _page(qtbot, session, shop.clerk)
    page.overdue.setChecked(True)  # a filter that hides them: opening a hit clears it
    page.open_record("voucher", Voucher.get(Voucher.call == calls[2].id).id)
    assert page.current_call_id() == calls[2].id and not page.overdue.isChecked()
    page.open_record("customer", customer.id)
    assert page.search.text() == "139 1234 5678" and page.model.total_count == 3  # shown grouped, still found
