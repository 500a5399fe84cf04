"""A block a paper shows more than once (the rating grid, comment box and signature line of each of a day's
survey cards) is built and drawn once, as a PDF form, and placed by reference, and so is the page furniture
from the second page on: the pages look exactly as when every copy was drawn on its own, word for word and
pixel for pixel, also where a copy is split across pages."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, SimpleDocTemplate

from aftersales_desktop.export import paper as p
from aftersales_desktop.export.pdf import render

GRID = p.Table(["评价项目", "很满意", "满意", "不太满意", "不满意"],
               [[item, "□", "□", "□", "□"] for item in ("态度", "技术", "到达时间", "答应事情的办理")],
               widths=[0.32, 0.17, 0.17, 0.17, 0.17], align=["l", "c", "c", "c", "c"])  # fmt: skip
SIGN = p.Fields([("客户签名", ""), ("日期", "")], columns=2)
NOTE = p.Text("敬请您对本次上门服务的技术员作出评价,在相应的方框内打“√”:", "small")
LONG = p.Table(["行", "内容"], [[str(n), f"第 {n} 行"] for n in range(70)], widths=[0.2, 0.8])  # over a page


class _EachOnItsOwn(render._Renderer):
    """The renderer as it was: every block built and drawn where it stands, the furniture on every page."""

    def story(self) -> list[Flowable]:
        return [f for block in self.paper.blocks for f in self.block(block)]

    def decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self.furniture(canvas)
        canvas.setFillColor(render.GREY)
        canvas.setFont(render.FONT_NAME, 7 * self.scale)
        canvas.drawRightString(self.pagesize[0] - self.margin, self.margin, f"{doc.page}")
        canvas.restoreState()


def _pdf(renderer: render._Renderer) -> bytes:
    out = io.BytesIO()
    render.register_pdf_font()
    doc = SimpleDocTemplate(out, pagesize=renderer.pagesize, leftMargin=renderer.margin,
                            rightMargin=renderer.margin, topMargin=renderer.margin + renderer.header_h,
                            bottomMargin=renderer.margin + renderer.footer_h, invariant=1)  # fmt: skip
    doc.build(renderer.story(), onFirstPage=renderer.decorate, onLaterPages=renderer.decorate)
    return out.getvalue()


def _words(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _pixels(pdf: Path, tmp_path: Path) -> list[bytes]:
    stem = tmp_path / pdf.stem
    subprocess.run(["pdftoppm", "-r", "60", "-gray", str(pdf), str(stem)], check=True)
    return [page.read_bytes() for page in sorted(tmp_path.glob(f"{pdf.stem}-*.pgm"))]


def _cards(count: int) -> p.Paper:
    paper = p.Paper(title="客户意见调查卡", shop=p.ShopHeader("好邻居家电售后服务部", "中山路 128 号", "025-8456 1234"),
                    number="DC2026-00001", subtitle="2026-11-28 应发", copy=True, footer="感谢您的宝贵意见!" * 9)
    for n in range(count):  # two cards a page, as the survey cards are printed
        paper.add(p.PageBreak() if n % 2 == 0 and n else p.CutLine("沿此线剪开"))
        paper.add(p.Text(f"调查卡编号 DC2026-{n:05d}", "heading"), p.Fields([("叫修单号", f"JX2026-{n:05d}")]),
                  NOTE, GRID, SIGN)
    paper.add(p.PageBreak())
    paper.add(LONG, p.Text("两份长表之间"), LONG)
    return paper


def test_repeated_blocks_are_drawn_once_and_the_pages_look_the_same(tmp_path):
    paper = _cards(9)
    shared, alone = tmp_path / "shared.pdf", tmp_path / "alone.pdf"
    shared.write_bytes(_pdf(render._Renderer(paper)))
    alone.write_bytes(_pdf(_EachOnItsOwn(paper)))

    words = _words(shared)
    assert words == _words(alone)
    # each card's grid; the last row of both long tables (its number and "第 69 行")
    assert words.count(">很满意<") == 9 and words.count(">69<") == 2 * 2 and words.count(">两份长表之间<") == 1
    assert _pixels(shared, tmp_path) == _pixels(alone, tmp_path)

    reader = PdfReader(shared)
    forms = {name for page in reader.pages for name in page["/Resources"].get("/XObject", {})}
    contents = [page.get_contents().get_data() for page in reader.pages]
    # the note, the grid and the signature line (the long table is split, not placed), and the furniture
    assert len(forms) == 4 and "/FormXob.Furniture" in forms, forms
    assert sum(len(re.findall(rb"/FormXob\.Block\S* Do", page)) for page in contents) == 3 * 9
    assert [len(re.findall(rb"/FormXob\.Furniture Do", page)) for page in contents] == [0] + [1] * (len(contents) - 1)
    own = b"".join(page.get_contents().get_data() for page in PdfReader(alone).pages)
    assert b"/FormXob" not in own
