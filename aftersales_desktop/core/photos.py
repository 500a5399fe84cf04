"""Photo files: the data folder's photos/, each picture a JPEG of at most MAX_SIDE pixels named by its hash.

A picture from a phone or a camera (JPEG, PNG, HEIC is not read) is turned upright (its EXIF orientation),
shrunk to at most 1600 pixels on its longer side, saved as a JPEG without its metadata (no location leaves the
shop in a backup), and named `<sha256 of the JPEG>.jpg`. The same picture is stored once; a file whose content
no longer matches its name is treated as missing. Writing goes through a temporary name, so a photos/ folder
never holds half a picture under a real name.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.core.db import is_postgres, opened_path
from aftersales_desktop.core.errors import StorageError, ValidationError
from aftersales_desktop.core.i18n import T

MAX_SIDE = 1600
QUALITY = 85
MAX_INPUT_BYTES = 40 * 1024 * 1024  # a phone's largest pictures are far smaller
FOLDER = "photos"
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
    """photos/ beside the open database."""
    path = opened_path()
    if path is None and is_postgres():
        # the files live beside a SQLite file; a server shop would need them where every PC can reach them
        raise StorageError(T("连接服务器时还不能保存照片(照片文件只存在单机的数据文件夹里)。",
                             "Photos cannot be kept yet when the shop runs on a server (photo files live only in "
                             "a single PC's data folder)."))
    if path is None:
        raise StorageError(T("数据文件没有打开。", "No data file is open."))
    return folder_of(path.parent)


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
