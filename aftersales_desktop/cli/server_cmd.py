"""`aftersales-desktop move-to-server --data-dir DIR --database URL`: the shop's file onto the server."""

from __future__ import annotations

import argparse
import getpass
import sys

from aftersales_desktop.cli.common import add_data_dir, paths_of, user_errors
from aftersales_desktop.core.dburl import Target, parse
from aftersales_desktop.core.engine_postgres import WrongPassword
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "move-to-server", help="copy the shop's data file into an empty PostgreSQL database, checked, in one go")
    add_data_dir(parser)
    parser.set_defaults(run=run)
    restore = subparsers.add_parser(
        "restore-to-server", help="restore a server backup (.dump from `backup --database`) into an empty database")
    add_data_dir(restore)
    restore.add_argument("--from", dest="dump", required=True, help="the .dump file")
    restore.set_defaults(run=run_restore)


def ask_password(target: Target) -> Target | None:
    """The password for `target` from the terminal (never echoed, never stored); None when there is no terminal."""
    if target.password or not sys.stdin.isatty():
        return None
    where = target.host if target.host and not target.host.startswith("/") else "localhost"
    return target.with_password(getpass.getpass(f"Password for {target.user or 'the database user'} on {where}: "))


def _server_target(args: argparse.Namespace) -> Target:
    url = getattr(args, "sub_database", None) or args.database
    target = parse(url) if url else None
    if target is None or not target.is_postgres:
        raise ValidationError(T("请用 --database postgresql://用户@服务器/数据库 指定服务器上的空数据库。",
                                "Name the empty server database with --database postgresql://user@server/database.",
                                ), "database")
    return target


@user_errors
def run_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from aftersales_desktop.core.server_backup import restore_server

    target = _server_target(args)
    restore_server(Path(args.dump), target)
    print(T("已把 {f} 恢复到 {u}。", "Restored {f} into {u}.", f=args.dump, u=target.url()))
    return 0


@user_errors
def run(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.server_move import move_to_server

    target = _server_target(args)
    source = paths_of(args, create=False).database
    try:
        moved = move_to_server(source, target)
    except WrongPassword:
        asked = ask_password(target)
        if asked is None:
            raise
        moved = move_to_server(source, asked)
    for table, count in moved.rows.items():
        if count:
            print(f"  {table:24} {count:>9}")
    print(T("已搬到 {u}:{n} 条记录,{s} 个金额/库存合计一致,用时 {t:.1f} 秒。",
            "Moved to {u}: {n} records; {s} money and stock sums agree; {t:.1f} s.",
            u=target.url(), n=moved.total_rows, s=len(moved.sums), t=moved.seconds))
    if moved.photos_missing:
        print(T("有 {n} 张照片的文件在 photos 文件夹里已经找不到,服务器上也显示为缺失。",
                "{n} photo(s) named by the shop were already missing from its photos folder; they show as missing "
                "on the server too.", n=moved.photos_missing))
    print(T("现在让每台电脑连接这个服务器:aftersales-desktop --database {u}",
            "Now point each PC at the server: aftersales-desktop --database {u}", u=target.url()))
    return 0
