"""`aftersales-desktop import-parts FILE.xlsx --data-dir DIR [--dry-run] [--staff NAME]`.

Reads the shop's own parts list, guesses the columns from the header, and writes all rows or none:
every refused row is printed with its row number and reason, and the exit code is then 1.
"""

from __future__ import annotations

import argparse
import sys

from aftersales_desktop.cli.common import add_data_dir, open_shop, out_path, user_errors
from aftersales_desktop.core.i18n import T


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import-parts", help="import the shop's parts list from an Excel file")
    parser.add_argument("file", help="the .xlsx file")
    add_data_dir(parser)
    parser.add_argument("--dry-run", action="store_true", help="check every row and report, write nothing")
    parser.add_argument("--staff", help="who imports (default: the first active manager)")
    parser.set_defaults(run=run)


def _actor(name: str | None):
    from aftersales_desktop.core.errors import NotFound
    from aftersales_desktop.core.models import Staff

    query = Staff.select().where(Staff.active)
    query = query.where(Staff.name == name) if name else query.where(Staff.role == "manager")
    actor = query.order_by(Staff.id).first()
    if actor is None:
        raise NotFound(T("找不到可以导入的员工(请用 --staff 指定姓名)。", "No staff member to import as (name one with --staff)."))
    return actor


@user_errors
def run(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.imports.parts_excel import FIELDS, import_parts_file

    open_shop(args)
    actor = _actor(args.staff)
    report = import_parts_file(actor, out_path(args.file), dry_run=args.dry_run)
    columns = ", ".join(
        f"{FIELDS[k][0]}={report.sheet.headers[c]}" for k, c in report.mapping.items() if c is not None
    )
    print(str(T("表头在第 {r} 行;列:{c}", "Header on row {r}; columns: {c}", r=report.sheet.header_row, c=columns)))
    if report.refused:
        for error in report.checked.errors:
            print(str(T("第 {r} 行:{m}", "Row {r}: {m}", r=error.row, m=error.reason)), file=sys.stderr)
        print(str(T("{n} 行有错误,未导入任何数据。", "{n} rows refused; nothing was imported.", n=len(report.checked.errors))),
              file=sys.stderr)
        return 1
    outcome = report.outcome
    if outcome is None:
        print(str(T("表中没有数据行。", "The sheet has no data rows.")))
        return 0
    text = T("{mode}新增 {c} 个备件,更新 {u} 个,期初入库 {o} 笔。", "{mode}{c} parts created, {u} updated, {o} opening receipts.",
             mode=str(T("(试运行,未写入)", "(dry run, nothing written) ")) if args.dry_run else "",
             c=outcome.created, u=outcome.updated, o=outcome.opening_receipts)
    print(str(text))
    if outcome.qty_ignored:
        print(str(T("{n} 个已有备件的数量与表中不同:库存只随出入库和盘点变动,未修改。",
                    "{n} existing parts have another quantity in the sheet: stock changes only by moves and "
                    "stocktakes, so it was left alone.", n=outcome.qty_ignored)))
    return 0
