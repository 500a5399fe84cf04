"""A person at the counter, for the journeys: finds what is on the screen and uses it as a person would.

Everything goes through visible controls: buttons are found on the shown window (or the open dialog) by their
object name or their words, clicked with the mouse; text is typed key by key (Chinese through an input-method
commit, as a Chinese keyboard delivers it); list rows are clicked; combo entries are reached with the arrow
keys. A dialog a click opens runs its own event loop (`exec()`), so `Counter.modal` arranges, before the click,
to find the dialog once it is the active modal window and to act on it there.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QRadioButton,
    QTabWidget,
    QWidget,
)

D = TypeVar("D", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton


def plain(text: str) -> str:
    """A control's words without access-key marks and trailing dots: '交还客户(&C)…' -> '交还客户'."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return text.rstrip("…. ").strip()


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext reads it, spaces squeezed out (Chinese wraps anywhere)."""
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


class Counter:
    """The main window and the person in front of it."""

    def __init__(self, window: QWidget, qtbot: Any, fake_login: Any, messages: Any, tmp_path: Path,
                 shots: Path | None = None) -> None:
        self.window, self.qtbot, self.login, self.messages, self.tmp = window, qtbot, fake_login, messages, tmp_path
        self.shots, self.shot_count = shots, 0

    def shot(self, name: str) -> None:
        """With JOURNEY_SHOTS set: a picture of what the person sees now (the screen on a real display)."""
        if self.shots is None:
            return
        self.qtbot.wait(60)  # let the last change paint
        self.shot_count += 1
        target = self.shots / f"{self.shot_count:02d}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.png"
        screen = QApplication.primaryScreen()
        if QApplication.platformName() == "xcb" and screen is not None:
            screen.grabWindow(0).save(str(target))
        else:
            self.top().grab().save(str(target))

    # ---- who sits at the counter --------------------------------------------------------------------

    def sign_in(self, staff: Any) -> None:
        """Switch user the way the app does (File → Switch user, Ctrl+L); the login stand-in signs `staff` in."""
        self.login.next_staff = staff
        self.menu("file", "switch_user")
        assert self.window.session.actor is not None and self.window.session.actor.id == staff.id
        self.shot(f"signed-in-{staff.role}")

    # ---- finding things on the screen ---------------------------------------------------------------

    def top(self) -> QWidget:
        """Where a person looks: the open modal dialog, else the main window."""
        modal = QApplication.activeModalWidget()
        return modal if modal is not None else self.window

    def button(self, name: str, within: QWidget | None = None) -> QAbstractButton:
        """The visible button called `name` (object name or words) on the window a person looks at."""
        root = within or self.top()
        found = [b for b in root.findChildren(QAbstractButton) if b.isVisible()
                 and (b.objectName() == name or plain(b.text()) == plain(name))]
        if len(found) != 1:
            shown = sorted({f"{b.objectName()}:{plain(b.text())}" for b in root.findChildren(QAbstractButton)
                            if b.isVisible() and (b.text() or b.objectName())})
            raise AssertionError(f"{len(found)} visible buttons called {name!r}; visible: {shown}")
        return found[0]

    def widget(self, name: str, cls: type[D] = QWidget, within: QWidget | None = None) -> D:  # type: ignore[assignment]
        root = within or self.top()
        found = [w for w in root.findChildren(cls, name) if w.isVisible()]
        assert len(found) == 1, f"{len(found)} visible {cls.__name__} named {name!r}"
        return found[0]

    def page(self) -> QWidget:
        return self.window.stack.currentWidget()

    # ---- acting ---------------------------------------------------------------------------------------

    def click(self, name_or_button: str | QAbstractButton, within: QWidget | None = None) -> None:
        button = self.button(name_or_button, within) if isinstance(name_or_button, str) else name_or_button
        assert button.isEnabled(), f"{button.objectName() or button.text()!r} is disabled"
        if isinstance(button, (QCheckBox, QRadioButton)):  # only the box and its words take the click
            self.qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
        else:
            self.qtbot.mouseClick(button, LEFT)

    def type(self, widget: QWidget, text: str, *, clear: bool = False) -> None:
        """Click into the field and type: ASCII key by key, Chinese as an input method commits it."""
        self.qtbot.mouseClick(widget, LEFT, pos=QPoint(6, widget.height() // 2))
        target = widget.focusProxy() or widget
        target.setFocus(Qt.FocusReason.MouseFocusReason)  # offscreen windows are never "active": say it
        if clear:
            self.qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.qtbot.keyClick(target, Qt.Key.Key_Backspace)
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            if run.isascii():
                self.qtbot.keyClicks(target, run)
            else:
                event = QInputMethodEvent("", [])
                event.setCommitString(run)
                QApplication.sendEvent(target, event)
        # a search box answers once the typing pauses (gui/widgets/live_search.py): wait for it, as a person does
        from aftersales_desktop.gui.widgets.live_search import LiveSearch

        self.qtbot.waitUntil(lambda: not any(live.pending() for live in target.findChildren(LiveSearch)))

    def typing(self, text: str) -> QWidget:
        """Type into whatever has the keyboard focus now (keyboard-only work: no click first)."""
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            if run.isascii():
                self.qtbot.keyClicks(target, run)
            else:
                event = QInputMethodEvent("", [])
                event.setCommitString(run)
                QApplication.sendEvent(target, event)
        return target

    def key(self, key: Qt.Key, widget: QWidget | None = None, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        target = widget or QApplication.focusWidget() or self.top()
        self.qtbot.keyClick(target, key, modifier)

    def scan(self, code: str, widget: QWidget | None = None) -> None:
        """A USB barcode scanner: the code's keys and Enter, 4 ms apart, into whatever has the focus.

        The scanner module's clock is set to that pace for the burst only (a loaded test machine may take longer
        than a scanner between two key events), then it is the real clock again, also inside a dialog the scan
        opens."""
        from aftersales_desktop.gui.widgets import scanner

        target = widget or QApplication.focusWidget() or self.top()
        real, start, keys = scanner.now, scanner.now(), [0]

        def scanner_pace() -> float:
            keys[0] += 1
            return start + keys[0] * 0.004 if keys[0] <= len(code) + 1 else real()

        scanner.now = scanner_pace
        try:
            self.qtbot.keyClicks(target, code)
            self.qtbot.keyClick(target, Qt.Key.Key_Return)
        finally:
            scanner.now = real

    def choose(self, combo: QComboBox, words: str | None = None, *, data: object = None) -> None:
        """Pick the entry containing `words` (or holding `data`) with the arrow keys, as on a focused combo."""
        if words is None:
            target = combo.findData(data)
        else:
            target = next((i for i in range(combo.count()) if words in combo.itemText(i)), -1)
        assert target >= 0, f"{words or data!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        while combo.currentIndex() != target:
            before = combo.currentIndex()
            self.qtbot.keyClick(combo, Qt.Key.Key_Down if target > before else Qt.Key.Key_Up)
            assert combo.currentIndex() != before, f"the arrow keys do not reach {words!r}"

    def go(self, area: str) -> QWidget:
        """Click the work area in the navigation list."""
        nav = self.window.nav
        row = next(r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == area)
        self.qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(nav.item(row)).center())
        assert self.window.current_area() == area
        self.shot(f"area-{area}")
        return self.page()

    def tab(self, tabs: QTabWidget, page: QWidget | str) -> QWidget:
        """Click the tab showing `page` (the page itself, or words of its title)."""
        bar = tabs.tabBar()
        index = tabs.indexOf(page) if isinstance(page, QWidget) else next(
            i for i in range(tabs.count()) if page in plain(tabs.tabText(i)))
        self.qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
        assert tabs.currentIndex() == index
        self.shot(f"tab-{plain(tabs.tabText(index))}")
        return tabs.currentWidget()

    def save(self) -> None:
        """Click the dialog's accepting button (Save, OK, Restore …), whatever its words in this language."""
        self.shot(f"filled-{type(self.top()).__name__}")
        box = next(b for b in self.top().findChildren(QDialogButtonBox) if b.isVisible())
        button = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        self.click(button)

    def row(self, view: QAbstractItemView, words: str, *, double: bool = False) -> int:
        """Click (or double-click) the first row of the list showing `words` in any column."""
        model = view.model()
        for r in range(model.rowCount()):
            cells = [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            if any(words in cell for cell in cells):
                index = model.index(r, 0)
                view.scrollTo(index)
                rect = view.visualRect(index)
                self.qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
                if double:  # a real double-click is a click, then the second press
                    self.qtbot.mouseDClick(view.viewport(), LEFT, pos=rect.center())
                return r
        raise AssertionError(f"no row shows {words!r}")

    def list_item(self, view: QListWidget, words: str, role: int = Qt.ItemDataRole.DisplayRole) -> None:
        """Click the line showing `words` (or holding them in `role`)."""
        for r in range(view.count()):
            if words in str(view.item(r).data(role)):
                self.qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(view.item(r)).center())
                return
        raise AssertionError(f"no line shows {words!r}")

    def menu(self, menu_name: str, action_name: str) -> None:
        """Open a menu of the menu bar and click one of its entries (both by object name)."""
        bar = self.window.menuBar()
        menu = self.window.findChild(QMenu, menu_name)
        self.qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
        self.qtbot.waitUntil(menu.isVisible)
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        assert action.isVisible() and action.isEnabled(), f"{action_name} is not offered"
        self.qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

    # ---- dialogs that a click opens -----------------------------------------------------------------

    def modal(self, cls: type[D], trigger: Callable[[], object], act: Callable[[D], object], timeout: float = 5) -> D:
        """Run `trigger` (a click); once a modal `cls` is up, `act(dialog)` runs inside its event loop.

        `act` must end the dialog (Save/Cancel); a dialog left open, an exception in `act` or no dialog at all
        fails the journey instead of hanging it."""
        return self.modals(trigger, (cls, act), timeout=timeout)[0]

    def modals(self, trigger: Callable[[], object], *steps: tuple[type, Callable[[Any], object]],
               timeout: float = 5) -> list[QWidget]:
        """Like `modal`, for a click that opens several dialogs one after the other (print this, then that)."""
        state: dict[str, Any] = {"seen": []}
        deadline = [time.monotonic() + timeout]

        def poll() -> None:
            seen = state["seen"]
            if len(seen) == len(steps) or "error" in state:
                return
            cls, act = steps[len(seen)]
            shown = QApplication.activeModalWidget()
            if isinstance(shown, cls) and shown.isVisible() and shown not in seen:
                seen.append(shown)
                try:
                    shown.activateWindow()  # as the window manager does: keys and focus go to the new dialog
                    self.qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=2000)
                    self.shot(f"dialog-{cls.__name__}")
                    act(shown)
                except BaseException as error:  # noqa: BLE001 - carried out of the dialog's event loop
                    state["error"] = error
                if shown.isVisible():
                    state.setdefault("error", AssertionError(f"{cls.__name__} was left open"))
                    shown.reject() if isinstance(shown, QDialog) else shown.close()
                deadline[0] = time.monotonic() + timeout
            if time.monotonic() < deadline[0] and "error" not in state:
                QTimer.singleShot(20, poll)

        before = QApplication.activeWindow()
        QTimer.singleShot(0, poll)
        trigger()
        if before is not None and before.isVisible() and QApplication.activeWindow() is not before:
            before.activateWindow()  # the window manager gives the window back once its dialog is gone
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is before, timeout=2000)
        if "error" in state:
            raise state["error"]
        missing = [cls.__name__ for cls, _act in steps[len(state["seen"]):]]
        assert not missing, f"never opened: {missing}"
        return state["seen"]

    def print_act(self, path: Path) -> tuple[type, Callable[[Any], object]]:
        """A step for `modals`: in Qt's print dialog choose 'Print to File (PDF)', type the name, Print."""
        from PySide6.QtPrintSupport import QPrintDialog

        def act(dialog: QPrintDialog) -> None:
            self.choose(dialog.findChild(QComboBox, "printers"), "PDF")
            self.type(dialog.findChild(QLineEdit, "filename"), str(path), clear=True)
            buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and plain(b.text()) in ("Print", "打印")]
            self.click(buttons[0])

        return QPrintDialog, act

    def save_file_as(self, trigger: Callable[[], object], path: Path) -> None:
        """The save dialog a click opens: type the file name, press Enter."""

        def act(dialog: QFileDialog) -> None:
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            self.type(name, str(path), clear=True)
            box = dialog.findChild(QDialogButtonBox)
            save = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
            self.qtbot.waitUntil(save.isEnabled, timeout=3000)  # the dialog looks at the folder in the background
            self.key(Qt.Key.Key_Return, name)

        self.modal(QFileDialog, trigger, act)

    def print_to_file(self, trigger: Callable[[], object], path: Path) -> Path:
        """Qt's print dialog a click opens, printing to a PDF file; returns the file."""
        self.modals(trigger, self.print_act(path))
        assert path.exists(), f"nothing printed to {path}"
        return path

    # ---- what a person reads --------------------------------------------------------------------------

    def asked(self, kind: str) -> list[str]:
        """The sentences shown in message boxes of `kind` (info, warn, error, confirm, ask_reason)."""
        return [text for k, text in self.messages.recorded if k == kind]

    def cells(self, view: QAbstractItemView, row: int) -> list[str]:
        model = view.model()
        return [str(model.index(row, c, QModelIndex()).data() or "") for c in range(model.columnCount())]
