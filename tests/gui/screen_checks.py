"""Checks of what a screen shows, shared by the screen and dialog rule tests."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_KEY = re.compile(r"&([^&\s])")


def access_keys(text: str) -> list[str]:
    """The access key(s) marked in a control's words: '派工(&D)…' -> ['D']; '&&' is a plain ampersand."""
    return [m.group(1).upper() for m in _KEY.finditer(text.replace("&&", ""))]


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Access keys used by more than one visible control of the window (buttons, labelled fields, boxes, tabs, menus)."""
    used: dict[str, list[str]] = defaultdict(list)
    words = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and not isinstance(b.parent(), QTabBar)]
    words += [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    words += [w.title() for w in window.findChildren(QGroupBox) if w.isVisible()]
    words += [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible() for i in range(bar.count())]
    if hasattr(window, "menuBar"):
        words += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for text in words:
        for key in access_keys(text):
            used[key].append(text)
    return {key: texts for key, texts in used.items() if len(texts) > 1}


def first_input(window: QWidget) -> QWidget | None:
    """The input a person meets first: the top-most (then left-most) visible field that takes typing or a pick."""
    inputs = []
    for w in window.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.focusPolicy() & w.focusPolicy().TabFocus):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo or spin box itself counts
        typed = isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and not w.isReadOnly()
        picked = isinstance(w, (QComboBox, QAbstractSpinBox, QAbstractItemView)) or w.objectName() == "grid"
        if typed or picked:
            pos = w.mapTo(window, w.rect().topLeft())
            inputs.append((pos.y(), pos.x(), w))
    return min(inputs, key=lambda t: (t[0], t[1]))[2] if inputs else None
