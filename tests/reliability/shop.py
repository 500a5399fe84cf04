"""The shop the reliability runs work on, and the verdict on a data file after they did their worst."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PART_CODE = "LAST-UNIT"


def make_shop_file(folder: Path, units: int) -> Path:
    """A set-up shop with a customer's product and a part holding `units`, closed; returns the data file."""
    from aftersales_desktop.core import clock, security
    from aftersales_desktop.core.db import close_database, open_database
    from aftersales_desktop.core.paths import data_paths
    from aftersales_desktop.core.services import parts, stock
    from tests.factories import make_customer, make_shop

    cost, security.COST = security.COST, security.Cost(n=2**4, r=8, p=1)
    paths = data_paths(folder).ensure()
    try:
        clock.set_now(dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=1))
        open_database(paths.database)
        shop = make_shop()
        make_customer(shop.clerk, warranty_end=dt.date(2025, 1, 1))
        part = parts.create_part(shop.storekeeper, code=PART_CODE, name="最后几个的电容")
        if units:
            stock.receive(shop.storekeeper, part.id, units, 1500, "南京华瑞配件")
    finally:
        close_database()
        clock.set_now(None)
        security.COST = cost
    return paths.database


def child(module: str, *args: str) -> subprocess.Popen[str]:
    """A writer process of its own (a second program on the same file), printing what it committed."""
    return subprocess.Popen([sys.executable, "-m", f"tests.reliability.{module}", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def verdict(path: Path) -> list[str]:
    """What `check` would say: SQLite's own integrity checks, then the app's (chain, triggers, ledger, fines)."""
    from aftersales_desktop.core import integrity
    from aftersales_desktop.core.db import close_database, open_database

    conn = sqlite3.connect(path)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")] + [
            f"broken reference {r}" for r in conn.execute("PRAGMA foreign_key_check")]
    finally:
        conn.close()
    problems = [p for p in problems if p != "ok"]
    open_database(path, readonly=True)
    try:
        problems += [str(p) for p in integrity.problems()]
    finally:
        close_database()
    return problems
