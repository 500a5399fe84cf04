"""Window geometry and splitter positions, kept in QSettings apart from the shop's own settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

GEOMETRY_KEY = "main_window/geometry"
SPLITTER_KEY = "main_window/splitter"


def restore_window_state(window: QMainWindow, splitter: QSplitter) -> None:
    store = QSettings()
    geometry = store.value(GEOMETRY_KEY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:  # first start: most of the screen, centred
        screen = window.screen().availableGeometry()
        window.resize(min(1280, int(screen.width() * 0.92)), min(800, int(screen.height() * 0.9)))
        window.move(screen.center() - window.rect().center())
    state = store.value(SPLITTER_KEY)
    if state is not None:
        splitter.restoreState(state)


def save_window_state(window: QMainWindow, splitter: QSplitter) -> None:
    store = QSettings()
    store.setValue(GEOMETRY_KEY, window.saveGeometry())
    store.setValue(SPLITTER_KEY, splitter.saveState())
