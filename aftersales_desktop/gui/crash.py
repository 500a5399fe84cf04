"""The crash route: anything unexpected is logged with its traceback and shown once in a crash dialog.

A UserError never comes here (Session.call shows it as a sentence); this is for bugs. The log rotates in
the data folder's logs/, so the shop can mail it without the file growing forever.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from aftersales_desktop.core.errors import UserError

LOG_NAME = "aftersales.log"
log = logging.getLogger("aftersales_desktop")

_log_file: Path | None = None
_showing = False


def setup_logging(log_dir: Path) -> Path:
    """Log to a rotating file in `log_dir` (once; later calls only move it when the folder changes)."""
    global _log_file
    target = log_dir / LOG_NAME
    if _log_file == target:
        return target
    log_dir.mkdir(parents=True, exist_ok=True)
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _log_file = target
    return target


def log_file() -> Path | None:
    return _log_file


def install_excepthook() -> None:
    sys.excepthook = handle_exception


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: log, then show one crash dialog (a second error while it is open is only logged)."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", text)
    if isinstance(value, UserError):  # a sentence that escaped Session.call: still say it plainly
        from aftersales_desktop.gui import messages

        messages.show_user_error(None, value)
        return
    from aftersales_desktop.gui import messages

    if messages.in_test_mode():
        messages.recorded.append(("crash", str(value)))
        return
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    _showing = True
    try:
        CrashDialog(text, _log_file).exec()
    finally:
        _showing = False


class CrashDialog(QDialog):
    """Says plainly that something went wrong, where the log is, and shows the details folded away."""

    def __init__(self, details: str, log_path: Path | None, *, parent: QWidget | None = None) -> None:
        # made only when something went wrong: Python's types for these two cost every start a few milliseconds
        from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        where = str(log_path) if log_path else self.tr("(no log file)")
        message = QLabel(
            self.tr(
                "The app met an unexpected problem. What you saved before is safe. "
                "Please tell your IT person and give them the log file:\n{path}"
            ).replace("{path}", where)
        )
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        show = buttons.addButton(self.tr("Show details"), QDialogButtonBox.ButtonRole.ActionRole)
        show.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        show.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


