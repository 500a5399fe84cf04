"""Photos and the checklist on screen: added from files or dropped, thumbnails on the card, a missing file shown
as missing (no message box), and no camera button to press where there is no camera or no QtMultimedia."""

from __future__ import annotations

import builtins
import io

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from aftersales_desktop.core.models import GoodsReceipt
from aftersales_desktop.core.services.photos import attach_photo
from aftersales_desktop.gui.repairs import photos as photos_gui
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from tests.core.repair_helpers import card_in_shop


def picture_file(path, colour="green"):
    out = io.BytesIO()
    Image.new("RGB", (2400, 1800), colour).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def test_the_card_shows_thumbnails_and_a_missing_photo_as_missing(qtbot, session, shop, data_dir, quiet_messages,
                                                                   monkeypatch):
    card = card_in_shop(shop)
    kept = attach_photo(shop.clerk, card.receipt_id, picture_file(data_dir / "a.jpg").read_bytes())
    gone = attach_photo(shop.clerk, card.receipt_id, picture_file(data_dir / "b.jpg", "red").read_bytes())
    (data_dir / "photos" / f"{gone.sha256}.jpg").unlink()
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    strip = screen.intake.strip
    assert strip.count() == 2 and strip.item(1).text() == "missing"
    assert "1 missing" in screen.intake.note.text() and quiet_messages.recorded == []
    assert not strip.item(0).icon().isNull() and strip.item(0).data(Qt.ItemDataRole.UserRole).endswith(f"{kept.sha256}.jpg")
    opened = []
    monkeypatch.setattr(photos_gui.PhotoViewer, "exec", lambda self: opened.append(self.image.pixmap().size()) or 1)
    strip.itemActivated.emit(strip.item(0))
    strip.itemActivated.emit(strip.item(1))  # a missing photo opens nothing
    assert len(opened) == 1  # 1600 × 1200 shown large, fitted to the screen, never stretched
    assert opened[0].width() * 3 == opened[0].height() * 4 and 640 <= opened[0].width() <= 1000


def test_dropping_picture_files_on_the_card_adds_them(qtbot, session, shop, tmp_path):
    card = card_in_shop(shop)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    strip = screen.intake.strip
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture_file(tmp_path / "one.jpg"))),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    drop = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    strip.dropEvent(drop)  # what the view does with a drop Qt delivers (a synthetic drop needs a real drag)
    assert strip.count() == 1 and GoodsReceipt.get_by_id(card.receipt_id).photos.count() == 1


def test_the_checklist_is_saved_from_the_card(qtbot, session, shop):
    card = card_in_shop(shop)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    boxes = screen.intake.checklist.boxes
    boxes["powers_on"].setChecked(True)
    qtbot.mouseClick(screen.intake.save_checklist, Qt.MouseButton.LeftButton)
    assert GoodsReceipt.get_by_id(card.receipt_id).checklist["powers_on"] is True


def test_no_camera_or_no_multimedia_module_leaves_files_and_drag_and_drop(qtbot, session, shop, monkeypatch):
    buttons = photos_gui.PhotoButtons(lambda paths: None, lambda data: None)
    qtbot.addWidget(buttons)
    if not photos_gui.camera_available():  # this machine has no camera
        assert not buttons.camera.isEnabled() and "No camera" in buttons.camera.toolTip()
    real_import = builtins.__import__

    def without_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_multimedia)
    assert photos_gui.camera_available() is False
    later = photos_gui.PhotoButtons(lambda paths: None, lambda data: None)
    qtbot.addWidget(later)
    assert not later.camera.isEnabled() and later.add.isEnabled()


def test_add_photos_through_the_file_dialog(qtbot, session, shop, tmp_path, monkeypatch):
    card = card_in_shop(shop)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    chosen = [str(picture_file(tmp_path / "x.jpg")), str(picture_file(tmp_path / "y.jpg", "blue"))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    qtbot.mouseClick(screen.intake.buttons.add, Qt.MouseButton.LeftButton)
    assert screen.intake.strip.count() == 2
