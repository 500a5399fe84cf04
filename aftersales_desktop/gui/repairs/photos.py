"""Intake photos on screen: thumbnails (a missing file shows as missing, never an error), a photo opened large,
adding from files, by dragging files onto the strip, or from a camera when the PC has one; and the condition
checklist ticked at goods in.

The camera needs QtMultimedia, an optional part of Qt: it is imported only when the camera is asked for, and a PC
without the module (the shop bundle leaves it out) or without a camera simply has no camera button to press.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.queries.photos import PhotoRow
from aftersales_desktop.core.vocab import CONDITION_CHECK

THUMB = 96
IMAGE_FILTER = "*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


def camera_available() -> bool:
    """QtMultimedia is installed and the PC has a camera (a missing module is no error: no camera)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())


def missing_pixmap(size: int, text: str) -> QPixmap:
    """A grey tile that says the photo is missing."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#e4e7eb"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#7b8794"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return pixmap


class PhotoStrip(QListWidget):
    """Thumbnails in a row; files dropped on it are offered through `files_dropped`; double-click opens one."""

    files_dropped = Signal(list)  # [Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Static)
        self.setFixedHeight(THUMB + 44)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # Qt hands drops to the widget under the mouse: the viewport
        self.setDragEnabled(False)
        self.itemActivated.connect(self._open)
        self.rows: list[PhotoRow] = []
        self.pending: list[Path] = []  # chosen at goods in, before the receipt exists

    def show_rows(self, rows: list[PhotoRow], pending: list[Path] | None = None) -> None:
        self.clear()
        self.rows, self.pending = list(rows), list(pending or [])
        for row in self.rows:
            if row.present:
                icon = QIcon(QPixmap(str(row.path)).scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                           Qt.TransformationMode.SmoothTransformation))
                text = f"{row.added_at:%m-%d %H:%M}"
            else:
                icon = QIcon(missing_pixmap(THUMB, self.tr("Photo missing")))
                text = self.tr("missing")
            item = QListWidgetItem(icon, text)
            item.setData(Qt.ItemDataRole.UserRole, str(row.path) if row.present else "")
            item.setToolTip(self.tr("Added by %1").replace("%1", row.added_by) if row.present
                            else self.tr("The file %1 is not in the photos folder.").replace("%1", row.path.name))
            self.addItem(item)
        for path in self.pending:
            item = QListWidgetItem(QIcon(QPixmap(str(path)).scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)),
                path.name[:14])
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.addItem(item)

    def missing_count(self) -> int:
        return sum(1 for row in self.rows if not row.present)

    def _open(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            PhotoViewer(Path(path), parent=self).exec()

    # drag and drop of picture files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)

    @staticmethod
    def _dropped_files(event) -> list[Path]:  # type: ignore[no-untyped-def]
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)]


class PhotoViewer(QDialog):
    """One photo opened large, fitted to the screen."""

    def __init__(self, path: Path, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(path.name)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # as large as the screen allows (a 1366×768 counter screen too), the title bar and Close button beside it
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1366, 728)
        fit = QSize(min(1000, room.width() - 80), min(600, room.height() - 150))
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.image.setText(self.tr("Photo missing"))
        else:
            self.image.setPixmap(pixmap.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(fit.width() + 40, fit.height() + 80)


class ChecklistBox(QGroupBox):
    """The condition checklist: one tick box per item (ticked = yes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Condition checklist (printed on the receipt for the customer's signature)"), parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        for index, (code, label) in enumerate(CONDITION_CHECK.choices()):
            box = QCheckBox(label, self)
            box.setObjectName(f"check_{code}")
            self.boxes[code] = box
            grid.addWidget(box, index // 3, index % 3)

    def value(self) -> dict[str, bool]:
        return {code: box.isChecked() for code, box in self.boxes.items()}

    def set_value(self, checklist: dict[str, bool]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(bool(checklist.get(code)))


class PhotoButtons(QWidget):
    """'Add photos…' and 'Camera…' (the latter only where a camera can be used); `chosen` gets picture bytes."""

    def __init__(self, chosen: Callable[[list[Path]], None], captured: Callable[[bytes], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen, self.captured = chosen, captured
        self.add = QPushButton(self.tr("Add &photos…"), self)
        self.add.setObjectName("add_photos")
        self.camera = QPushButton(self.tr("Ca&mera…"), self)
        self.camera.setObjectName("camera")
        has_camera = camera_available()
        self.camera.setEnabled(has_camera)
        self.camera.setToolTip("" if has_camera else self.tr("No camera on this PC: add photos from files, or drag "
                                                             "them onto the row of photos."))
        self.add.clicked.connect(self._pick)
        self.camera.clicked.connect(self._camera)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add)
        row.addWidget(self.camera)
        row.addStretch(1)

    def _pick(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), str(Path.home()),
                                                      self.tr("Pictures (%1)").replace("%1", IMAGE_FILTER))
        if files:
            self.chosen([Path(f) for f in files])

    def _camera(self) -> None:
        from aftersales_desktop.gui.repairs.camera_dialog import CameraDialog  # QtMultimedia only now

        dialog = CameraDialog(parent=self)
        if dialog.exec() and dialog.jpeg:
            self.captured(dialog.jpeg)


def jpeg_bytes(image: QImage) -> bytes:
    """A QImage as JPEG bytes (the camera's picture, before core/photos.py shrinks and stores it)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 92)
    buffer.close()
    return bytes(data.data())
