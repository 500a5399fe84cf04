"""`aftersales-desktop import-parts FILE.xlsx --data-dir DIR [--dry-run] [--skip-bad-rows] [--errors-out FILE]`.

Reads the shop's own parts list, guesses the columns from the header, and writes all rows or none: every refused
row is printed with its row number and reason, and the exit code is then 1. With --skip-bad-rows the good rows go
in and the refused ones are written, with their reasons, to an errors workbook (FILE.errors.xlsx beside the input,
or --errors-out) to fix and import again; the exit code is still 1. A re-import that changes nothing reports the
rows as unchanged and writes nothing. --dry-run writes nothing at all: no database, no errors workbook.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from aftersales_desktop.cli.common import add_data_dir, open_shop, out_path, paths_of, user_errors
from aftersales_desktop.core.i18n import T


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import-parts", help="import the shop's parts list from an Excel file")
    parser.add_argument("file", help="the .xlsx file")
    add_data_dir(parser)
    parser.add_argument("--dry-run", action="store_true", help="check every row and report, write nothing")
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="import the good rows and write the refused ones to an errors workbook")
    parser.add_argument("--errors-out", help="the errors workbook (default: FILE.errors.xlsx beside the input)")
    parser.add_argument("--staff", help="who imports (default: the first active manager)")
    parser.set_defaults(run=run)


def _actor(name: str | None) -> Any:
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

    source = out_path(args.file)
    actor = None
    if not args.dry_run:
        open_shop(args)
        actor = _actor(args.staff)
    elif paths_of(args, create=False).database.exists():  # a dry run reads the shop as it is, changing nothing
        open_shop(args, readonly=True)
        actor = _actor(args.staff)
    report = import_parts_file(actor, source, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows)
    columns = ", ".join(
        f"{FIELDS[k][0]}={report.sheet.headers[c]}" for k, c in report.mapping.items() if c is not None
    )
    print(str(T("表头在第 {r} 行;列:{c}", "Header on row {r}; columns: {c}", r=report.sheet.header_row, c=columns)))
    for error in report.checked.errors:
        print(str(T("第 {r} 行:{m}", "Row {r}: {m}", r=error.row, m=error.reason)), file=sys.stderr)
    if report.refused and not args.dry_run and (args.skip_bad_rows or args.errors_out):
        from aftersales_desktop.export.excel.import_errors import errors_path, write_refused_rows

        target = out_path(args.errors_out) if args.errors_out else errors_path(source)
        written = write_refused_rows(report.sheet, report.checked.errors, target)
        print(str(T("未导入的 {n} 行及原因已写入 {p},改好后可再导入。", "The {n} refused rows and why are in {p}: fix them there "
                    "and import that file.", n=len(report.checked.errors), p=written)), file=sys.stderr)
    if report.refused and not args.skip_bad_rows:
        print(str(T("{n} 行有错误,未导入任何数据。", "{n} rows refused; nothing was imported.", n=len(report.checked.errors))),
              file=sys.stderr)
        return 1
    outcome = report.outcome
    if outcome is None:
        print(str(T("表中没有可导入的数据行。", "The sheet has no rows to import.")))
        return 1 if report.refused else 0
    dry = str(T("(试运行,未写入)", "(dry run, nothing written) ")) if args.dry_run else ""
    print(str(T("{mode}新增 {c} 个备件,更新 {u} 个,未变 {s} 个,期初入库 {o} 笔。",
                "{mode}{c} parts created, {u} updated, {s} unchanged, {o} opening receipts.",
                mode=dry, c=outcome.created, u=outcome.updated, s=outcome.unchanged, o=outcome.opening_receipts)))
    if outcome.qty_ignored:
        print(str(T("{n} 个已有备件的数量与表中不同:库存只随出入库和盘点变动,未修改。",
                    "{n} existing parts have another quantity in the sheet: stock changes only by moves and "
                    "stocktakes, so it was left alone.", n=outcome.qty_ignored)))
    if report.refused:
        print(str(T("{n} 行有错误未导入,其余已导入。", "{n} rows refused; the good rows were imported.",
                    n=len(report.checked.errors))), file=sys.stderr)
        return 1
    return 0
