"""The foundation's subcommands, run as a person would run them."""

import sqlite3
import subprocess
import sys


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aftersales_desktop", *args], capture_output=True, text=True,
                          timeout=600)


def test_demo_backup_check(tmp_path):
    shop = tmp_path / "shop"
    made = cli("demo", "--data-dir", str(shop), "--months", "1", "--seed", "7", "--until", "2026-03-31")
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(shop / "aftersales.sqlite3")
    assert conn.execute("select count(*) from staff").fetchone()[0] >= 9
    assert conn.execute("select count(*) from customer").fetchone()[0] > 40
    conn.close()

    again = cli("demo", "--data-dir", str(shop))
    assert again.returncode == 1 and "已有数据" in again.stderr

    backup = cli("backup", "--data-dir", str(shop), "--to", str(tmp_path / "copies"))
    assert backup.returncode == 0, backup.stderr
    assert list((tmp_path / "copies").glob("aftersales-*.sqlite3"))

    assert cli("check", "--data-dir", str(shop)).returncode == 0


def test_demo_is_deterministic_per_seed(tmp_path):
    names = []
    for n in (1, 2):
        shop = tmp_path / f"shop{n}"
        assert cli("demo", "--data-dir", str(shop), "--months", "1", "--seed", "3", "--until", "2026-02-28").returncode == 0
        conn = sqlite3.connect(shop / "aftersales.sqlite3")
        names.append(conn.execute("select name, phone from customer order by id").fetchall())
    assert names[0] == names[1]


def test_check_fails_on_a_damaged_file(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "aftersales.sqlite3").write_bytes(b"not a database" * 400)
    result = cli("check", "--data-dir", str(shop))
    assert result.returncode == 1
    assert "损坏" in result.stderr and "Traceback" not in result.stderr


def test_bad_arguments_give_usage_and_exit_2(tmp_path):
    result = cli("demo", "--months", "x")
    assert result.returncode == 2 and "usage:" in result.stderr
    assert cli("no-such-command").returncode == 2
