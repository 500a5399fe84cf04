"""The app's look: one readable font (the shipped CJK font where the system has none), calm colours."""

from __future__ import annotations

import contextlib

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from aftersales_desktop.resources import resource_path

# Preferred UI fonts by platform; the bundled WenQuanYi Micro Hei is the fallback that always has Chinese.
FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
POINT_SIZE = 10.5

STYLE_SHEET = """
QWidget { color: #1f2933; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QMainWindow, QDialog { background: #f6f7f9; }
QLabel[role="title"] { font-size: 17pt; font-weight: 600; color: #16324f; }
QLabel[role="subtitle"] { color: #52606d; }
QLabel[role="hint"] { color: #52606d; }
QLabel[role="error"] { color: #b3261e; font-weight: 600; }
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit {
    background: white; border: 1px solid #c3cad3; border-radius: 4px; padding: 4px 6px; min-height: 22px;
}
QComboBox::drop-down { border: none; width: 24px; }
QAbstractSpinBox { padding-right: 22px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: border; width: 20px; border: none; background: transparent; }
QAbstractSpinBox::up-button { subcontrol-position: top right; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QAbstractSpinBox::up-arrow { image: url(CHEVRON_UP); width: 10px; height: 10px; }
QAbstractSpinBox::down-arrow { image: url(CHEVRON); width: 10px; height: 10px; }
QDateTimeEdit::drop-down { subcontrol-origin: border; subcontrol-position: top right; width: 22px; border: none; }
QDateTimeEdit::down-arrow:!editable { image: url(CHEVRON); width: 12px; height: 12px; }
QComboBox::down-arrow { image: url(CHEVRON); width: 12px; height: 12px; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus { border: 1px solid #2f6fb2; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] { border: 1px solid #b3261e; }
QGroupBox { font-weight: 600; border: 1px solid #d9dee5; border-radius: 6px; margin-top: 14px; padding: 10px 8px 6px 8px; background: white; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #16324f; }
QPushButton { padding: 5px 14px; border: 1px solid #b8c1cc; border-radius: 4px; background: #ffffff; min-height: 22px; }
QPushButton:hover { background: #eef3f9; }
QPushButton:default { background: #2f6fb2; color: white; border-color: #2a62a0; }
QPushButton:default:hover { background: #2a62a0; }
QPushButton:disabled { color: #9aa5b1; background: #f1f3f5; }
QListWidget#navigation { background: #16324f; color: #e4ebf3; border: none; font-size: 12pt; outline: 0; }
QListWidget#navigation::item { padding: 10px 12px; border-left: 3px solid transparent; }
QListWidget#navigation::item:selected { background: #23476d; color: white; border-left: 3px solid #7fb2e5; }
QListWidget#navigation::item:hover:!selected { background: #1d3d60; }
QToolBar { background: #ffffff; border-bottom: 1px solid #d9dee5; spacing: 6px; padding: 4px; }
QStatusBar { background: #ffffff; border-top: 1px solid #d9dee5; }
QTableView { background: white; alternate-background-color: #f7f9fb; gridline-color: #e4e7eb;
    selection-background-color: #d6e6f7; selection-color: #1f2933; border: 1px solid #d9dee5; }
QHeaderView::section { background: #eef1f4; border: none; border-right: 1px solid #dde2e7;
    border-bottom: 1px solid #d9dee5; padding: 5px 6px; font-weight: 600; }
QWidget#today_body, QScrollArea { background: #f6f7f9; }
QFrame[role="card"] { background: white; border: 1px solid #d9dee5; border-radius: 8px; }
"""


def apply_style(app: QApplication, *, fusion_chosen: bool = False) -> None:
    """Pick the first available UI family, loading the bundled CJK font only when the PC has none of them (it
    has on Windows, Microsoft YaHei: reading the 5 MB font took 10-15 ms of every start); then Fusion (unless
    the application was started with it: gui/app.make_application) and the style sheet."""
    available = set(QFontDatabase.families())
    if not available.intersection(FAMILIES):
        with contextlib.suppress(FileNotFoundError):
            QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
        available = set(QFontDatabase.families())
    family = next((f for f in FAMILIES if f in available), app.font().family())
    font = QFont(family)
    font.setPointSizeF(POINT_SIZE)
    app.setFont(font)
    if not fusion_chosen:
        app.setStyle("Fusion")
    try:
        down = resource_path("icons", "chevron-down.svg").as_posix()
        up = resource_path("icons", "chevron-up.svg").as_posix()
    except FileNotFoundError:
        down = up = ""
    app.setStyleSheet(STYLE_SHEET.replace("CHEVRON_UP", up).replace("CHEVRON", down))
