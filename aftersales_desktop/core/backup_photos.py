"""Photos in backups: a backup folder keeps, beside its database copies, a photos/ folder holding every photo
those copies name — each file once, however many backups name it (photos never change: they are named by
their content). Backing up copies the photos the new copy names that the folder lacks; restoring copies the
photos the restored database names back into the data folder; pruning drops the photos no kept copy names.

So a backup folder (or a USB stick given to `backup --to`) is whole by itself: database copies plus photos/.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from aftersales_desktop.core import photos
from aftersales_desktop.core.db import opened_path

SUFFIX = ".sqlite3"


def names_in(database_file: Path) -> set[str]:
    """The photo hashes a database file names (none for a file from before photos, or one that cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        return {row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM photo")}
    except sqlite3.Error:
        return set()
    finally:
        conn.close()


def after_backup(copy: Path) -> list[str]:
    """Copy the photos `copy` names from the open shop's photos/ into the backup folder's; returns the hashes the
    shop itself lacks (already missing there: shown as missing, never a failed backup)."""
    shop = opened_path()
    wanted = names_in(copy)
    if not wanted or shop is None:
        return []
    return photos.copy_named(wanted, photos.folder_of(shop.parent), photos.folder_of(copy.parent))


def after_restore(backup_file: Path, root: Path) -> list[str]:
    """Bring back the photos the restored database names from the backup's folder; returns those it lacks."""
    return photos.copy_named(names_in(backup_file), photos.folder_of(backup_file.parent), photos.folder_of(root))


def prune(folder: Path) -> list[Path]:
    """Remove the backup folder's photos that no database copy left in the folder names."""
    store = photos.folder_of(folder)
    if not store.is_dir():
        return []
    kept: set[str] = set()
    for copy in folder.iterdir():
        if copy.name.endswith(SUFFIX):
            kept |= names_in(copy)
    removed = []
    for file in store.iterdir():
        if file.suffix == ".jpg" and file.stem not in kept:
            file.unlink(missing_ok=True)
            removed.append(file)
    return removed
