"""The `aftersales-desktop` command: the GUI by default, subcommands for the shop's IT person.

Each subcommand lives in its own module listed in COMMANDS, with `register(subparsers)` that adds its
parser and sets `run=function(args) -> exit code`. Subcommands never need a display.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys

from aftersales_desktop import __version__
from aftersales_desktop.cli import common

WITHOUT_CYCLE_COLLECTOR = {"print"}  # short commands that end before the collector would find anything
COMMANDS = ["demo_cmd", "backup_cmd", "check_cmd", "print_cmd", "export_cmd", "import_parts_cmd", "server_cmd"]


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command's parser; without `commands`, only the options of the counter app (no subcommand module loaded)."""
    parser = argparse.ArgumentParser(
        prog="aftersales-desktop",
        description="售后服务台 Aftersales Desktop — without a subcommand, starts the counter app.",
        add_help=commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="the shop's data folder (default: the user's data folder)")
    parser.add_argument("--database", metavar="URL", help=common.DATABASE_HELP)
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the messages for this run (default: settings); papers and the workbook are "
                        "always in the shop's paper language")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"aftersales_desktop.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"aftersales_desktop.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Python's cycle collector is off while a command starts: what it makes then (modules, classes, a font's
    # tables) lives as long as the process, and scanning it again and again cost a tenth of a paper's time.
    # The GUI turns it back on once the sign-in window is painted (gui/app.py), a command that may run long as
    # soon as it is known; a paper (`print`: a few pages, well under a second) is written without it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:  # called in a process that collects (a test): leave it as it was
            gc.enable()


def _main(argv: list[str] | None) -> int:
    # the counter app's own options first: starting it needs none of the subcommands' modules (a thirtieth of
    # the wait for the sign-in window); anything else (a subcommand, help, a mistake) goes to the whole parser
    args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:
        args = build_parser().parse_args(argv)
    if args.lang:
        from aftersales_desktop.core.i18n import set_language

        set_language(args.lang)
    if args.command is None:
        from aftersales_desktop.gui.system_libraries import startup_problem, terminal_language

        problem = startup_problem()  # before Qt loads: one sentence instead of Qt's plugin error
        if problem is not None:
            print(problem.in_language(args.lang or terminal_language()), file=sys.stderr)
            return 1
        from aftersales_desktop.gui import source_reading

        source_reading.install()  # before the GUI's modules load (gui/source_reading.py)
        from aftersales_desktop.gui.app import run_gui

        return run_gui(data_dir=args.data_dir, lang=args.lang, database=args.database)
    if args.command not in WITHOUT_CYCLE_COLLECTOR:
        gc.enable()
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; whatever goes wrong ends in one sentence on stderr and exit 1, never a traceback.

    A UserError says what to fix; an OS error names the file; anything else is a bug, whose traceback goes
    to the log file named in the sentence.
    """
    from aftersales_desktop.core.errors import UserError
    from aftersales_desktop.core.i18n import T

    try:
        return int(args.run(args) or 0)
    except UserError as exc:
        _say(exc.message)
    except KeyboardInterrupt:
        _say(str(T("已中断。", "Interrupted.")))
        return 130
    except OSError as exc:
        if exc.filename:
            _say(str(T("无法使用 {p}:{e}", "Cannot use {p}: {e}", p=exc.filename, e=exc.strerror or exc)))
        else:
            _say(str(exc))
    except Exception as exc:  # a bug: the sentence here, the traceback in the log
        where = _log_bug(exc)
        _say(str(T("内部错误({e});详情已写入 {p}。", "Internal error ({e}); the details are in {p}.",
                   e=type(exc).__name__, p=where)))
    return 1


def _say(sentence: str) -> None:
    print(f"aftersales-desktop: {' '.join(sentence.split())}", file=sys.stderr)


def _log_bug(exc: BaseException) -> str:
    import traceback

    from aftersales_desktop.core.paths import default_log_dir

    try:
        folder = default_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "command-line-errors.log"
        with target.open("a", encoding="utf-8") as log:
            log.write("".join(traceback.format_exception(exc)) + "\n")
        return str(target)
    except OSError:
        return "-"


if __name__ == "__main__":
    sys.exit(main())
