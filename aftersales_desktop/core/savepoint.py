"""The savepoint `database.atomic()` opens inside a transaction (a use case run inside another, or inside the
demo's day): peewee's, under one fixed name.

SQLite and PostgreSQL act on the most recent savepoint of a name, which, as blocks nest, is the innermost one
open: one name serves every depth. peewee names each savepoint by a fresh UUID, so every SAVEPOINT and RELEASE
was a statement SQLite had never seen, parsed anew, and a day of the demo's use cases pushed the statements the
app keeps prepared (core/db.py: STATEMENT_CACHE) out of sqlite3's cache.
"""

from __future__ import annotations

from typing import Any

NAME = "uow"


class Savepoint:
    """peewee's savepoint (the same statements, commit and rollback), named NAME."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def _begin(self) -> None:
        self.db.execute_sql(f"SAVEPOINT {NAME}")

    def commit(self, begin: bool = True) -> None:
        self.db.execute_sql(f"RELEASE SAVEPOINT {NAME}")
        if begin:
            self._begin()

    def rollback(self, begin: bool = True) -> None:
        self.db.execute_sql(f"ROLLBACK TO SAVEPOINT {NAME}")
        if begin:
            self._begin()

    def __enter__(self) -> Savepoint:
        self._begin()
        return self

    def __exit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        if exc_type:
            self.rollback(False)
        else:
            try:
                self.commit(begin=False)
            except Exception:
                self.rollback(begin=False)
                raise
