"""A paper's fields (label and value pairs) are drawn as the Table's own strings where a Paragraph would show the
same one line, and take exactly the room they took as Paragraphs: the page does not move by a point."""

from __future__ import annotations

import subprocess

import pytest
from reportlab.platypus import Paragraph, Table, TableStyle

from aftersales_desktop.export import paper as p
from aftersales_desktop.export.fonts import register_pdf_font
from aftersales_desktop.export.pdf import render

ITEMS = [
    ("客户", "张三"),
    ("问题", "显示E1故障码,开机后三分钟自动停机," * 6),  # wraps
    ("地址", "南京市  玄武区"),  # two spaces: a Paragraph shows one
    ("备注", "<b>不是标记</b> & 符号"),
    ("日期", ""),  # empty: a Paragraph takes no line, a string would; in two columns it ends a short last row
]


def _all_paragraphs(renderer: render._Renderer, block: p.Fields, widths: list[float]) -> Table:
    """The fields table as it was built before: every label and value a Paragraph."""
    cols, cells, row = block.columns, [], []
    for label, value in block.items:
        row += [render._para(label, renderer.st["label"]), render._para(value, renderer.st["normal"])]
        if len(row) == 2 * cols:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * cols - len(row)))
    table = Table(cells, colWidths=widths, splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return table


@pytest.mark.parametrize("size", ["A4", "A5"])
@pytest.mark.parametrize("columns", [1, 2, 3])
def test_fields_are_plain_strings_where_they_fit_and_as_tall_as_paragraphs(size, columns):
    register_pdf_font()
    renderer = render._Renderer(p.Paper(title="t", page_size=size))
    block = p.Fields(ITEMS, columns=columns)
    table = renderer.fields(block)
    cells = [cell for row in table._cellvalues for cell in row]
    by_text = dict(zip([t for pair in ITEMS for t in pair], cells, strict=False))
    assert by_text["客户"] == "客户" and by_text["张三"] == "张三"
    for text in ("南京市  玄武区", "<b>不是标记</b> & 符号", "", ITEMS[1][1]):
        assert isinstance(by_text[text], Paragraph), text
    reference = _all_paragraphs(renderer, block, table._argW)
    assert table.wrap(renderer.width, 1e4) == reference.wrap(renderer.width, 1e4)
    assert table._rowHeights == reference._rowHeights


def test_fields_print_as_typed(tmp_path):
    paper = p.Paper(title="字段", page_size="A5")
    paper.add(p.Fields(ITEMS, columns=2))
    target = render.render_pdf(paper, tmp_path / "fields.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("客户", "张三", "<b>不是标记</b> & 符号", "南京市 玄武区"):
        assert expected in text
