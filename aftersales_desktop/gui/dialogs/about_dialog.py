"""About: the version, and where this shop's data, backups and log live (what the IT person asks first)."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from aftersales_desktop import APP_TITLE_EN, APP_TITLE_ZH, __version__
from aftersales_desktop.gui import crash
from aftersales_desktop.gui.session import Session


class AboutDialog(QDialog):
    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        layout = QVBoxLayout(self)
        title = QLabel(f"{APP_TITLE_ZH}  {APP_TITLE_EN}")
        title.setProperty("role", "title")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("The after-sales service counter of a small shop.")))
        form = QFormLayout()
        log_file = crash.log_file()
        for label, value in (
            (self.tr("Version"), __version__),
            (self.tr("Data file"), str(session.paths.database)),
            (self.tr("Backups"), str(session.paths.backups)),
            (self.tr("Log file"), str(log_file) if log_file else "-"),
            (self.tr("Qt for Python"), pyside_version),
        ):
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
