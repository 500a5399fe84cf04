"""`aftersales-desktop check --data-dir DIR`: exit 0 only when the database is sound."""

from __future__ import annotations

import argparse
import sys

from aftersales_desktop.cli.common import add_data_dir, paths_of, user_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check the database's integrity (exit 0 when sound)")
    add_data_dir(parser)
    parser.set_defaults(run=run)


@user_errors
def run(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.db import database, open_database

    paths = paths_of(args)
    if not paths.database.exists():
        print(f"aftersales-desktop: no database at {paths.database}", file=sys.stderr)
        return 1
    open_database(paths.database)  # quick_check + schema version
    problems = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
    fk = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    if problems != ["ok"] or fk:
        for line in problems[:20]:
            print(line, file=sys.stderr)
        if fk:
            print(f"{len(fk)} broken references", file=sys.stderr)
        return 1
    print(f"ok: {paths.database}")
    return 0
