"""A USB barcode scanner is a keyboard: it types the code and Enter faster than any person. `ScanListener`
tells such a burst from typing and reports the code.

It watches the key presses that reach one window's widgets (never a dialog above it), through an
application event filter: a test's keys go straight to a widget that need not hold the focus, and a person's go
to the focused one. Only spontaneous key presses count — keys from the keyboard (or a scanner) where they are
delivered first; Qt clears the flag as a key climbs to the parents, so each key is seen once. A burst is
at least MIN_LENGTH printable characters, each within MAX_GAP_MS of the one before, ended by Enter within the
same gap. What happens then depends on where the focus is:

- a field marked with `accept_scans(field)` (the work-order number) simply gets the code and its Enter, as if
  typed: the scan fills the field and its Enter looks it up;
- any other text field keeps what was typed too, unless the code is a whole paper number (XH2026-00042): then
  the code is taken back out of the field and reported — a clerk scanning a receipt while the cursor sits in
  some search box still gets the card;
- elsewhere (a list, a button, the Today page) every code is reported and the Enter is swallowed.

The window looks the code up (`lookup`) and opens what it names (`open`); an unknown code's Enter goes on to
the widget as usual. In a form, `ScanIntoField` sends every burst into one field (goods in: the serial; the
part picker: the part code).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from aftersales_desktop.core.queries.scan import is_paper_number

MAX_GAP_MS = 50  # scanners send a key every 1-20 ms; people rarely type two keys within 50 ms
MIN_LENGTH = 4
TAKES_SCANS = "accepts_scans"  # the dynamic property accept_scans() sets


def now() -> float:
    """Seconds on a steady clock (tests replace it to type at a person's or a scanner's pace)."""
    return time.monotonic()


def accept_scans(widget: QWidget) -> QWidget:
    """Mark a field that takes scanned codes itself: a scan there is just typing."""
    widget.setProperty(TAKES_SCANS, True)
    return widget


def takes_scans(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(TAKES_SCANS):
            return True
        widget = widget.parentWidget()  # an editable combo's line edit: its combo carries the mark
    return False


def is_text_field(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit) or (
        isinstance(widget, QComboBox) and widget.isEditable())


def _text(widget: QWidget) -> str | None:
    """What a text field holds (None for anything else), to put back what a scan typed into it."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return None  # a spin box takes only its digits anyway


def _put_back(widget: QWidget, before: str, code: str) -> None:
    """Undo the scanner's typing in a text field (only when the scanned code is all that was added)."""
    now_text = _text(widget)
    if now_text is None or now_text == before or now_text.replace(code, "", 1) != before:
        return
    if isinstance(widget, QLineEdit):
        widget.setText(before)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(before)


@contextmanager
def paused_in_window_of(widget: QWidget) -> Iterator[None]:
    """The scanner of `widget`'s window paused (`ScanListener.paused`) while part of that window is built, e.g.
    a tab built when first shown (gui/widgets/lazy_tabs.py); a window without one has nothing to pause."""
    listener = widget.window().findChild(ScanListener, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if listener is None:
        yield
        return
    with listener.paused():
        yield


class ScanListener(QObject):
    """Finds scanner bursts typed into `window`: `lookup(code)` says what the code names (None: nothing),
    `open(found)` shows it."""

    def __init__(self, window: QWidget, lookup: Callable[[str], object | None], open: Callable[[object], None],  # noqa: A002
                 *, clock: Callable[[], float] | None = None) -> None:
        super().__init__(window)
        self.window, self.lookup, self.open, self.clock = window, lookup, open, clock
        self.buffer = ""
        self.last = 0.0
        self.before: tuple[QWidget | None, str] = (None, "")  # the focused field's text before the burst
        self.pauses = 0  # paused() blocks open now (a page's first tab is built while the page is)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Off while a page is built and first laid out. Qt hands an application filter every event of every
        widget, each one a call into Python, and building a page sends thousands (children added, polished,
        restyled, moved): a quarter of opening Reports. No key can arrive meanwhile: the code between runs no
        event loop, and a key typed then waits in the queue until the filter is back. Blocks nest: the filter
        is back when the outermost ends."""
        app = QApplication.instance()
        assert app is not None
        self.pauses += 1
        if self.pauses == 1:
            app.removeEventFilter(self)
        try:
            yield
        finally:
            self.pauses -= 1
            if self.pauses == 0:
                app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.spontaneous() or not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        return self._key(watched, event, self.clock() if self.clock else now())

    def _key(self, widget: QWidget, event: QKeyEvent, now: float) -> bool:
        gap_ok = (now - self.last) * 1000 <= MAX_GAP_MS
        self.last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code, self.buffer = self.buffer, ""
            if gap_ok and len(code) >= MIN_LENGTH:
                return self._burst(widget, code)
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.buffer = ""
            return False
        if not (self.buffer and gap_ok):
            self.buffer = ""
            self.before = (widget, _text(widget) or "")
        self.buffer += text
        return False

    def _burst(self, widget: QWidget, code: str) -> bool:
        """Enter ended a burst: report it unless the field takes scans itself; True swallows the Enter."""
        if takes_scans(widget) or (is_text_field(widget) and not is_paper_number(code)):
            return False
        found = self.lookup(code)
        if found is None:
            return False
        field, text = self.before
        if field is widget:
            _put_back(widget, text, code)  # the code was a scan, not the field's input
        self.open(found)
        return True


class ScanIntoField(ScanListener):
    """In a form (goods in, the part picker): a burst anywhere in `window` fills `field` instead of whatever had
    the focus, and its Enter is swallowed, so a scan never presses the form's default button."""

    def __init__(self, window: QWidget, field: QLineEdit, filled: Callable[[str], None] | None = None) -> None:
        super().__init__(window, lookup=lambda code: code, open=lambda _code: None)
        self.field, self.filled = field, filled

    def _burst(self, widget: QWidget, code: str) -> bool:
        field, text = self.before
        if widget is not self.field and field is widget:
            _put_back(widget, text, code)  # typed into another field by the scanner: that field keeps what it had
        self.field.setText(code)
        if self.filled is not None:
            self.filled(code)
        return True
