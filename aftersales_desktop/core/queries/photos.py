"""A goods receipt's photos for the screens: each with its file, and whether that file is there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.core import photos as files
from aftersales_desktop.core.models import Photo, Staff


@dataclass(frozen=True)
class PhotoRow:
    id: int
    sha256: str
    path: Path
    present: bool  # False: the file is gone from photos/ (shown as missing, never an error)
    width: int
    height: int
    added_at: dt.datetime
    added_by: str


def receipt_photos(receipt_id: int) -> list[PhotoRow]:
    """The receipt's photos in the order they were added (one query; a file check each)."""
    folder = files.shop_folder()
    query = list(Photo.select(Photo, Staff.id, Staff.name).join(Staff, on=(Photo.added_by == Staff.id))
                 .where(Photo.receipt == receipt_id).order_by(Photo.added_at, Photo.id))
    files.fetch({photo.sha256 for photo in query})  # a server shop's pictures into this PC's cache
    rows = []
    for photo in query:
        path = folder / files.file_name(photo.sha256)
        rows.append(PhotoRow(photo.id, photo.sha256, path, path.is_file(), photo.width, photo.height,
                             photo.added_at, photo.added_by.name))
    return rows
