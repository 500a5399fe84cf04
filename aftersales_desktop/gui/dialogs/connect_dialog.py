"""Connect this PC to the shop's PostgreSQL server: server, port, database, user and password.

The dialog opens the database itself (so a wrong password or a missing database is said here, next to the
field to mend) and, once connected, this PC remembers the URL — never the password (core/dburl.py says why).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import dburl
from aftersales_desktop.core.db import open_server
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.errors import UserError


class ConnectDialog(QDialog):
    """Accepted with `target` connected and remembered; the error of the last try is shown in red."""

    def __init__(self, *, start: Target | None = None, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: Target | None = None
        self.setWindowTitle(self.tr("Connect to the shop's server"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Several counters share one PostgreSQL server. Ask the shop's IT person for these "
                               "details. The password is not stored on this PC."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or shop-server"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.name = QLineEdit("aftersales", self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.name)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = QLabel(message, self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if start is not None and start.is_postgres:
            self.host.setText(start.host)
            self.port.setValue(start.port or 5432)
            self.name.setText(start.name)
            self.user.setText(start.user)
            self.options = start.options
            if start.host:  # a known server: what is missing is the password
                self.password.setProperty("starts_here", True)
                self.password.setFocus()
        else:
            self.options = ()

    def chosen(self) -> Target:
        return Target("postgresql", user=self.user.text().strip(), password=self.password.text(),
                      host=self.host.text().strip(), port=self.port.value(), name=self.name.text().strip(),
                      options=tuple(self.options))

    def try_connect(self) -> None:
        """Open the server database now; on a refusal say why and keep the dialog open."""
        target = self.chosen()
        try:
            open_server(target)
        except UserError as error:
            self.error.setText(error.message)
            return
        dburl.remember(target)
        self.target = target
        self.accept()

    @classmethod
    def ask(cls, start: Target | None = None, message: str = "", parent: QWidget | None = None) -> Target | None:
        """Show the dialog; the connected Target or None (tests replace this)."""
        dialog = cls(start=start, message=message, parent=parent)
        dialog.exec()
        return dialog.target
