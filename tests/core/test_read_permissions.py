"""Reading is permissioned too: the audit trail and the conduct log are read as a person, and the command
line's papers with staff data need --user and that person's password."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook

from aftersales_desktop.cli import main
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.errors import PermissionDenied
from aftersales_desktop.core.models import ConductRule, Staff
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.queries.audit import audit_entries
from aftersales_desktop.core.queries.conduct import authority_events, entries, entry, month_summary
from aftersales_desktop.core.queries.staff import staff_list
from aftersales_desktop.core.services.conduct import record_entry
from aftersales_desktop.core.services.staff import mark_left
from tests.factories import MANAGER_PASSWORD, PASSWORD

MARCH = dt.datetime(2026, 3, 10, 9)


@pytest.fixture
def fines(shop):
    rule = ConductRule.get(ConductRule.code == "JL-08")
    return (record_entry(shop.supervisor, shop.clerk.id, rule.id, MARCH, "大声喧哗", 800),
            record_entry(shop.supervisor, shop.technician.id, rule.id, MARCH, "上班聊天", 1000))


def test_the_audit_trail_is_read_only_by_who_may(shop):
    with pytest.raises(PermissionDenied):
        audit_entries(None)
    with pytest.raises(PermissionDenied):
        audit_entries(shop.clerk)
    assert audit_entries(shop.supervisor).count() > 0
    mark_left(shop.manager, shop.supervisor.id)
    with pytest.raises(PermissionDenied):
        audit_entries(shop.supervisor)  # an account that left reads nothing


def test_the_staff_list_with_phones_is_read_only_by_the_manager(shop):
    for reader in (None, shop.clerk, shop.technician, shop.storekeeper, shop.supervisor):
        with pytest.raises(PermissionDenied):
            staff_list(reader)
    mark_left(shop.manager, shop.clerk.id)
    people = staff_list(shop.manager)
    assert {p.name for p in people} == {s.name for s in Staff.select()}
    assert people[-1].name == shop.clerk.name and people[-1].left_on is not None  # those who left come last


def test_the_conduct_log_needs_a_person_and_shows_each_only_theirs(shop, fines):
    clerk_fine, tech_fine = fines
    for read in (lambda: entries(None), lambda: entry(None, clerk_fine.id), lambda: month_summary(None, "2026-03"),
                 lambda: authority_events(None)):
        with pytest.raises(PermissionDenied):
            read()
    assert [r.number for r in entries(shop.clerk).fetch(0, 10)] == [clerk_fine.number]
    assert [p.name for p in month_summary(shop.clerk, "2026-03").people] == ["陈晓燕"]
    assert entries(shop.supervisor).count() == 2


def test_command_line_staff_papers_need_user_and_password(shop, fines, data_dir, tmp_path, monkeypatch, capsys):
    clerk_fine, tech_fine = fines
    close_database()
    out = str(tmp_path / "m.pdf")
    args = ["print", "conduct-month", "2026-03", "--details", "--data-dir", str(data_dir), "--out", out]
    with pytest.raises(SystemExit) as exited:  # no --user: usage, exit 2
        main(args)
    assert exited.value.code == 2

    monkeypatch.setenv("AFTERSALES_PASSWORD", "0000")
    assert main([*args, "--user", "张经理"]) == 1
    assert "姓名或密码不正确" in capsys.readouterr().err
    open_database(data_paths(data_dir).database)
    assert Staff.get(Staff.name == "张经理").failed_logins == 1  # counted like a wrong try at the counter
    close_database()

    monkeypatch.setenv("AFTERSALES_PASSWORD", MANAGER_PASSWORD)
    assert main([*args, "--user", "张经理"]) == 0
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    assert "大声喧哗" in text and "上班聊天" in text

    monkeypatch.setenv("AFTERSALES_PASSWORD", PASSWORD)
    assert main([*args, "--user", "陈晓燕"]) == 0  # a clerk prints only her own
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    assert "大声喧哗" in text and "上班聊天" not in text
    notice = ["print", "penalty-notice", tech_fine.number, "--data-dir", str(data_dir), "--out", out]
    assert main([*notice, "--user", "陈晓燕"]) == 1  # someone else's notice: not found for her


def test_without_a_terminal_or_password_the_command_says_how(shop, data_dir, tmp_path, monkeypatch, capsys):
    close_database()
    monkeypatch.delenv("AFTERSALES_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 - a scheduled job has no terminal
    assert main(["print", "conduct-month", "2026-03", "--data-dir", str(data_dir), "--out", str(tmp_path / "m.pdf"),
                 "--user", "张经理"]) == 1
    assert "AFTERSALES_PASSWORD" in capsys.readouterr().err


def test_the_workbook_has_its_conduct_sheet_only_for_who_may_read_it(shop, fines, data_dir, tmp_path, monkeypatch,
                                                                       capsys):
    close_database()
    out = tmp_path / "m.xlsx"
    base = ["export-month", "2026-03", "--data-dir", str(data_dir), "--out", str(out)]
    assert main(base) == 0
    assert "奖罚" not in " ".join(load_workbook(out).sheetnames)
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("AFTERSALES_PASSWORD", PASSWORD)
    assert main([*base, "--user", "李主任"]) == 0
    assert any("奖罚" in name for name in load_workbook(out).sheetnames)
