"""`aftersales-desktop print voucher CALL_NO --data-dir DIR --out FILE.pdf`: a call's service voucher, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from aftersales_desktop.cli.common import open_shop, out_path, paper_parser, user_errors


def register(kinds: argparse._SubParsersAction) -> None:
    parser = paper_parser(kinds, "voucher", help="the service voucher (服务凭证) of a call, by call no. (JX…)")
    parser.add_argument("call_no", metavar="CALL_NO", help="call number, e.g. JX2026-00042")
    # diagnostics for the installed bundle: print through Qt's QPrinter (the print dialog's path) into --out
    parser.add_argument("--via-qt", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(run=run)


@user_errors
def run(args: argparse.Namespace) -> int:
    open_shop(args)
    from aftersales_desktop.core.queries.call_detail import find_call_id
    from aftersales_desktop.export.papers.voucher import print_voucher_to_pdf

    if args.via_qt:
        path = _print_via_qt(find_call_id(args.call_no), out_path(args.out))
    else:
        path = print_voucher_to_pdf(None, find_call_id(args.call_no), out_path(args.out))
    print(path)
    return 0


def _print_via_qt(call_id: int, target: Path) -> Path:
    """The voucher painted by gui/printing.py onto a QPrinter writing a PDF file (counted like any print)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from aftersales_desktop.core.queries.call_detail import call_detail
    from aftersales_desktop.core.services.calls import record_voucher_print
    from aftersales_desktop.export.papers.voucher import voucher_paper
    from aftersales_desktop.gui.printing import print_to_pdf_file

    _app = QApplication.instance() or QApplication(["aftersales-desktop"])
    detail = call_detail(call_id)
    printed = print_to_pdf_file(voucher_paper(detail, copy=detail.voucher_prints > 0), target)
    record_voucher_print(None, call_id)  # counted once the paper exists, never for a failed print
    return printed
