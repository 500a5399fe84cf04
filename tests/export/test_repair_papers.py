"""The goods receipt, the repair card and the daily reports read back from their PDFs, Chinese included."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.queries.daily_reports import supervisor_day, technician_day
from aftersales_desktop.core.services import worklog
from aftersales_desktop.export.papers.daily_report import supervisor_report, technician_report
from aftersales_desktop.export.papers.goods_receipt import find_receipt, goods_receipt
from aftersales_desktop.export.papers.repair_card import find_card, repair_card
from aftersales_desktop.export.pdf.render import render_pdf
from tests.core.repair_helpers import card_in_shop, repaired_card


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_goods_receipt_reads_back_with_both_copies(shop, tmp_path):
    card = card_in_shop(shop)
    receipt = card.receipt
    text = pdf_text(render_pdf(goods_receipt(find_receipt(receipt.number)), tmp_path / "receipt.pdf"))
    assert "客户商品领取收据" in text and "好邻居家电售后服务部" in text
    assert text.count(receipt.number) >= 2 and text.count(card.number) == 2  # shop's copy and customer's copy
    for expected in ("本店存根", "客户联", "沿此线剪开", "王小明", "139 1234 5678", "遥控器一个", "外壳有划痕", "不制冷",
                     "A2401000123", receipt.promised_on.isoformat(), "客户签字", "取件须知", "遗失收据"):
        assert expected in text, expected
    assert "副本" not in text
    assert "副本" in pdf_text(render_pdf(goods_receipt(receipt, copy=True), tmp_path / "copy.pdf"))


def test_repair_card_reads_back(shop, tmp_path):
    card = card_in_shop(shop)
    text = pdf_text(render_pdf(repair_card(find_card(card.receipt.number)), tmp_path / "card.pdf"))
    for expected in ("修护卡", card.number, "王小明", "空调 KFR-35GW/BP3", f"答应交还 {card.promised_on.isoformat()}",
                     "先报价", "赵志强", "维修记录"):
        assert expected in text, expected
    from pypdf import PdfReader

    page = PdfReader(tmp_path / "card.pdf").pages[0]
    assert round(float(page.mediabox.width)) == 420  # A5: a card to hang on the item


def test_unknown_numbers_are_a_plain_sentence(shop):
    with pytest.raises(NotFound, match="找不到领取收据"):
        find_receipt("SJ2026-99999")
    with pytest.raises(NotFound, match="找不到修护卡"):
        find_card("nothing")


def test_daily_reports_read_back_with_totals(shop, tmp_path):
    repaired_card(shop)  # a 60-minute visit and 45 minutes on the card, paid
    worklog.record_general_work(shop.technician2, started_at=clock.now() - dt.timedelta(minutes=100), minutes=40,
                                note="备件盘点")
    day = clock.today()
    text = pdf_text(render_pdf(technician_report(technician_day(shop.technician.id, day)), tmp_path / "t.pdf"))
    assert "技术员工作日报表" in text and "赵志强" in text and "有费服务" in text
    assert "上门" in text and "店修" in text and "105" in text and "1:45" in text
    text = pdf_text(render_pdf(supervisor_report(supervisor_day(day)), tmp_path / "s.pdf"))
    assert "服务主任日报表" in text and "孙浩" in text and "一般工作" in text
    assert "2:25" in text  # 1:45 + 0:40, the day's total


def test_print_commands_write_the_papers(shop, tmp_path, data_dir):
    from aftersales_desktop.cli import main

    card = card_in_shop(shop)
    day = clock.today().isoformat()
    common = ["--data-dir", str(data_dir)]
    assert main(["print", "receipt", card.receipt.number, *common, "--out", str(tmp_path / "r.pdf")]) == 0
    assert main(["print", "repair-card", card.number, "--copy", *common, "--out", str(tmp_path / "c.pdf")]) == 0
    assert main(["print", "daily-report", day, "--technician", "赵志强", *common, "--out", str(tmp_path / "t.pdf")]) == 0
    assert main(["print", "daily-report", day, *common, "--out", str(tmp_path / "s.pdf")]) == 0
    assert card.receipt.number in pdf_text(tmp_path / "r.pdf")
    assert "副本" in pdf_text(tmp_path / "c.pdf")
    assert "技术员工作日报表" in pdf_text(tmp_path / "t.pdf") and "服务主任日报表" in pdf_text(tmp_path / "s.pdf")
    assert main(["print", "daily-report", day, "--technician", "无此人", *common, "--out", str(tmp_path / "x.pdf")]) == 1
