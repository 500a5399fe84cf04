"""Backups of a server shop with PostgreSQL's own tools: pg_dump (custom format), checked with pg_restore --list,
and restore into an empty database with pg_restore in one transaction.

The connection goes to the tools through libpq's environment (PGHOST, PGUSER, PGPASSWORD …), never on their
command line, so the password shows in no process list and no log. The tools come with the server (Debian's
postgresql package, the EDB installer on Windows) or with the client package on a PC without a server.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from aftersales_desktop.core import clock
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.errors import DatabaseCorrupt, StorageError
from aftersales_desktop.core.i18n import T

PREFIX = "aftersales-"
SUFFIX = ".dump"
DAILY = "daily"  # the label of the designated PC's daily backups
# pg_restore --list names each table's data; these must be in every backup of a shop
MUST_HOLD = ("staff", "service_call", "audit_entry", "number_sequence")


def find_tool(name: str) -> Path:
    """pg_dump / pg_restore: on PATH, else where Debian or the EDB installer put them (the newest version)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    patterns = [f"/usr/lib/postgresql/*/bin/{name}"]
    if sys.platform == "win32":
        for root in (os.environ.get("PROGRAMFILES", r"C:\Program Files"), os.environ.get("PROGRAMFILES(X86)", "")):
            if root:
                patterns.append(os.path.join(root, "PostgreSQL", "*", "bin", name + ".exe"))
    candidates = [p for pattern in patterns for p in glob.glob(pattern)]

    def version(path: str) -> float:
        part = Path(path).parent.parent.name
        try:
            return float(part)
        except ValueError:
            return 0.0

    if candidates:
        return Path(max(candidates, key=version))
    raise StorageError(T(
        "找不到 PostgreSQL 的 {n} 工具:请在这台电脑上安装 PostgreSQL(或它的客户端工具)。",
        "PostgreSQL's {n} tool is not on this PC: install PostgreSQL (or its client tools) here.", n=name))


def _environment(target: Target) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in (("PGHOST", target.host), ("PGPORT", str(target.port or "")), ("PGUSER", target.user),
                       ("PGDATABASE", target.name), ("PGPASSWORD", target.password)):
        if value:  # what the URL leaves out, libpq takes from the PC (PGPASSWORD, the pgpass file)
            env[key] = value
    options = dict(target.options)
    if "sslmode" in options:
        env["PGSSLMODE"] = options["sslmode"]
    return env


def _run(command: list[str], target: Target) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, env=_environment(target), capture_output=True, text=True, timeout=3600)
    except OSError as exc:
        raise StorageError(T("无法运行 {c}:{e}", "Cannot run {c}: {e}", c=Path(command[0]).name, e=exc)) from exc


def _failed(tool: str, done: subprocess.CompletedProcess[str]) -> StorageError:
    detail = (done.stderr or done.stdout).strip().splitlines()
    return StorageError(T("{t} 失败:{e}", "{t} failed: {e}", t=tool, e=detail[-1] if detail else done.returncode))


def verify(dump: Path, target: Target | None = None) -> list[str]:
    """The tables whose data the dump holds (pg_restore --list); DatabaseCorrupt when it is unreadable or
    misses a table every shop has."""
    done = _run([str(find_tool("pg_restore")), "--list", str(dump)], target or Target("postgresql"))
    if done.returncode != 0:
        raise DatabaseCorrupt(T("备份文件 {p} 无法读取。", "The backup {p} cannot be read.", p=dump.name))
    tables = [line.split()[-2] for line in done.stdout.splitlines() if " TABLE DATA " in line]
    missing = [t for t in MUST_HOLD if t not in tables]
    if missing:
        raise DatabaseCorrupt(T("备份文件 {p} 缺少 {t}。", "The backup {p} lacks {t}.", p=dump.name, t=", ".join(missing)))
    return tables


def backup_server(target: Target, folder: Path, label: str = "manual") -> Path:
    """pg_dump the shop's database into `folder`, checked before it gets its real name; returns the file."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(T("备份文件夹 {p} 无法使用:{e}", "The backup folder {p} cannot be used: {e}", p=folder, e=exc)) from exc
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    final = folder / f"{PREFIX}{stamp}-{label}{SUFFIX}"
    counter = 1
    while final.exists():
        final = folder / f"{PREFIX}{stamp}-{counter}-{label}{SUFFIX}"
        counter += 1
    temp = final.with_name(final.name + ".tmp")
    done = _run([str(find_tool("pg_dump")), "--format=custom", "--no-owner", "--no-privileges", "--file", str(temp)],
                target)
    try:
        if done.returncode != 0:
            raise _failed("pg_dump", done)
        verify(temp, target)
        os.replace(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    return final


def this_pc() -> str:
    """This computer's name, as the settings name the PC that makes a server shop's daily backup."""
    return socket.gethostname().strip()[:63]


def makes_daily_backup() -> bool:
    """True on the one PC the settings name for a server shop's daily backup (never on a SQLite shop: its file's
    daily backup is every start's own, core/backup.py)."""
    from aftersales_desktop.core import settings
    from aftersales_desktop.core.db import is_postgres

    designated = settings.get("backup_pc")
    return is_postgres() and bool(designated) and designated.casefold() == this_pc().casefold()


def daily_dumps(folder: Path) -> list[Path]:
    """The daily backups in `folder`, newest first."""
    try:
        found = [p for p in Path(folder).iterdir() if p.name.startswith(PREFIX) and p.name.endswith(DAILY + SUFFIX)]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def daily_backup_if_due(target: Target, folder: Path | str, keep: int = 30) -> Path | None:
    """On the designated PC's first start of a day: pg_dump the shop (checked with pg_restore --list, as
    `backup --database`), then keep only the newest `keep` daily dumps. None when today's is there already."""
    if not str(folder).strip():  # the setting's text: "" is no folder (Path("") would be the working folder)
        raise StorageError(T("没有设置每日备份的文件夹(设置 → 语言、纸张和备份)。",
                             "No folder is set for the daily backup (Settings → Language, paper and backups)."))
    today = PREFIX + clock.today().strftime("%Y%m%d")
    folder = Path(folder)
    if any(p.name.startswith(today) for p in daily_dumps(folder)):
        return None
    made = backup_server(target, folder, label=DAILY)
    for old in daily_dumps(folder)[max(1, keep):]:
        old.unlink(missing_ok=True)
    return made


def restore_server(dump: Path, target: Target) -> None:
    """Restore a pg_dump backup into `target`, which must be an empty database, in one transaction."""
    from aftersales_desktop.core.db import close_database, open_server
    from aftersales_desktop.core.engine_postgres import make_database, shop_tables

    verify(dump, target)
    db = make_database(target)
    try:
        db.connect()
        tables = shop_tables(db)
    except Exception as exc:  # noqa: BLE001 - any failure to look is explained as the server's
        from aftersales_desktop.core.engine_postgres import explain

        raise explain(exc, target) from exc
    finally:
        db.close()
    if tables:
        raise StorageError(T(
            "数据库 {d} 不是空的({t}…):备份只恢复到一个新建的空数据库里。",
            "The database {d} is not empty ({t}…): a backup is restored into a new, empty database only.",
            d=target.name, t=", ".join(sorted(tables)[:3])))
    done = _run([str(find_tool("pg_restore")), "--no-owner", "--no-privileges", "--single-transaction",
                 "--exit-on-error", "--dbname", target.name, str(dump)], target)
    if done.returncode != 0:
        raise _failed("pg_restore", done)
    open_server(target, readonly=True)  # the restored shop opens and has a schema this program knows
    close_database()
