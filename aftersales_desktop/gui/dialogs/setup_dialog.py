"""First start on an empty database: the shop's details and the manager's account — or the demo shop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton, QWidget

from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.demo import create_demo
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.services.setup import set_up_shop
from aftersales_desktop.core.settings import is_set_up
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.forms.ui_setup_dialog import Ui_SetupDialog
from aftersales_desktop.gui.widgets.form_errors import FormErrors, align_form_labels

DEMO_MONTHS = 3


class SetupDialog(QDialog):
    """Accepted with `manager` set (a real shop) or with `demo_opened` True (the demo shop was built)."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.manager: Staff | None = None
        self.demo_opened = False
        self.server: Target | None = None  # set when this PC was connected to the shop's server instead
        self.errors = FormErrors(
            self.ui.errorLabel,
            {
                "shop_name": self.ui.shopName,
                "address": self.ui.address,
                "phone": self.ui.phone,
                "name": self.ui.managerName,
                "secret": self.ui.password,
                "secret2": self.ui.password2,
            },
        )
        self.ui.shopName.setPlaceholderText(self.tr("e.g. Good Neighbour Appliance Service"))
        self.ui.phone.setPlaceholderText(self.tr("e.g. 025-84561234"))
        self.ui.password.setPlaceholderText(self.tr("at least 4 characters"))
        self.ui.setUpButton.clicked.connect(self.set_up)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.demoButton.clicked.connect(self.open_demo)
        self.serverButton = QPushButton(self.tr("Connect to the shop's server…"), self)
        self.serverButton.setToolTip(self.tr("For a second counter: use the records of the shop's PostgreSQL server"))
        self.serverButton.clicked.connect(self.connect_server)
        self.ui.demoRow.addWidget(self.serverButton)
        self.setMinimumWidth(560)
        align_form_labels(self.ui.shopForm, self.ui.managerForm)

    def set_up(self) -> None:
        """Save through the setup service; on a refusal keep every field and point at the wrong one."""
        if self.ui.password.text() != self.ui.password2.text():
            self.errors.show(self.tr("The two passwords are not the same."), "secret2")
            return
        try:
            self.manager = set_up_shop(
                self.ui.shopName.text(),
                self.ui.address.text(),
                self.ui.phone.text(),
                self.ui.managerName.text(),
                self.ui.password.text(),
            )
        except UserError as error:
            self.errors.show(error)
            return
        self.accept()

    def connect_server(self) -> None:
        """Another counter of a shop that already runs on a server: connect instead of setting up here."""
        from aftersales_desktop.gui.dialogs.connect_dialog import ConnectDialog

        connected = ConnectDialog.ask(None, parent=self)
        if connected is not None:
            self.server = connected
            self.accept()

    def open_demo(self) -> None:
        """Build the demo shop in this (empty) data file, showing progress day by day."""
        progress = QProgressDialog(self.tr("Building the demo shop…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Demo shop"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            create_demo(months=DEMO_MONTHS, progress=step)
        except UserError as error:
            progress.close()
            if not is_set_up():
                self.errors.show(error)
                return
            # the shop and its people exist, some days are missing: still a usable demo, say what stopped it
            messages.warn(
                self, self.tr("The demo shop was only partly built: {error}").replace("{error}", error.message)
            )
        finally:
            progress.close()
        self.demo_opened = True
        self.accept()
