"""Helpers every subcommand shares: opening the data folder and printing user errors plainly."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aftersales_desktop.core import dburl
from aftersales_desktop.core.db import database, open_database, open_server, shop_lived_here, use_local_folder
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.engine_postgres import WrongPassword
from aftersales_desktop.core.errors import StorageError, UserError, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.paths import DataPaths, data_paths

if TYPE_CHECKING:
    from aftersales_desktop.core.models import Staff

DATABASE_HELP = ("the shop's database: sqlite:///path/to/file or postgresql://user@server/database "
                 "(default: AFTERSALES_DATABASE_URL, else the one this PC remembers, else the data folder's file)")


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Subcommands accept --data-dir and --database after their name too (`demo --data-dir X`)."""
    parser.add_argument("--data-dir", dest="sub_data_dir", help="the shop's data folder")
    parser.add_argument("--database", dest="sub_database", metavar="URL", help=DATABASE_HELP)


def target_of(args: argparse.Namespace) -> Target | None:
    """The database URL of this run (None: the data folder's SQLite file). See core/dburl.py for the order."""
    url = getattr(args, "sub_database", None) or getattr(args, "database", None)
    return dburl.choose(url, getattr(args, "sub_data_dir", None) or getattr(args, "data_dir", None))


def no_shop_at(args: argparse.Namespace) -> Path | None:
    """The data folder when it holds no shop file (a server database is never 'missing' here)."""
    target = target_of(args)
    if target is not None:
        return target.path.parent if target.path is not None and not target.path.exists() else None
    paths = paths_of(args, create=False)
    return None if paths.database.exists() else paths.root


def open_server_asking(target: Target, *, readonly: bool = False, new_shop: bool = True) -> None:
    """Open a server database; when the server wants a password the URL and libpq did not give, ask for it
    on the terminal (never echoed, never stored)."""
    try:
        open_server(target, readonly=readonly, new_shop=new_shop)
    except WrongPassword:
        if target.password or not sys.stdin.isatty():
            raise
        where = target.host if target.host and not target.host.startswith("/") else "localhost"
        password = getpass.getpass(f"Password for {target.user or 'the database user'} on {where}: ")
        open_server(target.with_password(password), readonly=readonly, new_shop=new_shop)


def paper_parser(kinds: argparse._SubParsersAction, name: str, help: str) -> argparse.ArgumentParser:  # noqa: A002
    """A `print KIND` parser with what every paper takes: --data-dir and the --out PDF file."""
    parser = kinds.add_parser(name, help=help)
    add_data_dir(parser)
    parser.add_argument("--out", required=True, help="the PDF file to write")
    return parser


FIRST_YEAR, LAST_YEAR = 1900, 2999  # dates the shop's papers can be about; beyond, date arithmetic overflows


def day_argument(text: str) -> dt.date:
    """An argparse type: a date YYYY-MM-DD within the years papers can be about (else exit 2 with usage)."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date like 2026-03-11: {text!r}") from exc
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"the year must be between {FIRST_YEAR} and {LAST_YEAR}: {text!r}")
    return day


PASSWORD_ENV = "AFTERSALES_PASSWORD"


def add_user(parser: argparse.ArgumentParser, required: bool) -> None:
    """--user NAME: the person the command reads staff data as (their password is asked, or taken from
    AFTERSALES_PASSWORD for a scheduled job)."""
    parser.add_argument("--user", required=required, metavar="NAME",
                        help=f"sign in as this staff member (password asked, or from {PASSWORD_ENV})")


def signed_in(args: argparse.Namespace) -> Staff:
    """The staff member named by --user, signed in with their password: from AFTERSALES_PASSWORD, else asked
    on the terminal. Wrong passwords count towards the account's wait, as at the counter."""
    import getpass
    import os

    from aftersales_desktop.core.services.staff import authenticate

    secret = os.environ.get(PASSWORD_ENV)
    if secret is None:
        if not sys.stdin.isatty():
            raise ValidationError(T("需要 {n} 的密码:请在终端里运行以便输入,或设置环境变量 {e}。",
                                    "{n}'s password is needed: run this in a terminal to type it, or set {e}.",
                                    n=args.user, e=PASSWORD_ENV))
        secret = getpass.getpass(f"{args.user} 的密码 / password: ")
    return authenticate(args.user, secret)


def paths_of(args: argparse.Namespace, create: bool = True) -> DataPaths:
    paths = data_paths(getattr(args, "sub_data_dir", None) or args.data_dir)
    return paths.ensure() if create else paths


def open_shop(args: argparse.Namespace, *, readonly: bool = False, create: bool = False) -> DataPaths:
    """Open the shop's database and apply the language setting.

    Only `create` (the demo) may start a new shop in an empty folder; `readonly` opens the file as it is,
    never creating, migrating or changing it.
    """
    from aftersales_desktop.core.migrations import SCHEMA_VERSION, schema_version  # late: it loads the models

    target = target_of(args)
    if target is not None and target.is_postgres:
        paths = paths_of(args, create=True)  # this PC's own folder: logs, backups it writes, the photo cache
        use_local_folder(paths.root)
        open_server_asking(target, readonly=readonly, new_shop=create)
        where: object = target
    else:
        paths = DataPaths(target.path.parent) if target is not None and target.path is not None else paths_of(args, create=create)
        if create:
            paths.ensure()
        file = target.path if target is not None and target.path is not None else paths.database
        if not create and not file.exists() and not shop_lived_here(paths.root):
            raise StorageError(T(
                "文件夹 {p} 里没有本店的数据文件,请用 --data-dir 指定数据文件夹。",
                "There is no shop data in {p}; point --data-dir at the shop's data folder.", p=paths.root))
        # no quick_check of the whole file: a paper or an export reads a few pages (a damaged one still stops it
        # with a sentence), and `check` and the app's start check the whole file
        open_database(file, check=False, readonly=readonly)
        where = file
    if readonly and schema_version(database.obj) < SCHEMA_VERSION:
        raise StorageError(T(
            "数据文件 {p} 来自旧版本,需要先升级:请打开一次本软件(或运行 backup 命令)。",
            "The data file {p} comes from an older version and must be upgraded first: open the app once "
            "(or run the backup command).", p=where))
    if not getattr(args, "lang", None):
        from aftersales_desktop.core import settings
        from aftersales_desktop.core.i18n import set_language

        language = settings.get("language")
        if language != "auto":
            set_language(language)
    return paths


def user_errors(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Print a UserError as one sentence on stderr and exit 1; never a traceback for those."""

    @wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except UserError as exc:
            print(f"aftersales-desktop: {exc.message}", file=sys.stderr)
            return 1

    return wrapper


def write_paper(args: argparse.Namespace, build: Callable[[], Any]) -> int:
    """Open the shop, build the paper (an export.paper.Paper), write it as a PDF to --out and say where."""
    from aftersales_desktop.export.pdf.render import render_pdf

    open_shop(args, readonly=True)
    print(render_pdf(build(), out_path(args.out)))
    return 0


def out_path(text: str) -> Path:
    return Path(text).expanduser()
