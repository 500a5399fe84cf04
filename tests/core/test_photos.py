"""Intake photos and the condition checklist: files in photos/ by content hash, at most 1600 px, on the goods
receipt paper, and kept by backups: a photo survives backup → restore."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from PIL import Image

from aftersales_desktop.core import backup, clock
from aftersales_desktop.core import photos as files
from aftersales_desktop.core.db import close_database, opened_path
from aftersales_desktop.core.errors import Conflict, ValidationError
from aftersales_desktop.core.models import GoodsReceipt, Photo
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.queries.photos import receipt_photos
from aftersales_desktop.core.services import repairs
from aftersales_desktop.core.services.photos import attach_photo, set_checklist
from aftersales_desktop.export.papers.goods_receipt import goods_receipt
from aftersales_desktop.export.pdf.render import render_pdf
from tests.core.repair_helpers import card_in_shop, taken_back_call


def picture(width: int = 3000, height: int = 2000, colour: str = "red", kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, kind)
    return out.getvalue()


def test_a_photo_is_shrunk_to_a_jpeg_named_by_its_hash(shop, data_dir):
    card = card_in_shop(shop)
    photo = attach_photo(shop.clerk, card.receipt_id, picture())
    path = data_dir / "photos" / f"{photo.sha256}.jpg"
    with Image.open(path) as stored:
        assert stored.format == "JPEG" and max(stored.size) == 1600 and stored.size == (1600, 1067)
    assert (photo.width, photo.height) == (1600, 1067) and photo.size_bytes == path.stat().st_size
    assert files.is_sound(path, photo.sha256)
    again = attach_photo(shop.clerk, card.receipt_id, picture())  # the same picture: still one photo
    assert again.id == photo.id and Photo.select().count() == 1
    small = attach_photo(shop.technician, card.receipt_id, picture(800, 600, "blue", "JPEG"))
    assert (small.width, small.height) == (800, 600)
    assert [r.sha256 for r in receipt_photos(card.receipt_id)] == [photo.sha256, small.sha256]


def test_what_is_no_picture_is_refused_and_a_returned_item_takes_no_photos(shop, data_dir):
    card = card_in_shop(shop)
    for bad in (b"", b"%PDF-1.4 not a picture", picture()[:200]):
        with pytest.raises(ValidationError):
            attach_photo(shop.clerk, card.receipt_id, bad)
    GoodsReceipt.update(status="returned").where(GoodsReceipt.id == card.receipt_id).execute()
    with pytest.raises(Conflict):
        attach_photo(shop.clerk, card.receipt_id, picture())
    assert Photo.select().count() == 0 and not list((data_dir / "photos").glob("*.jpg"))


def test_a_missing_file_shows_as_missing(shop, data_dir):
    card = card_in_shop(shop)
    photo = attach_photo(shop.clerk, card.receipt_id, picture())
    (data_dir / "photos" / f"{photo.sha256}.jpg").unlink()
    [row] = receipt_photos(card.receipt_id)
    assert not row.present and row.sha256 == photo.sha256


def test_the_checklist_at_goods_in_is_printed_for_the_signature(shop, tmp_path):
    call = taken_back_call(shop)
    card = repairs.receive_goods(shop.clerk, call.id, promised_on=clock.today() + dt.timedelta(days=3),
                                 checklist={"powers_on": True, "scratches": True, "dents": False})
    receipt = GoodsReceipt.get_by_id(card.receipt_id)
    assert receipt.checklist == {"scratches": True, "dents": False, "powers_on": True}
    attach_photo(shop.clerk, receipt.id, picture())
    pdf = render_pdf(goods_receipt(receipt), tmp_path / "receipt.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert text.count("收件检查") == 2 and "【✓】有划痕" in text and "【 】有凹痕" in text and "【✓】能开机" in text
    assert "1 张(存于本店)" in text and "附件齐全" not in text  # an item not looked at is not printed
    for bad in ({"smells": True}, {"dents": "yes"}, ["dents"]):
        with pytest.raises(ValidationError):
            set_checklist(shop.clerk, receipt.id, bad)
    set_checklist(shop.clerk, receipt.id, {"accessories_complete": True})
    assert GoodsReceipt.get_by_id(receipt.id).checklist == {"accessories_complete": True}


def test_a_photo_survives_backup_and_restore(shop, data_dir, tmp_path):
    card = card_in_shop(shop)
    photo = attach_photo(shop.clerk, card.receipt_id, picture())
    paths = data_paths(data_dir)
    made = backup.backup_database(paths.backups, label="manual")
    kept = paths.backups / "photos" / f"{photo.sha256}.jpg"
    assert files.is_sound(kept, photo.sha256)
    stick = backup.backup_database(tmp_path / "usb-stick")  # `backup --to`: a folder whole by itself
    assert (stick.parent / "photos" / kept.name).read_bytes() == kept.read_bytes()
    shutil.rmtree(data_dir / "photos")  # the photos are lost with the PC's disk …
    backup.restore(paths, made)  # … and come back with the database
    assert opened_path() == paths.database
    [row] = receipt_photos(card.receipt_id)
    assert row.present and files.is_sound(row.path, photo.sha256)
    close_database()


def test_pruning_keeps_the_photos_kept_backups_name(shop, data_dir):
    card = card_in_shop(shop)
    paths = data_paths(data_dir)
    before = backup.backup_database(paths.backups, label="daily")  # no photo yet
    photo = attach_photo(shop.clerk, card.receipt_id, picture())
    clock.set_now(clock.now() + dt.timedelta(seconds=2))
    backup.backup_database(paths.backups, label="daily")
    stray = paths.backups / "photos" / ("0" * 64 + ".jpg")
    stray.write_bytes(b"named by no backup")
    backup.prune(paths.backups, keep=1)
    assert not before.exists() and not stray.exists()
    assert (paths.backups / "photos" / f"{photo.sha256}.jpg").exists()
