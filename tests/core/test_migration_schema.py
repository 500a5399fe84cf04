"""A version-1 database brought up to date has exactly the schema a new database gets from the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.paths import data_paths
from tests.core.test_migrations import make_v1_database


def schema(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out: dict[str, object] = {}
        for table in tables:
            out[table] = [tuple(c[1:]) for c in conn.execute(f'PRAGMA table_info("{table}")')]
            out[table + " indexes"] = sorted(
                (i[1], i[2], tuple(c[2] for c in conn.execute(f'PRAGMA index_info("{i[1]}")')))
                for i in conn.execute(f'PRAGMA index_list("{table}")'))
        out["triggers"] = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        out["version"] = conn.execute("PRAGMA user_version").fetchone()[0]
        return out
    finally:
        conn.close()


def test_an_upgraded_version_1_database_matches_a_new_one(tmp_path):
    old = make_v1_database(data_paths(tmp_path / "old").ensure().database)
    open_database(old)
    close_database()
    new = data_paths(tmp_path / "new").ensure().database
    open_database(new)
    close_database()
    upgraded, fresh = schema(old), schema(new)
    assert upgraded.keys() == fresh.keys()
    assert {k: v for k, v in upgraded.items() if v != fresh[k]} == {}
