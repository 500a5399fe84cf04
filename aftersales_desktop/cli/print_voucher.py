"""`aftersales-desktop print voucher CALL_NO --data-dir DIR --out FILE.pdf`: a call's service voucher, headless."""

from __future__ import annotations

import argparse

from aftersales_desktop.cli.common import add_data_dir, open_shop, out_path, user_errors


def register(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser("voucher", help="the service voucher (服务凭证) of a call, by call no. (JX…)")
    parser.add_argument("call_no", metavar="CALL_NO", help="call number, e.g. JX2026-00042")
    parser.add_argument("--out", required=True, help="the PDF file to write")
    add_data_dir(parser)
    parser.set_defaults(run=run)


@user_errors
def run(args: argparse.Namespace) -> int:
    open_shop(args)
    from aftersales_desktop.core.queries.call_detail import find_call_id
    from aftersales_desktop.export.papers.voucher import print_voucher_to_pdf

    path = print_voucher_to_pdf(None, find_call_id(args.call_no), out_path(args.out))
    print(path)
    return 0
