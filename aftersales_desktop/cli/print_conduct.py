"""`print penalty-notice NUMBER` and `print conduct-month YYYY-MM` (--data-dir DIR --out FILE.pdf --user NAME).

Both carry staff data (fines, rewards, per person), so they are printed as a signed-in person: --user NAME and
that person's password (asked, or AFTERSALES_PASSWORD). They see what that person may see in the app.
"""

from __future__ import annotations

import argparse

from aftersales_desktop.cli.common import add_user, open_shop, out_path, paper_parser, signed_in, user_errors


def register(kinds: argparse._SubParsersAction) -> None:
    notice = paper_parser(kinds, "penalty-notice", help="处罚通知单 / 奖励通知单 of one conduct entry")
    notice.add_argument("number", help="the entry number, e.g. JC2026-00012")
    notice.add_argument("--copy", action="store_true", help="stamp it 副本 (a reprint)")
    add_user(notice, required=True)
    notice.set_defaults(run=run_notice)
    month = paper_parser(kinds, "conduct-month", help="the month's fines and rewards per person, for payroll")
    month.add_argument("month", help="YYYY-MM")
    month.add_argument("--details", action="store_true", help="also list every entry of the month")
    add_user(month, required=True)
    month.set_defaults(run=run_month)


@user_errors
def run_notice(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.queries.conduct import entry
    from aftersales_desktop.export.papers.penalty_notice import penalty_notice
    from aftersales_desktop.export.pdf.render import render_pdf

    open_shop(args)  # writable: signing in counts wrong passwords
    actor = signed_in(args)
    row = entry(actor, number=args.number)
    target = render_pdf(penalty_notice(row, copy=args.copy or row.print_count > 0), out_path(args.out))
    print(target)
    return 0


@user_errors
def run_month(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.queries.conduct import entries, month_summary
    from aftersales_desktop.export.papers.conduct_month import conduct_month
    from aftersales_desktop.export.pdf.render import render_pdf

    open_shop(args)
    actor = signed_in(args)
    summary = month_summary(actor, args.month)
    details = ()
    if args.details:
        query = entries(actor, month=args.month, include_void=False)
        details = tuple(reversed(query.fetch(0, query.count())))
    target = render_pdf(conduct_month(summary, details), out_path(args.out))
    print(target)
    return 0
