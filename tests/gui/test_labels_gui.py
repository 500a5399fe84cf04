"""Tags and part labels through Qt's print path (the label printer's), decoded; the buttons that print them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.export.papers.labels import part_labels, repair_tag
from aftersales_desktop.gui import printing
from aftersales_desktop.gui.parts.labels_dialog import PartLabelsDialog
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from tests.core.repair_helpers import card_in_shop
from tests.export.test_labels import decoded, page_mm
from tests.export.test_repair_papers import pdf_text


@pytest.fixture
def printed(monkeypatch):
    papers = []
    monkeypatch.setattr(printing, "print_paper", lambda parent, paper: papers.append(paper) or True)
    return papers


@pytest.mark.parametrize("size", ["60x40", "50x30"])
def test_a_tag_printed_through_qt_is_the_label_with_its_barcode(qapp, shop, tmp_path, size):
    card = card_in_shop(shop)
    pdf = printing.print_to_pdf_file(repair_tag(card, size=size), tmp_path / "tag.pdf")
    assert page_mm(pdf) == tuple(int(x) for x in size.split("x"))
    assert decoded(pdf) == [card.number]
    text = pdf_text(pdf)
    assert card.number in text and "王小明" in text and "139 1234 5678" in text and card.promised_on.isoformat() in text


def test_part_labels_on_a4_through_qt(qapp, shop, tmp_path):
    parts = [create_part(shop.storekeeper, code=f"BX-{n}", name="冰箱门封", bin_location="C-1") for n in range(4)]
    pdf = printing.print_to_pdf_file(part_labels(parts, a4_sheet=True), tmp_path / "sheet.pdf")
    assert page_mm(pdf) == (210, 297)
    assert decoded(pdf) == ["BX-0", "BX-1", "BX-2", "BX-3"]


def test_card_screen_prints_the_tag(qtbot, session, shop, printed):
    card = card_in_shop(shop)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    assert screen.print_tag.isVisibleTo(screen)
    qtbot.mouseClick(screen.print_tag, Qt.MouseButton.LeftButton)
    assert len(printed) == 1 and printed[0].labels.labels[0].barcode == card.number


def test_stock_tab_prints_labels_of_the_chosen_part(qtbot, session, shop, printed, monkeypatch):
    from aftersales_desktop.gui.parts.stock_tab import StockTab

    create_part(shop.storekeeper, code="XYJ-PUMP", name="洗衣机排水泵", bin_location="B-2")
    tab = StockTab(session)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    shown = []

    def run_dialog(dialog):
        shown.append(dialog)
        dialog.copies.setValue(3)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(PartLabelsDialog, "exec", run_dialog)
    tab.buttons["labels"].click()
    assert shown and len(printed) == 1
    assert [label.barcode for label in printed[0].labels.labels] == ["XYJ-PUMP"] * 3
