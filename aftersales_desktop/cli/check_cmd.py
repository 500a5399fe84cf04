"""`aftersales-desktop check --data-dir DIR`: exit 0 only when the database is sound.

The file is opened read-only: a check never creates, migrates or changes anything, so it can run beside the
open app, on a copy, or on a file that something is wrong with.
"""

from __future__ import annotations

import argparse
import sys

from aftersales_desktop.cli.common import add_data_dir, open_server_asking, paths_of, target_of, user_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check the database's integrity, read-only (exit 0 when sound)")
    add_data_dir(parser)
    parser.set_defaults(run=run)


@user_errors
def run(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.db import database, open_database
    from aftersales_desktop.core.migrations import SCHEMA_VERSION, schema_version

    target = target_of(args)
    if target is not None and target.is_postgres:
        # the server keeps its own pages sound; the shop's own record is checked as in a file
        open_server_asking(target, readonly=True)
        return _shop_record_checked(f"{target} (schema {schema_version(database.obj)}; ")
    paths = paths_of(args, create=False)
    file = target.path if target is not None and target.path is not None else paths.database
    open_database(file, readonly=True)  # refuses a missing or empty file, quick_check
    problems = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
    fk = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    if problems != ["ok"] or fk:
        for line in problems[:20]:
            print(line, file=sys.stderr)
        if fk:
            print(f"{len(fk)} broken references", file=sys.stderr)
        return 1
    version = schema_version(database.obj)
    if version < SCHEMA_VERSION:
        print(f"ok: {file} (schema {version}; the app upgrades it to {SCHEMA_VERSION} when it next opens it)")
        return 0
    return _shop_record_checked(f"{file} (")


def _shop_record_checked(said_of: str) -> int:
    """The shop's own record on either engine: the audit chain, its triggers, the stock ledger, the fines.
    Each problem on stderr and exit 1; else `ok: <said_of>audit trail, … checked)`."""
    from aftersales_desktop.core import integrity

    found = integrity.problems()
    for problem in found:
        print(f"aftersales-desktop: {problem}", file=sys.stderr)
    if found:
        return 1
    print(f"ok: {said_of}audit trail, stock ledger and fines checked)")
    return 0
