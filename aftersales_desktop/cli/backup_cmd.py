"""`aftersales-desktop backup --data-dir DIR | --database URL [--to DIR]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from aftersales_desktop.cli.common import add_data_dir, open_shop, user_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help="make a checked backup of the database now")
    add_data_dir(parser)
    parser.add_argument("--to", help="folder for the backup (default: the backups folder)")
    parser.set_defaults(run=run)


@user_errors
def run(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.backup import backup_database
    from aftersales_desktop.core.db import opened_target
    from aftersales_desktop.core.server_backup import backup_server

    paths = open_shop(args)
    server = opened_target()
    if server is not None:  # pg_dump in custom format, checked with pg_restore --list
        print(backup_server(server, Path(args.to) if args.to else paths.backups, label="manual"))
        return 0
    made = backup_database(Path(args.to) if args.to else paths.backups, label="manual")
    print(made)
    return 0
