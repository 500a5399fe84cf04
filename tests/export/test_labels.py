"""Repair tags and part labels read back from their PDFs: the text, the page size, and the barcode decoded."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from aftersales_desktop.cli import main
from aftersales_desktop.core.errors import NotFound, ValidationError
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.export.label_layout import A4_COLUMNS, A4_ROWS
from aftersales_desktop.export.papers.labels import find_parts, part_labels, repair_tag
from aftersales_desktop.export.pdf.render import render_pdf
from tests.core.repair_helpers import card_in_shop
from tests.export.test_repair_papers import pdf_text

MM_PT = 72 / 25.4


def decoded(pdf: Path, page: int = 1) -> list[str]:
    """The barcodes zxing-cpp reads on a page of the PDF rendered at 300 dpi, top to bottom."""
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    found = zxingcpp.read_barcodes(Image.open(f"{stem}.png"))
    return [b.text for b in sorted(found, key=lambda b: (b.position.top_left.y, b.position.top_left.x))]


def page_mm(pdf: Path, index: int = 0) -> tuple[int, int]:
    box = PdfReader(pdf).pages[index].mediabox
    return round(float(box.width) / MM_PT), round(float(box.height) / MM_PT)


@pytest.mark.parametrize("size", ["60x40", "50x30"])
def test_repair_tag_reads_back_text_and_barcode(shop, tmp_path, size):
    card = card_in_shop(shop)
    pdf = render_pdf(repair_tag(card, size=size), tmp_path / "tag.pdf")
    assert page_mm(pdf) == tuple(int(x) for x in size.split("x"))
    text = pdf_text(pdf)
    for expected in (card.number, "王小明", "139 1234 5678", "KFR-35GW/BP3", f"答应交还 {card.promised_on.isoformat()}"):
        assert expected in text, expected
    assert decoded(pdf) == [card.number]


def test_tag_size_follows_the_setting_and_refuses_others(shop, tmp_path):
    card = card_in_shop(shop)
    update_settings(shop.manager, {"tag_size": "50x30"})
    assert page_mm(render_pdf(repair_tag(card), tmp_path / "tag.pdf")) == (50, 30)
    with pytest.raises(ValidationError):
        update_settings(shop.manager, {"tag_size": "100x70"})
    with pytest.raises(ValidationError):
        repair_tag(card, size="100x70")


def test_part_labels_on_a_roll_and_on_a4_sheets(shop, tmp_path):
    codes = [f"KT-{n:02d}" for n in range(1, 27)]
    for n, code in enumerate(codes):
        create_part(shop.storekeeper, code=code, name=f"空调配件{n}", bin_location=f"A-{n:02d}")
    roll = render_pdf(part_labels(find_parts(["kt-03", "KT-04"])), tmp_path / "roll.pdf")
    assert len(PdfReader(roll).pages) == 2 and page_mm(roll) == (60, 40)
    assert decoded(roll, page=2) == ["KT-04"]
    assert "空调配件2" in pdf_text(roll) and "货位 A-02" in pdf_text(roll)
    sheet = render_pdf(part_labels(find_parts(codes), a4_sheet=True), tmp_path / "sheet.pdf")
    reader = PdfReader(sheet)
    assert len(reader.pages) == 2 and page_mm(sheet) == (210, 297)  # 24 to a sheet, then the last two
    first = decoded(sheet)
    assert len(first) == A4_COLUMNS * A4_ROWS and first[:3] == ["KT-01", "KT-02", "KT-03"]
    assert decoded(sheet, page=2) == ["KT-25", "KT-26"]
    with pytest.raises(NotFound, match="NOPE"):
        find_parts(["KT-01", "NOPE"])


def test_cli_prints_tag_and_labels(shop, tmp_path, data_dir, capsys):
    card = card_in_shop(shop)
    create_part(shop.storekeeper, code="XYJ-PUMP", name="洗衣机排水泵", bin_location="B-2")
    from aftersales_desktop.core.db import close_database

    close_database()
    out = tmp_path / "tag.pdf"
    assert main(["print", "repair-tag", card.number, "--size", "50x30", "--data-dir", str(data_dir),
                 "--out", str(out)]) == 0
    assert decoded(out) == [card.number] and page_mm(out) == (50, 30)
    labels = tmp_path / "labels.pdf"
    assert main(["print", "part-labels", "XYJ-PUMP", "--copies", "2", "--data-dir", str(data_dir),
                 "--out", str(labels)]) == 0
    assert len(PdfReader(labels).pages) == 2 and decoded(labels) == ["XYJ-PUMP"]
    assert main(["print", "part-labels", "NOPE", "--data-dir", str(data_dir), "--out", str(labels)]) == 1
    assert "NOPE" in capsys.readouterr().err
