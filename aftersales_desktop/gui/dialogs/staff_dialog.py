"""Staff (manager only): add people with a role and password, change a role, reset a password, mark as left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.staff import staff_list
from aftersales_desktop.core.services.staff import create_staff, mark_left, update_staff
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.dialogs.password_dialog import PasswordDialog
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors


class StaffDialog(QDialog):
    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Staff"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Change role…"), self.change_role),
            (self.tr("Reset password…"), self.reset_password),
            (self.tr("Mark as left…"), self.mark_left),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._add_form())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _add_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a staff member"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.role = QComboBox()
        for code, label in ROLE.choices():
            self.role.addItem(label, code)
        self.role.setCurrentIndex(self.role.findData("clerk"))
        self.phone = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("at least 4 characters"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Password or PIN"), self.secret)
        self.error = QLabel()
        form.addRow(self.error)
        self.errors = FormErrors(self.error, {"name": self.name, "role": self.role, "secret": self.secret})
        add = QPushButton(self.tr("Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        form.addRow("", row)
        return box

    def reload(self) -> None:
        try:
            people = staff_list(self.session.actor)
        except UserError as error:  # only the manager reads the staff list (phones, who left when)
            people = []
            self.error.setText(error.message)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            status = self.tr("Active") if person.active else self.tr("Left on {date}").replace(
                "{date}", person.left_on.isoformat() if person.left_on else "?"
            )
            for column, text in enumerate((person.name, ROLE.label(person.role), format_phone(person.phone), status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                if not person.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def selected(self) -> Staff | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            messages.info(self, self.tr("Choose a staff member in the list first."))
            return None
        return Staff.get_or_none(Staff.id == item.data(Qt.ItemDataRole.UserRole))

    def add(self) -> None:
        try:
            create_staff(
                self.session.actor, self.name.text(), self.role.currentData(), self.secret.text(), self.phone.text()
            )
        except UserError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        for field in (self.name, self.phone, self.secret):
            field.clear()
        self.reload()
        self.session.notify_changed("")

    def change_role(self) -> None:
        person = self.selected()
        if person is None:
            return
        # the person as the question shows them: a change someone saved meanwhile is not overwritten unseen
        seen = version_of("staff", person.id, Action.STAFF_MANAGE.value)
        labels = [label for _code, label in ROLE.choices()]
        current = labels.index(ROLE.label(person.role)) if ROLE.label(person.role) in labels else 0
        label, ok = QInputDialog.getItem(
            self, self.tr("Change role"), self.tr("Role of {name}").replace("{name}", person.name), labels, current, False
        )
        if not ok:
            return
        code = ROLE.codes[labels.index(label)]
        secret = None
        if code == "manager" and person.role != "manager":  # a manager needs a PIN of 6 or more: set it now
            secret, ok = QInputDialog.getText(
                self, self.tr("Change role"),
                self.tr("New password or PIN for {name} as manager (at least 6 characters)").replace("{name}", person.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        ok, _ = self.session.call(self, update_staff, self.session.actor, person.id, role=code, secret=secret,
                                  seen_version=seen)
        if ok:
            self.reload()

    def reload_record(self) -> None:
        self.reload()

    def reset_password(self) -> None:
        person = self.selected()
        if person is not None and PasswordDialog(self.session, parent=self, staff=person).exec():
            messages.info(self, self.tr("The new password for {name} is saved.").replace("{name}", person.name))

    def mark_left(self) -> None:
        person = self.selected()
        if person is None or not person.active:
            return
        question = self.tr(
            "Mark {name} as having left the shop? They can no longer sign in; their records stay."
        ).replace("{name}", person.name)
        if messages.confirm(self, question):
            ok, _ = self.session.call(self, mark_left, self.session.actor, person.id)
            if ok:
                self.reload()
                self.session.notify_changed("")
