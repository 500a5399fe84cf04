"""What only SQLite needs: read-only URIs, who holds the file, copying a file with its WAL, counting rows.

Kept in one module so a port to another engine replaces this file, not code spread over the core.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

SIDE_FILES = ("-wal", "-shm")
# tables that are only their primary key (the search keys) are stored as that key's index alone
WITHOUT_ROWID = True

# What keeps the audit trail honest inside the file: no row is changed or deleted, and no row comes in
# without its place in the hash chain (core/audit_chain.py: 16 bytes since schema 13, 32 in older rows). Put back
# on every start if missing.
TRIGGERS = {
    "audit_entry_no_update": "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "audit_entry_no_delete": "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "audit_entry_chained": "CREATE TRIGGER IF NOT EXISTS audit_entry_chained BEFORE INSERT ON audit_entry "
    "WHEN typeof(NEW.row_hash) != 'blob' OR length(NEW.row_hash) NOT IN (16, 32) "
    "BEGIN SELECT RAISE(ABORT, 'an audit row needs its place in the hash chain'); END",
}


def missing_triggers(db: Any) -> list[str]:
    """The audit trail's triggers that are not in the file."""
    present = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    return [name for name in TRIGGERS if name not in present]


def install_triggers(db: Any, names: list[str] | None = None) -> list[str]:
    """Create the named (default: all missing) triggers; returns their names."""
    names = missing_triggers(db) if names is None else names
    for name in names:
        db.execute_sql(TRIGGERS[name])
    return names


def drop_triggers(db: Any) -> None:
    """Only for a migration that must rewrite audit rows (adding the hash chain); it installs them again."""
    for name in TRIGGERS:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')


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


def quick_check(path: Path) -> list[tuple]:
    """PRAGMA quick_check's answer for a data file, read on a read-only connection of its own."""
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        return list(conn.execute("PRAGMA quick_check").fetchall())
    finally:
        conn.close()


def row_count(path: Path) -> int:
    """All rows of all tables of a database file (a measure of how much a shop holds)."""
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return sum(int(conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]) for name in tables)
    finally:
        conn.close()
