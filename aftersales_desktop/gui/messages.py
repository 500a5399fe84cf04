"""The one message route: every QMessageBox of the app is opened here, and tests switch them off.

In test mode nothing modal is shown; each call is appended to `recorded` as (kind, text) and
`confirm`/`ask_reason` take their answer from the responder: `responder(kind, text) -> answer`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from aftersales_desktop.core.errors import UserError

Responder = Callable[[str, str], Any]

recorded: list[tuple[str, str]] = []
_responder: Responder | None = None
_test_mode = False


def set_test_mode(responder: Responder | None) -> None:
    """Turn test mode on with `responder` answering questions, or off with None; clears `recorded`."""
    global _responder, _test_mode
    _responder = responder
    _test_mode = responder is not None
    recorded.clear()


def in_test_mode() -> bool:
    return _test_mode


def _title() -> str:
    return QCoreApplication.translate("Messages", "Aftersales Desktop")


def _record(kind: str, text: str) -> Any:
    recorded.append((kind, text))
    return _responder(kind, text) if _responder else None


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """Show a core UserError as its plain sentence in the current language."""
    text = error.message
    if _test_mode:
        _record("error", text)
        return
    QMessageBox.warning(parent, _title(), text)


def offer_reload(parent: QWidget | None, text: str) -> bool:
    """An edit form's save was refused because someone else saved the record meanwhile: Reload (show theirs,
    dropping what was typed) or Keep editing (the form stays as it is; nothing was saved). True: reload."""
    if _test_mode:
        return bool(_record("reload", text))
    box = QMessageBox(QMessageBox.Icon.Warning, _title(), text, QMessageBox.StandardButton.NoButton, parent)
    reload = box.addButton(QCoreApplication.translate("Messages", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("Messages", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setInformativeText(QCoreApplication.translate(
        "Messages", "Nothing of yours was saved. Reload shows their change and drops what you typed here."))
    box.exec()
    return box.clickedButton() is reload


def info(parent: QWidget | None, text: str) -> None:
    if _test_mode:
        _record("info", text)
        return
    QMessageBox.information(parent, _title(), text)


def warn(parent: QWidget | None, text: str) -> None:
    if _test_mode:
        _record("warn", text)
        return
    QMessageBox.warning(parent, _title(), text)


def confirm(parent: QWidget | None, text: str, *, default_yes: bool = False) -> bool:
    """A yes/no question. No is the default so a stray Enter never does the risky thing; a question that
    finishes a piece of work (close the call, print the receipt now) says `default_yes` so Enter does it."""
    if _test_mode:
        return bool(_record("confirm", text))
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, _title(), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a required text (a reason for voiding, …); None when cancelled, never an empty string."""
    if _test_mode:
        answer = _record("ask_reason", label)
        return str(answer).strip() or None if answer else None
    while True:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
        if not ok:
            return None
        if text.strip():
            return text.strip()
        QMessageBox.warning(parent, title, QCoreApplication.translate("Messages", "Please enter a reason."))
