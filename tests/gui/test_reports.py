"""Reports → Monthly workbook: month, target, overwrite question, progress, open folder."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from aftersales_desktop.gui.reports import reports_page
from aftersales_desktop.gui.reports.reports_page import ReportsPage
from tests.export.month_data import make_month


@pytest.fixture
def page(session, qtbot):
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    return widget


def test_defaults_to_last_month(page, frozen_now):
    assert page.month_edit.date() == QDate(2026, 2, 1)
    assert page.month_edit.maximumDate() == QDate(2026, 3, 1)
    assert page.export_button.isEnabled() and not page.open_button.isEnabled()


def test_export_writes_the_workbook_and_offers_the_folder(page, shop, tmp_path, monkeypatch, quiet_messages):
    make_month(shop)
    page.month_edit.setDate(QDate(2026, 3, 1))
    target = tmp_path / "march"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    monkeypatch.setattr(reports_page.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.export_button.click()
    written = tmp_path / "march.xlsx"  # the extension is added
    assert written.exists() and page.last_written == written
    assert openpyxl.load_workbook(written).sheetnames[1] == "叫修"
    assert str(written) in page.status.text()
    assert page.open_button.isEnabled()
    page.open_button.click()
    assert opened == [str(tmp_path)]
    assert quiet_messages.recorded == []


def test_enter_in_the_month_field_exports(page, shop, tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import Qt

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a[2]) or (str(tmp_path / "feb.xlsx"), ""))
    page.show()
    page.month_edit.setFocus()
    qtbot.keyClick(page.month_edit, Qt.Key.Key_Return)
    assert asked and asked[0].endswith("2026-02 月度报表.xlsx")  # the suggested name carries the month
    assert (tmp_path / "feb.xlsx").exists()


def test_asks_before_replacing_and_keeps_the_file_on_no(page, shop, tmp_path, quiet_messages):
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"keep me")
    quiet_messages.answers["confirm"] = False
    assert page.export_to(target) is False
    assert target.read_bytes() == b"keep me"
    assert quiet_messages.recorded[0][0] == "confirm" and "old.xlsx" in quiet_messages.recorded[0][1]
    quiet_messages.answers["confirm"] = True
    assert page.export_to(target) is True
    assert target.read_bytes()[:2] == b"PK"


def test_a_missing_folder_is_shown_as_a_sentence(page, tmp_path, quiet_messages):
    assert page.export_to(tmp_path / "gone" / "x.xlsx") is False
    assert quiet_messages.recorded[-1][0] == "error" and "不存在" in quiet_messages.recorded[-1][1]
    assert not page.open_button.isEnabled()


def test_progress_dialog_cancel_writes_nothing(page, tmp_path, monkeypatch, quiet_messages):
    monkeypatch.setattr(reports_page.QProgressDialog, "wasCanceled", lambda self: True)
    assert page.export_to(tmp_path / "x.xlsx") is False
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*.tmp"))
    assert quiet_messages.recorded[-1][0] == "error"


def test_roles_without_the_report_cannot_export(session, shop, qtbot, tmp_path):
    session.sign_in(shop.technician)
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    assert not widget.export_button.isEnabled()
