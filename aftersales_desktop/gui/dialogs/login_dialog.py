"""Signing in: pick your name from the active staff, type your password or PIN."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDialog, QWidget

from aftersales_desktop import APP_TITLE_ZH
from aftersales_desktop.core import settings
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from aftersales_desktop.gui.widgets.focus import start_here
from aftersales_desktop.gui.widgets.form_errors import FormErrors, align_form_labels

LAST_NAME_KEY = "login/last_name"


class LoginDialog(QDialog):
    """Accepted with `staff` set to the authenticated staff member."""

    first_painted = Signal()  # the window is on the screen: the start-up's file check may begin (gui/app.py)

    def __init__(self, *, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self._painted = False
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.staff: Staff | None = None
        self.errors = FormErrors(self.ui.errorLabel, {"name": self.ui.staff, "secret": self.ui.secret})
        self.ui.shopLabel.setText(settings.get("shop_name") or APP_TITLE_ZH)
        if not hint and settings.get("demo"):
            hint = self.tr("This is the demo shop: every password is 123456.")
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))
        self._fill_staff()
        self.ui.signInButton.clicked.connect(self.sign_in)
        self.ui.cancelButton.clicked.connect(self.reject)
        if self.ui.staff.currentIndex() >= 0:
            start_here(self.ui.secret)  # the last person at this PC is chosen: their password comes next
        else:
            self.ui.staff.setFocus()
        self.setMinimumWidth(420)
        align_form_labels(self.ui.form)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _fill_staff(self) -> None:
        people = Staff.select().where(Staff.active).order_by(Staff.name_initials, Staff.name)
        for person in people:
            self.ui.staff.addItem(f"{person.name}  ·  {ROLE.label(person.role)}", person.name)
        last = QSettings().value(LAST_NAME_KEY, "")
        found = self.ui.staff.findData(last)
        if found >= 0:
            self.ui.staff.setCurrentIndex(found)

    def select_name(self, name: str) -> None:
        self.ui.staff.setCurrentIndex(self.ui.staff.findData(name))

    def sign_in(self) -> None:
        """Check the password; a wrong one is a plain sentence and the chosen name stays."""
        # the services load as the password is checked, not before the window shows (a fortieth of its wait)
        from aftersales_desktop.core.services.staff import authenticate

        try:
            self.staff = authenticate(self.ui.staff.currentData() or "", self.ui.secret.text())
        except UserError as error:
            self.ui.secret.clear()
            self.errors.show(error)
            return
        QSettings().setValue(LAST_NAME_KEY, self.staff.name)
        self.accept()
