"""Intake photos (收件照片): pictures of an item as it came in, kept with its goods receipt."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models.base import BaseModel
from aftersales_desktop.core.models.repairs import GoodsReceipt
from aftersales_desktop.core.models.staff import Staff


class Photo(BaseModel):
    """One photo of the item of a goods receipt: the file photos/<sha256>.jpg in the data folder.

    The file is named by the hash of its content, so the same picture is stored once however often it is
    attached, a backup copies each file once, and a row can always tell whether its file is the right one.
    """

    receipt = peewee.ForeignKeyField(GoodsReceipt, backref="photos")
    sha256 = peewee.CharField(max_length=64, index=True)
    width = peewee.IntegerField()
    height = peewee.IntegerField()
    size_bytes = peewee.IntegerField()
    added_at = peewee.DateTimeField()
    added_by = peewee.ForeignKeyField(Staff)
    # Set by peewee; typed here for the checker.
    receipt_id: int
    added_by_id: int

    class Meta:
        indexes = ((("receipt", "sha256"), True),)


class PhotoBlob(BaseModel):
    """The picture itself, on a shop that runs on a PostgreSQL server: every counter PC reads it from the server
    (a SQLite shop keeps the files in photos/ and leaves this table empty).

    Keyed by the JPEG's hash like the files, so the same picture is stored once. Kept in the database rather than
    a shared folder: every PC already reaches the server, the picture is written in the same transaction as its
    row (never a row without its picture), and pg_dump backups and restores carry it with everything else."""

    sha256 = peewee.CharField(max_length=64, unique=True)
    jpeg = peewee.BlobField()  # bytea on the server; at most core/photos.MAX_STORED_BYTES
    size_bytes = peewee.IntegerField()
