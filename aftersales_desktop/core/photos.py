"""Photo files: the data folder's photos/, each picture a JPEG of at most MAX_SIDE pixels named by its hash.

A picture from a phone or a camera (JPEG, PNG, HEIC is not read) is turned upright (its EXIF orientation),
shrunk to at most 1600 pixels on its longer side, saved as a JPEG without its metadata (no location leaves the
shop in a backup), and named `<sha256 of the JPEG>.jpg`. The same picture is stored once; a file whose content
no longer matches its name is treated as missing. Writing goes through a temporary name, so a photos/ folder
never holds half a picture under a real name.

A shop on a PostgreSQL server keeps the same JPEGs in the photo_blob table instead (models.PhotoBlob, written in
the transaction that lists the photo), so every counter PC sees them and pg_dump backs them up; each PC reads
them into a cache folder of its own data folder, named by hash like photos/, so the screens read files either way.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.core.db import is_postgres, local_folder, opened_path
from aftersales_desktop.core.errors import StorageError, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.paths import default_data_dir

MAX_SIDE = 1600
QUALITY = 85
MAX_INPUT_BYTES = 40 * 1024 * 1024  # a phone's largest pictures are far smaller
# A stored JPEG of at most 1600 px at quality 85 is 0.1-1.5 MB; the bound keeps one row of photo_blob small
MAX_STORED_BYTES = 4 * 1024 * 1024
FOLDER = "photos"
CACHE_FOLDER = "photo-cache"
_NAME = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class PreparedPhoto:
    jpeg: bytes
    sha256: str
    width: int
    height: int


def folder_of(root: Path) -> Path:
    return Path(root) / FOLDER


def shop_folder() -> Path:
    """Where the open shop's photo files are read: photos/ beside the SQLite file, or on a server shop this PC's
    cache of the server's pictures (filled by `fetch`), in the folder given for this PC (`--data-dir`) or its
    default one."""
    path = opened_path()
    if path is None and is_postgres():
        return (local_folder() or default_data_dir()) / CACHE_FOLDER
    if path is None:
        raise StorageError(T("数据文件没有打开。", "No data file is open."))
    return folder_of(path.parent)


def keep(photo: PreparedPhoto) -> None:
    """Store the picture for the open shop, inside the transaction that lists it: a file in photos/ (SQLite) or
    a row of photo_blob on the server (once per picture)."""
    if len(photo.jpeg) > MAX_STORED_BYTES:
        raise ValidationError(T("照片压缩后仍超过 4 MB,无法保存。", "The photo is still over 4 MB after shrinking; it "
                                "cannot be kept."), "photo")
    if not is_postgres():
        store(shop_folder(), photo)
        return
    from aftersales_desktop.core.models import PhotoBlob

    if not PhotoBlob.select().where(PhotoBlob.sha256 == photo.sha256).exists():
        PhotoBlob.create(sha256=photo.sha256, jpeg=photo.jpeg, size_bytes=len(photo.jpeg))


def fetch(sha256s: set[str]) -> None:
    """On a server shop: bring the named pictures this PC has not seen yet into its cache folder (one query).
    A picture the server lacks stays absent: the screens show it as missing. Nothing to do on a SQLite shop."""
    if not is_postgres() or not sha256s:
        return
    from aftersales_desktop.core.models import PhotoBlob

    folder = shop_folder()
    wanted = [sha for sha in sha256s if not (folder / file_name(sha)).is_file()]
    if not wanted:
        return
    for blob in PhotoBlob.select().where(PhotoBlob.sha256.in_(wanted)):
        jpeg = bytes(blob.jpeg)
        if hashlib.sha256(jpeg).hexdigest() != blob.sha256:
            continue  # not the picture its name says: shown as missing
        try:
            store(folder, PreparedPhoto(jpeg, blob.sha256, 0, 0))
        except StorageError:
            return  # this PC's cache cannot be written: the pictures show as missing, nothing else breaks


def file_name(sha256: str) -> str:
    if not _NAME.match(sha256 or ""):
        raise ValueError(f"not a photo hash: {sha256!r}")
    return f"{sha256}.jpg"


def prepare(data: bytes) -> PreparedPhoto:
    """Decode, turn upright, shrink and re-encode a picture; a file that is no picture is refused plainly."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data:
        raise ValidationError(T("照片文件是空的。", "The photo file is empty."), "photo")
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError(T("照片文件太大(超过 40 MB)。", "The photo file is too large (over 40 MB)."), "photo")
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # a large JPEG decodes at a reduced size: fast, less memory
            image = ImageOps.exif_transpose(opened).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            T("这个文件不是可以读取的照片(JPEG 或 PNG)。", "This file is not a picture that can be read (JPEG or PNG)."),
            "photo",
        ) from exc
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY, optimize=True)
    jpeg = out.getvalue()
    return PreparedPhoto(jpeg, hashlib.sha256(jpeg).hexdigest(), image.width, image.height)


def store(folder: Path, photo: PreparedPhoto) -> Path:
    """Write the photo into `folder` unless a sound copy is there already; returns its path."""
    target = folder / file_name(photo.sha256)
    if is_sound(target, photo.sha256):
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(target.name + ".tmp")
        temp.write_bytes(photo.jpeg)
        os.replace(temp, target)
    except OSError as exc:
        raise StorageError(T("照片无法保存到 {p}:{e}", "The photo could not be saved in {p}: {e}", p=folder, e=exc)) from exc
    return target


def is_sound(path: Path, sha256: str) -> bool:
    """The file is there and holds exactly the picture its name says."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def copy_named(sha256s: set[str], source: Path, target: Path) -> list[str]:
    """Copy the named photos from one photos/ folder to another where the target lacks a sound copy (backup and
    restore); returns the hashes that could not be copied because the source lacks them too."""
    missing = []
    for sha in sorted(sha256s):
        name = file_name(sha)
        if (target / name).exists():  # written whole under its name (atomically): there means complete
            continue
        if not is_sound(source / name, sha):
            missing.append(sha)
            continue
        target.mkdir(parents=True, exist_ok=True)
        temp = target / (name + ".tmp")
        temp.write_bytes((source / name).read_bytes())
        os.replace(temp, target / name)
    return missing
