"""Survey cards, the expiry notice and the complaint reply, read back from their PDFs with pdftotext."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from aftersales_desktop.cli import main
from aftersales_desktop.core.db import open_database
from aftersales_desktop.core.models import SurveyCard
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.services import complaints, contracts, surveys
from aftersales_desktop.export.papers.complaint_reply import complaint_reply_paper
from aftersales_desktop.export.papers.expiry_notice import expiry_notice_paper
from aftersales_desktop.export.papers.survey_card import survey_cards_paper
from aftersales_desktop.export.pdf.render import render_pdf
from tests.core.opinion_helpers import make_call
from tests.factories import make_customer

DAY = dt.date(2026, 3, 10)


def pdf_text(path: Path) -> str:
    """The PDF's text with layout spaces removed, so CJK words compare whole."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


@pytest.fixture
def three_closed(shop):
    customer, product = make_customer(shop.clerk)
    at = dt.datetime.combine(DAY, dt.time(15))
    return [make_call(shop.clerk, customer, product, shop.technician, at + dt.timedelta(minutes=i)) for i in range(3)]


def test_survey_cards_two_per_page_read_back(shop, three_closed, tmp_path):
    cards = surveys.prepare_cards(shop.clerk, DAY)
    path = render_pdf(survey_cards_paper(cards), tmp_path / "cards.pdf")
    assert len(PdfReader(path).pages) == 2  # two cards on the first A4, one on the second
    text = pdf_text(path)
    for expected in ("客户意见调查卡", "好邻居家电售后服务部", "王小明", "13912345678", "赵志强", "KFR-35GW/BP3",
                     "态度", "技术", "到达时间", "答应事情的办理", "很满意", "满意", "不太满意", "不满意",
                     "□□□□", "您的意见和建议", "客户签名", "沿此线剪开", three_closed[0].number, cards[2].number):
        assert expected in text, expected
    assert "副本" not in text
    one_each = render_pdf(survey_cards_paper(cards, per_page=1), tmp_path / "one.pdf")
    assert len(PdfReader(one_each).pages) == 3


def test_cli_prints_the_cards_due_on_a_day_preparing_them_and_marking_them_sent(shop, three_closed, data_dir, tmp_path):
    due = (DAY + dt.timedelta(days=1)).isoformat()
    out = tmp_path / "due.pdf"
    assert main(["print", "survey-cards", due, "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert SurveyCard.select().count() == 3
    assert SurveyCard.select().where(SurveyCard.sent_how == "print").count() == 3
    text = pdf_text(out)
    assert text.count("调查卡编号") == 3 and "共3张" in text and "副本" not in text
    again = tmp_path / "again.pdf"
    assert main(["print", "survey-cards", due, "--data-dir", str(data_dir), "--out", str(again)]) == 0
    assert SurveyCard.select().count() == 3  # no duplicates
    assert "副本" in pdf_text(again)
    assert main(["print", "survey-cards", "2026-13-01", "--data-dir", str(data_dir), "--out", str(again)]) == 1


def test_expiry_notice_reads_back(shop, tmp_path, data_dir):
    customer, product = make_customer(shop.clerk, warranty_end=dt.date(2025, 6, 30))
    contract = contracts.create_contract(
        shop.clerk, customer.id, [product.id], dt.date(2025, 4, 1), dt.date(2026, 3, 31), fee_fen=36000,
        coverage="每年两次清洗保养,人工免费", visits_included=2,
    )
    text = pdf_text(render_pdf(expiry_notice_paper(contract), tmp_path / "notice.pdf"))
    for expected in ("保养到期通知书", contract.number, "尊敬的王小明先生/女士:", "2026-03-31到期", "空调KFR-35GW/BP3",
                     "¥360.00", "每年两次清洗保养,人工免费", "2次", "2025-06-30", "025-84561234", "回执",
                     "同意续约", "暂不续约"):
        assert expected in text, expected
    out = tmp_path / "cli.pdf"
    assert main(["print", "expiry-notice", contract.number, "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert "副本" not in pdf_text(out)
    open_database(data_paths(data_dir).database)  # the command opened the file read-only; the counter writes
    contracts.record_notice_printed(shop.clerk, contract.id)
    assert main(["print", "expiry-notice", contract.number, "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert "副本" in pdf_text(out)
    assert main(["print", "expiry-notice", "BY2026-09999", "--data-dir", str(data_dir), "--out", str(out)]) == 1


def test_complaint_reply_letter_reads_back(shop, tmp_path, data_dir):
    customer, _ = make_customer(shop.clerk)
    complaint = complaints.register_complaint(shop.clerk, "师傅上门迟到两小时", customer_id=customer.id, severity="serious")
    blank = pdf_text(render_pdf(complaint_reply_paper(complaint), tmp_path / "blank.pdf"))
    assert "客户投诉处理答复函" in blank and "师傅上门迟到两小时" in blank and "处理结果" in blank
    complaints.record_visit(shop.supervisor, complaint.id, shop.supervisor.id, "上门致歉")
    complaints.record_reply(shop.manager, complaint.id, "letter", "已对责任技术员作出处理,今后按时上门")
    out = tmp_path / "reply.pdf"
    assert main(["print", "complaint-reply", complaint.number, "--data-dir", str(data_dir), "--out", str(out)]) == 0
    text = pdf_text(out)
    for expected in (complaint.number, "尊敬的王小明先生/女士:", "已对责任技术员作出处理,今后按时上门", "李主任", "好邻居家电售后服务部"):
        assert expected in text, expected
