"""A paper never fails to print: long text wraps and flows onto further pages in both renderers (reportlab and
the Qt painter), and a print is counted only once the paper exists."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from aftersales_desktop.cli import main
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.models import Voucher
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.services.calls import register_call
from aftersales_desktop.export import paper as p
from aftersales_desktop.export.papers.voucher import voucher_paper
from aftersales_desktop.export.pdf.render import render_pdf
from aftersales_desktop.gui.printing import print_to_pdf_file
from tests.factories import make_customer

LINES_37 = "\n".join(f"第{n:02d}行:压缩机启动后三分钟停机" for n in range(1, 38))
CHARS_1225 = "\n".join(("空调外机异响,室内机滴水,遥控失灵。" * 70)[n:n + 25] for n in range(0, 1225, 25))
CHARS_2000 = ("空调外机异响,室内机滴水,遥控失灵。" * 120)[:2000]  # the longest problem text the register takes


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def all_there(expected: str, printed: str) -> bool:
    """Every character of `expected` is on the paper as often as in the text (the page furniture that a page
    break puts in between does not matter): nothing was clipped or dropped."""
    return all(printed.count(ch) >= expected.count(ch) for ch in set(squeezed(expected)))


def renderers(qapp, paper: p.Paper, folder: Path) -> dict[str, Path]:
    return {"reportlab": render_pdf(paper, folder / "reportlab.pdf"), "qt": print_to_pdf_file(paper, folder / "qt.pdf")}


@pytest.fixture
def long_call(shop):
    def make(problem: str):
        _, product = make_customer(shop.clerk, phone=f"1391234{len(problem):04d}")
        return register_call(shop.clerk, received_at=dt.datetime(2026, 3, 11, 9, 30), channel="phone", problem=problem,
                             customer_id=product.customer_id, product_id=product.id)
    return make


@pytest.mark.parametrize("problem", [LINES_37, CHARS_1225, CHARS_2000],
                         ids=["37 lines", "1225 characters", "2000 characters"])
def test_a_voucher_with_a_long_problem_flows_onto_a_second_page(qapp, long_call, tmp_path, problem):
    call = long_call(problem)
    for name, pdf in renderers(qapp, voucher_paper(call_detail(call.id)), tmp_path).items():
        pages = pdf_pages(pdf)
        assert len(pages) >= 2, name
        text = squeezed("".join(pages))
        assert all_there(problem, text), name  # nothing clipped at the foot of the page
        assert all(squeezed(line) in text for line in problem.splitlines() if len(line) < 30), name
        assert "客户签字" in squeezed(pages[-1]), name  # the rest of the voucher follows the problem


def test_a_table_row_longer_than_a_page_continues_on_the_next(qapp, tmp_path):
    paper = p.Paper(title="维修记录", page_size="A5")
    long_work = "\n".join(f"步骤{n}:拆机检查、更换电容、试机" for n in range(90))
    paper.add(p.Table(["序号", "处理情况", "金额"], [["1", long_work, "50.00"], ["2", "复查", "0.00"]],
                      widths=[0.1, 0.7, 0.2], align=["c", "l", "r"], min_rows=5, total=["", "合计", "50.00"]))
    for name, pdf in renderers(qapp, paper, tmp_path).items():
        pages = pdf_pages(pdf)
        assert len(pages) >= 3, name
        text = squeezed("".join(pages))
        assert all(f"步骤{n}:" in text for n in range(90)), name
        assert "复查" in text and "合计" in squeezed(pages[-1]), name
        assert all("处理情况" in page for page in pages), name  # the header row repeats on every page


def test_one_word_longer_than_the_line_and_a_page_of_empty_lines_still_print(qapp, tmp_path):
    paper = p.Paper(title="测试", page_size="A5", footer="条款" * 200)
    paper.add(p.Fields([("型号", "X" * 3000), ("备注", "\n" * 150 + "末尾")], columns=2),
              p.Text("长" * 4000), p.Signatures(["客户签字" * 20, "技术员签字"]))
    for name, pdf in renderers(qapp, paper, tmp_path).items():
        text = squeezed("".join(pdf_pages(pdf)))
        assert text.count("X") >= 3000 and "末尾" in text and text.count("长") >= 4000, name


def test_a_failed_print_is_not_counted(long_call, data_dir, tmp_path, capsys):
    call = long_call("空调不制冷")
    close_database()
    argv = ["print", "voucher", call.number, "--data-dir", str(data_dir)]
    assert main([*argv, "--out", str(tmp_path / "no" / "such" / "folder" / "v.pdf")]) == 1
    assert "不存在" in capsys.readouterr().err
    open_database(data_paths(data_dir).database)
    assert Voucher.get(Voucher.call == call.id).print_count == 0
    close_database()

    assert main([*argv, "--out", str(tmp_path / "v.pdf")]) == 0
    assert "副本" not in "".join(pdf_pages(tmp_path / "v.pdf"))  # the first real print is the original
    assert main([*argv, "--out", str(tmp_path / "v2.pdf")]) == 0
    assert "副本" in "".join(pdf_pages(tmp_path / "v2.pdf"))
    open_database(data_paths(data_dir).database)
    assert Voucher.get(Voucher.call == call.id).print_count == 2
