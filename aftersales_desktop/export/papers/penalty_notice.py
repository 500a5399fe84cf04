"""处罚通知单 / 奖励通知单: one conduct entry on paper, with a line for the staff member to sign."""

from __future__ import annotations

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ConductRule, Staff
from aftersales_desktop.core.queries.conduct import EntryRow
from aftersales_desktop.core.services.conduct import rest_words
from aftersales_desktop.core.vocab import CONDUCT_AREA, ROLE
from aftersales_desktop.export.paper import Fields, Paper, Signatures, Spacer, Text
from aftersales_desktop.export.papers.common import in_paper_language, page_size, shop_header, when, yuan


def penalty_lines(entry: EntryRow) -> list[str]:
    """The penalty (or reward) of an entry in words, one item per line."""
    lines: list[str] = []
    if entry.amount_fen:
        if entry.kind == "reward":
            lines.append(str(T("奖励 {a}", "Reward {a}", a=yuan(entry.amount_fen))))
        else:
            lines.append(str(T("罚款 {a}", "Fine {a}", a=yuan(entry.amount_fen))))
    if entry.rest_half_days:
        lines.append(str(rest_words(entry.rest_half_days)))
    if entry.self_criticism:
        lines.append(str(T("在班会上作书面检讨", "A written self-criticism at the staff meeting")))
    if entry.dismissal:
        lines.append(str(T("开除处理", "Dismissal")))
    return lines or [str(T("记录在案", "On record"))]


@in_paper_language
def penalty_notice(entry: EntryRow, copy: bool = False) -> Paper:
    """The notice for one entry; rewards get the reward wording, voided entries say so in large type."""
    reward = entry.kind == "reward"
    person = Staff.get_by_id(entry.staff_id)
    paper = Paper(
        title=str(T("奖励通知单", "Reward notice") if reward else T("处罚通知单", "Penalty notice")),
        shop=shop_header(),
        number=entry.number,
        subtitle=str(T("员工奖罚制度", "Staff conduct rules")),
        page_size=page_size(),
        copy=copy,
    )
    step = str(T("(本期第 {n} 次)", " (time {n} in the period)", n=entry.ladder_step)) if entry.ladder_step else ""
    paper.add(
        Fields(
            [
                (str(T("员工", "Staff member")), entry.staff_name),
                (str(T("岗位", "Role")), ROLE.label(person.role)),
                (str(T("发生时间", "When")), when(entry.occurred_at)),
                (str(T("类别", "Area")), CONDUCT_AREA.label(entry.area)),
            ]
        ),
        Fields(
            [
                (str(T("条款", "Rule")), f"{entry.rule_code} {entry.rule_title}"),
                (str(T("依据", "Source")), _source(entry)),
                (str(T("经过", "What happened")), entry.description),
                (str(T("奖励" if reward else "处理", "Reward" if reward else "Penalty")), "\n".join(penalty_lines(entry)) + step),
            ],
            columns=1,
        ),
    )
    if reward:
        wording = T(
            "{n} 同志表现突出,特此表扬,奖励随当月工资发放。望继续发扬。",
            "{n} is commended; the reward is paid with this month's wages.",
            n=entry.staff_name,
        )
    else:
        wording = T(
            "以上事实经核实,依据本店员工奖罚制度作出上述处理,罚款从当月工资中扣除。如有异议,请向服务主任或经理提出。",
            "The facts above were checked; under the shop's conduct rules this penalty applies and any fine is "
            "deducted from this month's wages. Raise any objection with the supervisor or the manager.",
        )
    paper.add(Spacer(2), Text(str(wording)))
    if entry.voided_at:
        paper.add(
            Text(str(T("已作废", "VOID")), style="big", align="c"),
            Text(str(T("作废时间 {t},原因:{r}", "Voided {t}: {r}", t=when(entry.voided_at), r=entry.void_reason))),
        )
    paper.add(
        Fields(
            [
                (str(T("记录人", "Recorded by")), entry.recorded_by),
                (str(T("记录时间", "Recorded")), when(entry.recorded_at)),
                (str(T("签收时间", "Acknowledged")), when(entry.acknowledged_at)),
            ],
            columns=2,
        ),
        Spacer(3),
        Signatures(
            [
                str(T("员工签收", "Staff member's signature")),
                str(T("服务主任", "Supervisor")),
                str(T("经理", "Manager")),
            ]
        ),
    )
    return paper


def _source(entry: EntryRow) -> str:
    rule = ConductRule.get_or_none(ConductRule.id == entry.rule_id)
    return rule.source if rule else ""
