"""Low ratings waiting for the supervisor: dismiss with a reason, or turn into a complaint."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.permissions import Action, who_may
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.opinion import CardRow, open_follow_ups
from aftersales_desktop.core.services.surveys import dismiss_follow_up, follow_up_to_complaint
from aftersales_desktop.core.vocab import SEVERITY
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.opinion.pickers import table_view
from aftersales_desktop.gui.opinion.surveys_tab import RATINGS_TIP, ratings_text
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Card no."), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Call no."), lambda r: r.call_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: format_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda r: r.technician),
    Column(QT_TRANSLATE_NOOP("Columns", "Ratings"), ratings_text, tooltip=lambda r: RATINGS_TIP),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer's words"), lambda r: r.comments),
]


class ToComplaintDialog(QDialog):
    """What the complaint says and how serious it is."""

    def __init__(self, row: CardRow, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turn into a complaint"))
        self.description = QLineEdit(row.comments, self)
        self.severity = QComboBox(self)
        for code, label in SEVERITY.choices():
            self.severity.addItem(label, code)
        self.severity.setCurrentIndex(self.severity.findData("ordinary"))
        form = QFormLayout()
        form.addRow(self.tr("What &happened"), self.description)
        form.addRow(self.tr("&Severity"), self.severity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class FollowUpsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PagedTableModel(COLUMNS, parent=self)
        self.view = table_view(self)
        self.view.setModel(self.model)
        self.dismiss_button = QPushButton(self.tr("&Dismiss…"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.complaint_button = QPushButton(self.tr("Turn into &complaint…"), self)
        self.complaint_button.clicked.connect(self.to_complaint)
        can = session.can(Action.SURVEY_FOLLOW_UP)
        self.dismiss_button.setVisible(can)
        self.complaint_button.setVisible(can)
        hint = QLabel(self.tr("A rating at or below the low-rating setting waits here for a decision by %1.").replace(
            "%1", str(who_may(Action.SURVEY_FOLLOW_UP))), self)
        hint.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.dismiss_button)
        top.addWidget(self.complaint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_query(open_follow_ups())
        self.view.resizeColumnsToContents()

    def _row(self) -> CardRow | None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            messages.info(self, self.tr("Choose a card in the list first."))
        return row

    def dismiss(self) -> None:
        row = self._row()
        if row is None:
            return
        reason = messages.ask_reason(self, self.tr("Dismiss the follow-up"), self.tr("Why is it not a complaint?"))
        if reason and self.session.call(self, dismiss_follow_up, self.session.actor, row.id, reason)[0]:
            self.session.notify_changed("opinion")

    def to_complaint(self) -> None:
        row = self._row()
        if row is None:
            return
        dialog = ToComplaintDialog(row, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ok, complaint = self.session.call(
            self, follow_up_to_complaint, self.session.actor, row.id, dialog.description.text(),
            dialog.severity.currentData(),
        )  # fmt: skip
        if ok:
            messages.info(self, self.tr("Complaint %1 registered.").replace("%1", complaint.number))
            self.session.notify_changed("opinion")
