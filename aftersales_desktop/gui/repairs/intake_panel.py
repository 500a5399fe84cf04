"""The intake panel shown at goods in and on the repair card: the condition checklist and the item's photos."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.photos import prepare
from aftersales_desktop.core.queries.photos import receipt_photos
from aftersales_desktop.core.services import photos as photo_service
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.repairs.photos import ChecklistBox, PhotoButtons, PhotoStrip
from aftersales_desktop.gui.session import Session


class IntakePanel(QWidget):
    """With `receipt_id` the photos are stored at once and the checklist has its own Save; without (goods in,
    before the receipt exists) both are kept here until the goods-in form saves: see `save_to`."""

    def __init__(self, session: Session, *, receipt_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.receipt_id = session, receipt_id
        self.pending: list[Path] = []
        self.seen_version: int | None = None
        self._camera_folder: tempfile.TemporaryDirectory[str] | None = None
        self.checklist = ChecklistBox(self)
        self.strip = PhotoStrip(self)
        self.strip.setObjectName("photo_strip")
        self.buttons = PhotoButtons(self.add_files, self.add_captured, self)
        self.note = QLabel(self)
        self.note.setProperty("role", "hint")
        self.save_checklist = QPushButton(self.tr("Save checklist"), self)
        self.save_checklist.setObjectName("save_checklist")
        self.save_checklist.setVisible(receipt_id is not None)
        self.save_checklist.clicked.connect(self._save_checklist)
        self.strip.files_dropped.connect(self.add_files)
        row = QHBoxLayout()
        row.addWidget(self.buttons, 1)
        row.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checklist)
        layout.addWidget(self.save_checklist, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Photos of the item (drag picture files onto the row, or add them)"), self))
        layout.addWidget(self.strip)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        rows = receipt_photos(self.receipt_id) if self.receipt_id is not None else []
        self.strip.show_rows(rows, self.pending)
        missing = self.strip.missing_count()
        count = len(rows) + len(self.pending)
        text = self.tr("%1 photo(s)").replace("%1", str(count))
        if missing:
            text += " · " + self.tr("%1 missing from the photos folder").replace("%1", str(missing))
        self.note.setText(text)
        if self.receipt_id is not None:
            from aftersales_desktop.core.models import GoodsReceipt

            receipt = GoodsReceipt.get_by_id(self.receipt_id)
            self.checklist.set_value(receipt.checklist or {})
            # the checklist as shown: a save after someone else's is refused (core/concurrency.py)
            self.seen_version = version_of("goods_receipt", self.receipt_id, Action.GOODS_RECEIVE.value)

    def reload_record(self) -> None:
        self.reload()

    def add_files(self, paths: list[Path]) -> None:
        """Pictures chosen or dropped: stored now (a known receipt) or kept for the goods-in save."""
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                messages.warn(self, self.tr("%1 cannot be read: %2").replace("%1", str(path)).replace("%2", str(exc)))
                continue
            self._add(data, Path(path))
        self.reload()

    def add_captured(self, jpeg: bytes) -> None:
        if self._camera_folder is None:
            self._camera_folder = tempfile.TemporaryDirectory(prefix="aftersales-camera-")
        path = Path(self._camera_folder.name) / f"camera-{len(self.pending) + 1}.jpg"
        path.write_bytes(jpeg)
        self._add(jpeg, path)
        self.reload()

    def _add(self, data: bytes, path: Path) -> None:
        if self.receipt_id is not None:
            ok, _photo = self.session.call(self, photo_service.attach_photo, self.session.actor, self.receipt_id, data)
            if ok:
                self.session.notify_changed("repairs")
            return
        try:
            prepare(data)  # refuse a file that is no picture now, not after the goods in is saved
        except UserError as error:
            messages.show_user_error(self, error)
            return
        self.pending.append(path)

    def _save_checklist(self) -> None:
        if self.receipt_id is None:
            return
        ok, _receipt = self.session.call(self, photo_service.set_checklist, self.session.actor, self.receipt_id,
                                         self.checklist.value(), seen_version=self.seen_version)
        if ok:
            self.seen_version = version_of("goods_receipt", self.receipt_id, Action.GOODS_RECEIVE.value)
            self.session.notify_changed("repairs")

    def save_to(self, receipt_id: int) -> int:
        """After goods in: store the pending photos on the new receipt; returns how many were stored."""
        stored = 0
        for path in self.pending:
            ok, _photo = self.session.call(self, photo_service.attach_photo, self.session.actor, receipt_id,
                                           path.read_bytes())
            stored += int(ok)
        self.pending = []
        return stored
