"""季度维护总结 · 故障分析: the quarter's faults by product model, the most frequent first, and the parts used most
(the rulebook: 总结季度维护内容,发现出现次数过多或影响较大的问题,上报相关部门分析讨论)."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries.quarter_faults import QuarterFaults
from aftersales_desktop.export.paper import Fields, Paper, Signatures, Table, Text
from aftersales_desktop.export.papers.common import in_paper_language, shop_header, when, yuan

TOP_FAULTS = 40
TOP_PARTS = 15


def _t(zh: str, en: str) -> str:
    return str(T(zh, en))


@in_paper_language
def quarter_faults_paper(report: QuarterFaults) -> Paper:
    """The paper for the supervisor's quarterly review: totals, the frequent faults, the parts used most."""
    quarter = report.quarter
    total = report.total()
    paper = Paper(
        title=_t("季度维护总结 · 故障分析", "Quarterly fault analysis"), shop=shop_header(), number=quarter.label,
        subtitle=f"{when(quarter.first)} – {when(quarter.next_first - dt.timedelta(days=1))}", page_size="A4",
    )
    paper.add(Fields([
        (_t("叫修", "Calls"), str(total.calls)),
        (_t("带回维修", "Repairs in the shop"), str(total.repairs)),
        (_t("返修", "Repeat faults"), str(total.repeats)),
        (_t("用料", "Parts used"), _t(f"{total.parts_qty} 件 · 成本 {yuan(total.parts_cost_fen)}",
                                     f"{total.parts_qty} pieces · cost {yuan(total.parts_cost_fen)}")),
    ]))
    paper.add(Text(_t("出现次数最多的故障", "The most frequent faults"), "heading"))
    rows = [[r.product, r.model, r.fault, str(r.calls), str(r.repairs), str(r.repeats) if r.repeats else "",
             str(r.parts_qty) if r.parts_qty else "", yuan(r.parts_cost_fen) if r.parts_cost_fen else ""]
            for r in report.rows[:TOP_FAULTS]]
    paper.add(Table(
        [_t("产品", "Product"), _t("型号", "Model"), _t("故障", "Fault"), _t("叫修", "Calls"), _t("维修", "Repairs"),
         _t("返修", "Repeats"), _t("用料", "Parts"), _t("用料成本", "Parts cost")],
        rows, widths=[0.09, 0.17, 0.26, 0.08, 0.08, 0.08, 0.08, 0.16], align=["l", "l", "l", "r", "r", "r", "r", "r"],
        total=[_t(f"全部 {len(report.rows)} 种故障", f"All {len(report.rows)} faults"), "", "", str(total.calls), str(total.repairs), str(total.repeats),
               str(total.parts_qty), yuan(total.parts_cost_fen)],
    ))
    if len(report.rows) > TOP_FAULTS:
        paper.add(Text(_t(f"另有 {len(report.rows) - TOP_FAULTS} 种故障,见季度工作簿。",
                          f"{len(report.rows) - TOP_FAULTS} more faults are in the quarterly workbook."), "small"))
    if report.parts:
        paper.add(Text(_t("用量最多的配件", "The parts used most"), "heading"))
        paper.add(Table(
            [_t("编码", "Code"), _t("配件", "Part"), _t("数量", "Qty"), _t("成本", "Cost")],
            [[u.code, u.name, str(u.qty), yuan(u.cost_fen)] for u in report.parts[:TOP_PARTS]],
            widths=[0.2, 0.5, 0.12, 0.18], align=["l", "l", "r", "r"],
        ))
    paper.add(Text(_t("出现次数过多或影响较大的问题,上报相关部门分析讨论,避免以后设备出现类似问题。",
                      "Faults that come too often or matter most go to the departments concerned for analysis, so "
                      "the equipment does not show them again."), "small"))
    paper.add(Signatures([_t("服务主任", "Service supervisor"), _t("经理", "Manager")]))
    return paper
