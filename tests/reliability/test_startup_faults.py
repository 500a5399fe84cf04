"""Every start-up fault ends in a first screen with a sentence and a way out — captured offscreen as a person
would see it (the real dialogs, nothing stubbed), checked, and left by its way out.

Faults: a truncated file, 0 bytes, flipped bytes, a read-only folder and a full disk (both where root may
mount), a second copy of the app, a file from a newer version, another program's file, and a hot WAL left by
a killed writer (which must simply open with every record).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox

from aftersales_desktop.core import backup
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.paths import data_paths
from tests.reliability.shop import ROOT, child, make_shop_file

WAYS_OUT = ("恢复", "另选", "退出", "重试", "确定", "OK", "登录")


@dataclass
class Screen:
    title: str = ""
    sentences: list[str] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)
    colours: int = 0
    png: Path | None = None


def first_screen(data_dir: Path, shots: Path, name: str, leave: str = "退出") -> tuple[Screen, int, object]:
    """Start the app on `data_dir`; the first modal window is captured and left by `leave` (or its close)."""
    from aftersales_desktop.gui import app as app_module

    screen = Screen()

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if screen.png is not None:  # after the first screen: whatever follows is closed (a person leaving)
            widget.reject() if isinstance(widget, QDialog) else widget.close()
            return
        image = widget.grab().toImage()
        screen.png = shots / f"first-screen-{name}.png"
        image.save(str(screen.png))
        step = max(1, image.width() // 40)
        screen.colours = len({image.pixel(x, y) for x in range(0, image.width(), step)
                              for y in range(0, image.height(), step)})
        screen.title = widget.windowTitle()
        screen.sentences = [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]
        screen.buttons = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible() and b.text()]
        chosen = next((b for b in widget.findChildren(QAbstractButton) if b.isVisible() and leave in b.text()), None)
        if chosen is not None:
            chosen.click()
        elif isinstance(widget, QMessageBox | QDialog):
            widget.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(30)
    starter = app_module.Startup(data_dir, lang="zh_CN")
    try:
        window = starter.run()
    finally:
        timer.stop()
        starter.shutdown()
    return screen, starter.exit_code, window


@contextmanager
def mounted(folder: Path, *options: str):
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", *options, str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here ({done.stderr.decode().strip()})")
    try:
        yield folder
    finally:
        close_database()
        subprocess.run(["umount", "-l", str(folder)], check=False)


needs_root = pytest.mark.skipif(os.name == "nt" or os.geteuid() != 0, reason="mounting needs root")


@pytest.fixture
def shop_dir(tmp_path, monkeypatch, qapp):
    """A shop with a good backup, closed, and the app's start-up route restored afterwards."""
    from PySide6.QtCore import QSettings

    from aftersales_desktop.gui import i18n

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    folder = tmp_path / "shop"
    path = make_shop_file(folder, units=5)
    open_database(path)
    backup.backup_database(data_paths(folder).backups, label="daily")
    close_database()
    yield folder
    i18n.uninstall()


def _truncate(folder: Path) -> None:
    path = data_paths(folder).database
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _zero(folder: Path) -> None:
    data_paths(folder).database.write_bytes(b"")


def _flip(folder: Path) -> None:
    path = data_paths(folder).database
    raw = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(raw), 997):  # every page but the header page gets bytes flipped
        raw[offset] ^= 0xFF
    path.write_bytes(bytes(raw))


def _newer(folder: Path) -> None:
    conn = sqlite3.connect(data_paths(folder).database)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


def _foreign(folder: Path) -> None:
    path = data_paths(folder).database
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices_of_another_app (x)")
    conn.commit()
    conn.close()


DAMAGED: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncate, "损坏"),
    "zero bytes": (_zero, "0 字节"),
    "flipped bytes": (_flip, "损坏"),
    "newer version": (_newer, "更新的版本"),
    "foreign file": (_foreign, "不是本软件的数据文件"),
}


def _says_and_offers(screen: Screen, words: str) -> None:
    text = " ".join(screen.sentences)
    assert words in text, screen.sentences
    assert any(s.endswith(("。", ".", "?", "?")) and len(s) >= 8 for s in screen.sentences), screen.sentences
    assert any(any(way in b for way in WAYS_OUT) for b in screen.buttons), screen.buttons
    assert screen.png is not None and screen.png.stat().st_size > 1000 and screen.colours > 3
    assert "Traceback" not in text


@pytest.mark.parametrize("fault", list(DAMAGED))
def test_a_damaged_or_strange_file_gets_a_sentence_and_a_way_out(shop_dir, tmp_path, fault):
    damage, words = DAMAGED[fault]
    for extra in ("-wal", "-shm"):
        Path(str(data_paths(shop_dir).database) + extra).unlink(missing_ok=True)
    damage(shop_dir)
    before = data_paths(shop_dir).database.read_bytes()
    screen, code, window = first_screen(shop_dir, tmp_path, fault.replace(" ", "-"))
    _says_and_offers(screen, words)
    assert window is None and code == 1
    assert data_paths(shop_dir).database.read_bytes() == before  # quitting leaves the file for the person to decide
    if fault in ("truncated", "zero bytes", "flipped bytes"):
        assert any("恢复最近一份完好的备份" in b for b in screen.buttons)  # and the way back is offered


def test_restoring_from_the_first_screen_brings_the_shop_back(shop_dir, tmp_path):
    _flip(shop_dir)
    screen, _code, window = first_screen(shop_dir, tmp_path, "restore", leave="恢复")
    assert any("恢复最近一份完好的备份" in b for b in screen.buttons)
    open_database(data_paths(shop_dir).database)  # the restored file opens and holds the shop
    from aftersales_desktop.core.models import Part

    assert Part.select().count() == 1
    close_database()


def test_a_second_copy_is_told_and_stops(shop_dir, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from aftersales_desktop.core.instance_lock import InstanceLock
        lock = InstanceLock(__import__("pathlib").Path({str(data_paths(shop_dir).lock_file)!r})); lock.acquire()
        print("held", flush=True); time.sleep(120)
    """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        screen, code, window = first_screen(shop_dir, tmp_path, "second-copy", leave="OK")
    finally:
        holder.kill()
        holder.wait()
    _says_and_offers(screen, "已经在这台电脑上打开")
    assert window is None and code == 1


def test_a_hot_wal_from_a_killed_writer_simply_opens_with_every_record(shop_dir, tmp_path):
    path = data_paths(shop_dir).database
    writer = child("writer", str(path))
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    reported = []
    while len(reported) < 6:
        line = writer.stdout.readline()
        if line.startswith("call"):
            reported.append(line.split()[1])
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=60)
    assert Path(str(path) + "-wal").stat().st_size > 0  # the records wait in the WAL
    screen, code, window = first_screen(shop_dir, tmp_path, "hot-wal", leave="取消")
    assert any("登录" in b for b in screen.buttons) and screen.png is not None  # straight to signing in
    open_database(path)
    from aftersales_desktop.core.models import ServiceCall

    assert set(reported) <= {c.number for c in ServiceCall.select()}
    close_database()


@needs_root
def test_a_read_only_folder_gets_a_sentence_and_a_way_out(shop_dir, tmp_path):
    with ExitStack() as stack:
        stack.enter_context(mounted(shop_dir, "--bind", str(shop_dir)))
        done = subprocess.run(["mount", "-o", "remount,bind,ro", str(shop_dir)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot remount read-only here")
        screen, code, window = first_screen(shop_dir, tmp_path, "read-only", leave="OK")
    _says_and_offers(screen, str(shop_dir))
    assert window is None and code == 1


@needs_root
def test_a_full_disk_gets_a_sentence_and_a_way_out(tmp_path, qapp, monkeypatch):
    from aftersales_desktop.gui import i18n

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with mounted(tmp_path / "disk", "-t", "tmpfs", "-o", "size=2m", "tmpfs") as disk:
        folder = disk / "shop"
        make_shop_file(folder, units=5)
        fill = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
        try:  # fill the disk to the last byte
            while os.write(fill, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fill)
        try:
            screen, code, window = first_screen(folder, tmp_path, "full-disk", leave="退出")
        finally:
            i18n.uninstall()
    text = " ".join(screen.sentences)
    assert "磁盘" in text or "无法写入" in text, screen.sentences
    _says_and_offers(screen, "")
