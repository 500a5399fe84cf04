"""The Customer opinion page: enter a survey card by keyboard, register a complaint, print the day's cards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from aftersales_desktop.core.models import Complaint, SurveyCard
from aftersales_desktop.core.services import complaints, contracts, surveys
from aftersales_desktop.gui.opinion.answer_dialog import AnswerDialog
from aftersales_desktop.gui.opinion.complaint_dialogs import RegisterComplaintDialog
from aftersales_desktop.gui.opinion.opinion_page import OpinionPage
from tests.core.opinion_helpers import make_call
from tests.factories import make_customer

DAY = dt.date(2026, 3, 10)  # calls closed the day before the frozen "today" (2026-03-11)


@pytest.fixture
def cards(shop):
    customer, product = make_customer(shop.clerk)
    at = dt.datetime.combine(DAY, dt.time(15))
    for i in range(2):
        make_call(shop.clerk, customer, product, shop.technician, at + dt.timedelta(minutes=i))
    return surveys.prepare_cards(shop.clerk, DAY)


def test_enter_a_card_by_keyboard(qtbot, session, cards):
    dialog = AnswerDialog(session, cards[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.grid  # the ratings take the first keys
    qtbot.keyClicks(dialog.grid, "433")
    assert dialog.focusWidget() is dialog.grid
    qtbot.keyClicks(dialog.grid, "2")  # the fourth digit moves the cursor into the customer's words
    assert dialog.focusWidget() is dialog.comments
    dialog.comments.insert("答应的配件没按时送到")  # Qt's key simulation types ASCII only
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    card = SurveyCard.get_by_id(cards[0].id)
    assert (card.attitude, card.skill, card.arrival, card.promise) == (4, 3, 3, 2)
    assert card.comments == "答应的配件没按时送到" and card.follow_up == "open"


def test_a_card_with_an_item_missing_shows_the_sentence_and_keeps_the_words(qtbot, session, cards):
    dialog = AnswerDialog(session, cards[1])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.grid, "44")
    dialog.comments.setText("很好")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "到达时间" in dialog.error.text() and dialog.comments.text() == "很好"
    assert SurveyCard.get_by_id(cards[1].id).answered_at is None


def test_register_a_complaint_and_it_shows_on_top_when_serious(qtbot, session, shop):
    make_customer(shop.clerk, name="王小明", phone="13912345678")
    other, _ = make_customer(shop.clerk, name="李四", phone="13800000000")
    complaints.register_complaint(shop.clerk, "等了很久", customer_id=other.id)
    page = OpinionPage(session)
    qtbot.addWidget(page)
    dialog = RegisterComplaintDialog(session, parent=page.complaints)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.customer.text, "1391234")
    assert dialog.customer.current_id() is not None
    dialog.severity.setCurrentIndex(dialog.severity.findData("serious"))
    dialog.description.insert("技术员与客户争吵")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    complaint = Complaint.get(Complaint.description == "技术员与客户争吵")
    assert complaint.severity == "serious" and complaint.customer.name == "王小明"
    page.refresh()
    first = page.complaints.model.row_at(0)
    assert first.number == complaint.number and first.handler_role == "manager"


def test_register_without_a_customer_keeps_the_form(qtbot, session, shop):
    dialog = RegisterComplaintDialog(session)
    qtbot.addWidget(dialog)
    dialog.description.insert("没有客户")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "客户" in dialog.error.text() and dialog.description.text() == "没有客户"
    dialog.call.setText("JX2026-99999")
    dialog.save()
    assert "JX2026-99999" in dialog.error.text()


def test_several_matching_customers_none_taken_until_one_is_picked(qtbot, session, shop):
    """Two 王丽: the complaint waits for the clerk's pick, then is the picked one's; a contract shows no products."""
    from aftersales_desktop.gui.opinion.contract_dialogs import ContractDialog

    make_customer(shop.clerk, name="王丽", phone="13900000001")
    second, _ = make_customer(shop.clerk, name="王丽", phone="13900000002")
    dialog = RegisterComplaintDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.customer.text, "wl")
    assert dialog.customer.current_id() is None and "2" in dialog.customer.matches.currentText()
    dialog.description.insert("电话没人接")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and not Complaint.select().exists()
    assert "customer" in dialog.error.text() or "客户" in dialog.error.text()  # in the screen's language
    dialog.customer.matches.setCurrentIndex(dialog.customer.matches.findData(second.id))
    dialog.save()
    assert Complaint.get().customer_id == second.id

    contract = ContractDialog(session)
    qtbot.addWidget(contract)
    qtbot.keyClicks(contract.customer.text, "wl")
    qtbot.waitUntil(lambda: not contract.customer.live.pending())  # the list follows once the typing pauses
    assert contract.product_ids() == []  # nobody's products until the customer is picked
    contract.customer.matches.setCurrentIndex(contract.customer.matches.findData(second.id))
    assert len(contract.product_ids()) == 1


def test_closing_without_a_visit_says_why(qtbot, session, shop, quiet_messages):
    customer, _ = make_customer(shop.clerk)
    complaints.register_complaint(shop.clerk, "上门迟到", customer_id=customer.id)
    page = OpinionPage(session)
    qtbot.addWidget(page)
    page.apply_filter("complaints_open")
    page.complaints.view.selectRow(0)
    page.complaints.close_complaint()
    assert any(kind == "error" and "回访" in text for kind, text in quiet_messages.recorded)


def test_print_the_days_cards_marks_them_sent(qtbot, session, shop, monkeypatch):
    customer, product = make_customer(shop.clerk)
    make_call(shop.clerk, customer, product, shop.technician, dt.datetime.combine(DAY, dt.time(16)))
    printed = []
    monkeypatch.setattr("aftersales_desktop.gui.printing.print_paper", lambda parent, paper: printed.append(paper) or True)
    page = OpinionPage(session)
    qtbot.addWidget(page)
    page.surveys.show_day(DAY + dt.timedelta(days=1))
    assert "1" in page.surveys.coverage.text()  # one closed call still without a card
    page.surveys.print_cards()
    assert len(printed) == 1 and "王小明" in printed[0].plain_text()
    assert SurveyCard.select().where(SurveyCard.sent_how == "print").count() == 1
    assert page.surveys.model.rowCount() == 1


def test_all_days_counts_every_card_due_so_far(qtbot, session, shop, cards):
    customer, product = make_customer(shop.clerk, phone="13700000000")
    make_call(shop.clerk, customer, product, shop.technician, dt.datetime.combine(DAY - dt.timedelta(days=5), dt.time(9)))
    older = surveys.prepare_cards(shop.clerk, DAY - dt.timedelta(days=5))
    surveys.mark_sent(shop.clerk, [c.id for c in cards + older])
    page = OpinionPage(session)
    qtbot.addWidget(page)
    page.surveys.show_day(DAY + dt.timedelta(days=3))  # a day nothing is due
    assert page.surveys.coverage.text().startswith("Due 0")
    page.surveys.all_days.setChecked(True)
    assert page.surveys.coverage.text().startswith("All days: due 3 · sent 3 · answered 0 · outstanding 3")
    assert page.surveys.model.rowCount() == 3


def test_today_filters_and_search_hits_open_the_right_tab(qtbot, session, shop, cards):
    customer, product = make_customer(shop.clerk, phone="13700000000")
    contract = contracts.create_contract(shop.clerk, customer.id, [product.id], dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    page = OpinionPage(session)
    qtbot.addWidget(page)
    page.apply_filter("contracts_expiring")
    assert page.tabs.currentWidget() is page.contracts and page.contracts.model.row_at(0).number == contract.number
    page.apply_filter("surveys_outstanding")
    assert page.tabs.currentWidget() is page.surveys and page.surveys.model.rowCount() == 2
    page.open_record("survey", cards[1].id)
    assert page.surveys.model.row_at(page.surveys.view.currentIndex()).id == cards[1].id
    page.open_record("contract", contract.id)
    assert page.tabs.currentWidget() is page.contracts


def test_visit_reply_and_close_through_the_dialogs(qtbot, session, shop):
    from aftersales_desktop.gui.opinion.complaint_dialogs import ReplyDialog, VisitDialog

    customer, _ = make_customer(shop.clerk)
    complaint = complaints.register_complaint(shop.clerk, "地板被弄脏", customer_id=customer.id, severity="serious")
    visit = VisitDialog(session, complaint)
    qtbot.addWidget(visit)
    visit.visitor.select_id(shop.supervisor.id)
    visit.note.insert("上门道歉并清理")
    visit.save()
    assert visit.result() == QDialog.DialogCode.Accepted
    reply = ReplyDialog(session, complaint)
    qtbot.addWidget(reply)
    assert reply.how.currentData() == "letter"  # serious: in writing by default
    reply.how.setCurrentIndex(reply.how.findData("phone"))
    reply.outcome.setPlainText("已赔偿清洁费")
    reply.save()
    assert "书面" in reply.error.text() and reply.outcome.toPlainText() == "已赔偿清洁费"
    reply.how.setCurrentIndex(reply.how.findData("letter"))
    reply.save()
    assert reply.result() == QDialog.DialogCode.Accepted
    page = OpinionPage(session)
    qtbot.addWidget(page)
    page.complaints.view.selectRow(0)
    page.complaints.close_complaint()
    assert Complaint.get_by_id(complaint.id).status == "closed"


def test_add_and_renew_a_contract_through_the_dialogs(qtbot, session, shop):
    from aftersales_desktop.core.models import Contract
    from aftersales_desktop.gui.opinion.contract_dialogs import ContractDialog, RenewDialog
    from aftersales_desktop.gui.opinion.pickers import qdate

    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2025, 6, 30))
    dialog = ContractDialog(session, customer_id=customer.id)
    qtbot.addWidget(dialog)
    assert dialog.product_ids() == [product.id] and "2025-06-30" in dialog.products.item(0).text()
    dialog.end.setDate(qdate(dt.date(2026, 1, 1)))  # before the start: the service's sentence, form kept
    qtbot.keyClicks(dialog.fee, "360")
    dialog.save()
    assert "早于开始日期" in dialog.error.text() and dialog.fee.text() == "360"
    dialog.start.setDate(qdate(dt.date(2025, 4, 1)))
    dialog.save()
    contract = Contract.get()
    assert contract.fee_fen == 36000 and contract.end == dt.date(2026, 3, 31)
    renew = RenewDialog(session, contract)
    qtbot.addWidget(renew)
    renew.save()
    new = Contract.get(Contract.renewed_from == contract.id)
    assert new.start == dt.date(2026, 4, 1) and new.end == dt.date(2027, 3, 31)
    page = OpinionPage(session)
    qtbot.addWidget(page)
    assert "保修至 2025-06-30" in page.contracts.model.row_at(0).products
