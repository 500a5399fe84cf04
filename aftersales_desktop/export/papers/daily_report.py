"""技术员工作日报表 (one technician's jobs of a day) and 服务主任日报表 (every technician by kind, with totals)."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries.daily_reports import KINDS, SupervisorDay, TechnicianDay
from aftersales_desktop.core.vocab import CALL_KIND
from aftersales_desktop.export.paper import Align, Fields, Paper, Signatures, Table, Text
from aftersales_desktop.export.papers.common import in_paper_language, shop_header

SOURCE = {
    "visit": T("上门", "On site"),
    "repair": T("店修", "Shop repair"),
    "general": T("一般工作", "General work"),
}


def hours(minutes: int) -> str:
    """155 -> '2:35' (hours:minutes), the way the shop writes time on its reports."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def _weekday(day: dt.date) -> str:
    return str(T("星期" + "一二三四五六日"[day.weekday()], day.strftime("%A")))


@in_paper_language
def technician_report(report: TechnicianDay) -> Paper:
    """One technician's day: each job with its kind and minutes, totals by kind, signatures."""
    paper = Paper(
        title=str(T("技术员工作日报表", "Technician daily work report")),
        shop=shop_header(),
        subtitle=f"{report.day.isoformat()} {_weekday(report.day)}",
    )
    paper.add(Fields([
        (str(T("技术员", "Technician")), report.technician),
        (str(T("日期", "Date")), report.day.isoformat()),
    ]))
    rows = [
        [
            f"{j.start:%H:%M}–{j.end:%H:%M}", str(SOURCE[j.source]), CALL_KIND.label(j.kind), j.reference, j.what,
            str(j.minutes),
        ]
        for j in report.jobs
    ]
    paper.add(Table(
        [str(T("时间", "Time")), str(T("工作", "Job")), str(T("类别", "Kind")), str(T("单号", "Ref.")),
         str(T("内容", "What")), str(T("分钟", "Min"))],
        rows,
        widths=[0.14, 0.1, 0.12, 0.16, 0.38, 0.1],
        align=["l", "l", "l", "l", "l", "r"],
        total=["", "", "", "", str(T("合计", "Total")), str(report.total_minutes)],
        min_rows=3,
    ))
    by_kind = report.minutes_by_kind
    paper.add(Text(str(T("按类别汇总", "By kind of work")), "heading"))
    paper.add(Table(
        [CALL_KIND.label(k) for k in KINDS] + [str(T("合计(时:分)", "Total (h:mm)"))],
        [[hours(by_kind[k]) for k in KINDS] + [hours(report.total_minutes)]],
        align=["r"] * (len(KINDS) + 1),
    ))
    paper.add(Signatures([str(T("技术员签字", "Technician")), str(T("服务主任审核", "Checked by the supervisor"))]))
    return paper


@in_paper_language
def supervisor_report(report: SupervisorDay) -> Paper:
    """The supervisor's day: one line per technician, minutes by kind, totals that add up."""
    paper = Paper(
        title=str(T("服务主任日报表", "Supervisor daily report")),
        shop=shop_header(),
        subtitle=f"{report.day.isoformat()} {_weekday(report.day)}",
    )
    headers = [str(T("技术员", "Technician")), str(T("件数", "Jobs"))]
    headers += [CALL_KIND.label(k) for k in KINDS] + [str(T("合计", "Total"))]
    rows = [
        [line.technician, str(line.jobs)] + [hours(line.minutes_by_kind.get(k, 0)) for k in KINDS]
        + [hours(line.total_minutes)]
        for line in report.lines
    ]
    totals = report.totals_by_kind
    align: list[Align] = ["l", "r"]
    align.extend(["r"] * (len(KINDS) + 1))
    paper.add(Text(str(T("各技术员工时(时:分),按服务类别", "Each technician's time (h:mm) by kind of work")), "small"))
    paper.add(Table(
        headers,
        rows,
        widths=[0.2, 0.1] + [0.14] * len(KINDS) + [0.14],
        align=align,
        total=[str(T("合计", "Total")), str(report.jobs)] + [hours(totals[k]) for k in KINDS]
        + [hours(report.total_minutes)],
    ))
    paper.add(Signatures([str(T("服务主任", "Service supervisor")), str(T("经理", "Manager"))]))
    return paper
