"""The penalty notice and the monthly summary, read back from their PDFs with pdftotext."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from aftersales_desktop.cli import main
from aftersales_desktop.core.models import ConductRule
from aftersales_desktop.core.queries.conduct import entries, entry, month_summary
from aftersales_desktop.core.services.conduct import record_entry, void_entry
from aftersales_desktop.export.papers.conduct_month import conduct_month
from aftersales_desktop.export.papers.penalty_notice import penalty_notice
from aftersales_desktop.export.pdf.render import render_pdf

MARCH = dt.datetime(2026, 3, 2, 9, 30)


def pdf_text(path: Path) -> str:
    """The PDF's text with layout spaces removed, so CJK words compare whole."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


def rule(code: str) -> int:
    return ConductRule.get(ConductRule.code == code).id


def test_penalty_notice_reads_back(shop, tmp_path):
    made = record_entry(shop.supervisor, shop.clerk.id, rule("JL-11"), MARCH, "当众与主任争辩派工安排", 6000)
    path = render_pdf(penalty_notice(entry(shop.supervisor, made.id)), tmp_path / "notice.pdf")
    text = pdf_text(path)
    for expected in ("处罚通知单", "JC2026-00001", "好邻居家电售后服务部", "陈晓燕", "业务员", "2026-03-0209:30",
                     "JL-11", "当众与上级争辩", "当众与主任争辩派工安排", "罚款¥60.00", "在班会上作书面检讨",
                     "员工签收", "服务主任", "李主任", "劳动纪律第11条"):
        assert expected in text, expected
    assert "已作废" not in text and "副本" not in text


def test_ladder_step_rest_day_and_void_on_the_notice(shop, tmp_path):
    record_entry(shop.supervisor, shop.clerk.id, rule("YR-01"), MARCH, "未戴工作帽", 500)
    second = record_entry(shop.supervisor, shop.clerk.id, rule("YR-01"), MARCH + dt.timedelta(days=1), "指甲油", 0)
    void_entry(shop.supervisor, second.id, "当天请假,记错日期")
    row = entry(shop.supervisor, second.id)
    text = pdf_text(render_pdf(penalty_notice(row, copy=True), tmp_path / "n2.pdf"))
    assert "扣半天休" in text and "本期第2次" in text
    assert "已作废" in text and "当天请假,记错日期" in text and "副本" in text


def test_reward_notice_wording(shop, tmp_path):
    made = record_entry(shop.supervisor, shop.technician.id, rule("JX-01"), MARCH, "客户来信表扬维修及时", 10000)
    text = pdf_text(render_pdf(penalty_notice(entry(shop.manager, made.id)), tmp_path / "r.pdf"))
    assert "奖励通知单" in text and "处罚通知单" not in text
    assert "奖励¥100.00" in text and "特此表扬" in text and "赵志强" in text


def test_month_summary_pdf_adds_up(shop, tmp_path):
    record_entry(shop.supervisor, shop.clerk.id, rule("JL-05"), MARCH, "争吵", 5000)
    record_entry(shop.supervisor, shop.clerk.id, rule("JX-02"), MARCH, "上交客人钱包", 3000)
    record_entry(shop.supervisor, shop.technician.id, rule("WP-02"), MARCH, "空调未关", 1000)
    record_entry(shop.supervisor, shop.technician.id, rule("YR-01"), MARCH, "未穿工作服", 500)
    record_entry(shop.supervisor, shop.technician.id, rule("YR-01"), MARCH + dt.timedelta(days=1), "又未穿", 0)
    summary = month_summary(shop.manager, "2026-03")
    details = entries(shop.manager, month="2026-03", include_void=False).fetch(0, 50)
    text = pdf_text(render_pdf(conduct_month(summary, details), tmp_path / "m.pdf"))
    assert "员工奖罚月度汇总" in text and "2026年03月" in text
    assert "陈晓燕业务员21¥50.001¥30.00-¥20.00" in text
    assert "赵志强技术员33¥15.000.50¥0.00-¥15.00" in text
    assert "合计54¥65.000.51¥30.00-¥35.00" in text
    assert "上交客人钱包" in text


def test_cli_prints_both_papers(shop, tmp_path, data_dir, capsys, monkeypatch):
    made = record_entry(shop.supervisor, shop.clerk.id, rule("JL-08"), MARCH, "大声喧哗", 800)
    out = tmp_path / "cli-notice.pdf"
    monkeypatch.setenv("AFTERSALES_PASSWORD", "1234")  # 李主任 signs in: staff data needs a person (--user)
    signed = ["--data-dir", str(data_dir), "--user", "李主任"]
    assert main(["print", "penalty-notice", made.number, *signed, "--out", str(out)]) == 0
    assert "大声喧哗" in pdf_text(out)
    month = tmp_path / "cli-month.pdf"
    assert main(["print", "conduct-month", "2026-03", "--details", *signed, "--out", str(month)]) == 0
    assert "¥8.00" in pdf_text(month)
    assert main(["print", "penalty-notice", "JC2026-09999", *signed, "--out", str(out)]) == 1
    assert "找不到奖罚记录 JC2026-09999" in capsys.readouterr().err
