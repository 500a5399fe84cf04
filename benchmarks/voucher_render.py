"""How long does one service voucher (服务凭证) take to render, and how big is the PDF?

    .venv/bin/python benchmarks/voucher_render.py [--repeat 30] [--page A5|A4]

Makes a small shop in a temporary folder (one call, dispatched, visited with fees), then, alternating,
`--repeat` times:
  * ours:      call_detail(id) → voucher_paper(...) → render_pdf_bytes(...) — reading the call from the
               database, building the Paper and rendering it with the embedded CJK font subset;
  * reportlab: a comparable page drawn directly on a reportlab canvas (same font, header, barcode,
               fields, ruled tables, signature boxes, terms) — the hand-written way, no Paper model.
Prints the median time per voucher, the PDF sizes and the ratio ours / reportlab.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.services.call_visits import record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.customers import add_product, create_customer
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.setup import set_up_shop
from aftersales_desktop.core.services.staff import create_staff
from aftersales_desktop.export.fonts import FONT_NAME, register_pdf_font
from aftersales_desktop.export.papers.voucher import voucher_paper
from aftersales_desktop.export.pdf.render import render_pdf_bytes


def make_call(page: str) -> int:
    """A shop with one visited paid call; returns the call's id."""
    clock.set_now(dt.datetime(2026, 3, 11, 11, 0))
    manager = set_up_shop("好邻居家电售后服务部", "南京市玄武区中山路 128 号", "025-84561234", "张经理", "1234")
    update_settings(manager, {"voucher_page_size": page})
    supervisor = create_staff(manager, "李主任", "supervisor", "1234")
    clerk = create_staff(manager, "陈晓燕", "clerk", "1234")
    tech = create_staff(manager, "赵志强", "technician", "1234")
    customer = create_customer(clerk, name="王小明", phone="13912345678", address="南京市玄武区中山路 1 号", area="city")
    product = add_product(clerk, customer.id, name="空调", model="KFR-35GW/BP3", serial="A2401000123",
                          warranty_end=dt.date(2025, 5, 1))  # fmt: skip
    call = register_call(clerk, received_at=dt.datetime(2026, 3, 10, 16, 30), channel="phone",
                         problem="空调不制冷,外机有异响,开机十分钟后自动停机", customer_id=customer.id, product_id=product.id)  # fmt: skip
    dispatch_call(supervisor, call.id, tech.id)
    record_visit(tech, call.id, arrived_at=dt.datetime(2026, 3, 11, 9, 10), finished_at=dt.datetime(2026, 3, 11, 10, 0),
                 work_done="更换启动电容,清洗外机", result="fixed", labour_fen=5000, travel_fen=2000, parts_fen=3550,
                 collected_on_site=True)  # fmt: skip
    return call.id


def ours(call_id: int) -> bytes:
    return render_pdf_bytes(voucher_paper(call_detail(call_id)))


def bare_reportlab(page: str) -> bytes:
    """A comparable voucher drawn by hand on a reportlab canvas."""
    register_pdf_font()
    size = A5 if page == "A5" else A4
    w, h = size
    m = 10 * mm
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size)
    c.setFont(FONT_NAME, 10)
    c.drawString(m, h - m - 4 * mm, "好邻居家电售后服务部")
    c.setFont(FONT_NAME, 7)
    c.drawString(m, h - m - 8.5 * mm, "南京市玄武区中山路 128 号    ☎ 025-84561234")
    bar = code128.Code128("PZ2026-00001", barHeight=8 * mm, barWidth=0.3 * mm, humanReadable=False)
    bar.drawOn(c, w - m - bar.width, h - m - 10 * mm)
    c.setFont(FONT_NAME, 9)
    c.drawRightString(w - m, h - m - 14 * mm, "No. PZ2026-00001")
    c.setFont(FONT_NAME, 16)
    c.drawCentredString(w / 2, h - m - 17 * mm, "服务凭证")
    c.line(m, h - m - 23 * mm, w - m, h - m - 23 * mm)
    fields = [("客户", "王小明"), ("电话", "13912345678"), ("地址", "南京市玄武区中山路 1 号"), ("区域", "市区"),
              ("产品", "空调 KFR-35GW/BP3"), ("机身编号", "A2401000123"), ("服务类别", "有费服务"),
              ("保修截止", "2025-05-01"), ("叫修时间", "2026-03-10 16:30 电话"), ("技术员", "赵志强"),
              ("到达时限", "2026-03-11 15:00"), ("到达时间", "2026-03-11 09:10")]  # fmt: skip
    y = h - m - 30 * mm
    col = (w - 2 * m) / 2
    for i, (label, value) in enumerate(fields):
        x = m + (i % 2) * col
        c.setFont(FONT_NAME, 7.5)
        c.drawString(x, y, label)
        c.setFont(FONT_NAME, 8.8)
        c.drawString(x + 18 * mm, y, value)
        c.line(x + 18 * mm, y - 1.5 * mm, x + col - 2 * mm, y - 1.5 * mm)
        if i % 2:
            y -= 6 * mm
    c.drawString(m, y, "故障情况  空调不制冷,外机有异响,开机十分钟后自动停机")
    y -= 8 * mm
    for rows, cols in ((5, [0.08, 0.72, 0.2]), (2, [0.15, 0.15, 0.15, 0.17, 0.38])):
        x0 = m
        for r in range(rows + 1):
            c.line(m, y - r * 7 * mm, w - m, y - r * 7 * mm)
        for frac in [0.0, *[sum(cols[: i + 1]) for i in range(len(cols))]]:
            x0 = m + frac * (w - 2 * m)
            c.line(x0, y, x0, y - rows * 7 * mm)
        c.drawString(m + 2 * mm, y - 5 * mm, "序号  处理情况及更换配件(名称、数量)  金额")
        c.drawString(m + 2 * mm, y - 12 * mm, "1  更换启动电容,清洗外机(现场修复)  ¥105.50")
        y -= rows * 7 * mm + 4 * mm
    for i, label in enumerate(["客户签字(确认服务完成)", "技术员签字"]):
        x = m + i * col
        c.rect(x, y - 26 * mm, col, 26 * mm)
        c.drawString(x + 2 * mm, y - 4 * mm, label)
        c.drawString(x + 2 * mm, y - 24 * mm, "日期:      年    月    日")
    c.setFont(FONT_NAME, 7)
    c.drawString(m, m + 6 * mm, "1. 凭本凭证享受保修服务;2. 请核对维修内容与费用后签字;3. 如有意见请致电本店服务部。")
    c.showPage()
    c.save()
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--page", choices=["A5", "A4"], default="A5")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        open_database(data_paths(folder).ensure().database)
        try:
            call_id = make_call(args.page)
            ours(call_id), bare_reportlab(args.page)  # warm up: fonts loaded and subset code imported once
            paper = voucher_paper(call_detail(call_id))
            times: dict[str, list[float]] = {"ours": [], "render": [], "reportlab": []}
            sizes: dict[str, int] = {}
            runs = (("ours", lambda: ours(call_id)), ("render", lambda: render_pdf_bytes(paper)),
                    ("reportlab", lambda: bare_reportlab(args.page)))  # fmt: skip
            for _ in range(args.repeat):
                for name, run in runs:
                    start = time.perf_counter()
                    data = run()
                    times[name].append(time.perf_counter() - start)
                    sizes[name] = len(data)
        finally:
            close_database()
            clock.set_now(None)
    med = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"voucher ({args.page}), median of {args.repeat}:")
    print(f"  ours (read call + Paper + render): {med['ours']:7.1f} ms   PDF {sizes['ours'] / 1024:6.1f} KiB")
    print(f"  of which rendering the Paper:      {med['render']:7.1f} ms")
    print(f"  bare reportlab canvas:             {med['reportlab']:7.1f} ms   PDF {sizes['reportlab'] / 1024:6.1f} KiB")
    print(f"  ratio ours / reportlab:            {med['ours'] / med['reportlab']:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
