"""Printing a Paper through Qt: to a PDF file via QPrinter (the stand-in for the shop's printer), read back."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from aftersales_desktop.export import paper as p
from aftersales_desktop.gui import printing

LONG_ADDRESS = "浙江省杭州市西湖区文三路一百二十八号华星科技大厦东楼十七层一七零八室靠电梯左手第二间"


def voucher(size: str = "A5", rows: int = 3, copy: bool = False) -> p.Paper:
    paper = p.Paper(
        "上门服务凭证",
        p.ShopHeader("明亮家电售后服务部", "人民路88号", "0571-88886666"),
        number="FW-2026-000123",
        subtitle="客户联",
        page_size=size,  # type: ignore[arg-type]
        copy=copy,
        footer="保修条款:本凭证为上门服务收费依据,请妥善保管;更换的配件保修三个月。",
    )
    return paper.add(
        p.Fields([("客户", "王小明"), ("电话", "13800138000"), ("地址", LONG_ADDRESS), ("机型", "海尔BCD-216")]),
        p.Text("故障描述:冰箱不制冷,压缩机不启动。" * 6),
        p.Table(
            ["配件", "数量", "金额"],
            [[f"配件第{i:03d}行", "1", "¥12.00"] for i in range(1, rows + 1)],
            widths=[0.6, 0.2, 0.2],
            align=["l", "r", "r"],
            total=["合计", str(rows), f"¥{12 * rows}.00"],
        ),
        p.Signatures(["客户签字", "技术员签字"]),
        p.CutLine("沿此线剪开"),
        p.Barcode("FW-2026-000123"),
    )


def pdf_text(path: Path, page: int | None = None, raw: bool = False) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, *(["-raw"] if raw else []), str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(("size", "points"), [("A5", "420 x 595"), ("A4", "595 x 842")])
def test_a_voucher_prints_on_its_page_size_with_chinese_text(qapp, tmp_path, size, points):
    out = printing.print_to_pdf_file(voucher(size, copy=True), tmp_path / "voucher.pdf")

    info = pdf_info(out)
    assert points in info["Page size"]
    text = pdf_text(out)
    for words in ["明亮家电售后服务部", "上门服务凭证", "FW-2026-000123", "副本", "王小明", "客户签字", "沿此线剪开", "合计"]:
        assert words in text
    flat = squeezed(pdf_text(out, raw=True))  # in drawing order, so a wrapped cell reads on
    # nothing cut off: the long address and the long description are there whole, only wrapped
    assert LONG_ADDRESS in flat
    assert "故障描述:冰箱不制冷,压缩机不启动。" * 6 in flat
    assert squeezed("保修条款:本凭证为上门服务收费依据,请妥善保管;更换的配件保修三个月。") in flat
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "yes" in fonts.splitlines()[-1]  # the CJK font is embedded


def test_a_long_table_goes_on_to_more_pages_without_losing_a_row(qapp, tmp_path):
    out = printing.print_to_pdf_file(voucher("A5", rows=90), tmp_path / "long.pdf")

    pages = int(pdf_info(out)["Pages"])
    assert pages >= 3
    flat = squeezed(pdf_text(out, raw=True))
    for i in range(1, 91):
        assert f"配件第{i:03d}行" in flat, f"row {i} lost"
    assert flat.count("配件第") == 90  # and none printed twice
    second = pdf_text(out, 2)
    assert "配件" in second and "数量" in second  # the header row repeats on the next page
    assert "上门服务凭证" in second and "FW-2026-000123" in second  # and so does the page header


def test_landscape_and_a_page_break(qapp, tmp_path):
    paper = p.Paper("月度统计", page_size="A4", landscape=True).add(p.Text("第一页"), p.PageBreak(), p.Text("第二页"))
    out = printing.print_to_pdf_file(paper, tmp_path / "landscape.pdf")

    assert "842 x 595" in pdf_info(out)["Page size"]
    assert "第一页" in pdf_text(out, 1) and "第二页" in pdf_text(out, 2)


def test_print_paper_prints_after_the_dialog_and_not_when_cancelled(qapp, tmp_path, monkeypatch):
    answer = {"code": QDialog.DialogCode.Accepted}
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: answer["code"])

    def pdf_printer(path: Path) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    assert printing.print_paper(None, voucher("A4"), printer=pdf_printer(tmp_path / "printed.pdf")) is True
    assert "王小明" in pdf_text(tmp_path / "printed.pdf")
    assert "595 x 842" in pdf_info(tmp_path / "printed.pdf")["Page size"]

    answer["code"] = QDialog.DialogCode.Rejected
    assert printing.print_paper(None, voucher("A4"), printer=pdf_printer(tmp_path / "cancelled.pdf")) is False
    assert not (tmp_path / "cancelled.pdf").exists()


def test_save_pdf_writes_the_reportlab_pdf_and_adds_the_suffix(qapp, tmp_path, monkeypatch):
    chosen = {"path": str(tmp_path / "凭证")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen["path"], "PDF")))

    saved = printing.save_pdf(None, voucher(), "FW-2026-000123.pdf")
    assert saved == tmp_path / "凭证.pdf"
    assert "Aftersales Desktop" in pdf_info(saved)["Creator"]  # the canonical reportlab file
    assert "王小明" in pdf_text(saved)

    chosen["path"] = ""
    assert printing.save_pdf(None, voucher(), "x.pdf") is None


def test_save_pdf_into_a_missing_folder_tells_the_user(qapp, tmp_path, monkeypatch, quiet_messages):
    target = tmp_path / "no-such-folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF")))

    assert printing.save_pdf(None, voucher(), "x.pdf") is None
    assert any("不存在" in text for _kind, text in quiet_messages.recorded)


def test_the_preview_paints_every_page(qapp, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    pages: list[int] = []

    def fake_exec(dialog):
        dialog.show()
        qapp.processEvents()
        pages.append(dialog.findChild(QPrintPreviewWidget).pageCount())
        dialog.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    printing.preview_paper(None, voucher("A5", rows=40))
    assert pages and pages[0] >= 2


def test_tick_boxes_stay_whole_and_spaces_print_as_in_the_pdf(qapp, tmp_path):
    line = "处理结果:" + "\u3000".join(f"【\u3000】选项{i}" for i in range(12))
    out = printing.print_to_pdf_file(p.Paper("凭证", page_size="A5").add(p.Text(line)), tmp_path / "ticks.pdf")

    lines = [ln.strip() for ln in pdf_text(out, raw=True).splitlines() if "选项" in ln]
    assert len(lines) >= 2  # it wrapped
    assert all(not ln.startswith("】") and not ln.endswith("【") for ln in lines)
    assert squeezed("".join(lines)).count("【】") == 12
