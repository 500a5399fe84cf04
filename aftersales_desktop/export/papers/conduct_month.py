"""The month's conduct summary for payroll: per person entries, fines, rest docked, rewards, net."""

from __future__ import annotations

from collections.abc import Sequence

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries.conduct import EntryRow, MonthSummary
from aftersales_desktop.core.services.conduct import rest_words
from aftersales_desktop.core.vocab import ENTRY_KIND, ROLE
from aftersales_desktop.export.paper import Align, Paper, Signatures, Spacer, Table, Text
from aftersales_desktop.export.papers.common import in_paper_language, shop_header, when, yuan


def rest(half_days: int) -> str:
    """Rest docked as a number of days, e.g. 1.5 (empty when none)."""
    return "" if not half_days else (f"{half_days // 2}" if half_days % 2 == 0 else f"{half_days / 2:.1f}")


@in_paper_language
def conduct_month(summary: MonthSummary, details: Sequence[EntryRow] = ()) -> Paper:
    """The printable summary; `details` (the month's non-void entries) are listed below when given."""
    year, month = summary.month.split("-")
    paper = Paper(
        title=str(T("员工奖罚月度汇总", "Staff conduct — monthly summary")),
        shop=shop_header(),
        subtitle=str(T("{y} 年 {m} 月(作废记录不计)", "{y}-{m} (void entries not counted)", y=year, m=month)),
        page_size="A4",
    )
    headers = [str(x) for x in (
        T("姓名", "Name"), T("岗位", "Role"), T("记录数", "Entries"), T("罚款次数", "Fines"),
        T("罚款金额", "Fines total"), T("扣休(天)", "Rest docked (days)"), T("奖励次数", "Rewards"),
        T("奖励金额", "Rewards total"), T("净额", "Net"),
    )]  # fmt: skip
    rows = [
        [p.name, ROLE.label(p.role), str(p.entries), str(p.fines), yuan(p.fines_fen), rest(p.rest_half_days),
         str(p.rewards), yuan(p.rewards_fen), yuan(p.net_fen)]
        for p in summary.people
    ]  # fmt: skip
    total = [str(T("合计", "Total")), "", str(summary.entries), str(sum(p.fines for p in summary.people)),
             yuan(summary.fines_fen), rest(summary.rest_half_days), str(sum(p.rewards for p in summary.people)),
             yuan(summary.rewards_fen), yuan(summary.net_fen)]  # fmt: skip
    align: list[Align] = ["l", "l", "r", "r", "r", "r", "r", "r", "r"]
    widths = [0.13, 0.12, 0.08, 0.09, 0.13, 0.11, 0.09, 0.12, 0.13]
    if rows:
        paper.add(Table(headers, rows, widths=widths, align=align, total=total))
    else:
        paper.add(Text(str(T("本月没有奖罚记录。", "No conduct entries this month."))))
    paper.add(
        Text(
            str(T("净额 = 奖励金额 − 罚款金额;负数从工资中扣除,正数随工资发放。",
                  "Net = rewards − fines; a negative net is deducted from wages, a positive one paid with them.")),
            style="small",
        )
    )  # fmt: skip
    if details:
        paper.add(Spacer(3), Text(str(T("明细", "Details")), style="heading"))
        paper.add(
            Table(
                [str(x) for x in (T("编号", "No."), T("时间", "When"), T("姓名", "Name"), T("条款", "Rule"),
                                  T("经过", "What happened"), T("类别", "Kind"), T("金额", "Amount"),
                                  T("扣休", "Rest"))],
                [[e.number, when(e.occurred_at), e.staff_name, e.rule_code, e.description,
                  ENTRY_KIND.label(e.kind), yuan(e.amount_fen),
                  str(rest_words(e.rest_half_days)) if e.rest_half_days else ""] for e in details],
                widths=[0.14, 0.15, 0.09, 0.08, 0.29, 0.06, 0.1, 0.09],
                align=["l", "l", "l", "l", "l", "l", "r", "l"],
            )
        )  # fmt: skip
    paper.add(
        Spacer(4),
        Signatures([str(T("制表", "Prepared by")), str(T("服务主任", "Supervisor")), str(T("经理", "Manager"))]),
    )
    return paper
