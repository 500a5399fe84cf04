"""`print receipt NUMBER`, `print repair-card NUMBER`, `print daily-report YYYY-MM-DD [--technician NAME]`."""

from __future__ import annotations

import argparse

from aftersales_desktop.cli.common import (
    day_argument,
    open_shop,
    out_path,
    paper_parser,
    user_errors,
    write_paper,
)


def register(kinds: argparse._SubParsersAction) -> None:
    for kind, help_text, run in (
        ("receipt", "客户商品领取收据 (SJ…, or the repair card XH…)", run_receipt),
        ("repair-card", "修护卡 to hang on the item (XH…, or the receipt SJ…)", run_card),
    ):
        parser = paper_parser(kinds, kind, help=help_text)
        parser.add_argument("number", help="the receipt or repair card number")
        parser.add_argument("--copy", action="store_true", help="stamp it 副本 (a reprint)")
        parser.set_defaults(run=run)
    report = paper_parser(
        kinds, "daily-report", help="技术员工作日报表 with --technician, else 服务主任日报表 for the day"
    )
    report.add_argument("day", type=day_argument, help="the day, YYYY-MM-DD")
    report.add_argument("--technician", help="the technician's name (default: the supervisor's report)")
    report.set_defaults(run=run_daily_report)


@user_errors
def run_receipt(args: argparse.Namespace) -> int:
    from aftersales_desktop.export.papers.goods_receipt import find_receipt, goods_receipt

    return write_paper(args, lambda: goods_receipt(find_receipt(args.number), copy=args.copy))


@user_errors
def run_card(args: argparse.Namespace) -> int:
    from aftersales_desktop.export.papers.repair_card import find_card, repair_card

    return write_paper(args, lambda: repair_card(find_card(args.number), copy=args.copy))


@user_errors
def run_daily_report(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.errors import NotFound
    from aftersales_desktop.core.i18n import T
    from aftersales_desktop.core.models import Staff
    from aftersales_desktop.core.queries.daily_reports import supervisor_day, technician_day
    from aftersales_desktop.export.papers.daily_report import supervisor_report, technician_report
    from aftersales_desktop.export.pdf.render import render_pdf

    open_shop(args, readonly=True)
    if args.technician:
        staff = Staff.get_or_none(Staff.name == args.technician.strip())
        if staff is None:
            raise NotFound(T("找不到员工“{n}”。", "No staff member named {n}.", n=args.technician))
        paper = technician_report(technician_day(staff.id, args.day))
    else:
        paper = supervisor_report(supervisor_day(args.day))
    print(render_pdf(paper, out_path(args.out)))
    return 0
