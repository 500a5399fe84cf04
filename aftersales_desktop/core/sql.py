"""The few SQL expressions that differ between SQLite and PostgreSQL, for the core's hand-written queries.

Everything else the core writes by hand is SQL both engines read alike (`?` placeholders are turned into
psycopg's by core/engine_postgres.py).
"""

from __future__ import annotations

from aftersales_desktop.core.db import is_postgres


def seconds_between(start: str, end: str) -> str:
    """Whole seconds from the timestamp column `start` to `end`, as an integer expression."""
    if is_postgres():
        return f"CAST(EXTRACT(EPOCH FROM ({end} - {start})) AS INTEGER)"
    return f"CAST(strftime('%s', {end}) AS INTEGER) - CAST(strftime('%s', {start}) AS INTEGER)"
