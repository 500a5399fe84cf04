"""The monthly workbook: every sheet readable, formats, frozen header, autofilter, totals, text safety."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile

import pytest

from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.export.excel import workbook as wb_module
from aftersales_desktop.export.excel.styles import DATETIME, MONEY
from aftersales_desktop.export.excel.workbook import SHEETS, export_month
from tests.export.month_data import make_month
from tests.export.workbook_helpers import column, fen, load, split

MARCH = Month(2026, 3)


@pytest.fixture
def book(shop, tmp_path):
    expected = make_month(shop)
    path = export_month(MARCH, tmp_path / "march.xlsx", actor=shop.manager)
    return load(path), expected, path


def test_core_and_export_never_import_qt():
    # pytest-qt has PySide6 loaded in this process already, so look in a fresh interpreter
    code = ("import sys, aftersales_desktop.export.excel.workbook, aftersales_desktop.cli.export_cmd; "
            "sys.exit('PySide6' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_every_sheet_present_with_headers_frozen_and_filtered(book):
    workbook, _, _ = book
    assert workbook.sheetnames == [str(s.TITLE) for s in SHEETS]
    for sheet in SHEETS:
        ws = workbook[str(sheet.TITLE)]
        headers, data, totals = split(ws)
        assert headers == [str(c.title) for c in sheet.COLUMNS], ws.title
        assert ws.freeze_panes == "A2"
        last_col = ws.cell(1, len(sheet.COLUMNS)).column_letter
        assert ws.auto_filter.ref == f"A1:{last_col}{max(1 + len(data), 1)}", ws.title  # totals outside the filter
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.column_dimensions["A"].width == sheet.COLUMNS[0].width
        assert ws["A1"].font.b
        assert ws.print_title_rows == "$1:$1"  # the header row on every printed page
        if sheet.totals(MARCH):
            assert totals and ws.cell(ws.max_row, 1).font.b and ws.cell(ws.max_row, 1).border.top.style == "thin"


def test_money_dates_and_numbers_are_real_numbers_with_formats(book):
    workbook, _, _ = book
    ws = workbook["叫修"]
    headers = [c.value for c in ws[1]]
    fee = ws.cell(2, column(headers, "账单合计(元)") + 1)
    assert fee.data_type == "n" and fee.number_format == MONEY and fee.value == 115  # 5000+1000+2500+2000+1000 fen
    received = ws.cell(2, column(headers, "接报时间") + 1)
    assert received.is_date and received.number_format == DATETIME
    assert received.value == dt.datetime(2026, 3, 2, 10, 0)
    visits = ws.cell(2, column(headers, "上门次数") + 1)
    assert visits.data_type == "n" and visits.value == 2
    due = workbook["应开发票"].cell(2, 1)
    assert due.is_date and due.number_format == "yyyy-mm-dd"
    hours = workbook["技术员工时"]
    assert hours.cell(2, 2).number_format == "#,##0.00"


def test_person_entered_text_stays_text(book):
    workbook, _, path = book
    customer = workbook["叫修"]["D2"]
    assert customer.value == '=HYPERLINK("http://x")'
    assert customer.data_type == "s" and customer.quotePrefix
    problems = {r[-1]: r for r in workbook["叫修"].iter_rows(min_row=2, values_only=True)}
    assert "+1 不制冷" in problems and "-2" in problems
    for row in workbook["叫修"].iter_rows(min_row=2):
        if row[15].value in ("+1 不制冷", "-2"):
            assert row[15].data_type == "s" and row[15].quotePrefix
        if row[15].value == "不制冷":
            assert not row[15].quotePrefix  # ordinary text is left alone
    reason = [c for row in workbook["备件进出"].iter_rows(min_row=2) for c in row if c.value == "=1+1"]
    assert reason and reason[0].data_type == "s" and reason[0].quotePrefix
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


@pytest.mark.parametrize("text", ["=SUM(A1)", "+1", "-2", "@x", "\tTAB", "\rCR", "=cmd|' /C calc'!A0"])
def test_formula_triggers_are_written_as_quoted_text(shop, tmp_path, text):
    from aftersales_desktop.core.models import Customer

    make_month(shop)
    Customer.update(name=text).execute()
    workbook = load(export_month(MARCH, tmp_path / "x.xlsx", actor=shop.manager))
    cell = workbook["叫修"]["D2"]
    # XML turns a carriage return into a line feed when read; what matters is that it is still text
    assert cell.value == text.replace("\r", "\n") and cell.data_type == "s" and cell.quotePrefix


def test_control_characters_are_dropped_not_fatal(shop, tmp_path):
    from aftersales_desktop.core.models import ServiceCall

    make_month(shop)
    ServiceCall.update(problem="坏了\x07\x00响").execute()
    workbook = load(export_month(MARCH, tmp_path / "x.xlsx", actor=shop.manager))
    assert workbook["叫修"]["T2"].value == "坏了响"


def test_numbers_stay_numbers_next_to_text(book):
    workbook, _, _ = book
    _, data, totals = split(workbook["奖罚(按人)"])
    assert all(isinstance(v, int | float) for row in data + totals for v in row[2:])
    # a negative net stays a negative number, not text
    assert any(fen(row[8]) == -500 for row in data)


def test_english_headers_when_the_shop_writes_its_papers_in_english(shop, tmp_path):
    from aftersales_desktop.core.i18n import current_language
    from aftersales_desktop.core.services.settings import update_settings

    make_month(shop)
    assert load(export_month(MARCH, tmp_path / "zh.xlsx")).sheetnames[0] == "汇总"
    update_settings(shop.manager, {"paper_language": "en"})  # the screen stays Chinese
    workbook = load(export_month(MARCH, tmp_path / "en.xlsx", actor=shop.manager))
    assert current_language() == "zh_CN"
    assert workbook.sheetnames[:3] == ["Summary", "Calls", "Repairs returned"]
    assert workbook["Calls"]["A1"].value == "Call no."
    assert workbook["Calls"]["C2"].value == "Paid service"


def test_an_empty_month_still_gives_every_sheet_with_zero_totals(shop, tmp_path):
    workbook = load(export_month(Month(2025, 1), tmp_path / "empty.xlsx", actor=shop.manager))
    assert len(workbook.sheetnames) == len(SHEETS)
    _, data, totals = split(workbook["叫修"])
    assert data == [] and fen(totals[-1][12]) == 0


def test_progress_reports_every_sheet_and_can_cancel(shop, tmp_path):
    make_month(shop)
    seen = []
    export_month(MARCH, tmp_path / "p.xlsx", progress=lambda done, total, what: seen.append((done, total)),
                 actor=shop.manager)
    assert seen[0] == (0, len(SHEETS) + 1) and seen[-1] == (len(SHEETS) + 1, len(SHEETS) + 1)

    def cancel(done, total, what):
        return done < 3

    with pytest.raises(wb_module.ExportCancelled):
        export_month(MARCH, tmp_path / "c.xlsx", progress=cancel, actor=shop.manager)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")) == ["p.xlsx"]


def test_actor_without_report_permission_is_refused(shop, tmp_path):
    from aftersales_desktop.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        export_month(MARCH, tmp_path / "t.xlsx", actor=shop.technician)
    export_month(MARCH, tmp_path / "t.xlsx", actor=shop.clerk)
    assert (tmp_path / "t.xlsx").exists()


def test_bad_month_text_is_a_clear_sentence():
    from aftersales_desktop.core.errors import ValidationError

    assert Month.parse(" 2026-3 ") == MARCH and Month(2026, 12).next_first == dt.date(2027, 1, 1)
    for text in ("2026-13", "26-03", "March", "", "2026-00"):
        with pytest.raises(ValidationError, match="YYYY-MM|年-月"):
            Month.parse(text)
