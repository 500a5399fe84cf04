"""Remembering each table's column widths (QSettings, apart from the shop's settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QTableView, QTreeView

KEY = "tables/{name}/header"


def remember_columns(view: QTableView | QTreeView, name: str) -> None:
    """Restore the header state saved under `name` and save it again whenever a column is resized or moved.

    Call after the model is set; `name` is a stable key such as "calls/register".
    """
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    saved = QSettings().value(KEY.format(name=name))
    if saved is not None:
        header.restoreState(saved)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(400)  # save once after a drag, not on every pixel
    timer.timeout.connect(lambda: QSettings().setValue(KEY.format(name=name), header.saveState()))
    header.sectionResized.connect(lambda *_: timer.start())
    header.sectionMoved.connect(lambda *_: timer.start())
