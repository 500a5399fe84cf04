"""`print deposit-receipt NUMBER`, `print refund-receipt NUMBER`, `print count-sheet NUMBER [--variance]`."""

from __future__ import annotations

import argparse

from aftersales_desktop.cli.common import paper_parser, user_errors, write_paper


def register(kinds: argparse._SubParsersAction) -> None:
    for kind, help_text, run in (
        ("deposit-receipt", "押金收据 of a claim order (YJ…, or the claim order SP…)", run_deposit),
        ("refund-receipt", "退押金收据 (TK…, YJ… or SP…)", run_refund),
    ):
        parser = paper_parser(kinds, kind, help=help_text)
        parser.add_argument("number", help="the receipt or claim order number")
        parser.add_argument("--copy", action="store_true", help="stamp it 副本 (a reprint)")
        parser.set_defaults(run=run)
    sheet = paper_parser(kinds, "count-sheet", help="盘点表 of a stocktake (PD…); --variance for the variance report")
    sheet.add_argument("number", help="the stocktake number, e.g. PD2026-00003")
    sheet.add_argument("--variance", action="store_true", help="the counted quantities and differences")
    sheet.set_defaults(run=run_count_sheet)


@user_errors
def run_deposit(args: argparse.Namespace) -> int:
    from aftersales_desktop.export.papers.deposit_receipt import deposit_receipt, find_deposit

    return write_paper(args, lambda: deposit_receipt(find_deposit(args.number), copy=args.copy))


@user_errors
def run_refund(args: argparse.Namespace) -> int:
    from aftersales_desktop.export.papers.deposit_receipt import find_deposit, refund_receipt

    return write_paper(args, lambda: refund_receipt(find_deposit(args.number), copy=args.copy))


@user_errors
def run_count_sheet(args: argparse.Namespace) -> int:
    from aftersales_desktop.export.papers.count_sheet import count_sheet, find_stocktake

    return write_paper(args, lambda: count_sheet(find_stocktake(args.number), variance=args.variance))
