"""Survey cards of a day: coverage numbers, print the day's cards, enter what comes back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.core import clock
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import SurveyCard
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.opinion import (
    CardRow,
    cards_due,
    cards_outstanding,
    survey_coverage,
    survey_coverage_until,
)
from aftersales_desktop.core.services.surveys import mark_sent, prepare_cards
from aftersales_desktop.core.vocab import SURVEY_ITEM
from aftersales_desktop.export.papers.common import paper_language
from aftersales_desktop.export.papers.survey_card import survey_cards_paper
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.opinion.answer_dialog import AnswerDialog
from aftersales_desktop.gui.opinion.pickers import date_edit, pydate, qdate, table_view
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel, keep_current


def ratings_text(row: CardRow) -> str:
    return " ".join("-" if r is None else str(r) for r in row.ratings) if row.answered else ""


def _follow_up(row: CardRow) -> str:
    return {"open": str(T("待主任处理", "Follow-up open")), "complaint": str(T("已转投诉", "Complaint")),
            "dismissed": str(T("不作投诉", "Dismissed"))}.get(row.follow_up, "")  # fmt: skip


RATINGS_TIP = " / ".join(SURVEY_ITEM.label(code) for code in SURVEY_ITEM.codes)

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Card no."), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Call no."), lambda r: r.call_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: format_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda r: r.technician),
    Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.due_on),
    Column(QT_TRANSLATE_NOOP("Columns", "Sent"), lambda r: {"print": str(T("已打印", "Printed")), "phone": str(T("电话", "Phone"))}.get(r.sent_how, "")),
    Column(QT_TRANSLATE_NOOP("Columns", "Ratings"), ratings_text, tooltip=lambda r: RATINGS_TIP),
    Column(QT_TRANSLATE_NOOP("Columns", "Follow-up"), _follow_up),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer's words"), lambda r: r.comments),
]


def _style(row: CardRow) -> str | None:
    if row.follow_up == "open":
        return "overdue"
    return "muted" if row.answered else None


class SurveysTab(QWidget):
    """The cards due on the chosen day (calls closed the day before), or every outstanding card."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.day = date_edit(self, clock.today())
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.outstanding = QCheckBox(self.tr("&Outstanding only"), self)
        self.all_days = QCheckBox(self.tr("All days"), self)
        self.all_days.setToolTip(self.tr("Every card not yet answered, whatever day it was due"))
        for box in (self.outstanding, self.all_days):
            box.toggled.connect(lambda _on: self.refresh())
        self.coverage = QLabel(self)
        self.print_button = QPushButton(self.tr("&Print the day's cards"), self)
        self.print_button.clicked.connect(self.print_cards)
        self.answer_button = QPushButton(self.tr("&Enter answer…"), self)
        self.answer_button.clicked.connect(self.enter_answer)
        self.model = PagedTableModel(COLUMNS, row_style=_style, parent=self)
        self.view = table_view(self)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _i: self.enter_answer())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.enter_answer)
        for widget, name in ((self.print_button, "print_day_cards"), (self.answer_button, "enter_answer"),
                             (self.view, "survey_list"), (self.day, "survey_day")):
            widget.setObjectName(name)
        can = session.can(Action.SURVEY_MANAGE)
        self.print_button.setVisible(can)
        self.answer_button.setVisible(can)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cards due on"), self))
        top.addWidget(self.day)
        top.addWidget(self.outstanding)
        top.addWidget(self.all_days)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.coverage)
        layout.addWidget(self.view, 1)
        self.refresh()

    def due_day(self) -> dt.date:
        return pydate(self.day.date())

    def show_day(self, day: dt.date) -> None:
        self.day.setDate(qdate(day))

    def refresh(self) -> None:
        day = self.due_day()
        if self.all_days.isChecked():
            query = cards_outstanding(clock.today())
        else:
            query = cards_due(day, outstanding_only=self.outstanding.isChecked())
        keep_current(self.view, lambda: self.model.set_query(query))
        self.day.setEnabled(not self.all_days.isChecked())
        self.view.resizeColumnsToContents()
        every_day = self.all_days.isChecked()
        cov = survey_coverage_until(clock.today()) if every_day else survey_coverage(day)
        text = self.tr("All days: due %1 · sent %2 · answered %3 · outstanding %4") if every_day else self.tr(
            "Due %1 · sent %2 · answered %3 · outstanding %4")
        for n, value in enumerate((cov.due, cov.sent, cov.answered, cov.outstanding), start=1):
            text = text.replace(f"%{n}", str(value))
        if cov.not_prepared:
            text += " · " + self.tr("%1 closed call(s) still without a card").replace("%1", str(cov.not_prepared))
        self.coverage.setText(text)

    def print_cards(self) -> None:
        """Prepare any missing cards of the day, print them (Qt's dialog), and mark the new ones sent."""
        from aftersales_desktop.gui.printing import print_paper

        day = self.due_day()
        ok, _made = self.session.call(self, prepare_cards, self.session.actor, day - dt.timedelta(days=1))
        if not ok:
            return
        cards = list(SurveyCard.select().where(SurveyCard.due_on == day).order_by(SurveyCard.id))
        self.session.notify_changed("opinion")
        if not cards:
            messages.info(self, self.tr("No survey cards are due on this day."))
            return
        copies = {c.id for c in cards if c.sent_at is not None}
        with paper_language():  # the line goes onto the paper
            subtitle = str(T("{d} 应发 · 共 {n} 张", "Due {d} · {n} card(s)", d=day.isoformat(), n=len(cards)))
        if print_paper(self, survey_cards_paper(cards, copies=copies, subtitle=subtitle)):
            self.session.call(self, mark_sent, self.session.actor, [c.id for c in cards if c.id not in copies], "print")
            self.session.notify_changed("opinion")

    def current_card(self) -> SurveyCard | None:
        row = self.model.row_at(self.view.currentIndex())
        return SurveyCard.get_or_none(SurveyCard.id == row.id) if row else None

    def enter_answer(self) -> None:
        card = self.current_card()
        if card is None:
            messages.info(self, self.tr("Choose a card in the list first."))
            return
        if card.answered_at is not None:
            messages.info(self, self.tr("This card's answer is already entered."))
            return
        AnswerDialog(self.session, card, parent=self).exec()

    def select_card(self, card_id: int) -> None:
        card = SurveyCard.get_or_none(SurveyCard.id == card_id)
        if card is None:
            return
        self.all_days.setChecked(False)
        self.outstanding.setChecked(False)
        self.show_day(card.due_on)
        self.refresh()
        row = self.model.row_of_id(card_id)
        if row >= 0:
            self.view.selectRow(row)
