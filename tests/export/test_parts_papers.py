"""Deposit and refund receipts and the stocktake count sheet, read back from the PDF."""

from __future__ import annotations

import subprocess

from aftersales_desktop.core.queries.parts import stocktake_lines
from aftersales_desktop.core.services.claims import (
    create_claim,
    mark_arrived,
    mark_fitted,
    mark_ordered,
    refund_deposit,
    sign_supervisor,
)
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import receive
from aftersales_desktop.core.services.stocktake import enter_counts, start_stocktake
from aftersales_desktop.core.services.tools import create_tool
from aftersales_desktop.export.papers.count_sheet import count_sheet
from aftersales_desktop.export.papers.deposit_receipt import (
    deposit_receipt,
    find_deposit,
    refund_receipt,
)
from aftersales_desktop.export.pdf.render import render_pdf
from tests.factories import make_customer


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_deposit_and_refund_receipts(shop, tmp_path):
    customer, product = make_customer(shop.clerk)
    claim = create_claim(shop.clerk, customer.id, "空调压缩机 QXA-B141", 150000, 30000, product_id=product.id)
    deposit = find_deposit(claim.number)
    text = _text(render_pdf(deposit_receipt(deposit), tmp_path / "d.pdf"))
    for expected in ("押金收据", deposit.number, claim.number, "王小明", "空调压缩机", "¥300.00", "叁佰元整", "存根"):
        assert expected in text, expected
    sign_supervisor(shop.supervisor, claim.id)
    for step in (mark_ordered, mark_arrived, mark_fitted):
        step(shop.storekeeper, claim.id)
    refunded = refund_deposit(shop.clerk, claim.id)
    text = _text(render_pdf(refund_receipt(refunded, copy=True), tmp_path / "r.pdf"))
    for expected in ("退押金收据", refunded.refund_number, deposit.number, "¥300.00", "客户签收", "副本"):
        assert expected in text, expected


def test_count_sheet_and_variance(shop, tmp_path):
    part = create_part(shop.storekeeper, code="KT-001", name="空调电容", bin_location="A-01")
    receive(shop.storekeeper, part.id, 6, 1250, "格力配件")
    create_tool(shop.storekeeper, "GJ-01", "真空泵", price_fen=90000)
    take = start_stocktake(shop.storekeeper)
    text = _text(render_pdf(count_sheet(take), tmp_path / "c.pdf"))
    for expected in ("盘点表", take.number, "KT-001", "空调电容", "A-01", "GJ-01", "真空泵", "实盘数"):
        assert expected in text, expected
    counts = {r.line_id: (4 if r.kind == "part" else 1) for r in stocktake_lines(take.id)}
    enter_counts(shop.storekeeper, take.id, counts)
    text = _text(render_pdf(count_sheet(take, variance=True), tmp_path / "v.pdf"))
    assert "盘点差异表" in text and "-2" in text and "-¥25.00" in text
    assert "GJ-01" not in text  # the tool was found: no difference


def test_print_command(shop, tmp_path, capsys):
    from pathlib import Path

    from aftersales_desktop.cli import main
    from aftersales_desktop.core.db import close_database, database

    customer, _ = make_customer(shop.clerk)
    claim = create_claim(shop.clerk, customer.id, "门封条", 5000, 2000)
    take = start_stocktake(shop.storekeeper)
    shop_dir = str(Path(database.database).parent)
    close_database()
    out = tmp_path / "dep.pdf"
    assert main(["print", "deposit-receipt", claim.number, "--data-dir", shop_dir, "--out", str(out)]) == 0
    assert "押金收据" in _text(out)
    assert main(["print", "refund-receipt", claim.number, "--data-dir", shop_dir, "--out", str(tmp_path / "x.pdf")]) == 1
    assert "尚未退还" in capsys.readouterr().err
    sheet = tmp_path / "sheet.pdf"
    assert main(["print", "count-sheet", take.number, "--data-dir", shop_dir, "--out", str(sheet)]) == 0
    assert take.number in _text(sheet)
