"""`aftersales-desktop export-month YYYY-MM --data-dir DIR --out FILE.xlsx` — the accountant's workbook, and
`export-quarter YYYY-Qn --data-dir DIR --out FILE.xlsx` — the quarterly fault analysis.

For scheduled jobs: exit code 0 only when the file was written; 2 for a bad month or missing argument;
1 for anything the shop can fix (no data in the folder, target locked, missing folder …), said in one sentence.
"""

from __future__ import annotations

import argparse
import sys

from aftersales_desktop.cli.common import (
    add_data_dir,
    add_user,
    no_shop_at,
    open_shop,
    out_path,
    signed_in,
    user_errors,
)
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export-month", help="write the month's workbook for the accountant (.xlsx)")
    parser.add_argument("month", help="the month, YYYY-MM (e.g. 2026-03)")
    add_data_dir(parser)
    parser.add_argument("--out", required=True, help="the .xlsx file to write (replaced if it exists)")
    parser.add_argument("--quiet", action="store_true", help="print nothing on success")
    add_user(parser, required=False)  # the conduct sheet (fines per person) only for who may read it
    parser.set_defaults(run=run)
    quarter = subparsers.add_parser("export-quarter", help="write the quarter's fault analysis (.xlsx)")
    quarter.add_argument("quarter", help="the quarter, YYYY-Qn (e.g. 2026-Q1)")
    add_data_dir(quarter)
    quarter.add_argument("--out", required=True, help="the .xlsx file to write (replaced if it exists)")
    quarter.add_argument("--quiet", action="store_true", help="print nothing on success")
    quarter.set_defaults(run=run_quarter)


@user_errors
def run(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.queries.month_common import Month
    from aftersales_desktop.export.excel import sheet_conduct
    from aftersales_desktop.export.excel.workbook import export_month, sheets_for

    try:
        month = Month.parse(args.month)
    except ValidationError as exc:
        print(f"aftersales-desktop export-month: {exc.message}", file=sys.stderr)
        return 2
    missing = no_shop_at(args)
    if missing is not None:  # never create an empty shop just to export nothing
        print("aftersales-desktop export-month: " + str(T(
            "文件夹 {p} 里没有本店的数据文件,请用 --data-dir 指定数据文件夹。",
            "There is no shop data in {p}; point --data-dir at the shop's data folder.", p=missing)),
            file=sys.stderr)
        return 1
    actor = None
    if args.user:
        open_shop(args)  # writable: signing in counts wrong passwords
        actor = signed_in(args)
    else:
        open_shop(args, readonly=True)
    target = out_path(args.out)
    written = export_month(month, target, actor=actor)
    if not args.quiet:
        print(T("已写入 {m} 月度报表:{p}", "Wrote the workbook for {m}: {p}", m=month.label, p=written))
    if sheet_conduct not in sheets_for(actor) and not args.quiet:
        print("aftersales-desktop export-month: " + str(T(
            "奖罚表未包含:它只给能查看全部奖罚记录的人(用 --user 指定主管或经理)。",
            "The conduct sheet was left out: it is only for someone who may read the whole conduct log "
            "(--user a supervisor or the manager).")), file=sys.stderr)
    return 0


@user_errors
def run_quarter(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.queries.quarter_faults import Quarter
    from aftersales_desktop.export.excel.quarter_workbook import export_quarter

    try:
        quarter = Quarter.parse(args.quarter)
    except ValidationError as exc:
        print(f"aftersales-desktop export-quarter: {exc.message}", file=sys.stderr)
        return 2
    missing = no_shop_at(args)
    if missing is not None:
        print("aftersales-desktop export-quarter: " + str(T(
            "文件夹 {p} 里没有本店的数据文件,请用 --data-dir 指定数据文件夹。",
            "There is no shop data in {p}; point --data-dir at the shop's data folder.", p=missing)),
            file=sys.stderr)
        return 1
    open_shop(args, readonly=True)
    written = export_quarter(quarter, out_path(args.out))
    if not args.quiet:
        print(T("已写入 {q} 季度故障分析:{p}", "Wrote the fault analysis for {q}: {p}", q=quarter.label, p=written))
    return 0
