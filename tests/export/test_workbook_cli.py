"""`aftersales-desktop export-month`: exit codes and the file it writes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aftersales_desktop.cli import main
from tests.export.month_data import make_month
from tests.export.workbook_helpers import load, split


def test_writes_the_workbook_and_exits_0(shop, data_dir, tmp_path, capsys):
    make_month(shop)
    out = tmp_path / "march.xlsx"
    assert main(["export-month", "2026-03", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    _, data, _ = split(load(out)["叫修"])
    assert len(data) == 3


def test_bad_month_exits_2_with_a_sentence(shop, data_dir, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert main(["export-month", "2026-13", "--data-dir", str(data_dir), "--out", str(out)]) == 2
    assert "2026-13" in capsys.readouterr().err and not out.exists()


def test_missing_out_is_a_usage_error(shop, data_dir):
    with pytest.raises(SystemExit) as caught:
        main(["export-month", "2026-03", "--data-dir", str(data_dir)])
    assert caught.value.code == 2


def test_folder_without_shop_data_exits_1_and_creates_nothing(tmp_path, capsys):
    empty = tmp_path / "nothing here"
    out = tmp_path / "x.xlsx"
    assert main(["export-month", "2026-03", "--data-dir", str(empty), "--out", str(out)]) == 1
    assert "--data-dir" in capsys.readouterr().err
    assert not empty.exists() and not out.exists()


def test_missing_target_folder_exits_1_with_a_sentence(shop, data_dir, tmp_path, capsys):
    out = tmp_path / "no such folder" / "x.xlsx"
    assert main(["export-month", "2026-03", "--data-dir", str(data_dir), "--out", str(out)]) == 1
    assert "不存在" in capsys.readouterr().err


def test_the_installed_command_runs_without_a_display(shop, data_dir, tmp_path):
    from aftersales_desktop.core.db import close_database

    make_month(shop)
    close_database()
    out = tmp_path / "march.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "aftersales_desktop", "--lang", "en", "export-month", "2026-03",
         "--data-dir", str(data_dir), "--out", str(out)],
        capture_output=True, text=True, check=False, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert load(out).sheetnames[0] == "汇总"  # --lang is the command's own words; the workbook is the shop's
