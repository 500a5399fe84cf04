"""Deposit and refund receipts and the stocktake count sheet, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import subprocess

from aftersales_desktop.core import clock
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


def test_an_english_count_sheet_names_the_tool_unit_and_a_loan_in_english(shop, tmp_path):
    from aftersales_desktop.core.services.settings import update_settings
    from aftersales_desktop.core.services.tools import lend_tool

    tool = create_tool(shop.storekeeper, "GJ-02", "真空泵", price_fen=90000)
    lend_tool(shop.storekeeper, tool.id, shop.technician.id, due_at=clock.now() + dt.timedelta(days=1))
    take = start_stocktake(shop.storekeeper)
    update_settings(shop.manager, {"paper_language": "en"})
    text = _text(render_pdf(count_sheet(take), tmp_path / "en.pdf"))
    assert "GJ-02" in text and "pcs" in text and "lent out" in text
    assert "把" not in text and "借出" not in text
    update_settings(shop.manager, {"paper_language": "zh_CN"})
    text = _text(render_pdf(count_sheet(take), tmp_path / "zh.pdf"))
    assert "把" in text and "借出" in text


def test_a_footer_breaks_english_between_words_and_chinese_anywhere():
    from reportlab.pdfgen.canvas import Canvas

    from aftersales_desktop.export.fonts import FONT_NAME, register_pdf_font
    from aftersales_desktop.export.pdf.render import _wrap

    register_pdf_font()
    canvas = Canvas("unused.pdf")
    english = "Bring this receipt back to collect the item; its condition as received is written above."
    lines = _wrap(english, canvas, 7, 120)
    assert len(lines) > 1 and " ".join(lines) == english  # every break is at a space, no word cut
    chinese = "凭本收据取回物品,物品收到时的状况以上面记录为准。" * 3
    lines = _wrap(chinese, canvas, 7, 120)
    assert len(lines) > 1 and "".join(lines) == chinese
    assert all(canvas.stringWidth(line, FONT_NAME, 7) <= 120 for line in lines)
    long_word = "x" * 200  # longer than a line: cut by characters, nothing lost
    assert "".join(_wrap(long_word, canvas, 7, 120)) == long_word


def test_a_count_sheet_over_pages_repeats_its_header_and_lists_every_part_once(shop, tmp_path):
    # one-line cells are drawn by the table as plain text, a name too long for its column wraps as a paragraph;
    # both must break over pages with the header row repeated, and text is printed as typed (no markup)
    codes = [f"LP-{i:03d}" for i in range(75)]
    for i, code in enumerate(codes):
        name = "加长型双门冰箱变频压缩机总成含启动器" if i == 40 else f"配件<{i}>&套"
        create_part(shop.storekeeper, code=code, name=name, bin_location=f"Z-{i:02d}")
    take = start_stocktake(shop.storekeeper)
    pages = _text(render_pdf(count_sheet(take), tmp_path / "long.pdf")).split("\f")[:-1]
    assert len(pages) >= 2
    for page in pages:
        assert "编码" in page and "账面数" in page and "实盘数" in page
    text = "".join(pages)
    for i, code in enumerate(codes):
        assert text.count(code) == 1, code
        assert i == 40 or f"配件<{i}>&套" in text
    assert "加长型双门冰箱" in text


def test_a_paper_is_written_without_the_cycle_collector_and_other_commands_keep_it(shop, tmp_path, monkeypatch):
    import gc
    from pathlib import Path

    import aftersales_desktop.cli as cli
    from aftersales_desktop.core.db import close_database, database

    take = start_stocktake(shop.storekeeper)
    shop_dir = str(Path(database.database).parent)
    close_database()
    collecting: list[tuple[str, bool]] = []
    real = cli.run_command

    def run_command(args):
        collecting.append((args.command, gc.isenabled()))
        return real(args) if args.command == "print" else 0

    monkeypatch.setattr(cli, "run_command", run_command)
    assert gc.isenabled()
    sheet = tmp_path / "sheet.pdf"
    assert cli.main(["print", "count-sheet", take.number, "--data-dir", shop_dir, "--out", str(sheet)]) == 0
    assert take.number in _text(sheet)
    assert cli.main(["backup", "--data-dir", shop_dir, "--to", str(tmp_path / "copies")]) == 0
    assert collecting == [("print", False), ("backup", True)]
    assert gc.isenabled()  # as it was before the command
