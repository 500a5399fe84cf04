"""Complaints and suggestions: serious ones on top, age shown; register, visit, reply, close, letter, conduct."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Complaint
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.opinion import ComplaintRow, complaints
from aftersales_desktop.core.services import complaints as svc
from aftersales_desktop.core.vocab import COMPLAINT_KIND, COMPLAINT_STATUS, ROLE, SEVERITY
from aftersales_desktop.export.papers.complaint_reply import complaint_reply_paper
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.opinion.complaint_dialogs import (
    ConductEntryDialog,
    RegisterComplaintDialog,
    ReplyDialog,
    VisitDialog,
)
from aftersales_desktop.gui.opinion.pickers import table_view
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel, keep_current


def _age(row: ComplaintRow) -> str:
    days, hours = divmod(row.age_hours, 24)
    return str(T("{d}天{h}小时", "{d}d {h}h", d=days, h=hours)) if days else str(T("{h}小时", "{h}h", h=hours))


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Severity"), lambda r: SEVERITY.label(r.severity)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: COMPLAINT_KIND.label(r.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: COMPLAINT_STATUS.label(r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Age"), _age),
    Column(QT_TRANSLATE_NOOP("Columns", "Handled by"), lambda r: ROLE.label(r.handler_role)),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Call no."), lambda r: r.call_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Visits made"), lambda r: r.visits, Qt.AlignmentFlag.AlignRight),
    Column(QT_TRANSLATE_NOOP("Columns", "Replied"), lambda r: "✓" if r.replied else ""),
    Column(QT_TRANSLATE_NOOP("Columns", "What happened"), lambda r: r.description),
]


def _style(row: ComplaintRow) -> str | None:
    if row.status == "closed":
        return "muted"
    if row.severity == "serious":
        return "overdue"
    return "warning" if row.answer_late else None


class ComplaintsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.open_only = QCheckBox(self.tr("Open only"), self)
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.model = PagedTableModel(COLUMNS, row_style=_style, parent=self)
        self.view = table_view(self)
        self.view.setObjectName("complaint_list")
        self.view.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, action in (
            ("register", self.tr("&Register…"), self.register, Action.COMPLAINT_REGISTER),
            ("answer", self.tr("First &answer"), self.first_answer, Action.COMPLAINT_HANDLE),
            ("visit", self.tr("&Visit…"), self.visit, Action.COMPLAINT_HANDLE),
            ("reply", self.tr("Re&ply…"), self.reply, Action.COMPLAINT_HANDLE),
            ("close", self.tr("Cl&ose"), self.close_complaint, Action.COMPLAINT_HANDLE),
            ("letter", self.tr("Print reply &letter"), self.print_letter, Action.COMPLAINT_REGISTER),
            ("conduct", self.tr("To &conduct entry…"), self.conduct, Action.CONDUCT_RECORD),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"complaint_{key}")
            button.clicked.connect(slot)
            button.setVisible(session.can(action))
            top.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        keep_current(self.view, lambda: self.model.set_query(complaints(open_only=self.open_only.isChecked())))
        self.view.resizeColumnsToContents()

    def current(self) -> Complaint | None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            messages.info(self, self.tr("Choose a complaint in the list first."))
            return None
        return Complaint.get_by_id(row.id)

    def register(self) -> None:
        dialog = RegisterComplaintDialog(self.session, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        complaint = dialog.result_record
        self.select(complaint.id)
        if complaint.severity == "serious":
            messages.info(
                self,
                self.tr("Serious complaint %1 goes to the manager at once and stays at the top of the list until it is closed.")
                .replace("%1", complaint.number),
            )

    def first_answer(self) -> None:
        """The customer has had a first answer (by phone or in person): stops the 24-hour clock."""
        complaint = self.current()
        if complaint is None or not messages.confirm(
            self, self.tr("Record that the customer of %1 has had a first answer now?").replace("%1", complaint.number),
            default_yes=True,
        ):
            return
        if self.session.call(self, svc.record_first_answer, self.session.actor, complaint.id)[0]:
            self.session.notify_changed("opinion")

    def visit(self) -> None:
        if (complaint := self.current()) is not None:
            VisitDialog(self.session, complaint, parent=self).exec()

    def reply(self) -> None:
        if (complaint := self.current()) is not None:
            ReplyDialog(self.session, complaint, parent=self).exec()

    def conduct(self) -> None:
        if (complaint := self.current()) is not None:
            ConductEntryDialog(self.session, complaint, parent=self).exec()

    def close_complaint(self) -> None:
        complaint = self.current()
        question = self.tr("Close complaint %1?").replace("%1", complaint.number) if complaint else ""
        if complaint is None or not messages.confirm(self, question, default_yes=True):
            return
        if self.session.call(self, svc.close_complaint, self.session.actor, complaint.id)[0]:
            self.session.notify_changed("opinion")

    def print_letter(self) -> None:
        from aftersales_desktop.gui.printing import print_paper

        if (complaint := self.current()) is not None:
            print_paper(self, complaint_reply_paper(complaint))

    def select(self, complaint_id: int) -> None:
        """Show one complaint (a search hit, or the one just registered)."""
        if not self.open_only.isChecked() or Complaint.get_by_id(complaint_id).status != "closed":
            self.refresh()
        else:
            self.open_only.setChecked(False)
        row = self.model.row_of_id(complaint_id)
        if row >= 0:
            self.view.selectRow(row)
