"""Every subcommand given bad values answers with one sentence and exit 1 (or usage and exit 2), never a traceback."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from aftersales_desktop.cli import build_parser, main
from aftersales_desktop.core.db import close_database

ROOT = Path(__file__).resolve().parents[2]

# argv templates: {shop} a real shop folder, {empty} an empty folder, {file} an existing file, {tmp} a folder
CASES: dict[str, list[list[str]]] = {
    "demo": [["demo", "--data-dir", "{shop}"], ["demo", "--months", "0"], ["demo", "--years", "100000"],
             ["demo", "--until", "0001-01-01", "--data-dir", "{empty}"], ["demo", "--until", "31.12.2026"]],
    "backup": [["backup", "--data-dir", "{shop}", "--to", "/proc/nope"], ["backup", "--data-dir", "{shop}", "--to", "{file}"],
               ["backup", "--data-dir", "{empty}"]],
    "check": [["check", "--data-dir", "{empty}"], ["check", "--data-dir", "{damaged}"]],
    "move-to-server": [["move-to-server", "--data-dir", "{shop}"],
                       ["move-to-server", "--data-dir", "{shop}", "--database", "mysql://root:pw@host/shop"],
                       ["move-to-server", "--data-dir", "{empty}", "--database", "postgresql://shop@127.0.0.1:1/shop"],
                       ["move-to-server", "--data-dir", "{shop}", "--database", "postgresql://shop@127.0.0.1:1/shop"]],
    "restore-to-server": [["restore-to-server", "--from", "{file}"],
                          ["restore-to-server", "--database", "postgresql://shop@127.0.0.1:1/shop", "--from", "{file}"],
                          ["restore-to-server", "--database", "postgresql://shop@127.0.0.1:1/shop",
                           "--from", "{tmp}/none.dump"]],
    "export-month": [["export-month", "9999-12", "--data-dir", "{shop}", "--out", "{tmp}/m.xlsx"],
                     ["export-month", "2026-13", "--data-dir", "{shop}", "--out", "{tmp}/m.xlsx"],
                     ["export-month", "2026-03", "--data-dir", "{shop}", "--out", "/proc/m.xlsx"],
                     ["export-month", "2026-03", "--data-dir", "{shop}", "--out", "{tmp}/no/such/folder/m.xlsx"],
                     ["export-month", "2026-03", "--data-dir", "{empty}", "--out", "{tmp}/m.xlsx"]],
    "export-quarter": [["export-quarter", "9999-Q4", "--data-dir", "{shop}", "--out", "{tmp}/q.xlsx"],
                       ["export-quarter", "2026-Q5", "--data-dir", "{shop}", "--out", "{tmp}/q.xlsx"],
                       ["export-quarter", "2026-Q1", "--data-dir", "{shop}", "--out", "/proc/q.xlsx"],
                       ["export-quarter", "2026-Q1", "--data-dir", "{empty}", "--out", "{tmp}/q.xlsx"]],
    "print quarter-faults": [["print", "quarter-faults", "0001-Q1", "--data-dir", "{shop}", "--out", "{tmp}/q.pdf"],
                             ["print", "quarter-faults", "2026-Q1", "--data-dir", "{shop}", "--out", "/proc/q.pdf"],
                             ["print", "quarter-faults", "2026-Q1", "--data-dir", "{empty}", "--out", "{tmp}/q.pdf"]],
    "import-parts": [["import-parts", "{tmp}/missing.xlsx", "--data-dir", "{shop}"],
                     ["import-parts", "{file}", "--data-dir", "{shop}"],
                     ["import-parts", "{file}", "--data-dir", "{shop}", "--staff", "无此人"]],
    "print voucher": [["print", "voucher", "JX2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/v.pdf"],
                      ["print", "voucher", "JX2026-00001", "--data-dir", "{shop}", "--out", "/proc/v.pdf"]],
    "print receipt": [["print", "receipt", "SJ2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/r.pdf"]],
    "print repair-card": [["print", "repair-card", "'; DROP TABLE x", "--data-dir", "{shop}", "--out", "{tmp}/c.pdf"]],
    "print daily-report": [["print", "daily-report", "2026-02-30", "--data-dir", "{shop}", "--out", "{tmp}/d.pdf"],
                           ["print", "daily-report", "0001-01-01", "--data-dir", "{shop}", "--out", "{tmp}/d.pdf"],
                           ["print", "daily-report", "2026-03-11", "--technician", "无此人", "--data-dir", "{shop}",
                            "--out", "{tmp}/d.pdf"]],
    "print penalty-notice": [["print", "penalty-notice", "JC2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/p.pdf",
                              "--user", "张经理"],
                             ["print", "penalty-notice", "JC2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/p.pdf"]],
    "print conduct-month": [["print", "conduct-month", "9999-12", "--data-dir", "{shop}", "--out", "{tmp}/c.pdf",
                             "--user", "张经理"],
                            ["print", "conduct-month", "March", "--data-dir", "{shop}", "--out", "{tmp}/c.pdf",
                             "--user", "张经理"],
                            ["print", "conduct-month", "2026-03", "--data-dir", "{shop}", "--out", "{tmp}/c.pdf",
                             "--user", "无此人"]],
    "print survey-cards": [["print", "survey-cards", "0001-01-01", "--data-dir", "{shop}", "--out", "{tmp}/s.pdf"],
                           ["print", "survey-cards", "tomorrow", "--data-dir", "{shop}", "--out", "{tmp}/s.pdf"]],
    "print expiry-notice": [["print", "expiry-notice", "BY2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/e.pdf"]],
    "print complaint-reply": [["print", "complaint-reply", "TS2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/t.pdf"]],
    "print deposit-receipt": [["print", "deposit-receipt", "YJ2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/y.pdf"]],
    "print refund-receipt": [["print", "refund-receipt", "\ud800", "--data-dir", "{shop}", "--out", "{tmp}/y.pdf"]],
    "print count-sheet": [["print", "count-sheet", "PD2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/k.pdf"]],
    "print repair-tag": [["print", "repair-tag", "XH2026-99999", "--data-dir", "{shop}", "--out", "{tmp}/g.pdf"],
                         ["print", "repair-tag", "XH2026-00001", "--size", "100x70", "--data-dir", "{shop}", "--out",
                          "{tmp}/g.pdf"],
                         ["print", "repair-tag", "\ud800", "--data-dir", "{shop}", "--out", "{tmp}/g.pdf"],
                         ["print", "repair-tag", "XH2026-00001", "--data-dir", "{empty}", "--out", "{tmp}/g.pdf"]],
    "print part-labels": [["print", "part-labels", "NO-SUCH", "'; DROP TABLE part", "--data-dir", "{shop}", "--out",
                           "{tmp}/l.pdf"],
                          ["print", "part-labels", "   ", "--data-dir", "{shop}", "--out", "{tmp}/l.pdf"],
                          ["print", "part-labels", "P-1", "--copies", "many", "--data-dir", "{shop}", "--out",
                           "{tmp}/l.pdf"],
                          ["print", "part-labels", "P-1", "--copies", str(2**64), "--a4", "--data-dir", "{shop}",
                           "--out", "/proc/l.pdf"]],
}


def all_commands() -> set[str]:
    parser = build_parser()
    names: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                kinds = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
                names |= {f"{name} {kind}" for kind in kinds[0].choices} if kinds else {name}
    return names


def test_every_subcommand_has_bad_value_cases():
    assert all_commands() == set(CASES)


@pytest.fixture
def places(shop, data_dir, tmp_path, monkeypatch):
    from tests.factories import MANAGER_PASSWORD, make_customer

    monkeypatch.setenv("AFTERSALES_PASSWORD", MANAGER_PASSWORD)

    make_customer(shop.clerk)
    close_database()
    empty = tmp_path / "empty"
    empty.mkdir()
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "aftersales.sqlite3").write_bytes(b"scribbled" * 500)
    a_file = tmp_path / "not-a-folder.txt"
    a_file.write_text("hello", encoding="utf-8")
    return {"shop": str(data_dir), "empty": str(empty), "damaged": str(damaged), "file": str(a_file),
            "tmp": str(tmp_path)}


def _fill(argv: list[str], places: dict[str, str]) -> list[str]:
    return [part.format(**places) if "{" in part else part for part in argv]


@pytest.mark.parametrize("command", sorted(CASES))
def test_bad_values_give_one_sentence_and_exit_1_or_2(command, places, capsys):
    for template in CASES[command]:
        argv = _fill(template, places)
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage and exit 2
            code = exc.code
        out, err = capsys.readouterr()
        assert code in (1, 2), (argv, code, out, err)
        assert "Traceback" not in err, (argv, err)
        assert "内部错误" not in err and "Internal error" not in err, (argv, err)  # a sentence about the input
        if code == 1:
            lines = [line for line in err.splitlines() if line.strip()]
            assert len(lines) == 1 and lines[0].startswith("aftersales-desktop"), (argv, err)
        else:
            assert "usage:" in err or "aftersales-desktop" in err, (argv, err)
        close_database()
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    assert not [p for p in ALL_TEMP_FILES if Path(p).exists()]  # a failed workbook leaves no scratch files


def test_the_cases_that_failed_before_show_no_traceback_in_a_real_process(places):
    for argv in (["export-month", "9999-12", "--data-dir", "{shop}", "--out", "{tmp}/m.xlsx"],
                 ["print", "conduct-month", "9999-12", "--data-dir", "{shop}", "--out", "{tmp}/c.pdf", "--user", "张经理"],
                 ["backup", "--data-dir", "{shop}", "--to", "/proc/nope"],
                 ["backup", "--data-dir", "{shop}", "--to", "{file}"]):
        done = subprocess.run([sys.executable, "-m", "aftersales_desktop", *_fill(argv, places)], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)
        assert done.returncode in (1, 2) and "Traceback" not in done.stderr, (argv, done.stderr)
        assert len([line for line in done.stderr.splitlines() if line.strip()]) == 1, (argv, done.stderr)
