"""A new password or PIN: your own (anyone), or another person's reset by the manager."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.services.staff import change_secret
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors


class PasswordDialog(QDialog):
    def __init__(self, session: Session, *, parent: QWidget | None = None, staff: Staff | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.staff = staff or session.actor
        own = staff is None or (session.actor is not None and staff.id == session.actor.id)
        self.setWindowTitle(self.tr("Change my password") if own else self.tr("Reset password"))
        layout = QVBoxLayout(self)
        if not own and self.staff is not None:
            layout.addWidget(QLabel(self.tr("New password or PIN for {name}").replace("{name}", self.staff.name)))
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret2 = QLineEdit()
        self.secret2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New password or PIN"), self.secret)
        form.addRow(self.tr("Once more"), self.secret2)
        layout.addLayout(form)
        self.error = QLabel()
        layout.addWidget(self.error)
        self.errors = FormErrors(self.error, {"secret": self.secret, "secret2": self.secret2})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def save(self) -> None:
        if self.secret.text() != self.secret2.text():
            self.errors.show(self.tr("The two passwords are not the same."), "secret2")
            return
        try:
            change_secret(self.session.actor, self.staff.id, self.secret.text())
        except UserError as error:
            self.errors.show(error)
            return
        self.accept()
