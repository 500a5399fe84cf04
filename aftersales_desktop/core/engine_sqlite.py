"""What only SQLite needs: read-only URIs, who holds the file, copying a file with its WAL, counting rows.

Kept in one module so a port to another engine replaces this file, not code spread over the core.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

SIDE_FILES = ("-wal", "-shm")


def readonly_uri(path: Path) -> str:
    """A URI opening `path` read-only (percent-encoded, so Chinese folder names work on Windows too)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def file_holders(path: Path) -> list[str]:
    """Other programs that have the data file open, as 'name (PID n)', when the OS tells (Linux /proc)."""
    if not sys.platform.startswith("linux"):
        return _app_holder(path)
    wanted = {os.path.realpath(str(path) + suffix) for suffix in ("", *SIDE_FILES)}
    found: list[str] = []
    try:
        processes = [p for p in Path("/proc").iterdir() if p.name.isdigit() and int(p.name) != os.getpid()]
    except OSError:
        return found
    for proc in processes:
        try:
            if any(os.readlink(fd) in wanted for fd in (proc / "fd").iterdir()):
                found.append(f"{(proc / 'comm').read_text(encoding='utf-8').strip()} (PID {proc.name})")
        except OSError:  # gone meanwhile, or not ours to look at
            continue
    return found[:5] or _app_holder(path)


def _app_holder(path: Path) -> list[str]:
    """The PID another copy of this app wrote into its lock file (core/instance_lock.py), if any."""
    try:
        text = Path(str(path) + ".lock").read_text(encoding="utf-8").strip()
    except OSError:
        return []
    return [f"aftersales-desktop (PID {text})"] if text.isdigit() and int(text) != os.getpid() else []


def copy_with_wal(source: Path, target: Path) -> None:
    """Copy a database file including what only its WAL holds (SQLite's backup API), into `target`."""
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def row_count(path: Path) -> int:
    """All rows of all tables of a database file (a measure of how much a shop holds)."""
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return sum(int(conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]) for name in tables)
    finally:
        conn.close()
