"""A supervisor approves on the spot: they sign in over the dialog that was refused, and it is tried again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.services.authority import Approval, ApprovalNeeded
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.gui.widgets.focus import start_here
from aftersales_desktop.gui.widgets.form_errors import FormErrors


class ApprovalDialog(QDialog):
    """Why approval is needed, the supervisor's name and password; Approve runs `attempt` until it succeeds."""

    def __init__(self, problem: str, attempt: Callable[[Approval], Any], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.result_value: Any = None
        self.setObjectName("approval_dialog")
        self.setWindowTitle(self.tr("Supervisor's approval"))
        self.setMinimumWidth(460)
        why = QLabel(problem, self)
        why.setWordWrap(True)
        why.setStyleSheet("color: #8a5300; font-weight: bold;")
        hint = QLabel(self.tr("Beyond the counter's authority: a supervisor signs in here to approve it now."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.approver = QComboBox(self)
        self.approver.setObjectName("approver")
        people = Staff.select().where(Staff.active & Staff.role.in_(("supervisor", "manager"))).order_by(Staff.name)
        for person in people:
            self.approver.addItem(f"{person.name}  ·  {ROLE.label(person.role)}", person.name)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("approver_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor"), self.approver)
        form.addRow(self.tr("Password"), self.secret)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.approve_button.setText(self.tr("&Approve"))
        self.approve_button.setObjectName("approve")
        buttons.accepted.connect(self.approve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.errors = FormErrors(self.error, {"secret": self.secret, "name": self.approver, "approval": self.approver})
        start_here(self.secret)  # the first supervisor is chosen already: the password comes next

    def approve(self) -> None:
        try:
            self.result_value = self.attempt(Approval(self.approver.currentData() or "", self.secret.text()))
        except UserError as error:
            self.secret.clear()
            self.errors.show(error)
            return
        self.accept()


def approve_and_retry(parent: QWidget | None, needed: ApprovalNeeded,
                      retry: Callable[[Approval], Any]) -> tuple[bool, Any]:
    """Ask a supervisor to sign in; (True, result) once the retried use case went through, (False, None) if not."""
    dialog = ApprovalDialog(needed.message, retry, parent=parent)
    if dialog.exec():
        return True, dialog.result_value
    return False, None
