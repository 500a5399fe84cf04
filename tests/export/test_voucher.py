"""The service voucher: read back from the PDF, Chinese included, with an embedded font; copies say 副本."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Voucher
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.services.call_visits import record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.export.papers.voucher import print_voucher_to_pdf, voucher_paper
from tests.factories import make_customer


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def call(shop):
    _, product = make_customer(shop.clerk, name="王小明", phone="13912345678")
    call = register_call(shop.clerk, received_at=dt.datetime(2026, 3, 10, 16, 30), channel="phone",
                         problem="空调不制冷,外机有异响", customer_id=product.customer_id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    return call


def test_voucher_pdf_reads_back_in_chinese(shop, call, tmp_path):
    from aftersales_desktop.core.services.parts import create_part
    from aftersales_desktop.core.services.stock import issue_part, receive

    clock.set_now(dt.datetime(2026, 3, 11, 11, 0))
    part = create_part(shop.storekeeper, code="KT-02", name="空调启动电容", unit="个", price_fen=3550)
    receive(shop.storekeeper, part.id, 3, 2500, "格力配件中心")
    issue_part(shop.storekeeper, part.id, 1, call_id=call.id)
    record_visit(shop.technician, call.id, arrived_at=dt.datetime(2026, 3, 11, 9, 10),
                 finished_at=dt.datetime(2026, 3, 11, 10, 0), work_done="更换启动电容", result="fixed",
                 labour_fen=5000, travel_fen=2000, collected_on_site=True)
    out = print_voucher_to_pdf(shop.clerk, call.id, tmp_path / "voucher.pdf")
    text = pdftotext(out)
    voucher = Voucher.get(Voucher.call == call.id)
    for expected in ("好邻居家电售后服务部", "南京市玄武区中山路 128 号", "025-8456 1234", "服务凭证", voucher.number,
                     call.number, "王小明", "139 1234 5678", "KFR-35GW/BP3", "A2401000123", "有费服务",
                     "空调不制冷", "赵志强", "2026-03-11 15:00", "更换启动电容", "空调启动电容(KT-02)", "¥35.50",
                     "¥50.00", "¥20.00", "¥105.50", "应收客户", "现场已收",
                     "客户签字", "技术员签字", "凭本凭证享受保修服务"):
        assert expected in text, expected
    assert "副本" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    embedded = [line for line in fonts.splitlines()[2:] if line.split()[-5] == "yes"]
    assert embedded, fonts


def test_reprint_says_copy_and_page_size_follows_setting(shop, call, tmp_path):
    print_voucher_to_pdf(shop.clerk, call.id, tmp_path / "first.pdf")
    update_settings(shop.manager, {"voucher_page_size": "A4"})
    second = print_voucher_to_pdf(shop.clerk, call.id, tmp_path / "second.pdf")
    assert "副本" in pdftotext(second)
    assert Voucher.get(Voucher.call == call.id).print_count == 2
    info = subprocess.run(["pdfinfo", str(second)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89" in info  # A4
    first_info = subprocess.run(["pdfinfo", str(tmp_path / "first.pdf")], capture_output=True, text=True).stdout
    assert "419.528 x 595.276" in first_info and re.search(r"Pages:\s+1\n", first_info)  # A5, one page


def test_free_voucher_says_no_charge_and_has_blank_rows(shop, tmp_path):
    _, product = make_customer(shop.clerk, warranty_end=dt.date(2027, 1, 1))
    call = register_call(shop.clerk, received_at=dt.datetime(2026, 3, 11, 9, 0), channel="counter",
                         problem="遥控失灵", customer_id=product.customer_id, product_id=product.id)
    paper = voucher_paper(call_detail(call.id))
    text = paper.plain_text()
    assert "免费服务" in text and "免费保证期内,不收费" in text
    table = next(b for b in paper.blocks if getattr(b, "min_rows", 0))
    assert table.rows == [] and table.min_rows >= 4


def test_cli_prints_voucher_without_display(shop, call, data_dir, tmp_path):
    from aftersales_desktop.cli import main
    from aftersales_desktop.core.db import close_database

    close_database()
    out = tmp_path / "cli.pdf"
    assert main(["print", "voucher", call.number, "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert call.number in pdftotext(out)
    assert main(["print", "voucher", "JX2026-99999", "--data-dir", str(data_dir), "--out", str(out)]) == 1


def test_ticked_boxes_follow_the_visit(shop, call):
    clock.set_now(dt.datetime(2026, 3, 11, 11, 0))
    blank = voucher_paper(call_detail(call.id)).plain_text()
    assert "【✔】" not in blank and "市区 6 个工作小时内到达" in blank
    record_visit(shop.technician, call.id, arrived_at=dt.datetime(2026, 3, 11, 9, 10), finished_at=None,
                 work_done="压缩机坏,带回", result="taken_back", travel_fen=2000)
    text = voucher_paper(call_detail(call.id)).plain_text()
    assert "【✔】带回店修" in text and "【✔】待开票" in text and "【✔】现场修复" not in text
