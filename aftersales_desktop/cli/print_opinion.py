"""`print survey-cards YYYY-MM-DD`, `print expiry-notice CONTRACT_NO`, `print complaint-reply NUMBER`.

The survey cards printed are those due on the day (calls closed the day before); missing cards are prepared
first, as the system, and the printed ones are marked sent. The letters are only drawn, never recorded:
recording who sent a notice needs a signed-in person in the app.
"""

from __future__ import annotations

import argparse
import datetime as dt

from aftersales_desktop.cli.common import (
    day_argument,
    open_shop,
    out_path,
    paper_parser,
    user_errors,
    write_paper,
)
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T


def register(kinds: argparse._SubParsersAction) -> None:
    cards = paper_parser(kinds, "survey-cards", help="客户意见调查卡: the cards due on a day (prepared if needed)")
    cards.add_argument("day", help="the day the cards are due, YYYY-MM-DD (calls closed the day before)")
    cards.add_argument("--per-page", type=int, choices=[1, 2], default=2, help="cards per A4 page (default 2)")
    cards.set_defaults(run=run_cards)
    notice = paper_parser(kinds, "expiry-notice", help="保养到期通知书 for one maintenance contract")
    notice.add_argument("number", help="the contract number, e.g. BY2026-00003")
    notice.add_argument("--copy", action="store_true", help="stamp it 副本 (a reprint)")
    notice.set_defaults(run=run_notice)
    reply = paper_parser(kinds, "complaint-reply", help="the reply letter to a complaining customer")
    reply.add_argument("number", help="the complaint number, e.g. TS2026-00007")
    reply.set_defaults(run=run_reply)


def _day(text: str) -> dt.date:
    try:
        return day_argument(text)
    except argparse.ArgumentTypeError as exc:
        raise ValidationError(T("日期“{v}”应写成 YYYY-MM-DD(1900–2999 年)。", "The date '{v}' should be YYYY-MM-DD "
                                "(years 1900–2999).", v=text[:20])) from exc


@user_errors
def run_cards(args: argparse.Namespace) -> int:
    from peewee import JOIN

    from aftersales_desktop.core.models import Customer, Product, ServiceCall, Staff, SurveyCard
    from aftersales_desktop.core.services.surveys import mark_sent, prepare_cards
    from aftersales_desktop.export.papers.survey_card import survey_cards_paper
    from aftersales_desktop.export.pdf.render import render_pdf

    day = _day(args.day)
    open_shop(args)
    prepare_cards(None, day - dt.timedelta(days=1))
    # each card with its call, the call's customer and product, and the technician, in one statement
    cards = list(SurveyCard.select(SurveyCard, ServiceCall, Customer, Product, Staff)
                 .join(ServiceCall)
                 .join_from(ServiceCall, Customer, JOIN.LEFT_OUTER)
                 .join_from(ServiceCall, Product, JOIN.LEFT_OUTER)
                 .join_from(SurveyCard, Staff, JOIN.LEFT_OUTER, on=(SurveyCard.technician == Staff.id))
                 .where(SurveyCard.due_on == day).order_by(SurveyCard.id))  # fmt: skip
    copies = {c.id for c in cards if c.sent_at is not None}
    paper = survey_cards_paper(cards, per_page=args.per_page, copies=copies, subtitle=_subtitle(day, len(cards)))
    target = render_pdf(paper, out_path(args.out))
    mark_sent(None, [c.id for c in cards if c.id not in copies], "print")
    print(target)
    return 0


def _subtitle(day: dt.date, count: int) -> str:
    return str(T("{d} 应发 · 共 {n} 张", "Due {d} · {n} card(s)", d=day.isoformat(), n=count))


@user_errors
def run_notice(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.models import ContractFollowUp
    from aftersales_desktop.core.services.contracts import find_contract
    from aftersales_desktop.export.papers.expiry_notice import expiry_notice_paper
    from aftersales_desktop.export.pdf.render import render_pdf

    open_shop(args, readonly=True)
    contract = find_contract(args.number)
    printed = (
        ContractFollowUp.select()
        .where((ContractFollowUp.contract == contract.id) & ContractFollowUp.notice_printed)
        .exists()
    )
    print(render_pdf(expiry_notice_paper(contract, copy=args.copy or printed), out_path(args.out)))
    return 0


@user_errors
def run_reply(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.services.complaints import find_complaint
    from aftersales_desktop.export.papers.complaint_reply import complaint_reply_paper

    return write_paper(args, lambda: complaint_reply_paper(find_complaint(args.number)))
