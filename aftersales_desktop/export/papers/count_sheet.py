"""盘点表: the monthly stocktake count sheet (blank count column) or, once counted, the variance report."""

from __future__ import annotations

from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Stocktake
from aftersales_desktop.core.queries.stocktake import stocktake_lines
from aftersales_desktop.core.vocab import STOCKTAKE_STATUS
from aftersales_desktop.export.paper import Align, Fields, Paper, Signatures, Table, Text
from aftersales_desktop.export.papers.common import in_paper_language, shop_header, when, yuan


def find_stocktake(number: str) -> Stocktake:
    take = Stocktake.get_or_none(Stocktake.number == (number or "").strip().upper())
    if take is None:
        raise NotFound(T("找不到盘点 {n}。", "No stocktake {n}.", n=number))
    return take


@in_paper_language
def count_sheet(take: Stocktake, variance: bool = False) -> Paper:
    """Every part (by bin) and tool with its book quantity. While the stocktake is open it is the blank form
    to count on (and says so); once posted it prints what was counted and the differences. `variance` lists
    only the lines that differ (盘点差异表)."""
    take = Stocktake.get_by_id(take.id)  # as stored now: posted or still being counted
    rows = stocktake_lines(take.id)
    counted = variance or take.status == "posted"
    if variance:
        title = T("盘点差异表", "Stocktake variance report")
    elif counted:
        title = T("盘点表(盘点结果)", "Stocktake count sheet (as counted)")
    else:
        title = T("盘点表(空白,手工填写)", "Stocktake count sheet (blank, to fill in)")
    paper = Paper(
        title=str(title), shop=shop_header(), number=take.number, page_size="A4",
        subtitle=str(T("{p} 月度盘点 · {s}", "{p} monthly stocktake · {s}", p=take.period, s=STOCKTAKE_STATUS.text(take.status))),
    )
    paper.add(Fields([
        (str(T("开始", "Started")), when(take.started_at)),
        (str(T("盘点人", "Started by")), take.started_by.name),
        (str(T("过账", "Posted")), when(take.posted_at)),
        (str(T("过账人", "Posted by")), take.posted_by.name if take.posted_by else ""),
    ], columns=2))
    if not counted:
        paper.add(Text(str(T(
            "空白盘点表:请逐项清点,在“实盘数”栏填写实际数量;录入系统并过账后,盘点结果见盘点差异表。",
            "Blank counting form: count each line and write the quantity found under 'Counted'; once entered and "
            "posted, the result is on the variance report.")), "small"))
    headers = [str(T(*h)) for h in (("序号", "#"), ("编码", "Code"), ("名称", "Name"), ("库位", "Bin"),
                                    ("单位", "Unit"), ("账面数", "Book"), ("实盘数", "Counted"), ("差异", "Diff"),
                                    ("差异金额", "Value diff"), ("备注", "Note"))]
    body: list[list[str]] = []
    total_value = 0
    for index, row in enumerate(r for r in rows if not variance or r.diff_qty):
        found = "" if row.counted_qty is None or not counted else str(row.counted_qty)
        diff = f"{row.diff_qty:+d}" if counted and row.diff_qty else ""
        value = yuan(row.diff_value_fen) if counted and row.diff_qty else ""
        total_value += (row.diff_value_fen or 0) if counted else 0
        note = row.note or (str(T("工具", "tool")) if row.kind == "tool" else "")
        body.append([str(index + 1), row.code, row.name, row.bin_location, row.unit, str(row.expected_qty), found,
                     diff, value, note])
    # the line number takes three digits on one line (a cabinet has a few hundred lines; 5 % wrapped 129 as 12/9)
    widths = [0.065, 0.12, 0.21, 0.08, 0.06, 0.08, 0.09, 0.07, 0.125, 0.10]
    align: list[Align] = ["r", "l", "l", "l", "c", "r", "r", "r", "r", "l"]
    total = None
    if counted:
        differing = sum(1 for r in rows if r.diff_qty)
        total = ["", str(T("合计", "Total")), str(T("{n} 项有差异", "{n} lines differ", n=differing)), "", "", "",
                 "", "", yuan(total_value), ""]
    paper.add(Table(headers, body, widths=widths, align=align, total=total, min_rows=0 if counted else 3))
    if counted and not any(r.diff_qty for r in rows):
        paper.add(Text(str(T("账实相符,无差异。", "Book and count agree: no differences."))))
    paper.add(Signatures([str(T("盘点人", "Counted by")), str(T("复核人", "Checked by")), str(T("服务主任", "Supervisor"))]))
    return paper
