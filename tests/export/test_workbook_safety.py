"""Writing the workbook safely: a failure mid-write leaves nothing behind; locked, missing, read-only targets."""

from __future__ import annotations

import os

import pytest

from aftersales_desktop.core.errors import StorageError
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.export.excel import workbook as wb_module
from aftersales_desktop.export.excel.workbook import export_month
from tests.export.month_data import make_month

MARCH = Month(2026, 3)


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_failure_mid_write_leaves_no_file_and_no_temp(shop, tmp_path, monkeypatch):
    make_month(shop)
    out = tmp_path / "out"
    out.mkdir()
    real = wb_module.write_sheet
    calls = []

    def failing(workbook, sheet, *args, **kwargs):
        calls.append(sheet)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        return real(workbook, sheet, *args, **kwargs)

    monkeypatch.setattr(wb_module, "write_sheet", failing)
    with pytest.raises(StorageError, match="磁盘已满"):
        export_month(MARCH, out / "march.xlsx")
    assert _files(out) == []
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    assert not [p for p in ALL_TEMP_FILES if os.path.exists(p)]  # openpyxl's own scratch files are gone too


def test_failure_while_saving_keeps_the_previous_file(shop, tmp_path, monkeypatch):
    make_month(shop)
    target = tmp_path / "march.xlsx"
    target.write_bytes(b"the old workbook")

    def broken_save(self):
        self._archive.writestr("half.xml", b"half a zip")
        raise RuntimeError("crash while zipping")

    monkeypatch.setattr(wb_module.ExcelWriter, "save", broken_save)
    with pytest.raises(RuntimeError):
        export_month(MARCH, target)
    assert target.read_bytes() == b"the old workbook"
    assert not [name for name in _files(tmp_path) if name.endswith(".tmp")]


def test_locked_target_is_a_clear_sentence(shop, tmp_path, monkeypatch):
    make_month(shop)
    target = tmp_path / "march.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(StorageError) as caught:
        export_month(MARCH, target)
    assert "正被其他程序" in caught.value.text.zh and "Excel" in caught.value.text.en
    assert target.read_bytes() == b"open in Excel"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_missing_folder_is_a_clear_sentence(shop, tmp_path):
    with pytest.raises(StorageError) as caught:
        export_month(MARCH, tmp_path / "no such folder" / "march.xlsx")
    assert "不存在" in caught.value.text.zh and "does not exist" in caught.value.text.en


def test_no_permission_while_writing_is_a_clear_sentence(shop, tmp_path, monkeypatch):
    def refused(workbook, sheet, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(wb_module, "write_sheet", refused)
    with pytest.raises(StorageError) as caught:
        export_month(MARCH, tmp_path / "march.xlsx")
    assert "没有权限" in caught.value.text.zh and "No permission" in caught.value.text.en
    assert not (tmp_path / "march.xlsx").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_folder_without_permission_is_a_clear_sentence(shop, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError) as caught:
            export_month(MARCH, folder / "march.xlsx")
        assert "没有权限" in caught.value.text.zh
    finally:
        folder.chmod(0o700)


def test_quarter_workbook_failure_leaves_no_file_and_no_temp(shop, tmp_path, monkeypatch):
    """The quarterly workbook shares the month's save: a full disk mid-write is a sentence, nothing is left."""
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    from aftersales_desktop.core.queries.quarter_faults import Quarter
    from aftersales_desktop.export.excel import quarter_workbook

    make_month(shop)
    real = quarter_workbook._sheet
    calls = []

    def failing(workbook, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the first sheet is streaming into a scratch file by now
            raise OSError(28, "No space left on device")
        return real(workbook, *args, **kwargs)

    monkeypatch.setattr(quarter_workbook, "_sheet", failing)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StorageError, match="磁盘已满"):
        quarter_workbook.export_quarter(Quarter(2026, 1), out / "q1.xlsx")
    assert _files(out) == []
    assert not [p for p in ALL_TEMP_FILES if os.path.exists(p)]
