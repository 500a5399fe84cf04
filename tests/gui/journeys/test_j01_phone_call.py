"""Journey 1: a phone call from an existing customer, from the register to the closed call and its survey card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QTableView

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Invoice, ServiceCall, SurveyCard, Visit, Voucher
from aftersales_desktop.gui.calls.action_dialogs import DispatchDialog, SignatureDialog, VisitDialog
from aftersales_desktop.gui.calls.register_dialog import RegisterCallDialog
from aftersales_desktop.gui.parts.workorder_tab import IssueDialog
from tests.gui.journeys.helpers import pdf_text


def test_phone_call_to_closed_call_with_voucher_and_survey_card(counter, shop, stocked, tmp_path):
    c = counter
    c.sign_in(shop.clerk)
    c.go("calls")

    def register(dialog: RegisterCallDialog) -> None:
        search = c.widget("search", QLineEdit)
        assert dialog.focusWidget() is search  # the form opens where the clerk starts typing
        c.type(search, "wxm")  # pinyin initials find the customer …
        matches = c.widget("matches", QListWidget)
        assert matches.count() == 1 and "王小明" in matches.item(0).text()
        c.type(search, "1391234", clear=True)  # … and so do the first digits of the phone
        assert matches.count() == 1 and "13912345678" in matches.item(0).text().replace(" ", "")
        c.key(Qt.Key.Key_Return, search)  # Enter takes the customer; the product is offered
        assert "KFR-35GW/BP3" in c.widget("product", QComboBox).currentText()
        problem = c.widget("problem", QLineEdit)
        assert dialog.focusWidget() is problem
        c.type(problem, "空调不制冷,室外机有异响")
        c.key(Qt.Key.Key_Return, problem)  # Enter registers

    c.modal(RegisterCallDialog, lambda: c.click("register_call"), register)
    call = ServiceCall.get()
    assert call.customer.name == "王小明" and call.kind == "paid" and call.channel == "phone"
    assert call.deadline_at is not None  # someone must travel: the arrival clock runs

    c.sign_in(shop.supervisor)
    c.go("calls")
    c.row(c.widget("call_list", QTableView), call.number)

    def dispatch(dialog: DispatchDialog) -> None:
        c.choose(c.widget("technician", QComboBox), "赵志强")
        c.save()

    c.modal(DispatchDialog, lambda: c.click("dispatch"), dispatch)
    assert ServiceCall.get_by_id(call.id).technician.name == "赵志强"

    c.sign_in(shop.storekeeper)  # the technician takes a capacitor along: issued against the call (见单发料)
    parts = c.go("parts")
    c.tab(parts.tabs, parts.work_order)
    number = c.widget("work_order_number", QLineEdit)
    c.type(number, call.number)
    c.key(Qt.Key.Key_Return, number)

    def issue(dialog: IssueDialog) -> None:
        c.type(dialog.part.lineEdit(), "RQ-35")  # the code on the box
        c.qtbot.waitUntil(lambda: dialog.part.view().isVisible())
        c.key(Qt.Key.Key_Down, dialog.part.view())
        c.key(Qt.Key.Key_Return, dialog.part.view())
        c.save()

    c.modal(IssueDialog, lambda: c.click("work_order_issue"), issue)

    clock.set_now(clock.now() + dt.timedelta(hours=2))  # the technician drives out and repairs it
    c.sign_in(shop.technician)
    c.go("calls")
    c.row(c.widget("call_list", QTableView), call.number)

    def visit(dialog: VisitDialog) -> None:
        c.type(c.widget("work", QLineEdit), "更换启动电容,清洗室外机")
        c.choose(c.widget("result", QComboBox), data="fixed")
        c.type(c.widget("labour", QLineEdit), "80")
        c.type(c.widget("travel", QLineEdit), "20")
        assert "启动电容" in c.widget("parts_on_bill").text()  # the part the store issued is on the bill
        c.click(c.widget("collected", QCheckBox))
        assert "145.00" in c.widget("visit_total").text()
        c.save()

    c.modal(VisitDialog, lambda: c.click("visit"), visit)
    c.modal(SignatureDialog, lambda: c.click("signed"), lambda dialog: c.save())
    fee = Invoice.get(Invoice.call == call.id)
    assert fee.amount_fen == 14500 and fee.collected_fen == 14500
    assert ServiceCall.get_by_id(call.id).status == "done" and Visit.get().result == "fixed"

    c.sign_in(shop.clerk)
    c.go("calls")
    c.row(c.widget("call_list", QTableView), call.number)
    c.click("close_call")
    assert c.asked("confirm") and call.number in c.asked("confirm")[-1]
    assert ServiceCall.get_by_id(call.id).status == "closed"
    c.row(c.widget("call_list", QTableView), call.number)
    voucher_pdf = tmp_path / "voucher.pdf"
    c.save_file_as(lambda: c.click("save_pdf"), voucher_pdf)
    voucher = Voucher.get(Voucher.call == call.id)
    paper = pdf_text(voucher_pdf)
    assert voucher.number in paper and call.number in paper and "王小明" in paper and "13912345678" in paper
    assert "145.00" in paper and voucher.print_count == 1 and voucher.filed_at is not None

    clock.set_now(clock.now() + dt.timedelta(days=1))  # next morning the clerk prepares the day's survey cards
    opinion = c.go("opinion")
    c.tab(opinion.tabs, opinion.surveys)
    cards_pdf = tmp_path / "survey.pdf"
    c.print_to_file(lambda: c.click("print_day_cards"), cards_pdf)
    card = SurveyCard.get(SurveyCard.call == call.id)
    assert card.sent_at is not None and call.number in pdf_text(cards_pdf)
    c.row(c.widget("survey_list", QTableView), card.number)
