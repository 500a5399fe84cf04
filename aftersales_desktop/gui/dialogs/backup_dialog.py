"""Back up now, and restore from a chosen backup (which keeps a copy of the current data first)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import backup
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session

log = logging.getLogger("aftersales_desktop.backup")



def _when(path: Path) -> str:
    taken = backup.file_date(path)
    return taken.strftime("%Y-%m-%d %H:%M:%S") if taken else path.name


def _kind(path: Path) -> str:
    if "-daily" in path.name:
        return QCoreApplication.translate("BackupDialog", "daily, automatic")
    if "-before-restore" in path.name:
        return QCoreApplication.translate("BackupDialog", "kept before a restore")
    if "-manual" in path.name:
        return QCoreApplication.translate("BackupDialog", "made by hand")
    return QCoreApplication.translate("BackupDialog", "backup")


def back_up_now(parent: QWidget, session: Session) -> Path | None:
    """Copy the open database into the backups folder now; says where it went."""
    ok, made = session.call(parent, backup.backup_database, session.paths.backups, "manual")
    if not ok:
        return None
    log.info("manual backup %s by %s", made, session.actor.name if session.actor else "?")
    messages.info(parent, QCoreApplication.translate("BackupDialog", "Backed up to {path}").replace("{path}", str(made)))
    return made


class RestoreDialog(QDialog):
    """The backups, newest first, with their dates; `chosen` is the one to restore."""

    def __init__(self, backups: list[Path], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.chosen: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("BackupDialog", "Restore from backup"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate("BackupDialog", "Choose the backup to go back to. The current data is kept as a backup first, "
               "so a restore can itself be undone.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for path in backups:
            size = path.stat().st_size / 1_048_576 if path.exists() else 0
            item = QListWidgetItem(f"{_when(path)}    {_kind(path)}    {size:.1f} MB")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(QCoreApplication.translate("BackupDialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
        super().accept()

    @classmethod
    def pick(cls, backups: list[Path], parent: QWidget | None = None) -> Path | None:
        """Show the list and return the chosen backup (tests replace this)."""
        dialog = cls(backups, parent=parent)
        return dialog.chosen if dialog.exec() else None


def restore_from_backup(parent: QWidget, session: Session) -> bool:
    """Ask which backup, confirm, restore. True when the data was replaced (the caller restarts the session)."""
    if not session.can(Action.BACKUP_RESTORE):
        messages.warn(parent, QCoreApplication.translate("BackupDialog", "Only the manager may restore a backup."))
        return False
    backups = backup.list_backups(session.paths.backups)
    if not backups:
        messages.info(parent, QCoreApplication.translate("BackupDialog", "There are no backups yet."))
        return False
    chosen = RestoreDialog.pick(backups, parent)
    if chosen is None:
        return False
    question = QCoreApplication.translate("BackupDialog",
        "Replace the current data with the backup of {when}?\n\n"
        "Everything entered after that time will no longer be in the app. "
        "The current data is kept as a backup first. Everyone will need to sign in again."
    ).replace("{when}", _when(chosen))
    if not messages.confirm(parent, question):
        return False
    who = session.actor.name if session.actor else "?"
    from aftersales_desktop.gui import background

    background.wait_all()  # no page's read still holds the file being replaced
    ok, safety = session.call(parent, backup.restore, session.paths, chosen)
    if not ok:
        return False
    log.warning("restored %s by %s; the data before was kept as %s", chosen, who, safety)
    messages.info(parent, QCoreApplication.translate("BackupDialog", "The backup of {when} was restored. Please sign in again.").replace("{when}", _when(chosen)))
    return True
