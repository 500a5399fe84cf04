"""Journey 7: a survey card entered by its digits; a serious complaint visited, answered in writing and closed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Complaint, ComplaintVisit, SurveyCard
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.gui.history_dialog import CustomerHistoryDialog
from aftersales_desktop.gui.opinion.answer_dialog import AnswerDialog
from aftersales_desktop.gui.opinion.complaint_dialogs import RegisterComplaintDialog, ReplyDialog, VisitDialog
from tests.gui.journeys.helpers import pdf_text


def yesterdays_closed_call(shop, stocked):  # type: ignore[no-untyped-def]
    """Yesterday's call, done and closed (the journey starts the morning after)."""
    yesterday = clock.now() - dt.timedelta(days=1)
    clock.set_now(yesterday.replace(hour=9))
    call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="洗衣机不脱水",
                         customer_id=stocked.li.id, product_id=stocked.li_washer.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    clock.set_now(yesterday.replace(hour=14))
    record_visit(shop.technician, call.id, arrived_at=clock.now() - dt.timedelta(hours=1), finished_at=clock.now(),
                 work_done="更换排水泵", result="fixed")
    record_signature(shop.technician, call.id, clock.today())
    close_call(shop.clerk, call.id)
    clock.set_now(yesterday.replace(hour=10) + dt.timedelta(days=1))
    return call


def test_survey_card_by_digits_and_a_serious_complaint_closed(counter, shop, stocked, tmp_path):
    c = counter
    call = yesterdays_closed_call(shop, stocked)
    c.sign_in(shop.clerk)
    opinion = c.go("opinion")
    c.tab(opinion.tabs, opinion.surveys)
    c.print_to_file(lambda: c.click("print_day_cards"), tmp_path / "cards.pdf")
    card = SurveyCard.get(SurveyCard.call == call.id)
    view = c.widget("survey_list")
    c.row(view, card.number)

    def answer(dialog: AnswerDialog) -> None:
        assert QApplication.focusWidget() is c.widget("grid")  # digits go straight into the ratings
        c.typing("4431")  # attitude, skill, arrival, promises
        assert QApplication.focusWidget() is c.widget("comments", QLineEdit)
        c.typing("师傅很专业,但答应回电没有回")
        c.key(Qt.Key.Key_Return)

    c.modal(AnswerDialog, lambda: c.key(Qt.Key.Key_Return, view), answer)
    card = SurveyCard.get_by_id(card.id)
    assert (card.attitude, card.skill, card.arrival, card.promise) == (4, 4, 3, 1)
    assert card.comments == "师傅很专业,但答应回电没有回" and card.follow_up == "open"  # a 1 opens a follow-up

    c.tab(opinion.tabs, opinion.complaints)

    def register(dialog: RegisterComplaintDialog) -> None:
        c.type(c.widget("customer_text", QLineEdit), "ln")  # pinyin initials of 李娜
        assert "李娜" in c.widget("customer_matches", QComboBox).currentText()
        c.type(c.widget("call", QLineEdit), call.number)
        c.choose(c.widget("severity", QComboBox), data="serious")
        c.type(c.widget("description", QLineEdit), "技术员答应回电确认保修,至今无人联系")
        c.save()

    c.modal(RegisterComplaintDialog, lambda: c.click("complaint_register"), register)
    complaint = Complaint.get()
    assert complaint.severity == "serious" and complaint.customer_id == stocked.li.id and complaint.call_id == call.id
    assert complaint.number in c.asked("info")[-1]  # the serious one goes to the manager at once

    c.sign_in(shop.supervisor)
    opinion = c.go("opinion")
    c.tab(opinion.tabs, opinion.complaints)
    c.row(c.widget("complaint_list"), complaint.number)
    c.click("complaint_answer")  # phoned the customer the same morning

    def visit(dialog: VisitDialog) -> None:
        assert "李主任" in c.widget("visitor", QComboBox).currentText()
        c.type(c.widget("note", QLineEdit), "上门致歉,确认排水泵在保修内")
        c.save()

    c.modal(VisitDialog, lambda: c.click("complaint_visit"), visit)

    def reply(dialog: ReplyDialog) -> None:
        assert c.widget("how", QComboBox).currentData() == "letter"  # a serious complaint: in writing
        c.type(c.widget("outcome", QPlainTextEdit), "已向客户致歉;排水泵按保修免费更换;对技术员作出处理。")
        c.save()

    c.modal(ReplyDialog, lambda: c.click("complaint_reply"), reply)
    letter = c.print_to_file(lambda: c.click("complaint_letter"), tmp_path / "letter.pdf")

    c.sign_in(shop.manager)  # a serious complaint is closed by the manager
    opinion = c.go("opinion")
    c.tab(opinion.tabs, opinion.complaints)
    c.row(c.widget("complaint_list"), complaint.number)
    c.click("complaint_close")
    complaint = Complaint.get_by_id(complaint.id)
    assert complaint.status == "closed", c.messages.recorded
    assert complaint.reply_how == "letter" and complaint.first_answer_at is not None
    assert ComplaintVisit.select().where(ComplaintVisit.complaint == complaint.id).count() == 1
    paper = pdf_text(letter)
    assert complaint.number in paper and "李娜" in paper and "排水泵按保修免费更换" in paper

    c.go("calls")  # the next time 李娜 rings: her file from the call
    c.row(c.widget("call_list"), call.number)

    def read(dialog: CustomerHistoryDialog) -> None:
        view = c.widget("history_list")
        numbers = [view.item(r, 2).text() for r in range(view.rowCount())]
        assert numbers == [complaint.number, card.number, call.number]  # newest first
        assert "4 4 3 1" in view.item(1, 4).text()
        c.row(view, complaint.number, double=True)  # opens the complaint in its area

    c.modal(CustomerHistoryDialog, lambda: c.click("history"), read)
    assert c.window.current_area() == "opinion"
    assert c.widget("complaint_list").model().row_at(c.widget("complaint_list").currentIndex()).id == complaint.id
