"""The quarterly fault analysis (季度维护总结): per model and fault the calls, repairs, repeats and parts used, from
records made through the services; the paper and the workbook show the same figures; the two commands."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from aftersales_desktop.cli import main
from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.queries.quarter_faults import Quarter, quarter_faults
from aftersales_desktop.core.services import repairs
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import receive
from aftersales_desktop.export.papers.quarter_faults import quarter_faults_paper
from tests.export.workbook_helpers import load, split
from tests.factories import make_customer
from tests.factories import visited_call as _call


@pytest.fixture
def quarter_of_faults(shop):
    clock.set_now(dt.datetime(2026, 1, 5, 9, 0))
    capacitor = create_part(shop.storekeeper, code="KT-02", name="启动电容", price_fen=4500)
    receive(shop.storekeeper, capacitor.id, 10, 2500, "格力配件中心")
    _, aircon = make_customer(shop.clerk, phone="13900000001", warranty_end=dt.date(2025, 1, 1))
    _, other = make_customer(shop.clerk, phone="13900000002", model="KFR-26GW", warranty_end=dt.date(2025, 1, 1))
    _call(shop, aircon, dt.datetime(2026, 1, 6, 9, 0), "不制冷", part=capacitor)
    _call(shop, aircon, dt.datetime(2026, 2, 3, 9, 0), "不制冷")  # within 90 days: a repeat fault
    _call(shop, other, dt.datetime(2026, 2, 10, 9, 0), "不制冷")
    taken = _call(shop, other, dt.datetime(2026, 3, 2, 9, 0), "外机噪音大", result="taken_back")  # a repeat too
    clock.set_now(dt.datetime(2026, 3, 2, 14, 0))
    repairs.receive_goods(shop.clerk, taken.id, promised_on=dt.date(2026, 3, 6), stated_fault="外机噪音大")
    _call(shop, aircon, dt.datetime(2026, 4, 1, 9, 0), "不制冷")  # the next quarter
    clock.set_now(dt.datetime(2026, 4, 10, 10, 0))
    return Quarter(2026, 1)


def test_faults_by_model_with_calls_repairs_repeats_and_parts(quarter_of_faults):
    report = quarter_faults(quarter_of_faults)
    rows = {(r.model, r.fault): r for r in report.rows}
    first = rows[("KFR-35GW/BP3", "不制冷")]
    assert (first.calls, first.repairs, first.repeats, first.parts_qty, first.parts_cost_fen) == (2, 0, 1, 2, 5000)
    noise = rows[("KFR-26GW", "外机噪音大")]
    assert (rows[("KFR-26GW", "不制冷")].calls, noise.repairs, noise.repeats) == (1, 1, 1)
    assert report.rows[0] is first  # the most frequent first
    assert [(u.code, u.qty, u.cost_fen) for u in report.parts] == [("KT-02", 2, 5000)]
    total = report.total()
    assert (total.calls, total.repairs, total.repeats) == (4, 1, 2)


def test_quarters_parse_and_refuse():
    assert Quarter.parse("2026-Q1") == Quarter.parse("2026q1") == Quarter(2026, 1)
    assert (Quarter(2026, 4).first, Quarter(2026, 4).next_first) == (dt.date(2026, 10, 1), dt.date(2027, 1, 1))
    for bad in ("2026-Q5", "2026-03", "Q1", ""):
        with pytest.raises(ValidationError):
            Quarter.parse(bad)


def test_paper_and_workbook_show_the_same_figures(quarter_of_faults, data_dir, tmp_path, capsys):
    text = quarter_faults_paper(quarter_faults(quarter_of_faults)).plain_text()
    assert "季度维护总结" in text and "KFR-35GW/BP3 不制冷 2 0 1 2 ¥50.00" in text and "启动电容" in text
    pdf = tmp_path / "q.pdf"
    assert main(["print", "quarter-faults", "2026-Q1", "--data-dir", str(data_dir), "--out", str(pdf)]) == 0
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "2026-Q1" in pdf_text and "外机噪音大" in pdf_text
    out = tmp_path / "q.xlsx"
    assert main(["export-quarter", "2026-Q1", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    book = load(out)
    headers, data, totals = split(book["故障分析"])
    assert len(data) == 3 and totals[0][headers.index("叫修")] == 4 == sum(r[headers.index("叫修")] for r in data)
    assert totals[0][headers.index("返修")] == 2
    headers, data, totals = split(book["配件用量"])
    assert [list(r) for r in data] == [["KT-02", "启动电容", 2, 50]]
    capsys.readouterr()
    assert main(["export-quarter", "2026-13", "--data-dir", str(data_dir), "--out", str(out)]) == 2
    assert "2026-13" in capsys.readouterr().err
