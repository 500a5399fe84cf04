"""Import a messy parts list from Excel: title rows, merged cells, numbers as text, blanks, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from aftersales_desktop.core.errors import PermissionDenied, ValidationError
from aftersales_desktop.core.imports.parts_excel import guess_mapping, import_parts_file, read_sheet
from aftersales_desktop.core.models import AuditEntry, Part, StockMove
from aftersales_desktop.core.services.parts import update_part

HEADER = ["编码", "名称", "适用机型", "单位", "库位", "成本", "售价", "最低库存", "数量"]


def _messy(path: Path, duplicate: bool = True, bad_number: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["好邻居售后服务部 备件清单"])  # a title row, merged across the width
    sheet.merge_cells("A1:I1")
    sheet.append(["制表:郑国庆", None, None, None, None, None, None, "2026年3月"])
    sheet.append(HEADER)
    sheet.append(["KT-001", "空调电容", "KFR-35GW/BP3", "个", "A-01", "12.50", " 30 ", "5", "10"])  # numbers as text
    sheet.append(["KT-002", "空调四通阀", "KFR-35GW/BP3,KFR-26GW", None, "A-02", 85, 160, 2, "3"])
    sheet.append([None] * 9)  # blank row
    sheet.append([1003, "洗衣机排水泵", "XQG100-14B1", "个", "B-01", "２５", "60.00元", "1", "４"])  # full-width digits
    sheet.append(["XYJ-004", "洗衣机门锁", "XQG100-14B1", "个", "B-02", 18, 45, "abc" if bad_number else 1, 2])
    sheet.merge_cells("D7:D8")  # the unit cell merged over two rows: both get "个"
    if duplicate:
        sheet.append(["KT-001", "空调电容(重复)", "", "个", "", 1, 2, 0, 0])
    book.save(path)
    return path


def test_header_found_under_title_rows_and_columns_guessed(tmp_path):
    sheet = read_sheet(_messy(tmp_path / "list.xlsx"))
    assert sheet.header_row == 3
    mapping = guess_mapping(sheet.headers)
    assert mapping == {"code": 0, "name": 1, "fits_models": 2, "unit": 3, "bin_location": 4, "cost_fen": 5,
                       "price_fen": 6, "min_qty": 7, "qty": 8}


def test_errors_listed_with_row_numbers_and_nothing_written(shop, tmp_path):
    report = import_parts_file(shop.storekeeper, _messy(tmp_path / "list.xlsx", bad_number=True))
    assert report.refused and report.outcome is None
    reasons = {e.row: str(e.reason) for e in report.checked.errors}
    assert set(reasons) == {8, 9}
    assert "最低库存" in reasons[8] and "abc" in reasons[8]
    assert "KT-001" in reasons[9] and "第 4 行" in reasons[9]
    assert Part.select().count() == 0  # all or nothing


def test_clean_import_then_second_import_updates(shop, tmp_path):
    path = _messy(tmp_path / "list.xlsx", duplicate=False)
    dry = import_parts_file(shop.storekeeper, path, dry_run=True)
    assert (dry.outcome.created, dry.outcome.opening_receipts) == (4, 4)
    assert Part.select().count() == 0  # a dry run writes nothing
    report = import_parts_file(shop.storekeeper, path)
    assert not report.refused and (report.outcome.created, report.outcome.updated) == (4, 0)
    cap = Part.get(Part.code == "KT-001")
    assert (cap.cost_fen, cap.price_fen, cap.min_qty, cap.qty_on_hand, cap.name_initials) == (1250, 3000, 5, 10, "ktdr")
    pump = Part.get(Part.code == "1003")
    assert (pump.cost_fen, pump.price_fen, pump.qty_on_hand, pump.unit) == (2500, 6000, 4, "个")
    assert Part.get(Part.code == "XYJ-004").unit == "个"  # from the merged cell
    assert StockMove.select().where(StockMove.kind == "receive").count() == 4
    audit_rows = AuditEntry.select().count()
    again = import_parts_file(shop.storekeeper, path)  # the same list again: nothing new in it
    assert (again.outcome.created, again.outcome.updated, again.outcome.unchanged) == (0, 0, 4)
    assert AuditEntry.select().count() == audit_rows  # no audit rows for what did not change
    assert Part.select().count() == 4
    assert Part.get(Part.code == "KT-001").qty_on_hand == 10  # a second import never adds stock again
    update_part(shop.storekeeper, Part.get(Part.code == "KT-002").id, price_fen=17000)
    changed = import_parts_file(shop.storekeeper, path)  # the sheet's price comes back for that one only
    assert (changed.outcome.updated, changed.outcome.unchanged) == (1, 3)
    assert Part.get(Part.code == "KT-002").price_fen == 16000


def test_mapping_must_name_code_and_name_and_role_applies(shop, tmp_path):
    path = _messy(tmp_path / "list.xlsx", duplicate=False)
    mapping = guess_mapping(read_sheet(path).headers)
    with pytest.raises(ValidationError):
        import_parts_file(shop.storekeeper, path, {**mapping, "code": None})
    with pytest.raises(PermissionDenied):
        import_parts_file(shop.clerk, path)
    with pytest.raises(ValidationError):
        read_sheet(tmp_path / "missing.xlsx")


def test_command_line_reports_rows_and_exit_code(shop, tmp_path, capsys):
    from aftersales_desktop.cli import main
    from aftersales_desktop.core.db import close_database, database

    shop_dir = str(__import__("pathlib").Path(database.database).parent)
    close_database()
    bad = _messy(tmp_path / "bad.xlsx")
    assert main(["import-parts", str(bad), "--data-dir", shop_dir]) == 1
    err = capsys.readouterr().err
    assert "第 9 行" in err and "KT-001" in err and "未导入" in err
    good = _messy(tmp_path / "good.xlsx", duplicate=False)
    assert main(["import-parts", str(good), "--data-dir", shop_dir, "--dry-run"]) == 0
    assert "试运行" in capsys.readouterr().out
    assert main(["import-parts", str(good), "--data-dir", shop_dir]) == 0
    assert "新增 4 个备件" in capsys.readouterr().out
    assert Part.select().count() == 4


def test_skip_bad_rows_takes_the_good_ones_and_writes_the_refused_to_fix(shop, tmp_path, capsys):
    from openpyxl import load_workbook

    from aftersales_desktop.cli import main
    from aftersales_desktop.core.db import close_database, database

    shop_dir = str(Path(database.database).parent)
    close_database()
    bad = _messy(tmp_path / "list.xlsx", bad_number=True)
    assert main(["import-parts", str(bad), "--data-dir", shop_dir]) == 1  # by default still nothing
    assert Part.select().count() == 0
    assert main(["import-parts", str(bad), "--data-dir", shop_dir, "--skip-bad-rows"]) == 1  # rows were refused
    captured = capsys.readouterr()
    assert "新增 3 个备件" in captured.out and "list.errors.xlsx" in captured.err
    assert sorted(p.code for p in Part.select()) == ["1003", "KT-001", "KT-002"]
    errors = tmp_path / "list.errors.xlsx"
    sheet = load_workbook(errors).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:9] == HEADER and rows[0][9] in ("未导入原因", "Why it was not imported")
    assert [(r[0], r[10]) for r in rows[1:]] == [("XYJ-004", 8), ("KT-001", 9)]
    assert "abc" in rows[1][9] and "第 4 行" in rows[2][9]
    # the shop fixes the rows in that file (the duplicate is dropped) and imports it again
    book = load_workbook(errors)
    fixed = book.active
    fixed["H2"] = 1
    fixed.delete_rows(3)
    book.save(errors)
    assert main(["import-parts", str(errors), "--data-dir", shop_dir, "--errors-out", str(tmp_path / "e2.xlsx")]) == 0
    assert Part.get(Part.code == "XYJ-004").min_qty == 1 and not (tmp_path / "e2.xlsx").exists()


def test_a_dry_run_writes_nothing_at_all_not_even_a_database(tmp_path, capsys):
    from aftersales_desktop.cli import main

    empty = tmp_path / "no shop yet"
    good = _messy(tmp_path / "good.xlsx", duplicate=False)
    assert main(["import-parts", str(good), "--data-dir", str(empty), "--dry-run"]) == 0
    assert "新增 4 个备件" in capsys.readouterr().out
    assert not empty.exists()
    bad = _messy(tmp_path / "bad.xlsx", bad_number=True)
    assert main(["import-parts", str(bad), "--data-dir", str(empty), "--dry-run", "--skip-bad-rows"]) == 1
    assert not empty.exists() and not (tmp_path / "bad.errors.xlsx").exists()
