"""When the data file cannot be opened at start: the sentence, and a way out — never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.core.backup import file_date
from aftersales_desktop.core.paths import DB_FILE_NAME

RESTORE = "restore"
CHOOSE = "choose"
RETRY = "retry"
NEW_EMPTY = "new_empty"
QUIT = "quit"


class StartupErrorDialog(QDialog):
    """One button per way out; `choice` says which was taken (QUIT when the window is closed)."""

    def __init__(
        self, sentence: str, backup: Path | None, *, offer_new: bool = False, server: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = QUIT
        heading = self.tr("The shop's server cannot be used") if server else self.tr("The data file cannot be opened")
        self.setWindowTitle(heading)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(heading)
        title.setProperty("role", "title")
        layout.addWidget(title)
        text = QLabel(sentence)
        text.setWordWrap(True)
        layout.addWidget(text)
        ask = QLabel(self.tr("What would you like to do?"))
        ask.setProperty("role", "subtitle")
        layout.addWidget(ask)
        if backup is not None:
            taken = file_date(backup)
            when = taken.strftime("%Y-%m-%d %H:%M") if taken else backup.name
            self._button(
                layout,
                self.tr("Restore the newest good backup ({when})").replace("{when}", when),
                RESTORE,
                default=True,
            )
        if offer_new:
            self._button(layout, self.tr("Start with an empty data file"), NEW_EMPTY)
        self._button(layout, self.tr("Try again"), RETRY)
        self._button(layout, self.tr("Change the connection…") if server else self.tr("Choose another data file…"), CHOOSE)
        self._button(layout, self.tr("Quit"), QUIT)

    def _button(self, layout: QVBoxLayout, text: str, choice: str, default: bool = False) -> None:
        button = QPushButton(text)
        button.setDefault(default)
        button.setAutoDefault(default)
        button.clicked.connect(lambda: self._choose(choice))
        layout.addWidget(button)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, sentence: str, backup: Path | None, offer_new: bool = False, parent: QWidget | None = None,
            server: bool = False) -> str:
        """Show the dialog and return the choice (tests replace this)."""
        dialog = cls(sentence, backup, offer_new=offer_new, server=server, parent=parent)
        dialog.exec()
        return dialog.choice


def choose_data_file(parent: QWidget | None = None) -> Path | None:
    """Pick another shop's data file; its folder becomes the data folder (tests replace this)."""
    title = QCoreApplication.translate("StartupErrorDialog", "Choose another data file…")
    kind = QCoreApplication.translate("StartupErrorDialog", "Data file")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", f"{kind} ({DB_FILE_NAME})")
    return Path(name) if name else None
